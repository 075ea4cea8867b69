//! `docket import`: the user's LOVP report and a short English report.

mod prep_support;
use prep_support::*;

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
            (2, "next", "Afgesproken is dit rapport waa"),
            (3, "-", "Oproep van de regioburgemeeste"),
            (4, "2020-09", "Afgesproken is dat in septembe"),
            (5, "2020-06", "Dit voorstel komt terug in het"),
            (9, "2020-03-09", "Over ondermijning en de planne"),
        ])
    );
    assert!(text.contains("# guessed from: \"Dit voorstel komt terug in het LOVP van juni.\""));
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
            (2, "next", "The treasurer will come back t"),
            (3, "2024-05", "Anna will report on the migrat"),
            (4, "2024-04-14", "Planning for the summer party "),
        ])
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
