//! The `/` search overlay through `update`: open, type, results (run here as the worker
//! would), move, Enter jumps to the meeting and item, Esc changes nothing; and a snapshot.

use crate::support::app::{app_on, at, screen};
use chrono::NaiveDate;
use docket::store;
use docket::tui::action::Action;
use docket::tui::app::{App, Effect, Overlay, Pane};
use docket::tui::search::{DetailsMark, LIMIT};
use docket::tui::theme::Theme;
use docket::tui::ui;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use std::path::{Path, PathBuf};

fn app() -> App {
    app_on("meetings", at("2026-11-28", "09:00"), (110, 30))
}

/// Types text, performing search effects synchronously like the worker.
fn type_query(app: &mut App, text: &str) -> usize {
    let mut jobs = 0;
    for c in text.chars() {
        for effect in app.update(Action::InputChar(c)) {
            if let Effect::Search(job) = effect {
                jobs += 1;
                let hits = job.index.0.search(&job.query, Some(LIMIT));
                app.search_done(job.generation, hits);
            }
        }
    }
    jobs
}

fn hits(app: &App) -> usize {
    match &app.overlay() {
        Overlay::Search(s) => s.hits.len(),
        _ => panic!("search not open"),
    }
}

#[test]
fn typing_searches_and_enter_jumps_to_the_item_and_entry() {
    let mut a = app();
    let start = a.meeting();
    a.update(Action::OpenSearch);
    assert!(matches!(a.overlay(), Overlay::Search(_)));
    let jobs = type_query(&mut a, "vuurwerk buitenland kind:agreement");
    // Half-typed narrowing words (`kind:agr`) are errors and start no search.
    assert!(jobs > 0 && jobs < 34, "{jobs}");
    assert_eq!(hits(&a), 1, "one agreement mentions both words");
    a.update(Action::Confirm);
    assert_eq!(*a.overlay(), Overlay::None);
    let m = a.library().meeting(a.meeting().expect("meeting"));
    assert_eq!(m.date.to_string(), "2020-02-10");
    assert_eq!(m.items[a.cursor(Pane::Agenda).sel].title, "Jaarwisseling");
    assert_eq!(a.details_mark(), Some(DetailsMark::Outcome(1)));
    assert_ne!(a.meeting(), start);
}

#[test]
fn accents_are_ignored_and_esc_returns_where_you_were() {
    let mut a = app();
    a.update(Action::Down);
    let (meeting, sel) = (a.meeting(), a.cursor(Pane::Agenda).sel);
    a.update(Action::OpenSearch);
    type_query(&mut a, "coordinatie");
    assert!(hits(&a) >= 1, "coördinatie found without the diaeresis");
    a.update(Action::Down);
    a.update(Action::Close);
    assert_eq!(
        (a.meeting(), a.cursor(Pane::Agenda).sel, a.overlay()),
        (meeting, sel, &Overlay::None)
    );
}

#[test]
fn a_malformed_word_is_an_error_not_ignored_and_old_results_are_dropped() {
    let mut a = app();
    a.update(Action::OpenSearch);
    type_query(&mut a, "rapport");
    let before = hits(&a);
    assert!(before > 0);
    for c in " kind:besluit".chars() {
        assert!(
            a.update(Action::InputChar(c))
                .iter()
                .all(|e| !matches!(e, Effect::Search(_)) || c != 't')
        );
    }
    let Overlay::Search(s) = &a.overlay() else {
        panic!("open")
    };
    let err = s.error.as_ref().expect("error shown");
    assert_eq!(&s.field.text()[err.span.clone()], "kind:besluit");
    // A superseded generation's results are dropped.
    let stale = s.generation.saturating_sub(5);
    a.search_done(stale, Vec::new());
    assert_eq!(hits(&a), before);
}

#[test]
fn overlay_with_highlights_snapshot() {
    let mut a = app();
    a.update(Action::OpenSearch);
    type_query(&mut a, "rekenkamr");
    let mut t = Terminal::new(TestBackend::new(110, 30)).expect("backend");
    t.draw(|f| ui::render(&a, &Theme::builtin(), f))
        .expect("draw");
    let text = t.backend().to_string();
    assert!(text.contains("Algemene Rekenkamer"), "{text}");
    // The matched letters carry the highlight style.
    let buf = t.backend().buffer();
    let hl = Theme::builtin().match_highlight;
    let styled = buf
        .content()
        .iter()
        .filter(|c| c.modifier.contains(hl.add_modifier))
        .count();
    assert!(styled >= 9, "highlighted cells: {styled}");
    insta::assert_snapshot!(text);
}

fn asf_app() -> App {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/asf-board");
    app_on(&dir.to_string_lossy(), at("2026-11-28", "09:00"), (110, 30))
}

#[test]
fn enter_scrolls_the_details_to_the_hit_in_long_notes() {
    let mut a = asf_app();
    a.update(Action::OpenSearch);
    type_query(&mut a, "sunstar");
    assert!(hits(&a) >= 1);
    a.update(Action::Confirm);
    let m = a.library().meeting(a.meeting().expect("meeting"));
    assert_eq!(
        m.items[a.cursor(Pane::Agenda).sel].title,
        "Treasurer report"
    );
    let Some(DetailsMark::NotesLine(line)) = a.details_mark() else {
        panic!("a notes line is marked: {:?}", a.details_mark())
    };
    let notes = m.items[a.cursor(Pane::Agenda).sel]
        .notes
        .as_deref()
        .expect("notes");
    let marked = notes.trim_end().split('\n').nth(line).expect("that line");
    assert!(marked.contains("Sunstar"), "{marked}");
    assert!(a.details_scroll() > 0, "the hit is far below the top");
    // The marked line is on screen, in the details area.
    let text = screen(&a);
    let details_rows: Vec<&str> = text.lines().skip(20).collect();
    assert!(
        details_rows
            .iter()
            .any(|l| l.contains('▸') && l.contains("Sunstar")),
        "{text}"
    );
    insta::assert_snapshot!(details_rows.join("\n"));
}

#[test]
fn enter_on_an_outcome_marks_it_in_view() {
    let mut a = asf_app();
    a.update(Action::OpenSearch);
    type_query(&mut a, "halo negotiation kind:action");
    a.update(Action::Confirm);
    assert_eq!(a.details_mark(), Some(DetailsMark::Action(0)));
    let text = screen(&a);
    assert!(
        text.lines()
            .skip(20)
            .any(|l| l.contains('▸') && l.contains("HALO")),
        "{text}"
    );
}

#[test]
fn one_row_per_item_with_a_count_of_the_rest() {
    let mut a = asf_app();
    a.update(Action::OpenSearch);
    type_query(&mut a, "shindig");
    let Overlay::Search(s) = &a.overlay() else {
        panic!("open")
    };
    let mut items: Vec<_> = s
        .hits
        .iter()
        .map(|h| {
            let r = s.index.0.get(h.record).expect("record");
            (r.meeting, r.item)
        })
        .collect();
    let rows = items.len();
    items.sort();
    items.dedup();
    assert_eq!(items.len(), rows, "no item twice");
    assert!(s.more.iter().sum::<usize>() >= 1, "{:?}", s.more);
    let text = screen(&a);
    assert!(text.contains("Establish the Apache"), "{text}");
    assert!(text.contains(" +1"), "{text}");
}

#[test]
fn a_paste_goes_into_the_search_box_and_the_meeting_picker() {
    use docket::tui::keymap::map_event;
    use ratatui::crossterm::event::Event;
    let mut a = asf_app();
    a.update(Action::OpenSearch);
    let paste = Event::Paste("Cooley\nGodward".into());
    let action = map_event(a.mode(), &paste).expect("a paste is typed text");
    for effect in a.update(action) {
        if let Effect::Search(job) = effect {
            let hits = job.index.0.search(&job.query, Some(LIMIT));
            a.search_done(job.generation, hits);
        }
    }
    let Overlay::Search(s) = &a.overlay() else {
        panic!("open")
    };
    assert_eq!(
        s.field.text(),
        "Cooley Godward",
        "a line break becomes a space"
    );
    assert!(!s.hits.is_empty());
    a.update(Action::Close);
    a.update(Action::OpenPicker);
    let action = map_event(a.mode(), &Event::Paste("2010-01".into())).expect("typed text");
    a.update(action);
    let Overlay::Picker(p) = &a.overlay() else {
        panic!("picker open")
    };
    assert_eq!(p.filter.text(), "2010-01");
    assert_eq!(p.matches.len(), 1, "one meeting in January 2010");
}

#[test]
fn the_marked_notes_line_counts_leading_blank_lines() {
    use docket::model::{Item, Library, Meeting};
    let date = NaiveDate::from_ymd_opt(2024, 1, 10).expect("date");
    let mut m = Meeting::new("m.toml", "M", date);
    let mut it = Item::new("Zoo");
    it.notes = Some("\n\nfirst line\nsecond line with a zebra\nthird".into());
    m.items.push(Item::new("Other"));
    m.items.push(it);
    let now = date.and_hms_opt(9, 0, 0).expect("now");
    let mut a = App::new(Library::new(vec![m]), Vec::new(), PathBuf::from("."), now);
    a.update(Action::Resize {
        width: 110,
        height: 30,
    });
    a.update(Action::OpenSearch);
    type_query(&mut a, "zebra");
    a.update(Action::Confirm);
    assert_eq!(a.cursor(Pane::Agenda).sel, 1);
    assert_eq!(a.details_mark(), Some(DetailsMark::NotesLine(3)));
    let text = screen(&a);
    assert!(
        text.lines()
            .any(|l| l.contains("▸second line with a zebra")),
        "{text}"
    );
}

#[test]
fn a_reload_with_the_overlay_open_searches_again_and_counts_right() {
    let mut a = asf_app();
    a.update(Action::OpenSearch);
    type_query(&mut a, "shindig");
    let before = screen(&a);
    assert!(before.contains("items · 4 hits"), "{before}");
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/asf-board");
    let effects = a.reload(store::load_dir(&dir).expect("load"));
    // Until the new results come, no stale count of the old hits.
    let Overlay::Search(s) = &a.overlay() else {
        panic!("still open")
    };
    assert!(s.hits.is_empty() && s.more.is_empty());
    for effect in effects {
        if let Effect::Search(job) = effect {
            let hits = job.index.0.search(&job.query, Some(LIMIT));
            a.search_done(job.generation, hits);
        }
    }
    // The same rows and count again (the footer says it reloaded).
    let after = screen(&a);
    let rows = |s: &str| s.lines().take(29).map(String::from).collect::<Vec<_>>();
    assert_eq!(rows(&after), rows(&before));
}
