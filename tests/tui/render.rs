//! Rendering the interface on `TestBackend`: snapshots of each screen, every small size,
//! hostile text, and the themes.

use crate::support::app::{at_ymd, draw, screen};
use chrono::NaiveDate;
use docket::model::{Item, Library, Meeting};
use docket::tui::action::Action;
use docket::tui::app::App;
use docket::tui::theme::{BUNDLED, Theme};
use docket::tui::ui;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use std::path::{Path, PathBuf};

fn now() -> chrono::NaiveDateTime {
    at_ymd(2026, 11, 28, 10, 0)
}

fn app_for(dir: &str, width: u16, height: u16) -> App {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut loaded = docket::store::load_dir(&root.join(dir)).expect("folder");
    // Paths in problems are absolute: show them relative to the project for stable
    // snapshots.
    for d in &mut loaded.problems {
        d.path = d
            .path
            .strip_prefix(root)
            .map(Path::to_path_buf)
            .unwrap_or(d.path.clone());
    }
    let mut app = App::new(loaded.library, loaded.problems, dir.into(), now());
    app.update(Action::Resize { width, height });
    app
}

#[test]
fn main_screen_120x40() {
    let app = app_for("meetings", 120, 40);
    insta::assert_snapshot!(screen(&app));
}

#[test]
fn main_screen_80x24_on_an_item_with_history() {
    let mut app = app_for("meetings", 80, 24);
    app.update(Action::Down);
    insta::assert_snapshot!(screen(&app));
}

#[test]
fn february_meeting_with_notes_and_actions() {
    let mut app = app_for("meetings", 100, 36);
    app.update(Action::PrevMeeting);
    app.update(Action::Down);
    insta::assert_snapshot!(screen(&app));
}

#[test]
fn help_overlay() {
    let mut app = app_for("meetings", 100, 36);
    app.update(Action::OpenHelp);
    insta::assert_snapshot!(screen(&app));
}

#[test]
fn help_at_120x40_scrolls_to_its_end_with_g_and_back() {
    let mut app = app_for("meetings", 120, 40);
    app.update(Action::OpenHelp);
    let top = screen(&app);
    assert!(top.contains("Move") && !top.contains("Mouse:"), "{top}");
    app.update(Action::Bottom);
    let end = screen(&app);
    assert!(end.contains("Mouse:"), "G shows the end:\n{end}");
    insta::assert_snapshot!(end);
    // One step up from the end moves at once (the scroll stops at the end, not past it).
    app.update(Action::Up);
    assert_ne!(screen(&app), end);
    app.update(Action::Top);
    assert_eq!(screen(&app), top);
}

#[test]
fn meeting_picker_filtered() {
    let mut app = app_for("tests/fixtures/pending", 90, 20);
    app.update(Action::OpenPicker);
    for c in "mar".chars() {
        app.update(Action::InputChar(c));
    }
    insta::assert_snapshot!(screen(&app));
}

#[test]
fn bad_files_list() {
    let mut app = app_for("tests/fixtures/check/mixed", 110, 20);
    let header = screen(&app);
    assert!(header.contains("⚠ 1 file unreadable (!)"), "{header}");
    app.update(Action::OpenProblems);
    insta::assert_snapshot!(screen(&app));
}

#[test]
fn empty_folder_explains_how_to_start() {
    let dir = tempfile::tempdir().expect("tmp");
    let mut app = App::new(
        Library::default(),
        Vec::new(),
        PathBuf::from("meetings"),
        now(),
    );
    app.update(Action::Resize {
        width: 80,
        height: 24,
    });
    let _ = dir;
    insta::assert_snapshot!(screen(&app));
}

#[test]
fn each_bundled_theme_styles_the_screen() {
    for (name, _) in BUNDLED {
        let theme = docket::settings::load_theme(name, None).expect("theme");
        let mut app = app_for("meetings", 70, 16);
        app.update(Action::FocusNext);
        let t = draw(&app, &theme);
        insta::assert_snapshot!(
            format!("theme_{name}"),
            format!("{:?}", t.backend().buffer())
        );
    }
}

#[test]
fn no_color_keeps_status_words() {
    let app = app_for("meetings", 120, 40);
    let t = draw(&app, &Theme::builtin().without_color());
    let buf = t.backend().buffer();
    assert!(
        buf.content()
            .iter()
            .all(|c| c.fg == ratatui::style::Color::Reset && c.bg == ratatui::style::Color::Reset)
    );
    let text = t.backend().to_string();
    for word in ["due", "later", "none", "▸"] {
        assert!(text.contains(word), "{word} missing without colour");
    }
}

#[test]
fn every_small_size_renders_without_panic() {
    let mut app = app_for("meetings", 1, 1);
    let mut sizes: Vec<(u16, u16)> = (0..=40)
        .flat_map(|w| (0..=15).map(move |h| (w, h)))
        .collect();
    sizes.extend([(1, 200), (300, 1), (50, 14), (49, 14), (50, 13)]);
    for (w, h) in sizes {
        app.update(Action::Resize {
            width: w,
            height: h,
        });
        for overlay in [
            Action::Close,
            Action::OpenHelp,
            Action::Close,
            Action::OpenPicker,
        ] {
            app.update(overlay);
            let mut t = Terminal::new(TestBackend::new(w, h)).expect("backend");
            t.draw(|f| ui::render(&app, &Theme::builtin(), f))
                .expect("draw");
        }
        app.update(Action::Close);
        if w >= 30 && h >= 4 && (w < 50 || h < 14) {
            assert!(screen(&app).contains("Terminal too small"), "{w}x{h}");
        }
    }
}

#[test]
fn hostile_text_never_reaches_the_terminal() {
    let nasty = "A\u{1b}]52;c;SGVsbG8=\u{7}B\u{1b}]0;pwned\u{7}C\u{1b}[2JD\u{9b}31mE\u{202e}F\u{2066}G\u{200b}H\u{feff}I\u{1b}]8;;http://x\u{1b}\\J";
    let mut m = Meeting::new(
        "m.toml",
        nasty,
        NaiveDate::from_ymd_opt(2026, 11, 30).expect("date"),
    );
    m.location = Some(nasty.into());
    let mut item = Item::new(nasty);
    item.notes = Some(format!("{nasty}\n{nasty}"));
    item.presenter = Some(nasty.into());
    item.tags = vec![nasty.into()];
    item.outcomes.push(docket::model::Outcome {
        text: nasty.into(),
        kind: docket::model::OutcomeKind::Note,
        vote: Default::default(),
        line: 0,
    });
    let mut action = docket::model::FollowUp::new(nasty);
    action.owner = Some(nasty.into());
    item.actions.push(action);
    m.items.push(item);
    let mut before = m.clone();
    before.date = NaiveDate::from_ymd_opt(2026, 11, 1).expect("date");
    before.path = "a.toml".into();
    let mut app = App::new(
        Library::new(vec![before, m]),
        Vec::new(),
        PathBuf::from("x"),
        now(),
    );
    app.update(Action::Resize {
        width: 120,
        height: 40,
    });
    for step in [
        Action::Close,
        Action::FocusNext,
        Action::FocusNext,
        Action::OpenPicker,
    ] {
        app.update(step.clone());
        let t = draw(&app, &Theme::builtin());
        for cell in t.backend().buffer().content() {
            for c in cell.symbol().chars() {
                assert!(
                    !docket::sanitize::is_unsafe(c),
                    "unsafe {c:?} rendered after {step:?}"
                );
            }
        }
        if step == Action::Close {
            let text = t.backend().to_string();
            assert!(
                text.contains("⚠ contains hidden or control characters"),
                "{text}"
            );
            assert!(text.contains("A␛]52;c;SGVsbG8=␇B"), "{text}");
        }
    }
}

#[test]
fn live_clock_and_actual_minutes_when_the_meeting_is_today() {
    use docket::model::Discussed;
    let date = NaiveDate::from_ymd_opt(2026, 11, 28).expect("date");
    let mut m = Meeting::new("raad.toml", "Raad", date);
    m.start = chrono::NaiveTime::from_hms_opt(9, 30, 0);
    m.location = Some("Stadhuis".into());
    for (title, mins) in [("Opening", 5), ("Begroting", 20), ("Rondvraag", 10)] {
        let mut it = Item::new(title);
        it.minutes = Some(mins);
        m.items.push(it);
    }
    m.items[0].discussed = date.and_hms_opt(9, 38, 0).map(Discussed::At);
    let mut app = App::new(Library::new(vec![m]), Vec::new(), PathBuf::from("x"), now());
    app.update(Action::Resize {
        width: 100,
        height: 16,
    });
    let s = screen(&app);
    // 10:00 is 30 minutes in; planned through "Begroting" is 25: five minutes behind.
    assert!(
        s.contains("1/3 discussed · ⏱ 00:30 / 00:25 +5 min behind"),
        "{s}"
    );
    assert!(s.contains("8/5m"), "actual against planned minutes: {s}");
    insta::assert_snapshot!(s);
}
