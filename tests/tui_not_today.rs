//! Marks and the clock on a meeting that is not being held now: a past meeting marked from
//! the minutes gets `discussed = true` (no time of marking, so no absurd actual minutes),
//! and before the start the clock shows no negative time.

use chrono::NaiveDateTime;
use docket::store::{self, Access, FolderLock};
use docket::tui::action::Action;
use docket::tui::app::App;
use docket::tui::theme::Theme;
use docket::tui::ui;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use std::fs;

const MEETING: &str = "title = \"Raad\"\ndate = 2020-03-09\nstart = 10:00\n\n[[item]]\ntitle = \"Opening\"\nminutes = 5\n\n[[item]]\ntitle = \"Begroting\"\nminutes = 30\n";

fn at(date: &str, time: &str) -> NaiveDateTime {
    NaiveDateTime::parse_from_str(&format!("{date} {time}"), "%Y-%m-%d %H:%M").expect("time")
}

fn setup(now: NaiveDateTime, live: bool) -> (tempfile::TempDir, FolderLock, App) {
    let dir = tempfile::tempdir().expect("tmp");
    fs::write(dir.path().join("2020-03-09.toml"), MEETING).expect("write");
    let Access::Write(lock) = FolderLock::acquire(dir.path()) else {
        panic!("lock")
    };
    let loaded = store::load_dir(dir.path()).expect("load");
    let mut app = App::new(loaded.library, loaded.problems, dir.path().into(), now);
    app.set_sources(&loaded.sources);
    app.set_live(live);
    app.update(Action::Resize {
        width: 120,
        height: 30,
    });
    (dir, lock, app)
}

fn space(app: &mut App, lock: &FolderLock) {
    let effects = app.update(Action::ToggleDiscussed);
    docket::tui::shell::perform_writes(app, lock, effects);
    assert!(app.status().as_ref().is_none_or(|s| !s.error), "saved");
}

fn screen(app: &App) -> String {
    let mut t = Terminal::new(TestBackend::new(120, 30)).expect("backend");
    t.draw(|f| ui::render(app, &Theme::builtin(), f))
        .expect("draw");
    let buf = t.backend().buffer();
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
fn a_past_meeting_is_marked_without_a_time_and_shows_no_clock() {
    let (dir, lock, mut app) = setup(at("2026-11-30", "14:00"), false);
    space(&mut app, &lock);
    let text = fs::read_to_string(dir.path().join("2020-03-09.toml")).expect("read");
    assert!(text.contains("discussed = true\n"), "{text}");
    let s = screen(&app);
    assert!(!s.contains('⏱'), "no clock on a past meeting:\n{s}");
    assert!(!s.contains("behind"), "{s}");
    assert!(!s.contains("m✓"), "no actual minutes:\n{s}");
}

#[test]
fn with_live_a_past_meeting_gets_the_time() {
    let (dir, lock, mut app) = setup(at("2026-11-30", "14:00"), true);
    space(&mut app, &lock);
    let text = fs::read_to_string(dir.path().join("2020-03-09.toml")).expect("read");
    assert!(text.contains("discussed = 2026-11-30T14:00:00\n"), "{text}");
}

#[test]
fn today_before_the_start_the_clock_is_not_negative() {
    let (_dir, _lock, app) = setup(at("2020-03-09", "09:30"), false);
    let s = screen(&app);
    assert!(s.contains("⏱ starts 10:00"), "{s}");
    assert!(!s.contains("-00:30"), "{s}");
}
