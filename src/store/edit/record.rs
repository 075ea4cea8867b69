//! Edits of the record under an item: change an outcome's or action's keys (text, kind,
//! owner, due, closing as dropped), delete one, and put a deleted one back byte for byte.

use super::apply::{Editor, Rewrite, verify_err};
use super::blocks::{Blocks, cut_range};
use super::keys::{KeyChange, apply_to_action, apply_to_outcome, change_key, parse_sub_block};
use super::text::newline_at;
use super::{Edit, EditError, ItemRef, SubKind, SubRef, Subject, Unchanged};
use crate::store::toml_text::quote;

impl Editor<'_> {
    /// (item index, place in its list) of an outcome or action.
    fn sub_index(&self, r: &SubRef) -> Result<(usize, usize), EditError> {
        let i = self.item_index(&r.item)?;
        let what = Subject::sub(r.kind.key(), &r.text);
        let it = &self.old.items[i];
        let n = match r.kind {
            SubKind::Outcome => self.find(&it.outcomes, r.index, |o| o.text == r.text, &what)?,
            SubKind::Action => self.find(&it.actions, r.index, |a| a.text == r.text, &what)?,
        };
        Ok((i, n))
    }

    pub(super) fn set_sub_keys(
        &self,
        r: &SubRef,
        changes: &[KeyChange],
    ) -> Result<Rewrite, EditError> {
        let what = Subject::sub(r.kind.key(), &r.text);
        if changes.is_empty() {
            return Err(EditError::Unchanged {
                path: self.path.to_path_buf(),
                what: Unchanged::NoChange(what),
            });
        }
        let (i, n) = self.sub_index(r)?;
        let mut want = self.old.clone();
        let mut text = self.text.to_string();
        let mut back = Vec::with_capacity(changes.len());
        for c in changes {
            let doc = toml_edit::Document::parse(text.as_str())
                .map_err(|e| verify_err(self.path, e.message().trim()))?;
            let ed = self.on(&text, doc.as_table());
            let item = ed.item_table(i, &r.item)?;
            let subs = ed.sub_tables(item, r.kind.key())?;
            let t = subs
                .get(n)
                .copied()
                .ok_or_else(|| self.gone(Subject::sub(r.kind.key(), &r.text)))?;
            let (next, inv) = change_key(&ed, t, c, &what)?;
            match r.kind {
                SubKind::Outcome => apply_to_outcome(&ed, &mut want.items[i].outcomes[n], c)?,
                SubKind::Action => apply_to_action(&ed, &mut want.items[i].actions[n], c)?,
            }
            back.push(inv);
            text = next;
        }
        back.reverse();
        let inverse = Edit::SetSubKeys {
            sub: SubRef::of(&want, i, r.kind, n)
                .ok_or_else(|| self.gone(Subject::sub(r.kind.key(), &r.text)))?,
            changes: back,
        };
        Ok((text, inverse, want))
    }

    pub(super) fn remove_sub(&self, r: &SubRef) -> Result<Rewrite, EditError> {
        let (i, n) = self.sub_index(r)?;
        // An inline list cannot be cut as lines: say so instead of guessing.
        self.sub_tables(self.item_table(i, &r.item)?, r.kind.key())?;
        let block = Blocks::of(self)?
            .sub(i, r.kind, n)
            .ok_or_else(|| self.gone(Subject::sub(r.kind.key(), &r.text)))?;
        let cut = cut_range(self.text, block, 0);
        let raw = self.text[cut.clone()].to_string();
        let new = format!("{}{}", &self.text[..cut.start], &self.text[cut.end..]);
        let mut want = self.old.clone();
        match r.kind {
            SubKind::Outcome => {
                want.items[i].outcomes.remove(n);
            }
            SubKind::Action => {
                want.items[i].actions.remove(n);
            }
        }
        let inverse = Edit::PutSub {
            item: ItemRef::of(&want, i)
                .ok_or_else(|| self.gone(Subject::Item(r.item.title.clone())))?,
            kind: r.kind,
            index: n,
            at: cut.start,
            raw,
        };
        Ok((new, inverse, want))
    }

    pub(super) fn put_sub(
        &self,
        item: &ItemRef,
        kind: SubKind,
        index: usize,
        at: usize,
        raw: &str,
    ) -> Result<Rewrite, EditError> {
        let i = self.item_index(item)?;
        let parsed = parse_sub_block(self, raw)?;
        let len = match kind {
            SubKind::Outcome => self.old.items[i].outcomes.len(),
            SubKind::Action => self.old.items[i].actions.len(),
        };
        let index = index.min(len);
        let at = if self.relocate {
            self.sub_place(i, kind, index)?
        } else {
            at
        };
        if at > self.text.len() || !self.text.is_char_boundary(at) {
            return Err(verify_err(self.path, "the place to put it back is gone"));
        }
        let mut raw = raw.to_string();
        if at < self.text.len() && !raw.ends_with('\n') {
            raw.push_str(newline_at(self.text, at));
        }
        let new = format!("{}{raw}{}", &self.text[..at], &self.text[at..]);
        let mut want = self.old.clone();
        let wrong = || verify_err(self.path, "the text put back is not one entry");
        match kind {
            SubKind::Outcome => {
                let [o] = <[_; 1]>::try_from(parsed.outcomes).map_err(|_| wrong())?;
                want.items[i].outcomes.insert(index, o);
            }
            SubKind::Action => {
                let [a] = <[_; 1]>::try_from(parsed.actions).map_err(|_| wrong())?;
                want.items[i].actions.insert(index, a);
            }
        }
        let inverse = Edit::RemoveSub {
            sub: SubRef::of(&want, i, kind, index)
                .ok_or_else(|| self.gone(Subject::Item(item.title.clone())))?,
        };
        Ok((new, inverse, want))
    }

    /// Where the `index`-th outcome or action of item `i` goes when the file has changed:
    /// before the one now in that place, else after the one before it, else after the item's
    /// own keys (outcomes) or at the item's end (actions).
    fn sub_place(&self, i: usize, kind: SubKind, index: usize) -> Result<usize, EditError> {
        let blocks = Blocks::of(self)?;
        let missing = || verify_err(self.path, "the item is gone");
        if let Some(b) = blocks.sub(i, kind, index) {
            return Ok(b.start);
        }
        if index > 0
            && let Some(b) = blocks.sub(i, kind, index - 1)
        {
            return Ok(b.end);
        }
        match kind {
            SubKind::Outcome => blocks.own_end(i).ok_or_else(missing),
            SubKind::Action => blocks.item(i).map(|b| b.end).ok_or_else(missing),
        }
    }
}

impl Edit {
    /// Changes an outcome's text and kind (only what differs).
    pub fn edit_outcome(
        sub: SubRef,
        old: &crate::model::Outcome,
        text: &str,
        kind: crate::model::OutcomeKind,
    ) -> Option<Edit> {
        let text = super::clean(text);
        let mut changes = Vec::new();
        if text != super::clean(&old.text) && !text.is_empty() {
            changes.push(KeyChange::set("text", quote(&text)));
        }
        if kind != old.kind {
            changes.push(KeyChange::set("kind", quote(kind.as_str())));
        }
        (!changes.is_empty()).then_some(Edit::SetSubKeys { sub, changes })
    }

    /// Changes an action's text, owner and due point (only what differs).
    pub fn edit_action(
        sub: SubRef,
        old: &crate::model::FollowUp,
        text: &str,
        owner: Option<&str>,
        due: Option<crate::model::Due>,
    ) -> Option<Edit> {
        let text = super::clean(text);
        let owner = owner.map(super::clean).filter(|o| !o.is_empty());
        let mut changes = Vec::new();
        if text != super::clean(&old.text) && !text.is_empty() {
            changes.push(KeyChange::set("text", quote(&text)));
        }
        if owner != old.owner.as_deref().map(super::clean) {
            changes.push(match &owner {
                Some(o) => KeyChange::set("owner", quote(o)),
                None => KeyChange::clear("owner"),
            });
        }
        if due != old.due {
            changes.push(match due {
                Some(crate::model::Due::Date(d)) => {
                    KeyChange::set("due", d.format("%Y-%m-%d").to_string())
                }
                Some(d) => KeyChange::set("due", quote(&d.to_string())),
                None => KeyChange::clear("due"),
            });
        }
        (!changes.is_empty()).then_some(Edit::SetSubKeys { sub, changes })
    }

    /// Closes an open action without it being done: `done = <on>` and `dropped = true`.
    pub fn close_dropped(sub: SubRef, on: chrono::NaiveDate) -> Edit {
        Edit::SetSubKeys {
            sub,
            changes: vec![
                KeyChange::set("done", on.format("%Y-%m-%d").to_string()),
                KeyChange::set("dropped", "true".into()),
            ],
        }
    }
}
