//! `App::update` as a plain function: state in, action, state and effects out.

use crate::support::app::{app_on, at};
use chrono::NaiveDate;
use docket::model::{MeetingId, Scope};
use docket::store;
use docket::tui::action::Action;
use docket::tui::app::{App, Effect, Overlay, Pane};

fn app(dir: &str, today: &str) -> App {
    app_on(dir, at(today, "09:00"), (120, 40))
}

fn current_date(app: &App) -> String {
    app.meeting()
        .map(|id| app.library().meeting(id).date.to_string())
        .unwrap_or_default()
}

#[test]
fn opens_on_next_upcoming_else_latest() {
    assert_eq!(
        current_date(&app("tests/fixtures/pending", "2024-02-01")),
        "2024-02-12"
    );
    assert_eq!(
        current_date(&app("tests/fixtures/pending", "2024-02-12")),
        "2024-02-12"
    );
    assert_eq!(current_date(&app("meetings", "2026-11-28")), "2020-03-09");
}

#[test]
fn moving_in_the_agenda_brings_the_topic_history() {
    let mut a = app("meetings", "2026-11-28");
    assert_eq!(a.cursor(Pane::Agenda).sel, 0);
    assert_eq!(
        a.outcome_list().len(),
        1,
        "inzetbaarheid had one agreement in February"
    );
    a.update(Action::Down);
    assert_eq!(a.cursor(Pane::Agenda).sel, 1);
    assert_eq!(a.outcome_list().len(), 2, "ondermijning had two notes");
    a.update(Action::Down);
    assert_eq!(a.cursor(Pane::Agenda).sel, 1, "stays on the last item");
    a.update(Action::Top);
    assert_eq!(a.cursor(Pane::Agenda).sel, 0);
    a.update(Action::Bottom);
    assert_eq!(a.cursor(Pane::Agenda).sel, 1);
}

#[test]
fn focus_cycles_and_keys_act_on_the_focused_pane() {
    let mut a = app("meetings", "2026-11-28");
    a.update(Action::FocusNext);
    assert_eq!(a.focus(), Pane::Outcomes);
    a.update(Action::FocusNext);
    assert_eq!(a.focus(), Pane::Pending);
    a.update(Action::Down);
    a.update(Action::Down);
    assert_eq!(
        (a.cursor(Pane::Pending).sel, a.cursor(Pane::Agenda).sel),
        (2, 0)
    );
    a.update(Action::PageDown);
    assert_eq!(
        a.cursor(Pane::Pending).sel,
        6,
        "page down stops at the last entry"
    );
    a.update(Action::FocusNext);
    assert_eq!(a.focus(), Pane::Details);
    a.update(Action::FocusNext);
    assert_eq!(a.focus(), Pane::Agenda);
    a.update(Action::FocusPrev);
    assert_eq!(a.focus(), Pane::Details);
}

#[test]
fn meeting_switching_follows_date_order() {
    let mut a = app("meetings", "2026-11-28");
    a.update(Action::Down);
    a.update(Action::PrevMeeting);
    assert_eq!(current_date(&a), "2020-02-10");
    assert_eq!(
        a.cursor(Pane::Agenda).sel,
        0,
        "a new meeting starts at its first item"
    );
    assert!(a.pending_list().is_empty());
    a.update(Action::PrevMeeting);
    assert_eq!(current_date(&a), "2020-02-10", "nothing before the first");
    a.update(Action::NextMeeting);
    a.update(Action::NextMeeting);
    assert_eq!(current_date(&a), "2020-03-09");
}

#[test]
fn all_series_toggle_widens_pending() {
    let dir = tempfile::tempdir().expect("tmp");
    std::fs::write(dir.path().join("a.toml"), "title = \"A\"\ndate = 2024-01-01\n[[item]]\ntitle = \"x\"\n[[item.action]]\ntext = \"from A\"\n").expect("w");
    std::fs::write(
        dir.path().join("b.toml"),
        "title = \"B\"\ndate = 2024-02-01\n",
    )
    .expect("w");
    let loaded = store::load_dir(dir.path()).expect("load");
    let now = NaiveDate::from_ymd_opt(2024, 2, 1)
        .and_then(|d| d.and_hms_opt(9, 0, 0))
        .expect("now");
    let mut a = App::new(loaded.library, Vec::new(), dir.path().into(), now);
    assert_eq!(a.meeting(), Some(MeetingId(1)));
    assert!(a.pending_list().is_empty());
    a.update(Action::ToggleAllSeries);
    assert_eq!(a.scope(), Scope::AllSeries);
    assert_eq!(a.pending_list().len(), 1);
    a.update(Action::ToggleAllSeries);
    assert!(a.pending_list().is_empty());
}

#[test]
fn picker_filters_and_opens() {
    let mut a = app("tests/fixtures/pending", "2024-02-01");
    a.update(Action::OpenPicker);
    let Overlay::Picker(p) = &a.overlay() else {
        panic!("picker not open")
    };
    assert_eq!(p.matches.len(), 3);
    assert_eq!(
        p.matches[p.cursor.sel],
        MeetingId(1),
        "current meeting preselected"
    );
    for c in "jan".chars() {
        a.update(Action::InputChar(c));
    }
    let Overlay::Picker(p) = &a.overlay() else {
        panic!("picker not open")
    };
    assert_eq!(p.matches, [MeetingId(0)]);
    a.update(Action::Confirm);
    assert_eq!(*a.overlay(), Overlay::None);
    assert_eq!(current_date(&a), "2024-01-15");
    a.update(Action::OpenPicker);
    a.update(Action::InputChar('z'));
    a.update(Action::Close);
    assert_eq!(
        (current_date(&a).as_str(), a.overlay()),
        ("2024-01-15", &Overlay::None),
        "Esc changes nothing"
    );
}

#[test]
fn overlays_open_close_and_quit_is_an_effect() {
    let mut a = app("meetings", "2026-11-28");
    a.update(Action::OpenHelp);
    assert!(matches!(a.overlay(), Overlay::Help { .. }));
    a.update(Action::Down);
    assert_eq!(*a.overlay(), Overlay::Help { scroll: 1 });
    a.update(Action::Close);
    assert_eq!(*a.overlay(), Overlay::None);
    a.update(Action::OpenProblems);
    assert!(matches!(a.overlay(), Overlay::Problems { .. }));
    assert_eq!(a.update(Action::Quit), [Effect::Quit]);
}

#[test]
fn mouse_click_selects_and_focuses_wheel_scrolls() {
    let mut a = app("meetings", "2026-11-28");
    let areas = a.areas().expect("big enough");
    // Second row of the pending pane (inside the border).
    a.update(Action::Click {
        col: areas.pending.x + 5,
        row: areas.pending.y + 2,
    });
    assert_eq!((a.focus(), a.cursor(Pane::Pending).sel), (Pane::Pending, 1));
    a.update(Action::ScrollDown {
        col: areas.pending.x + 5,
        row: areas.pending.y + 2,
    });
    assert_eq!(a.cursor(Pane::Pending).sel, 4);
    a.update(Action::Click {
        col: areas.agenda.x + 3,
        row: areas.agenda.y + 2,
    });
    assert_eq!((a.focus(), a.cursor(Pane::Agenda).sel), (Pane::Agenda, 1));
    // A click below the last item selects nothing new.
    a.update(Action::Click {
        col: areas.agenda.x + 3,
        row: areas.agenda.y + 9,
    });
    assert_eq!(a.cursor(Pane::Agenda).sel, 1);
}

#[test]
fn selection_scrolls_to_follow_in_a_small_window() {
    let mut a = app("meetings", "2026-11-28");
    a.update(Action::Resize {
        width: 60,
        height: 16,
    });
    a.update(Action::FocusNext);
    a.update(Action::FocusNext);
    let rows = docket::tui::layout::inner(a.areas().expect("fits").pending).height as usize;
    assert!(
        rows < 7,
        "the pane must be smaller than the list for this test ({rows})"
    );
    a.update(Action::Bottom);
    assert_eq!(a.cursor(Pane::Pending).sel, 6);
    assert_eq!(a.cursor(Pane::Pending).offset, 7 - rows);
    a.update(Action::Top);
    assert_eq!(a.cursor(Pane::Pending).offset, 0);
}

#[test]
fn clock_ticks_are_injected() {
    let mut a = app("meetings", "2026-11-28");
    let later = NaiveDate::from_ymd_opt(2026, 11, 29)
        .and_then(|d| d.and_hms_opt(0, 1, 0))
        .expect("t");
    a.update(Action::Tick(later));
    assert_eq!((a.now(), a.today()), (later, later.date()));
}

#[test]
fn a_meeting_being_prepared_shows_its_agenda_lint() {
    let mut a = app("tests/fixtures/pending", "2024-03-01");
    assert_eq!(current_date(&a), "2024-03-11");
    assert!(!a.lint().is_empty(), "the overdue budget draft is flagged");
    a.update(Action::OpenLint);
    assert_eq!(*a.overlay(), Overlay::Lint { scroll: 0 });
    a.update(Action::Close);
    // A past meeting is not linted.
    let past = app("tests/fixtures/pending", "2025-01-01");
    assert!(past.lint().is_empty());
}

#[test]
fn a_paste_goes_into_the_picker_filter_as_one_line() {
    let mut a = app("meetings", "2026-11-28");
    a.update(Action::OpenPicker);
    a.update(Action::Paste("feb\r\n2020".into()));
    let Overlay::Picker(p) = &a.overlay() else {
        panic!("picker closed")
    };
    assert_eq!(p.filter.text(), "feb 2020");
    assert_eq!(p.matches.len(), 1);
}

/// The text typed into whichever input is open.
fn typed(a: &App) -> Option<String> {
    Some(match &a.overlay() {
        Overlay::Picker(p) => p.filter.text().to_string(),
        Overlay::Search(s) => s.field.text().to_string(),
        Overlay::Input(i) => i.text().to_string(),
        Overlay::Attendance(s) => s.adding.as_ref()?.text().to_string(),
        _ => return None,
    })
}

#[test]
fn every_text_input_takes_a_paste_cursor_moves_and_word_deletes() {
    let opens: [&[Action]; 4] = [
        &[Action::OpenPicker],
        &[Action::OpenSearch],
        &[Action::AddOutcome],
        &[Action::OpenAttendance, Action::AddName],
    ];
    for open in opens {
        let mut a = app("meetings", "2026-11-28");
        for o in open {
            a.update(o.clone());
        }
        a.update(Action::Paste("maart\nvuurwerk".into()));
        assert_eq!(typed(&a).as_deref(), Some("maart vuurwerk"), "{open:?}");
        a.update(Action::InputDeleteWord);
        assert_eq!(typed(&a).as_deref(), Some("maart "), "{open:?}");
        for _ in 0..3 {
            a.update(Action::CursorLeft);
        }
        a.update(Action::InputChar('x'));
        a.update(Action::InputDelete);
        assert_eq!(typed(&a).as_deref(), Some("maaxt "), "{open:?}");
    }
}
