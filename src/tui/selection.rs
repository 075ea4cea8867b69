//! Keeping the selection on the thing the person chose when the meetings change under it
//! (a reload, a save, a colleague's edit). Selections are remembered by identity (see
//! `model::identity`) and looked up again in the new meetings; what is gone is not replaced
//! by a neighbour: nothing is selected and the status line says so. The open meeting stays
//! open while its file is unreadable: its last good version is shown, writes to it are
//! refused, and it comes back by itself once the file reads again.

use super::app::{App, Cursor, Effect, Overlay, Pane};
use super::search::{DetailsMark, SearchJob, SharedIndex};
use crate::model::identity::{self, EntryIdentity, EntryKind, ItemIdentity};
use crate::model::{Library, Meeting, MeetingId};
use crate::search::SearchIndex;
use crate::store::Diagnostic;
use crate::t;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// What is selected, by identity rather than by place.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Selection {
    pub meeting: Option<PathBuf>,
    pub item: Option<ItemIdentity>,
    /// The selected pending action: its meeting's file and its identity there.
    pub pending: Option<(PathBuf, EntryIdentity)>,
    /// The selected earlier outcome of the item's topic.
    pub outcome: Option<(PathBuf, EntryIdentity)>,
    pub mark: Option<EntryIdentity>,
    /// The meeting selected in the picker overlay.
    pub picked: Option<PathBuf>,
}

impl App {
    /// The current selection by identity.
    pub fn selection(&self) -> Selection {
        let meeting = self.meeting.and_then(|id| self.library.get(id));
        let item = self.selected_item();
        let path_of = |id: MeetingId| self.library.meeting(id).path.clone();
        let pending = self.cursors[Pane::Pending]
            .selected()
            .and_then(|i| self.pending_list.get(i))
            .and_then(|p| {
                let m = self.library.meeting(p.meeting);
                let id = identity::entry_identity(m, p.item, EntryKind::Action, p.action)?;
                Some((path_of(p.meeting), id))
            });
        let outcome = self.cursors[Pane::Outcomes]
            .selected()
            .and_then(|i| self.outcome_list.get(i))
            .and_then(|p| {
                let m = self.library.meeting(p.meeting);
                let id = identity::entry_identity(m, p.item, EntryKind::Outcome, p.outcome)?;
                Some((path_of(p.meeting), id))
            });
        let mark = match (meeting, item, self.details_mark) {
            (Some(m), Some((_, i)), Some(DetailsMark::Outcome(e))) => {
                identity::entry_identity(m, i, EntryKind::Outcome, e)
            }
            (Some(m), Some((_, i)), Some(DetailsMark::Action(e))) => {
                identity::entry_identity(m, i, EntryKind::Action, e)
            }
            _ => None,
        };
        let picked = match &self.overlay {
            Overlay::Picker(p) => p.matches.get(p.cursor.sel).map(|&id| path_of(id)),
            _ => None,
        };
        Selection {
            meeting: meeting.map(|m| m.path.clone()),
            item: item.and_then(|(id, i)| identity::item_identity(self.library.meeting(id), i)),
            pending,
            outcome,
            mark,
            picked,
        }
    }

    /// Selects the agenda item with this identity in the open meeting; when it is not
    /// there, selects nothing (never a neighbour) and returns false.
    pub fn select_item_by_identity(&mut self, id: &ItemIdentity) -> bool {
        let found = self.resolve_item(id);
        self.refresh();
        found
    }

    /// `select_item_by_identity` without recomputing the derived lists.
    fn resolve_item(&mut self, id: &ItemIdentity) -> bool {
        let found = self
            .meeting
            .and_then(|m| self.library.get(m))
            .and_then(|m| identity::find_item(m, id));
        match found {
            Some(i) => {
                self.cursors[Pane::Agenda].sel = i;
                self.cursors[Pane::Agenda].lost = false;
            }
            None => self.cursors[Pane::Agenda].lost = true,
        }
        found.is_some()
    }

    /// Why the file at `path` may not be written now, if so: this docket is read-only, or
    /// the file is unreadable or has errors (writing it would act on a stale picture).
    pub fn write_refusal(&self, path: &Path) -> Option<String> {
        if let Some(why) = &self.read_only {
            return Some(why.clone());
        }
        if let Some(d) = self.unreadable.as_ref().filter(|d| d.path == path) {
            return Some(t!(
                self.setup.lang,
                "ui-refuse-unreadable",
                problem = d.render(self.setup.lang)
            ));
        }
        self.problems
            .iter()
            .find(|d| d.path == path && d.severity == crate::store::Severity::Error)
            .map(|d| {
                t!(
                    self.setup.lang,
                    "ui-refuse-error",
                    problem = d.render(self.setup.lang)
                )
            })
    }

    /// Replaces the meetings with what `change` makes of them, keeping the open meeting
    /// (also while its file is unreadable), every selection by identity, and every overlay
    /// with what was typed in it. Returns the effects to perform (a search to run again on
    /// the new meetings) and a line for each selection that is gone.
    pub(super) fn rebuild(
        &mut self,
        change: impl FnOnce(Vec<Meeting>) -> Vec<Meeting>,
    ) -> (Vec<Effect>, Vec<String>) {
        let before = self.selection();
        let last_good = self.meeting.and_then(|id| self.library.get(id)).cloned();
        let mut meetings = change(std::mem::take(&mut self.library).into_meetings());
        self.unreadable = None;
        if let Some(last_good) = last_good
            && !meetings.iter().any(|m| m.path == last_good.path)
        {
            let path = last_good.path.clone();
            meetings.push(last_good);
            self.unreadable = Some(
                self.problems
                    .iter()
                    .filter(|d| d.path == path)
                    .min_by_key(|d| d.severity != crate::store::Severity::Error)
                    .cloned()
                    .unwrap_or_else(|| {
                        Diagnostic::error(
                            &path,
                            (1, 1),
                            crate::store::Problem::CannotRead(crate::store::IoWhy::NotFound),
                        )
                    }),
            );
        }
        self.library = Library::new(meetings);
        self.search_index = None;
        let find =
            |lib: &Library, p: &Option<PathBuf>| p.as_ref().and_then(|p| lib.find_by_path(p));
        self.meeting =
            find(&self.library, &before.meeting).or_else(|| self.library.opening(self.today));
        let mut lost = Vec::new();
        if self.meeting.is_none() {
            self.cursors[Pane::Agenda] = Cursor::default();
        } else if let Some(item) = &before.item
            && !self.resolve_item(item)
        {
            lost.push(t!(
                self.setup.lang,
                "ui-lost-item",
                title = crate::sanitize::line(&item.title).into_owned()
            ));
        }
        self.refresh();
        self.resolve_lists(&before, &mut lost);
        let effects = self.rebuild_overlay(&before);
        (effects, lost)
    }

    /// Finds the selected pending action, earlier outcome and details mark again.
    fn resolve_lists(&mut self, before: &Selection, lost: &mut Vec<String>) {
        if let Some((path, id)) = &before.pending {
            let at = self.pending_list.iter().position(|p| {
                let m = self.library.meeting(p.meeting);
                &m.path == path
                    && identity::entry_identity(m, p.item, EntryKind::Action, p.action).as_ref()
                        == Some(id)
            });
            match at {
                Some(i) => {
                    self.cursors[Pane::Pending] = Cursor {
                        sel: i,
                        lost: false,
                        ..self.cursors[Pane::Pending]
                    }
                }
                None => {
                    self.cursors[Pane::Pending].lost = true;
                    lost.push(t!(
                        self.setup.lang,
                        "ui-lost-action",
                        text = crate::sanitize::line(&id.text).into_owned()
                    ));
                }
            }
        }
        if let Some((path, id)) = &before.outcome {
            let at = self.outcome_list.iter().position(|p| {
                let m = self.library.meeting(p.meeting);
                &m.path == path
                    && identity::entry_identity(m, p.item, EntryKind::Outcome, p.outcome).as_ref()
                        == Some(id)
            });
            match at {
                Some(i) => {
                    self.cursors[Pane::Outcomes] = Cursor {
                        sel: i,
                        lost: false,
                        ..self.cursors[Pane::Outcomes]
                    }
                }
                None => self.cursors[Pane::Outcomes].lost = true,
            }
        }
        self.details_mark = before.mark.as_ref().and_then(|id| {
            let m = self.library.get(self.meeting?)?;
            let (item, entry) = identity::find_entry(m, id)?;
            (Some(item) == self.cursors[Pane::Agenda].selected()).then_some(match id.kind {
                EntryKind::Outcome => DetailsMark::Outcome(entry),
                EntryKind::Action => DetailsMark::Action(entry),
            })
        });
        self.follow_all();
    }

    /// Overlays survive: the picker lists the new meetings with the same one selected; the
    /// search keeps its text and runs again on the new meetings.
    fn rebuild_overlay(&mut self, before: &Selection) -> Vec<Effect> {
        match std::mem::replace(&mut self.overlay, Overlay::None) {
            Overlay::Picker(mut picker) => {
                let cursor = picker.cursor;
                picker.refilter(&self.picker_context());
                let again = before.picked.as_ref().and_then(|p| {
                    let id = self.library.find_by_path(p)?;
                    picker.matches.iter().position(|&m| m == id)
                });
                picker.cursor.sel =
                    again.unwrap_or(cursor.sel.min(picker.matches.len().saturating_sub(1)));
                self.overlay = Overlay::Picker(picker);
                Vec::new()
            }
            Overlay::Search(mut s) => {
                let index = SharedIndex(Arc::new(SearchIndex::build(&self.library)));
                self.search_index = Some(index.clone());
                s.index = index;
                // The hits point into the old meetings: drop them and ask again.
                s.hits.clear();
                s.more.clear();
                s.cursor = Cursor::default();
                s.generation += 1;
                let job = (!s.query.is_empty()).then(|| SearchJob {
                    generation: s.generation,
                    query: s.query.clone(),
                    index: s.index.clone(),
                });
                s.searching = job.is_some();
                self.overlay = Overlay::Search(s);
                job.map(Effect::Search).into_iter().collect()
            }
            other => {
                self.overlay = other;
                Vec::new()
            }
        }
    }
}
