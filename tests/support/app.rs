//! The App fixture the tui tests share: a folder loaded as `docket` loads it, the App at a
//! fixed clock and size, its screen drawn on ratatui's `TestBackend`; and a writable copy
//! holding the folder lock, whose saves are performed as the event loop performs them.

use chrono::{NaiveDate, NaiveDateTime};
use docket::store::{self, Access, FolderLock};
use docket::tui::action::Action;
use docket::tui::app::App;
use docket::tui::theme::Theme;
use docket::tui::ui;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use std::fs;
use std::path::{Path, PathBuf};

/// A fixed clock: `date` as YYYY-MM-DD, `time` as HH:MM.
pub fn at(date: &str, time: &str) -> NaiveDateTime {
    NaiveDateTime::parse_from_str(&format!("{date} {time}"), "%Y-%m-%d %H:%M").expect("time")
}

/// A fixed clock from numbers.
pub fn at_ymd(y: i32, mo: u32, d: u32, h: u32, mi: u32) -> NaiveDateTime {
    NaiveDate::from_ymd_opt(y, mo, d)
        .and_then(|d| d.and_hms_opt(h, mi, 0))
        .expect("fixed now")
}

/// The App on `dir` (relative to the package root, or absolute), read only, as `docket DIR`
/// opens it at `now`; `setup` runs before the first resize (language, settings).
pub fn app_with(
    dir: &str,
    now: NaiveDateTime,
    (width, height): (u16, u16),
    setup: impl FnOnce(&mut App),
) -> App {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let loaded = store::load_dir(&root.join(dir)).expect("folder");
    let mut app = App::new(loaded.library, loaded.problems, PathBuf::from(dir), now);
    setup(&mut app);
    app.update(Action::Resize { width, height });
    app
}

/// `app_with` without extra setup.
pub fn app_on(dir: &str, now: NaiveDateTime, size: (u16, u16)) -> App {
    app_with(dir, now, size, |_| {})
}

/// The frame `ui::render` draws for the App's size.
pub fn draw(app: &App, theme: &Theme) -> Terminal<TestBackend> {
    let mut t =
        Terminal::new(TestBackend::new(app.size().width, app.size().height)).expect("backend");
    t.draw(|f| ui::render(app, theme, f)).expect("draw");
    t
}

/// The screen as `TestBackend` prints it (each row quoted), for snapshots.
pub fn screen(app: &App) -> String {
    draw(app, &Theme::builtin()).backend().to_string()
}

/// The screen as plain rows, one per line.
pub fn screen_rows(app: &App) -> String {
    let t = draw(app, &Theme::builtin());
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

/// A temp folder of meeting files with docket's write lock on it.
pub struct Writable {
    pub dir: tempfile::TempDir,
    pub lock: FolderLock,
}

impl Writable {
    /// Copies of `files` from `from` (relative to the package root).
    pub fn copy(from: &str, files: &[&str]) -> Writable {
        let dir = tempfile::tempdir().expect("tmp");
        let src = Path::new(env!("CARGO_MANIFEST_DIR")).join(from);
        for f in files {
            fs::copy(src.join(f), dir.path().join(f)).expect("copy");
        }
        Writable::lock(dir)
    }

    /// Files with the given names and texts.
    pub fn holding(files: &[(&str, &str)]) -> Writable {
        let dir = tempfile::tempdir().expect("tmp");
        for (name, text) in files {
            fs::write(dir.path().join(name), text).expect("write");
        }
        Writable::lock(dir)
    }

    fn lock(dir: tempfile::TempDir) -> Writable {
        let Access::Write(lock) = FolderLock::acquire(dir.path()) else {
            panic!("lock")
        };
        Writable { dir, lock }
    }

    /// The App on this folder as `docket` opens it at `now` (sources noted for reloads);
    /// `setup` runs before the first resize.
    pub fn app_with(
        &self,
        now: NaiveDateTime,
        (width, height): (u16, u16),
        setup: impl FnOnce(&mut App),
    ) -> App {
        let loaded = store::load_dir(self.dir.path()).expect("load");
        let mut app = App::new(loaded.library, loaded.problems, self.dir.path().into(), now);
        app.set_sources(&loaded.sources);
        setup(&mut app);
        app.update(Action::Resize { width, height });
        app
    }

    /// `app_with` without extra setup.
    pub fn app(&self, now: NaiveDateTime, size: (u16, u16)) -> App {
        self.app_with(now, size, |_| {})
    }

    pub fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    pub fn read(&self, name: &str) -> String {
        fs::read_to_string(self.path(name)).expect("read")
    }

    /// The action, with its saves and parks performed the way the event loop performs
    /// them (other effects are dropped).
    pub fn run(&self, app: &mut App, action: Action) {
        let effects = app.update(action);
        docket::tui::shell::perform_writes(app, &self.lock, effects);
    }

    /// Types `s` into whatever input is open, one key per character.
    pub fn typed(&self, app: &mut App, s: &str) {
        for c in s.chars() {
            self.run(app, Action::InputChar(c));
        }
    }
}
