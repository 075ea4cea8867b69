//! Preparing the agenda in the interface, through `App::update` with the writes performed
//! as the event loop performs them: every key of issue 11 changes the file as intended, the
//! selection follows the edited item, and `u` gives back the bytes.

use crate::support::app::{Writable, at, screen_rows};
use docket::store::{self};
use docket::tui::action::Action;
use docket::tui::app::{App, Overlay, Pane};
use std::fs;

fn fixture() -> (Writable, App) {
    let fx = Writable::copy("meetings/lovp", &["2020-02-10.toml", "2020-03-09.toml"]);
    let app = fx.app(at("2020-03-09", "10:32"), (120, 40));
    (fx, app)
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

#[test]
fn n_adds_an_item_below_with_topic_completion_and_u_takes_it_back() {
    let (fx, mut app) = fixture();
    let before = fx.read(MAR);
    fx.run(&mut app, Action::NewItem);
    assert!(matches!(app.overlay(), Overlay::Form(_)));
    fx.typed(&mut app, "Jaarwisseling 2020");
    fx.run(&mut app, Action::FocusNext);
    fx.typed(&mut app, "vuur");
    let shown = screen_rows(&app);
    assert!(
        shown.contains("vuurwerk — Jaarwisseling · used 2020-02-10"),
        "{shown}"
    );
    fx.run(&mut app, Action::FocusNext); // completes
    fx.run(&mut app, Action::FocusNext); // minutes
    fx.typed(&mut app, "15");
    fx.run(&mut app, Action::Confirm);
    assert_eq!(*app.overlay(), Overlay::None);
    let after = fx.read(MAR);
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
    fx.run(&mut app, Action::Undo);
    assert_eq!(fx.read(MAR), before);
    assert_eq!(titles(&app).len(), 2);
}

#[test]
fn esc_in_the_form_writes_nothing_and_a_title_is_required() {
    let (fx, mut app) = fixture();
    let before = fx.read(MAR);
    fx.run(&mut app, Action::NewItem);
    fx.run(&mut app, Action::Confirm);
    let Overlay::Form(form) = &app.overlay() else {
        panic!("form stays open")
    };
    assert_eq!(form.error.as_deref(), Some("an item needs a title"));
    fx.typed(&mut app, "Iets");
    fx.run(&mut app, Action::Close);
    assert_eq!(*app.overlay(), Overlay::None);
    assert_eq!(fx.read(MAR), before);
}

#[test]
fn i_edits_the_item_and_keeps_its_history_linked() {
    let (fx, mut app) = fixture();
    fx.run(&mut app, Action::Down);
    fx.run(&mut app, Action::EditSelected);
    fx.run(&mut app, Action::InputClear);
    fx.typed(&mut app, "Ondermijning");
    for _ in 0..3 {
        fx.run(&mut app, Action::FocusNext);
    }
    fx.typed(&mut app, "Minister");
    fx.run(&mut app, Action::Confirm);
    let after = fx.read(MAR);
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
    let before = fx.read(MAR);
    fx.run(&mut app, Action::MoveItemUp);
    assert!(status(&app).contains("already the first"));
    fx.run(&mut app, Action::MoveItemDown);
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
    fx.run(&mut app, Action::MoveItemUp);
    assert_eq!(fx.read(MAR), before, "moved back: the same bytes");
    fx.run(&mut app, Action::Undo);
    fx.run(&mut app, Action::Undo);
    assert_eq!(fx.read(MAR), before);
}

#[test]
fn d_asks_first_y_deletes_and_u_brings_it_back_byte_for_byte() {
    let (fx, mut app) = fixture();
    let before = fx.read(MAR);
    fx.run(&mut app, Action::Delete);
    assert!(screen_rows(&app).contains("Delete item “Inzetbaarheid"));
    fx.run(&mut app, Action::Down); // any other key: no
    assert_eq!(fx.read(MAR), before);
    assert!(status(&app).contains("nothing deleted"));
    fx.run(&mut app, Action::Delete);
    fx.run(&mut app, Action::Yes);
    assert_eq!(titles(&app).len(), 1);
    assert!(!fx.read(MAR).contains("Inzetbaarheid"));
    fx.run(&mut app, Action::Undo);
    assert_eq!(fx.read(MAR), before);
    assert_eq!(
        selected_title(&app),
        "Inzetbaarheid van politie: rapport Algemene Rekenkamer"
    );
}

#[test]
fn s_toggles_standing_and_read_only_refuses_with_the_reason() {
    let (fx, mut app) = fixture();
    let before = fx.read(MAR);
    fx.run(&mut app, Action::ToggleStanding);
    assert!(
        fx.read(MAR)
            .contains("topic = \"inzetbaarheid\"\nstanding = true\n")
    );
    let shown = screen_rows(&app);
    assert!(
        shown.contains("Inzetbaarheid van politie: rappor… ↻"),
        "{shown}"
    );
    assert!(shown.contains(" · standing"), "{shown}");
    fx.run(&mut app, Action::ToggleStanding);
    assert_eq!(fx.read(MAR), before);
    app.set_read_only(Some("another docket writes this folder".into()));
    for a in [
        Action::NewItem,
        Action::Delete,
        Action::MoveItemDown,
        Action::ToggleStanding,
    ] {
        fx.run(&mut app, a);
        assert_eq!(status(&app), "another docket writes this folder");
        assert_eq!(*app.overlay(), Overlay::None);
    }
    assert_eq!(fx.read(MAR), before);
}

#[test]
fn space_marks_discussed_and_moves_on() {
    let (fx, mut app) = fixture();
    fx.run(&mut app, Action::ToggleDiscussed);
    assert_eq!(app.cursor(Pane::Agenda).sel, 1);
    let m = app.library().meeting(app.meeting().expect("m"));
    assert!(m.items[0].discussed.is_some() && m.items[1].discussed.is_none());
    // Un-marking stays put.
    fx.run(&mut app, Action::Up);
    fx.run(&mut app, Action::ToggleDiscussed);
    assert_eq!(app.cursor(Pane::Agenda).sel, 0);
}

#[test]
fn x_in_the_agenda_closes_the_action_pending_on_the_items_topic() {
    let (fx, mut app) = fixture();
    let before = fx.read(FEB);
    fx.run(&mut app, Action::ToggleDone);
    assert!(
        fx.read(FEB)
            .contains("due = \"next\"   # \"in het volgende LOVP\"\ndone = 2020-03-09\n"),
        "{}",
        status(&app)
    );
    fx.run(&mut app, Action::Undo);
    assert_eq!(fx.read(FEB), before);
    // X closes it as dropped.
    fx.run(&mut app, Action::CloseDropped);
    assert!(fx.read(FEB).contains("done = 2020-03-09\ndropped = true\n"));
}

#[test]
fn marked_pending_actions_close_together_in_one_undoable_write() {
    let (fx, mut app) = fixture();
    let before = fx.read(FEB);
    app.update(Action::FocusNext);
    app.update(Action::FocusNext);
    assert_eq!(app.focus(), Pane::Pending);
    fx.run(&mut app, Action::ToggleDiscussed);
    fx.run(&mut app, Action::ToggleDiscussed);
    assert_eq!(app.marked().len(), 2);
    assert!(status(&app).contains("2 marked"));
    fx.run(&mut app, Action::ToggleDone);
    let after = fx.read(FEB);
    assert_eq!(after.matches("done = 2020-03-09").count(), 2, "{after}");
    assert!(app.marked().is_empty());
    assert!(status(&app).contains("close 2 actions"), "{}", status(&app));
    fx.run(&mut app, Action::Undo);
    assert_eq!(fx.read(FEB), before);
}

#[test]
fn i_and_d_on_a_pending_action_and_an_earlier_outcome() {
    let (fx, mut app) = fixture();
    let before = fx.read(FEB);
    app.update(Action::FocusNext);
    app.update(Action::FocusNext);
    fx.run(&mut app, Action::EditSelected);
    assert!(screen_rows(&app).contains("Edit action"));
    fx.run(&mut app, Action::FocusNext);
    fx.typed(&mut app, "Korpschef");
    fx.run(&mut app, Action::FocusNext);
    fx.run(&mut app, Action::InputClear);
    fx.typed(&mut app, "2020-06");
    fx.run(&mut app, Action::Confirm);
    let after = fx.read(FEB);
    assert!(
        after.contains("text = \"Rapport Algemene Rekenkamer over inzetbaarheid bij de politie bespreken\"\ndue = \"2020-06\"   # \"in het volgende LOVP\"\nowner = \"Korpschef\"\n"),
        "{after}"
    );
    fx.run(&mut app, Action::Undo);
    assert_eq!(fx.read(FEB), before);
    // The previous-outcomes pane: delete the earlier outcome, then bring it back.
    app.update(Action::FocusPrev);
    assert_eq!(app.focus(), Pane::Outcomes);
    fx.run(&mut app, Action::Delete);
    fx.run(&mut app, Action::Yes);
    assert!(
        !fx.read(FEB)
            .contains("wordt besproken in het volgende LOVP")
    );
    fx.run(&mut app, Action::Undo);
    assert_eq!(fx.read(FEB), before);
}

#[test]
fn the_form_and_the_question_on_screen() {
    let (fx, mut app) = fixture();
    app.update(Action::Resize {
        width: 90,
        height: 24,
    });
    fx.run(&mut app, Action::NewItem);
    fx.typed(&mut app, "Rondvraag");
    fx.run(&mut app, Action::FocusNext);
    fx.typed(&mut app, "o");
    insta::assert_snapshot!("form_new_item_topic_suggestions", screen_rows(&app));
    fx.run(&mut app, Action::Close);
    fx.run(&mut app, Action::Delete);
    insta::assert_snapshot!("question_delete_item", screen_rows(&app));
}

#[test]
fn parking_without_a_next_meeting_keeps_the_item_for_the_series_and_u_undoes_both() {
    let (fx, mut app) = fixture();
    let parked = fx.dir.path().join(".parked-lovp.toml");
    app.set_space_moves_on(false);
    fx.run(&mut app, Action::ToggleDiscussed);
    let mar_now = fx.read(MAR);
    fx.run(&mut app, Action::Park);
    assert!(
        status(&app).contains("has a record here"),
        "{}",
        status(&app)
    );
    assert_eq!(fx.read(MAR), mar_now);
    // Item 2 has no record: it goes.
    app.update(Action::Bottom);
    fx.run(&mut app, Action::Park);
    assert!(
        status(&app).starts_with("parked “Ondermijning"),
        "{}",
        status(&app)
    );
    assert_eq!(titles(&app).len(), 1);
    let kept = fs::read_to_string(&parked).expect("parked file");
    assert!(kept.contains("title = \"Parked items\"\nseries = \"lovp\"\ndate = 2020-03-09\n\n[[item]]\n# \"Over ondermijning"), "{kept}");
    assert_eq!(app.library().len(), 2, "the parked file is not a meeting");
    fx.run(&mut app, Action::Undo);
    assert_eq!(fx.read(MAR), mar_now, "back in this meeting, byte for byte");
    fx.run(&mut app, Action::Undo);
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
        fx.read(MAR)
    );
    fs::write(&mar_path, &with_close).expect("write");
    let loaded = store::load_dir(fx.dir.path()).expect("load");
    app.reload(loaded);
    fx.run(&mut app, Action::PrevMeeting);
    fx.run(&mut app, Action::NewItem);
    fx.typed(&mut app, "Later bespreken");
    fx.run(&mut app, Action::Confirm);
    let feb_with = fx.read(FEB);
    fx.run(&mut app, Action::Park);
    assert!(
        status(&app).contains("in the meeting of 2020-03-09"),
        "{}",
        status(&app)
    );
    let mar = fx.read(MAR);
    assert!(
        mar.contains("[[item]]\ntitle = \"Later bespreken\"\n\n[[item]]\ntitle = \"Rondvraag\""),
        "{mar}"
    );
    assert!(!fx.read(FEB).contains("Later bespreken"));
    fx.run(&mut app, Action::Undo);
    fx.run(&mut app, Action::Undo);
    assert_eq!(fx.read(FEB), feb_with);
    assert_eq!(fx.read(MAR), with_close);
}

#[test]
fn the_details_chooser_acts_by_identity_and_refuses_what_is_gone() {
    let (fx, mut app) = fixture();
    fx.run(&mut app, Action::PrevMeeting);
    fx.run(&mut app, Action::Down);
    assert_eq!(selected_title(&app), "Inzetbaarheid van politie");
    app.update(Action::FocusPrev);
    assert_eq!(app.focus(), Pane::Details);
    app.update(Action::Resize {
        width: 100,
        height: 24,
    });
    fx.run(&mut app, Action::EditSelected);
    assert!(matches!(app.overlay(), Overlay::Choose(_)));
    insta::assert_snapshot!("chooser_edit_in_details", screen_rows(&app));
    fx.run(&mut app, Action::Down);
    // The action goes from the file while the chooser is open.
    let feb = fx.read(FEB);
    let without = feb.replace(
        "text = \"Rapport Algemene Rekenkamer over inzetbaarheid bij de politie bespreken\"",
        "text = \"Iets anders\"",
    );
    fs::write(fx.dir.path().join(FEB), &without).expect("outside edit");
    app.reload(store::load_dir(fx.dir.path()).expect("load"));
    fx.run(&mut app, Action::Confirm);
    assert!(
        status(&app).contains("is no longer there"),
        "{}",
        status(&app)
    );
    assert_eq!(*app.overlay(), Overlay::None);
    assert_eq!(fx.read(FEB), without, "nothing written");
    // i in the details of an item without record edits the item itself.
    fx.run(&mut app, Action::NextMeeting);
    fx.run(&mut app, Action::NewItem);
    fx.typed(&mut app, "Nieuw");
    fx.run(&mut app, Action::Confirm);
    assert_eq!(selected_title(&app), "Nieuw");
    app.set_focus(Pane::Details);
    fx.run(&mut app, Action::EditSelected);
    assert!(screen_rows(&app).contains("Edit agenda item"));
}

#[test]
fn the_file_changing_while_the_form_is_open_keeps_what_was_typed_and_the_other_change() {
    let (fx, mut app) = fixture();
    fx.run(&mut app, Action::NewItem);
    fx.typed(&mut app, "Abc");
    let outside = format!("{}# added elsewhere\n", fx.read(MAR));
    fs::write(fx.dir.path().join(MAR), &outside).expect("outside edit");
    app.reload(store::load_dir(fx.dir.path()).expect("load"));
    fx.typed(&mut app, "d");
    fx.run(&mut app, Action::Confirm);
    let after = fx.read(MAR);
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
    fx.run(&mut app, Action::ToggleDiscussed);
    let shown = screen_rows(&app);
    assert!(shown.contains("● due     next"), "{shown}");
    fx.run(&mut app, Action::Up);
    fx.run(&mut app, Action::CloseDropped);
    let shown = screen_rows(&app);
    assert!(shown.contains("✓ dropped Rapport Algemene"), "{shown}");
    assert!(
        app.marked().is_empty(),
        "closing the marked ones clears the marks"
    );
}

#[test]
fn hostile_text_in_the_form_is_stored_clean_and_quoted() {
    let (fx, mut app) = fixture();
    fx.run(&mut app, Action::NewItem);
    fx.run(
        &mut app,
        Action::Paste("Evil\u{202e} \u{1b}[31m\"quote\" \\ back\nslash\u{200b}".into()),
    );
    fx.run(&mut app, Action::Confirm);
    let after = fx.read(MAR);
    assert!(
        after.contains("title = \"Evil [31m\\\"quote\\\" \\\\ back slash\"\n"),
        "{after}"
    );
    let shown = screen_rows(&app);
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
    fx.run(&mut app, Action::EditSelected);
    fx.run(&mut app, Action::FocusNext);
    fx.typed(&mut app, "e");
    insta::assert_snapshot!("form_edit_action_owner_suggestions", screen_rows(&app));
    fx.run(&mut app, Action::FocusNext);
    let Overlay::Form(form) = &app.overlay() else {
        panic!("form")
    };
    assert_eq!(form.focused().value.text(), "Eenheidschefs");
}
