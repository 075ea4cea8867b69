use super::*;
use crate::model::{Discussed, Done, FollowUp, Item, Library, Meeting, Outcome, OutcomeKind};
use chrono::NaiveDate;

fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("test date")
}

fn item(title: &str) -> Item {
    Item::new(title)
}

fn outcome(text: &str, kind: OutcomeKind) -> Outcome {
    Outcome {
        text: text.into(),
        kind,
        vote: Default::default(),
        line: 0,
    }
}

fn action(text: &str, owner: &str, done: bool) -> FollowUp {
    let mut a = FollowUp::new(text);
    a.owner = Some(owner.into());
    a.done = done.then_some(Done::Yes);
    a
}

/// Two series, three meetings, accents, tags, people and states.
fn library() -> Library {
    let mut m1 = Meeting::new("lovp/2020-02-10.toml", "LOVP", d("2020-02-10"));
    let mut i1 = item("Bewaken en beveiligen");
    i1.presenter = Some("Korpschef".into());
    i1.tags = vec!["capaciteit".into(), "financiering".into()];
    i1.notes = Some("Update over één financiële kwestie.".into());
    i1.discussed = Some(Discussed::Yes);
    i1.outcomes.push(outcome(
        "Structurele financiering is een aandachtspunt",
        OutcomeKind::Agreement,
    ));
    i1.actions
        .push(action("Rapport Rekenkamer bespreken", "Korpschef", false));
    i1.actions
        .push(action("Brief aan Müller sturen", "Secretaris", true));
    m1.items.push(i1);

    let mut m2 = Meeting::new("lovp/2020-03-09.toml", "LOVP", d("2020-03-09"));
    let mut i2 = item("Vuurwerk");
    i2.tags = vec!["veiligheid".into()];
    i2.outcomes.push(outcome(
        "Besluit: vuurwerkverbod landelijk",
        OutcomeKind::Decision,
    ));
    m2.items.push(i2);

    let mut m3 = Meeting::new("board/2021-06-01.toml", "Board", d("2021-06-01"));
    let mut i3 = item("Budget Muller");
    i3.presenter = Some("Ana Müller".into());
    i3.outcomes
        .push(outcome("Noted the budget", OutcomeKind::Note));
    m3.items.push(i3);
    Library::new(vec![m1, m2, m3])
}

fn texts(index: &SearchIndex, q: &str) -> Vec<String> {
    let query = Query::parse(q).expect("query parses");
    index
        .search(&query, None)
        .iter()
        .map(|h| index.text(h.record).to_string())
        .collect()
}

fn kinds(index: &SearchIndex, q: &str) -> Vec<(&'static str, String)> {
    let query = Query::parse(q).expect("query parses");
    index
        .search(&query, None)
        .iter()
        .map(|h| {
            let r = index.get(h.record).expect("hit record");
            (r.kind.as_str(), index.text(h.record).to_string())
        })
        .collect()
}

#[test]
fn folding_is_case_and_accent_insensitive() {
    assert_eq!(fold("Financiële ÉÉN Straße"), "financiele een strasse");
    assert_eq!(
        fold("e\u{301}e\u{301}n"),
        "een",
        "decomposed input folds too"
    );
    // A fold map points every folded char at the char it came from.
    assert_eq!(fold_map("éß"), vec![0, 1, 1]);
}

#[test]
fn plain_query_finds_accented_text() {
    let index = SearchIndex::build(&library());
    let hits = texts(&index, "een");
    assert!(hits.iter().any(|t| t.contains("één")), "{hits:?}");
    let hits = texts(&index, "financiele");
    assert!(hits.iter().any(|t| t.contains("financiële")), "{hits:?}");
    let hits = texts(&index, "Muller");
    assert!(hits.iter().any(|t| t.contains("Müller")), "{hits:?}");
}

#[test]
fn accented_query_finds_plain_text() {
    let index = SearchIndex::build(&library());
    let hits = texts(&index, "Müller");
    assert!(
        hits.iter().any(|t| t.starts_with("Budget Muller")),
        "{hits:?}"
    );
    assert!(
        hits.iter().any(|t| t.contains("Brief aan Müller")),
        "{hits:?}"
    );
    let hits = texts(&index, "één");
    assert!(
        hits.iter().any(|t| t.contains("is een aandachtspunt")),
        "{hits:?}"
    );
}

#[test]
fn records_with_every_word_come_first() {
    let index = SearchIndex::build(&library());
    assert_eq!(
        texts(&index, "rapport bespreken"),
        ["Rapport Rekenkamer bespreken · @Korpschef"]
    );
    // No record has both: those with one of them follow, marked as such.
    let q = Query::parse("rapport vuurwerk").expect("parses");
    let hits = index.search(&q, None);
    assert!(!hits.is_empty());
    assert!(hits.iter().all(|h| h.words == 1), "{hits:?}");
    // A single word is always required.
    assert!(texts(&index, "zzzz").is_empty());
    // With three words, a record needs two of them.
    let q = Query::parse("rapport rekenkamer vuurwerk").expect("parses");
    let hits = index.search(&q, None);
    assert_eq!(hits.len(), 1, "{hits:?}");
    assert_eq!(hits[0].words, 2);
}

#[test]
fn words_match_fuzzily() {
    let index = SearchIndex::build(&library());
    // Letters in order, with gaps: "vrwrk" finds "vuurwerk".
    let hits = texts(&index, "vrwrk");
    assert!(hits[0].starts_with("Vuurwerk"), "{hits:?}");
    assert!(hits[1].contains("vuurwerkverbod"), "{hits:?}");
    // A typo within the edits the word's length allows.
    assert!(texts(&index, "vuurwerq")[0].starts_with("Vuurwerk"));
    assert!(
        texts(&index, "vuurwxyz").is_empty(),
        "three edits are too many for eight letters"
    );
}

#[test]
fn ties_rank_newer_first() {
    let mk = |path: &str, date: &str, title: &str| {
        let mut m = Meeting::new(path, "X", d(date));
        m.items.push(item(title));
        m
    };
    let lib = Library::new(vec![
        mk("a.toml", "2020-01-01", "Agenda"),
        mk("b.toml", "2021-01-01", "Agenda"),
        mk("c.toml", "2022-01-01", "Agenda extra"),
    ]);
    let index = SearchIndex::build(&lib);
    let hits = index.search(&Query::parse("agenda kind:item").expect("parses"), None);
    let order: Vec<_> = hits
        .iter()
        .map(|h| index.path(h.record).to_string_lossy().into_owned())
        .collect();
    assert_eq!(hits[0].score, hits[1].score, "the same score: a tie");
    assert!(hits[2].score < hits[1].score, "a longer title weighs less");
    assert_eq!(order, ["b.toml", "a.toml", "c.toml"]);
}

#[test]
fn limit_keeps_the_best() {
    let index = SearchIndex::build(&library());
    let q = Query::parse("e").expect("parses");
    let all = index.search(&q, None);
    let top = index.search(&q, Some(3));
    assert_eq!(top, all[..3]);
    assert!(index.search(&q, Some(0)).is_empty());
}

#[test]
fn highlights_map_back_to_accented_text() {
    let index = SearchIndex::build(&library());
    let q = Query::parse("een").expect("parses");
    let hit = index
        .search(&q, None)
        .into_iter()
        .find(|h| index.text(h.record).contains("één"))
        .expect("a hit on één");
    let text: Vec<char> = index.text(hit.record).chars().collect();
    let marks = index.highlight(hit.record, &q);
    let marked: String = marks.iter().map(|&i| text[i]).collect();
    assert_eq!(marked, "één");
}

#[test]
fn highlights_on_wide_text_are_char_indices() {
    let mut m = Meeting::new("w.toml", "会议 🎉 Überblick", d("2020-01-01"));
    m.items.push(item("x"));
    let index = SearchIndex::build(&Library::new(vec![m]));
    let q = Query::parse("议 uber").expect("parses");
    let hits = index.search(&q, None);
    assert_eq!(hits.len(), 1);
    // 会=0 议=1 ' '=2 🎉=3 ' '=4 Ü=5 b=6 e=7 r=8
    assert_eq!(index.highlight(hits[0].record, &q), vec![1, 5, 6, 7, 8]);
    let q = Query::parse("🎉").expect("parses");
    let hits = index.search(&q, None);
    assert_eq!(index.highlight(hits[0].record, &q), vec![3]);
}

#[test]
fn narrowing_by_tag_person_kind_series() {
    let index = SearchIndex::build(&library());
    assert_eq!(
        kinds(&index, "#veiligheid"),
        [
            ("item", "Vuurwerk · #veiligheid".to_string()),
            ("decision", "Besluit: vuurwerkverbod landelijk".to_string())
        ]
    );
    // A tag prefix works and is accent-insensitive.
    assert_eq!(kinds(&index, "#fin kind:agreement").len(), 1);
    // @ finds owners and presenters, by part of the name, without accents.
    // Outcomes carry their item's presenter.
    assert_eq!(
        kinds(&index, "@muller"),
        [
            ("item", "Budget Muller · @Ana Müller".to_string()),
            ("note", "Noted the budget".to_string())
        ]
    );
    assert_eq!(
        kinds(&index, "@secret"),
        [(
            "action",
            "Brief aan Müller sturen · @Secretaris".to_string()
        )]
    );
    assert_eq!(kinds(&index, "kind:meeting").len(), 3);
    assert_eq!(
        kinds(&index, "kind:note"),
        [("note", "Noted the budget".to_string())]
    );
    // Several kinds mean any of them.
    assert_eq!(kinds(&index, "kind:note kind:decision").len(), 2);
    assert_eq!(kinds(&index, "series:board").len(), 3);
    assert_eq!(kinds(&index, "series:board kind:meeting")[0].1, "Board");
}

#[test]
fn narrowing_by_date_and_state() {
    let index = SearchIndex::build(&library());
    assert_eq!(kinds(&index, "after:2021 kind:meeting").len(), 1);
    assert_eq!(kinds(&index, "after:2020-03 kind:meeting").len(), 2);
    assert_eq!(
        kinds(&index, "before:2020-02 kind:meeting").len(),
        1,
        "month inclusive"
    );
    assert_eq!(kinds(&index, "before:2020-02-09 kind:meeting").len(), 0);
    assert_eq!(
        kinds(&index, "after:2020-03-09 before:2020-03-09 kind:meeting")[0].1,
        "LOVP"
    );
    assert_eq!(
        kinds(&index, "is:pending"),
        [(
            "action",
            "Rapport Rekenkamer bespreken · @Korpschef".to_string()
        )]
    );
    assert_eq!(kinds(&index, "is:done")[0].0, "action");
    assert_eq!(kinds(&index, "is:done").len(), 1);
    // A discussed item and its outcomes and actions.
    assert_eq!(kinds(&index, "is:discussed").len(), 4);
    assert_eq!(kinds(&index, "is:discussed is:pending rapport").len(), 1);
    assert!(kinds(&index, "is:pending series:board").is_empty());
}

#[test]
fn malformed_words_are_errors_with_spans() {
    let cases: [(&str, std::ops::Range<usize>); 11] = [
        ("vuurwerk kind:besluit", 9..21),
        ("kind:", 0..5),
        ("foo:bar x", 0..7),
        ("x #", 2..3),
        ("@", 0..1),
        ("is:open", 0..7),
        ("after:2020-13", 0..13),
        ("before:vorige-week", 0..18),
        ("after:20", 0..8),
        ("series:", 0..7),
        ("één zort:x", 6..12),
    ];
    for (q, span) in cases {
        let e = Query::parse(q).expect_err(q);
        assert_eq!(e.span, span, "{q}: {e}");
        assert_eq!(&q[e.span.clone()], &q[span], "{q}");
    }
    let e = Query::parse("kind:besluit").expect_err("bad kind");
    assert!(matches!(e.kind, QueryErrorKind::BadKind(ref k) if k == "besluit"));
    assert!(e.to_string().contains("decision"), "{e}");
}

#[test]
fn colons_in_plain_text_stay_text() {
    let q = Query::parse("10:00 https://x").expect("parses");
    assert_eq!(q.words.len(), 2, "{q:?}");
    let q = Query::parse("besluit:").expect_err("letters then colon is a filter");
    assert!(matches!(q.kind, QueryErrorKind::UnknownFilter(_)));
}

#[test]
fn empty_query_matches_everything() {
    let index = SearchIndex::build(&library());
    let q = Query::parse("   ").expect("parses");
    assert!(q.is_empty());
    assert_eq!(index.search(&q, None).len(), index.len());
}

#[test]
fn index_is_shareable_and_stoppable() {
    fn shareable<T: Send + Sync>() {}
    shareable::<SearchIndex>();
    let index = SearchIndex::build(&library());
    let stop = std::sync::atomic::AtomicBool::new(true);
    assert!(index.search_until(&Query::default(), None, &stop).is_none());
}

#[test]
fn a_repeated_passage_keeps_one_place_at_the_top() {
    let boiler =
        "The board resolved that the budget be approved until death, resignation or removal.";
    let mut m = Meeting::new("r.toml", "R", d("2020-01-01"));
    for n in 0..4 {
        let mut it = item(&format!("Resolution {n}"));
        it.notes = Some(boiler.into());
        m.items.push(it);
    }
    let mut other = item("Other");
    other.notes = Some(
        "A long discussion of many things: the agenda, the minutes, the members, the plans \
         for next year and, among which, late in the evening, briefly the budget."
            .into(),
    );
    m.items.push(other);
    let index = SearchIndex::build(&Library::new(vec![m]));
    let q = Query::parse("budget").expect("parses");
    let hits = index.search(&q, None);
    assert_eq!(hits.len(), 5);
    assert!(
        hits[0].score > hits[1].score,
        "by score alone, Other would be last"
    );
    // The copies score alike; only the first keeps its place, the others follow "Other".
    let firsts: Vec<&str> = hits[..2]
        .iter()
        .map(|h| &index.text(h.record)[..5])
        .collect();
    assert!(
        firsts.contains(&"Other") && firsts.contains(&"Resol"),
        "{firsts:?}"
    );
    assert!(
        hits[2..]
            .iter()
            .all(|h| index.text(h.record).starts_with("Resolution"))
    );
}

#[test]
fn highlights_mark_whole_words_prefixes_and_typos() {
    let index = SearchIndex::build(&library());
    let q = Query::parse("rekenkamr bespr").expect("parses");
    let hit = index.search(&q, None)[0];
    let text: Vec<char> = index.text(hit.record).chars().collect();
    let marked: String = index
        .highlight(hit.record, &q)
        .iter()
        .map(|&i| text[i])
        .collect();
    assert_eq!(marked, "Rekenkamerbespr");
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(256))]

    /// Any text and any query: no panic, and highlights are char indices inside the shown
    /// text (the matching runs on folded text, which may be longer or shorter).
    #[test]
    fn any_text_any_query(
        title in "\\PC{0,40}",
        notes in "(\\PC|\n){0,200}",
        outcome in "\\PC{0,60}",
        q in "[a-zé€🎉 -]{0,20}",
    ) {
        let mut m = Meeting::new("p.toml", "P", d("2020-01-01"));
        let mut it = item(&title);
        it.notes = Some(notes);
        it.outcomes.push(outcome_(&outcome));
        m.items.push(it);
        let index = SearchIndex::build(&Library::new(vec![m]));
        if let Ok(query) = Query::parse(&q) {
            for h in index.search(&query, None) {
                let n = index.text(h.record).chars().count();
                for c in index.highlight(h.record, &query) {
                    proptest::prop_assert!(c < n);
                }
            }
        }
    }
}

fn outcome_(text: &str) -> Outcome {
    outcome(text, OutcomeKind::Decision)
}

#[test]
fn at_name_finds_the_meetings_a_person_was_present_at() {
    let mut m = Meeting::new("raad/2025-03-10.toml", "Raad", d("2025-03-10"));
    m.present = vec!["Anna de Vries".into(), "Bram Jansen".into()];
    m.members = vec![
        "Anna de Vries".into(),
        "Bram Jansen".into(),
        "Eva Visser".into(),
    ];
    let mut i = item("Begroting");
    i.documents = vec![crate::model::Document::new("stukken/Begroting 2025.pdf")];
    m.items.push(i);
    let index = SearchIndex::build(&Library::new(vec![m]));
    assert_eq!(
        kinds(&index, "@bram"),
        [(
            "meeting",
            "Raad · @Anna de Vries · @Bram Jansen".to_string()
        )]
    );
    assert_eq!(kinds(&index, "@anna @jansen").len(), 1, "both were present");
    assert!(
        kinds(&index, "@eva").is_empty(),
        "a member who was not present"
    );
    assert_eq!(
        kinds(&index, "begroting 2025.pdf"),
        [("item", "Begroting · Begroting 2025.pdf".to_string())]
    );
}
