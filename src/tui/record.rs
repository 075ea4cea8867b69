//! The record in `App`: the attendance list, opening documents, the presenter view. No
//! I/O: presence goes out as `Effect::Save`, a document as `Effect::OpenDocument`.

use super::action::Action;
use super::app::{App, Cursor, Effect, Overlay, Pane};
use super::attendance::{AttendanceState, SetPresent};
use super::layout;
use super::overlay::{self, Outcome};
use crate::model::{AttendanceRow, Document};
use crate::store::edit::{Edit, RecordEdit};
use crate::t;

impl App {
    /// The rows of the current meeting's attendance list.
    pub fn attendance_rows(&self) -> Vec<AttendanceRow> {
        self.meeting
            .map(|id| self.library.attendance(id).rows())
            .unwrap_or_default()
    }

    /// The rows of the attendance and documents lists (below their header lines).
    fn record_rows(&self) -> usize {
        layout::overlay_rows_below(self.size, 3)
    }

    pub(super) fn open_attendance(&mut self) {
        if self.meeting.is_none() {
            self.set_status(t!(self.setup.lang, "ui-record-no-meeting-attendance"), true);
            return;
        }
        self.overlay = Overlay::Attendance(AttendanceState {
            lang: self.setup.lang,
            ..AttendanceState::default()
        });
    }

    pub(super) fn update_attendance(&mut self, action: Action) -> Vec<Effect> {
        let rows = self.attendance_rows();
        let page = self.record_rows();
        let Overlay::Attendance(state) = &mut self.overlay else {
            return Vec::new();
        };
        match state.update(action, &rows, page) {
            Outcome::Done(SetPresent { name, present }) => {
                let Some(id) = self.meeting else {
                    return Vec::new();
                };
                let path = self.library.meeting(id).path.clone();
                if !self.may_write(&path) {
                    return Vec::new();
                }
                self.save(&path, Edit::set_present(&name, present), None)
            }
            other => {
                self.settle(other.map_done(|_| ()));
                Vec::new()
            }
        }
    }

    /// After a write or a reload: keep the attendance list's selection on the name just
    /// changed, or within the list; keep the document chooser within the documents.
    pub(super) fn follow_attendance(&mut self, edit: Option<&Edit>) {
        let rows = self.attendance_rows();
        let docs = self.selected_documents().len();
        let page = self.record_rows();
        let name = match edit {
            Some(Edit::Record(RecordEdit::SetPresent { name, .. })) => Some(name.as_str()),
            _ => None,
        };
        match &mut self.overlay {
            Overlay::Attendance(state) => state.follow(&rows, name, page),
            Overlay::Documents(cursor) => cursor.step(0, docs, page),
            _ => {}
        }
    }

    /// A typed name that could not be written is put back in the list's input, so nothing
    /// typed is lost; Enter retries.
    pub(super) fn attendance_not_saved(&mut self, edit: &Edit) {
        let rows = self.attendance_rows();
        let lang = self.setup.lang;
        let Edit::Record(RecordEdit::SetPresent {
            name,
            present: true,
        }) = edit
        else {
            return;
        };
        if let Overlay::Attendance(state) = &mut self.overlay
            && !state.typing()
            && !rows.iter().any(|r| &r.name == name)
        {
            state.adding = Some(super::text_field::TextField::new(name));
            state.error = Some(t!(lang, "ui-record-not-saved-retry"));
        }
    }

    /// The documents of the selected agenda item.
    pub fn selected_documents(&self) -> &[Document] {
        match self.selected_item() {
            Some((id, i)) => &self.library.meeting(id).items[i].documents,
            None => &[],
        }
    }

    pub(super) fn open_document(&mut self) -> Vec<Effect> {
        let docs = self.selected_documents();
        match docs.len() {
            0 => {
                self.set_status(t!(self.setup.lang, "ui-record-no-documents"), true);
                Vec::new()
            }
            1 => self.open_nth_document(0),
            _ => {
                self.overlay = Overlay::Documents(Cursor::default());
                Vec::new()
            }
        }
    }

    fn open_nth_document(&self, n: usize) -> Vec<Effect> {
        let Some((id, _)) = self.selected_item() else {
            return Vec::new();
        };
        let path = &self.library.meeting(id).path;
        self.selected_documents()
            .get(n)
            .map(|d| vec![Effect::OpenDocument(d.resolve(path))])
            .unwrap_or_default()
    }

    pub(super) fn update_documents(&mut self, action: Action) -> Vec<Effect> {
        let len = self.selected_documents().len();
        let page = self.record_rows();
        let Overlay::Documents(cursor) = &mut self.overlay else {
            return Vec::new();
        };
        match overlay::pick(cursor, &action, len, page) {
            Outcome::Done(n) => {
                self.overlay = Overlay::None;
                return self.open_nth_document(n);
            }
            other => self.settle(other.map_done(|_| ())),
        }
        Vec::new()
    }

    pub(super) fn toggle_presenter(&mut self) {
        if self.meeting.is_none() {
            self.set_status(t!(self.setup.lang, "ui-record-no-meeting-present"), true);
            return;
        }
        self.presenter = !self.presenter;
        // j/k move through the agenda there, and Space marks the item.
        self.focus = Pane::Agenda;
    }

    /// Takes in which document files of the current meeting are missing (looked up by the
    /// event loop, which may do I/O).
    pub fn documents_checked(
        &mut self,
        missing: std::collections::HashMap<std::path::PathBuf, bool>,
    ) {
        self.doc_missing = missing;
    }
}

/// Whether an action of the main screen works in the presenter view: moving through the
/// agenda and marking, not what aims at panes that are not shown (clicks, Tab).
pub(super) fn presenter_key(action: &Action) -> bool {
    !matches!(
        action,
        Action::Click { .. }
            | Action::ScrollUp { .. }
            | Action::ScrollDown { .. }
            | Action::FocusNext
            | Action::FocusPrev
    )
}
