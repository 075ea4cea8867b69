//! Live editing through `App::update`, with the effects performed as the event loop does,
//! on copies of real files: marking, capture, undo across files, conflicts, read-only.

use crate::support::app::{Writable, at};
use docket::store;
use docket::tui::action::Action;
use docket::tui::app::{App, Effect, Overlay, Pane};
use std::fs;

fn fixture() -> (Writable, App) {
    let fx = Writable::copy("meetings/lovp", &["2020-02-10.toml", "2020-03-09.toml"]);
    // These tests keep the selection on a marked item (the config's `space_moves_on =
    // false`); Space moving on is tested in tui::prepare.
    let app = fx.app_with(at("2020-03-09", "10:32"), (120, 40), |app| {
        app.set_space_moves_on(false)
    });
    (fx, app)
}

#[test]
fn space_marks_discussed_with_the_injected_time_and_unmarks() {
    let (fx, mut app) = fixture();
    let before = fx.read("2020-03-09.toml");
    fx.run(&mut app, Action::ToggleDiscussed);
    let after = fx.read("2020-03-09.toml");
    assert_eq!(after.lines().count(), before.lines().count() + 1);
    assert!(
        after.contains("topic = \"inzetbaarheid\"\ndiscussed = 2020-03-09T10:32:00\n"),
        "{after}"
    );
    assert!(
        app.library().meeting(app.meeting().expect("m")).items[0]
            .discussed
            .is_some()
    );
    assert!(
        app.status()
            .as_ref()
            .is_some_and(|s| !s.error && s.text.starts_with("saved: mark"))
    );
    fx.run(&mut app, Action::ToggleDiscussed);
    assert_eq!(fx.read("2020-03-09.toml"), before);
}

#[test]
fn x_closes_a_pending_action_in_the_earlier_file_and_u_reopens_it() {
    let (fx, mut app) = fixture();
    let before = fx.read("2020-02-10.toml");
    app.update(Action::FocusNext);
    fx.run(&mut app, Action::ToggleDone);
    assert!(
        app.status().as_ref().is_some_and(|s| s.error),
        "x in the outcomes pane explains itself"
    );
    app.update(Action::FocusNext);
    assert_eq!(app.focus(), Pane::Pending);
    fx.run(&mut app, Action::ToggleDone);
    let after = fx.read("2020-02-10.toml");
    assert!(
        after.contains("due = \"next\"   # \"in het volgende LOVP\"\ndone = 2020-03-09\n"),
        "{after}"
    );
    assert_eq!(
        app.pending_list().len(),
        7,
        "closed at this meeting: still listed, now done"
    );
    assert!(app.library().action(&app.pending_list()[0]).done.is_some());
    fx.run(&mut app, Action::Undo);
    assert_eq!(fx.read("2020-02-10.toml"), before);
    assert!(app.undo_steps().is_empty());
}

#[test]
fn capture_an_outcome_and_an_action_then_undo_both_across_files() {
    let (fx, mut app) = fixture();
    let (feb, mar) = (fx.read("2020-02-10.toml"), fx.read("2020-03-09.toml"));
    fx.run(&mut app, Action::AddOutcome);
    assert!(matches!(app.overlay(), Overlay::Input(_)));
    fx.typed(&mut app, "Rapport besproken");
    fx.run(&mut app, Action::CycleKind);
    fx.run(&mut app, Action::CycleKind); // agreement → note → decision
    fx.run(
        &mut app,
        Action::Paste("\u{1b}[31m, vervolg\u{202e} in juni\n".into()),
    );
    fx.run(&mut app, Action::Confirm);
    assert_eq!(*app.overlay(), Overlay::None);
    let m = fx.read("2020-03-09.toml");
    assert!(m.contains("[[item.outcome]]\ntext = \"Rapport besproken[31m, vervolg in juni\"\nkind = \"decision\"\n"), "{m}");
    fx.run(&mut app, Action::AddAction);
    fx.typed(&mut app, "Notitie opstellen @Korpschef due:juni");
    fx.run(&mut app, Action::Confirm);
    let Overlay::Input(input) = &app.overlay() else {
        panic!("a bad due keeps the input open")
    };
    assert!(
        input
            .error
            .as_deref()
            .is_some_and(|e| e.contains("due:juni"))
    );
    for _ in 0.."juni".len() {
        fx.run(&mut app, Action::InputBackspace);
    }
    fx.typed(&mut app, "2020-06");
    fx.run(&mut app, Action::Confirm);
    let m = fx.read("2020-03-09.toml");
    assert!(m.contains("[[item.action]]\ntext = \"Notitie opstellen\"\nowner = \"Korpschef\"\ndue = \"2020-06\"\n"), "{m}");
    // And a done mark in the other file.
    app.update(Action::FocusNext);
    app.update(Action::FocusNext);
    fx.run(&mut app, Action::ToggleDone);
    assert_ne!(fx.read("2020-02-10.toml"), feb);
    for _ in 0..3 {
        fx.run(&mut app, Action::Undo);
    }
    assert_eq!(
        (fx.read("2020-02-10.toml"), fx.read("2020-03-09.toml")),
        (feb, mar)
    );
    fx.run(&mut app, Action::Undo);
    assert!(
        app.status()
            .as_ref()
            .is_some_and(|s| s.text.contains("nothing to undo"))
    );
}

#[test]
fn an_outside_change_is_kept_and_an_ambiguous_one_refuses_keeping_the_capture() {
    let (fx, mut app) = fixture();
    let path = fx.dir.path().join("2020-03-09.toml");
    let outside = fx.read("2020-03-09.toml").replace(
        "date = 2020-03-09\n",
        "date = 2020-03-09\nlocation = \"Den Haag\"\n",
    );
    fs::write(&path, &outside).expect("outside edit");
    fx.run(&mut app, Action::ToggleDiscussed);
    let now = fx.read("2020-03-09.toml");
    assert!(
        now.contains("location = \"Den Haag\"") && now.contains("discussed = "),
        "{now}"
    );
    assert!(
        app.status()
            .as_ref()
            .is_some_and(|s| s.text.contains("that change is kept"))
    );
    // Someone renames the item: the target is gone, the write refuses, the text stays.
    let renamed = now
        .replace(
            "title = \"Inzetbaarheid van politie: rapport Algemene Rekenkamer\"",
            "title = \"Iets anders\"",
        )
        .replace("topic = \"inzetbaarheid\"", "topic = \"anders\"");
    fs::write(&path, &renamed).expect("outside edit");
    fx.run(&mut app, Action::AddOutcome);
    fx.typed(&mut app, "Mijn tekst");
    fx.run(&mut app, Action::Confirm);
    assert_eq!(fx.read("2020-03-09.toml"), renamed, "nothing written");
    let Overlay::Input(input) = &app.overlay() else {
        panic!("capture kept on screen")
    };
    assert_eq!(input.text(), "Mijn tekst");
    assert!(
        app.status()
            .as_ref()
            .is_some_and(|s| s.error && s.text.starts_with("not saved:"))
    );
}

#[test]
fn read_only_mode_refuses_edits_with_the_reason() {
    let (fx, mut app) = fixture();
    let before = fx.read("2020-03-09.toml");
    app.set_read_only(Some(
        "read-only: another docket is writing this folder".into(),
    ));
    for a in [Action::ToggleDiscussed, Action::AddOutcome, Action::Undo] {
        assert!(app.update(a).is_empty());
        assert_eq!(*app.overlay(), Overlay::None);
        assert!(
            app.status()
                .as_ref()
                .is_some_and(|s| s.error && s.text.contains("another docket"))
        );
    }
    assert_eq!(fx.read("2020-03-09.toml"), before);
}

#[test]
fn e_asks_for_the_editor_at_the_item_line() {
    let (_fx, mut app) = fixture();
    app.update(Action::Down);
    let effects = app.update(Action::EditFile);
    let [Effect::OpenEditor { path, line }] = effects.as_slice() else {
        panic!("{effects:?}")
    };
    assert!(path.ends_with("2020-03-09.toml"));
    assert_eq!(*line, 13, "the second [[item]] header");
}

#[test]
fn reload_keeps_the_selection() {
    let (fx, mut app) = fixture();
    app.update(Action::Down);
    fs::write(
        fx.dir.path().join("2020-01-01.toml"),
        "title = \"LOVP\"\nseries = \"lovp\"\ndate = 2020-01-01\n",
    )
    .expect("w");
    app.reload(store::load_dir(fx.dir.path()).expect("load"));
    let m = app.library().meeting(app.meeting().expect("m"));
    assert_eq!(
        (m.date.to_string().as_str(), app.cursor(Pane::Agenda).sel),
        ("2020-03-09", 1)
    );
    assert_eq!(app.library().len(), 3);
}

#[test]
fn status_line_in_dutch_for_a_save_and_its_undo() {
    let (fx, mut app) = fixture();
    app.set_lang(docket::i18n::Lang::Nl);
    fx.run(&mut app, Action::ToggleDiscussed);
    let status = app
        .status()
        .as_ref()
        .map(|s| s.text.clone())
        .unwrap_or_default();
    assert!(
        status.starts_with("bewaard: “Inzetbaarheid van politie: rapport Algem…”")
            && status.contains("als besproken gemarkeerd · u maakt ongedaan"),
        "{status}"
    );
    fx.run(&mut app, Action::Undo);
    let status = app
        .status()
        .as_ref()
        .map(|s| s.text.clone())
        .unwrap_or_default();
    assert!(
        status.starts_with("ongedaan gemaakt: “Inzetbaarheid"),
        "{status}"
    );
}
