//! The query language: fuzzy words (all required) and narrowing words
//! (`#tag`, `@person`, `kind:`, `series:`, `after:`, `before:`, `is:`).

use super::fold::fold;
use crate::model::OutcomeKind;
use chrono::{Datelike, NaiveDate};
use std::ops::Range;

/// What a record is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum RecordKind {
    Meeting,
    Item,
    Decision,
    Agreement,
    Note,
    Action,
}

impl RecordKind {
    pub const ALL: [RecordKind; 6] = [
        RecordKind::Meeting,
        RecordKind::Item,
        RecordKind::Decision,
        RecordKind::Agreement,
        RecordKind::Note,
        RecordKind::Action,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            RecordKind::Meeting => "meeting",
            RecordKind::Item => "item",
            RecordKind::Decision => "decision",
            RecordKind::Agreement => "agreement",
            RecordKind::Note => "note",
            RecordKind::Action => "action",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        RecordKind::ALL.into_iter().find(|k| k.as_str() == s)
    }

    pub fn of_outcome(kind: OutcomeKind) -> Self {
        match kind {
            OutcomeKind::Decision => RecordKind::Decision,
            OutcomeKind::Agreement => RecordKind::Agreement,
            OutcomeKind::Note => RecordKind::Note,
        }
    }

    /// A bit for sets of kinds.
    pub(crate) fn bit(self) -> u8 {
        1 << (self as u8)
    }
}

/// States a record can be in, for `is:`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RecordStatus {
    /// An action without `done`.
    Pending,
    /// An action with `done`.
    Done,
    /// An item marked discussed, and its outcomes and actions.
    Discussed,
}

impl RecordStatus {
    pub const ALL: [RecordStatus; 3] = [
        RecordStatus::Pending,
        RecordStatus::Done,
        RecordStatus::Discussed,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            RecordStatus::Pending => "pending",
            RecordStatus::Done => "done",
            RecordStatus::Discussed => "discussed",
        }
    }

    pub(crate) fn bit(self) -> u8 {
        1 << (self as u8)
    }
}

/// Why a query could not be read. `span` is the byte range of the offending word in the
/// query, so an input line can underline it.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{kind}")]
pub struct QueryError {
    pub kind: QueryErrorKind,
    pub span: Range<usize>,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum QueryErrorKind {
    #[error(
        "unknown filter `{0}:`; known: kind:, series:, after:, before:, is: (and #tag, @person)"
    )]
    UnknownFilter(String),
    #[error("`{0}` needs a value, e.g. {1}")]
    MissingValue(String, &'static str),
    #[error("unknown kind `{0}`; known: meeting, item, decision, agreement, note, action")]
    BadKind(String),
    #[error("unknown state `is:{0}`; known: pending, done, discussed")]
    BadStatus(String),
    #[error("`{0}` is not a date, month or year like 2020-03-09, 2020-03 or 2020")]
    BadDate(String),
}

impl QueryError {
    pub fn message(&self, lang: crate::i18n::Lang) -> String {
        self.kind.message(lang)
    }
}

impl QueryErrorKind {
    pub fn message(&self, lang: crate::i18n::Lang) -> String {
        use crate::t;
        match self {
            QueryErrorKind::UnknownFilter(key) => t!(lang, "err-query-unknown-filter", key = key),
            QueryErrorKind::MissingValue(key, example) => t!(
                lang,
                "err-query-missing-value",
                key = key,
                example = *example
            ),
            QueryErrorKind::BadKind(kind) => t!(lang, "err-query-bad-kind", kind = kind),
            QueryErrorKind::BadStatus(state) => t!(lang, "err-query-bad-status", state = state),
            QueryErrorKind::BadDate(value) => t!(lang, "err-query-bad-date", value = value),
        }
    }
}

/// A parsed query. Fuzzy words are folded; each must match (AND).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Query {
    /// Folded fuzzy words, with their byte spans in the query.
    pub words: Vec<(String, Range<usize>)>,
    /// Folded tag prefixes (`#fin` finds tag `financiering`); all must match.
    pub tags: Vec<String>,
    /// Folded parts of an owner or presenter name (`@korps`); all must match.
    pub people: Vec<String>,
    /// Bit set of `RecordKind`s; 0 = any. Several `kind:` words mean any of them.
    pub kinds: u8,
    /// Folded series key prefixes; several mean any of them.
    pub series: Vec<String>,
    /// Meeting date on or after this.
    pub after: Option<NaiveDate>,
    /// Meeting date on or before this.
    pub before: Option<NaiveDate>,
    /// Bit set of `RecordStatus`es; all must hold.
    pub status: u8,
}

impl Query {
    /// Reads a query. Words are separated by white space; a word starting with `#` or `@`,
    /// or made of letters followed by `:`, narrows; anything else is fuzzy text.
    pub fn parse(q: &str) -> Result<Query, QueryError> {
        let mut query = Query::default();
        for (word, span) in words(q) {
            query.add(word, span)?;
        }
        Ok(query)
    }

    /// True when the query narrows nothing and has no words: every record is a hit.
    pub fn is_empty(&self) -> bool {
        *self == Query::default()
    }

    fn add(&mut self, word: &str, span: Range<usize>) -> Result<(), QueryError> {
        let err = |kind| QueryError {
            kind,
            span: span.clone(),
        };
        if let Some(tag) = word.strip_prefix('#') {
            if tag.is_empty() {
                return Err(err(QueryErrorKind::MissingValue(
                    "#".into(),
                    "#financiering",
                )));
            }
            self.tags.push(fold(tag));
            return Ok(());
        }
        if let Some(person) = word.strip_prefix('@') {
            if person.is_empty() {
                return Err(err(QueryErrorKind::MissingValue("@".into(), "@korpschef")));
            }
            self.people.push(fold(person));
            return Ok(());
        }
        let Some((key, value)) = filter_parts(word) else {
            let folded = fold(word);
            if !folded.is_empty() {
                self.words.push((folded, span));
            }
            return Ok(());
        };
        let example = match key {
            "kind" => "kind:decision",
            "series" => "series:lovp",
            "after" => "after:2020-01",
            "before" => "before:2020-06",
            "is" => "is:pending",
            _ => return Err(err(QueryErrorKind::UnknownFilter(key.into()))),
        };
        if value.is_empty() {
            return Err(err(QueryErrorKind::MissingValue(
                format!("{key}:"),
                example,
            )));
        }
        match key {
            "kind" => {
                let k = RecordKind::parse(value)
                    .ok_or_else(|| err(QueryErrorKind::BadKind(value.into())))?;
                self.kinds |= k.bit();
            }
            "series" => self.series.push(fold(value)),
            "after" => {
                let (start, _) =
                    period(value).ok_or_else(|| err(QueryErrorKind::BadDate(value.into())))?;
                self.after = Some(self.after.map_or(start, |a| a.max(start)));
            }
            "before" => {
                let (_, end) =
                    period(value).ok_or_else(|| err(QueryErrorKind::BadDate(value.into())))?;
                self.before = Some(self.before.map_or(end, |b| b.min(end)));
            }
            _ => {
                let s = RecordStatus::ALL
                    .into_iter()
                    .find(|s| s.as_str() == value)
                    .ok_or_else(|| err(QueryErrorKind::BadStatus(value.into())))?;
                self.status |= s.bit();
            }
        }
        Ok(())
    }
}

/// The white-space separated words of `q` with their byte ranges.
fn words(q: &str) -> impl Iterator<Item = (&str, Range<usize>)> {
    let mut start = None;
    q.char_indices()
        .chain(std::iter::once((q.len(), ' ')))
        .filter_map(move |(i, c)| match (c.is_whitespace(), start) {
            (false, None) => {
                start = Some(i);
                None
            }
            (true, Some(s)) => {
                start = None;
                Some((&q[s..i], s..i))
            }
            _ => None,
        })
}

/// `kind:decision` → ("kind", "decision"). Only ASCII letters before the colon make a
/// filter, so text such as `10:00` or `https://…` stays fuzzy text.
fn filter_parts(word: &str) -> Option<(&str, &str)> {
    let (key, value) = word.split_once(':')?;
    let is_key = !key.is_empty() && key.bytes().all(|b| b.is_ascii_alphabetic());
    (is_key && !value.starts_with('/')).then_some((key, value))
}

/// The first and last day of a date (`2020-03-09`), month (`2020-03`) or year (`2020`).
pub fn period(s: &str) -> Option<(NaiveDate, NaiveDate)> {
    let digits = |p: &str, n: usize| p.len() == n && p.bytes().all(|b| b.is_ascii_digit());
    let parts: Vec<&str> = s.split('-').collect();
    match parts.as_slice() {
        [y] if digits(y, 4) => {
            let y: i32 = y.parse().ok()?;
            Some((
                NaiveDate::from_ymd_opt(y, 1, 1)?,
                NaiveDate::from_ymd_opt(y, 12, 31)?,
            ))
        }
        [y, m] if digits(y, 4) && digits(m, 2) => {
            let start = NaiveDate::from_ymd_opt(y.parse().ok()?, m.parse().ok()?, 1)?;
            let next = if start.month() == 12 {
                NaiveDate::from_ymd_opt(start.year() + 1, 1, 1)?
            } else {
                NaiveDate::from_ymd_opt(start.year(), start.month() + 1, 1)?
            };
            Some((start, next.pred_opt()?))
        }
        [y, m, d] if digits(y, 4) && digits(m, 2) && digits(d, 2) => {
            let d = NaiveDate::from_ymd_opt(y.parse().ok()?, m.parse().ok()?, d.parse().ok()?)?;
            Some((d, d))
        }
        _ => None,
    }
}
