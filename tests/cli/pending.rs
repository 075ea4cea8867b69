//! `docket pending --json` on a series of three meetings with known answers, and on the
//! bundled LOVP meetings.

use crate::support::cli::command;
use serde_json::Value;

fn pending(args: &[&str]) -> (i32, Value) {
    let out = command()
        .arg("pending")
        .args(args)
        .args(["--json", "--today", "2024-02-01"])
        .output()
        .expect("run docket");
    let json = serde_json::from_slice(&out.stdout).unwrap_or(Value::Null);
    (out.status.code().unwrap_or(-1), json)
}

fn summary(v: &Value) -> Vec<(String, String)> {
    v.as_array()
        .expect("array")
        .iter()
        .map(|e| {
            (
                e["status"].as_str().unwrap_or("?").into(),
                e["text"].as_str().unwrap_or("?").into(),
            )
        })
        .collect()
}

fn s(a: &str, b: &str) -> (String, String) {
    (a.into(), b.into())
}

#[test]
fn default_is_the_next_upcoming_meeting() {
    let (code, v) = pending(&["tests/fixtures/pending"]);
    assert_eq!(code, 0);
    assert_eq!(
        summary(&v),
        [
            s("due", "Draft the budget"),
            s("due", "Pick a vendor"),
            s("later", "Audit report")
        ]
    );
    let first = &v[0];
    assert_eq!(first["owner"], "Treasurer");
    assert_eq!(first["due"], "next");
    assert_eq!(first["meeting_date"], "2024-01-15");
    assert_eq!(first["series"], "board");
    assert_eq!(first["topic"], "budget");
    assert_eq!(
        first["path"],
        "tests/fixtures/pending/board/2024-01-15.toml"
    );
    assert_eq!(
        v[1]["done"], "2024-02-12",
        "closed at this meeting: still listed, with its date"
    );
    assert_eq!(v[2]["owner"], Value::Null);
}

#[test]
fn later_meeting_sees_overdue_and_due_month() {
    let (_, v) = pending(&["tests/fixtures/pending", "--for", "2024-03-11"]);
    assert_eq!(
        summary(&v),
        [
            s("overdue", "Draft the budget"),
            s("due", "Audit report"),
            s("none", "Publish the budget")
        ]
    );
}

#[test]
fn planned_meeting_without_a_file() {
    let (code, v) = pending(&[
        "tests/fixtures/pending",
        "--for",
        "2024-04-08",
        "--series",
        "board",
    ]);
    assert_eq!(code, 0);
    assert_eq!(
        summary(&v),
        [
            s("overdue", "Draft the budget"),
            s("overdue", "Audit report"),
            s("none", "Publish the budget")
        ]
    );
}

#[test]
fn bundled_lovp_follow_ups_at_9_march() {
    let (code, v) = pending(&["meetings"]);
    assert_eq!(code, 0);
    let got = summary(&v);
    assert_eq!(got.len(), 7);
    assert_eq!(got[0].0, "due");
    assert!(got[0].1.starts_with("Rapport Algemene Rekenkamer"));
    assert_eq!(
        got[1],
        s(
            "due",
            "Besluitvormend gesprek over ondermijning en de plannen richting de Voorjaarsnota"
        )
    );
    assert_eq!(v[1]["due"], "2020-03-09");
    assert_eq!(
        (v[2]["status"].as_str(), v[2]["due"].as_str()),
        (Some("later"), Some("2020-06"))
    );
    assert_eq!(
        (v[3]["status"].as_str(), v[3]["due"].as_str()),
        (Some("later"), Some("2020-09"))
    );
    assert!(got[4..].iter().all(|(st, _)| st == "none"));
}

#[test]
fn unknown_series_is_a_usage_error() {
    let (code, _) = pending(&["tests/fixtures/pending", "--series", "nope"]);
    assert_eq!(code, 2);
}
