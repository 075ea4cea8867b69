//! Preparing the agenda in the interface, through `App::update` with the writes performed
//! as the event loop performs them: every key of issue 11 changes the file as intended, the
//! selection follows the edited item, and `u` gives back the bytes.

use chrono::NaiveDate;
use docket::store::{self, Access, FolderLock};
use docket::tui::action::Action;
use docket::tui::app::{App, Overlay, Pane};
use docket::tui::theme::Theme;
use docket::tui::ui;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use std::fs;
use std::path::Path;

struct Fixture {
    dir: tempfile::TempDir,
    lock: FolderLock,
}

fn fixture() -> (Fixture, App) {
    let dir = tempfile::tempdir().expect("tmp");
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("meetings/lovp");
    for f in ["2020-02-10.toml", "2020-03-09.toml"] {
        fs::copy(src.join(f), dir.path().join(f)).expect("copy");
    }
    let Access::Write(lock) = FolderLock::acquire(dir.path()) else {
        panic!("lock")
    };
    let loaded = store::load_dir(dir.path()).expect("load");
    let now = NaiveDate::from_ymd_opt(2020, 3, 9)
        .and_then(|d| d.and_hms_opt(10, 32, 0))
        .expect("now");
    let mut app = App::new(loaded.library, loaded.problems, dir.path().into(), now);
    app.set_sources(&loaded.sources);
    app.update(Action::Resize {
        width: 120,
        height: 40,
    });
    (Fixture { dir, lock }, app)
}

/// Performs the writes (saves, parking) the way the event loop does.
fn run(app: &mut App, fx: &Fixture, action: Action) {
    let effects = app.update(action);
    docket::tui::shell::perform_writes(app, &fx.lock, effects);
}

fn typed(app: &mut App, fx: &Fixture, s: &str) {
    for c in s.chars() {
        run(app, fx, Action::InputChar(c));
    }
}

fn file(fx: &Fixture, name: &str) -> String {
    fs::read_to_string(fx.dir.path().join(name)).expect("read")
}

const MAR: &str = "2020-03-09.toml";
const FEB: &str = "2020-02-10.toml";

fn titles(app: &App) -> Vec<String> {
    let m = app.library().meeting(app.meeting().expect("meeting"));
    m.items.iter().map(|i| i.title.clone()).collect()
}

fn selected_title(app: &App) -> String {
    let (id, i) = app.selected_item().expect("selection");
    app.library().meeting(id).items[i].title.clone()
}

fn status(app: &App) -> String {
    app.status()
        .as_ref()
        .map(|s| s.text.clone())
        .unwrap_or_default()
}

fn screen(app: &App) -> String {
    let mut t =
        Terminal::new(TestBackend::new(app.size().width, app.size().height)).expect("backend");
    t.draw(|f| ui::render(app, &Theme::builtin(), f))
        .expect("draw");
    let buf = t.backend().buffer().clone();
    let mut out = String::new();
    for y in 0..buf.area.height {
        for x in 0..buf.area.width {
            out.push_str(buf[(x, y)].symbol());
        }
        out.push('\n');
    }
    out
}

#[test]
fn n_adds_an_item_below_with_topic_completion_and_u_takes_it_back() {
    let (fx, mut app) = fixture();
    let before = file(&fx, MAR);
    run(&mut app, &fx, Action::NewItem);
    assert!(matches!(app.overlay(), Overlay::Form(_)));
    typed(&mut app, &fx, "Jaarwisseling 2020");
    run(&mut app, &fx, Action::FocusNext);
    typed(&mut app, &fx, "vuur");
    let shown = screen(&app);
    assert!(
        shown.contains("vuurwerk — Jaarwisseling · used 2020-02-10"),
        "{shown}"
    );
    run(&mut app, &fx, Action::FocusNext); // completes
    run(&mut app, &fx, Action::FocusNext); // minutes
    typed(&mut app, &fx, "15");
    run(&mut app, &fx, Action::Confirm);
    assert_eq!(*app.overlay(), Overlay::None);
    let after = file(&fx, MAR);
    assert!(
        after.contains("topic = \"inzetbaarheid\"\n\n[[item]]\ntitle = \"Jaarwisseling 2020\"\ntopic = \"vuurwerk\"\nminutes = 15\n\n[[item]]"),
        "{after}"
    );
    assert_eq!(
        selected_title(&app),
        "Jaarwisseling 2020",
        "selection on the new item"
    );
    assert!(!app.outcome_list().is_empty(), "its topic's history shows");
    run(&mut app, &fx, Action::Undo);
    assert_eq!(file(&fx, MAR), before);
    assert_eq!(titles(&app).len(), 2);
}

#[test]
fn esc_in_the_form_writes_nothing_and_a_title_is_required() {
    let (fx, mut app) = fixture();
    let before = file(&fx, MAR);
    run(&mut app, &fx, Action::NewItem);
    run(&mut app, &fx, Action::Confirm);
    let Overlay::Form(form) = &app.overlay() else {
        panic!("form stays open")
    };
    assert_eq!(form.error.as_deref(), Some("an item needs a title"));
    typed(&mut app, &fx, "Iets");
    run(&mut app, &fx, Action::Close);
    assert_eq!(*app.overlay(), Overlay::None);
    assert_eq!(file(&fx, MAR), before);
}

#[test]
fn i_edits_the_item_and_keeps_its_history_linked() {
    let (fx, mut app) = fixture();
    run(&mut app, &fx, Action::Down);
    run(&mut app, &fx, Action::EditSelected);
    run(&mut app, &fx, Action::InputClear);
    typed(&mut app, &fx, "Ondermijning");
    for _ in 0..3 {
        run(&mut app, &fx, Action::FocusNext);
    }
    typed(&mut app, &fx, "Minister");
    run(&mut app, &fx, Action::Confirm);
    let after = file(&fx, MAR);
    assert!(
        after.contains(
            "title = \"Ondermijning\"\ntopic = \"ondermijning\"\npresenter = \"Minister\"\n"
        ),
        "{after}"
    );
    assert_eq!(selected_title(&app), "Ondermijning");
}

#[test]
fn k_and_j_move_the_item_and_the_selection_follows_it() {
    let (fx, mut app) = fixture();
    let before = file(&fx, MAR);
    run(&mut app, &fx, Action::MoveItemUp);
    assert!(status(&app).contains("already the first"));
    run(&mut app, &fx, Action::MoveItemDown);
    assert_eq!(
        titles(&app),
        [
            "Ondermijning en de plannen richting de Voorjaarsnota",
            "Inzetbaarheid van politie: rapport Algemene Rekenkamer"
        ]
    );
    assert_eq!(
        app.cursor(Pane::Agenda).sel,
        1,
        "the moved item stays selected"
    );
    run(&mut app, &fx, Action::MoveItemUp);
    assert_eq!(file(&fx, MAR), before, "moved back: the same bytes");
    run(&mut app, &fx, Action::Undo);
    run(&mut app, &fx, Action::Undo);
    assert_eq!(file(&fx, MAR), before);
}

#[test]
fn d_asks_first_y_deletes_and_u_brings_it_back_byte_for_byte() {
    let (fx, mut app) = fixture();
    let before = file(&fx, MAR);
    run(&mut app, &fx, Action::Delete);
    assert!(screen(&app).contains("Delete item “Inzetbaarheid"));
    run(&mut app, &fx, Action::Down); // any other key: no
    assert_eq!(file(&fx, MAR), before);
    assert!(status(&app).contains("nothing deleted"));
    run(&mut app, &fx, Action::Delete);
    run(&mut app, &fx, Action::Yes);
    assert_eq!(titles(&app).len(), 1);
    assert!(!file(&fx, MAR).contains("Inzetbaarheid"));
    run(&mut app, &fx, Action::Undo);
    assert_eq!(file(&fx, MAR), before);
    assert_eq!(
        selected_title(&app),
        "Inzetbaarheid van politie: rapport Algemene Rekenkamer"
    );
}

#[test]
fn s_toggles_standing_and_read_only_refuses_with_the_reason() {
    let (fx, mut app) = fixture();
    let before = file(&fx, MAR);
    run(&mut app, &fx, Action::ToggleStanding);
    assert!(file(&fx, MAR).contains("topic = \"inzetbaarheid\"\nstanding = true\n"));
    let shown = screen(&app);
    assert!(
        shown.contains("Inzetbaarheid van politie: rappor… ↻"),
        "{shown}"
    );
    assert!(shown.contains(" · standing"), "{shown}");
    run(&mut app, &fx, Action::ToggleStanding);
    assert_eq!(file(&fx, MAR), before);
    app.set_read_only(Some("another docket writes this folder".into()));
    for a in [
        Action::NewItem,
        Action::Delete,
        Action::MoveItemDown,
        Action::ToggleStanding,
    ] {
        run(&mut app, &fx, a);
        assert_eq!(status(&app), "another docket writes this folder");
        assert_eq!(*app.overlay(), Overlay::None);
    }
    assert_eq!(file(&fx, MAR), before);
}

#[test]
fn space_marks_discussed_and_moves_on() {
    let (fx, mut app) = fixture();
    run(&mut app, &fx, Action::ToggleDiscussed);
    assert_eq!(app.cursor(Pane::Agenda).sel, 1);
    let m = app.library().meeting(app.meeting().expect("m"));
    assert!(m.items[0].discussed.is_some() && m.items[1].discussed.is_none());
    // Un-marking stays put.
    run(&mut app, &fx, Action::Up);
    run(&mut app, &fx, Action::ToggleDiscussed);
    assert_eq!(app.cursor(Pane::Agenda).sel, 0);
}

#[test]
fn x_in_the_agenda_closes_the_action_pending_on_the_items_topic() {
    let (fx, mut app) = fixture();
    let before = file(&fx, FEB);
    run(&mut app, &fx, Action::ToggleDone);
    assert!(
        file(&fx, FEB).contains("due = \"next\"   # \"in het volgende LOVP\"\ndone = 2020-03-09\n"),
        "{}",
        status(&app)
    );
    run(&mut app, &fx, Action::Undo);
    assert_eq!(file(&fx, FEB), before);
    // X closes it as dropped.
    run(&mut app, &fx, Action::CloseDropped);
    assert!(file(&fx, FEB).contains("done = 2020-03-09\ndropped = true\n"));
}

#[test]
fn marked_pending_actions_close_together_in_one_undoable_write() {
    let (fx, mut app) = fixture();
    let before = file(&fx, FEB);
    app.update(Action::FocusNext);
    app.update(Action::FocusNext);
    assert_eq!(app.focus(), Pane::Pending);
    run(&mut app, &fx, Action::ToggleDiscussed);
    run(&mut app, &fx, Action::ToggleDiscussed);
    assert_eq!(app.marked().len(), 2);
    assert!(status(&app).contains("2 marked"));
    run(&mut app, &fx, Action::ToggleDone);
    let after = file(&fx, FEB);
    assert_eq!(after.matches("done = 2020-03-09").count(), 2, "{after}");
    assert!(app.marked().is_empty());
    assert!(status(&app).contains("close 2 actions"), "{}", status(&app));
    run(&mut app, &fx, Action::Undo);
    assert_eq!(file(&fx, FEB), before);
}

#[test]
fn i_and_d_on_a_pending_action_and_an_earlier_outcome() {
    let (fx, mut app) = fixture();
    let before = file(&fx, FEB);
    app.update(Action::FocusNext);
    app.update(Action::FocusNext);
    run(&mut app, &fx, Action::EditSelected);
    assert!(screen(&app).contains("Edit action"));
    run(&mut app, &fx, Action::FocusNext);
    typed(&mut app, &fx, "Korpschef");
    run(&mut app, &fx, Action::FocusNext);
    run(&mut app, &fx, Action::InputClear);
    typed(&mut app, &fx, "2020-06");
    run(&mut app, &fx, Action::Confirm);
    let after = file(&fx, FEB);
    assert!(
        after.contains("text = \"Rapport Algemene Rekenkamer over inzetbaarheid bij de politie bespreken\"\ndue = \"2020-06\"   # \"in het volgende LOVP\"\nowner = \"Korpschef\"\n"),
        "{after}"
    );
    run(&mut app, &fx, Action::Undo);
    assert_eq!(file(&fx, FEB), before);
    // The previous-outcomes pane: delete the earlier outcome, then bring it back.
    app.update(Action::FocusPrev);
    assert_eq!(app.focus(), Pane::Outcomes);
    run(&mut app, &fx, Action::Delete);
    run(&mut app, &fx, Action::Yes);
    assert!(!file(&fx, FEB).contains("wordt besproken in het volgende LOVP"));
    run(&mut app, &fx, Action::Undo);
    assert_eq!(file(&fx, FEB), before);
}

#[test]
fn the_form_and_the_question_on_screen() {
    let (fx, mut app) = fixture();
    app.update(Action::Resize {
        width: 90,
        height: 24,
    });
    run(&mut app, &fx, Action::NewItem);
    typed(&mut app, &fx, "Rondvraag");
    run(&mut app, &fx, Action::FocusNext);
    typed(&mut app, &fx, "o");
    insta::assert_snapshot!("form_new_item_topic_suggestions", screen(&app));
    run(&mut app, &fx, Action::Close);
    run(&mut app, &fx, Action::Delete);
    insta::assert_snapshot!("question_delete_item", screen(&app));
}

#[test]
fn parking_without_a_next_meeting_keeps_the_item_for_the_series_and_u_undoes_both() {
    let (fx, mut app) = fixture();
    let parked = fx.dir.path().join(".parked-lovp.toml");
    app.set_space_moves_on(false);
    run(&mut app, &fx, Action::ToggleDiscussed);
    let mar_now = file(&fx, MAR);
    run(&mut app, &fx, Action::Park);
    assert!(
        status(&app).contains("has a record here"),
        "{}",
        status(&app)
    );
    assert_eq!(file(&fx, MAR), mar_now);
    // Item 2 has no record: it goes.
    app.update(Action::Bottom);
    run(&mut app, &fx, Action::Park);
    assert!(
        status(&app).starts_with("parked “Ondermijning"),
        "{}",
        status(&app)
    );
    assert_eq!(titles(&app).len(), 1);
    let kept = fs::read_to_string(&parked).expect("parked file");
    assert!(kept.contains("title = \"Parked items\"\nseries = \"lovp\"\ndate = 2020-03-09\n\n[[item]]\n# \"Over ondermijning"), "{kept}");
    assert_eq!(app.library().len(), 2, "the parked file is not a meeting");
    run(&mut app, &fx, Action::Undo);
    assert_eq!(
        file(&fx, MAR),
        mar_now,
        "back in this meeting, byte for byte"
    );
    run(&mut app, &fx, Action::Undo);
    let emptied = fs::read_to_string(&parked).expect("parked file");
    assert!(!emptied.contains("[[item]]"), "{emptied}");
}

#[test]
fn parking_into_the_next_meeting_puts_the_item_before_its_closing_standing_items() {
    let (fx, mut app) = fixture();
    // Give March a closing standing item, then prepare an extra item in February.
    let mar_path = fx.dir.path().join(MAR);
    let with_close = format!(
        "{}\n[[item]]\ntitle = \"Rondvraag\"\nstanding = true\n",
        file(&fx, MAR)
    );
    fs::write(&mar_path, &with_close).expect("write");
    let loaded = store::load_dir(fx.dir.path()).expect("load");
    app.reload(loaded);
    run(&mut app, &fx, Action::PrevMeeting);
    run(&mut app, &fx, Action::NewItem);
    typed(&mut app, &fx, "Later bespreken");
    run(&mut app, &fx, Action::Confirm);
    let feb_with = file(&fx, FEB);
    run(&mut app, &fx, Action::Park);
    assert!(
        status(&app).contains("in the meeting of 2020-03-09"),
        "{}",
        status(&app)
    );
    let mar = file(&fx, MAR);
    assert!(
        mar.contains("[[item]]\ntitle = \"Later bespreken\"\n\n[[item]]\ntitle = \"Rondvraag\""),
        "{mar}"
    );
    assert!(!file(&fx, FEB).contains("Later bespreken"));
    run(&mut app, &fx, Action::Undo);
    run(&mut app, &fx, Action::Undo);
    assert_eq!(file(&fx, FEB), feb_with);
    assert_eq!(file(&fx, MAR), with_close);
}

#[test]
fn the_details_chooser_acts_by_identity_and_refuses_what_is_gone() {
    let (fx, mut app) = fixture();
    run(&mut app, &fx, Action::PrevMeeting);
    run(&mut app, &fx, Action::Down);
    assert_eq!(selected_title(&app), "Inzetbaarheid van politie");
    app.update(Action::FocusPrev);
    assert_eq!(app.focus(), Pane::Details);
    app.update(Action::Resize {
        width: 100,
        height: 24,
    });
    run(&mut app, &fx, Action::EditSelected);
    assert!(matches!(app.overlay(), Overlay::Choose(_)));
    insta::assert_snapshot!("chooser_edit_in_details", screen(&app));
    run(&mut app, &fx, Action::Down);
    // The action goes from the file while the chooser is open.
    let feb = file(&fx, FEB);
    let without = feb.replace(
        "text = \"Rapport Algemene Rekenkamer over inzetbaarheid bij de politie bespreken\"",
        "text = \"Iets anders\"",
    );
    fs::write(fx.dir.path().join(FEB), &without).expect("outside edit");
    app.reload(store::load_dir(fx.dir.path()).expect("load"));
    run(&mut app, &fx, Action::Confirm);
    assert!(
        status(&app).contains("is no longer there"),
        "{}",
        status(&app)
    );
    assert_eq!(*app.overlay(), Overlay::None);
    assert_eq!(file(&fx, FEB), without, "nothing written");
    // i in the details of an item without record edits the item itself.
    run(&mut app, &fx, Action::NextMeeting);
    run(&mut app, &fx, Action::NewItem);
    typed(&mut app, &fx, "Nieuw");
    run(&mut app, &fx, Action::Confirm);
    assert_eq!(selected_title(&app), "Nieuw");
    app.set_focus(Pane::Details);
    run(&mut app, &fx, Action::EditSelected);
    assert!(screen(&app).contains("Edit agenda item"));
}

#[test]
fn the_file_changing_while_the_form_is_open_keeps_what_was_typed_and_the_other_change() {
    let (fx, mut app) = fixture();
    run(&mut app, &fx, Action::NewItem);
    typed(&mut app, &fx, "Abc");
    let outside = format!("{}# added elsewhere\n", file(&fx, MAR));
    fs::write(fx.dir.path().join(MAR), &outside).expect("outside edit");
    app.reload(store::load_dir(fx.dir.path()).expect("load"));
    typed(&mut app, &fx, "d");
    run(&mut app, &fx, Action::Confirm);
    let after = file(&fx, MAR);
    assert!(after.contains("[[item]]\ntitle = \"Abcd\"\n"), "{after}");
    assert!(after.ends_with("# added elsewhere\n"), "{after}");
    assert!(
        status(&app).starts_with("saved: add item “Abcd”"),
        "{}",
        status(&app)
    );
}

#[test]
fn marks_and_dropped_actions_show_on_screen() {
    let (fx, mut app) = fixture();
    app.update(Action::FocusNext);
    app.update(Action::FocusNext);
    run(&mut app, &fx, Action::ToggleDiscussed);
    let shown = screen(&app);
    assert!(shown.contains("● due     next"), "{shown}");
    run(&mut app, &fx, Action::Up);
    run(&mut app, &fx, Action::CloseDropped);
    let shown = screen(&app);
    assert!(shown.contains("✓ dropped Rapport Algemene"), "{shown}");
    assert!(
        app.marked().is_empty(),
        "closing the marked ones clears the marks"
    );
}

#[test]
fn hostile_text_in_the_form_is_stored_clean_and_quoted() {
    let (fx, mut app) = fixture();
    run(&mut app, &fx, Action::NewItem);
    run(
        &mut app,
        &fx,
        Action::Paste("Evil\u{202e} \u{1b}[31m\"quote\" \\ back\nslash\u{200b}".into()),
    );
    run(&mut app, &fx, Action::Confirm);
    let after = file(&fx, MAR);
    assert!(
        after.contains("title = \"Evil [31m\\\"quote\\\" \\\\ back slash\"\n"),
        "{after}"
    );
    let shown = screen(&app);
    assert!(
        shown
            .lines()
            .all(|l| !l.chars().any(docket::sanitize::is_unsafe)),
        "{shown}"
    );
}

#[test]
fn the_action_form_on_screen_with_owner_completion() {
    let (fx, mut app) = fixture();
    app.update(Action::Resize {
        width: 90,
        height: 24,
    });
    app.update(Action::FocusNext);
    app.update(Action::FocusNext);
    run(&mut app, &fx, Action::EditSelected);
    run(&mut app, &fx, Action::FocusNext);
    typed(&mut app, &fx, "e");
    insta::assert_snapshot!("form_edit_action_owner_suggestions", screen(&app));
    run(&mut app, &fx, Action::FocusNext);
    let Overlay::Form(form) = &app.overlay() else {
        panic!("form")
    };
    assert_eq!(form.focused().value.text(), "Eenheidschefs");
}
