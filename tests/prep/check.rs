//! `docket check` runs the agenda lint on the meeting being prepared in each series.

use crate::support::prep::*;

#[test]
fn warns_about_the_upcoming_meeting_and_exits_zero() {
    let dir = fixtures().join("board");
    let o = docket(&[
        "check",
        dir.to_str().expect("utf-8"),
        "--today",
        "2024-02-01",
    ]);
    assert_eq!(
        o.status.code(),
        Some(0),
        "warnings do not fail without --strict"
    );
    let err = stderr(&o);
    let lines: Vec<&str> = err.lines().collect();
    assert_eq!(lines.len(), 4, "{err}");
    assert!(
        lines
            .iter()
            .all(|l| l.contains("2024-02-14.toml:") && l.contains(": warning: "))
    );
    assert!(lines[0].contains(":1:1: warning: action \"Ask the auditor about reserves\""));
    assert!(lines[0].ends_with("[due-not-on-agenda]"));
    assert!(lines[1].contains("\"Publish the budget\""));
    assert!(
        lines[2].contains(":13:1: warning: the agenda plans 35 minutes"),
        "{}",
        lines[2]
    );
    assert!(
        lines[3].contains(":18:1: warning: item 3 \"Any other business\" has no planned minutes")
    );
    assert!(stdout(&o).contains("4 warnings"));
}

#[test]
fn strict_turns_warnings_into_failure() {
    let dir = fixtures().join("board");
    let o = docket(&[
        "check",
        dir.to_str().expect("utf-8"),
        "--today",
        "2024-02-01",
        "--strict",
    ]);
    assert_eq!(o.status.code(), Some(1));
}

#[test]
fn historical_records_are_not_linted() {
    for dir in [fixtures().join("board"), "meetings".into()] {
        let o = docket(&[
            "check",
            dir.to_str().expect("utf-8"),
            "--today",
            "2030-01-01",
            "--strict",
        ]);
        assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
        assert_eq!(stderr(&o), "");
    }
}

#[test]
fn warnings_and_summary_in_dutch() {
    let dir = fixtures().join("board");
    let o = docket(&[
        "check",
        dir.to_str().expect("utf-8"),
        "--today",
        "2024-02-01",
        "--lang",
        "nl",
    ]);
    assert_eq!(o.status.code(), Some(0));
    let err = stderr(&o);
    let lines: Vec<&str> = err.lines().collect();
    assert_eq!(lines.len(), 4, "{err}");
    assert!(
        lines[0].contains(": waarschuwing: actie \"Ask the auditor about reserves\" (Chen, termijn 2024-02, uit board 2024-01-10) moet op deze vergadering terugkomen"),
        "{}",
        lines[0]
    );
    assert!(
        lines[0].ends_with("[due-not-on-agenda]"),
        "the kind stays a key"
    );
    assert!(
        lines[2].contains(
            "de agenda plant 35 minuten, maar de vergadering duurt 30 minuten (5 te veel)"
        )
    );
    assert!(lines[3].contains("agendapunt 3 \"Any other business\" heeft geen geplande minuten"));
    assert!(
        stdout(&o).contains("1 vergadering") || stdout(&o).contains("vergaderingen"),
        "{}",
        stdout(&o)
    );
    assert!(stdout(&o).contains("4 waarschuwingen"), "{}", stdout(&o));
}
