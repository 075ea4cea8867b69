//! The record in the interface: snapshots of the attendance list, the header with the
//! quorum, the presenter view and the document list; attendance and votes as edits.

use crate::support::app::{at_ymd, screen};
use chrono::NaiveDate;
use docket::store;
use docket::store::edit::{Edit, RecordEdit};
use docket::tui::action::Action;
use docket::tui::app::{App, Effect, Overlay, Pane};
use docket::tui::theme::Theme;
use docket::tui::ui;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use std::path::Path;

const DIR: &str = "tests/fixtures/record/good";

fn at(h: u32, m: u32) -> chrono::NaiveDateTime {
    at_ymd(2025, 3, 10, h, m)
}

fn app(width: u16, height: u16) -> App {
    app_changed(width, height, |_| {})
}

/// The app on the folder's meetings as `change` leaves them (in memory only).
fn app_changed(
    width: u16,
    height: u16,
    change: impl FnOnce(&mut Vec<docket::model::Meeting>),
) -> App {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let loaded = store::load_dir(&root.join(DIR)).expect("folder");
    let mut meetings = loaded.library.meetings().to_vec();
    change(&mut meetings);
    let mut app = App::new(
        docket::model::Library::new(meetings),
        loaded.problems,
        DIR.into(),
        at(19, 42),
    );
    app.update(Action::Resize { width, height });
    // What the event loop looks up before drawing.
    let m = app.library().meetings()[0].clone();
    app.documents_checked(store::missing_in(&m));
    app
}

fn saved_edit(effects: &[Effect]) -> &Edit {
    match effects {
        [Effect::Save(req)] => &req.edit,
        other => panic!("expected one save, got {other:?}"),
    }
}

#[test]
fn header_and_details_show_quorum_documents_and_votes() {
    let app = app(110, 46);
    insta::assert_snapshot!(screen(&app));
}

#[test]
fn attendance_list_marks_present_in_words() {
    let mut app = app(90, 24);
    app.update(Action::OpenAttendance);
    app.update(Action::Down);
    insta::assert_snapshot!(screen(&app));
}

#[test]
fn attendance_typing_a_name() {
    let mut app = app(90, 24);
    app.update(Action::OpenAttendance);
    app.update(Action::AddName);
    for c in "Gast Zoë".chars() {
        app.update(Action::InputChar(c));
    }
    insta::assert_snapshot!(screen(&app));
    let effects = app.update(Action::Confirm);
    assert_eq!(
        saved_edit(&effects),
        &Edit::Record(RecordEdit::SetPresent {
            name: "Gast Zoë".into(),
            present: true
        })
    );
}

#[test]
fn space_in_the_list_toggles_the_selected_member() {
    let mut app = app(90, 24);
    app.update(Action::OpenAttendance);
    let leave = app.update(Action::TogglePresent);
    assert_eq!(
        saved_edit(&leave),
        &Edit::set_present("Anna de Vries", false)
    );
    app.update(Action::Down);
    app.update(Action::Down);
    let arrive = app.update(Action::TogglePresent);
    assert_eq!(
        saved_edit(&arrive),
        &Edit::set_present("Chris Bakker", true)
    );
    app.update(Action::Close);
    assert_eq!(*app.overlay(), Overlay::None);
}

#[test]
fn read_only_refuses_attendance_with_the_reason() {
    let mut app = app(90, 24);
    app.set_read_only(Some("another docket has this folder open".into()));
    app.update(Action::OpenAttendance);
    assert!(app.update(Action::TogglePresent).is_empty());
    assert_eq!(
        app.status().as_ref().map(|s| s.text.as_str()),
        Some("not saved: another docket has this folder open")
    );
}

#[test]
fn presenter_view_shows_the_current_item_large_and_what_is_next() {
    let mut app = app(80, 20);
    app.update(Action::TogglePresenter);
    insta::assert_snapshot!(screen(&app));
    // j moves to the next item; Space still marks it.
    app.update(Action::Down);
    let s = screen(&app);
    assert!(s.contains("item 2 of 2"), "{s}");
    assert!(s.contains("last item"), "{s}");
    let effects = app.update(Action::ToggleDiscussed);
    assert!(matches!(saved_edit(&effects), Edit::Discussed { .. }));
    app.update(Action::TogglePresenter);
    assert!(!app.presenter());
}

#[test]
fn presenter_view_falls_back_to_capitals_when_big_letters_do_not_fit() {
    let mut app = app(50, 14);
    app.update(Action::TogglePresenter);
    let s = screen(&app);
    assert!(s.contains("BEGROTING 2025"), "{s}");
    assert!(s.contains("next: Rondvraag (5 min)"), "{s}");
}

#[test]
fn presenter_view_hides_a_confidential_item() {
    let mut app = app_changed(80, 20, |meetings| {
        meetings[0].items[0].confidential = true;
        meetings[0].items[0].notes = Some("geheim".into());
    });
    app.update(Action::TogglePresenter);
    let s = screen(&app);
    assert!(s.contains("(confidential item)"), "{s}");
    assert!(
        !s.contains("BEGROTING") && !s.contains("Bram") && !s.contains("geheim"),
        "{s}"
    );
}

#[test]
fn several_documents_open_a_list_and_enter_opens_one() {
    let mut app = app(90, 24);
    assert!(app.update(Action::OpenDocument).is_empty());
    insta::assert_snapshot!(screen(&app));
    app.update(Action::Down);
    app.update(Action::Down);
    let effects = app.update(Action::Confirm);
    assert_eq!(
        effects,
        [Effect::OpenDocument(docket::model::DocumentTarget::Url(
            "https://example.org/jaarplan".into()
        ))]
    );
    // The second item has no documents: say so, open nothing.
    app.update(Action::Down);
    assert!(app.update(Action::OpenDocument).is_empty());
    assert!(app.status().as_ref().is_some_and(|s| s.error));
}

#[test]
fn a_decision_capture_with_a_vote_saves_the_vote() {
    let mut app = app(90, 24);
    app.update(Action::AddOutcome);
    app.update(Action::CycleKind); // agreement → note
    for c in "Akkoord for:3".chars() {
        app.update(Action::InputChar(c));
    }
    assert!(
        app.update(Action::Confirm).is_empty(),
        "a vote on a note is refused"
    );
    match &app.overlay() {
        Overlay::Input(i) => assert_eq!(
            i.error.as_deref(),
            Some("a vote goes with a decision: Tab to decision")
        ),
        other => panic!("input should stay open: {other:?}"),
    }
    app.update(Action::CycleKind); // note → decision
    let effects = app.update(Action::Confirm);
    match saved_edit(&effects) {
        Edit::Record(RecordEdit::AddDecision { text, vote, .. }) => {
            assert_eq!(text, "Akkoord");
            assert_eq!(vote.for_, Some(3));
        }
        other => panic!("expected a decision, got {other}"),
    }
}

#[test]
fn every_small_size_renders_the_record_screens() {
    for (w, h) in [(0, 0), (1, 1), (20, 5), (49, 13), (50, 14), (60, 16)] {
        for setup in [
            vec![Action::OpenAttendance],
            vec![Action::TogglePresenter],
            vec![Action::OpenDocument],
        ] {
            let mut app = app(w, h);
            for a in setup {
                app.update(a);
            }
            let mut t = Terminal::new(TestBackend::new(w, h)).expect("backend");
            t.draw(|f| ui::render(&app, &Theme::builtin(), f))
                .expect("draw");
        }
    }
}

#[test]
fn header_warns_in_words_when_there_is_no_quorum() {
    let app = app_changed(120, 30, |meetings| {
        meetings[0].present = vec!["Anna de Vries".into(), "Gast".into()];
    });
    let s = screen(&app);
    let header = s.lines().next().unwrap_or("");
    assert!(
        header.contains("1/5 present · ✗ no quorum (3 needed)"),
        "{header}"
    );
    insta::assert_snapshot!(header);
}

#[test]
fn the_attendance_list_stays_open_when_the_file_is_reloaded_and_clamps_its_selection() {
    let mut app = app(90, 24);
    app.update(Action::OpenAttendance);
    app.update(Action::Bottom);
    // Someone else shortened the members list meanwhile.
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut loaded = store::load_dir(&root.join(DIR)).expect("folder");
    let mut meetings = loaded.library.into_meetings();
    meetings[0].members.truncate(2);
    meetings[0].present.clear();
    loaded.library = docket::model::Library::new(meetings);
    app.reload(loaded);
    match &app.overlay() {
        Overlay::Attendance(s) => assert_eq!(s.cursor.sel, 1),
        other => panic!("the list closed: {other:?}"),
    }
    let effects = app.update(Action::TogglePresent);
    assert_eq!(
        saved_edit(&effects),
        &Edit::set_present("Bram Jansen", true)
    );
}

#[test]
fn presenter_view_ignores_clicks_and_tab_so_j_stays_on_the_agenda() {
    let mut app = app(80, 20);
    app.update(Action::TogglePresenter);
    app.update(Action::Click { col: 70, row: 12 });
    app.update(Action::FocusNext);
    app.update(Action::Down);
    assert_eq!(app.cursor(Pane::Agenda).sel, 1);
    app.update(Action::Close);
    assert!(!app.presenter(), "Esc leaves the presenter view");
}

#[test]
fn presenter_view_shows_no_elapsed_minutes_when_the_meeting_is_not_today() {
    let mut app = app(80, 20);
    app.update(Action::Tick(
        NaiveDate::from_ymd_opt(2025, 3, 11)
            .and_then(|d| d.and_hms_opt(10, 0, 0))
            .expect("next day"),
    ));
    app.update(Action::TogglePresenter);
    let s = screen(&app);
    assert!(s.contains("20 min planned"), "{s}");
    assert!(!s.contains("so far"), "{s}");
}

#[test]
fn hostile_names_and_document_paths_never_reach_the_terminal() {
    let nasty = "A\u{1b}]52;c;SGVsbG8=\u{7}B\u{1b}[2JC\u{9b}31mD\u{202e}E";
    let app = app_changed(100, 30, |meetings| {
        meetings[0].present.push(nasty.into());
        meetings[0].items[0].title = nasty.into();
        meetings[0].items[0]
            .documents
            .push(docket::model::Document::new(nasty));
    });
    for setup in [
        vec![],
        vec![Action::OpenAttendance, Action::Bottom],
        vec![Action::OpenDocument],
        vec![Action::TogglePresenter],
    ] {
        let mut app = app.clone();
        for a in setup {
            app.update(a);
        }
        let s = screen(&app);
        for bad in ['\u{1b}', '\u{7}', '\u{9b}', '\u{202e}'] {
            assert!(!s.contains(bad), "{bad:?} reached the screen:\n{s}");
        }
    }
}

#[test]
fn a_typed_name_that_could_not_be_written_is_kept_to_retry() {
    let mut app = app(90, 24);
    app.update(Action::OpenAttendance);
    app.update(Action::AddName);
    for c in "Gast".chars() {
        app.update(Action::InputChar(c));
    }
    let effects = app.update(Action::Confirm);
    let [Effect::Save(req)] = effects.as_slice() else {
        panic!("one save expected: {effects:?}")
    };
    app.save_failed(
        req.clone(),
        "the file is read-only; nothing was written".into(),
    );
    match &app.overlay() {
        Overlay::Attendance(s) => {
            assert_eq!(s.adding.as_ref().map(|f| f.text()), Some("Gast"));
            assert_eq!(s.error.as_deref(), Some("not saved; Enter retries"));
        }
        other => panic!("the list closed: {other:?}"),
    }
    assert!(app.status().as_ref().is_some_and(|s| s.error));
    // Enter tries again.
    assert_eq!(
        saved_edit(&app.update(Action::Confirm)),
        &Edit::set_present("Gast", true)
    );
}
