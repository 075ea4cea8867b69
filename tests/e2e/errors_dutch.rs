//! The real binary in Dutch when writing is refused: the read-only reason in the footer and
//! a failed save in the status line are Dutch, through the event loop's own call sites.

use crate::support::pty::{Term, meetings_copy};
use std::os::unix::fs::PermissionsExt;

fn docket(args: &str) -> Term {
    Term::start(
        &format!(
            "exec env XDG_CONFIG_HOME=/nonexistent {} {args} --lang nl --today 2020-03-09",
            env!("CARGO_BIN_EXE_docket")
        ),
        200,
        30,
    )
}

#[test]
fn a_second_docket_says_why_it_is_read_only_in_dutch() {
    let (dir, files) = meetings_copy();
    let first = docket(&dir.path().display().to_string());
    first.wait_for("Agenda");
    let second = docket(&dir.path().display().to_string());
    let s = second.wait_for("alleen-lezen: een andere docket schrijft in");
    assert!(!s.contains("read-only"), "{s}");
    second.keys(&["Space"]);
    second.wait_for("niet bewaard: alleen-lezen: een andere docket schrijft in");
    assert!(
        crate::support::pty::unchanged(&files),
        "the read-only docket wrote"
    );
    second.keys(&["q"]);
    first.keys(&["q"]);
    second.wait_ended();
    first.wait_ended();
}

#[test]
fn a_failed_save_is_reported_in_dutch() {
    let (dir, files) = meetings_copy();
    let file = dir.path().join("lovp/2020-03-09.toml");
    std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o444)).expect("chmod");
    let t = docket(&dir.path().display().to_string());
    t.wait_for("Agenda");
    t.keys(&["Space"]);
    let s = t.wait_for("het bestand is alleen-lezen; er is niets geschreven");
    assert!(s.contains("niet bewaard: "), "{s}");
    assert!(s.contains("2020-03-09.toml"), "{s}");
    assert!(
        crate::support::pty::unchanged(&files),
        "a read-only file was written"
    );
    t.keys(&["q"]);
    t.wait_ended();
}
