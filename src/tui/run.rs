//! The event loop: read terminal events, file changes and the clock, turn them into actions,
//! let the app update, perform the effects it returns (writes, the editor), draw.

use super::action::Action;
use super::app::{App, Effect};
use super::keymap;
use super::search_worker::SearchWorker;
use super::terminal::{Input, TerminalGuard, enter_screen, restore, stop_signals};
use super::theme::Theme;
use super::ui;
use crate::store::{self, Access, ContentHash, Watcher};
use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;
use ratatui::crossterm::event;
use std::io;
use std::path::Path;
use std::sync::atomic::Ordering;
use std::time::Duration;

/// How often the loop wakes without input: the clock ticks, signals and file changes are
/// noticed.
const TICK: Duration = Duration::from_millis(250);
const SEARCH_TICK: Duration = Duration::from_millis(5);

/// What the loop needs besides the app: the write permission and the folder watch.
pub struct Session {
    pub access: Access,
    pub watcher: Option<Watcher>,
}

type Term = Terminal<CrosstermBackend<io::Stdout>>;

pub fn run(
    mut app: App,
    theme: Theme,
    session: Session,
    clock: impl Fn() -> chrono::NaiveDateTime,
) -> io::Result<()> {
    let stop = stop_signals()?;
    let input = Input::open()?;
    let _guard = TerminalGuard::enter()?;
    let mut terminal = Terminal::new(CrosstermBackend::new(io::stdout()))?;
    let searcher = SearchWorker::start();
    let size = terminal.size()?;
    app.update(Action::Resize {
        width: size.width,
        height: size.height,
    });
    loop {
        if stop.load(Ordering::Relaxed) {
            return Ok(());
        }
        while let Ok((generation, hits)) = searcher.results().try_recv() {
            app.search_done(generation, hits);
        }
        if let Some(m) = app.meeting.and_then(|id| app.library.get(id)) {
            // A few stat calls, so a document that appears or goes is marked at once.
            let missing = store::missing_in(m);
            app.documents_checked(missing);
        }
        terminal.draw(|f| ui::render(&app, &theme, f))?;
        // While a search runs, wake often to show its results as soon as they come.
        let wait = if app.is_searching() {
            SEARCH_TICK
        } else {
            TICK
        };
        // Ends with an error when the terminal is gone; a signal ends the wait early.
        input.wait(wait)?;
        // crossterm is asked even without input: it also delivers resizes (SIGWINCH).
        let mut handled = false;
        while event::poll(Duration::ZERO)? {
            handled = true;
            let ev = event::read()?;
            let Some(action) = keymap::map_event(app.mode(), &ev) else {
                continue;
            };
            for effect in app.update(action) {
                match effect {
                    Effect::Quit => return Ok(()),
                    Effect::Save(req) => save(&mut app, &session, req),
                    Effect::Search(job) => searcher.submit(job),
                    Effect::OpenDocument(target) => match super::opener::open(&target) {
                        Ok(name) => app.set_status(
                            format!("opened “{name}” with {}", super::opener::OPENER),
                            false,
                        ),
                        Err(e) => app.set_status(e.to_string(), true),
                    },
                    Effect::OpenEditor { path, line } => {
                        open_editor(&mut app, &mut terminal, &path, line)?;
                    }
                }
            }
        }
        if !handled {
            app.update(Action::Tick(clock()));
            take_file_changes(&mut app, &session);
        }
    }
}

fn save(app: &mut App, session: &Session, req: super::app::SaveRequest) {
    match &session.access {
        Access::Write(lock) => match store::save_edit(lock, &req.path, req.loaded, &req.edit) {
            Ok(applied) => app.saved(req, applied),
            Err(e) => app.save_failed(req, e.to_string()),
        },
        Access::ReadOnly(why) => {
            let why = why.clone();
            app.save_failed(req, why);
        }
    }
}

/// Reloads the folder when a watched file holds something docket did not write itself.
fn take_file_changes(app: &mut App, session: &Session) {
    let Some(watcher) = &session.watcher else {
        return;
    };
    let mut outside = false;
    while let Ok(changes) = watcher.changes().try_recv() {
        outside |= changes.rescan || !changes.removed.is_empty();
        outside |= changes.changed.iter().any(|p| {
            let now = store::read_file(p).map(|b| ContentHash::of(&b)).ok();
            now.is_none() || now != app.hashes.get(p).copied()
        });
    }
    if outside {
        reload(app);
        app.set_status("reloaded: files changed on disk", false);
    }
}

fn reload(app: &mut App) {
    match store::load_dir(&app.dir.clone()) {
        Ok(loaded) => app.reload(loaded),
        Err(e) => app.set_status(format!("cannot reload: {e}"), true),
    }
}

/// Runs `$VISUAL` or `$EDITOR` (else `vi`) on the file at a line, with the screen given
/// back for the time it runs, then reloads.
fn open_editor(app: &mut App, terminal: &mut Term, path: &Path, line: usize) -> io::Result<()> {
    let editor = std::env::var("VISUAL")
        .ok()
        .filter(|v| !v.trim().is_empty())
        .or_else(|| {
            std::env::var("EDITOR")
                .ok()
                .filter(|v| !v.trim().is_empty())
        })
        .unwrap_or_else(|| "vi".into());
    let mut words = editor.split_whitespace();
    let program = words.next().unwrap_or("vi");
    restore();
    let status = std::process::Command::new(program)
        .args(words)
        .arg(format!("+{line}"))
        .arg(path)
        .status();
    enter_screen()?;
    terminal.clear()?;
    reload(app);
    match status {
        Ok(s) if s.success() => app.set_status(format!("reloaded after {program}"), false),
        Ok(s) => app.set_status(format!("{program} ended with {s}; reloaded"), true),
        Err(e) => app.set_status(
            format!("cannot run {program}: {}", store::plain_io(&e)),
            true,
        ),
    }
    Ok(())
}
