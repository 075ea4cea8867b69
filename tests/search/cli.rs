//! `docket search` end to end on a small fixture folder.

use crate::support::cli::{command, docket};
use serde_json::Value;

const DIR: &str = "tests/fixtures/search";

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
            // Words, not scattered letters: the item's action (r-E-k-E-N…) has no `een`.
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
    // A one-letter word is a prefix: the records with a word starting with e (één, en, …)
    // in their text or, for outcomes and actions, their item's title.
    let all = json("e");
    assert_eq!(all.len(), 3, "{all:?}");
    for hit in &all {
        let text = docket::search::fold(&format!(
            "{} {}",
            hit["text"].as_str().expect("text"),
            hit["item_title"].as_str().unwrap_or("")
        ));
        assert!(
            text.split(|c: char| !c.is_alphanumeric())
                .any(|w| w.starts_with('e')),
            "{text}"
        );
    }
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

#[test]
fn the_load_cache_changes_nothing_and_stays_out_of_the_folder() {
    let cache = tempfile::tempdir().expect("temp dir");
    let run = |env_cache: Option<&std::path::Path>| {
        let mut c = command();
        c.args(["search", DIR, "e", "--json"]);
        match env_cache {
            Some(p) => c.env("XDG_CACHE_HOME", p),
            None => c.env("DOCKET_CACHE", "off"),
        };
        let out = c.output().expect("docket runs");
        assert!(out.status.success());
        out.stdout
    };
    let before: Vec<_> = std::fs::read_dir(DIR)
        .expect("fixture")
        .map(|e| e.expect("entry").path())
        .collect();
    let without = run(None);
    let cold = run(Some(cache.path()));
    let warm = run(Some(cache.path()));
    assert_eq!(cold, without);
    assert_eq!(warm, without);
    let files: Vec<_> = std::fs::read_dir(cache.path().join("docket"))
        .expect("the cache folder exists")
        .collect();
    assert_eq!(files.len(), 1);
    let after: Vec<_> = std::fs::read_dir(DIR)
        .expect("fixture")
        .map(|e| e.expect("entry").path())
        .collect();
    assert_eq!(before, after, "nothing written to the meetings folder");
}
