//! Two real docket processes on overlapping folders (one through a symlink): only one may
//! write, the other says so and takes over when the first quits; the meetings folder is
//! left exactly as it was (no lock file in it).

use std::collections::BTreeSet;
use std::path::Path;

use crate::support::pty::{Term, meetings_copy};

fn docket(args: &str) -> Term {
    Term::start(
        &format!("exec {} {args}", env!("CARGO_BIN_EXE_docket")),
        140,
        30,
    )
}

/// Every path below `dir`, hidden ones included.
fn listing(dir: &Path) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).expect("list").flatten() {
            let p = e.path();
            out.insert(p.strip_prefix(dir).expect("below").display().to_string());
            if e.file_type().is_ok_and(|t| t.is_dir()) {
                stack.push(p);
            }
        }
    }
    out
}

#[test]
fn two_dockets_on_overlapping_folders_never_both_write() {
    let (dir, files) = meetings_copy();
    let link = dir.path().join("link");
    std::os::unix::fs::symlink(dir.path().join("lovp"), &link).expect("symlink");
    let before = listing(dir.path());
    let first = docket(&format!("{} --today 2020-03-09", dir.path().display()));
    first.wait_for("Agenda");
    // The second opens the inner folder through a symlink: it overlaps the first.
    let second = docket(&format!("{} --today 2020-03-09", link.display()));
    second.wait_for("read-only: another docket is writing");
    second.keys(&["Space"]);
    second.wait_for("not saved: read-only");
    assert!(
        crate::support::pty::unchanged(&files),
        "the read-only docket wrote"
    );
    // The first quits: the second takes over and says so, then writes.
    first.keys(&["q"]);
    first.wait_ended();
    second.wait_for("write access: the other docket has quit");
    second.keys(&["Space"]);
    second.wait_for("saved: mark");
    let text = std::fs::read_to_string(dir.path().join("lovp/2020-03-09.toml")).expect("read");
    assert_eq!(text.matches("discussed = ").count(), 1);
    // A third one on the outer folder is read-only now.
    let third = docket(&format!("{} --today 2020-03-09", dir.path().display()));
    third.wait_for("read-only: another docket is writing");
    third.keys(&["q"]);
    second.keys(&["q"]);
    second.wait_ended();
    third.wait_ended();
    assert_eq!(listing(dir.path()), before, "the folder holds what it held");
}

#[test]
fn dockets_on_unrelated_folders_both_write() {
    let (a, _) = meetings_copy();
    let (b, _) = meetings_copy();
    let one = docket(&format!("{} --today 2020-03-09", a.path().display()));
    let two = docket(&format!("{} --today 2020-03-09", b.path().display()));
    for t in [&one, &two] {
        t.wait_for("Agenda");
        t.keys(&["Space"]);
        t.wait_for("saved: mark");
    }
}
