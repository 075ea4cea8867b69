//! Writes on disk: conflicts with other editors, permissions, symlinks, read-only files,
//! failing writes, the folder lock and temp clean-up.

use chrono::NaiveDateTime;
use docket::model::OutcomeKind;
use docket::store::edit::{Edit, ItemRef};
use docket::store::{
    Access, FolderLock, Moment, SaveError, load_file, remove_stale_temps, save_edit, write_atomic,
};
use std::fs;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};

const MEETING: &str = "# kept\ntitle = \"LOVP\"\ndate = 2020-02-10\n\n[[item]]\ntitle = \"Bewaken\"\nnotes = \"update door de korpschef\"\n\n[[item]]\ntitle = \"Rondvraag\"\n";

fn setup(content: &str) -> (tempfile::TempDir, PathBuf, FolderLock) {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("m.toml");
    fs::write(&path, content).expect("write");
    let Access::Write(lock) = FolderLock::acquire(dir.path()) else {
        panic!("lock")
    };
    (dir, path, lock)
}

fn at() -> NaiveDateTime {
    NaiveDateTime::parse_from_str("2020-02-10T10:32", "%Y-%m-%dT%H:%M").expect("date-time")
}

fn mark(path: &Path, i: usize) -> Edit {
    let (m, _) = load_file(path).expect("loads");
    Edit::mark_discussed(ItemRef::of(&m, i).expect("item"), at())
}

fn temps(dir: &Path) -> Vec<String> {
    fs::read_dir(dir)
        .expect("dir")
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains(".docket-tmp-"))
        .collect()
}

fn is_root() -> bool {
    // SAFETY: geteuid has no preconditions.
    unsafe { libc::geteuid() == 0 }
}

#[test]
fn an_external_edit_of_the_same_size_in_the_same_second_is_kept() {
    let (dir, path, lock) = setup(MEETING);
    let (_, loaded) = load_file(&path).expect("loads");
    let edit = mark(&path, 0);
    let before = fs::metadata(&path)
        .expect("meta")
        .modified()
        .expect("mtime");
    // Someone else fixes a capital: same size, very likely the same mtime second.
    let theirs = MEETING.replace("door de korpschef", "door de Korpschef");
    assert_eq!(theirs.len(), MEETING.len());
    fs::write(&path, &theirs).expect("their write");
    let after = fs::metadata(&path)
        .expect("meta")
        .modified()
        .expect("mtime");
    eprintln!("mtime before {before:?}, after {after:?}");
    let applied = save_edit(&lock, &path, loaded, &edit).expect("merged");
    assert!(applied.merged);
    let now = fs::read_to_string(&path).expect("read");
    assert!(
        now.contains("door de Korpschef"),
        "their change kept:\n{now}"
    );
    assert!(
        now.contains("discussed = 2020-02-10T10:32:00"),
        "ours written:\n{now}"
    );
    assert_eq!(
        now.len(),
        theirs.len() + "discussed = 2020-02-10T10:32:00\n".len()
    );
    assert!(temps(dir.path()).is_empty());
}

#[test]
fn an_ambiguous_external_edit_refuses_and_keeps_their_text() {
    let (_dir, path, lock) = setup(MEETING);
    let (_, loaded) = load_file(&path).expect("loads");
    let edit = mark(&path, 1);
    let theirs = format!("{MEETING}\n[[item]]\ntitle = \"Rondvraag\"\n");
    fs::write(&path, &theirs).expect("their write");
    let e = save_edit(&lock, &path, loaded, &edit).expect_err("ambiguous");
    let msg = e.to_string();
    assert!(
        msg.contains("m.toml") && msg.contains("appears 2 times"),
        "{msg}"
    );
    assert!(msg.contains("nothing was written"), "{msg}");
    assert_eq!(fs::read_to_string(&path).expect("read"), theirs);
}

#[test]
fn undo_across_files_restores_both() {
    let (dir, a, lock) = setup(MEETING);
    let b = dir.path().join("sub").join("b.toml");
    fs::create_dir(dir.path().join("sub")).expect("mkdir");
    fs::write(&b, MEETING.replace("\n", "\r\n")).expect("write b");
    let originals = [fs::read(&a).expect("a"), fs::read(&b).expect("b")];
    let mut stack = Vec::new();
    for (path, edit) in [
        (&a, mark(&a, 0)),
        (&b, mark(&b, 1)),
        (&a, {
            let (m, _) = load_file(&a).expect("a");
            Edit::add_outcome(
                ItemRef::of(&m, 1).expect("item"),
                "Geen vragen",
                OutcomeKind::Note,
            )
        }),
    ] {
        let (_, hash) = load_file(path).expect("loads");
        stack.push(save_edit(&lock, path, hash, &edit).expect("saved"));
    }
    while let Some(done) = stack.pop() {
        save_edit(&lock, &done.path, done.hash, &done.inverse).expect("undone");
    }
    assert_eq!(
        [fs::read(&a).expect("a"), fs::read(&b).expect("b")],
        originals
    );
}

#[test]
fn permissions_are_kept_and_symlinks_written_through() {
    let (dir, path, lock) = setup(MEETING);
    fs::set_permissions(&path, fs::Permissions::from_mode(0o640)).expect("chmod");
    let (_, hash) = load_file(&path).expect("loads");
    save_edit(&lock, &path, hash, &mark(&path, 0)).expect("saved");
    let mode = fs::metadata(&path).expect("meta").permissions().mode() & 0o7777;
    assert_eq!(mode, 0o640);

    let link = dir.path().join("link.toml");
    std::os::unix::fs::symlink(&path, &link).expect("symlink");
    let (_, hash) = load_file(&link).expect("loads");
    save_edit(&lock, &link, hash, &mark(&link, 1)).expect("saved through link");
    assert!(
        fs::symlink_metadata(&link)
            .expect("meta")
            .file_type()
            .is_symlink()
    );
    let (m, _) = load_file(&path).expect("target");
    assert!(m.items[1].discussed.is_some(), "the target got the edit");
    assert!(temps(dir.path()).is_empty());
}

#[test]
fn a_read_only_file_gives_a_clear_error_and_stays() {
    let (dir, path, lock) = setup(MEETING);
    fs::set_permissions(&path, fs::Permissions::from_mode(0o444)).expect("chmod");
    let (_, hash) = load_file(&path).expect("loads");
    let e = save_edit(&lock, &path, hash, &mark(&path, 0)).expect_err("read-only");
    assert!(matches!(e, SaveError::Write(_)), "{e:?}");
    assert_eq!(
        e.to_string(),
        format!(
            "{}: the file is read-only; nothing was written",
            path.display()
        )
    );
    assert_eq!(fs::read_to_string(&path).expect("read"), MEETING);
    assert!(temps(dir.path()).is_empty());
}

#[test]
fn a_read_only_folder_gives_a_clear_error() {
    if is_root() {
        eprintln!("skipped: root may write a read-only folder (see the disk-full test)");
        return;
    }
    let (dir, path, lock) = setup(MEETING);
    let (_, hash) = load_file(&path).expect("loads");
    fs::set_permissions(dir.path(), fs::Permissions::from_mode(0o555)).expect("chmod");
    let e = save_edit(&lock, &path, hash, &mark(&path, 0)).expect_err("no temp file");
    fs::set_permissions(dir.path(), fs::Permissions::from_mode(0o755)).expect("chmod back");
    assert!(
        e.to_string().contains("cannot write a temporary file"),
        "{e}"
    );
    assert_eq!(fs::read_to_string(&path).expect("read"), MEETING);
}

/// A full disk, simulated with a file-size limit in a child process (works as root too).
#[test]
fn a_failing_write_gives_a_clear_error_and_leaves_no_temp() {
    if let Ok(file) = std::env::var("DOCKET_TEST_FULL_DISK") {
        // SAFETY: plain libc calls in a process that does nothing else afterwards.
        unsafe {
            libc::signal(libc::SIGXFSZ, libc::SIG_IGN);
            let lim = libc::rlimit {
                rlim_cur: 16,
                rlim_max: 16,
            };
            libc::setrlimit(libc::RLIMIT_FSIZE, &lim);
        }
        match write_atomic(Path::new(&file), MEETING.repeat(3).as_bytes()) {
            Ok(()) => println!("RESULT: written"),
            Err(e) => println!("RESULT: {e}"),
        }
        return;
    }
    let (dir, path, _lock) = setup(MEETING);
    let out = std::process::Command::new(std::env::current_exe().expect("exe"))
        .args([
            "--exact",
            "write::a_failing_write_gives_a_clear_error_and_leaves_no_temp",
            "--nocapture",
        ])
        .env("DOCKET_TEST_FULL_DISK", &path)
        .output()
        .expect("child runs");
    let stdout = String::from_utf8_lossy(&out.stdout);
    let line = stdout
        .lines()
        .find(|l| l.starts_with("RESULT: "))
        .unwrap_or("no result");
    assert!(
        line.contains("m.toml: cannot be written") && line.contains("unchanged"),
        "{line}"
    );
    assert_eq!(fs::read_to_string(&path).expect("read"), MEETING);
    assert!(temps(dir.path()).is_empty(), "{:?}", temps(dir.path()));
}

#[test]
fn one_docket_writes_a_folder_at_a_time() {
    let (dir, _path, lock) = setup(MEETING);
    match FolderLock::acquire(dir.path()) {
        Access::ReadOnly(why) => assert!(why.to_string().contains("another docket"), "{why}"),
        Access::Write(_) => panic!("second lock granted"),
    }
    drop(lock);
    assert!(matches!(FolderLock::acquire(dir.path()), Access::Write(_)));
}

#[test]
fn stale_temps_are_removed_and_nothing_else() {
    let (dir, path, lock) = setup(MEETING);
    let sub = dir.path().join("lovp");
    fs::create_dir(&sub).expect("mkdir");
    let stale = [
        // Pids above Linux's largest (4194304): writers that cannot be running.
        dir.path().join(".m.toml.docket-tmp-2147483099-0"),
        sub.join(".x.toml.docket-tmp-2147483012-3"),
    ];
    for s in &stale {
        fs::write(s, "half").expect("stale");
    }
    let keep = [
        dir.path().join(".hidden"),
        sub.join("docket-tmp-notes.toml"),
    ];
    for k in &keep {
        fs::write(k, "x").expect("keep");
    }
    let mut removed = remove_stale_temps(&lock, dir.path());
    removed.sort();
    let mut want = stale.to_vec();
    want.sort();
    assert_eq!(removed, want);
    assert!(keep.iter().all(|k| k.exists()) && path.exists());
}

#[test]
fn a_write_landing_after_the_flush_and_before_the_rename_is_kept() {
    let (_dir, path, lock) = setup(MEETING);
    let loaded = docket::store::ContentHash::of(&fs::read(&path).expect("read"));
    let edit = mark(&path, 0);
    let raced = std::cell::Cell::new(false);
    // Another program appends at the last moment of docket's first try.
    let applied = docket::store::save_edit_racing(&lock, &path, loaded, &edit, &|m| {
        if m == Moment::BeforeCheck && !raced.replace(true) {
            let text = fs::read_to_string(&path).expect("read");
            fs::write(&path, format!("{text}# late line\n")).expect("append");
        }
    })
    .expect("saved on the second try");
    let text = fs::read_to_string(&path).expect("read");
    assert!(
        text.contains("# late line\n"),
        "their line was overwritten:\n{text}"
    );
    assert!(text.contains("discussed = "), "{text}");
    assert!(applied.merged);
}

#[test]
fn a_write_landing_between_the_last_check_and_the_rename_is_put_back() {
    let (_dir, path, lock) = setup(MEETING);
    let loaded = docket::store::ContentHash::of(&fs::read(&path).expect("read"));
    let edit = mark(&path, 0);
    let raced = std::cell::Cell::new(false);
    // Written into the very file being replaced (same inode), after the check passed.
    let applied = docket::store::save_edit_racing(&lock, &path, loaded, &edit, &|m| {
        if m == Moment::BeforeRename && !raced.replace(true) {
            let text = fs::read_to_string(&path).expect("read");
            fs::write(&path, format!("{text}# late line\n")).expect("write in place");
        }
    })
    .expect("saved");
    let text = fs::read_to_string(&path).expect("read");
    assert!(
        text.contains("# late line\n"),
        "their line was lost:\n{text}"
    );
    assert_eq!(text.matches("discussed = ").count(), 1, "{text}");
    assert!(applied.merged && applied.warning.is_none());
    assert_eq!(
        docket::store::ContentHash::of(text.as_bytes()),
        applied.hash
    );
}

#[test]
fn when_their_lost_write_cannot_be_put_back_the_save_says_so() {
    let (_dir, path, lock) = setup(MEETING);
    let loaded = docket::store::ContentHash::of(&fs::read(&path).expect("read"));
    let edit = mark(&path, 0);
    let old: std::cell::RefCell<Option<fs::File>> = std::cell::RefCell::new(None);
    let applied = docket::store::save_edit_racing(&lock, &path, loaded, &edit, &|m| match m {
        Moment::BeforeRename => {
            *old.borrow_mut() = fs::OpenOptions::new().append(true).open(&path).ok();
        }
        Moment::AfterRename => {
            use std::io::Write;
            if let Some(f) = old.borrow_mut().as_mut() {
                f.write_all(b"# into the replaced file\n")
                    .expect("write old");
            }
            let mut new = fs::OpenOptions::new()
                .append(true)
                .open(&path)
                .expect("open new");
            new.write_all(b"# into the new file\n").expect("write new");
        }
        Moment::BeforeCheck => {}
    })
    .expect("the edit landed");
    let text = fs::read_to_string(&path).expect("read");
    assert!(text.contains("discussed = "), "{text}");
    assert!(text.contains("# into the new file\n"), "{text}");
    let warning = applied.warning.expect("told").to_string();
    assert!(warning.contains("may be missing"), "{warning}");
}
