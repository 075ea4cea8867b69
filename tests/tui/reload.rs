//! Reloads while the person works: the selection follows the thing chosen (by identity,
//! never by place), an unreadable open meeting stays open and refuses writes, and what was
//! typed in a capture or the search survives. The effects are performed as the event loop
//! performs them; outside changes are taken in as the loop does (`store::reread`).

use crate::support::app::{Writable, at};
use docket::store::{self};
use docket::tui::action::Action;
use docket::tui::app::{App, Effect, Overlay, Pane};
use std::fs;
use std::path::{Path, PathBuf};

const OLD: &str = "2020-02-10.toml";
const NEW: &str = "2020-03-09.toml";

/// A colleague's edit, then what the watcher and the loop do with it.
fn outside(fx: &Writable, app: &mut App, name: &str, text: &str) -> Vec<Effect> {
    fs::write(fx.path(name), text).expect("write");
    app.take_changes(vec![store::reread(&fx.path(name))]).0
}

fn fixture() -> (Writable, App) {
    let fx = Writable::copy("meetings/lovp", &[OLD, NEW]);
    let app = fx.app(at("2020-03-09", "10:32"), (120, 40));
    (fx, app)
}

fn selected_title(app: &App) -> Option<String> {
    let (id, i) = app.selected_item()?;
    Some(app.library().meeting(id).items[i].title.clone())
}

fn open_path(app: &App) -> PathBuf {
    app.library()
        .meeting(app.meeting().expect("a meeting"))
        .path
        .clone()
}

const INSERTED: &str = "\n[[item]]\ntitle = \"Ingevoegd door een collega\"\n";

/// Puts an item above the first one of the file.
fn insert_first_item(text: &str) -> String {
    text.replacen("\n[[item]]\n", &format!("{INSERTED}\n[[item]]\n"), 1)
}

#[test]
fn an_item_inserted_above_does_not_move_the_selection_and_space_marks_the_chosen_item() {
    let (fx, mut app) = fixture();
    app.update(Action::Down);
    assert_eq!(
        selected_title(&app).as_deref(),
        Some("Ondermijning en de plannen richting de Voorjaarsnota")
    );
    outside(&fx, &mut app, NEW, &insert_first_item(&fx.read(NEW)));
    assert_eq!(
        app.cursor(Pane::Agenda).sel,
        2,
        "the item moved down one place"
    );
    assert_eq!(
        selected_title(&app).as_deref(),
        Some("Ondermijning en de plannen richting de Voorjaarsnota")
    );
    fx.run(&mut app, Action::ToggleDiscussed);
    let text = fx.read(NEW);
    let marked = text
        .find("discussed = 2020-03-09T10:32:00")
        .expect("marked");
    assert!(marked > text.find("topic = \"ondermijning\"").expect("topic"));
    assert_eq!(text.matches("discussed =").count(), 1);
}

#[test]
fn a_removed_selected_item_selects_nothing_and_says_so() {
    let (fx, mut app) = fixture();
    app.update(Action::Down);
    let text = fx.read(NEW);
    let cut = text.rfind("\n[[item]]\n").expect("second item");
    let before = format!("{}\n", &text[..cut]);
    outside(&fx, &mut app, NEW, &before);
    assert_eq!(app.selected_item(), None, "never a neighbour");
    let status = app.status().cloned().expect("status");
    assert!(
        status.error && status.text.contains("is gone"),
        "{status:?}"
    );
    assert!(app.update(Action::ToggleDiscussed).is_empty());
    assert!(app.update(Action::AddOutcome).is_empty());
    assert_eq!(fx.read(NEW), before);
    // Moving selects again, from where the cursor stood.
    app.update(Action::Down);
    assert_eq!(
        selected_title(&app).as_deref(),
        Some("Inzetbaarheid van politie: rapport Algemene Rekenkamer")
    );
}

#[test]
fn x_closes_the_chosen_pending_action_after_an_action_is_inserted_above_it() {
    let (fx, mut app) = fixture();
    app.set_focus(Pane::Pending);
    app.update(Action::Down);
    let chosen = {
        let p = app.pending_list()[app.cursor(Pane::Pending).sel];
        app.library().action(&p).text.clone()
    };
    // A new action with a due point at this meeting, on the first item of the older file:
    // it sorts before the chosen one in the pending list.
    let old = fx.read(OLD);
    let first_action = old.find("[[item.action]]").expect("an action");
    let new = format!(
        "{}[[item.action]]\ntext = \"Eerder genoteerd\"\ndue = 2020-03-01\n\n{}",
        &old[..first_action],
        &old[first_action..]
    );
    outside(&fx, &mut app, OLD, &new);
    let p = app.pending_list()[app
        .cursor(Pane::Pending)
        .selected()
        .expect("still selected")];
    assert_eq!(app.library().action(&p).text, chosen);
    fx.run(&mut app, Action::ToggleDone);
    let text = fx.read(OLD);
    let at = text.find(&format!("text = \"{chosen}\"")).expect("chosen");
    let done = text.find("done = 2020-03-09").expect("closed");
    assert!(done > at, "the done line follows the chosen action");
    assert_eq!(text.matches("done = ").count(), 1);
}

#[test]
fn an_unreadable_open_meeting_stays_open_refuses_writes_and_comes_back() {
    let (fx, mut app) = fixture();
    let good = fx.read(NEW);
    let old_before = fx.read(OLD);
    let conflict = good.replacen(
        "\n[[item]]\n",
        "\n<<<<<<< HEAD\n[[item]]\n=======\n>>>>>>> theirs\n[[item]]\n",
        1,
    );
    outside(&fx, &mut app, NEW, &conflict);
    assert_eq!(
        open_path(&app),
        fx.path(NEW),
        "still the meeting the person chose"
    );
    let why = app.unreadable().cloned().expect("shown as unreadable");
    assert!(why.line > 1, "with its place: {why}");
    for a in [Action::ToggleDiscussed, Action::AddOutcome] {
        assert!(app.update(a).is_empty());
        let status = app.status().cloned().expect("refused");
        assert!(
            status.error && status.text.contains("unreadable"),
            "{status:?}"
        );
    }
    assert_eq!(fx.read(OLD), old_before);
    assert_eq!(fx.read(NEW), conflict);
    outside(&fx, &mut app, NEW, &good);
    assert_eq!(app.unreadable(), None);
    assert_eq!(open_path(&app), fx.path(NEW));
    fx.run(&mut app, Action::ToggleDiscussed);
    assert!(fx.read(NEW).contains("discussed = 2020-03-09T10:32:00"));
    assert_eq!(fx.read(OLD), old_before);
}

#[test]
fn a_deleted_and_recreated_open_meeting_stays_open() {
    let (fx, mut app) = fixture();
    let good = fx.read(NEW);
    fs::remove_file(fx.path(NEW)).expect("rm");
    app.take_changes(vec![store::reread(&fx.path(NEW))]);
    assert_eq!(open_path(&app), fx.path(NEW));
    assert!(app.unreadable().is_some());
    assert!(app.update(Action::ToggleDiscussed).is_empty());
    outside(&fx, &mut app, NEW, &good);
    assert_eq!(app.unreadable(), None);
    assert_eq!(open_path(&app), fx.path(NEW));
}

#[test]
fn a_capture_survives_a_reload_and_lands_on_its_item() {
    let (fx, mut app) = fixture();
    app.update(Action::Down);
    app.update(Action::AddOutcome);
    for c in "Besloten".chars() {
        app.update(Action::InputChar(c));
    }
    outside(&fx, &mut app, NEW, &insert_first_item(&fx.read(NEW)));
    outside(
        &fx,
        &mut app,
        OLD,
        &format!("{}# elders bewerkt\n", fx.read(OLD)),
    );
    let Overlay::Input(input) = &app.overlay() else {
        panic!("the capture was closed: {:?}", app.overlay())
    };
    assert_eq!(input.text(), "Besloten");
    fx.run(&mut app, Action::Confirm);
    let text = fx.read(NEW);
    let outcome = text.find("text = \"Besloten\"").expect("saved");
    assert!(outcome > text.find("topic = \"ondermijning\"").expect("topic"));
}

#[test]
fn the_search_survives_a_reload_and_runs_again() {
    let (fx, mut app) = fixture();
    app.update(Action::OpenSearch);
    for c in "vuurwerk".chars() {
        app.update(Action::InputChar(c));
    }
    let effects = outside(
        &fx,
        &mut app,
        OLD,
        &format!("{}# elders bewerkt\n", fx.read(OLD)),
    );
    let Overlay::Search(s) = &app.overlay() else {
        panic!("the search was closed")
    };
    assert_eq!(s.field.text(), "vuurwerk");
    assert!(matches!(effects.as_slice(), [Effect::Search(job)] if job.generation == s.generation));
}

#[test]
fn its_own_save_is_not_taken_for_an_outside_change() {
    let (fx, mut app) = fixture();
    fx.run(&mut app, Action::ToggleDiscussed);
    let (_, changed) = app.take_changes(vec![store::reread(&fx.path(NEW))]);
    assert!(!changed, "docket's own write must not reload");
}

#[test]
fn undo_refuses_when_someone_changed_the_target_since() {
    let (fx, mut app) = fixture();
    fx.run(&mut app, Action::ToggleDiscussed);
    // A colleague corrects the time of the mark.
    let retimed = fx.read(NEW).replace(
        "discussed = 2020-03-09T10:32:00",
        "discussed = 2020-03-09T10:40:00",
    );
    outside(&fx, &mut app, NEW, &retimed);
    fx.run(&mut app, Action::Undo);
    let status = app.status().cloned().expect("status");
    assert!(
        status.error && status.text.contains("changed by someone else"),
        "{status:?}"
    );
    assert_eq!(fx.read(NEW), retimed, "their change stays");
    // An unrelated change elsewhere in the file does not block the undo.
    let (fx, mut app) = fixture();
    fx.run(&mut app, Action::ToggleDiscussed);
    let before_mark = fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("meetings/lovp")
            .join(NEW),
    )
    .expect("read");
    let other = format!("{}# een opmerking\n", fx.read(NEW));
    outside(&fx, &mut app, NEW, &other);
    fx.run(&mut app, Action::Undo);
    assert_eq!(fx.read(NEW), format!("{before_mark}# een opmerking\n"));
}
