//! `docket import`: the user's LOVP report and a short English report.

use crate::support::prep::*;
use std::path::Path;

/// Imports a fixture report and returns the parsed TOML and stderr.
fn import(name: &str, extra: &[&str]) -> (toml::Table, String, String) {
    let report = fixtures().join(name);
    let mut args = vec!["import", report.to_str().expect("utf-8")];
    args.extend_from_slice(extra);
    let o = docket(&args);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let text = stdout(&o);
    (toml::from_str(&text).expect("TOML"), stderr(&o), text)
}

fn items(doc: &toml::Table) -> &Vec<toml::Value> {
    doc["item"].as_array().expect("items")
}

/// (item number, kind, start of text) of every outcome.
fn outcomes(doc: &toml::Table) -> Vec<(usize, String, String)> {
    let mut out = Vec::new();
    for (n, item) in items(doc).iter().enumerate() {
        for o in item
            .get("outcome")
            .and_then(|v| v.as_array())
            .into_iter()
            .flatten()
        {
            let text: String = o["text"].as_str().expect("text").chars().take(30).collect();
            out.push((n + 1, o["kind"].as_str().expect("kind").to_string(), text));
        }
    }
    out
}

/// (item number, due as written, start of text) of every action.
fn actions(doc: &toml::Table) -> Vec<(usize, String, String)> {
    let mut out = Vec::new();
    for (n, item) in items(doc).iter().enumerate() {
        for a in item
            .get("action")
            .and_then(|v| v.as_array())
            .into_iter()
            .flatten()
        {
            let due = match a.get("due") {
                Some(toml::Value::String(s)) => s.clone(),
                Some(toml::Value::Datetime(d)) => d.to_string(),
                _ => "-".into(),
            };
            let text: String = a["text"].as_str().expect("text").chars().take(30).collect();
            out.push((n + 1, due, text));
        }
    }
    out
}

fn triples(v: &[(usize, &str, &str)]) -> Vec<(usize, String, String)> {
    v.iter()
        .map(|(n, a, b)| (*n, a.to_string(), b.to_string()))
        .collect()
}

#[test]
fn the_users_lovp_report() {
    let (doc, err, text) = import("lovp-report.md", &[]);
    assert_eq!(doc["title"].as_str(), Some("LOVP"));
    assert_eq!(doc["series"].as_str(), Some("lovp"));
    assert_eq!(doc["date"].to_string(), "2020-02-10");
    assert_eq!(
        doc["source"].as_str(),
        Some("Bestuurlijke terugkoppeling LOVP 10 februari 2020")
    );
    let titles: Vec<&str> = items(&doc)
        .iter()
        .map(|i| i["title"].as_str().expect("title"))
        .collect();
    assert_eq!(titles.len(), 9);
    assert_eq!(titles[0], "Bewaken en beveiligen", "bold markers removed");
    assert_eq!(
        titles[8],
        "Ondermijning en de plannen richting de Voorjaarsnota"
    );
    // The paragraph cut by a blank line stays one paragraph.
    let hoger = items(&doc)[6]["notes"].as_str().expect("notes");
    assert!(
        hoger.contains("realisatie lang op zich laat wachten"),
        "{hoger}"
    );
    assert_eq!(
        outcomes(&doc),
        triples(&[
            (2, "agreement", "Afgesproken is dit rapport waa"),
            (4, "agreement", "Afgesproken is dat in septembe"),
            (5, "agreement", "Er zijn afspraken gemaakt om h"),
            (8, "agreement", "Naar aanleiding van het WODC-o"),
        ])
    );
    assert_eq!(
        actions(&doc),
        triples(&[
            (2, "next", "Terug op de agenda: Inzetbaarh"),
            (3, "-", "Gesprek organiseren met een aa"),
            (4, "2020-09", "Terug op de agenda: Jaarwissel"),
            (5, "2020-06", "Terug op de agenda: Herijking "),
            (9, "2020-03-09", "Terug op de agenda: Ondermijni"),
        ])
    );
    assert!(text.contains("# guessed from: \"Dit voorstel komt terug in het LOVP van juni.\""));
    let veiligheid = &items(&doc)[2];
    assert_eq!(veiligheid["action"][0]["owner"].as_str(), Some("Minister"));
    // Each agreement appears once: not again in the notes.
    for (n, item) in items(&doc).iter().enumerate() {
        let notes = item.get("notes").and_then(|v| v.as_str()).unwrap_or("");
        for o in item
            .get("outcome")
            .and_then(|v| v.as_array())
            .into_iter()
            .flatten()
        {
            let t = o["text"].as_str().expect("text");
            assert!(
                !notes.contains(t),
                "item {}: outcome repeated in the notes",
                n + 1
            );
        }
        for a in item
            .get("action")
            .and_then(|v| v.as_array())
            .into_iter()
            .flatten()
        {
            let t = a["text"].as_str().expect("text");
            let outcomes = item
                .get("outcome")
                .map(ToString::to_string)
                .unwrap_or_default();
            assert!(
                !outcomes.contains(t) && !notes.contains(t),
                "item {}: action repeated",
                n + 1
            );
        }
    }
    // Observations stay in the notes.
    let jaarwisseling = items(&doc)[3]["notes"].as_str().expect("notes");
    assert!(
        jaarwisseling.contains(
            "Handhaving op vuurwerk afkomstig uit het buitenland blijft een aandachtspunt."
        )
    );
    assert!(!jaarwisseling.contains("Afgesproken"));
    assert!(
        err.contains("9 items, 4 outcomes, 5 actions guessed"),
        "{err}"
    );
}

#[test]
fn the_imported_file_passes_check_and_is_not_overwritten() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let out = tmp.path().join("lovp/2020-02-10.toml");
    let report = fixtures().join("lovp-report.md");
    let args = [
        "import",
        report.to_str().expect("utf-8"),
        "--out",
        out.to_str().expect("utf-8"),
    ];
    let o = docket(&args);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let check = docket(&["check", tmp.path().to_str().expect("utf-8"), "--strict"]);
    assert_eq!(check.status.code(), Some(0), "{}", stderr(&check));
    assert!(stdout(&check).starts_with("1 meeting, 9 items, 0 files with errors"));
    let again = docket(&args);
    assert_eq!(again.status.code(), Some(1));
    assert!(stderr(&again).contains("already exists"));
}

#[test]
fn a_short_english_report() {
    let (doc, _, _) = import("board-report.md", &["--series", "board"]);
    assert_eq!(doc["title"].as_str(), Some("Board"));
    assert_eq!(doc["series"].as_str(), Some("board"));
    assert_eq!(doc["date"].to_string(), "2024-03-03");
    assert_eq!(items(&doc).len(), 5);
    assert_eq!(
        outcomes(&doc),
        triples(&[
            (2, "decision", "The board decided to approve t"),
            (3, "agreement", "It was agreed that the website"),
        ])
    );
    assert_eq!(
        actions(&doc),
        triples(&[
            (2, "next", "Come back to the reserves"),
            (3, "2024-05", "Report on the migration"),
            (4, "2024-04-14", "Back on the agenda: Summer par"),
        ])
    );
    let owners: Vec<Option<&str>> = items(&doc)
        .iter()
        .flat_map(|i| {
            i.get("action")
                .and_then(|v| v.as_array())
                .into_iter()
                .flatten()
        })
        .map(|a| a.get("owner").and_then(|o| o.as_str()))
        .collect();
    assert_eq!(owners, [Some("Treasurer"), Some("Anna"), None]);
}

#[test]
fn into_a_folder_takes_its_topic_keys_and_says_so() {
    let (doc, err, text) = import("lovp-report.md", &["--into", "meetings"]);
    let topics: Vec<Option<&str>> = items(&doc)
        .iter()
        .map(|i| i.get("topic").and_then(|t| t.as_str()))
        .collect();
    assert_eq!(
        topics[3],
        Some("vuurwerk"),
        "Jaarwisseling takes the folder's topic"
    );
    assert_eq!(topics[7], Some("sterkteverdeling"));
    assert_eq!(
        topics[6], None,
        "same as the slug of its title: no key written"
    );
    assert!(text.contains("topic = \"vuurwerk\"   # same title"));
    assert!(
        err.contains(
            "item 4: \"Jaarwisseling\" takes the folder's topic \"vuurwerk\" (same title)"
        ),
        "{err}"
    );
    // The imported file loads next to the folder's history and links to it.
    let tmp = copy_dir(
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("meetings")
            .as_path(),
    );
    std::fs::write(tmp.path().join("lovp/2020-02-10.toml"), &text).expect("replace");
    let loaded = docket::store::load_dir(tmp.path()).expect("loads");
    assert_eq!(loaded.bad_file_count(), 0);
    let o = docket(&[
        "export",
        tmp.path().to_str().expect("utf-8"),
        "2020-03-09",
        "--agenda",
    ]);
    assert!(
        stdout(&o).contains("Terug op de agenda: Ondermijning"),
        "{}",
        stdout(&o)
    );
}

#[test]
fn date_option_wins_and_a_missing_date_is_a_clear_error() {
    let (doc, err, _) = import("board-report.md", &["--date", "2024-03-04"]);
    assert_eq!(doc["date"].to_string(), "2024-03-04");
    assert!(err.contains("(from --date)"));
    let tmp = tempfile::tempdir().expect("tempdir");
    let report = tmp.path().join("r.md");
    std::fs::write(&report, "# Board\n\n## Budget\n\nText.\n").expect("write");
    let o = docket(&["import", report.to_str().expect("utf-8")]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("no date found"), "{}", stderr(&o));
}
