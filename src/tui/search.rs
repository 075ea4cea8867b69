//! The `/` search overlay's state and its part of `update`. Matching runs elsewhere (see
//! `search_worker.rs`): typing emits `Effect::Search` with a generation number, and results
//! come back through `App::search_done`; an older generation's results are dropped.

use super::action::Action;
use super::cursor::{Cursor, list_delta};
use super::overlay::Outcome;
use super::text_field::TextField;
use crate::i18n::Lang;
use crate::model::{Item, Library, MeetingId};
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

/// Where Enter on a hit goes: the meeting, its item, and the entry or notes line to mark.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct HitTarget {
    pub meeting: MeetingId,
    pub item: Option<usize>,
    pub mark: Option<DetailsMark>,
}

impl SearchState {
    pub fn new(index: SharedIndex) -> SearchState {
        SearchState {
            field: TextField::default(),
            query: Query::default(),
            error: None,
            hits: Vec::new(),
            more: Vec::new(),
            cursor: Cursor::default(),
            generation: 0,
            searching: false,
            index,
        }
    }

    /// One action, `rows` of hits in view: typing answers with a job for the worker
    /// (`Done`), Enter with where to jump (the overlay closes either way only on Enter).
    pub fn update(&mut self, action: &Action, rows: usize, lang: Lang) -> Outcome<SearchStep> {
        let Some(changed) = self.field.handle(action) else {
            if let Some(delta) = list_delta(action, rows) {
                self.cursor.step(delta, self.hits.len(), rows);
                return Outcome::Stay;
            }
            return match action {
                Action::Close => Outcome::Close,
                Action::Confirm => Outcome::Done(SearchStep::Jump),
                _ => Outcome::Stay,
            };
        };
        let told = super::capture::paste_notice(changed.flattened, lang);
        let job = if changed.text { self.requery() } else { None };
        match (job, told) {
            (Some(job), told) => Outcome::Done(SearchStep::Search(job, told)),
            (None, Some(told)) => Outcome::Tell(told),
            (None, None) => Outcome::Stay,
        }
    }

    /// Parses the text again: a job for the worker when there is a query to run.
    fn requery(&mut self) -> Option<SearchJob> {
        match Query::parse(self.field.text()) {
            Err(e) => {
                self.error = Some(e);
                None
            }
            Ok(q) => {
                self.error = None;
                self.generation += 1;
                if q.is_empty() {
                    self.query = q;
                    self.hits.clear();
                    self.more.clear();
                    self.searching = false;
                    self.cursor = Cursor::default();
                    return None;
                }
                self.query = q.clone();
                self.searching = true;
                Some(SearchJob {
                    generation: self.generation,
                    query: q,
                    index: self.index.clone(),
                })
            }
        }
    }

    /// Results of a search job; those of a superseded query are dropped.
    pub fn done(&mut self, generation: u64, hits: Vec<Hit>) {
        if self.generation == generation {
            (self.hits, self.more) = group_by_item(&self.index.0, hits);
            self.searching = false;
            self.cursor = Cursor::default();
        }
    }

    /// The selected hit's meeting and item, and the outcome, action or notes line it found
    /// (`None` when there is no hit or its meeting is gone).
    pub fn target(&self, library: &Library) -> Option<HitTarget> {
        let hit = self.hits.get(self.cursor.sel)?;
        let rec = self.index.0.get(hit.record)?;
        let m = library.get(MeetingId(rec.meeting.0))?;
        let notes_line = match (rec.kind, rec.item.and_then(|i| m.items.get(i))) {
            (RecordKind::Item, Some(it)) => notes_line(&self.index.0, hit.record, &self.query, it),
            _ => None,
        };
        let mark = rec
            .entry
            .map(|e| match rec.kind {
                RecordKind::Action => DetailsMark::Action(e),
                _ => DetailsMark::Outcome(e),
            })
            .or(notes_line.map(DetailsMark::NotesLine));
        Some(HitTarget {
            meeting: MeetingId(rec.meeting.0),
            item: rec.item,
            mark,
        })
    }
}

/// What the search asks for besides its own change.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SearchStep {
    /// Run this query (and say what a paste changed, if it did).
    Search(SearchJob, Option<String>),
    /// Enter: close and go to the selected hit (see `target`).
    Jump,
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
