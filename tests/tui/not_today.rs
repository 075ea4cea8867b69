//! Marks and the clock on a meeting that is not being held now: a past meeting marked from
//! the minutes gets `discussed = true` (no time of marking, so no absurd actual minutes),
//! and before the start the clock shows no negative time.

use crate::support::app::{Writable, at, screen_rows};
use chrono::NaiveDateTime;
use docket::tui::action::Action;
use docket::tui::app::App;

const MEETING: &str = "title = \"Raad\"\ndate = 2020-03-09\nstart = 10:00\n\n[[item]]\ntitle = \"Opening\"\nminutes = 5\n\n[[item]]\ntitle = \"Begroting\"\nminutes = 30\n";

fn setup(now: NaiveDateTime, live: bool) -> (Writable, App) {
    let fx = Writable::holding(&[("2020-03-09.toml", MEETING)]);
    let app = fx.app_with(now, (120, 30), |app| app.set_live(live));
    (fx, app)
}

#[test]
fn a_past_meeting_is_marked_without_a_time_and_shows_no_clock() {
    let (fx, mut app) = setup(at("2026-11-30", "14:00"), false);
    fx.run(&mut app, Action::ToggleDiscussed);
    let text = fx.read("2020-03-09.toml");
    assert!(text.contains("discussed = true\n"), "{text}");
    let s = screen_rows(&app);
    assert!(!s.contains('⏱'), "no clock on a past meeting:\n{s}");
    assert!(!s.contains("behind"), "{s}");
    assert!(!s.contains("m✓"), "no actual minutes:\n{s}");
}

#[test]
fn with_live_a_past_meeting_gets_the_time() {
    let (fx, mut app) = setup(at("2026-11-30", "14:00"), true);
    fx.run(&mut app, Action::ToggleDiscussed);
    let text = fx.read("2020-03-09.toml");
    assert!(text.contains("discussed = 2026-11-30T14:00:00\n"), "{text}");
}

#[test]
fn today_before_the_start_the_clock_is_not_negative() {
    let (_fx, app) = setup(at("2020-03-09", "09:30"), false);
    let s = screen_rows(&app);
    assert!(s.contains("⏱ starts 10:00"), "{s}");
    assert!(!s.contains("-00:30"), "{s}");
}
