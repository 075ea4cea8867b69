//! One version of a meeting file cut into the pieces a merge works on: the meeting's own keys,
//! and each item with its own keys, outcomes and actions, each piece with its byte range in
//! the text and its identity (see `identity`).

use super::identity::{ItemId, SubId, item_ids, sub_ids};
use crate::model::Meeting;
use std::ops::Range;
use toml_edit::{Item, Table};

/// Why a file cannot be merged piece by piece (it is then merged as text). `message(lang)`
/// says it in a language; `Display` is English.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Unsupported {
    /// toml_edit's own description (English).
    Toml(String),
    InlineItems,
    ItemsUnmatched,
    /// The outcomes or actions (`"outcome"`, `"action"`) of an item could not be matched.
    SubsUnmatched(&'static str),
    /// A table (`None`) or a key has no position in the text.
    NoPosition(Option<String>),
    OddlyPlaced(String),
    IsTable(String),
    ValueUnreadable(String),
    SameLines,
    NotUtf8,
    /// The merged text does not load; its first problem.
    DoesNotLoad(Option<crate::store::Problem>),
    /// An outcome or action (`kind`) either side added would be missing from the result.
    WouldBeLost {
        kind: &'static str,
        text: String,
    },
}

impl Unsupported {
    pub fn message(&self, lang: crate::i18n::Lang) -> String {
        use crate::t;
        match self {
            Unsupported::Toml(why) => t!(lang, "unmergeable-toml", why = why),
            Unsupported::InlineItems => t!(lang, "unmergeable-inline-items"),
            Unsupported::ItemsUnmatched => t!(lang, "unmergeable-items-unmatched"),
            Unsupported::SubsUnmatched("outcome") => t!(lang, "unmergeable-outcomes-unmatched"),
            Unsupported::SubsUnmatched(_) => t!(lang, "unmergeable-actions-unmatched"),
            Unsupported::NoPosition(None) => t!(lang, "unmergeable-table-no-position"),
            Unsupported::NoPosition(Some(key)) => {
                t!(lang, "unmergeable-key-no-position", key = key)
            }
            Unsupported::OddlyPlaced(key) => t!(lang, "unmergeable-oddly-placed", key = key),
            Unsupported::IsTable(key) => t!(lang, "unmergeable-is-table", key = key),
            Unsupported::ValueUnreadable(key) => t!(lang, "unmergeable-value", key = key),
            Unsupported::SameLines => t!(lang, "unmergeable-same-lines"),
            Unsupported::NotUtf8 => t!(lang, "unmergeable-not-utf8"),
            Unsupported::DoesNotLoad(first) => {
                let first = first.as_ref().map_or(String::new(), |p| p.message(lang));
                t!(lang, "unmergeable-does-not-load", first = first)
            }
            Unsupported::WouldBeLost {
                kind: "outcome",
                text,
            } => {
                t!(lang, "unmergeable-outcome-lost", text = text)
            }
            Unsupported::WouldBeLost { text, .. } => {
                t!(lang, "unmergeable-action-lost", text = text)
            }
        }
    }
}

impl std::fmt::Display for Unsupported {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message(crate::i18n::Lang::En))
    }
}

/// One `key = value` line (or lines, for a multi-line string).
#[derive(Debug, Clone)]
pub struct KeyLine {
    pub name: String,
    /// Whole lines, from the key's line start to past the value's line end.
    pub lines: Range<usize>,
    /// The value, for comparing sides regardless of how it is written.
    pub value: toml::Value,
}

/// A table's keys and where its text is.
#[derive(Debug, Clone)]
pub struct Block {
    /// From its header (and the comment lines right above it) to the next block.
    pub range: Range<usize>,
    pub keys: Vec<KeyLine>,
    /// Just past its last key's line (or its header line): where a new key goes.
    pub body_end: usize,
    /// Just past the previous table's last key line: the blank lines and comments between
    /// the two belong to this block when it is carried to the other version.
    pub gap_start: usize,
}

impl Block {
    pub fn key(&self, name: &str) -> Option<&KeyLine> {
        self.keys.iter().find(|k| k.name == name)
    }

    /// Whether two blocks hold the same keys and values, however written.
    pub fn same(&self, other: &Block) -> bool {
        self.keys.len() == other.keys.len()
            && self
                .keys
                .iter()
                .all(|k| other.key(&k.name).is_some_and(|o| o.value == k.value))
    }
}

/// An outcome or an action.
#[derive(Debug, Clone)]
pub struct Sub {
    pub id: SubId,
    pub block: Block,
}

#[derive(Debug, Clone)]
pub struct ItemPiece {
    pub id: ItemId,
    pub own: Block,
    pub outcomes: Vec<Sub>,
    pub actions: Vec<Sub>,
    /// The item with its outcomes and actions, up to the next item.
    pub extent: Range<usize>,
}

impl ItemPiece {
    /// Just past the last key line of the item or its last outcome or action.
    pub fn body_end(&self) -> usize {
        let subs = self.outcomes.iter().chain(&self.actions);
        subs.map(|s| s.block.body_end)
            .fold(self.own.body_end, usize::max)
    }

    /// Just past the last key line of its last outcome (or of the item's own keys).
    pub fn outcomes_end(&self) -> usize {
        let outs = self.outcomes.iter().map(|s| s.block.body_end);
        outs.fold(self.own.body_end, usize::max)
    }

    pub fn same(&self, other: &ItemPiece) -> bool {
        let subs_same = |a: &[Sub], b: &[Sub]| {
            a.len() == b.len()
                && a.iter()
                    .zip(b)
                    .all(|(x, y)| x.id == y.id && x.block.same(&y.block))
        };
        self.own.same(&other.own)
            && subs_same(&self.outcomes, &other.outcomes)
            && subs_same(&self.actions, &other.actions)
    }
}

/// One side of the merge.
#[derive(Debug, Clone)]
pub struct Side<'a> {
    pub text: &'a str,
    pub root: Block,
    pub items: Vec<ItemPiece>,
}

impl<'a> Side<'a> {
    /// No version at all: a file both sides added.
    pub fn empty(text: &'a str) -> Side<'a> {
        Side {
            text,
            root: Block {
                range: 0..0,
                keys: Vec::new(),
                body_end: 0,
                gap_start: 0,
            },
            items: Vec::new(),
        }
    }

    /// Cuts `text` (without a byte-order mark) holding the valid `meeting`.
    pub fn new(text: &'a str, meeting: &Meeting) -> Result<Side<'a>, Unsupported> {
        let doc = toml_edit::Document::parse(text)
            .map_err(|e| Unsupported::Toml(e.message().trim().to_string()))?;
        let root = doc.as_table();
        let tables: Vec<&Table> = match root.get("item") {
            None => Vec::new(),
            Some(Item::ArrayOfTables(a)) => a.iter().collect(),
            Some(_) => return Err(Unsupported::InlineItems),
        };
        if tables.len() != meeting.items.len() {
            return Err(Unsupported::ItemsUnmatched);
        }
        let cut = Cutter { text };
        // Every header in file order, so each block ends where the next one starts.
        let mut starts = Vec::new();
        for t in &tables {
            starts.push(cut.block_start(t)?);
            for key in ["outcome", "action"] {
                if let Some(Item::ArrayOfTables(a)) = t.get(key) {
                    for s in a.iter() {
                        starts.push(cut.block_start(s)?);
                    }
                }
            }
        }
        starts.sort_unstable();
        let next_start = |at: usize| {
            let i = starts.partition_point(|&s| s <= at);
            starts.get(i).copied().unwrap_or(text.len())
        };
        let first = starts.first().copied().unwrap_or(text.len());
        let root_keys = cut.keys(root)?;
        let root = Block {
            body_end: root_keys.iter().map(|k| k.lines.end).max().unwrap_or(0),
            range: 0..first,
            keys: root_keys,
            gap_start: 0,
        };
        let ids = item_ids(&meeting.items);
        let mut items = Vec::with_capacity(tables.len());
        for (n, (t, id)) in tables.iter().zip(ids).enumerate() {
            let own = cut.block(t, &next_start)?;
            let extent_end = match tables.get(n + 1) {
                Some(next) => cut.block_start(next)?,
                None => text.len(),
            };
            let model = &meeting.items[n];
            let outcomes = cut.subs(t, "outcome", &model.outcomes, |o| &o.text, &next_start)?;
            let actions = cut.subs(t, "action", &model.actions, |a| &a.text, &next_start)?;
            items.push(ItemPiece {
                id,
                extent: own.range.start..extent_end,
                own,
                outcomes,
                actions,
            });
        }
        let mut side = Side { text, root, items };
        side.set_gaps();
        Ok(side)
    }

    /// Every block's gap starts where the table before it in the file ends.
    fn set_gaps(&mut self) {
        let mut bodies: Vec<(usize, usize)> = vec![(0, self.root.body_end)];
        for i in &self.items {
            for b in
                std::iter::once(&i.own).chain(i.outcomes.iter().chain(&i.actions).map(|s| &s.block))
            {
                bodies.push((b.range.start, b.body_end));
            }
        }
        bodies.sort_unstable();
        let gap = |start: usize| {
            let n = bodies.partition_point(|&(s, _)| s < start);
            bodies[..n].last().map_or(0, |&(_, end)| end.min(start))
        };
        for i in &mut self.items {
            i.own.gap_start = gap(i.own.range.start);
            for s in i.outcomes.iter_mut().chain(i.actions.iter_mut()) {
                s.block.gap_start = gap(s.block.range.start);
            }
        }
    }

    /// Where the root's keys end, or the last table's keys: where a new item goes.
    pub fn items_end(&self) -> usize {
        self.items
            .last()
            .map_or(self.root.body_end, ItemPiece::body_end)
    }
}

struct Cutter<'a> {
    text: &'a str,
}

impl Cutter<'_> {
    /// The start of a table's header line, moved up over comment lines right above it.
    fn block_start(&self, t: &Table) -> Result<usize, Unsupported> {
        let span = t.span().ok_or(Unsupported::NoPosition(None))?;
        let mut start = line_start(self.text, span.start);
        while start > 0 {
            let above = line_start(self.text, start - 1);
            if self.text[above..start].trim_start().starts_with('#') {
                start = above;
            } else {
                break;
            }
        }
        Ok(start)
    }

    fn block(&self, t: &Table, next_start: &dyn Fn(usize) -> usize) -> Result<Block, Unsupported> {
        let span = t.span().ok_or(Unsupported::NoPosition(None))?;
        let start = self.block_start(t)?;
        let keys = self.keys(t)?;
        let header_end = line_end(self.text, span.start);
        let body_end = keys
            .iter()
            .map(|k| k.lines.end)
            .max()
            .unwrap_or(header_end)
            .max(header_end);
        Ok(Block {
            range: start..next_start(span.start),
            keys,
            body_end,
            gap_start: 0,
        })
    }

    /// The outcomes or actions of an item table, with their identities from the model.
    fn subs<T>(
        &self,
        t: &Table,
        key: &'static str,
        model: &[T],
        text_of: impl Fn(&T) -> &String,
        next_start: &dyn Fn(usize) -> usize,
    ) -> Result<Vec<Sub>, Unsupported> {
        let tables: Vec<&Table> = match t.get(key) {
            Some(Item::ArrayOfTables(a)) => a.iter().collect(),
            // Written inline: merged as one key of the item.
            _ => return Ok(Vec::new()),
        };
        if tables.len() != model.len() {
            return Err(Unsupported::SubsUnmatched(key));
        }
        let ids = sub_ids(model.iter().map(text_of));
        tables
            .iter()
            .zip(ids)
            .map(|(t, id)| {
                Ok(Sub {
                    id,
                    block: self.block(t, next_start)?,
                })
            })
            .collect()
    }

    /// A table's `key = value` lines (not its sub-tables).
    fn keys(&self, t: &Table) -> Result<Vec<KeyLine>, Unsupported> {
        let mut out = Vec::new();
        for (name, item) in t.iter() {
            match item {
                Item::Value(v) => {
                    let (Some((key, _)), Some(vs)) = (t.get_key_value(name), v.span()) else {
                        return Err(Unsupported::NoPosition(Some(name.to_string())));
                    };
                    let ks = key
                        .span()
                        .ok_or_else(|| Unsupported::NoPosition(Some(name.to_string())))?;
                    if vs.end < ks.start {
                        return Err(Unsupported::OddlyPlaced(name.to_string()));
                    }
                    let lines = line_start(self.text, ks.start)..line_end(self.text, vs.end);
                    out.push(KeyLine {
                        name: name.to_string(),
                        value: value_of(&self.text[ks.start..vs.end], name)?,
                        lines,
                    });
                }
                Item::ArrayOfTables(_) => {}
                Item::Table(_) => {
                    return Err(Unsupported::IsTable(name.to_string()));
                }
                Item::None => {}
            }
        }
        Ok(out)
    }
}

/// The value of a `key = value` text (a dotted key is read as written).
fn value_of(kv: &str, name: &str) -> Result<toml::Value, Unsupported> {
    let t: toml::Table =
        toml::from_str(kv).map_err(|_| Unsupported::ValueUnreadable(name.to_string()))?;
    Ok(toml::Value::Table(t))
}

pub fn line_start(text: &str, off: usize) -> usize {
    text[..off].rfind('\n').map_or(0, |i| i + 1)
}

pub fn line_end(text: &str, off: usize) -> usize {
    text[off..].find('\n').map_or(text.len(), |i| off + i + 1)
}
