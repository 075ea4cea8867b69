//! The problems list (`!`) words file problems in the interface's language, with their
//! `path:line:col:`.

use crate::support::app::{app_with, at_ymd, screen};
use docket::i18n::Lang;
use docket::tui::action::Action;

fn problems_screen(lang: Lang) -> String {
    let now = at_ymd(2026, 11, 28, 10, 0);
    let mut app = app_with("tests/fixtures/check/bad", now, (140, 20), |app| {
        app.set_lang(lang)
    });
    app.update(Action::OpenProblems);
    overlay_text(&screen(&app))
}

/// The text inside the overlay's double border, its wrapped lines joined again (a long
/// checkout path wraps the messages elsewhere).
fn overlay_text(screen: &str) -> String {
    let inside: Vec<&str> = screen.lines().filter_map(|l| l.split('║').nth(1)).collect();
    inside
        .join(" ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

#[test]
fn the_problems_list_speaks_the_interface_language() {
    let nl = problems_screen(Lang::Nl);
    assert!(
        nl.contains(
            "minutes.toml:12:11: agendapunt 3: `minutes` moet zijn: een heel aantal minuten (0 tot 1440); gevonden: \"vijftien\""
        ),
        "{nl}"
    );
    assert!(nl.contains("typo.toml:1:1: `title` is verplicht"), "{nl}");
    let en = problems_screen(Lang::En);
    assert!(en.contains("typo.toml:1:1: `title` is required"), "{en}");
}
