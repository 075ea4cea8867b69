//! `docket check FILE…`: files as well as folders, as linters and pre-commit hooks pass them;
//! a file is checked in the context of its folder.

use crate::support::prep::*;

#[test]
fn a_file_is_checked_in_the_context_of_its_folder() {
    let feb = fixtures().join("board/2024-02-14.toml");
    let o = docket(&[
        "check",
        feb.to_str().expect("utf-8"),
        "--today",
        "2024-02-01",
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let err = stderr(&o);
    // The pending actions come from January's file, which was not named: the folder is the context.
    assert!(
        err.lines().next().is_some_and(|l| l
            .contains("2024-02-14.toml:1:1: warning: action \"Ask the auditor about reserves\"")),
        "{err}"
    );
    assert_eq!(err.lines().count(), 4, "{err}");
    assert!(stdout(&o).starts_with("1 meeting, "), "{}", stdout(&o));
    assert!(
        stdout(&o).ends_with(", 0 files with errors, 4 warnings\n"),
        "{}",
        stdout(&o)
    );
}

#[test]
fn only_the_named_files_are_reported() {
    let o = docket(&["check", "tests/fixtures/check/mixed/good.toml"]);
    assert_eq!((o.status.code(), stderr(&o).as_str()), (Some(0), ""));
    assert_eq!(stdout(&o), "1 meeting, 1 item, 0 files with errors\n");

    let o = docket(&[
        "check",
        "tests/fixtures/check/mixed/bad-date.toml",
        "tests/fixtures/check/good/a.toml",
    ]);
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(
        stderr(&o),
        "tests/fixtures/check/mixed/bad-date.toml:2:8: TOML syntax: invalid date, expected month between 01 and 12\n"
    );
    assert_eq!(stdout(&o), "1 meeting, 1 item, 1 file with errors\n");
}

#[test]
fn files_and_folders_mix_and_a_file_named_twice_counts_once() {
    let o = docket(&[
        "check",
        "tests/fixtures/check/bad",
        "tests/fixtures/check/mixed/good.toml",
        "tests/fixtures/check/mixed/./good.toml",
    ]);
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(stderr(&o).lines().count(), 3, "{}", stderr(&o));
    assert_eq!(stdout(&o), "1 meeting, 1 item, 2 files with errors\n");
}

#[test]
fn a_named_file_the_folder_walk_skips_is_still_checked() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let hidden = tmp.path().join(".draft.toml");
    std::fs::write(&hidden, "titel = \"x\"\n").expect("write");
    let o = docket(&["check", hidden.to_str().expect("utf-8")]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains(".draft.toml:1:1: unknown key `titel`"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn a_missing_file_is_a_usage_error() {
    let o = docket(&["check", "tests/fixtures/check/good/nope.toml"]);
    assert_eq!(o.status.code(), Some(2));
    assert_eq!(
        stderr(&o),
        "docket: tests/fixtures/check/good/nope.toml: no such file\n"
    );
}
