//! `docket search` end to end on a small fixture folder.

use serde_json::Value;
use std::process::{Command, Output};

const DIR: &str = "tests/fixtures/search";

fn docket(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_docket"))
        // English whatever the machine's locale or config says.
        .env("LC_ALL", "C")
        .env("XDG_CONFIG_HOME", "/nonexistent")
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .args(args)
        .output()
        .expect("docket runs")
}

fn json(query: &str) -> Vec<Value> {
    let out = docket(&["search", DIR, query, "--json"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: Value = serde_json::from_slice(&out.stdout).expect("stdout is JSON");
    v.as_array().expect("an array").clone()
}

/// (kind, text) of every hit, in order.
fn hits(query: &str) -> Vec<(String, String)> {
    json(query)
        .iter()
        .map(|h| {
            (
                h["kind"].as_str().unwrap_or("?").into(),
                h["text"].as_str().unwrap_or("?").into(),
            )
        })
        .collect()
}

fn pair(kind: &str, text: &str) -> (String, String) {
    (kind.into(), text.into())
}

#[test]
fn json_hit_has_every_field() {
    let all = json("vuurwerkverbod");
    assert_eq!(all.len(), 1, "{all:?}");
    let h = &all[0];
    assert_eq!(h["kind"], "decision");
    assert_eq!(h["text"], "Vuurwerkverbod landelijk invoeren.");
    assert_eq!(h["meeting_title"], "LOVP");
    assert_eq!(h["date"], "2020-02-10");
    assert_eq!(h["series"], "lovp");
    assert_eq!(h["item_title"], "Vuurwerk");
    assert_eq!(h["path"], "tests/fixtures/search/lovp/2020-02-10.toml");
    assert_eq!(h["line"], 25);
    assert!(h["score"].as_i64().is_some_and(|s| s > 0), "{h}");
    let positions: Vec<i64> = h["positions"]
        .as_array()
        .expect("positions")
        .iter()
        .filter_map(Value::as_i64)
        .collect();
    assert_eq!(positions, (0..14).collect::<Vec<_>>());
}

#[test]
fn meeting_records_have_no_item() {
    let all = json("board kind:meeting");
    assert_eq!(all.len(), 1);
    assert_eq!(all[0]["kind"], "meeting");
    assert!(all[0]["item_title"].is_null());
    assert_eq!(all[0]["line"], 1);
}

#[test]
fn accents_both_ways_and_narrowing() {
    assert_eq!(
        hits("een #financ"),
        [
            pair(
                "agreement",
                "Structurele financiering is een aandachtspunt."
            ),
            pair(
                "item",
                "Bewaken en beveiligen · Update over één financiële kwestie. · #capaciteit · #financiering · @Korpschef"
            ),
            // Fuzzy: r-E-k-E-N… holds e, e, n in order; records of the item carry its tags.
            pair("action", "Rapport Rekenkamer bespreken · @Korpschef"),
        ]
    );
    assert_eq!(
        hits("müller is:done"),
        [pair("action", "Send the budget to Müller · @Secretary")]
    );
    assert_eq!(
        hits("@korpschef is:pending"),
        [pair("action", "Rapport Rekenkamer bespreken · @Korpschef")]
    );
    assert_eq!(hits("after:2021 kind:action").len(), 1);
    assert_eq!(hits("series:lovp before:2020-02 kind:meeting").len(), 1);
    assert!(hits("series:board vuurwerk").is_empty());
}

#[test]
fn limit_cuts_the_ranking() {
    assert_eq!(
        json("e").len(),
        7,
        "all records but LOVP and Board hold an e"
    );
    let two = docket(&["search", DIR, "e", "--json", "--limit", "2"]);
    let v: Value = serde_json::from_slice(&two.stdout).expect("JSON");
    assert_eq!(v.as_array().map(Vec::len), Some(2));
}

#[test]
fn bad_query_exits_2_and_points_at_the_word() {
    let out = docket(&["search", DIR, "vuurwerk kind:besluit"]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("unknown kind `besluit`"), "{err}");
    assert!(err.contains("         ^^^^^^^^^^^^"), "{err}");
    assert!(out.stdout.is_empty());
}

#[test]
fn plain_lines_and_list() {
    let out = docket(&["search", DIR, "rekenkamer"]);
    assert!(out.status.success());
    let text = String::from_utf8_lossy(&out.stdout);
    assert_eq!(
        text,
        "action    2020-02-10 lovp       Rapport Rekenkamer bespreken · @Korpschef  \
         [LOVP · Bewaken en beveiligen · tests/fixtures/search/lovp/2020-02-10.toml:16]\n"
    );
    let out = docket(&["search", "--list", DIR]);
    assert!(out.status.success());
    let list = String::from_utf8_lossy(&out.stdout);
    assert_eq!(list.lines().count(), 9, "{list}");
    assert!(list.lines().all(|l| !l.is_empty()));
    let out = docket(&["search", "--list", DIR, "x"]);
    assert_eq!(out.status.code(), Some(2));
}
