//! Fuzzy search across every meeting: records (meeting titles, items, outcomes, actions),
//! folding (case and accents), fuzzy matching behind the `Matcher` trait, ranking, and the
//! query language with narrowing words. No I/O and no terminal code.
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
mod matcher;
mod query;
mod record;
#[cfg(test)]
mod tests;

pub use fold::{fold, fold_map};
pub use index::{Hit, SearchIndex};
pub use matcher::{Matcher, SkimMatcher};
pub use query::{Query, QueryError, QueryErrorKind, RecordKind, Status, period};
pub use record::{Record, RecordId, SEPARATOR};
