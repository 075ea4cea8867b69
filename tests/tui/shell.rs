//! The real event loop (`tui::shell::Shell`) driven with a `TestBackend` and scripted
//! events: the effects are performed by the loop itself (writes with the folder's lock,
//! the watcher's changes, quit), not by a copy of it.

use chrono::{NaiveDate, NaiveDateTime};
use docket::store::{self, FolderLock, Watcher};
use docket::tui::app::App;
use docket::tui::shell::{Flow, Scripted, ScriptedConsole, Session, Shell};
use docket::tui::theme::Theme;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers};
use std::fs;
use std::path::Path;
use std::time::{Duration, Instant};

const NEW: &str = "2020-03-09.toml";

fn now() -> NaiveDateTime {
    NaiveDate::from_ymd_opt(2020, 3, 9)
        .and_then(|d| d.and_hms_opt(10, 32, 0))
        .expect("now")
}

fn key(code: KeyCode) -> Event {
    Event::Key(KeyEvent::new_with_kind(
        code,
        KeyModifiers::NONE,
        KeyEventKind::Press,
    ))
}

/// Typed keys, arriving together (one wake of the loop).
fn typed(s: &str) -> Scripted {
    Scripted::Events(s.chars().map(|c| key(KeyCode::Char(c))).collect())
}

fn folder() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("tmp");
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("meetings/lovp");
    for f in ["2020-02-10.toml", NEW] {
        fs::copy(src.join(f), dir.path().join(f)).expect("copy");
    }
    dir
}

type TestShell = Shell<TestBackend, ScriptedConsole>;

/// The shell as `docket DIR` builds it: the folder's lock, its watcher, the app.
fn shell(dir: &Path, script: Vec<Scripted>) -> TestShell {
    let access = FolderLock::acquire(dir);
    let watcher = Watcher::start(dir, Duration::from_millis(20)).ok();
    assert!(watcher.is_some(), "the folder can be watched");
    let loaded = store::load_dir(dir).expect("load");
    let mut app = App::new(loaded.library, loaded.problems, dir.into(), now());
    app.set_sources(&loaded.sources);
    app.set_space_moves_on(false);
    let terminal = Terminal::new(TestBackend::new(120, 40)).expect("backend");
    let session = Session { access, watcher };
    Shell::new(
        app,
        Theme::builtin(),
        session,
        terminal,
        ScriptedConsole::new(script),
        now,
    )
    .expect("shell")
}

fn screen(s: &TestShell) -> String {
    s.backend().to_string()
}

/// Steps the loop with quiet ticks until `done` holds, for at most five seconds.
fn until(s: &mut TestShell, what: &str, done: impl Fn(&App) -> bool) {
    let deadline = Instant::now() + Duration::from_secs(5);
    while !done(s.app()) {
        assert!(Instant::now() < deadline, "gave up waiting for {what}");
        s.console_mut().push([Scripted::Quiet]);
        assert_eq!(s.step().expect("step"), Flow::Continue);
    }
}

#[test]
fn space_is_written_by_the_loop_and_q_ends_it() {
    let dir = folder();
    let mut s = shell(dir.path(), vec![typed(" "), typed("q"), typed("j")]);
    s.run().expect("the loop ends on q");
    let after = fs::read_to_string(dir.path().join(NEW)).expect("read");
    assert!(
        after.contains("topic = \"inzetbaarheid\"\ndiscussed = 2020-03-09T10:32:00\n"),
        "{after}"
    );
    assert!(
        !s.console_mut().is_done(),
        "keys after q are not read: the loop ended"
    );
    assert!(screen(&s).contains("1/2 discussed"), "{}", screen(&s));
}

#[test]
fn an_outside_edit_is_reloaded_under_the_cursor() {
    let dir = folder();
    // j: the second item is selected.
    let mut s = shell(dir.path(), vec![typed("j")]);
    assert_eq!(s.step().expect("step"), Flow::Continue);
    let title = |app: &App| {
        app.selected_item()
            .map(|(id, i)| app.library().meeting(id).items[i].title.clone())
    };
    let chosen = title(s.app());
    assert_eq!(
        chosen.as_deref(),
        Some("Ondermijning en de plannen richting de Voorjaarsnota")
    );
    // A colleague puts a new item first: the selection stays on the item, now third.
    let path = dir.path().join(NEW);
    let text = fs::read_to_string(&path).expect("read");
    let added = text.replacen(
        "[[item]]",
        "[[item]]\ntitle = \"Opening\"\ntopic = \"opening\"\n\n[[item]]",
        1,
    );
    fs::write(&path, added).expect("write");
    until(&mut s, "the reload", |app| {
        app.meeting()
            .is_some_and(|id| app.library().meeting(id).items.len() == 3)
    });
    assert_eq!(title(s.app()), chosen);
    assert_eq!(s.app().selected_item().map(|(_, i)| i), Some(2));
    // Drawn on the next turn.
    s.console_mut().push([Scripted::Quiet]);
    s.step().expect("step");
    assert!(screen(&s).contains("Opening"), "{}", screen(&s));
}

#[test]
fn a_script_that_runs_out_ends_the_loop_with_an_error_not_a_hang() {
    let dir = folder();
    let mut s = shell(dir.path(), vec![typed("j"), Scripted::Quiet]);
    let err = s.run().expect_err("no q in the script");
    assert_eq!(err.kind(), std::io::ErrorKind::UnexpectedEof);
}
