//! The event loop as a value: a `Shell` owns the app, the folder's write access and watch,
//! the search and git workers and the terminal, reads events from a `Console`, lets the app
//! update and performs the effects it returns (writes, parking, searches, sync, the
//! document opener, the editor), and draws. Generic over the ratatui backend and the event
//! source, so tests drive the same loop with a `TestBackend` and scripted events
//! (`ScriptedConsole`); `run.rs` drives it with the real terminal.

use super::action::Action;
use super::app::{App, Effect, SaveRequest};
use super::git_worker::{GitDone, GitJob, GitWorker};
use super::keymap;
use super::search_worker::SearchWorker;
use super::theme::Theme;
use super::ui;
use crate::store::{self, Access, Watcher};
use crate::t;
use chrono::NaiveDateTime;
use ratatui::Terminal;
use ratatui::backend::Backend;
use ratatui::crossterm::event::Event;
use std::collections::VecDeque;
use std::io;
use std::path::Path;
use std::time::{Duration, Instant};

/// How often the loop wakes without input: the clock ticks, signals and file changes are
/// noticed.
pub const TICK: Duration = Duration::from_millis(250);
const SEARCH_TICK: Duration = Duration::from_millis(5);
/// How often the header's git state is asked for again (besides after saves and syncs).
const GIT_PROBE: Duration = Duration::from_secs(5);

/// What the loop needs besides the app: the write permission and the folder watch.
pub struct Session {
    pub access: Access,
    pub watcher: Option<Watcher>,
}

/// Where events come from, and the terminal around them.
pub trait Console {
    /// Waits up to `timeout` for input (or a signal). An error ends the loop: the terminal
    /// has gone away.
    fn wait(&mut self, timeout: Duration) -> io::Result<()>;
    /// The next event that is ready, without waiting; `None` when there is none.
    fn next_event(&mut self) -> io::Result<Option<Event>>;
    /// A stop was asked for (SIGTERM, SIGHUP, SIGINT): the loop ends.
    fn stopped(&self) -> bool {
        false
    }
    /// A frame begins and ends (the real terminal wraps it in a synchronized update).
    fn begin_frame(&mut self) -> io::Result<()> {
        Ok(())
    }
    fn end_frame(&mut self) -> io::Result<()> {
        Ok(())
    }
    /// Gives the screen to another program (the editor) and takes it back.
    fn suspend(&mut self) {}
    fn resume(&mut self) -> io::Result<()> {
        Ok(())
    }
}

/// Whether the loop goes on after a step.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Flow {
    Continue,
    Quit,
}

pub struct Shell<B: Backend, C: Console> {
    app: App,
    theme: Theme,
    session: Session,
    terminal: Terminal<B>,
    console: C,
    clock: Box<dyn Fn() -> NaiveDateTime>,
    searcher: SearchWorker,
    git: GitWorker,
    probed: Instant,
    /// The meeting whose documents were last looked up, and whether to look again.
    docs_for: Option<crate::model::MeetingId>,
    docs_due: bool,
}

impl<B: Backend, C: Console> Shell<B, C> {
    /// Starts the workers and sizes the app to the terminal.
    pub fn new(
        mut app: App,
        theme: Theme,
        session: Session,
        terminal: Terminal<B>,
        console: C,
        clock: impl Fn() -> NaiveDateTime + 'static,
    ) -> io::Result<Self> {
        let searcher = SearchWorker::start();
        let git = GitWorker::start(app.setup.dir.clone(), app.setup.lang);
        git.submit(GitJob::Probe);
        let size = terminal.size().map_err(backend_error)?;
        app.update(Action::Resize {
            width: size.width,
            height: size.height,
        });
        Ok(Shell {
            app,
            theme,
            session,
            terminal,
            console,
            clock: Box::new(clock),
            searcher,
            git,
            probed: Instant::now(),
            docs_for: None,
            docs_due: true,
        })
    }

    pub fn app(&self) -> &App {
        &self.app
    }

    pub fn backend(&self) -> &B {
        self.terminal.backend()
    }

    pub fn console_mut(&mut self) -> &mut C {
        &mut self.console
    }

    /// Runs until a quit, a stop signal, or an error of the console.
    pub fn run(&mut self) -> io::Result<()> {
        while self.step()? == Flow::Continue {}
        Ok(())
    }

    /// One turn of the loop: take in results, draw, wait for input, handle what came (or,
    /// when nothing did, tick the clock and take in file changes).
    pub fn step(&mut self) -> io::Result<Flow> {
        if self.console.stopped() {
            return Ok(Flow::Quit);
        }
        while let Ok((generation, hits)) = self.searcher.results().try_recv() {
            self.app.search_done(generation, hits);
        }
        // A stat per document of the open meeting: when another meeting opens, and on each
        // quiet tick (so a document that appears or goes is marked within one), not per key.
        if self.docs_due || self.app.meeting != self.docs_for {
            if let Some(m) = self.app.meeting.and_then(|id| self.app.library.get(id)) {
                let missing = store::missing_in(m);
                self.app.documents_checked(missing);
            }
            (self.docs_for, self.docs_due) = (self.app.meeting, false);
        }
        self.take_git_results();
        self.draw()?;
        // While a search runs, wake often to show its results as soon as they come.
        let wait = if self.app.is_searching() {
            SEARCH_TICK
        } else {
            TICK
        };
        self.console.wait(wait)?;
        let mut handled = false;
        while let Some(ev) = self.console.next_event()? {
            handled = true;
            let Some(action) = keymap::map_event(self.app.mode(), &ev) else {
                continue;
            };
            for effect in self.app.update(action) {
                if self.perform(effect)? == Flow::Quit {
                    return Ok(Flow::Quit);
                }
            }
        }
        if !handled {
            self.docs_due = true;
            self.app.update(Action::Tick((self.clock)()));
            self.take_file_changes();
            self.take_over_writing();
            if self.probed.elapsed() >= GIT_PROBE {
                self.git.submit(GitJob::Probe);
                self.probed = Instant::now();
            }
        }
        Ok(Flow::Continue)
    }

    /// One frame, inside the console's frame bracket (a synchronized update on a real
    /// terminal: shown whole, never torn).
    fn draw(&mut self) -> io::Result<()> {
        self.console.begin_frame()?;
        let (app, theme) = (&self.app, &self.theme);
        let drawn = self
            .terminal
            .draw(|f| ui::render(app, theme, f))
            .map(|_| ())
            .map_err(backend_error);
        // Closed even when drawing failed: the terminal must not stay holding its output.
        let ended = self.console.end_frame();
        drawn.and(ended)
    }

    fn perform(&mut self, effect: Effect) -> io::Result<Flow> {
        let app = &mut self.app;
        match effect {
            Effect::Quit => return Ok(Flow::Quit),
            // git may be writing the same files while it merges: hold the edit (a typed one
            // stays on screen) rather than race it.
            Effect::Save(req) if app.git.syncing => {
                app.save_failed(req, t!(app.setup.lang, "ui-git-sync-running"))
            }
            Effect::Save(req) => {
                save(app, &self.session, req);
                self.git.submit(GitJob::Probe);
            }
            Effect::Sync => self.git.submit(GitJob::Sync),
            Effect::Park(_) if app.git.syncing => {
                app.park_failed(t!(app.setup.lang, "ui-git-sync-running"))
            }
            Effect::Park(req) => {
                park(app, &self.session, req);
                self.git.submit(GitJob::Probe);
            }
            Effect::Search(job) => self.searcher.submit(job),
            Effect::OpenDocument(target) => match super::opener::open(&target) {
                Ok(name) => app.set_status(
                    t!(
                        app.setup.lang,
                        "ui-record-opened",
                        name = name,
                        opener = super::opener::OPENER
                    ),
                    false,
                ),
                Err(e) => app.set_status(e.message(app.setup.lang), true),
            },
            Effect::OpenEditor { path, line } => self.open_editor(&path, line)?,
        }
        Ok(Flow::Continue)
    }

    /// The repository's state and sync results from the git worker. After a sync the
    /// folder is reloaded at once: it may hold others' changes now.
    fn take_git_results(&mut self) {
        while let Ok(done) = self.git.done().try_recv() {
            match done {
                GitDone::Probed(status) => self.app.git_probed(status),
                GitDone::Synced(report) => {
                    let effects = reload(&mut self.app);
                    self.submit_searches(effects);
                    self.app.sync_done(report);
                }
            }
        }
    }

    fn submit_searches(&self, effects: Vec<Effect>) {
        for effect in effects {
            if let Effect::Search(job) = effect {
                self.searcher.submit(job);
            }
        }
    }

    /// A read-only docket takes write access once the docket holding it quits, and says so.
    fn take_over_writing(&mut self) {
        if !matches!(self.session.access, Access::ReadOnly(_)) {
            return;
        }
        let app = &mut self.app;
        match store::FolderLock::acquire(&app.setup.dir) {
            Access::Write(lock) => {
                let cleaned = store::remove_stale_temps(&lock, &app.setup.dir).len();
                self.session.access = Access::Write(lock);
                app.read_only = None;
                let mut text = t!(app.setup.lang, "ui-status-write-access");
                if cleaned > 0 {
                    text.push_str("; ");
                    text.push_str(&t!(app.setup.lang, "cli-removed-temps", count = cleaned));
                }
                app.set_status(text, false);
            }
            // The reason may have changed (the other docket now holds a folder above).
            Access::ReadOnly(why) => app.read_only = Some(why.message(app.setup.lang)),
        }
    }

    /// Takes in what the watcher saw: each changed file is read again on its own (a rescan
    /// reloads the folder). Files that hold what docket itself last wrote change nothing,
    /// so docket's own saves cost one read and no reload.
    fn take_file_changes(&mut self) {
        let Some(watcher) = &self.session.watcher else {
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
            reload(&mut self.app)
        } else if paths.is_empty() {
            return;
        } else {
            self.app
                .take_changes(paths.iter().map(|p| store::reread(p)).collect())
                .0
        };
        self.submit_searches(effects);
    }

    /// Runs `$VISUAL` or `$EDITOR` (else `vi`) on the file at a line, with the screen
    /// given back for the time it runs, then reloads.
    fn open_editor(&mut self, path: &Path, line: usize) -> io::Result<()> {
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
        self.console.suspend();
        let status = std::process::Command::new(program)
            .args(words)
            .arg(format!("+{line}"))
            .arg(path)
            .status();
        self.console.resume()?;
        self.terminal.clear().map_err(backend_error)?;
        let app = &mut self.app;
        // A search cannot be open while the editor runs, so there is no search to run again.
        let _ = reload(app);
        match status {
            Ok(s) if s.success() => app.set_status(
                t!(
                    app.setup.lang,
                    "ui-status-reloaded-after",
                    program = program
                ),
                false,
            ),
            Ok(s) => app.set_status(
                t!(
                    app.setup.lang,
                    "ui-status-editor-ended",
                    program = program,
                    status = s.to_string()
                ),
                true,
            ),
            Err(e) => app.set_status(
                t!(
                    app.setup.lang,
                    "ui-status-cannot-run",
                    program = program,
                    reason = store::plain_io(&e)
                ),
                true,
            ),
        }
        Ok(())
    }
}

/// A backend's error as an I/O error (the crossterm backend's already is one).
fn backend_error<E: std::fmt::Display>(e: E) -> io::Error {
    io::Error::other(e.to_string())
}

/// Writes a save request: an undo goes through `store::undo_edit`, so it never takes back
/// a change someone else made since.
pub fn perform_save(
    lock: &store::FolderLock,
    req: &SaveRequest,
) -> Result<store::Applied, store::SaveError> {
    match &req.written {
        Some(w) => store::undo_edit(lock, &req.path, req.loaded, &req.edit, &w.0),
        None => store::save_edit(lock, &req.path, req.loaded, &req.edit),
    }
}

fn save(app: &mut App, session: &Session, req: SaveRequest) {
    match &session.access {
        Access::Write(lock) => save_with(app, lock, req),
        Access::ReadOnly(why) => {
            let why = why.message(app.setup.lang);
            app.save_failed(req, why);
        }
    }
}

fn park(app: &mut App, session: &Session, req: store::park::ParkRequest) {
    match &session.access {
        Access::Write(lock) => park_with(app, lock, req),
        Access::ReadOnly(why) => app.park_failed(why.message(app.setup.lang)),
    }
}

fn save_with(app: &mut App, lock: &store::FolderLock, req: SaveRequest) {
    match perform_save(lock, &req) {
        Ok(applied) => app.saved(req, applied),
        Err(e) => app.save_failed(req, e.message(app.setup.lang)),
    }
}

fn park_with(app: &mut App, lock: &store::FolderLock, req: store::park::ParkRequest) {
    match store::park::park(lock, &req) {
        Ok(done) => app.parked(done),
        Err(e) => app.park_failed(e.message(app.setup.lang)),
    }
}

/// Performs the writes among `effects` (saves and parking) with the folder's lock and
/// reports each to the app, as the loop does; returns the other effects. For tests that
/// drive `App::update` with actions rather than the whole loop.
pub fn perform_writes(
    app: &mut App,
    lock: &store::FolderLock,
    effects: Vec<Effect>,
) -> Vec<Effect> {
    let mut rest = Vec::new();
    for effect in effects {
        match effect {
            Effect::Save(req) => save_with(app, lock, req),
            Effect::Park(req) => park_with(app, lock, req),
            other => rest.push(other),
        }
    }
    rest
}

fn reload(app: &mut App) -> Vec<Effect> {
    match store::load_dir(&app.setup.dir.clone()) {
        Ok(loaded) => app.reload(loaded),
        Err(e) => {
            app.set_status(
                t!(
                    app.setup.lang,
                    "ui-status-cannot-reload",
                    reason = e.message(app.setup.lang)
                ),
                true,
            );
            Vec::new()
        }
    }
}

/// One step of a script: events that arrive together, or a quiet tick.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Scripted {
    Events(Vec<Event>),
    Quiet,
}

/// Events from a script, for tests: each entry is one wake of the loop. A quiet tick
/// waits (up to a short time, so a file watcher can deliver); when the script is used up
/// the console says the terminal went away, so a loop never waits for ever.
#[derive(Debug, Default)]
pub struct ScriptedConsole {
    script: VecDeque<Scripted>,
    ready: VecDeque<Event>,
    /// How long a quiet tick waits at most.
    pub quiet_wait: Duration,
}

impl ScriptedConsole {
    pub fn new(script: impl IntoIterator<Item = Scripted>) -> Self {
        ScriptedConsole {
            script: script.into_iter().collect(),
            ready: VecDeque::new(),
            quiet_wait: Duration::from_millis(20),
        }
    }

    /// Adds steps at the end of the script.
    pub fn push(&mut self, steps: impl IntoIterator<Item = Scripted>) {
        self.script.extend(steps);
    }

    pub fn is_done(&self) -> bool {
        self.script.is_empty() && self.ready.is_empty()
    }
}

impl Console for ScriptedConsole {
    fn wait(&mut self, timeout: Duration) -> io::Result<()> {
        match self.script.pop_front() {
            Some(Scripted::Events(evs)) => self.ready.extend(evs),
            // The loop's own wait (bounded), as a quiet terminal would take.
            Some(Scripted::Quiet) => std::thread::sleep(timeout.min(self.quiet_wait)),
            None => {
                return Err(io::Error::new(
                    io::ErrorKind::UnexpectedEof,
                    "the script ended",
                ));
            }
        }
        Ok(())
    }

    fn next_event(&mut self) -> io::Result<Option<Event>> {
        Ok(self.ready.pop_front())
    }
}
