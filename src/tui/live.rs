//! Live editing in `App`: marking, capturing, undo, and taking in the results of writes and
//! reloads. Still no I/O: writes go out as `Effect::Save` and come back through `saved` or
//! `save_failed`.

use super::action::Action;
use super::app::{App, Effect, Overlay, Pane, SaveRequest, UndoStep, Written};
use super::capture::{Input, InputKind, parse_action, parse_outcome};
use super::overlay::Outcome;
use super::vote::{has_vote_words, parse_decision};
use crate::store::edit::{Edit, FollowUpRef, ItemRef};
use crate::store::{Applied, ContentHash, FileState, Loaded};
use crate::t;
use std::collections::HashSet;
use std::path::{Path, PathBuf};

impl App {
    /// Refuses an edit of the file at `path` (read-only mode, an unreadable or broken
    /// file), with the reason in the footer.
    pub(super) fn may_write(&mut self, path: &Path) -> bool {
        match self.write_refusal(path) {
            Some(why) => {
                self.set_status(
                    t!(self.setup.lang, "ui-status-not-saved", reason = why),
                    true,
                );
                false
            }
            None => true,
        }
    }

    pub(super) fn save(&self, path: &Path, edit: Edit, retry: Option<Input>) -> Vec<Effect> {
        self.save_request(path, edit, retry, None)
    }

    fn save_request(
        &self,
        path: &Path,
        edit: Edit,
        retry: Option<Input>,
        written: Option<Written>,
    ) -> Vec<Effect> {
        let loaded = self.hashes.get(path).copied().unwrap_or(ContentHash(0));
        vec![Effect::Save(SaveRequest {
            path: path.to_path_buf(),
            loaded,
            edit,
            undo: written.is_some(),
            retry,
            written,
        })]
    }

    pub(super) fn toggle_discussed(&mut self) -> Vec<Effect> {
        if !matches!(self.focus, Pane::Agenda | Pane::Details) {
            self.set_status(t!(self.setup.lang, "ui-status-space-agenda"), true);
            return Vec::new();
        }
        let Some((id, i)) = self.selected_item() else {
            self.set_status(t!(self.setup.lang, "ui-status-no-item-selected"), true);
            return Vec::new();
        };
        if !self.may_write(&self.library.meeting(id).path.clone()) {
            return Vec::new();
        }
        let m = self.library.meeting(id);
        let Some(target) = ItemRef::of(m, i) else {
            return Vec::new();
        };
        let edit = match m.items[i].discussed {
            Some(_) => Edit::unmark_discussed(target),
            None if self.is_live(m) => {
                Edit::mark_discussed(target, self.now.with_nanosecond_zero())
            }
            None => Edit::mark_discussed_untimed(target),
        };
        self.save(&m.path.clone(), edit, None)
    }

    pub(super) fn toggle_done(&mut self) -> Vec<Effect> {
        if self.focus != Pane::Pending {
            self.set_status(t!(self.setup.lang, "ui-status-x-pending"), true);
            return Vec::new();
        }
        let Some(p) = self.cursors[Pane::Pending]
            .selected()
            .and_then(|i| self.pending_list.get(i))
            .copied()
        else {
            self.set_status(t!(self.setup.lang, "ui-status-no-action-selected"), true);
            return Vec::new();
        };
        if !self.may_write(&self.library.meeting(p.meeting).path.clone()) {
            return Vec::new();
        }
        let m = self.library.meeting(p.meeting);
        let Some(target) = FollowUpRef::of(m, p.item, p.action) else {
            return Vec::new();
        };
        let edit = match self.library.action(&p).done {
            Some(_) => Edit::reopen(target),
            None => Edit::mark_done(target, self.today),
        };
        self.save(&m.path.clone(), edit, None)
    }

    pub(super) fn open_input(&mut self, kind: InputKind) {
        match self.selected_item() {
            None => self.set_status(t!(self.setup.lang, "ui-status-select-item"), true),
            Some((id, _)) => {
                if self.may_write(&self.library.meeting(id).path.clone()) {
                    self.overlay = Overlay::Input(Input::new(kind));
                }
            }
        }
    }

    pub(super) fn update_input(&mut self, action: Action) -> Vec<Effect> {
        let Overlay::Input(input) = &mut self.overlay else {
            return Vec::new();
        };
        let library = &self.library;
        let people = || super::form::Completions::of(library).people;
        match input.update(&action, people, self.setup.lang) {
            Outcome::Done(()) => self.confirm_input(),
            other => {
                self.settle(other);
                Vec::new()
            }
        }
    }

    fn confirm_input(&mut self) -> Vec<Effect> {
        let Overlay::Input(input) = self.overlay.clone() else {
            return Vec::new();
        };
        // The capture outlives reloads; the item it was for may be gone by now.
        let Some((id, i)) = self.selected_item() else {
            if let Overlay::Input(shown) = &mut self.overlay {
                shown.error = Some(t!(self.setup.lang, "ui-status-item-gone"));
            }
            return Vec::new();
        };
        let path = self.library.meeting(id).path.clone();
        if let Some(why) = self.write_refusal(&path) {
            if let Overlay::Input(shown) = &mut self.overlay {
                shown.error = Some(t!(self.setup.lang, "ui-status-not-saved", reason = why));
            }
            return Vec::new();
        }
        let m = self.library.meeting(id);
        let Some(target) = ItemRef::of(m, i) else {
            return Vec::new();
        };
        let lang = self.setup.lang;
        let edit = match input.kind {
            InputKind::Outcome(crate::model::OutcomeKind::Decision) => {
                parse_decision(input.text(), lang).map(|(t, vote)| {
                    if vote.is_empty() {
                        Edit::add_outcome(target, &t, crate::model::OutcomeKind::Decision)
                    } else {
                        Edit::add_decision(target, &t, vote)
                    }
                })
            }
            InputKind::Outcome(_) if has_vote_words(input.text()) => {
                Err(t!(lang, "ui-vote-not-a-decision"))
            }
            InputKind::Outcome(kind) => {
                parse_outcome(input.text(), lang).map(|t| Edit::add_outcome(target, &t, kind))
            }
            InputKind::Action => parse_action(input.text(), lang)
                .map(|a| Edit::add_action(target, &a.text, a.owner.as_deref(), a.due)),
        };
        match edit {
            Ok(edit) => {
                let path = m.path.clone();
                self.overlay = Overlay::None;
                self.save(&path, edit, Some(input))
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
        if let Some(why) = self.read_only.clone() {
            self.set_status(
                t!(self.setup.lang, "ui-status-not-saved", reason = why),
                true,
            );
            return Vec::new();
        }
        match self.undo.pop() {
            Some(step) => {
                if !self.may_write(&step.path) {
                    self.undo.push(step);
                    return Vec::new();
                }
                let path = step.path.clone();
                let effects = self.save_request(
                    &path,
                    step.inverse.clone(),
                    None,
                    Some(step.written.clone()),
                );
                // Kept until the write succeeds (`saved` drops it, `save_failed` keeps it).
                self.undo.push(step);
                effects
            }
            None => {
                self.set_status(t!(self.setup.lang, "ui-status-nothing-to-undo"), false);
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
        let meeting = applied.meeting.clone();
        let applied_warning = applied.warning.as_ref().map(|w| w.message(self.setup.lang));
        let written = Written(std::sync::Arc::new(applied.meeting.clone()));
        // Its own write never removes the selected thing; what the write merged in from
        // someone else might, and then the status below says so too.
        let (_, lost) = self.rebuild(|mut meetings| {
            match meetings.iter_mut().find(|m| m.path == meeting.path) {
                Some(m) => *m = meeting,
                // A hidden file (a series' parked items) is written but is not a meeting.
                None if crate::store::is_meeting_file(&meeting.path) => meetings.push(meeting),
                None => {}
            }
            meetings
        });
        self.follow_edit(&applied.path, &applied.edit, &applied.inverse);
        self.follow_attendance(Some(&req.edit));
        let what = req.edit.describe(self.setup.lang);
        if req.undo {
            let step = self.undo.pop();
            let undone = step.map_or(what.clone(), |s| s.done);
            match &applied_warning {
                Some(w) => self.set_status(
                    t!(
                        self.setup.lang,
                        "ui-status-undone-warning",
                        what = undone,
                        warning = w.as_str()
                    ),
                    true,
                ),
                None => self.set_status(
                    t!(self.setup.lang, "ui-status-undone", what = undone),
                    false,
                ),
            }
        } else {
            self.undo.push(UndoStep {
                path: applied.path,
                inverse: applied.inverse,
                done: what.clone(),
                written,
            });
            let id = if applied.merged {
                "ui-status-saved-merged"
            } else {
                "ui-status-saved"
            };
            let what = if lost.is_empty() {
                what
            } else {
                format!("{what}; {}", lost.join("; "))
            };
            match &applied_warning {
                Some(w) => self.set_status(
                    t!(
                        self.setup.lang,
                        "ui-status-saved-warning",
                        what = what,
                        warning = w.as_str()
                    ),
                    true,
                ),
                None => self.set_status(t!(self.setup.lang, id, what = what), false),
            }
        }
    }

    /// A write that did not happen: say why, and put a capture back on screen to retry.
    pub fn save_failed(&mut self, req: SaveRequest, message: String) {
        self.attendance_not_saved(&req.edit);
        if let Some(mut input) = req.retry {
            input.error = Some(t!(self.setup.lang, "ui-status-not-saved-retry"));
            self.overlay = Overlay::Input(input);
        }
        self.set_status(
            t!(self.setup.lang, "ui-status-not-saved", reason = message),
            true,
        );
    }

    /// Takes in a fresh load of the folder (after a rescan or the editor).
    pub fn reload(&mut self, loaded: Loaded) -> Vec<Effect> {
        self.problems = loaded.problems;
        self.set_sources(&loaded.sources);
        let meetings = loaded.library.into_meetings();
        let (effects, lost) = self.rebuild(|_| meetings);
        self.follow_attendance(None);
        self.report_reload(lost);
        effects
    }

    /// Takes in the files that changed on disk, re-read one by one; files whose content is
    /// what docket last read or wrote (its own saves) change nothing. Returns the effects
    /// to perform, and whether anything changed.
    pub fn take_changes(&mut self, files: Vec<FileState>) -> (Vec<Effect>, bool) {
        let files: Vec<FileState> = files
            .into_iter()
            .filter(|f| f.hash().is_none() || f.hash() != self.hashes.get(f.path()).copied())
            .collect();
        if files.is_empty() {
            return (Vec::new(), false);
        }
        let paths: HashSet<PathBuf> = files.iter().map(|f| f.path().to_path_buf()).collect();
        self.problems.retain(|d| !paths.contains(&d.path));
        let mut fresh = Vec::new();
        for f in files {
            match f {
                FileState::Meeting { meeting, hash } => {
                    self.hashes.insert(meeting.path.clone(), hash);
                    fresh.push(*meeting);
                }
                FileState::Invalid {
                    path,
                    problems,
                    hash,
                } => {
                    self.hashes.insert(path, hash);
                    self.problems.extend(problems);
                }
                FileState::Unreadable(d) => {
                    self.hashes.remove(&d.path);
                    self.problems.push(d);
                }
                FileState::Gone(path) => {
                    self.hashes.remove(&path);
                }
            }
        }
        self.problems
            .sort_by(|a, b| a.sort_key().cmp(&b.sort_key()));
        let (effects, lost) = self.rebuild(|mut meetings| {
            meetings.retain(|m| !paths.contains(&m.path));
            meetings.extend(fresh);
            meetings
        });
        self.follow_attendance(None);
        self.report_reload(lost);
        (effects, true)
    }

    fn report_reload(&mut self, lost: Vec<String>) {
        if lost.is_empty() {
            self.set_status(t!(self.setup.lang, "ui-status-reloaded"), false);
        } else {
            self.set_status(
                t!(
                    self.setup.lang,
                    "ui-status-reloaded-lost",
                    lost = lost.join("; ")
                ),
                true,
            );
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
