//! The lists a merge matches by identity (items; an item's outcomes or actions) and how one
//! list is merged: matched pieces merge further, removals and additions are carried over.

use super::conflict::{At, Conflict};
use super::identity;
use super::side::{ItemPiece, Sub};
use super::{Out, Sides};
use std::collections::HashMap;
use std::hash::Hash;
use std::ops::Range;

/// A list the merge matches by identity: items, or an item's outcomes or actions.
pub(super) trait Piece {
    type Id: Eq + Hash;
    fn id(&self) -> &Self::Id;
    fn range(&self) -> Range<usize>;
    /// The text that carries it to the other version: the gap before it and its lines.
    fn carried(&self) -> Range<usize>;
    /// Just past its last key line: where a piece that follows it goes.
    fn end(&self) -> usize;
    fn same(&self, other: &Self) -> bool;
    /// Its name in messages: an item's title, or an outcome's or action's text (shortened).
    fn name(&self) -> String;
}

impl Piece for ItemPiece {
    type Id = identity::ItemId;
    fn id(&self) -> &Self::Id {
        &self.id
    }
    fn range(&self) -> Range<usize> {
        self.extent.clone()
    }
    fn carried(&self) -> Range<usize> {
        self.own.gap_start..self.body_end()
    }
    fn end(&self) -> usize {
        self.body_end()
    }
    fn same(&self, other: &Self) -> bool {
        ItemPiece::same(self, other)
    }
    fn name(&self) -> String {
        crate::sanitize::line(&self.id.title).into_owned()
    }
}

impl Piece for Sub {
    type Id = identity::SubId;
    fn id(&self) -> &Self::Id {
        &self.id
    }
    fn range(&self) -> Range<usize> {
        self.block.range.clone()
    }
    fn carried(&self) -> Range<usize> {
        self.block.gap_start..self.block.body_end
    }
    fn end(&self) -> usize {
        self.block.body_end
    }
    fn same(&self, other: &Self) -> bool {
        self.block.same(&other.block)
    }
    fn name(&self) -> String {
        let text = crate::sanitize::line(&self.id.text);
        let t: String = text.chars().take(40).collect();
        let more = if t.len() < self.id.text.len() {
            "…"
        } else {
            ""
        };
        format!("{t}{more}")
    }
}

/// How one matched piece is merged further.
pub(super) type Recurse<'s, P> = &'s dyn Fn(&mut Out, &At, Option<&P>, &P, &P);
/// Where a piece of a list is, from its name.
pub(super) type Place<'s> = &'s dyn Fn(String) -> At;

impl Sides<'_> {
    /// Merges a list matched by identity: pieces on both sides merge further, a piece
    /// removed on one side and untouched on the other goes, pieces added on their side are
    /// placed after the piece they follow there (and after our own additions).
    pub(super) fn list<P: Piece>(
        &self,
        out: &mut Out,
        at: Place<'_>,
        (base, ours, theirs): (&[P], &[P], &[P]),
        empty_at: usize,
        recurse: Recurse<'_, P>,
    ) {
        let three = Three::new(base, ours, theirs, empty_at);
        let label = |p: &P| at(p.name());
        for b in base {
            match (three.ours.get(b.id()), three.theirs.get(b.id())) {
                (Some(o), Some(t)) => recurse(out, &label(&ours[o]), Some(b), &ours[o], &theirs[t]),
                (Some(o), None) if ours[o].same(b) => {
                    out.splices.replace(ours[o].range(), String::new());
                }
                (Some(o), None) => {
                    let text = &self.ours.text[ours[o].range()];
                    let marked = out.markers(text, "");
                    out.splices.replace(ours[o].range(), marked);
                    out.conflicts.push(Conflict::RemovedTheirs(label(b)));
                }
                (None, Some(t)) if !theirs[t].same(b) => {
                    let marked = out.markers("", &self.theirs.text[theirs[t].range()]);
                    out.splices.insert_lines(three.anchor(t), marked);
                    out.conflicts.push(Conflict::RemovedOurs(label(b)));
                }
                _ => {}
            }
        }
        for (k, t) in theirs.iter().enumerate() {
            if three.base.get(t.id()).is_some() {
                continue;
            }
            match three.ours.get(t.id()) {
                Some(o) => recurse(out, &label(&ours[o]), None, &ours[o], t),
                None => out
                    .splices
                    .insert_raw(three.anchor(k), self.theirs.text[t.carried()].to_string()),
            }
        }
    }
}

/// Where each identity is in a list.
struct Index<'p, I>(HashMap<&'p I, usize>);

impl<'p, I: Eq + Hash> Index<'p, I> {
    fn of<P: Piece<Id = I>>(list: &'p [P]) -> Self {
        Index(list.iter().enumerate().map(|(n, p)| (p.id(), n)).collect())
    }

    fn get(&self, id: &I) -> Option<usize> {
        self.0.get(id).copied()
    }
}

/// One list in its three versions, with their indexes.
struct Three<'p, P: Piece> {
    ours_list: &'p [P],
    theirs_list: &'p [P],
    base: Index<'p, P::Id>,
    ours: Index<'p, P::Id>,
    theirs: Index<'p, P::Id>,
    /// Where a piece goes in our text when our list is empty.
    empty_at: usize,
}

impl<'p, P: Piece> Three<'p, P> {
    fn new(base: &'p [P], ours: &'p [P], theirs: &'p [P], empty_at: usize) -> Self {
        Three {
            ours_list: ours,
            theirs_list: theirs,
            base: Index::of(base),
            ours: Index::of(ours),
            theirs: Index::of(theirs),
            empty_at,
        }
    }

    /// Where their piece `k` goes in our text: after the nearest piece before it that we
    /// also have, and after the pieces we added right there.
    fn anchor(&self, k: usize) -> usize {
        let ours = self.ours_list;
        let ours_only =
            |p: &P| self.base.get(p.id()).is_none() && self.theirs.get(p.id()).is_none();
        let from = self.theirs_list[..k]
            .iter()
            .rev()
            .find_map(|p| self.ours.get(p.id()))
            .map(|o| o + 1);
        let mut at = match from {
            Some(o) => ours[o - 1].end(),
            None => match ours.first() {
                Some(first) => first.carried().start,
                None => return self.empty_at,
            },
        };
        for p in &ours[from.unwrap_or(0)..] {
            if !ours_only(p) {
                break;
            }
            at = p.end();
        }
        at
    }
}
