//! Search across every meeting: records (meeting titles, items, outcomes, actions), folding
//! (case and accents), word-level matching (exact, prefix, a few edits), BM25-like ranking
//! with field weights, and the query language with narrowing words. No I/O and no
//! terminal code. The design and its measurements: docs/search.md.
//!
//! Typical use from an interface:
//! ```
//! use docket::search::{Query, SearchIndex};
//! # let library = docket::model::Library::default();
//! let index = std::sync::Arc::new(SearchIndex::build(&library)); // once per (re)load
//! let query = Query::parse("financiele #capaciteit kind:agreement")?; // errors carry a span
//! let hits = index.search(&query, Some(200)); // on a worker thread
//! for hit in hits.iter().take(20) {
//!     let _marks = index.highlight(hit.record, &query); // visible rows only
//! }
//! # Ok::<(), docket::search::QueryError>(())
//! ```

mod fold;
mod index;
mod query;
mod record;
mod score;
#[cfg(test)]
mod tests;
mod words;

pub use fold::{fold, fold_map};
pub use index::{Hit, SearchIndex};
pub use query::{Query, QueryError, QueryErrorKind, RecordKind, RecordStatus, period};
pub use record::{Field, Record, RecordId, SEPARATOR};
