//! The event loop: read terminal events, file changes and the clock, turn them into actions,
//! let the app update, perform the effects it returns (writes, the editor), draw.

use super::action::Action;
use super::app::{App, Effect};
use super::git_worker::{GitDone, GitJob, GitWorker};
use super::keymap;
use super::search_worker::SearchWorker;
use super::terminal::{TerminalGuard, TtyInput, enter_screen, restore, stop_signals};
use super::theme::Theme;
use super::ui;
use crate::store::{self, Access, Watcher};
use crate::t;
use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;
use ratatui::crossterm::event;
use ratatui::crossterm::execute;
use ratatui::crossterm::terminal::{BeginSynchronizedUpdate, EndSynchronizedUpdate};
use std::io;
use std::path::Path;
use std::sync::atomic::Ordering;
use std::time::Duration;

/// How often the loop wakes without input: the clock ticks, signals and file changes are
/// noticed.
const TICK: Duration = Duration::from_millis(250);
const SEARCH_TICK: Duration = Duration::from_millis(5);
/// How often the header's git state is asked for again (besides after saves and syncs).
const GIT_PROBE: Duration = Duration::from_secs(5);

/// What the loop needs besides the app: the write permission and the folder watch.
pub struct Session {
    pub access: Access,
    pub watcher: Option<Watcher>,
}

type Term = Terminal<CrosstermBackend<io::Stdout>>;

pub fn run(
    mut app: App,
    theme: Theme,
    mut session: Session,
    clock: impl Fn() -> chrono::NaiveDateTime,
) -> io::Result<()> {
    let stop = stop_signals()?;
    let input = TtyInput::open()?;
    let _guard = TerminalGuard::enter()?;
    let mut terminal = Terminal::new(CrosstermBackend::new(io::stdout()))?;
    let searcher = SearchWorker::start();
    let git = GitWorker::start(app.dir.clone(), app.lang);
    git.submit(GitJob::Probe);
    let mut probed = std::time::Instant::now();
    let (mut docs_for, mut docs_due) = (None, true);
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
        // A stat per document of the open meeting: when another meeting opens, and on each
        // quiet tick (so a document that appears or goes is marked within one), not per key.
        if docs_due || app.meeting != docs_for {
            if let Some(m) = app.meeting.and_then(|id| app.library.get(id)) {
                let missing = store::missing_in(m);
                app.documents_checked(missing);
            }
            (docs_for, docs_due) = (app.meeting, false);
        }
        take_git_results(&mut app, &git, &searcher);
        draw(&mut terminal, &app, &theme)?;
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
                    // git may be writing the same files while it merges: hold the edit
                    // (a typed one stays on screen) rather than race it.
                    Effect::Save(req) if app.git.syncing => {
                        app.save_failed(req, t!(app.lang, "ui-git-sync-running"))
                    }
                    Effect::Save(req) => {
                        save(&mut app, &session, req);
                        git.submit(GitJob::Probe);
                    }
                    Effect::Sync => git.submit(GitJob::Sync),
                    Effect::Park(_) if app.git.syncing => {
                        app.park_failed(t!(app.lang, "ui-git-sync-running"))
                    }
                    Effect::Park(req) => {
                        park(&mut app, &session, req);
                        git.submit(GitJob::Probe);
                    }
                    Effect::Search(job) => searcher.submit(job),
                    Effect::OpenDocument(target) => match super::opener::open(&target) {
                        Ok(name) => app.set_status(
                            t!(
                                app.lang,
                                "ui-record-opened",
                                name = name,
                                opener = super::opener::OPENER
                            ),
                            false,
                        ),
                        Err(e) => app.set_status(e.message(app.lang), true),
                    },
                    Effect::OpenEditor { path, line } => {
                        open_editor(&mut app, &mut terminal, &path, line)?;
                    }
                }
            }
        }
        if !handled {
            docs_due = true;
            app.update(Action::Tick(clock()));
            take_file_changes(&mut app, &session, &searcher);
            take_over_writing(&mut app, &mut session);
            if probed.elapsed() >= GIT_PROBE {
                git.submit(GitJob::Probe);
                probed = std::time::Instant::now();
            }
        }
    }
}

/// The repository's state and sync results from the git worker. After a sync the folder is
/// reloaded at once: it may hold others' changes now.
/// One frame, inside a synchronized update: a terminal that knows mode 2026 shows it
/// whole (no torn frame on a slow link or a projector); others ignore the two sequences.
fn draw(terminal: &mut Term, app: &App, theme: &Theme) -> io::Result<()> {
    execute!(terminal.backend_mut(), BeginSynchronizedUpdate)?;
    terminal.draw(|f| ui::render(app, theme, f))?;
    execute!(terminal.backend_mut(), EndSynchronizedUpdate)
}

fn take_git_results(app: &mut App, git: &GitWorker, searcher: &SearchWorker) {
    while let Ok(done) = git.done().try_recv() {
        match done {
            GitDone::Probed(status) => app.git_probed(status),
            GitDone::Synced(report) => {
                for effect in reload(app) {
                    if let Effect::Search(job) = effect {
                        searcher.submit(job);
                    }
                }
                app.sync_done(report);
            }
        }
    }
}

/// A read-only docket takes write access once the docket holding it quits, and says so.
fn take_over_writing(app: &mut App, session: &mut Session) {
    if !matches!(session.access, Access::ReadOnly(_)) {
        return;
    }
    match store::FolderLock::acquire(&app.dir) {
        Access::Write(lock) => {
            let cleaned = store::remove_stale_temps(&lock, &app.dir).len();
            session.access = Access::Write(lock);
            app.read_only = None;
            let mut text = t!(app.lang, "ui-status-write-access");
            if cleaned > 0 {
                text.push_str("; ");
                text.push_str(&t!(app.lang, "cli-removed-temps", count = cleaned));
            }
            app.set_status(text, false);
        }
        // The reason may have changed (the other docket now holds a folder above).
        Access::ReadOnly(why) => app.read_only = Some(why.message(app.lang)),
    }
}

/// Writes a save request: an undo goes through `store::undo_edit`, so it never takes back
/// a change someone else made since.
pub fn perform_save(
    lock: &store::FolderLock,
    req: &super::app::SaveRequest,
) -> Result<store::Applied, store::SaveError> {
    match &req.written {
        Some(w) => store::undo_edit(lock, &req.path, req.loaded, &req.edit, &w.0),
        None => store::save_edit(lock, &req.path, req.loaded, &req.edit),
    }
}

fn save(app: &mut App, session: &Session, req: super::app::SaveRequest) {
    match &session.access {
        Access::Write(lock) => match perform_save(lock, &req) {
            Ok(applied) => app.saved(req, applied),
            Err(e) => app.save_failed(req, e.message(app.lang)),
        },
        Access::ReadOnly(why) => {
            let why = why.message(app.lang);
            app.save_failed(req, why);
        }
    }
}

fn park(app: &mut App, session: &Session, req: store::park::ParkRequest) {
    match &session.access {
        Access::Write(lock) => match store::park::park(lock, &req) {
            Ok(done) => app.parked(done),
            Err(e) => app.park_failed(e.message(app.lang)),
        },
        Access::ReadOnly(why) => app.park_failed(why.message(app.lang)),
    }
}

/// Takes in what the watcher saw: each changed file is read again on its own (a rescan
/// reloads the folder). Files that hold what docket itself last wrote change nothing, so
/// docket's own saves cost one read and no reload.
fn take_file_changes(app: &mut App, session: &Session, searcher: &SearchWorker) {
    let Some(watcher) = &session.watcher else {
        return;
    };
    let mut rescan = false;
    let mut paths = std::collections::BTreeSet::new();
    while let Ok(changes) = watcher.changes().try_recv() {
        rescan |= changes.rescan;
        paths.extend(changes.changed);
        paths.extend(changes.removed);
    }
    let effects = if rescan {
        reload(app)
    } else if paths.is_empty() {
        return;
    } else {
        app.take_changes(paths.iter().map(|p| store::reread(p)).collect())
            .0
    };
    for effect in effects {
        if let Effect::Search(job) = effect {
            searcher.submit(job);
        }
    }
}

fn reload(app: &mut App) -> Vec<Effect> {
    match store::load_dir(&app.dir.clone()) {
        Ok(loaded) => app.reload(loaded),
        Err(e) => {
            app.set_status(
                t!(
                    app.lang,
                    "ui-status-cannot-reload",
                    reason = e.message(app.lang)
                ),
                true,
            );
            Vec::new()
        }
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
    // A search cannot be open while the editor runs, so there is no search to run again.
    let _ = reload(app);
    match status {
        Ok(s) if s.success() => app.set_status(
            t!(app.lang, "ui-status-reloaded-after", program = program),
            false,
        ),
        Ok(s) => app.set_status(
            t!(
                app.lang,
                "ui-status-editor-ended",
                program = program,
                status = s.to_string()
            ),
            true,
        ),
        Err(e) => app.set_status(
            t!(
                app.lang,
                "ui-status-cannot-run",
                program = program,
                reason = store::plain_io(&e)
            ),
            true,
        ),
    }
    Ok(())
}
