//! The problems list (`!`) words file problems in the interface's language, with their
//! `path:line:col:`.

use chrono::NaiveDate;
use docket::i18n::Lang;
use docket::store;
use docket::tui::action::Action;
use docket::tui::app::App;
use docket::tui::theme::Theme;
use docket::tui::ui;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use std::path::{Path, PathBuf};

fn problems_screen(lang: Lang) -> String {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let loaded = store::load_dir(&root.join("tests/fixtures/check/bad")).expect("folder");
    let now = NaiveDate::from_ymd_opt(2026, 11, 28)
        .and_then(|d| d.and_hms_opt(10, 0, 0))
        .expect("fixed now");
    let mut app = App::new(loaded.library, loaded.problems, PathBuf::from("bad"), now);
    app.lang = lang;
    app.update(Action::Resize {
        width: 140,
        height: 20,
    });
    app.update(Action::OpenProblems);
    let mut t = Terminal::new(TestBackend::new(140, 20)).expect("backend");
    t.draw(|f| ui::render(&app, &Theme::builtin(), f))
        .expect("draw");
    overlay_text(&t.backend().to_string())
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
        nl.contains("minutes.toml:12:11: agendapunt 3: `minutes` moet")
            && nl.contains("gevonden: \"vijftien\""),
        "{nl}"
    );
    assert!(nl.contains("typo.toml:1:1: `title` is verplicht"), "{nl}");
    let en = problems_screen(Lang::En);
    assert!(en.contains("typo.toml:1:1: `title` is required"), "{en}");
}
