//! The search index: built once from a library, queried from any thread.

use super::fold::fold_map;
use super::query::Query;
use super::record::{Arena, Field, Record, RecordId, Segment};
use super::score::{self, MAX_TERMS, Norms, Scan, Term};
use super::words::tokens;
use crate::model::Library;
use std::cmp::Reverse;
use std::collections::HashSet;
use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};

/// A ranked hit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hit {
    pub record: RecordId,
    /// How many of the query's terms matched (its words, split at punctuation: `e-mail` is
    /// two): every one, or (for two or more) all but one; hits that match more come first.
    pub words: u8,
    /// The relevance score times 1000 (BM25-like; higher is better).
    pub score: i64,
}

/// Every record of a library with its folded text. `Send + Sync`: share it in an `Arc`
/// and run queries on another thread.
pub struct SearchIndex {
    arena: Arena,
    norms: Norms,
}

/// How often (in records) a long search looks at its stop flag.
const STOP_CHECK: usize = 1024;

impl SearchIndex {
    pub fn build(lib: &Library) -> Self {
        let arena = Arena::build(lib);
        let avg = std::array::from_fn(|f| {
            arena.field_bytes[f] as f32 / arena.field_count[f].max(1) as f32
        });
        SearchIndex {
            arena,
            norms: Norms { avg },
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

    fn run(
        &self,
        ids: impl Iterator<Item = u32>,
        query: &Query,
        limit: Option<usize>,
        stop: &AtomicBool,
    ) -> Option<Vec<Hit>> {
        let terms = score::terms(query);
        let n = terms.len().min(MAX_TERMS);
        // A query of several words also finds records that miss one of them (after those
        // that match all): a describing word the records do not use should not empty the list.
        let needed = if n > 1 { n - 1 } else { n };
        let mut scans: Vec<(u32, Scan)> = Vec::new();
        let mut searched = 0usize;
        for (k, i) in ids.enumerate() {
            if k % STOP_CHECK == 0 && stop.load(Ordering::Relaxed) {
                return None;
            }
            let Some(rec) = self.arena.records.get(i as usize) else {
                continue;
            };
            if !self.passes_filters(rec, query) {
                continue;
            }
            searched += 1;
            if n == 0 {
                scans.push((i, empty_scan()));
                continue;
            }
            let s = score::scan(self.folded(rec), self.segments(rec), &terms, &self.norms);
            if s.mask.count_ones() as usize >= needed && self.rest_match(rec, &terms) {
                scans.push((i, s));
            }
        }
        let mut df = [0usize; MAX_TERMS];
        for (_, s) in &scans {
            for (t, d) in df.iter_mut().enumerate().take(n) {
                *d += usize::from(s.mask & (1 << t) != 0);
            }
        }
        let idfs: Vec<f32> = df[..n].iter().map(|&d| score::idf(searched, d)).collect();
        let mut hits: Vec<Hit> = scans
            .iter()
            .map(|(i, s)| {
                let kind = self.arena.records[*i as usize].kind;
                Hit {
                    record: RecordId(*i),
                    words: s.mask.count_ones() as u8,
                    score: (score::score(s, &idfs, kind, n) * 1000.0) as i64,
                }
            })
            .collect();
        self.rank(&mut hits, limit, &terms);
        Some(hits)
    }

    /// Words beyond the scored ones must still occur (as a prefix of a word).
    fn rest_match(&self, rec: &Record, terms: &[Term]) -> bool {
        terms.len() <= MAX_TERMS || {
            let folded = self.folded(rec);
            terms[MAX_TERMS..]
                .iter()
                .all(|t| folded.contains(t.text.as_str()))
        }
    }

    /// The char indices of `text(id)` that the query's words matched, sorted, for
    /// highlighting. Call it for visible rows only: it re-scans the text.
    pub fn highlight(&self, id: RecordId, query: &Query) -> Vec<usize> {
        let Some(rec) = self.get(id) else {
            return Vec::new();
        };
        let terms = score::terms(query);
        let folded = self.folded(rec);
        let ranges = score::matched_ranges(folded, self.segments(rec), rec.shown as usize, &terms);
        if ranges.is_empty() {
            return Vec::new();
        }
        // Byte offsets of the folded text to folded char indices to the shown text's chars.
        let map = fold_map(self.text(id));
        let mut out = Vec::new();
        for r in ranges {
            let first = folded.get(..r.start).map_or(0, |s| s.chars().count());
            let len = folded.get(r.clone()).map_or(0, |s| s.chars().count());
            out.extend((first..first + len).filter_map(|c| map.get(c).copied()));
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

    fn segments(&self, rec: &Record) -> &[Segment] {
        self.arena
            .segments
            .get(rec.segments.start as usize..rec.segments.end as usize)
            .unwrap_or(&[])
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

    /// Most words matched first, then best score; ties: newer meeting, then record order.
    /// Then the same passage matched in several records (a resolution's boilerplate)
    /// keeps only its best record in place; the others move after the rest (of the best
    /// `3 × limit + 20`, so a limit costs no more than a partial sort).
    fn rank(&self, hits: &mut Vec<Hit>, limit: Option<usize>, terms: &[Term]) {
        let recs = &self.arena.records;
        let key = |h: &Hit| {
            let r = &recs[h.record.0 as usize];
            (
                Reverse(h.words),
                Reverse(h.score),
                Reverse(r.date),
                h.record,
            )
        };
        // Room for the duplicates that move down.
        let keep = limit.map(|n| n.saturating_mul(3).saturating_add(20));
        if let Some(n) = keep
            && n < hits.len()
        {
            hits.select_nth_unstable_by_key(n, key);
            hits.truncate(n);
        }
        hits.sort_unstable_by_key(key);
        if !terms.is_empty() {
            let mut seen = HashSet::new();
            let (mut first, mut repeats) = (Vec::new(), Vec::new());
            for h in hits.drain(..) {
                let passage = self.passage(h.record, terms);
                if passage.is_none_or(|p| seen.insert((h.words, p))) {
                    first.push(h);
                } else {
                    repeats.push(h);
                }
            }
            // Repeats stay behind the hits that match as many words.
            first.extend(repeats);
            first.sort_by_key(|h| Reverse(h.words));
            *hits = first;
        }
        if let Some(n) = limit {
            hits.truncate(n);
        }
    }

    /// A fingerprint of the words around the first match in the record's notes, or `None`
    /// when they hold none (matches in titles, names and outcomes are never boilerplate).
    fn passage(&self, id: RecordId, terms: &[Term]) -> Option<u64> {
        use std::hash::{Hash, Hasher};
        let rec = self.get(id)?;
        let folded = self.folded(rec);
        let mut start = 0usize;
        for seg in self.segments(rec) {
            let end = (seg.end as usize).min(folded.len());
            let text = folded.get(start..end).unwrap_or("");
            start = end;
            if seg.field != Field::Notes {
                continue;
            }
            let words: Vec<&str> = tokens(text).map(|r| &text[r]).collect();
            let at = words.iter().position(|w| {
                terms.iter().any(|t| {
                    !t.literal
                        && super::words::match_word(t.text.as_bytes(), w.as_bytes()).is_some()
                })
            })?;
            let window = &words[at.saturating_sub(4)..(at + 5).min(words.len())];
            let mut h = std::collections::hash_map::DefaultHasher::new();
            window.hash(&mut h);
            return Some(h.finish());
        }
        None
    }
}

fn empty_scan() -> Scan {
    Scan {
        mask: 0,
        tf: [0.0; MAX_TERMS],
        close_pairs: 0,
    }
}
