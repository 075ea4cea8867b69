//! Records: the searchable pieces of a library, each knowing where it came from.

use super::fold::fold_into;
use super::query::{RecordKind, RecordStatus};
use crate::model::{Item, Library, Meeting, MeetingId};
use chrono::NaiveDate;
use std::ops::Range;

/// Which part of a record a piece of text is; decides how much a match in it weighs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    /// A meeting's or an item's title.
    Title,
    /// An item's topic key (`officer-treasurer`).
    Topic,
    /// An outcome's or an action's own text.
    Text,
    /// An item's notes.
    Notes,
    /// An item's `#tag`s.
    Tag,
    /// A presenter or an owner.
    Person,
    /// The title and topic of the item an outcome or action belongs to: not shown in the
    /// record's text, but `treasurer kind:agreement` should find "Report approved" under
    /// the Treasurer report.
    Context,
}

impl Field {
    pub const COUNT: usize = 7;

    /// How much a match in this field counts: title and topic above an outcome's text
    /// above notes.
    pub fn weight(self) -> f32 {
        match self {
            Field::Title => 3.0,
            Field::Topic => 2.0,
            Field::Text => 2.0,
            Field::Tag => 1.5,
            Field::Person => 1.5,
            Field::Context => 1.2,
            Field::Notes => 1.0,
        }
    }

    /// Whether subsequence matching applies (short fields, where people expect `vrwrk`
    /// to find `Vuurwerk`).
    pub fn is_short(self) -> bool {
        matches!(
            self,
            Field::Title | Field::Person | Field::Tag | Field::Context
        )
    }
}

/// Where a field ends in a record's folded text (byte offset from the record's start).
#[derive(Debug, Clone, Copy)]
pub(crate) struct Segment {
    pub end: u32,
    pub field: Field,
}

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
    /// The folded text: the shown parts, then (for outcomes and actions) the context.
    pub(crate) folded: Range<u32>,
    /// The fields of the folded text, in `Arena::segments`.
    pub(crate) segments: Range<u32>,
    /// Bytes of the folded text that are the shown text (`fold(text)`); the rest is hidden.
    pub(crate) shown: u32,
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
    pub segments: Vec<Segment>,
    /// Sum of the byte lengths of each field over all records, and their number, for
    /// length normalisation (BM25's average field length).
    pub field_bytes: [u64; Field::COUNT],
    pub field_count: [u64; Field::COUNT],
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
            segments: 0..0,
            shown: 0,
            chars: 0,
            series,
            tags: 0..0,
            person: None,
            status: 0,
        };
        // `@name` finds the meetings a person was present at.
        let present = (!m.present.is_empty()).then(|| self.person(&m.present.join("\n")));
        let at_present: Vec<String> = m.present.iter().map(|p| format!("@{p}")).collect();
        let mut parts = vec![(m.title.as_str(), Field::Title)];
        parts.extend(at_present.iter().map(|p| (p.as_str(), Field::Person)));
        let rec = Record {
            person: present,
            ..base.clone()
        };
        self.push(rec, &parts, &[]);
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
            RecordStatus::Discussed.bit()
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
        let mut parts: Vec<(&str, Field)> = vec![(&item.title, Field::Title)];
        if let Some(n) = item
            .notes
            .as_deref()
            .map(str::trim)
            .filter(|n| !n.is_empty())
        {
            parts.push((n, Field::Notes));
        }
        parts.extend(hash_tags.iter().map(|t| (t.as_str(), Field::Tag)));
        parts.extend(at_presenter.as_deref().map(|p| (p, Field::Person)));
        // Document names count like notes.
        parts.extend(item.documents.iter().map(|d| (d.label(), Field::Notes)));
        let topic = [(item.topic.as_str(), Field::Topic)];
        let topic: &[(&str, Field)] = if item.topic.is_empty() { &[] } else { &topic };
        self.push(rec.clone(), &parts, topic);
        // The topic counts only when it says more than the title's slug (it usually is
        // that slug, and the same words twice would outweigh the record's own text).
        let own_topic = !item.topic.is_empty() && item.topic != crate::model::slug(&item.title);
        let with_topic = [
            (item.title.as_str(), Field::Context),
            (item.topic.as_str(), Field::Context),
        ];
        let context = if own_topic {
            &with_topic[..]
        } else {
            &with_topic[..1]
        };
        for (j, o) in item.outcomes.iter().enumerate() {
            let r = Record {
                kind: RecordKind::of_outcome(o.kind),
                entry: Some(j),
                line: o.line,
                ..rec.clone()
            };
            self.push(r, &[(&o.text, Field::Text)], context);
        }
        for (j, act) in item.actions.iter().enumerate() {
            let state = if act.done.is_some() {
                RecordStatus::Done
            } else {
                RecordStatus::Pending
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
            let mut parts = vec![(act.text.as_str(), Field::Text)];
            parts.extend(at_owner.as_deref().map(|o| (o, Field::Person)));
            self.push(r, &parts, context);
        }
    }

    fn person(&mut self, name: &str) -> u32 {
        self.people.push(super::fold::fold(name));
        (self.people.len() - 1) as u32
    }

    /// Adds a record whose text is `parts` joined by " · ". Its folded text is the same,
    /// followed by the `hidden` parts (matched, never shown), each part a field.
    fn push(&mut self, mut rec: Record, parts: &[(&str, Field)], hidden: &[(&str, Field)]) {
        let (t0, f0) = (self.text.len() as u32, self.folded.len() as u32);
        let s0 = self.segments.len() as u32;
        for (i, (p, field)) in parts.iter().chain(hidden).enumerate() {
            if i > 0 {
                self.folded.push_str(SEPARATOR);
            }
            if i > 0 && i < parts.len() {
                self.text.push_str(SEPARATOR);
            }
            if i < parts.len() {
                self.text.push_str(p);
            }
            let start = self.folded.len();
            fold_into(p, &mut self.folded);
            let f = *field as usize;
            self.field_bytes[f] += (self.folded.len() - start) as u64;
            self.field_count[f] += 1;
            self.segments.push(Segment {
                end: self.folded.len() as u32 - f0,
                field: *field,
            });
            if i + 1 == parts.len() {
                rec.shown = self.folded.len() as u32 - f0;
            }
        }
        rec.text = t0..self.text.len() as u32;
        rec.folded = f0..self.folded.len() as u32;
        rec.segments = s0..self.segments.len() as u32;
        rec.chars = self.text[t0 as usize..].chars().count() as u32;
        self.records.push(rec);
    }
}

/// Between the parts of a record's text (title · notes · #tag · @presenter).
pub const SEPARATOR: &str = " · ";
