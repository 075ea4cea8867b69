//! `docket check` on good, bad and mixed folders: exact lines and exit codes.

use crate::support::cli::run;

fn check(dir: &str) -> (i32, String, String) {
    run(&["check", dir])
}

#[test]
fn good_folder_passes_and_skips_other_files() {
    let (code, out, err) = check("tests/fixtures/check/good");
    assert_eq!(err, "");
    assert_eq!(out, "2 meetings, 2 items, 0 files with errors\n");
    assert_eq!(code, 0);
}

#[test]
fn bad_folder_reports_every_problem_sorted_by_path() {
    let (code, out, err) = check("tests/fixtures/check/bad");
    assert_eq!(
        err,
        "tests/fixtures/check/bad/minutes.toml:12:11: item 3: `minutes` must be a whole number of minutes (0 to 1440), found \"vijftien\"\n\
         tests/fixtures/check/bad/typo.toml:1:1: unknown key `titel` (did you mean `title`?)\n\
         tests/fixtures/check/bad/typo.toml:1:1: `title` is required\n"
    );
    assert_eq!(out, "0 meetings, 0 items, 2 files with errors\n");
    assert_eq!(code, 1);
}

#[test]
fn mixed_folder_loads_the_good_file() {
    let (code, out, err) = check("tests/fixtures/check/mixed");
    assert_eq!(
        err,
        "tests/fixtures/check/mixed/bad-date.toml:2:8: TOML syntax: invalid date, expected month between 01 and 12\n"
    );
    assert_eq!(out, "1 meeting, 1 item, 1 file with errors\n");
    assert_eq!(code, 1);
}

#[test]
fn missing_folder_is_a_usage_error() {
    let (code, out, err) = check("tests/fixtures/no-such-folder");
    assert_eq!(code, 2);
    assert_eq!(out, "");
    assert!(
        err.starts_with("docket: tests/fixtures/no-such-folder: no such folder\nhint:"),
        "{err}"
    );
}

#[test]
fn bundled_meetings_pass() {
    let (code, out, err) = check("meetings");
    assert_eq!((code, err.as_str()), (0, ""));
    assert_eq!(out, "2 meetings, 11 items, 0 files with errors\n");
}

#[test]
fn a_merge_conflict_is_named_at_its_marker() {
    let dir = tempfile::tempdir().expect("tmp");
    let text = "title = \"LOVP\"\ndate = 2020-03-09\n\n[[item]]\n<<<<<<< HEAD\ntitle = \"Opening\"\n=======\ntitle = \"Welkom\"\n>>>>>>> theirs\n";
    std::fs::write(dir.path().join("m.toml"), text).expect("write");
    let (code, _, err) = check(&dir.path().display().to_string());
    let want = format!(
        "{}:5:1: unresolved merge conflict (<<<<<<<): keep one side, remove the marker lines\n",
        dir.path().join("m.toml").display()
    );
    assert_eq!(err, want);
    assert_eq!(code, 1);
}
