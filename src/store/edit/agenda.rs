//! Edits of the agenda itself: insert, remove (and put back byte for byte), move, and change
//! an item's own keys. Items move and go as whole blocks (see `blocks.rs`), comments with them.

use super::apply::{Editor, Rewrite, verify_err};
use super::blocks::{Blocks, content_len, cut_range};
use super::keys::{KeyChange, apply_to_item, change_key, parse_item_block, settle_topic};
use super::text::{insert_lines, newline_at};
use super::{Edit, EditError, ItemFields, ItemRef, Subject, Unchanged};
use crate::store::toml_text::quote;
use toml_edit::Table;

impl Editor<'_> {
    pub(super) fn insert_item(
        &self,
        after: Option<&ItemRef>,
        fields: &ItemFields,
    ) -> Result<Rewrite, EditError> {
        if fields.title.is_empty() {
            return Err(EditError::Empty {
                path: self.path.to_path_buf(),
            });
        }
        let blocks = Blocks::of(self)?;
        let pos = match after {
            Some(r) => self.item_index(r)? + 1,
            None => 0,
        };
        let mut lines = vec!["[[item]]".to_string()];
        lines.extend(fields.lines());
        let new = match blocks.item(pos) {
            Some(next) => {
                lines.push(String::new());
                insert_lines(self.text, next.start, &lines)
            }
            None => {
                lines.insert(0, String::new());
                insert_lines(self.text, self.text.len(), &lines)
            }
        };
        let mut want = self.old.clone();
        want.items.insert(pos, fields.to_item());
        let inverse = Edit::RemoveItem {
            item: ItemRef::of(&want, pos).ok_or_else(|| verify_err(self.path, "no new item"))?,
        };
        Ok((new, inverse, want))
    }

    pub(super) fn remove_item(&self, r: &ItemRef) -> Result<Rewrite, EditError> {
        let i = self.item_index(r)?;
        let blocks = Blocks::of(self)?;
        let whole = blocks
            .item(i)
            .ok_or_else(|| self.gone(Subject::Item(r.title.clone())))?;
        let cut = cut_range(self.text, whole, 0);
        let raw = self.text[cut.clone()].to_string();
        let new = format!("{}{}", &self.text[..cut.start], &self.text[cut.end..]);
        let mut want = self.old.clone();
        want.items.remove(i);
        let inverse = Edit::PutItem {
            before: ItemRef::of(&want, i),
            at: cut.start,
            raw,
        };
        Ok((new, inverse, want))
    }

    pub(super) fn put_item(
        &self,
        before: Option<&ItemRef>,
        at: usize,
        raw: &str,
    ) -> Result<Rewrite, EditError> {
        let item = parse_item_block(self, raw)?;
        let (pos, at) = match before {
            Some(r) => {
                let j = self.item_index(r)?;
                let start = Blocks::of(self)?.item(j).map(|b| b.start);
                let at = if self.relocate { start } else { Some(at) };
                (
                    j,
                    at.ok_or_else(|| self.gone(Subject::Item(r.title.clone())))?,
                )
            }
            None => {
                let at = if self.relocate { self.text.len() } else { at };
                (self.old.items.len(), at)
            }
        };
        if !self.text.is_char_boundary(at) {
            return Err(verify_err(
                self.path,
                "the place to put the item back is gone",
            ));
        }
        let mut raw = raw.to_string();
        if at < self.text.len() && !raw.ends_with('\n') {
            raw.push_str(newline_at(self.text, at));
        }
        let new = format!("{}{raw}{}", &self.text[..at], &self.text[at..]);
        let mut want = self.old.clone();
        want.items.insert(pos, item);
        let inverse = Edit::RemoveItem {
            item: ItemRef::of(&want, pos).ok_or_else(|| verify_err(self.path, "no item"))?,
        };
        Ok((new, inverse, want))
    }

    /// Swaps the item with its neighbour above (`up`) or below. Each block keeps the blank
    /// lines that follow it in place, so the spacing between items stays as it was.
    pub(super) fn move_item(&self, r: &ItemRef, up: bool) -> Result<Rewrite, EditError> {
        let i = self.item_index(r)?;
        let n = self.old.items.len();
        let (a, b) = match (up, i) {
            (true, 0) => return Err(self.edge(r, true)),
            (true, _) => (i - 1, i),
            (false, _) if i + 1 >= n => return Err(self.edge(r, false)),
            (false, _) => (i, i + 1),
        };
        let blocks = Blocks::of(self)?;
        let (ra, rb) = match (blocks.item(a), blocks.item(b)) {
            (Some(ra), Some(rb)) => (ra, rb),
            _ => return Err(self.gone(Subject::Item(r.title.clone()))),
        };
        // Work as if the text ended with a newline, so the last block can move up.
        let missing = !self.text.ends_with('\n');
        let nl = newline_at(self.text, self.text.len());
        let text = if missing {
            format!("{}{nl}", self.text)
        } else {
            self.text.to_string()
        };
        let end_b = if rb.end == self.text.len() {
            text.len()
        } else {
            rb.end
        };
        let (block_a, block_b) = (&text[ra.start..rb.start], &text[rb.start..end_b]);
        let (ca, cb) = (content_len(block_a), content_len(block_b));
        let mut new = String::with_capacity(text.len());
        new.push_str(&text[..ra.start]);
        new.push_str(&block_b[..cb]);
        new.push_str(&block_a[ca..]);
        new.push_str(&block_a[..ca]);
        new.push_str(&block_b[cb..]);
        new.push_str(&text[end_b..]);
        if missing {
            new.truncate(new.len() - nl.len());
        }
        if new == self.text {
            // Two identical neighbours: swapping them changes nothing.
            return Err(EditError::Unchanged {
                path: self.path.to_path_buf(),
                what: Unchanged::SameAsNeighbour(Subject::Item(r.title.clone())),
            });
        }
        let mut want = self.old.clone();
        want.items.swap(a, b);
        let moved_to = if up { i - 1 } else { i + 1 };
        let inverse = Edit::MoveItem {
            item: ItemRef::of(&want, moved_to)
                .ok_or_else(|| self.gone(Subject::Item(r.title.clone())))?,
            up: !up,
        };
        Ok((new, inverse, want))
    }

    fn edge(&self, r: &ItemRef, first: bool) -> EditError {
        let item = Subject::Item(r.title.clone());
        EditError::Unchanged {
            path: self.path.to_path_buf(),
            what: if first {
                Unchanged::AlreadyFirst(item)
            } else {
                Unchanged::AlreadyLast(item)
            },
        }
    }

    pub(super) fn set_item_keys(
        &self,
        r: &ItemRef,
        changes: &[KeyChange],
    ) -> Result<Rewrite, EditError> {
        if changes.is_empty() {
            return Err(EditError::Unchanged {
                path: self.path.to_path_buf(),
                what: Unchanged::NoChange(Subject::Item(r.title.clone())),
            });
        }
        let i = self.item_index(r)?;
        let what = Subject::Item(r.title.clone());
        let mut want = self.old.clone();
        let mut text = self.text.to_string();
        let mut back = Vec::with_capacity(changes.len());
        for c in changes {
            let doc = toml_edit::Document::parse(text.as_str())
                .map_err(|e| verify_err(self.path, e.message().trim()))?;
            let ed = self.on(&text, doc.as_table());
            let t = ed.item_table(i, r)?;
            let (next, inv) = change_key(&ed, t, c, &what)?;
            apply_to_item(&ed, &mut want.items[i], c)?;
            back.push(inv);
            text = next;
        }
        let doc = toml_edit::Document::parse(text.as_str())
            .map_err(|e| verify_err(self.path, e.message().trim()))?;
        settle_topic(
            &mut want.items[i],
            self.on(&text, doc.as_table()).item_table(i, r)?,
        );
        back.reverse();
        let inverse = Edit::SetItemKeys {
            item: ItemRef::of(&want, i).ok_or_else(|| self.gone(Subject::Item(r.title.clone())))?,
            changes: back,
        };
        Ok((text, inverse, want))
    }

    /// The same editor over a changed text (for edits made of several steps).
    pub(super) fn on<'b>(&'b self, text: &'b str, doc: &'b Table) -> Editor<'b> {
        Editor {
            path: self.path,
            text,
            doc,
            old: self.old,
            relocate: false,
        }
    }
}

impl ItemFields {
    /// The key lines of a new item, in the order the format shows them.
    fn lines(&self) -> Vec<String> {
        let mut lines = vec![format!("title = {}", quote(&self.title))];
        if let Some(t) = &self.topic {
            lines.push(format!("topic = {}", quote(t)));
        }
        if let Some(m) = self.minutes {
            lines.push(format!("minutes = {m}"));
        }
        if let Some(p) = &self.presenter {
            lines.push(format!("presenter = {}", quote(p)));
        }
        if let Some(n) = &self.notes {
            lines.push(format!("notes = {}", quote(n)));
        }
        if self.standing {
            lines.push("standing = true".into());
        }
        lines
    }

    fn to_item(&self) -> crate::model::Item {
        let mut item = crate::model::Item::new(&self.title);
        if let Some(t) = &self.topic {
            item.topic = t.clone();
        }
        item.minutes = self.minutes;
        item.presenter = self.presenter.clone();
        item.notes = self.notes.clone();
        item.standing = self.standing;
        item
    }
}

impl Edit {
    /// A new item after `after` (first when `None`); its texts are cleaned.
    pub fn insert_item(after: Option<ItemRef>, fields: ItemFields) -> Edit {
        Edit::InsertItem {
            after,
            fields: fields.cleaned(),
        }
    }

    /// The changes that turn `old`'s own fields into `fields` (only what differs), or
    /// `None` when nothing differs. A topic that was only the title's slug stays unwritten
    /// unless it is changed; when the title changes, the old topic is written so the item
    /// keeps its history.
    pub fn edit_item(item: ItemRef, old: &crate::model::Item, fields: ItemFields) -> Option<Edit> {
        let f = fields.cleaned();
        let mut changes = Vec::new();
        // Texts are compared as the form showed them (cleaned, on one line), so a
        // multi-line note that was not touched is not rewritten.
        let text = |key: &str, old: &Option<String>, new: &Option<String>, out: &mut Vec<_>| {
            let shown = old.as_deref().map(super::clean).filter(|s| !s.is_empty());
            if shown != *new {
                out.push(match new {
                    Some(v) => KeyChange::set(key, quote(v)),
                    None => KeyChange::clear(key),
                });
            }
        };
        if f.title != super::clean(&old.title) && !f.title.is_empty() {
            changes.push(KeyChange::set("title", quote(&f.title)));
        }
        let derived = crate::model::slug(&old.title) == old.topic;
        let topic = f.topic.clone().unwrap_or_else(|| old.topic.clone());
        if topic != old.topic || (derived && f.title != old.title && !f.title.is_empty()) {
            changes.push(KeyChange::set("topic", quote(&topic)));
        }
        if f.minutes != old.minutes {
            changes.push(match f.minutes {
                Some(m) => KeyChange::set("minutes", m.to_string()),
                None => KeyChange::clear("minutes"),
            });
        }
        text("presenter", &old.presenter, &f.presenter, &mut changes);
        text("notes", &old.notes, &f.notes, &mut changes);
        if f.standing != old.standing {
            changes.push(standing_change(f.standing));
        }
        (!changes.is_empty()).then_some(Edit::SetItemKeys { item, changes })
    }

    /// Marks the item as standing (`standing = true`) or removes the mark.
    pub fn set_standing(item: ItemRef, on: bool) -> Edit {
        Edit::SetItemKeys {
            item,
            changes: vec![standing_change(on)],
        }
    }
}

fn standing_change(on: bool) -> KeyChange {
    if on {
        KeyChange::set("standing", "true".into())
    } else {
        KeyChange::clear("standing")
    }
}
