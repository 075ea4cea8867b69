//! Where each `[[item]]`, `[[item.outcome]]` and `[[item.action]]` table lies in the text, as
//! whole-line blocks: from its header (with the comment lines directly above it, which
//! belong to it; a heading meant to stay put needs a blank line below it) up to the next
//! table's block. Moving or deleting a block therefore takes
//! its comments along, and blocks tile the text from the first item to the end.

use super::apply::{Editor, verify_err};
use super::text::{line_end, line_start};
use super::{EditError, SubKind, Subject};
use std::ops::Range;
use toml_edit::{Item, Table};

/// One table's block.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Block {
    /// `None` for the item's own table; else which outcome or action.
    pub sub: Option<(SubKind, usize)>,
    pub item: usize,
    pub start: usize,
    pub end: usize,
}

/// A table's header start, its body's end, which sub-table (if one) and its item.
type Head = (usize, usize, Option<(SubKind, usize)>, usize);

/// Every table block of the file, in text order.
#[derive(Debug, Clone)]
pub struct Blocks {
    pub all: Vec<Block>,
    len: usize,
}

impl Blocks {
    pub fn of(ed: &Editor<'_>) -> Result<Blocks, EditError> {
        let items = match ed.doc.get("item") {
            None => Vec::new(),
            Some(Item::ArrayOfTables(a)) => a.iter().collect(),
            Some(_) => return Err(ed.inline(Subject::List("item"))),
        };
        // (header start, body end, identity) of every table.
        let mut heads: Vec<Head> = Vec::new();
        for (i, t) in items.iter().enumerate() {
            heads.push((head(ed, t)?, ed.body_end(t)?, None, i));
            for kind in [SubKind::Outcome, SubKind::Action] {
                // An inline list lies within the item's own lines: nothing to place.
                let subs = ed.sub_tables(t, kind.key()).unwrap_or_default();
                for (n, s) in subs.into_iter().enumerate() {
                    heads.push((head(ed, s)?, ed.body_end(s)?, Some((kind, n)), i));
                }
            }
        }
        heads.sort_by_key(|h| h.0);
        let text = ed.text;
        // Comments above the first item may reach back to the meeting's last key, no further.
        let mut floor = root_end(ed, heads.first().map_or(text.len(), |h| h.0));
        let mut all = Vec::with_capacity(heads.len());
        for &(header, body_end, sub, item) in &heads {
            let mut start = line_start(text, header);
            while start > floor {
                let prev = line_start(text, start - 1);
                if !text[prev..start].trim_start().starts_with('#') {
                    break;
                }
                start = prev;
            }
            all.push(Block {
                sub,
                item,
                start,
                end: text.len(),
            });
            floor = body_end.max(start);
        }
        for n in 1..all.len() {
            all[n - 1].end = all[n].start;
        }
        Ok(Blocks {
            all,
            len: text.len(),
        })
    }

    /// The whole of item `i`: its own table and its outcomes and actions.
    pub fn item(&self, i: usize) -> Option<Range<usize>> {
        let start = self
            .all
            .iter()
            .find(|b| b.item == i && b.sub.is_none())?
            .start;
        let end = self
            .all
            .iter()
            .find(|b| b.item == i + 1 && b.sub.is_none())
            .map_or(self.len, |b| b.start);
        Some(start..end)
    }

    /// Where item `i`'s own keys end: its first sub-table, or the end of the item.
    pub fn own_end(&self, i: usize) -> Option<usize> {
        let whole = self.item(i)?;
        Some(
            self.all
                .iter()
                .find(|b| b.item == i && b.sub.is_some())
                .map_or(whole.end, |b| b.start),
        )
    }

    pub fn sub(&self, i: usize, kind: SubKind, n: usize) -> Option<Range<usize>> {
        self.all
            .iter()
            .find(|b| b.item == i && b.sub == Some((kind, n)))
            .map(|b| b.start..b.end)
    }
}

fn head(ed: &Editor<'_>, t: &Table) -> Result<usize, EditError> {
    t.span()
        .map(|s| s.start)
        .ok_or_else(|| verify_err(ed.path, "a table has no position"))
}

/// Just past the meeting's last own key before `before`.
fn root_end(ed: &Editor<'_>, before: usize) -> usize {
    let mut end = 0;
    for (_, item) in ed.doc.iter() {
        if let Item::Value(v) = item
            && let Some(s) = v.span()
            && s.end <= before
        {
            end = end.max(line_end(ed.text, s.end));
        }
    }
    end
}

/// The range to cut so that a block disappears with one separating blank line: the block
/// itself, except at the end of the text, where the blank line before it goes instead (and
/// the line terminator before it, when the text has no final newline).
pub fn cut_range(text: &str, block: Range<usize>, floor: usize) -> Range<usize> {
    if block.end < text.len() {
        return block;
    }
    let mut start = block.start;
    if start > floor {
        let prev = line_start(text, start - 1);
        if text[prev..start].trim().is_empty() {
            start = prev;
        }
    }
    if !text.ends_with('\n') && start > 0 {
        start -= 1;
        if text[..start].ends_with('\r') {
            start -= 1;
        }
    }
    start..block.end
}

/// The length of `block` without its trailing blank lines.
pub fn content_len(block: &str) -> usize {
    let mut end = block.len();
    loop {
        let body = &block[..end];
        let without_nl = body.strip_suffix('\n').unwrap_or(body);
        let prev = without_nl.rfind('\n').map_or(0, |i| i + 1);
        if end == 0 || !block[prev..end].trim().is_empty() {
            return end;
        }
        end = prev;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn content_stops_at_the_last_non_blank_line() {
        assert_eq!(content_len("a\nb\n\n\n"), 4);
        assert_eq!(content_len("a\r\n\r\n"), 3);
        assert_eq!(content_len("a"), 1);
        assert_eq!(content_len("\n\n"), 0);
    }

    #[test]
    fn cutting_the_last_block_takes_one_blank_line_and_a_missing_newline() {
        let t = "x\n\n[[item]]\ny";
        assert_eq!(cut_range(t, 3..t.len(), 2), 1..t.len());
        let t = "x\n\n[[item]]\ny\n";
        assert_eq!(cut_range(t, 3..t.len(), 2), 2..t.len());
    }
}
