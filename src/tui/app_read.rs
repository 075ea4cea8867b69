//! What the shell, the commands and tests read of `App` (its fields are private to the
//! interface), and the few settings made once at start.

use super::app::{App, Cursor, Overlay, Pane, Setup, Status, UndoStep};
use crate::model::{Library, MeetingId, PendingAction, PreviousOutcome, Scope};
use crate::store::Diagnostic;
use chrono::{NaiveDate, NaiveDateTime};
use ratatui::layout::Rect;

impl App {
    /// The interface's language, set once at start (`--lang`, config, locale).
    pub fn set_lang(&mut self, lang: crate::i18n::Lang) {
        self.setup.lang = lang;
        // The agenda warnings are worded when they are computed.
        self.refresh();
    }

    /// `--live`: the clock and timed marks on any meeting, not only today's.
    pub fn set_live(&mut self, live: bool) {
        self.setup.live = live;
    }

    /// Config `space_moves_on`.
    pub fn set_space_moves_on(&mut self, on: bool) {
        self.setup.space_moves_on = on;
    }

    /// Focuses a pane (as a click on it does).
    pub fn set_focus(&mut self, pane: Pane) {
        self.focus = pane;
    }

    /// Another docket holds the folder: why this one may not write.
    pub fn set_read_only(&mut self, why: Option<String>) {
        self.read_only = why;
    }

    // What rendering, the shell and tests read.
    pub fn setup(&self) -> &Setup {
        &self.setup
    }
    pub fn library(&self) -> &Library {
        &self.library
    }
    pub fn problems(&self) -> &[Diagnostic] {
        &self.problems
    }
    pub fn dir(&self) -> &std::path::Path {
        &self.setup.dir
    }
    pub fn today(&self) -> NaiveDate {
        self.today
    }
    pub fn now(&self) -> NaiveDateTime {
        self.now
    }
    pub fn lang(&self) -> crate::i18n::Lang {
        self.setup.lang
    }
    pub fn live(&self) -> bool {
        self.setup.live
    }
    pub fn meeting(&self) -> Option<MeetingId> {
        self.meeting
    }
    pub fn focus(&self) -> Pane {
        self.focus
    }
    /// The selection of a pane.
    pub fn cursor(&self, pane: Pane) -> Cursor {
        self.cursors[pane]
    }
    pub fn details_scroll(&self) -> usize {
        self.details_scroll
    }
    pub fn scope(&self) -> Scope {
        self.scope
    }
    pub fn overlay(&self) -> &Overlay {
        &self.overlay
    }
    pub fn size(&self) -> Rect {
        self.size
    }
    pub fn pending_list(&self) -> &[PendingAction] {
        &self.pending_list
    }
    pub fn outcome_list(&self) -> &[PreviousOutcome] {
        &self.outcome_list
    }
    pub fn lint(&self) -> &[crate::model::Finding] {
        &self.lint
    }
    pub fn read_only(&self) -> Option<&str> {
        self.read_only.as_deref()
    }
    pub fn unreadable(&self) -> Option<&Diagnostic> {
        self.unreadable.as_ref()
    }
    pub fn undo_steps(&self) -> &[UndoStep] {
        &self.undo
    }
    pub fn status(&self) -> Option<&Status> {
        self.status.as_ref()
    }
    pub fn details_mark(&self) -> Option<super::search::DetailsMark> {
        self.details_mark
    }
    pub fn space_moves_on(&self) -> bool {
        self.setup.space_moves_on
    }
    pub fn marked(&self) -> &[super::prepare::Mark] {
        &self.marked
    }
    pub fn presenter(&self) -> bool {
        self.presenter
    }
    pub fn git(&self) -> &super::git::GitView {
        &self.git
    }
}
