//! The meeting model: plain data as `format.md` defines it, and the meanings derived from it
//! (series order, next meeting, pending actions with due status, previous outcomes).
//! No I/O and no terminal code live here.

mod history;
pub mod identity;
mod library;
mod lint;
mod pending;
mod record;
mod since;
mod slug;
#[cfg(test)]
mod tests;
mod timing;

pub use history::PreviousOutcome;
pub use identity::{EntryIdentity, EntryKind, ItemIdentity};
pub use library::{Library, MeetingId, OrderKey};
pub use lint::{Finding, FollowUpAt, LintKind};
pub use pending::{DueStatus, PendingAction, Scope, Target};
pub use record::{Attendance, AttendanceRow, Document, DocumentTarget, MembersFrom, Vote, is_url};
pub use since::SinceLastTime;
pub(crate) use slug::spelled_out;
pub use slug::{fold_diacritics, slug};
pub use timing::{Clock, actual_minutes, clock};

use chrono::{Datelike, NaiveDate, NaiveDateTime, NaiveTime};
use std::fmt;
use std::path::PathBuf;

/// One meeting: one file.
#[derive(Debug, Clone, PartialEq)]
pub struct Meeting {
    pub path: PathBuf,
    pub title: String,
    /// The series key: `series` as written, or the slug of the title.
    pub series: String,
    pub date: NaiveDate,
    pub start: Option<NaiveTime>,
    /// Planned end time of the meeting (optional; used by the agenda lint).
    pub end: Option<NaiveTime>,
    /// Planned length in minutes (optional; an alternative to `end`).
    pub length: Option<u32>,
    pub location: Option<String>,
    pub chair: Option<String>,
    pub attendees: Vec<String>,
    /// The people expected (`members`); see `Library::attendance`.
    pub members: Vec<String>,
    /// Who was marked present.
    pub present: Vec<String>,
    /// How many members must be present.
    pub quorum: Option<u32>,
    pub source: Option<String>,
    pub notes: Option<String>,
    pub items: Vec<Item>,
}

impl Meeting {
    /// A meeting with only the required fields; handy for tests and drafts.
    pub fn new(path: impl Into<PathBuf>, title: &str, date: NaiveDate) -> Self {
        Meeting {
            path: path.into(),
            title: title.to_string(),
            series: slug(title),
            date,
            start: None,
            end: None,
            length: None,
            location: None,
            chair: None,
            attendees: Vec::new(),
            members: Vec::new(),
            present: Vec::new(),
            quorum: None,
            source: None,
            notes: None,
            items: Vec::new(),
        }
    }

    /// The planned length of the meeting in minutes, from `length` or from `start`..`end`.
    pub fn planned_length(&self) -> Option<u32> {
        if let Some(len) = self.length {
            return Some(len);
        }
        match (self.start, self.end) {
            (Some(s), Some(e)) if e > s => u32::try_from((e - s).num_minutes()).ok(),
            _ => None,
        }
    }

    pub fn discussed_count(&self) -> usize {
        self.items.iter().filter(|i| i.discussed.is_some()).count()
    }
}

/// One agenda item.
#[derive(Debug, Clone, PartialEq)]
pub struct Item {
    pub title: String,
    /// The topic key: `topic` as written, or the slug of the title.
    pub topic: String,
    pub minutes: Option<u32>,
    pub presenter: Option<String>,
    pub tags: Vec<String>,
    pub notes: Option<String>,
    pub discussed: Option<Discussed>,
    pub confidential: bool,
    /// `standing = true`: the item returns every meeting; `docket new` copies it.
    pub standing: bool,
    /// The documents ("stukken") the item is about.
    pub documents: Vec<Document>,
    pub outcomes: Vec<Outcome>,
    pub actions: Vec<FollowUp>,
    /// 1-based line of the `[[item]]` header in the file (0 when unknown).
    pub line: usize,
}

impl Item {
    pub fn new(title: &str) -> Self {
        Item {
            title: title.to_string(),
            topic: slug(title),
            minutes: None,
            presenter: None,
            tags: Vec::new(),
            notes: None,
            discussed: None,
            confidential: false,
            standing: false,
            documents: Vec::new(),
            outcomes: Vec::new(),
            actions: Vec::new(),
            line: 0,
        }
    }
}

/// When an item was marked discussed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Discussed {
    At(NaiveDateTime),
    /// `discussed = true`, written by hand: discussed, time unknown.
    Yes,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Outcome {
    pub text: String,
    pub kind: OutcomeKind,
    /// How a decision was voted (only decisions have one).
    pub vote: Vote,
    pub line: usize,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum OutcomeKind {
    Decision,
    Agreement,
    Note,
}

impl Outcome {
    pub fn new(text: &str, kind: OutcomeKind) -> Self {
        Outcome {
            text: text.to_string(),
            kind,
            vote: Vote::default(),
            line: 0,
        }
    }
}

impl OutcomeKind {
    pub const ALL: [OutcomeKind; 3] = [
        OutcomeKind::Decision,
        OutcomeKind::Agreement,
        OutcomeKind::Note,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            OutcomeKind::Decision => "decision",
            OutcomeKind::Agreement => "agreement",
            OutcomeKind::Note => "note",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        OutcomeKind::ALL.into_iter().find(|k| k.as_str() == s)
    }
}

impl fmt::Display for OutcomeKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A follow-up promised at a meeting.
#[derive(Debug, Clone, PartialEq)]
pub struct FollowUp {
    pub text: String,
    pub owner: Option<String>,
    pub due: Option<Due>,
    pub done: Option<Done>,
    /// `dropped = true` (with `done`): closed without being done (dropped or superseded).
    pub dropped: bool,
    pub line: usize,
}

impl FollowUp {
    pub fn new(text: &str) -> Self {
        FollowUp {
            text: text.to_string(),
            owner: None,
            due: None,
            done: None,
            dropped: false,
            line: 0,
        }
    }
}

/// When an action is due.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Due {
    Date(NaiveDate),
    Month {
        year: i32,
        month: u32,
    },
    /// The next meeting of the same series.
    Next,
}

impl Due {
    /// Parses the string forms of `due`: `"next"` or a month `"2020-06"`.
    /// (A TOML date is handled by the loader; `"2020-03-09"` as a string is accepted too.)
    pub fn parse_str(s: &str) -> Option<Due> {
        let s = s.trim();
        if s == "next" {
            return Some(Due::Next);
        }
        if let Ok(d) = NaiveDate::parse_from_str(s, "%Y-%m-%d") {
            return Some(Due::Date(d));
        }
        let (y, m) = s.split_once('-')?;
        if y.len() != 4 || m.len() != 2 || !y.bytes().chain(m.bytes()).all(|b| b.is_ascii_digit()) {
            return None;
        }
        let (year, month) = (y.parse().ok()?, m.parse().ok()?);
        NaiveDate::from_ymd_opt(year, month, 1)?;
        Some(Due::Month { year, month })
    }
}

impl Due {
    /// The due point for a person: as the file writes it (`2020-03-09`, `2020-06`), except
    /// `next`, which is a word of `lang` ("volgende").
    pub fn label(self, lang: crate::i18n::Lang) -> String {
        match self {
            Due::Next => crate::t!(lang, "ui-due-next"),
            other => other.to_string(),
        }
    }
}

impl fmt::Display for Due {
    /// The due point as written in a file: `2020-03-09`, `2020-06` or `next`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Due::Date(d) => write!(f, "{}", d.format("%Y-%m-%d")),
            Due::Month { year, month } => write!(f, "{year:04}-{month:02}"),
            Due::Next => f.write_str("next"),
        }
    }
}

/// When an action was closed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Done {
    Date(NaiveDate),
    DateTime(NaiveDateTime),
    /// `done = true`: closed, date unknown; counts as closed for ever.
    Yes,
}

impl Done {
    /// The date it was closed on, if known.
    pub fn date(&self) -> Option<NaiveDate> {
        match self {
            Done::Date(d) => Some(*d),
            Done::DateTime(dt) => Some(dt.date()),
            Done::Yes => None,
        }
    }

    /// Whether the action was already closed before a meeting held on `date`.
    pub fn closed_before(&self, date: NaiveDate) -> bool {
        match self.date() {
            Some(d) => d < date,
            None => true,
        }
    }
}

/// First day of a month, for ordering month due points.
pub(crate) fn month_start(year: i32, month: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(year, month, 1)
}

/// How a due month compares with the month of `date`.
pub(crate) fn month_vs(year: i32, month: u32, date: NaiveDate) -> std::cmp::Ordering {
    (year, month).cmp(&(date.year(), date.month()))
}
