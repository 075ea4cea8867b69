//! Every command ends quietly when its output is closed early (`docket pending | head -1`):
//! stdout or stderr is a real pipe whose reading end is closed before docket writes.

use crate::support::cli::command;
use std::os::unix::process::ExitStatusExt;
use std::process::Stdio;

/// Runs docket with stdout (or stderr) on a pipe nobody reads; returns what stderr (or
/// stdout) got and how it ended.
fn closed(args: &[&str], close_stderr: bool) -> (String, std::process::ExitStatus) {
    let (reader, writer) = std::io::pipe().expect("pipe");
    drop(reader);
    let mut cmd = command();
    cmd.args(args).stdin(Stdio::null());
    if close_stderr {
        cmd.stderr(writer).stdout(Stdio::piped());
    } else {
        cmd.stdout(writer).stderr(Stdio::piped());
    }
    let out = cmd.output().expect("run docket");
    let other = if close_stderr { out.stdout } else { out.stderr };
    (String::from_utf8_lossy(&other).into_owned(), out.status)
}

fn quiet(args: &[&str], close_stderr: bool) {
    let (other, status) = closed(args, close_stderr);
    assert!(!other.contains("Broken pipe"), "{args:?}: {other}");
    assert!(!other.contains("panicked"), "{args:?}: {other}");
    assert_ne!(status.code(), Some(101), "{args:?} panicked: {other}");
    // Killed by SIGPIPE (as `ls | head` is) or ended normally: both are quiet.
    assert!(
        status.signal() == Some(13) || status.code().is_some(),
        "{args:?}: {status:?}"
    );
}

#[test]
fn commands_end_quietly_on_a_closed_stdout() {
    let t = "--today=2020-03-09";
    for args in [
        vec!["pending", "meetings", t],
        vec!["pending", "meetings", "--json", t],
        vec!["check", "tests/fixtures/check/mixed", t],
        vec!["search", "meetings", "vuurwerk"],
        vec!["export", "meetings", "2020-02-10", t],
        vec![
            "new",
            "meetings",
            "--series",
            "lovp",
            "--date",
            "2020-04-06",
            "--dry-run",
        ],
        vec!["completions", "bash"],
        vec!["--help"],
    ] {
        quiet(&args, false);
    }
}

#[test]
fn commands_end_quietly_on_a_closed_stderr() {
    quiet(
        &["check", "tests/fixtures/check/mixed", "--today=2020-03-09"],
        true,
    );
    quiet(&["check", "no/such/folder"], true);
}
