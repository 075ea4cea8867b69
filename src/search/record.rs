//! Records: the searchable pieces of a library, each knowing where it came from.

use super::fold::fold_into;
use super::query::{RecordKind, Status};
use crate::model::{Item, Library, Meeting, MeetingId};
use chrono::NaiveDate;
use std::ops::Range;

/// Index of a record in a `SearchIndex`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct RecordId(pub u32);

/// One searchable record: a meeting (title, who was present), an agenda item (title, notes,
/// tags, presenter, document names), an outcome, or an action (text and owner).
#[derive(Debug, Clone)]
pub struct Record {
    pub kind: RecordKind,
    pub meeting: MeetingId,
    /// Index of the item in the meeting (none for a meeting record).
    pub item: Option<usize>,
    /// Index of the outcome or action in its item.
    pub entry: Option<usize>,
    pub date: NaiveDate,
    /// 1-based line of the record's header in the file (1 for a meeting).
    pub line: usize,
    pub(crate) text: Range<u32>,
    pub(crate) folded: Range<u32>,
    /// Length in chars of the original text, for the tie rule "shorter first".
    pub(crate) chars: u32,
    pub(crate) series: u32,
    pub(crate) tags: Range<u32>,
    pub(crate) person: Option<u32>,
    pub(crate) status: u8,
}

/// The records and their text, in arenas: one allocation for all texts keeps building cheap
/// and the search loop cache-friendly.
#[derive(Debug, Default)]
pub(crate) struct Arena {
    pub records: Vec<Record>,
    pub text: String,
    pub folded: String,
    pub series: Vec<String>,
    pub series_folded: Vec<String>,
    pub tags: Vec<String>,
    pub people: Vec<String>,
    pub paths: Vec<std::path::PathBuf>,
}

impl Arena {
    pub fn build(lib: &Library) -> Arena {
        let mut a = Arena::default();
        let items = lib.item_count();
        a.records.reserve(lib.len() + items * 3);
        for (i, name) in lib.series_names().enumerate() {
            debug_assert_eq!(i, a.series.len());
            a.series.push(name.to_string());
            a.series_folded.push(super::fold::fold(name));
        }
        for (id, m) in lib.iter() {
            a.add_meeting(id, m);
        }
        a
    }

    fn add_meeting(&mut self, id: MeetingId, m: &Meeting) {
        self.paths.push(m.path.clone());
        let series = self.series.partition_point(|s| *s < m.series) as u32;
        let base = Record {
            kind: RecordKind::Meeting,
            meeting: id,
            item: None,
            entry: None,
            date: m.date,
            line: 1,
            text: 0..0,
            folded: 0..0,
            chars: 0,
            series,
            tags: 0..0,
            person: None,
            status: 0,
        };
        // `@name` finds the meetings a person was present at.
        let present = (!m.present.is_empty()).then(|| self.person(&m.present.join("\n")));
        let at_present: Vec<String> = m.present.iter().map(|p| format!("@{p}")).collect();
        let mut parts = vec![m.title.as_str()];
        parts.extend(at_present.iter().map(String::as_str));
        let rec = Record {
            person: present,
            ..base.clone()
        };
        self.push(rec, &parts);
        for (i, item) in m.items.iter().enumerate() {
            self.add_item(&base, i, item);
        }
    }

    fn add_item(&mut self, base: &Record, index: usize, item: &Item) {
        let tags_start = self.tags.len() as u32;
        for t in &item.tags {
            self.tags.push(super::fold::fold(t));
        }
        let tags = tags_start..self.tags.len() as u32;
        let presenter = item.presenter.as_deref().map(|p| self.person(p));
        let discussed = if item.discussed.is_some() {
            Status::Discussed.bit()
        } else {
            0
        };
        let rec = Record {
            kind: RecordKind::Item,
            item: Some(index),
            line: item.line,
            tags,
            person: presenter,
            status: discussed,
            ..base.clone()
        };
        let hash_tags: Vec<String> = item.tags.iter().map(|t| format!("#{t}")).collect();
        let at_presenter = item.presenter.as_ref().map(|p| format!("@{p}"));
        let mut parts: Vec<&str> = vec![&item.title];
        if let Some(n) = item
            .notes
            .as_deref()
            .map(str::trim)
            .filter(|n| !n.is_empty())
        {
            parts.push(n);
        }
        parts.extend(hash_tags.iter().map(String::as_str));
        parts.extend(at_presenter.as_deref());
        parts.extend(item.documents.iter().map(|d| d.label()));
        self.push(rec.clone(), &parts);
        for (j, o) in item.outcomes.iter().enumerate() {
            let r = Record {
                kind: RecordKind::of_outcome(o.kind),
                entry: Some(j),
                line: o.line,
                ..rec.clone()
            };
            self.push(r, &[&o.text]);
        }
        for (j, act) in item.actions.iter().enumerate() {
            let state = if act.done.is_some() {
                Status::Done
            } else {
                Status::Pending
            };
            let owner = act.owner.as_deref().map(|p| self.person(p));
            let at_owner = act.owner.as_ref().map(|o| format!("@{o}"));
            let r = Record {
                kind: RecordKind::Action,
                entry: Some(j),
                line: act.line,
                person: owner,
                status: discussed | state.bit(),
                ..rec.clone()
            };
            let mut parts = vec![act.text.as_str()];
            parts.extend(at_owner.as_deref());
            self.push(r, &parts);
        }
    }

    fn person(&mut self, name: &str) -> u32 {
        self.people.push(super::fold::fold(name));
        (self.people.len() - 1) as u32
    }

    /// Adds a record whose text is `parts` joined by " · ".
    fn push(&mut self, mut rec: Record, parts: &[&str]) {
        let (t0, f0) = (self.text.len() as u32, self.folded.len() as u32);
        for (i, p) in parts.iter().enumerate() {
            if i > 0 {
                self.text.push_str(SEPARATOR);
                self.folded.push_str(SEPARATOR);
            }
            self.text.push_str(p);
            fold_into(p, &mut self.folded);
        }
        rec.text = t0..self.text.len() as u32;
        rec.folded = f0..self.folded.len() as u32;
        rec.chars = self.text[t0 as usize..].chars().count() as u32;
        self.records.push(rec);
    }
}

/// Between the parts of a record's text (title · notes · #tag · @presenter).
pub const SEPARATOR: &str = " · ";
