//! Preparing the agenda in `App`: the form (n, i), standing (s), moving (K, J), deleting
//! after a question (d, y), closing actions from anywhere (x, X, marks), and Space moving on.
//! Still no I/O: every change leaves as an `Effect::Save` of one edit.

use super::action::Action;
use super::app::{App, Cursor, Effect, Overlay, Pane};
use super::form::{Completions, Form, Sent, Target};
use super::overlay::{self, Outcome};
use crate::model::{MeetingId, PendingAction};
use crate::store::ContentHash;
use crate::store::edit::{Edit, ItemRef, SubKind, SubRef};
use crate::t;
use std::path::{Path, PathBuf};

pub use super::question::{Chooser, Entry, Purpose, Question};

/// An action marked in the pending pane for closing together, by identity.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mark {
    pub path: PathBuf,
    pub sub: SubRef,
}

impl App {
    fn write(&self, path: &Path, edit: Edit) -> Vec<Effect> {
        let loaded = self.hashes.get(path).copied().unwrap_or(ContentHash(0));
        vec![Effect::Save(super::app::SaveRequest {
            path: path.to_path_buf(),
            loaded,
            edit,
            undo: false,
            retry: None,
            written: None,
        })]
    }

    fn writable(&mut self) -> bool {
        match self.read_only.clone() {
            Some(why) => {
                self.set_status(why, true);
                false
            }
            None => true,
        }
    }

    /// The selected item and its reference, or a message saying why there is none.
    fn item_target(&mut self) -> Option<(MeetingId, usize, ItemRef)> {
        let Some((id, i)) = self.selected_item() else {
            self.set_status(t!(self.setup.lang, "ui-status-select-item"), true);
            return None;
        };
        let r = ItemRef::of(self.library.meeting(id), i)?;
        Some((id, i, r))
    }

    /// For a key that acts on the agenda item (from the agenda or details): the selected
    /// item, or a message (`elsewhere` when another pane has focus) and nothing.
    fn agenda_item_target(&mut self, elsewhere: &str) -> Option<(MeetingId, usize, ItemRef)> {
        if !matches!(self.focus, Pane::Agenda | Pane::Details) {
            self.set_status(t!(self.setup.lang, elsewhere), true);
            return None;
        }
        let target = self.item_target()?;
        self.writable().then_some(target)
    }

    pub(super) fn new_item(&mut self) -> Vec<Effect> {
        let Some(id) = self.meeting else {
            self.set_status(t!(self.setup.lang, "prep-status-open-meeting"), true);
            return Vec::new();
        };
        if !self.writable() {
            return Vec::new();
        }
        let m = self.library.meeting(id);
        let after = self.selected_item().and_then(|(_, i)| ItemRef::of(m, i));
        let path = m.path.clone();
        self.open_form(Target::NewItem { after }, path);
        Vec::new()
    }

    pub(super) fn edit_selected(&mut self) -> Vec<Effect> {
        if !self.writable() {
            return Vec::new();
        }
        match self.focus {
            Pane::Agenda => {
                let Some((id, i, r)) = self.item_target() else {
                    return Vec::new();
                };
                let m = self.library.meeting(id);
                let target = Target::EditItem {
                    item: r,
                    old: m.items[i].clone(),
                };
                self.open_form(target, m.path.clone());
            }
            Pane::Outcomes => match self.outcome_entry() {
                Some(e) => self.act_on(Purpose::Edit, &e),
                None => self.set_status(t!(self.setup.lang, "prep-status-no-outcome"), true),
            },
            Pane::Pending => match self.pending_entry() {
                Some(e) => self.act_on(Purpose::Edit, &e),
                None => self.set_status(t!(self.setup.lang, "prep-status-no-pending"), true),
            },
            // Details of an item without outcomes or actions: the item itself.
            Pane::Details if self.detail_entries(Purpose::Edit).is_empty() => {
                self.focus = Pane::Agenda;
                let effects = self.edit_selected();
                self.focus = Pane::Details;
                return effects;
            }
            Pane::Details => return self.choose(Purpose::Edit),
        }
        Vec::new()
    }

    /// Opens the form, unless the file it writes to cannot be written now (unreadable, with
    /// errors, read-only): what would be typed could not be saved.
    fn open_form(&mut self, target: Target, path: PathBuf) {
        if let Some(why) = self.write_refusal(&path) {
            self.set_status(why, true);
            return;
        }
        let form = Form::new(
            target,
            path,
            Completions::of(&self.library),
            self.setup.lang,
        );
        self.overlay = Overlay::Form(Box::new(form));
    }

    pub(super) fn update_form(&mut self, action: Action) -> Vec<Effect> {
        let Overlay::Form(form) = &mut self.overlay else {
            return Vec::new();
        };
        match form.update(&action) {
            Outcome::Done(Sent::Unchanged) => {
                self.overlay = Overlay::None;
                self.set_status(t!(self.setup.lang, "prep-status-nothing-changed"), false);
                Vec::new()
            }
            Outcome::Done(Sent::Write(edit)) => {
                let path = form.path.clone();
                self.overlay = Overlay::None;
                self.write(&path, edit)
            }
            other => {
                self.settle(other.map_done(|_| ()));
                Vec::new()
            }
        }
    }

    pub(super) fn toggle_standing(&mut self) -> Vec<Effect> {
        let Some((id, i, r)) = self.agenda_item_target("prep-status-standing-agenda") else {
            return Vec::new();
        };
        let m = self.library.meeting(id);
        let on = !m.items[i].standing;
        self.write(&m.path.clone(), Edit::set_standing(r, on))
    }

    pub(super) fn move_item(&mut self, up: bool) -> Vec<Effect> {
        if self.focus != Pane::Agenda {
            self.set_status(t!(self.setup.lang, "prep-status-move-agenda"), true);
            return Vec::new();
        }
        let Some((id, i, r)) = self.item_target() else {
            return Vec::new();
        };
        let n = self.library.meeting(id).items.len();
        if (up && i == 0) || (!up && i + 1 >= n) {
            let edge = if up {
                "prep-status-already-first"
            } else {
                "prep-status-already-last"
            };
            self.set_status(t!(self.setup.lang, edge), false);
            return Vec::new();
        }
        if !self.writable() {
            return Vec::new();
        }
        let path = self.library.meeting(id).path.clone();
        self.write(&path, Edit::MoveItem { item: r, up })
    }

    pub(super) fn delete(&mut self) -> Vec<Effect> {
        if !self.writable() {
            return Vec::new();
        }
        match self.focus {
            Pane::Agenda => {
                let Some((id, i, r)) = self.item_target() else {
                    return Vec::new();
                };
                let m = self.library.meeting(id);
                let it = &m.items[i];
                let record = it.outcomes.len() + it.actions.len();
                let title = crate::sanitize::line(&it.title).into_owned();
                let text = if record > 0 {
                    t!(
                        self.setup.lang,
                        "prep-delete-item-with",
                        title = title,
                        count = record
                    )
                } else {
                    t!(self.setup.lang, "prep-delete-item", title = title)
                };
                self.overlay = Overlay::Confirm(Question {
                    text,
                    path: m.path.clone(),
                    edit: Edit::RemoveItem { item: r },
                    lang: self.setup.lang,
                });
            }
            Pane::Outcomes => match self.outcome_entry() {
                Some(e) => self.act_on(Purpose::Delete, &e),
                None => self.set_status(t!(self.setup.lang, "prep-status-no-outcome"), true),
            },
            Pane::Pending => match self.pending_entry() {
                Some(e) => self.act_on(Purpose::Delete, &e),
                None => self.set_status(t!(self.setup.lang, "prep-status-no-pending"), true),
            },
            Pane::Details => return self.choose(Purpose::Delete),
        }
        Vec::new()
    }

    pub(super) fn update_confirm(&mut self, action: Action) -> Vec<Effect> {
        let Overlay::Confirm(q) = std::mem::replace(&mut self.overlay, Overlay::None) else {
            return Vec::new();
        };
        match q.answer(&action) {
            Outcome::Done(()) => self.write(&q.path, q.edit),
            _ => {
                self.set_status(t!(self.setup.lang, "prep-status-kept"), false);
                Vec::new()
            }
        }
    }

    /// Space: in the agenda, mark discussed (and move to the next item unless the config
    /// keeps the old behaviour); in the pending pane, mark the action for closing together.
    pub(super) fn space(&mut self) -> Vec<Effect> {
        if self.focus == Pane::Pending {
            self.toggle_mark();
            return Vec::new();
        }
        let marking = self
            .selected_item()
            .is_some_and(|(id, i)| self.library.meeting(id).items[i].discussed.is_none());
        let effects = self.toggle_discussed();
        if marking && !effects.is_empty() && self.setup.space_moves_on && self.focus == Pane::Agenda
        {
            self.move_in(Pane::Agenda, 1);
        }
        effects
    }

    fn pending_ref(&self, p: &PendingAction) -> Option<Mark> {
        let m = self.library.meeting(p.meeting);
        Some(Mark {
            path: m.path.clone(),
            sub: SubRef::of(m, p.item, SubKind::Action, p.action)?,
        })
    }

    fn toggle_mark(&mut self) {
        let Some(p) = self.cursors[Pane::Pending]
            .selected()
            .and_then(|i| self.pending_list.get(i))
            .copied()
        else {
            return;
        };
        if self.library.action(&p).done.is_some() {
            self.set_status(t!(self.setup.lang, "prep-status-closed-already"), true);
            return;
        }
        let Some(mark) = self.pending_ref(&p) else {
            return;
        };
        match self.marked.iter().position(|m| *m == mark) {
            Some(n) => {
                self.marked.remove(n);
            }
            None => self.marked.push(mark),
        }
        let n = self.marked.len();
        self.set_status(t!(self.setup.lang, "prep-status-marked", count = n), false);
        self.move_in(Pane::Pending, 1);
    }

    /// Whether a pending action is marked for closing.
    pub fn is_marked(&self, p: &PendingAction) -> bool {
        self.pending_ref(p)
            .is_some_and(|m| self.marked.contains(&m))
    }

    /// x (`dropped` false) or X: close the marked actions, or the selected pending action,
    /// or one of the item's actions and those pending on its topic.
    pub(super) fn close_action(&mut self, dropped: bool) -> Vec<Effect> {
        if !self.writable() {
            return Vec::new();
        }
        if self.focus == Pane::Pending && !self.marked.is_empty() {
            return self.close_marked(dropped);
        }
        if self.focus == Pane::Pending {
            if !dropped {
                return self.toggle_done();
            }
            return match self.pending_entry() {
                Some(e) => {
                    self.act_on(Purpose::Drop, &e);
                    self.take_effects()
                }
                None => Vec::new(),
            };
        }
        if self.focus == Pane::Outcomes {
            self.set_status(t!(self.setup.lang, "prep-status-x-outcomes"), true);
            return Vec::new();
        }
        let purpose = if dropped {
            Purpose::Drop
        } else {
            Purpose::Close
        };
        self.choose(purpose)
    }

    fn close_marked(&mut self, dropped: bool) -> Vec<Effect> {
        let marks = std::mem::take(&mut self.marked);
        // One edit per file, so each file is written once and undone in one step.
        let mut by_file: Vec<(PathBuf, Vec<Edit>)> = Vec::new();
        for m in marks {
            let edit = if dropped {
                Edit::close_dropped(m.sub, self.today)
            } else {
                Edit::mark_done(
                    crate::store::edit::FollowUpRef {
                        item: m.sub.item,
                        index: m.sub.index,
                        text: m.sub.text,
                    },
                    self.today,
                )
            };
            match by_file.iter_mut().find(|(p, _)| *p == m.path) {
                Some((_, edits)) => edits.push(edit),
                None => by_file.push((m.path, vec![edit])),
            }
        }
        let mut effects = Vec::new();
        for (path, edits) in by_file {
            let edit = if edits.len() == 1 {
                edits.into_iter().next().unwrap_or(Edit::Batch(Vec::new()))
            } else {
                Edit::Batch(edits)
            };
            effects.extend(self.write(&path, edit));
        }
        effects
    }

    fn entry(
        &self,
        id: MeetingId,
        item: usize,
        kind: SubKind,
        index: usize,
        label: String,
    ) -> Option<Entry> {
        let m = self.library.get(id)?;
        Some(Entry {
            path: m.path.clone(),
            sub: SubRef::of(m, item, kind, index)?,
            label,
        })
    }

    /// The outcome selected in the previous-outcomes pane.
    fn outcome_entry(&self) -> Option<Entry> {
        let p = self
            .outcome_list
            .get(self.cursors[Pane::Outcomes].selected()?)?;
        self.entry(
            p.meeting,
            p.item,
            SubKind::Outcome,
            p.outcome,
            String::new(),
        )
    }

    fn pending_entry(&self) -> Option<Entry> {
        let p = self
            .pending_list
            .get(self.cursors[Pane::Pending].selected()?)?;
        self.entry(p.meeting, p.item, SubKind::Action, p.action, String::new())
    }

    /// Where an entry is now: (meeting, item, place in its list).
    fn resolve(&self, e: &Entry) -> Option<(MeetingId, usize, usize)> {
        let id = self.library.find_by_path(&e.path)?;
        let m = self.library.meeting(id);
        let i = find_by_identity(&m.items, &e.sub.item)?;
        let it = &m.items[i];
        let texts: Vec<&str> = match e.sub.kind {
            SubKind::Outcome => it.outcomes.iter().map(|o| o.text.as_str()).collect(),
            SubKind::Action => it.actions.iter().map(|a| a.text.as_str()).collect(),
        };
        let n = if texts.get(e.sub.index) == Some(&e.sub.text.as_str()) {
            e.sub.index
        } else {
            texts.iter().position(|t| *t == e.sub.text)?
        };
        Some((id, i, n))
    }

    /// The outcomes and actions the details show for the selected item: its own, then the
    /// actions pending on its topic from earlier meetings.
    pub fn detail_entries(&self, purpose: Purpose) -> Vec<Entry> {
        let Some((id, i)) = self.selected_item() else {
            return Vec::new();
        };
        let it = &self.library.meeting(id).items[i];
        let open_only = matches!(purpose, Purpose::Close | Purpose::Drop);
        let mut out = Vec::new();
        if !open_only {
            for (n, o) in it.outcomes.iter().enumerate() {
                let text = crate::sanitize::line(&o.text).into_owned();
                let label = t!(self.setup.lang, "prep-entry-outcome", text = text);
                out.extend(self.entry(id, i, SubKind::Outcome, n, label));
            }
        }
        for (n, a) in it.actions.iter().enumerate() {
            if open_only && a.done.is_some() {
                continue;
            }
            let text = crate::sanitize::line(&a.text).into_owned();
            let label = t!(self.setup.lang, "prep-entry-action", text = text);
            out.extend(self.entry(id, i, SubKind::Action, n, label));
        }
        for p in &self.pending_list {
            let m = self.library.meeting(p.meeting);
            if m.items[p.item].topic != it.topic || p.meeting == id {
                continue;
            }
            let a = self.library.action(p);
            if open_only && a.done.is_some() {
                continue;
            }
            let label = t!(
                self.setup.lang,
                "prep-entry-pending",
                date = m.date.to_string(),
                text = crate::sanitize::line(&a.text).into_owned()
            );
            out.extend(self.entry(p.meeting, p.item, SubKind::Action, p.action, label));
        }
        out
    }

    /// Acts on the only entry, or asks which one.
    fn choose(&mut self, purpose: Purpose) -> Vec<Effect> {
        let entries = self.detail_entries(purpose);
        match entries.len() {
            0 => {
                let what = match purpose {
                    Purpose::Close | Purpose::Drop => "prep-status-no-open-action",
                    _ => "prep-status-no-sub",
                };
                self.set_status(t!(self.setup.lang, what), true);
                Vec::new()
            }
            1 => {
                self.act_on(purpose, &entries[0]);
                self.take_effects()
            }
            _ => {
                self.overlay = Overlay::Choose(Chooser {
                    purpose,
                    entries,
                    cursor: Cursor::default(),
                    lang: self.setup.lang,
                });
                Vec::new()
            }
        }
    }

    pub(super) fn update_choose(&mut self, action: Action) -> Vec<Effect> {
        let Overlay::Choose(c) = &mut self.overlay else {
            return Vec::new();
        };
        let n = c.entries.len();
        match overlay::pick(&mut c.cursor, &action, n, n) {
            Outcome::Done(sel) => {
                let (purpose, entry) = (c.purpose, c.entries.get(sel).cloned());
                self.overlay = Overlay::None;
                if let Some(e) = entry {
                    self.act_on(purpose, &e);
                    return self.take_effects();
                }
            }
            other => self.settle(other.map_done(|_| ())),
        }
        Vec::new()
    }

    /// Carries out `purpose` on an entry: a form, a question, or a write kept in
    /// `self.queued` for `take_effects`.
    fn act_on(&mut self, purpose: Purpose, e: &Entry) {
        let Some((id, i, n)) = self.resolve(e) else {
            let text = crate::sanitize::line(&e.sub.text).into_owned();
            self.set_status(t!(self.setup.lang, "prep-status-gone", text = text), true);
            return;
        };
        let m = self.library.meeting(id);
        let Some(sub) = SubRef::of(m, i, e.sub.kind, n) else {
            return;
        };
        let path = m.path.clone();
        let it = &m.items[i];
        match purpose {
            Purpose::Edit => {
                let target = match e.sub.kind {
                    SubKind::Outcome => Target::EditOutcome {
                        old: it.outcomes[n].clone(),
                        sub,
                    },
                    SubKind::Action => Target::EditAction {
                        old: it.actions[n].clone(),
                        sub,
                    },
                };
                self.open_form(target, path);
            }
            Purpose::Delete => {
                let text = t!(
                    self.setup.lang,
                    "prep-delete-sub",
                    kind = e.sub.kind.one(),
                    text = crate::sanitize::line(&sub.text).into_owned(),
                    date = m.date.to_string()
                );
                self.overlay = Overlay::Confirm(Question {
                    text,
                    path,
                    edit: Edit::RemoveSub { sub },
                    lang: self.setup.lang,
                });
            }
            Purpose::Close | Purpose::Drop => {
                if e.sub.kind != SubKind::Action {
                    return;
                }
                let a = &it.actions[n];
                let edit = match (purpose, a.done.is_some()) {
                    (Purpose::Close, true) => Edit::reopen(crate::store::edit::FollowUpRef {
                        item: sub.item,
                        index: sub.index,
                        text: sub.text,
                    }),
                    (Purpose::Close, false) => Edit::mark_done(
                        crate::store::edit::FollowUpRef {
                            item: sub.item,
                            index: sub.index,
                            text: sub.text,
                        },
                        self.today,
                    ),
                    (_, true) => {
                        self.set_status(t!(self.setup.lang, "prep-status-closed-already"), true);
                        return;
                    }
                    (_, false) => Edit::close_dropped(sub, self.today),
                };
                self.queued = self.write(&path, edit);
            }
        }
    }

    fn take_effects(&mut self) -> Vec<Effect> {
        std::mem::take(&mut self.queued)
    }

    /// After one of our own item edits, select the item it made or moved, by identity.
    pub(super) fn follow_edit(&mut self, path: &Path, edit: &Edit, inverse: &Edit) {
        let target = match (edit, inverse) {
            (Edit::InsertItem { .. } | Edit::PutItem { .. }, Edit::RemoveItem { item }) => item,
            (Edit::MoveItem { .. }, Edit::MoveItem { item, .. }) => item,
            (Edit::SetItemKeys { .. }, Edit::SetItemKeys { item, .. }) => item,
            _ => return,
        };
        let Some(id) = self.meeting else { return };
        let m = self.library.meeting(id);
        if m.path != path {
            return;
        }
        if let Some(i) = find_by_identity(&m.items, target) {
            // Selects it even where a reload had left nothing selected.
            self.cursors[Pane::Agenda].lost = false;
            let delta = i as isize - self.cursors[Pane::Agenda].sel as isize;
            self.focus = Pane::Agenda;
            self.move_in(Pane::Agenda, delta);
        }
    }

    /// Parking (`>`): the item leaves this meeting for the next one of its series (its
    /// file), or for the series' parked file when there is no next meeting yet.
    pub(super) fn park(&mut self) -> Vec<Effect> {
        let Some((id, i, r)) = self.agenda_item_target("prep-status-park-agenda") else {
            return Vec::new();
        };
        let m = self.library.meeting(id);
        let it = &m.items[i];
        if it.discussed.is_some() || !it.outcomes.is_empty() || !it.actions.is_empty() {
            let title = crate::sanitize::line(&it.title).into_owned();
            self.set_status(
                t!(
                    self.setup.lang,
                    "prep-status-park-has-record",
                    title = title
                ),
                true,
            );
            return Vec::new();
        }
        let (to, create) = match self.library.next_in_series(id) {
            Some(next) => (self.library.meeting(next).path.clone(), None),
            None => (
                crate::prepare::parked::path_for(&m.path, &m.series),
                Some(crate::prepare::parked::header(&m.series, m.date)),
            ),
        };
        let from_loaded = self.hashes.get(&m.path).copied().unwrap_or(ContentHash(0));
        vec![Effect::Park(crate::store::park::ParkRequest {
            from: m.path.clone(),
            from_loaded,
            item: r,
            to,
            create,
        })]
    }

    /// Takes in a parked item: both files' new state and two undo steps (the last one puts
    /// the item back here, the one before takes it out there).
    pub fn parked(&mut self, done: crate::store::park::Parked) {
        let (into, out_of) = (done.into, done.out_of);
        let title = match &out_of.edit {
            Edit::RemoveItem { item } => item.title.clone(),
            _ => String::new(),
        };
        let place = match self.library.find_by_path(&into.path) {
            Some(next) => t!(
                self.setup.lang,
                "prep-park-place-meeting",
                date = self.library.meeting(next).date.to_string()
            ),
            None => t!(
                self.setup.lang,
                "prep-park-place-file",
                file = into
                    .path
                    .file_name()
                    .map_or(String::new(), |n| n.to_string_lossy().into_owned())
            ),
        };
        for applied in [into, out_of] {
            let req = super::app::SaveRequest {
                path: applied.path.clone(),
                loaded: applied.hash,
                edit: applied.edit.clone(),
                undo: false,
                retry: None,
                written: None,
            };
            self.saved(req, applied);
        }
        let title = crate::sanitize::line(&title).into_owned();
        self.set_status(
            t!(
                self.setup.lang,
                "prep-status-parked",
                title = title,
                place = place
            ),
            false,
        );
    }

    pub fn park_failed(&mut self, message: String) {
        self.set_status(
            t!(self.setup.lang, "prep-status-not-parked", reason = message),
            true,
        );
    }
}

/// The item `r` names: (topic, title) and its occurrence among items with that pair.
pub fn find_by_identity(items: &[crate::model::Item], r: &ItemRef) -> Option<usize> {
    let same = |i: &crate::model::Item| i.topic == r.topic && i.title == r.title;
    if items.get(r.index).is_some_and(same) {
        return Some(r.index);
    }
    items.iter().position(same)
}
