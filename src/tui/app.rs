//! The interface state and `update`: an action in, state changed, effects out. No I/O here;
//! the event loop performs the effects.

use super::action::Action;
use super::capture::Input;
pub use super::cursor::Cursor;
pub use super::keymap::Mode;
use super::layout::{self, Areas};
use super::overlay::{self, Outcome};
use super::picker;
pub use super::picker::Picker;
use crate::model::{Library, MeetingId, PendingAction, PreviousOutcome, Scope, Target};
use crate::store::edit::Edit;
use crate::store::{ContentHash, Diagnostic};
use chrono::{NaiveDate, NaiveDateTime};
use ratatui::layout::Rect;
use std::collections::HashMap;
use std::path::PathBuf;

/// Something the event loop must do after an update.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    Quit,
    /// Write an edit to a file (see `store::save_edit`), then report back with
    /// `App::saved` or `App::save_failed`.
    Save(SaveRequest),
    /// Run a search on the worker thread; results come back through `App::search_done`.
    Search(super::search::SearchJob),
    /// Move an item into the next meeting's file or the series' parked file (see
    /// `store::park::park`), then report back with `App::parked` or `App::park_failed`.
    Park(crate::store::park::ParkRequest),
    /// Open a document with the system's opener (the target as one argument, no shell).
    OpenDocument(crate::model::DocumentTarget),
    /// Suspend the screen, run the editor on the file at a line, then reload.
    OpenEditor {
        path: PathBuf,
        line: usize,
    },
    /// Run `docket sync` on the git worker; the result comes back through `App::sync_done`.
    Sync,
}

/// An edit on its way to disk, with what is needed to report on it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SaveRequest {
    pub path: PathBuf,
    /// What the file held when docket last read or wrote it.
    pub loaded: ContentHash,
    pub edit: Edit,
    /// This is an undo: on success it is not pushed on the undo stack.
    pub undo: bool,
    /// The capture to put back on screen if the write fails, so nothing typed is lost.
    pub retry: Option<Input>,
    /// For an undo: the meeting as docket's edit left it, so an undo of something changed
    /// since by someone else is refused (see `store::undo_edit`).
    pub written: Option<Written>,
}

/// A meeting as one of docket's edits left it. (Equality is the meeting's; `Eq` so effects
/// can be compared in tests.)
#[derive(Debug, Clone, PartialEq)]
pub struct Written(pub std::sync::Arc<crate::model::Meeting>);

impl Eq for Written {}

/// One step of the undo stack: the inverse of an edit that was written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UndoStep {
    pub path: PathBuf,
    pub inverse: Edit,
    /// What was done, for the status line.
    pub done: String,
    /// The meeting as the edit left it.
    pub written: Written,
}

/// A message in the footer until the next key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Status {
    pub text: String,
    pub error: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pane {
    Agenda,
    Outcomes,
    Pending,
    Details,
}

impl Pane {
    const ORDER: [Pane; 4] = [Pane::Agenda, Pane::Outcomes, Pane::Pending, Pane::Details];

    /// Where the pane is on screen.
    fn area(self, a: &Areas) -> Rect {
        match self {
            Pane::Agenda => a.agenda,
            Pane::Outcomes => a.outcomes,
            Pane::Pending => a.pending,
            Pane::Details => a.details,
        }
    }

    fn step(self, by: isize) -> Pane {
        let i = Pane::ORDER.iter().position(|&p| p == self).unwrap_or(0) as isize;
        Pane::ORDER[(i + by).rem_euclid(Pane::ORDER.len() as isize) as usize]
    }
}

/// The cursor of each pane, indexed by the pane. (The details pane has one too, unused: it
/// scrolls by `App::details_scroll`.)
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Cursors([Cursor; 4]);

impl std::ops::Index<Pane> for Cursors {
    type Output = Cursor;
    fn index(&self, pane: Pane) -> &Cursor {
        &self.0[pane as usize]
    }
}

impl std::ops::IndexMut<Pane> for Cursors {
    fn index_mut(&mut self, pane: Pane) -> &mut Cursor {
        &mut self.0[pane as usize]
    }
}

#[derive(Debug, Clone, PartialEq)]
pub enum Overlay {
    None,
    Help {
        scroll: usize,
    },
    Problems {
        scroll: usize,
    },
    Lint {
        scroll: usize,
    },
    Picker(Picker),
    /// The one-line capture of an outcome or action.
    Input(Input),
    Search(Box<super::search::SearchState>),
    /// The form that adds or edits an item, an outcome or an action.
    Form(Box<super::form::Form>),
    /// Delete …? y / any other key.
    Confirm(super::prepare::Question),
    /// Which of the details' outcomes or actions.
    Choose(super::prepare::Chooser),
    /// `P`: who is present.
    Attendance(super::attendance::AttendanceState),
    /// `O` on an item with several documents: which one to open.
    Documents(Cursor),
}

/// The part of the state set once at start (folder, language, options); the theme, the
/// other read-only part, is the shell's.
#[derive(Debug, Clone)]
pub struct Setup {
    /// The folder of meeting files.
    pub dir: PathBuf,
    /// The language of the interface.
    pub lang: crate::i18n::Lang,
    /// `--live`: show the meeting clock even when the meeting is not today.
    pub live: bool,
    /// Space marks discussed and moves to the next item (config `space_moves_on`).
    pub space_moves_on: bool,
}

/// Everything the screen shows, and nothing it does not need.
#[derive(Debug, Clone)]
pub struct App {
    pub(super) library: Library,
    pub(super) problems: Vec<Diagnostic>,
    /// What is set once at start and never changes while docket runs.
    pub(super) setup: Setup,
    pub(super) today: NaiveDate,
    pub(super) now: NaiveDateTime,
    pub(super) meeting: Option<MeetingId>,
    pub(super) focus: Pane,
    /// The selection of each list pane (the details scroll instead: `details_scroll`).
    pub(super) cursors: Cursors,
    pub(super) details_scroll: usize,
    pub(super) scope: Scope,
    pub(super) overlay: Overlay,
    pub(super) size: Rect,
    /// Derived from the meeting, the selected item and the scope; refreshed by `refresh`.
    pub(super) pending_list: Vec<PendingAction>,
    pub(super) outcome_list: Vec<PreviousOutcome>,
    /// The agenda lint of the current meeting when it is being prepared (today or later).
    pub(super) lint: Vec<crate::model::Finding>,
    /// What each file held when last read or written by docket.
    pub(super) hashes: HashMap<PathBuf, ContentHash>,
    /// Why this docket may not write (another one holds the folder), if so.
    pub(super) read_only: Option<String>,
    /// The open meeting's file cannot be read or parsed now: why. Its last good version
    /// stays on screen and writes to it are refused until it reads again.
    pub(super) unreadable: Option<Diagnostic>,
    pub(super) undo: Vec<UndoStep>,
    pub(super) status: Option<Status>,
    /// Built when search opens; dropped whenever the meetings change.
    pub(super) search_index: Option<super::search::SharedIndex>,
    /// The outcome or action of the selected item that a search hit pointed at.
    pub(super) details_mark: Option<super::search::DetailsMark>,
    /// Pending actions marked with Space, to close together.
    pub(super) marked: Vec<super::prepare::Mark>,
    /// Writes decided inside a helper, handed out by the action that called it.
    pub(super) queued: Vec<Effect>,
    /// `p`: the presenter view instead of the panes.
    pub(super) presenter: bool,
    /// Which document files of the current meeting are missing, as last looked up by the
    /// event loop (`true`: missing).
    pub(super) doc_missing: HashMap<PathBuf, bool>,
    /// The git repository the folder is in, if any (see `tui/git.rs`).
    pub(super) git: super::git::GitView,
}

impl App {
    pub fn new(
        library: Library,
        problems: Vec<Diagnostic>,
        dir: PathBuf,
        now: NaiveDateTime,
    ) -> Self {
        let today = now.date();
        let meeting = library.opening(today);
        let mut app = App {
            library,
            problems,
            setup: Setup {
                dir,
                lang: crate::i18n::Lang::En,
                live: false,
                space_moves_on: true,
            },
            today,
            now,
            meeting,
            focus: Pane::Agenda,
            cursors: Cursors::default(),
            details_scroll: 0,
            scope: Scope::Series,
            overlay: Overlay::None,
            size: Rect::new(0, 0, 120, 40),
            pending_list: Vec::new(),
            outcome_list: Vec::new(),
            lint: Vec::new(),
            hashes: HashMap::new(),
            read_only: None,
            unreadable: None,
            undo: Vec::new(),
            status: None,
            search_index: None,
            details_mark: None,
            marked: Vec::new(),
            queued: Vec::new(),
            presenter: false,
            doc_missing: HashMap::new(),
            git: super::git::GitView::default(),
        };
        app.refresh();
        app
    }

    /// Opens a given meeting instead of the default one.
    /// Remembers what each file held when it was read.
    pub fn set_sources(&mut self, sources: &[crate::store::SourceFile]) {
        self.hashes = sources.iter().map(|s| (s.path.clone(), s.hash)).collect();
    }

    /// Opens a meeting with every pane at its start (the one place that does).
    pub fn open_meeting(&mut self, id: MeetingId) {
        if self.library.get(id).is_some() {
            self.details_mark = None;
            self.meeting = Some(id);
            self.cursors = Cursors::default();
            self.details_scroll = 0;
            self.refresh();
        }
    }

    pub fn mode(&self) -> Mode {
        match &self.overlay {
            Overlay::None => Mode::Normal,
            Overlay::Help { .. }
            | Overlay::Problems { .. }
            | Overlay::Lint { .. }
            | Overlay::Documents(_) => Mode::List,
            Overlay::Attendance(a) if a.typing() => Mode::TextList,
            Overlay::Attendance(_) => Mode::Attendance,
            Overlay::Picker(_) => Mode::TextList,
            Overlay::Input(_) => Mode::Input,
            Overlay::Search(_) => Mode::TextList,
            Overlay::Form(_) => Mode::Form,
            Overlay::Confirm(_) => Mode::Confirm,
            Overlay::Choose(_) => Mode::List,
        }
    }

    pub fn areas(&self) -> Option<Areas> {
        layout::main_areas(self.size)
    }

    pub fn bad_file_count(&self) -> usize {
        let mut paths: Vec<_> = self.problems.iter().map(|d| &d.path).collect();
        paths.dedup();
        paths.len()
    }

    /// The selected agenda item of the current meeting.
    pub fn selected_item(&self) -> Option<(MeetingId, usize)> {
        let id = self.meeting?;
        let m = self.library.get(id)?;
        let sel = self.cursors[Pane::Agenda].selected()?;
        (sel < m.items.len()).then_some((id, sel))
    }

    /// Whether `m` is the meeting being held: today's, or any with `--live`. Only then do
    /// marks carry the time and the clock run.
    pub fn is_live(&self, m: &crate::model::Meeting) -> bool {
        m.date == self.today || self.setup.live
    }

    /// Recomputes the derived lists after the meeting, item or scope changed.
    pub fn refresh(&mut self) {
        let Some(id) = self.meeting else {
            self.pending_list.clear();
            self.outcome_list.clear();
            self.lint.clear();
            return;
        };
        let target = Target::Meeting(id);
        self.lint = if self.library.meeting(id).date >= self.today {
            self.library.lint_in(&target, self.setup.lang)
        } else {
            Vec::new()
        };
        self.pending_list = self.library.pending(&target, self.scope);
        self.refresh_item();
    }

    /// Recomputes what depends on the selected item only (its topic's earlier outcomes):
    /// moving through the agenda does not recompute the meeting's pending actions and lint.
    fn refresh_item(&mut self) {
        // After a reload the agenda may be shorter: clamp first, so the history shown is
        // that of the item actually selected.
        let (len, rows) = (self.len(Pane::Agenda), self.rows(Pane::Agenda));
        self.cursors[Pane::Agenda].follow(len, rows);
        self.outcome_list = match self.selected_item() {
            Some((id, i)) => {
                let topic = &self.library.meeting(id).items[i].topic;
                self.library.previous_outcomes(topic, id.0)
            }
            None => Vec::new(),
        };
        self.follow_all();
    }

    fn rows(&self, pane: Pane) -> usize {
        let Some(a) = self.areas() else { return 1 };
        layout::inner(pane.area(&a)).height.max(1) as usize
    }

    fn len(&self, pane: Pane) -> usize {
        match pane {
            Pane::Agenda => self
                .meeting
                .map_or(0, |id| self.library.meeting(id).items.len()),
            Pane::Outcomes => self.outcome_list.len(),
            Pane::Pending => self.pending_list.len(),
            Pane::Details => usize::MAX,
        }
    }

    pub(super) fn follow_all(&mut self) {
        for pane in [Pane::Agenda, Pane::Outcomes, Pane::Pending] {
            let (len, rows) = (self.len(pane), self.rows(pane));
            if let Some(c) = self.cursor_mut(pane) {
                c.follow(len, rows);
            }
        }
    }

    fn cursor_mut(&mut self, pane: Pane) -> Option<&mut Cursor> {
        (pane != Pane::Details).then_some(&mut self.cursors[pane])
    }

    /// Moves the selection of a pane; a new agenda item brings its own history.
    pub(super) fn move_in(&mut self, pane: Pane, delta: isize) {
        if pane == Pane::Details {
            self.details_scroll = self.details_scroll.saturating_add_signed(delta);
            return;
        }
        let (len, rows) = (self.len(pane), self.rows(pane));
        let before = self.cursors[Pane::Agenda].selected();
        if let Some(c) = self.cursor_mut(pane) {
            c.step(delta, len, rows);
        }
        if pane == Pane::Agenda && self.cursors[Pane::Agenda].selected() != before {
            self.details_mark = None;
            self.cursors[Pane::Outcomes] = Cursor::default();
            self.details_scroll = 0;
            self.refresh_item();
        }
    }

    fn switch_meeting(&mut self, delta: isize) {
        let Some(id) = self.meeting else { return };
        let next = id.0 as isize + delta;
        if next >= 0 && (next as usize) < self.library.len() {
            self.open_meeting(MeetingId(next as usize));
        }
    }

    pub fn update(&mut self, action: Action) -> Vec<Effect> {
        if !matches!(action, Action::Tick(_) | Action::Resize { .. }) {
            self.status = None;
        }
        match action {
            Action::Quit if self.git.syncing => return self.quit_while_syncing(),
            Action::Quit => return vec![Effect::Quit],
            Action::Resize { width, height } => {
                self.size = Rect::new(0, 0, width, height);
                self.follow_all();
            }
            Action::Tick(now) => {
                self.now = now;
                self.today = now.date();
            }
            _ => return self.route(action),
        }
        Vec::new()
    }

    /// Hands an action to the open overlay, else to the main screen.
    fn route(&mut self, action: Action) -> Vec<Effect> {
        match &self.overlay {
            Overlay::None => self.update_main(action),
            Overlay::Input(_) => self.update_input(action),
            Overlay::Search(_) => self.update_search(action),
            Overlay::Form(_) => self.update_form(action),
            Overlay::Confirm(_) => self.update_confirm(action),
            Overlay::Choose(_) => self.update_choose(action),
            Overlay::Attendance(_) => self.update_attendance(action),
            Overlay::Documents(_) => self.update_documents(action),
            Overlay::Help { .. }
            | Overlay::Problems { .. }
            | Overlay::Lint { .. }
            | Overlay::Picker(_) => {
                self.update_overlay(action);
                Vec::new()
            }
        }
    }

    fn update_main(&mut self, action: Action) -> Vec<Effect> {
        if self.presenter && !super::record::presenter_key(&action) {
            return Vec::new();
        }
        let page = self.rows(self.focus) as isize;
        match action {
            Action::Up => self.move_in(self.focus, -1),
            Action::Down => self.move_in(self.focus, 1),
            Action::PageUp => self.move_in(self.focus, -page),
            Action::PageDown => self.move_in(self.focus, page),
            Action::Top => self.move_in(self.focus, isize::MIN / 2),
            Action::Bottom => self.move_in(self.focus, isize::MAX / 2),
            Action::FocusNext => self.focus = self.focus.step(1),
            Action::FocusPrev => self.focus = self.focus.step(-1),
            Action::PrevMeeting => self.switch_meeting(-1),
            Action::NextMeeting => self.switch_meeting(1),
            Action::ToggleAllSeries => {
                self.scope = match self.scope {
                    Scope::Series => Scope::AllSeries,
                    Scope::AllSeries => Scope::Series,
                };
                self.cursors[Pane::Pending] = Cursor::default();
                self.refresh();
            }
            Action::OpenHelp => self.overlay = Overlay::Help { scroll: 0 },
            Action::OpenProblems => self.overlay = Overlay::Problems { scroll: 0 },
            Action::OpenLint => self.overlay = Overlay::Lint { scroll: 0 },
            Action::OpenSearch => self.open_search(),
            Action::OpenPicker => {
                self.overlay = Overlay::Picker(Picker::open(&self.picker_context()));
            }
            Action::Click { col, row } => self.click(col, row),
            Action::ScrollUp { col, row } => self.wheel(col, row, -3),
            Action::ScrollDown { col, row } => self.wheel(col, row, 3),
            Action::ToggleDiscussed => return self.space(),
            Action::ToggleDone => return self.close_action(false),
            Action::CloseDropped => return self.close_action(true),
            Action::NewItem => return self.new_item(),
            Action::EditSelected => return self.edit_selected(),
            Action::ToggleStanding => return self.toggle_standing(),
            Action::MoveItemUp => return self.move_item(true),
            Action::MoveItemDown => return self.move_item(false),
            Action::Delete => return self.delete(),
            Action::Park => return self.park(),
            Action::AddOutcome => self.open_input(super::capture::InputKind::Outcome(
                crate::model::OutcomeKind::Agreement,
            )),
            Action::AddAction => self.open_input(super::capture::InputKind::Action),
            Action::Undo => return self.undo_last(),
            Action::EditFile => return self.edit_file(),
            Action::OpenAttendance => self.open_attendance(),
            Action::OpenDocument => return self.open_document(),
            Action::TogglePresenter => self.toggle_presenter(),
            Action::Close if self.presenter => self.presenter = false,
            Action::Sync => return self.start_sync(),
            _ => {}
        }
        Vec::new()
    }

    pub fn set_status(&mut self, text: impl Into<String>, error: bool) {
        self.status = Some(Status {
            text: text.into(),
            error,
        });
    }

    fn pane_at(&self, col: u16, row: u16) -> Option<(Pane, Rect)> {
        let a = self.areas()?;
        Pane::ORDER
            .into_iter()
            .map(|p| (p, p.area(&a)))
            .find(|(_, r)| layout::contains(*r, col, row))
    }

    fn click(&mut self, col: u16, row: u16) {
        let Some((pane, rect)) = self.pane_at(col, row) else {
            return;
        };
        self.focus = pane;
        let inner = layout::inner(rect);
        if pane == Pane::Details || !layout::contains(inner, col, row) {
            return;
        }
        let offset = self.cursors[pane].offset;
        let target = offset + (row - inner.y) as usize;
        if target < self.len(pane) {
            if let Some(c) = self.cursor_mut(pane)
                && c.lost
            {
                // A click selects the row clicked, not the row the lost cursor stood on.
                c.sel = target;
            }
            let current = self.cursors[pane].sel;
            self.move_in(pane, target as isize - current as isize);
        }
    }

    fn wheel(&mut self, col: u16, row: u16, delta: isize) {
        if let Some((pane, _)) = self.pane_at(col, row) {
            self.move_in(pane, delta);
        }
    }

    /// The help, problems, warnings and picker overlays: each handles the action, then
    /// its outcome is carried out here.
    fn update_overlay(&mut self, action: Action) {
        let rows = layout::overlay_rows(self.size);
        let outcome = match &mut self.overlay {
            Overlay::Help { scroll } => {
                let max = super::ui::help::max_scroll(self.setup.lang, self.size);
                overlay::scroll(scroll, &action, super::ui::help::page(self.size), max)
            }
            // Their renderers clamp what is shown; the scroll itself is not bounded here.
            Overlay::Problems { scroll } | Overlay::Lint { scroll } => {
                overlay::scroll(scroll, &action, rows, usize::MAX / 4)
            }
            Overlay::Picker(p) => {
                let cx = picker::Context {
                    library: &self.library,
                    lang: self.setup.lang,
                    current: self.meeting,
                    rows,
                };
                match p.update(&action, &cx) {
                    Outcome::Done(id) => {
                        self.overlay = Overlay::None;
                        self.open_meeting(id);
                        return;
                    }
                    other => other.map_done(|_| ()),
                }
            }
            _ => Outcome::Stay,
        };
        self.settle(outcome);
    }

    /// Carries out what every overlay can answer: stay, tell, close.
    pub(super) fn settle(&mut self, outcome: Outcome<()>) {
        match outcome {
            Outcome::Stay | Outcome::Done(()) => {}
            Outcome::Tell(text) => self.set_status(text, false),
            Outcome::Close => self.overlay = Overlay::None,
        }
    }

    /// What the picker reads.
    pub(super) fn picker_context(&self) -> picker::Context<'_> {
        picker::Context {
            library: &self.library,
            lang: self.setup.lang,
            current: self.meeting,
            rows: layout::overlay_rows(self.size),
        }
    }
}
