//! The git part of the interface: the header's repository state, the sync key, and the sync
//! result in the status line. The loop's git worker is left out; its results are fed in.

use crate::support::app::{app_on, at_ymd};
use docket::git::status::{Incoming, RepoStatus};
use docket::git::sync::{SyncReport, SyncStatus};
use docket::tui::action::Action;
use docket::tui::app::{App, Effect};
use docket::tui::keymap;
use docket::tui::theme::Theme;
use docket::tui::ui;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};

fn now() -> chrono::NaiveDateTime {
    at_ymd(2026, 11, 28, 10, 0)
}

fn app() -> App {
    app_on("meetings", now(), (120, 30))
}

fn header(app: &App) -> String {
    let mut t = Terminal::new(TestBackend::new(120, 30)).expect("backend");
    t.draw(|f| ui::render(app, &Theme::builtin(), f))
        .expect("draw");
    let buf = t.backend().buffer().clone();
    (0..120).map(|x| buf[(x, 0)].symbol().to_string()).collect()
}

fn status(unsynced: usize, author: &str, at: chrono::NaiveDateTime) -> Option<RepoStatus> {
    Some(RepoStatus {
        unsynced,
        incoming: Some(Incoming {
            author: author.into(),
            at,
        }),
    })
}

#[test]
fn the_header_shows_unsynced_files_and_the_last_change_by_someone_else() {
    let mut app = app();
    let outside = header(&app);
    assert!(!outside.contains('⇅'), "{outside}");
    app.git_probed(status(2, "Anna", now() - chrono::Duration::minutes(28)));
    let h = header(&app);
    assert!(h.contains("⇅ 2 files to sync (S) ⇣ Anna 09:32"), "{h}");
    app.git_probed(status(
        0,
        "Bert\u{202e}evil",
        now() - chrono::Duration::days(3),
    ));
    let h = header(&app);
    assert!(h.contains("⇅ synced ⇣ Bert⍰evil 25 Nov"), "{h}");
}

#[test]
fn s_runs_sync_once_and_only_in_a_repository() {
    let key = Event::Key(KeyEvent::new(KeyCode::Char('S'), KeyModifiers::SHIFT));
    let mut app = app();
    assert_eq!(keymap::map_event(app.mode(), &key), Some(Action::Sync));
    assert_eq!(app.update(Action::Sync), Vec::<Effect>::new());
    assert!(
        app.status()
            .as_ref()
            .is_some_and(|s| s.error && s.text.contains("not in a git repository"))
    );

    app.git_probed(status(1, "Anna", now()));
    assert_eq!(app.update(Action::Sync), vec![Effect::Sync]);
    assert!(header(&app).contains("⇅ syncing…"));
    assert_eq!(
        app.update(Action::Sync),
        Vec::<Effect>::new(),
        "one sync at a time"
    );
    assert_eq!(
        app.status().as_ref().map(|s| s.text.as_str()),
        Some("a sync is already running")
    );

    app.sync_done(Ok(SyncReport {
        status: SyncStatus::Synced,
        lines: vec![
            "committed LOVP 2020-03-09: 1 outcome".into(),
            "synced: pushed to origin".into(),
        ],
        summary: "synced: pushed to origin".into(),
    }));
    let s = app.status().cloned().expect("status");
    assert_eq!(
        (s.text.as_str(), s.error),
        ("synced: pushed to origin", false)
    );
    assert_eq!(
        app.update(Action::Sync),
        vec![Effect::Sync],
        "again after it ended"
    );
}

#[test]
fn a_conflict_names_what_conflicts_in_the_status_line() {
    let mut app = app();
    app.git_probed(status(1, "Anna", now()));
    app.update(Action::Sync);
    app.sync_done(Ok(SyncReport {
        status: SyncStatus::Conflict,
        lines: vec![
            "not synced: your change and someone else's change conflict:".into(),
            "  LOVP 2020-03-09 (lovp.toml): item 'Budget': `minutes` differs".into(),
        ],
        summary: "conflict: nothing was merged or pushed; see above to resolve it".into(),
    }));
    let s = app.status().cloned().expect("status");
    assert!(s.error);
    assert!(
        s.text.contains("item 'Budget': `minutes` differs"),
        "{}",
        s.text
    );
    assert!(s.text.contains("docket sync"), "{}", s.text);
    app.sync_done(Err("meetings is not inside a git repository".into()));
    assert!(
        app.status()
            .as_ref()
            .is_some_and(|s| s.error && s.text.starts_with("sync: "))
    );
}

#[test]
fn quitting_during_a_sync_asks_twice() {
    let mut app = app();
    app.git_probed(status(1, "Anna", now()));
    app.update(Action::Sync);
    assert_eq!(app.update(Action::Quit), Vec::<Effect>::new());
    assert!(
        app.status()
            .as_ref()
            .is_some_and(|s| s.error && s.text.contains("quit again"))
    );
    assert_eq!(app.update(Action::Quit), vec![Effect::Quit]);

    let mut app = self::app();
    app.git_probed(status(1, "Anna", now()));
    app.update(Action::Sync);
    app.update(Action::Quit);
    app.sync_done(Err("x".into()));
    assert_eq!(
        app.update(Action::Quit),
        vec![Effect::Quit],
        "no sync, no question"
    );
}

#[test]
fn a_narrow_header_keeps_only_the_count() {
    let mut app = app();
    app.update(Action::Resize {
        width: 80,
        height: 24,
    });
    app.git_probed(status(3, "Anna", now()));
    let mut t = Terminal::new(TestBackend::new(80, 24)).expect("backend");
    t.draw(|f| ui::render(&app, &Theme::builtin(), f))
        .expect("draw");
    let buf = t.backend().buffer().clone();
    let h: String = (0..80).map(|x| buf[(x, 0)].symbol().to_string()).collect();
    assert!(h.contains("⇅ 3 0/"), "{h}");
    assert!(!h.contains("Anna"), "{h}");
}
