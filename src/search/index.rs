//! The search index: built once from a library, queried from any thread.

use super::fold::fold_map;
use super::matcher::{Matcher, SkimMatcher};
use super::query::Query;
use super::record::{Arena, Record, RecordId};
use crate::model::Library;
use std::cmp::Reverse;
use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};

/// A ranked hit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hit {
    pub record: RecordId,
    pub score: i64,
}

/// Every record of a library with its folded text. `Send + Sync`: share it in an `Arc`
/// and run queries on another thread.
pub struct SearchIndex {
    arena: Arena,
    matcher: Box<dyn Matcher>,
}

/// How often (in records) a long search looks at its stop flag.
const STOP_CHECK: usize = 1024;

impl SearchIndex {
    /// Builds the index with the default (skim) matcher.
    pub fn build(lib: &Library) -> Self {
        Self::with_matcher(lib, Box::new(SkimMatcher::default()))
    }

    pub fn with_matcher(lib: &Library, matcher: Box<dyn Matcher>) -> Self {
        SearchIndex {
            arena: Arena::build(lib),
            matcher,
        }
    }

    pub fn len(&self) -> usize {
        self.arena.records.len()
    }

    pub fn is_empty(&self) -> bool {
        self.arena.records.is_empty()
    }

    pub fn ids(&self) -> impl ExactSizeIterator<Item = RecordId> + use<> {
        (0..self.arena.records.len() as u32).map(RecordId)
    }

    pub fn get(&self, id: RecordId) -> Option<&Record> {
        self.arena.records.get(id.0 as usize)
    }

    /// The record's text as shown: its parts joined by " · " (for an item: title, notes,
    /// `#tags`, `@presenter`; for an action: text, `@owner`). Empty for an unknown id.
    pub fn text(&self, id: RecordId) -> &str {
        self.get(id)
            .and_then(|r| {
                self.arena
                    .text
                    .get(r.text.start as usize..r.text.end as usize)
            })
            .unwrap_or("")
    }

    /// The series key of the record's meeting.
    pub fn series(&self, id: RecordId) -> &str {
        self.get(id)
            .and_then(|r| self.arena.series.get(r.series as usize))
            .map_or("", String::as_str)
    }

    /// The file of the record's meeting.
    pub fn path(&self, id: RecordId) -> &Path {
        self.get(id)
            .and_then(|r| self.arena.paths.get(r.meeting.0))
            .map_or(Path::new(""), |p| p.as_path())
    }

    /// The hits for a query, best first; at most `limit` of them (`None`: all).
    pub fn search(&self, query: &Query, limit: Option<usize>) -> Vec<Hit> {
        let never = AtomicBool::new(false);
        self.search_until(query, limit, &never).unwrap_or_default()
    }

    /// Like `search`, but gives up (returns `None`) soon after `stop` is set, so a newer
    /// query can supersede this one.
    pub fn search_until(
        &self,
        query: &Query,
        limit: Option<usize>,
        stop: &AtomicBool,
    ) -> Option<Vec<Hit>> {
        self.run(0..self.arena.records.len() as u32, query, limit, stop)
    }

    /// Searches only `among` (record ids), e.g. the unlimited hits of a query that the new
    /// one extends: typing `vuu` → `vuur` can only lose hits, never gain them, when the
    /// new query adds characters or narrowing words.
    pub fn search_among(
        &self,
        among: &[RecordId],
        query: &Query,
        limit: Option<usize>,
        stop: &AtomicBool,
    ) -> Option<Vec<Hit>> {
        self.run(among.iter().map(|r| r.0), query, limit, stop)
    }

    fn run(
        &self,
        ids: impl Iterator<Item = u32>,
        query: &Query,
        limit: Option<usize>,
        stop: &AtomicBool,
    ) -> Option<Vec<Hit>> {
        let mut hits = Vec::new();
        for (n, i) in ids.enumerate() {
            if n % STOP_CHECK == 0 && stop.load(Ordering::Relaxed) {
                return None;
            }
            let Some(rec) = self.arena.records.get(i as usize) else {
                continue;
            };
            if !self.passes_filters(rec, query) {
                continue;
            }
            if let Some(score) = self.score(rec, query) {
                hits.push(Hit {
                    record: RecordId(i),
                    score,
                });
            }
        }
        self.rank(&mut hits, limit);
        Some(hits)
    }

    /// The char indices of `text(id)` that the query's words matched, sorted, for
    /// highlighting. Call it for visible rows only: it re-folds the text.
    pub fn highlight(&self, id: RecordId, query: &Query) -> Vec<usize> {
        let Some(rec) = self.get(id) else {
            return Vec::new();
        };
        let folded = self.folded(rec);
        let mut map: Option<Vec<usize>> = None;
        let mut out = Vec::new();
        for (word, _) in &query.words {
            let Some((_, positions)) = self.matcher.positions(folded, word) else {
                continue;
            };
            let map = map.get_or_insert_with(|| fold_map(self.text(id)));
            out.extend(positions.iter().filter_map(|&p| map.get(p).copied()));
        }
        out.sort_unstable();
        out.dedup();
        out
    }

    fn folded(&self, rec: &Record) -> &str {
        self.arena
            .folded
            .get(rec.folded.start as usize..rec.folded.end as usize)
            .unwrap_or("")
    }

    /// The sum of the words' scores, if every word matches.
    fn score(&self, rec: &Record, query: &Query) -> Option<i64> {
        let folded = self.folded(rec);
        let mut total = 0;
        for (word, _) in &query.words {
            total += self.matcher.score(folded, word)?;
        }
        Some(total)
    }

    fn passes_filters(&self, rec: &Record, q: &Query) -> bool {
        let a = &self.arena;
        if q.kinds != 0 && q.kinds & rec.kind.bit() == 0 {
            return false;
        }
        if q.status & rec.status != q.status {
            return false;
        }
        if q.after.is_some_and(|d| rec.date < d) || q.before.is_some_and(|d| rec.date > d) {
            return false;
        }
        if !q.series.is_empty() {
            let key = a.series_folded.get(rec.series as usize).map_or("", |s| s);
            if !q.series.iter().any(|s| key.starts_with(s.as_str())) {
                return false;
            }
        }
        if !q.tags.is_empty() {
            let tags = a
                .tags
                .get(rec.tags.start as usize..rec.tags.end as usize)
                .unwrap_or(&[]);
            if !q
                .tags
                .iter()
                .all(|want| tags.iter().any(|t| t.starts_with(want.as_str())))
            {
                return false;
            }
        }
        if !q.people.is_empty() {
            let Some(person) = rec.person.and_then(|p| a.people.get(p as usize)) else {
                return false;
            };
            if !q.people.iter().all(|want| person.contains(want.as_str())) {
                return false;
            }
        }
        true
    }

    /// Best score first; ties: shorter record, then newer meeting, then record order.
    fn rank(&self, hits: &mut Vec<Hit>, limit: Option<usize>) {
        let recs = &self.arena.records;
        let key = |h: &Hit| {
            let r = &recs[h.record.0 as usize];
            (Reverse(h.score), r.chars, Reverse(r.meeting), h.record)
        };
        if let Some(n) = limit
            && n < hits.len()
        {
            if n == 0 {
                hits.clear();
                return;
            }
            hits.select_nth_unstable_by_key(n - 1, key);
            hits.truncate(n);
        }
        hits.sort_unstable_by_key(key);
    }
}
