//! A three-way merge of one meeting file that understands its structure (docs/team.md):
//! items are matched by identity; outcomes and actions added on both sides are all kept
//! (ours first, then theirs); a key changed on one side takes that change; a key changed on
//! both sides to different values is a conflict, marked at that key only. The result is our
//! text with their changes spliced in, so everything else stays byte for byte.

mod conflict;
mod identity;
mod names;
mod pieces;
mod side;
mod splice;
#[cfg(test)]
mod tests;
mod verify;

pub use conflict::{At, Conflict};
pub use side::Unsupported;

use crate::model::Meeting;
use crate::store::{parse_meeting, strip_bom};
use pieces::Piece;
use side::{Block, ItemPiece, Side, Sub};
use splice::Splices;
use std::path::Path;
use verify::verify;

/// The merged file and the conflicts marked in it (empty: a clean merge).
#[derive(Debug, Clone)]
pub struct Merged {
    pub bytes: Vec<u8>,
    pub conflicts: Vec<Conflict>,
}

/// Why the structural merge was not done; the caller merges the file as text instead.
/// `message(lang)` says it in a language; `Display` is English.
#[derive(Debug, Clone, thiserror::Error)]
pub enum MergeError {
    /// One side ("base", "our" or "their") does not load; its first problem.
    Invalid {
        side: &'static str,
        first: Option<crate::store::Problem>,
    },
    /// A shape the item-by-item merge does not handle (the reason is technical, English).
    Unsupported(#[from] Unsupported),
}

impl MergeError {
    pub fn message(&self, lang: crate::i18n::Lang) -> String {
        use crate::t;
        match self {
            MergeError::Invalid { side, first } => {
                let first = first.as_ref().map_or(String::new(), |p| p.message(lang));
                match *side {
                    "base" => t!(lang, "merge-invalid-base", first = first),
                    "our" => t!(lang, "merge-invalid-ours", first = first),
                    _ => t!(lang, "merge-invalid-theirs", first = first),
                }
            }
            MergeError::Unsupported(why) => t!(lang, "merge-unsupported", why = why.message(lang)),
        }
    }
}

impl std::fmt::Display for MergeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message(crate::i18n::Lang::En))
    }
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
            first: d.into_iter().next().map(|d| *d.message),
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
    let merged = out.splices.apply(to, nl).ok_or(Unsupported::SameLines)?;
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
    std::str::from_utf8(strip_bom(bytes)).map_err(|_| Unsupported::NotUtf8.into())
}

/// The three versions of the file, cut into pieces.
struct Sides<'a> {
    base: Side<'a>,
    ours: Side<'a>,
    theirs: Side<'a>,
}

/// The merge as it is built: changes to our text, and the conflicts marked.
struct Out {
    splices: Splices,
    conflicts: Vec<Conflict>,
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

impl Sides<'_> {
    fn merge(&self, out: &mut Out) {
        self.keys(
            out,
            &At::Meeting,
            Some(&self.base.root),
            &self.ours.root,
            &self.theirs.root,
        );
        let end = self.ours.items_end();
        self.list(
            out,
            &At::Item,
            (&self.base.items, &self.ours.items, &self.theirs.items),
            end,
            &|out, at, b, o, t| self.item(out, at, b, o, t),
        );
    }

    fn item(&self, out: &mut Out, at: &At, b: Option<&ItemPiece>, o: &ItemPiece, t: &ItemPiece) {
        self.keys(out, at, b.map(|b| &b.own), &o.own, &t.own);
        let no_subs: &[Sub] = &[];
        let title = o.name();
        let outcome = |text| At::Outcome {
            title: title.clone(),
            text,
        };
        let action = |text| At::Action {
            title: title.clone(),
            text,
        };
        for (place, pick, empty_at) in [
            (
                &outcome as &dyn Fn(String) -> At,
                (|i: &ItemPiece| &i.outcomes) as fn(&ItemPiece) -> &Vec<Sub>,
                o.own.body_end,
            ),
            (&action, |i: &ItemPiece| &i.actions, o.outcomes_end()),
        ] {
            self.list(
                out,
                place,
                (b.map_or(no_subs, |b| pick(b)), pick(o), pick(t)),
                empty_at,
                &|out, at, b, o, t| self.keys(out, at, b.map(|b| &b.block), &o.block, &t.block),
            );
        }
    }

    /// Merges the keys of one table; their changes are spliced into ours.
    fn keys(&self, out: &mut Out, at: &At, b: Option<&Block>, o: &Block, t: &Block) {
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
            if *at == At::Meeting
                && name == "present"
                && let Some(list) = names::merged(bv, ov, tv)
            {
                let line = format!("{}{}", names::line(&list), out.nl);
                match ok {
                    Some(k) => out.splices.replace(k.lines.clone(), line),
                    None => out.splices.insert_lines(o.body_end, line),
                }
                continue;
            }
            let marked = out.markers(ours_text, theirs_text);
            match ok {
                Some(k) => out.splices.replace(k.lines.clone(), marked),
                None => out.splices.insert_lines(o.body_end, marked),
            }
            out.conflicts.push(Conflict::Differs {
                at: at.clone(),
                key: name.to_string(),
            });
        }
    }
}
