//! The folder watcher reports meeting files that changed, appeared and disappeared, and
//! stays quiet about docket's own temp and lock files.

use docket::store::{Access, Changes, FolderLock, Watcher, write_atomic};
use std::path::{Path, PathBuf};
use std::sync::mpsc::Receiver;
use std::time::{Duration, Instant};

const MEETING: &str = "title = \"LOVP\"\ndate = 2020-02-10\n";

/// Collects batches until `done` holds for what was gathered, or fails after a generous
/// timeout (events can be slow on a loaded machine; nothing waits when they are quick).
fn gather(rx: &Receiver<Changes>, done: impl Fn(&Changes) -> bool) -> Changes {
    let mut all = Changes::default();
    let deadline = Instant::now() + Duration::from_secs(20);
    while !done(&all) {
        let left = deadline.saturating_duration_since(Instant::now());
        match rx.recv_timeout(left) {
            Ok(c) => {
                all.changed.extend(c.changed);
                all.removed.extend(c.removed);
                all.rescan |= c.rescan;
            }
            Err(e) => panic!("no event in time ({e}); got so far {all:?}"),
        }
    }
    all
}

fn no_hidden(c: &Changes) {
    for p in c.changed.iter().chain(&c.removed) {
        let name = p
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        assert!(!name.starts_with('.'), "hidden file reported: {p:?}");
    }
}

fn has(list: &[PathBuf], p: &Path) -> bool {
    list.iter().any(|x| x == p)
}

#[test]
fn changes_additions_and_removals_are_reported() {
    let dir = tempfile::tempdir().expect("tempdir");
    let sub = dir.path().join("lovp");
    std::fs::create_dir(&sub).expect("mkdir");
    let w = Watcher::start(dir.path(), Duration::from_millis(100)).expect("watch");
    let rx = w.changes();
    let a = sub.join("a.toml");

    std::fs::write(&a, MEETING).expect("create");
    let c = gather(rx, |c| has(&c.changed, &a));
    no_hidden(&c);

    // docket's own kind of save: temp file and lock are never reported, the file is.
    let Access::Write(_lock) = FolderLock::acquire(dir.path()) else {
        panic!("lock")
    };
    write_atomic(&a, format!("{MEETING}# more\n").as_bytes()).expect("save");
    let c = gather(rx, |c| has(&c.changed, &a));
    no_hidden(&c);

    std::fs::write(sub.join("README.md"), "not a meeting").expect("other file");
    std::fs::remove_file(&a).expect("remove");
    let c = gather(rx, |c| has(&c.removed, &a));
    no_hidden(&c);
    assert!(!c.changed.iter().any(|p| p.ends_with("README.md")), "{c:?}");
}

#[test]
fn a_new_folder_asks_for_a_rescan() {
    let dir = tempfile::tempdir().expect("tempdir");
    let w = Watcher::start(dir.path(), Duration::from_millis(100)).expect("watch");
    std::fs::create_dir(dir.path().join("new-body")).expect("mkdir");
    gather(w.changes(), |c| c.rescan);
}
