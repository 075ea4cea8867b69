//! Hostile and huge input: each is loaded or refused with a clear message, without a panic,
//! a stack overflow or a hang. (Times are reported by `cargo run --release --example
//! hostile_timing`; here only a generous bound guards against hangs.)

use docket::store::{self, MAX_FILE_BYTES};
use std::fs;
use std::path::Path;
use std::time::{Duration, Instant};

const HANG: Duration = Duration::from_secs(30);

fn load(dir: &Path) -> store::Loaded {
    let t = Instant::now();
    let loaded = store::load_dir(dir).expect("folder exists");
    assert!(t.elapsed() < HANG, "load took {:?}", t.elapsed());
    loaded
}

fn messages(l: &store::Loaded) -> Vec<String> {
    l.problems.iter().map(|d| d.to_string()).collect()
}

#[test]
fn a_100000_deep_array_is_refused() {
    let dir = tempfile::tempdir().expect("tmp");
    let deep = format!(
        "title = \"x\"\ndate = 2020-01-01\na = {}{}\n",
        "[".repeat(100_000),
        "]".repeat(100_000)
    );
    fs::write(dir.path().join("deep.toml"), deep).expect("write");
    let deep_inline = format!("a = {}\n", "{b = ".repeat(100_000));
    fs::write(dir.path().join("deep-inline.toml"), deep_inline).expect("write");
    let l = load(dir.path());
    let m = messages(&l);
    assert_eq!(m.len(), 2, "{m:?}");
    assert!(
        m.iter().all(|s| s.contains("nested more than 32 levels")),
        "{m:?}"
    );
}

#[test]
fn a_10_mb_string_is_refused_by_the_size_cap() {
    let dir = tempfile::tempdir().expect("tmp");
    let big = format!(
        "title = \"{}\"\ndate = 2020-01-01\n",
        "x".repeat(10 * 1024 * 1024)
    );
    fs::write(dir.path().join("big.toml"), big).expect("write");
    let l = load(dir.path());
    assert!(messages(&l)[0].contains(&format!(
        "more than the {} KiB docket reads",
        MAX_FILE_BYTES / 1024
    )));
}

#[test]
fn a_meeting_with_50000_items_loads() {
    let dir = tempfile::tempdir().expect("tmp");
    let mut s = String::from("title = \"Groot\"\ndate = 2020-01-01\n");
    for i in 0..50_000 {
        s.push_str(&format!("[[item]]\ntitle = \"Punt {i}\"\n"));
    }
    assert!(s.len() < MAX_FILE_BYTES as usize);
    fs::write(dir.path().join("many.toml"), s).expect("write");
    let l = load(dir.path());
    assert_eq!(l.library.item_count(), 50_000);
}

#[test]
fn a_folder_of_20000_files_loads() {
    let dir = tempfile::tempdir().expect("tmp");
    for i in 0..20_000 {
        let sub = dir.path().join(format!("s{}", i % 50));
        fs::create_dir_all(&sub).expect("mkdir");
        let date = chrono::NaiveDate::from_ymd_opt(2000, 1, 1).expect("d") + chrono::Days::new(i);
        fs::write(
            sub.join(format!("{i}.toml")),
            format!("title = \"R\"\ndate = {date}\n[[item]]\ntitle = \"a\"\n"),
        )
        .expect("write");
    }
    let l = load(dir.path());
    assert_eq!((l.library.len(), l.problems.len()), (20_000, 0));
}

#[test]
fn symlink_loops_fifos_and_odd_names_do_not_stop_the_load() {
    let dir = tempfile::tempdir().expect("tmp");
    let p = dir.path();
    fs::write(p.join("good.toml"), "title = \"R\"\ndate = 2020-01-01\n").expect("write");
    fs::create_dir(p.join("sub")).expect("mkdir");
    std::os::unix::fs::symlink(p, p.join("sub/loop")).expect("symlink");
    std::os::unix::fs::symlink(p.join("sub"), p.join("sub/self")).expect("symlink");
    std::os::unix::fs::symlink(p.join("missing.toml"), p.join("dangling.toml")).expect("symlink");
    let fifo = p.join("pipe.toml");
    let status = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .expect("mkfifo");
    assert!(status.success());
    use std::os::unix::ffi::OsStrExt;
    let odd = std::ffi::OsStr::from_bytes(b"caf\xe9-\xff.toml");
    fs::write(p.join(odd), "title = \"Odd\"\ndate = 2020-02-01\n").expect("write");
    let l = load(p);
    assert_eq!(
        l.library.len(),
        2,
        "good.toml and the oddly named file: {:?}",
        messages(&l)
    );
    let m = messages(&l);
    assert_eq!(m.len(), 1, "{m:?}");
    assert!(
        m[0].contains("pipe.toml:1:1: is not a regular file"),
        "{m:?}"
    );
}

#[test]
fn a_file_deleted_between_listing_and_reading_is_reported() {
    let dir = tempfile::tempdir().expect("tmp");
    let path = dir.path().join("gone.toml");
    let e = store::read_file(&path).expect_err("missing");
    assert_eq!(
        e.to_string(),
        format!(
            "{}:1:1: cannot be read: it does not exist (any more)",
            path.display()
        )
    );
}

#[test]
fn an_unreadable_folder_is_reported_not_fatal() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().expect("tmp");
    let locked = dir.path().join("locked");
    fs::create_dir(&locked).expect("mkdir");
    fs::write(locked.join("a.toml"), "title = \"R\"\ndate = 2020-01-01\n").expect("write");
    fs::write(
        dir.path().join("b.toml"),
        "title = \"R\"\ndate = 2020-01-02\n",
    )
    .expect("write");
    fs::set_permissions(&locked, fs::Permissions::from_mode(0o000)).expect("chmod");
    let readable_anyway = fs::read_dir(&locked).is_ok(); // root reads everything
    let l = load(dir.path());
    fs::set_permissions(&locked, fs::Permissions::from_mode(0o755)).expect("chmod back");
    if readable_anyway {
        assert_eq!(l.library.len(), 2);
    } else {
        assert_eq!(l.library.len(), 1);
        assert!(
            messages(&l)[0].contains("locked:1:1: folder cannot be read: permission denied"),
            "{:?}",
            messages(&l)
        );
    }
}
