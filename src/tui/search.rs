//! The `/` search overlay's state and its part of `update`. Matching runs elsewhere (see
//! `search_worker.rs`): typing emits `Effect::Search` with a generation number, and results
//! come back through `App::search_done`; an older generation's results are dropped.

use super::action::Action;
use super::app::{App, Cursor, Effect, Overlay, Pane};
use super::text_field::TextField;
use crate::model::{Item, MeetingId};
use crate::search::{Hit, Query, QueryError, RecordId, RecordKind, SEPARATOR, SearchIndex};
use std::collections::HashMap;
use std::collections::hash_map::Entry;
use std::sync::Arc;

/// Most hits the overlay keeps (the best ones).
pub const LIMIT: usize = 200;

/// The index, shared with the worker thread. Equal when it is the same index.
#[derive(Clone)]
pub struct SharedIndex(pub Arc<SearchIndex>);

impl PartialEq for SharedIndex {
    fn eq(&self, other: &Self) -> bool {
        Arc::ptr_eq(&self.0, &other.0)
    }
}
impl Eq for SharedIndex {}

impl std::fmt::Debug for SharedIndex {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "SharedIndex({} records)", self.0.len())
    }
}

/// One query for the worker.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SearchJob {
    pub generation: u64,
    pub query: Query,
    pub index: SharedIndex,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SearchState {
    pub field: TextField,
    /// The last query that parsed (the one the hits belong to).
    pub query: Query,
    pub error: Option<QueryError>,
    /// The best hit of each agenda item (or meeting), best first: one item never fills
    /// the list with its outcomes and actions.
    pub hits: Vec<Hit>,
    /// For each of `hits`, how many more hits the same item had.
    pub more: Vec<usize>,
    pub cursor: Cursor,
    pub generation: u64,
    pub searching: bool,
    pub index: SharedIndex,
}

/// Which entry of the item details a search hit pointed at.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DetailsMark {
    Outcome(usize),
    Action(usize),
    /// A line of the item's notes (0-based), where the first match is.
    NotesLine(usize),
}

impl App {
    pub(super) fn open_search(&mut self) {
        let index = match &self.search_index {
            Some(i) => i.clone(),
            None => {
                let built = SharedIndex(Arc::new(SearchIndex::build(&self.library)));
                self.search_index = Some(built.clone());
                built
            }
        };
        self.overlay = Overlay::Search(Box::new(SearchState {
            field: TextField::default(),
            query: Query::default(),
            error: None,
            hits: Vec::new(),
            more: Vec::new(),
            cursor: Cursor::default(),
            generation: 0,
            searching: false,
            index,
        }));
    }

    pub fn is_searching(&self) -> bool {
        matches!(&self.overlay, Overlay::Search(s) if s.searching)
    }

    pub(super) fn update_search(&mut self, action: Action) -> Vec<Effect> {
        let rows = self.overlay_rows();
        let Overlay::Search(s) = &mut self.overlay else {
            return Vec::new();
        };
        if let Some(changed) = s.field.handle(&action) {
            if let Some(notice) = super::capture::paste_notice(changed.flattened, self.lang) {
                self.status = Some(super::app::Status {
                    text: notice,
                    error: false,
                });
            }
            if !changed.text {
                return Vec::new();
            }
        } else {
            match action {
                Action::Up => step(s, -1, rows),
                Action::Down => step(s, 1, rows),
                Action::PageUp => step(s, -(rows as isize), rows),
                Action::PageDown => step(s, rows as isize, rows),
                Action::Top => step(s, isize::MIN / 2, rows),
                Action::Bottom => step(s, isize::MAX / 2, rows),
                Action::Close => self.overlay = Overlay::None,
                Action::Confirm => self.jump_to_hit(),
                _ => {}
            }
            return Vec::new();
        }
        match Query::parse(s.field.text()) {
            Err(e) => {
                s.error = Some(e);
                Vec::new()
            }
            Ok(q) => {
                s.error = None;
                s.generation += 1;
                if q.is_empty() {
                    s.query = q;
                    s.hits.clear();
                    s.more.clear();
                    s.searching = false;
                    s.cursor = Cursor::default();
                    return Vec::new();
                }
                s.query = q.clone();
                s.searching = true;
                vec![Effect::Search(SearchJob {
                    generation: s.generation,
                    query: q,
                    index: s.index.clone(),
                })]
            }
        }
    }

    /// Results of a search job; those of a superseded query are dropped.
    pub fn search_done(&mut self, generation: u64, hits: Vec<Hit>) {
        if let Overlay::Search(s) = &mut self.overlay
            && s.generation == generation
        {
            (s.hits, s.more) = group_by_item(&s.index.0, hits);
            s.searching = false;
            s.cursor = Cursor::default();
        }
    }

    /// Enter: open the hit's meeting at its item, marking the outcome or action it found.
    fn jump_to_hit(&mut self) {
        let Overlay::Search(s) = std::mem::replace(&mut self.overlay, Overlay::None) else {
            return;
        };
        let Some(rec) = s
            .hits
            .get(s.cursor.sel)
            .and_then(|h| s.index.0.get(h.record))
        else {
            return;
        };
        let (meeting, item, entry, kind) = (rec.meeting, rec.item, rec.entry, rec.kind);
        let Some(m) = self.library.get(meeting) else {
            return;
        };
        let notes_line = match (kind, item.and_then(|i| m.items.get(i))) {
            (RecordKind::Item, Some(it)) => s
                .hits
                .get(s.cursor.sel)
                .and_then(|h| notes_line(&s.index.0, h.record, &s.query, it)),
            _ => None,
        };
        self.open_meeting(MeetingId(meeting.0));
        self.outcomes = Cursor::default();
        self.pending = Cursor::default();
        self.focus = Pane::Agenda;
        if let Some(i) = item {
            self.move_in(Pane::Agenda, i as isize);
        }
        self.details_mark = entry
            .map(|e| match kind {
                RecordKind::Action => DetailsMark::Action(e),
                _ => DetailsMark::Outcome(e),
            })
            .or(notes_line.map(DetailsMark::NotesLine));
        // Scroll the details so the marked line shows, a third of the way down.
        self.details_scroll = 0;
        if let Some(areas) = self.areas() {
            let inner = areas.details.inner(ratatui::layout::Margin::new(1, 1));
            if let Some(row) = super::ui::details::marked_row(self, inner.width) {
                self.details_scroll = row.saturating_sub(usize::from(inner.height) / 3);
            }
        }
    }

    fn overlay_rows(&self) -> usize {
        super::layout::inner(super::layout::overlay_area(self.size))
            .height
            .saturating_sub(2)
            .max(1) as usize
    }
}

/// Keeps the first (best) hit of each item, or of each meeting for meeting records, and
/// counts the others.
fn group_by_item(index: &SearchIndex, hits: Vec<Hit>) -> (Vec<Hit>, Vec<usize>) {
    let mut at: HashMap<(usize, Option<usize>), usize> = HashMap::new();
    let (mut best, mut more) = (Vec::new(), Vec::new());
    for h in hits {
        let Some(r) = index.get(h.record) else {
            continue;
        };
        match at.entry((r.meeting.0, r.item)) {
            Entry::Occupied(e) => more[*e.get()] += 1,
            Entry::Vacant(e) => {
                e.insert(best.len());
                best.push(h);
                more.push(0);
            }
        }
    }
    (best, more)
}

/// The line of the item's notes that holds the first match of an item hit, if the match
/// is in the notes (the record's text is `title · notes · …`).
fn notes_line(index: &SearchIndex, id: RecordId, query: &Query, item: &Item) -> Option<usize> {
    let raw = item.notes.as_deref()?;
    let notes = raw.trim();
    let start = item.title.chars().count() + SEPARATOR.chars().count();
    let len = notes.chars().count();
    let first = index
        .highlight(id, query)
        .into_iter()
        .find(|&c| c >= start && c < start + len)?;
    // The record holds the notes trimmed; the details show them as written (only the end
    // trimmed), so the lines `trim` took off the start count too.
    let lead = raw.len() - raw.trim_start().len();
    let skipped = raw[..lead].matches('\n').count();
    let before: usize = notes
        .chars()
        .take(first - start)
        .filter(|&c| c == '\n')
        .count();
    Some(skipped + before)
}

fn step(s: &mut SearchState, delta: isize, rows: usize) {
    s.cursor.step(delta, s.hits.len(), rows);
}
