//! Live editing in `App`: marking, capturing, undo, and taking in the results of writes and
//! reloads. Still no I/O: writes go out as `Effect::Save` and come back through `saved` or
//! `save_failed`.

use super::action::Action;
use super::app::{App, Cursor, Effect, Overlay, Pane, SaveRequest, UndoStep};
use super::capture::{Input, InputKind, parse_action, parse_outcome};
use super::vote::{has_vote_words, parse_decision};
use crate::model::{Library, Meeting};
use crate::store::edit::{ActionRef, Edit, ItemRef};
use crate::store::{Applied, ContentHash, Loaded};
use std::path::Path;

impl App {
    /// Refuses an edit in read-only mode, with the reason in the footer.
    pub(super) fn may_write(&mut self) -> bool {
        match self.read_only.clone() {
            Some(why) => {
                self.set_status(why, true);
                false
            }
            None => true,
        }
    }

    pub(super) fn save(
        &self,
        path: &Path,
        edit: Edit,
        undo: bool,
        retry: Option<Input>,
    ) -> Vec<Effect> {
        let loaded = self.hashes.get(path).copied().unwrap_or(ContentHash(0));
        vec![Effect::Save(SaveRequest {
            path: path.to_path_buf(),
            loaded,
            edit,
            undo,
            retry,
        })]
    }

    pub(super) fn toggle_discussed(&mut self) -> Vec<Effect> {
        if !matches!(self.focus, Pane::Agenda | Pane::Details) {
            self.set_status("Space marks an agenda item: Tab to the agenda first", true);
            return Vec::new();
        }
        let Some((id, i)) = self.selected_item() else {
            return Vec::new();
        };
        if !self.may_write() {
            return Vec::new();
        }
        let m = self.library.meeting(id);
        let Some(target) = ItemRef::of(m, i) else {
            return Vec::new();
        };
        let edit = match m.items[i].discussed {
            Some(_) => Edit::unmark_discussed(target),
            None => Edit::mark_discussed(target, self.now.with_nanosecond_zero()),
        };
        self.save(&m.path.clone(), edit, false, None)
    }

    pub(super) fn toggle_done(&mut self) -> Vec<Effect> {
        if self.focus != Pane::Pending {
            self.set_status(
                "x marks a pending action done: Tab to the pending pane first",
                true,
            );
            return Vec::new();
        }
        let Some(p) = self.pending_list.get(self.pending.sel).copied() else {
            return Vec::new();
        };
        if !self.may_write() {
            return Vec::new();
        }
        let m = self.library.meeting(p.meeting);
        let Some(target) = ActionRef::of(m, p.item, p.action) else {
            return Vec::new();
        };
        let edit = match self.library.action(&p).done {
            Some(_) => Edit::reopen(target),
            None => Edit::mark_done(target, self.today),
        };
        self.save(&m.path.clone(), edit, false, None)
    }

    pub(super) fn open_input(&mut self, kind: InputKind) {
        if self.selected_item().is_none() {
            self.set_status("select an agenda item first", true);
        } else if self.may_write() {
            self.overlay = Overlay::Input(Input::new(kind));
        }
    }

    pub(super) fn update_input(&mut self, action: Action) -> Vec<Effect> {
        let Overlay::Input(input) = &mut self.overlay else {
            return Vec::new();
        };
        match action {
            Action::InputChar(c) => input.push_str(c.encode_utf8(&mut [0; 4])),
            Action::Paste(s) => input.push_str(&s),
            Action::InputBackspace => {
                input.text.pop();
                input.error = None;
            }
            Action::InputClear => input.text.clear(),
            Action::CycleKind => input.cycle_kind(),
            Action::Close => self.overlay = Overlay::None,
            Action::Confirm => return self.confirm_input(),
            _ => {}
        }
        Vec::new()
    }

    fn confirm_input(&mut self) -> Vec<Effect> {
        let Overlay::Input(input) = self.overlay.clone() else {
            return Vec::new();
        };
        let Some((id, i)) = self.selected_item() else {
            return Vec::new();
        };
        let m = self.library.meeting(id);
        let Some(target) = ItemRef::of(m, i) else {
            return Vec::new();
        };
        let edit = match input.kind {
            InputKind::Outcome(crate::model::OutcomeKind::Decision) => parse_decision(&input.text)
                .map(|(t, vote)| {
                    if vote.is_empty() {
                        Edit::add_outcome(target, &t, crate::model::OutcomeKind::Decision)
                    } else {
                        Edit::add_decision(target, &t, vote)
                    }
                }),
            InputKind::Outcome(_) if has_vote_words(&input.text) => {
                Err("a vote goes with a decision: Tab to decision".into())
            }
            InputKind::Outcome(kind) => {
                parse_outcome(&input.text).map(|t| Edit::add_outcome(target, &t, kind))
            }
            InputKind::Action => parse_action(&input.text)
                .map(|a| Edit::add_action(target, &a.text, a.owner.as_deref(), a.due)),
        };
        match edit {
            Ok(edit) => {
                let path = m.path.clone();
                self.overlay = Overlay::None;
                self.save(&path, edit, false, Some(input))
            }
            Err(why) => {
                if let Overlay::Input(shown) = &mut self.overlay {
                    shown.error = Some(why);
                }
                Vec::new()
            }
        }
    }

    pub(super) fn undo_last(&mut self) -> Vec<Effect> {
        if !self.may_write() {
            return Vec::new();
        }
        match self.undo.pop() {
            Some(step) => {
                let path = step.path.clone();
                let effects = self.save(&path, step.inverse.clone(), true, None);
                // Kept until the write succeeds (`saved` drops it, `save_failed` keeps it).
                self.undo.push(step);
                effects
            }
            None => {
                self.set_status("nothing to undo in this session", false);
                Vec::new()
            }
        }
    }

    pub(super) fn edit_file(&mut self) -> Vec<Effect> {
        let Some(id) = self.meeting else {
            return Vec::new();
        };
        let m = self.library.meeting(id);
        let line = self
            .selected_item()
            .map_or(1, |(_, i)| m.items[i].line.max(1));
        vec![Effect::OpenEditor {
            path: m.path.clone(),
            line,
        }]
    }

    /// Takes in a written edit: the file's new meeting and hash, and the undo step.
    pub fn saved(&mut self, req: SaveRequest, applied: Applied) {
        self.hashes.insert(applied.path.clone(), applied.hash);
        let mut meetings = self.library.meetings().to_vec();
        match meetings.iter_mut().find(|m| m.path == applied.path) {
            Some(m) => *m = applied.meeting,
            None => meetings.push(applied.meeting),
        }
        self.rebuild(meetings);
        self.follow_attendance(Some(&req.edit));
        let what = req.edit.to_string();
        if req.undo {
            let step = self.undo.pop();
            let undone = step.map_or(what.clone(), |s| s.done);
            self.set_status(format!("undone: {undone}"), false);
        } else {
            self.undo.push(UndoStep {
                path: applied.path,
                inverse: applied.inverse,
                done: what.clone(),
            });
            let merged = if applied.merged {
                " (the file had changed on disk; that change is kept)"
            } else {
                ""
            };
            self.set_status(format!("saved: {what}{merged} · u undoes"), false);
        }
    }

    /// A write that did not happen: say why, and put a capture back on screen to retry.
    pub fn save_failed(&mut self, req: SaveRequest, message: String) {
        self.attendance_not_saved(&req.edit);
        if let Some(mut input) = req.retry {
            input.error = Some("not saved; Enter retries".into());
            self.overlay = Overlay::Input(input);
        }
        self.set_status(format!("not saved: {message}"), true);
    }

    /// Takes in a fresh load of the folder (after an outside change or the editor), keeping
    /// the selection where it can.
    pub fn reload(&mut self, loaded: Loaded) {
        self.problems = loaded.problems;
        self.set_sources(&loaded.sources);
        self.rebuild(loaded.library.into_meetings());
    }

    /// Replaces the meetings, keeping the current meeting (by path) and the cursors.
    fn rebuild(&mut self, meetings: Vec<Meeting>) {
        let current = self.meeting.map(|id| self.library.meeting(id).path.clone());
        self.library = Library::new(meetings);
        self.search_index = None;
        if matches!(self.overlay, Overlay::Search(_)) {
            self.overlay = Overlay::None; // its hits point into the old meetings
        }
        self.meeting = current
            .and_then(|p| self.library.find_by_path(&p))
            .or_else(|| self.library.opening(self.today));
        // The cursors stay; `refresh` clamps them to the new lists.
        self.refresh();
        self.follow_attendance(None);
        if self.meeting.is_none() {
            self.agenda = Cursor::default();
        }
        // The picker lists meeting ids of the old library: list them anew. (Any other
        // overlay stays as it is: the attendance list stays open while names are marked.)
        if matches!(self.overlay, Overlay::Picker(_))
            && let Overlay::Picker(mut picker) = std::mem::replace(&mut self.overlay, Overlay::None)
        {
            let cursor = picker.cursor;
            self.filter_picker(&mut picker);
            picker.cursor.sel = cursor.sel.min(picker.matches.len().saturating_sub(1));
            self.overlay = Overlay::Picker(picker);
        }
    }
}

trait ZeroNanos {
    fn with_nanosecond_zero(self) -> Self;
}

impl ZeroNanos for chrono::NaiveDateTime {
    /// Discussed times are written to the second.
    fn with_nanosecond_zero(self) -> Self {
        use chrono::Timelike;
        self.with_nanosecond(0).unwrap_or(self)
    }
}
