//! Live editing through `App::update`, with the effects performed as the event loop does,
//! on copies of real files: marking, capture, undo across files, conflicts, read-only.

use chrono::NaiveDate;
use docket::store::{self, Access, FolderLock};
use docket::tui::action::Action;
use docket::tui::app::{App, Effect, Overlay, Pane};
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
    // These tests keep the selection on a marked item (the config's `space_moves_on =
    // false`); Space moving on is tested in tui_prepare.rs.
    app.set_space_moves_on(false);
    app.update(Action::Resize {
        width: 120,
        height: 40,
    });
    (Fixture { dir, lock }, app)
}

/// Performs effects the way the event loop does.
fn run(app: &mut App, fx: &Fixture, action: Action) {
    let effects = app.update(action);
    docket::tui::shell::perform_writes(app, &fx.lock, effects);
}

fn file(fx: &Fixture, name: &str) -> String {
    fs::read_to_string(fx.dir.path().join(name)).expect("read")
}

fn typed(app: &mut App, fx: &Fixture, s: &str) {
    for c in s.chars() {
        run(app, fx, Action::InputChar(c));
    }
}

#[test]
fn space_marks_discussed_with_the_injected_time_and_unmarks() {
    let (fx, mut app) = fixture();
    let before = file(&fx, "2020-03-09.toml");
    run(&mut app, &fx, Action::ToggleDiscussed);
    let after = file(&fx, "2020-03-09.toml");
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
    run(&mut app, &fx, Action::ToggleDiscussed);
    assert_eq!(file(&fx, "2020-03-09.toml"), before);
}

#[test]
fn x_closes_a_pending_action_in_the_earlier_file_and_u_reopens_it() {
    let (fx, mut app) = fixture();
    let before = file(&fx, "2020-02-10.toml");
    app.update(Action::FocusNext);
    run(&mut app, &fx, Action::ToggleDone);
    assert!(
        app.status().as_ref().is_some_and(|s| s.error),
        "x in the outcomes pane explains itself"
    );
    app.update(Action::FocusNext);
    assert_eq!(app.focus(), Pane::Pending);
    run(&mut app, &fx, Action::ToggleDone);
    let after = file(&fx, "2020-02-10.toml");
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
    run(&mut app, &fx, Action::Undo);
    assert_eq!(file(&fx, "2020-02-10.toml"), before);
    assert!(app.undo_steps().is_empty());
}

#[test]
fn capture_an_outcome_and_an_action_then_undo_both_across_files() {
    let (fx, mut app) = fixture();
    let (feb, mar) = (file(&fx, "2020-02-10.toml"), file(&fx, "2020-03-09.toml"));
    run(&mut app, &fx, Action::AddOutcome);
    assert!(matches!(app.overlay(), Overlay::Input(_)));
    typed(&mut app, &fx, "Rapport besproken");
    run(&mut app, &fx, Action::CycleKind);
    run(&mut app, &fx, Action::CycleKind); // agreement → note → decision
    run(
        &mut app,
        &fx,
        Action::Paste("\u{1b}[31m, vervolg\u{202e} in juni\n".into()),
    );
    run(&mut app, &fx, Action::Confirm);
    assert_eq!(*app.overlay(), Overlay::None);
    let m = file(&fx, "2020-03-09.toml");
    assert!(m.contains("[[item.outcome]]\ntext = \"Rapport besproken[31m, vervolg in juni\"\nkind = \"decision\"\n"), "{m}");
    run(&mut app, &fx, Action::AddAction);
    typed(&mut app, &fx, "Notitie opstellen @Korpschef due:juni");
    run(&mut app, &fx, Action::Confirm);
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
        run(&mut app, &fx, Action::InputBackspace);
    }
    typed(&mut app, &fx, "2020-06");
    run(&mut app, &fx, Action::Confirm);
    let m = file(&fx, "2020-03-09.toml");
    assert!(m.contains("[[item.action]]\ntext = \"Notitie opstellen\"\nowner = \"Korpschef\"\ndue = \"2020-06\"\n"), "{m}");
    // And a done mark in the other file.
    app.update(Action::FocusNext);
    app.update(Action::FocusNext);
    run(&mut app, &fx, Action::ToggleDone);
    assert_ne!(file(&fx, "2020-02-10.toml"), feb);
    for _ in 0..3 {
        run(&mut app, &fx, Action::Undo);
    }
    assert_eq!(
        (file(&fx, "2020-02-10.toml"), file(&fx, "2020-03-09.toml")),
        (feb, mar)
    );
    run(&mut app, &fx, Action::Undo);
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
    let outside = file(&fx, "2020-03-09.toml").replace(
        "date = 2020-03-09\n",
        "date = 2020-03-09\nlocation = \"Den Haag\"\n",
    );
    fs::write(&path, &outside).expect("outside edit");
    run(&mut app, &fx, Action::ToggleDiscussed);
    let now = file(&fx, "2020-03-09.toml");
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
    run(&mut app, &fx, Action::AddOutcome);
    typed(&mut app, &fx, "Mijn tekst");
    run(&mut app, &fx, Action::Confirm);
    assert_eq!(file(&fx, "2020-03-09.toml"), renamed, "nothing written");
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
    let before = file(&fx, "2020-03-09.toml");
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
    assert_eq!(file(&fx, "2020-03-09.toml"), before);
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
    run(&mut app, &fx, Action::ToggleDiscussed);
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
    run(&mut app, &fx, Action::Undo);
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
