//! A three-way merge of one meeting file that understands its structure (docs/team.md):
//! items are matched by identity; outcomes and actions added on both sides are all kept
//! (ours first, then theirs); a key changed on one side takes that change; a key changed on
//! both sides to different values is a conflict, marked at that key only. The result is our
//! text with their changes spliced in, so everything else stays byte for byte.

mod identity;
mod side;
mod splice;
#[cfg(test)]
mod tests;

pub use side::Unsupported;

use crate::model::Meeting;
use crate::store::{parse_meeting, strip_bom};
use side::{Block, ItemPiece, Side, Sub};
use splice::Splices;
use std::collections::HashMap;
use std::hash::Hash;
use std::ops::Range;
use std::path::Path;

/// The merged file and the conflicts marked in it (empty: a clean merge).
#[derive(Debug, Clone)]
pub struct Merged {
    pub bytes: Vec<u8>,
    pub conflicts: Vec<String>,
}

/// Why the structural merge was not done; the caller merges the file as text instead.
#[derive(Debug, Clone, thiserror::Error)]
pub enum MergeError {
    #[error("the {side} version is not a valid meeting ({first})")]
    Invalid { side: &'static str, first: String },
    #[error("cannot merge item by item: {0}")]
    Unsupported(#[from] Unsupported),
}

pub const OURS_MARK: &str = "<<<<<<< ours";
pub const MIDDLE_MARK: &str = "=======";
pub const THEIRS_MARK: &str = ">>>>>>> theirs";

/// Merges `theirs` into `ours`, both descended from `base`. `path` names the file in
/// messages.
pub fn merge_meeting(
    path: &Path,
    base: &[u8],
    ours: &[u8],
    theirs: &[u8],
) -> Result<Merged, MergeError> {
    let read = |side: &'static str, bytes: &[u8]| -> Result<Meeting, MergeError> {
        parse_meeting(path, bytes).map_err(|d| MergeError::Invalid {
            side,
            first: d.first().map_or(String::new(), |d| d.message.clone()),
        })
    };
    // Both added the file (git's add/add): no base, so everything is "added on both sides".
    let no_base = base.iter().all(u8::is_ascii_whitespace);
    let mb = if no_base {
        Meeting::new(path, "", chrono::NaiveDate::MIN)
    } else {
        read("base", base)?
    };
    let (mo, mt) = (read("our", ours)?, read("their", theirs)?);
    let (tb, to, tt) = (utf8(base)?, utf8(ours)?, utf8(theirs)?);
    let sides = Sides {
        base: if no_base {
            Side::empty(tb)
        } else {
            Side::new(tb, &mb)?
        },
        ours: Side::new(to, &mo)?,
        theirs: Side::new(tt, &mt)?,
    };
    let nl = if to.contains("\r\n") { "\r\n" } else { "\n" };
    let mut out = Out {
        splices: Splices::default(),
        conflicts: Vec::new(),
        nl,
    };
    sides.merge(&mut out);
    let merged = out
        .splices
        .apply(to, nl)
        .ok_or_else(|| Unsupported("two changes fell on the same lines".into()))?;
    let mut bytes = Vec::with_capacity(merged.len() + 3);
    if ours.starts_with(b"\xEF\xBB\xBF") {
        bytes.extend_from_slice(b"\xEF\xBB\xBF");
    }
    bytes.extend_from_slice(merged.as_bytes());
    if out.conflicts.is_empty() {
        verify(path, &bytes, [(&mb, &mo), (&mb, &mt)])?;
    }
    Ok(Merged {
        bytes,
        conflicts: out.conflicts,
    })
}

fn utf8(bytes: &[u8]) -> Result<&str, MergeError> {
    std::str::from_utf8(strip_bom(bytes)).map_err(|_| Unsupported("not UTF-8".into()).into())
}

/// A clean result must load and hold every outcome and action either side added; otherwise
/// the text merge is the safer answer.
fn verify(path: &Path, bytes: &[u8], changes: [(&Meeting, &Meeting); 2]) -> Result<(), MergeError> {
    let result = parse_meeting(path, bytes).map_err(|d| {
        Unsupported(format!(
            "the merged file does not load ({})",
            d.first().map_or(String::new(), |d| d.message.clone())
        ))
    })?;
    let in_result = tally(&result);
    for (base, side) in changes {
        let in_base = tally(base);
        for (key, n) in tally(side) {
            let had = |t: &HashMap<_, usize>| t.get(&key).copied().unwrap_or(0);
            if had(&in_result) < n && had(&in_base) < n {
                return Err(Unsupported(format!("the {} “{}” would be lost", key.2, key.3)).into());
            }
        }
    }
    Ok(())
}

type Entry<'m> = (&'m str, &'m str, &'static str, &'m str);

/// How often each (topic, title, kind, text) of an outcome or action occurs.
fn tally(m: &Meeting) -> HashMap<Entry<'_>, usize> {
    let mut out = HashMap::new();
    for i in &m.items {
        let texts = i.outcomes.iter().map(|o| ("outcome", &o.text));
        for (kind, text) in texts.chain(i.actions.iter().map(|a| ("action", &a.text))) {
            *out.entry((i.topic.as_str(), i.title.as_str(), kind, text.as_str()))
                .or_insert(0) += 1;
        }
    }
    out
}

struct Sides<'a> {
    base: Side<'a>,
    ours: Side<'a>,
    theirs: Side<'a>,
}

struct Out {
    splices: Splices,
    conflicts: Vec<String>,
    nl: &'static str,
}

impl Out {
    fn markers(&self, ours: &str, theirs: &str) -> String {
        let nl = self.nl;
        let end = |s: &str| {
            if s.is_empty() || s.ends_with('\n') {
                s.to_string()
            } else {
                format!("{s}{nl}")
            }
        };
        format!(
            "{OURS_MARK}{nl}{}{MIDDLE_MARK}{nl}{}{THEIRS_MARK}{nl}",
            end(ours),
            end(theirs)
        )
    }
}

fn value(k: Option<&side::KeyLine>) -> Option<&toml::Value> {
    k.map(|k| &k.value)
}

/// A list the merge matches by identity: items, or an item's outcomes or actions.
trait Piece {
    type Id: Eq + Hash;
    fn id(&self) -> &Self::Id;
    fn range(&self) -> Range<usize>;
    fn same(&self, other: &Self) -> bool;
    fn label(&self) -> String;
}

impl Piece for ItemPiece {
    type Id = identity::ItemId;
    fn id(&self) -> &Self::Id {
        &self.id
    }
    fn range(&self) -> Range<usize> {
        self.extent.clone()
    }
    fn same(&self, other: &Self) -> bool {
        ItemPiece::same(self, other)
    }
    fn label(&self) -> String {
        format!("item '{}'", crate::sanitize::line(&self.id.title))
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
    fn same(&self, other: &Self) -> bool {
        self.block.same(&other.block)
    }
    fn label(&self) -> String {
        let text = crate::sanitize::line(&self.id.text);
        let t: String = text.chars().take(40).collect();
        let more = if t.len() < self.id.text.len() {
            "…"
        } else {
            ""
        };
        format!("'{t}{more}'")
    }
}

/// How one matched piece is merged further.
type Recurse<'s, P> = &'s dyn Fn(&mut Out, &str, Option<&P>, &P, &P);

impl Sides<'_> {
    fn merge(&self, out: &mut Out) {
        self.keys(
            out,
            "meeting",
            Some(&self.base.root),
            &self.ours.root,
            &self.theirs.root,
        );
        let end = self.ours.text.len();
        self.list(
            out,
            "",
            (&self.base.items, &self.ours.items, &self.theirs.items),
            end,
            &|out, _, b, o, t| self.item(out, b, o, t),
        );
    }

    fn item(&self, out: &mut Out, b: Option<&ItemPiece>, o: &ItemPiece, t: &ItemPiece) {
        let label = o.label();
        self.keys(out, &label, b.map(|b| &b.own), &o.own, &t.own);
        let no_subs: &[Sub] = &[];
        for (kind, pick, empty_at) in [
            (
                "outcome",
                (|i: &ItemPiece| &i.outcomes) as fn(&ItemPiece) -> &Vec<Sub>,
                o.own.range.end,
            ),
            ("action", |i: &ItemPiece| &i.actions, o.extent.end),
        ] {
            let ctx = format!("{label}, {kind}");
            self.list(
                out,
                &ctx,
                (b.map_or(no_subs, |b| pick(b)), pick(o), pick(t)),
                empty_at,
                &|out, ctx, b, o, t| {
                    self.keys(
                        out,
                        &format!("{ctx} {}", o.label()),
                        b.map(|b| &b.block),
                        &o.block,
                        &t.block,
                    )
                },
            );
        }
    }

    /// Merges the keys of one table; their changes are spliced into ours.
    fn keys(&self, out: &mut Out, ctx: &str, b: Option<&Block>, o: &Block, t: &Block) {
        let mut names: Vec<&str> = o.keys.iter().map(|k| k.name.as_str()).collect();
        names.extend(
            t.keys
                .iter()
                .map(|k| k.name.as_str())
                .filter(|n| o.key(n).is_none()),
        );
        for name in names {
            let (bk, ok, tk) = (b.and_then(|b| b.key(name)), o.key(name), t.key(name));
            let (bv, ov, tv) = (value(bk), value(ok), value(tk));
            if ov == tv || bv == tv {
                continue;
            }
            let ours_text = ok.map_or("", |k| &self.ours.text[k.lines.clone()]);
            let theirs_text = tk.map_or("", |k| &self.theirs.text[k.lines.clone()]);
            if bv == ov {
                match ok {
                    Some(k) => out
                        .splices
                        .replace(k.lines.clone(), theirs_text.to_string()),
                    None => out
                        .splices
                        .insert_lines(o.body_end, theirs_text.to_string()),
                }
                continue;
            }
            let marked = out.markers(ours_text, theirs_text);
            match ok {
                Some(k) => out.splices.replace(k.lines.clone(), marked),
                None => out.splices.insert_lines(o.body_end, marked),
            }
            out.conflicts.push(format!("{ctx}: `{name}` differs"));
        }
    }

    /// Merges a list matched by identity: pieces on both sides merge further, a piece
    /// removed on one side and untouched on the other goes, pieces added on their side are
    /// placed after the piece they follow there (and after our own additions).
    fn list<P: Piece>(
        &self,
        out: &mut Out,
        ctx: &str,
        (base, ours, theirs): (&[P], &[P], &[P]),
        empty_at: usize,
        recurse: Recurse<'_, P>,
    ) {
        let three = Three::new(base, ours, theirs, empty_at);
        let label = |p: &P| {
            if ctx.is_empty() {
                p.label()
            } else {
                format!("{ctx} {}", p.label())
            }
        };
        for b in base {
            match (three.ours.get(b.id()), three.theirs.get(b.id())) {
                (Some(o), Some(t)) => recurse(out, ctx, Some(b), &ours[o], &theirs[t]),
                (Some(o), None) if ours[o].same(b) => {
                    out.splices.replace(ours[o].range(), String::new());
                }
                (Some(o), None) => {
                    let text = &self.ours.text[ours[o].range()];
                    let marked = out.markers(text, "");
                    out.splices.replace(ours[o].range(), marked);
                    out.conflicts.push(format!(
                        "{}: removed on their side, changed on ours",
                        label(b)
                    ));
                }
                (None, Some(t)) if !theirs[t].same(b) => {
                    let marked = out.markers("", &self.theirs.text[theirs[t].range()]);
                    out.splices.insert_block(three.anchor(t), marked);
                    out.conflicts.push(format!(
                        "{}: removed on our side, changed on theirs",
                        label(b)
                    ));
                }
                _ => {}
            }
        }
        for (k, t) in theirs.iter().enumerate() {
            if three.base.get(t.id()).is_some() {
                continue;
            }
            match three.ours.get(t.id()) {
                Some(o) => recurse(out, ctx, None, &ours[o], t),
                None => out
                    .splices
                    .insert_block(three.anchor(k), self.theirs.text[t.range()].to_string()),
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
            Some(o) => ours[o - 1].range().end,
            None => match ours.first() {
                Some(first) => first.range().start,
                None => return self.empty_at,
            },
        };
        for p in &ours[from.unwrap_or(0)..] {
            if !ours_only(p) {
                break;
            }
            at = p.range().end;
        }
        at
    }
}
