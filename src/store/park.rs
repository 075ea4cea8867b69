//! Parking an agenda item: it moves, as its own lines, from one meeting file into another
//! (the next meeting of the series, or the series' parked file). Two files change; the
//! second write happens only after the first, and a failed second write takes the first
//! back, so the item is never lost nor left in both places.

use super::FolderLock;
use super::edit::{Edit, EditError, ItemRef, apply_edit};
use super::save::{Applied, SaveError, save_edit};
use super::{ContentHash, parse_meeting, read_file};
use crate::model::Meeting;
use std::path::{Path, PathBuf};

/// Where an item goes and where it comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParkRequest {
    pub from: PathBuf,
    pub from_loaded: ContentHash,
    pub item: ItemRef,
    pub to: PathBuf,
    /// The text to create `to` with when it does not exist yet (a parked file).
    pub create: Option<String>,
}

/// Both writes: into `to` (first) and out of `from`.
#[derive(Debug, Clone)]
pub struct Parked {
    pub into: Applied,
    pub out_of: Applied,
}

pub fn park(lock: &FolderLock, req: &ParkRequest) -> Result<Parked, SaveError> {
    let read = |p: &Path| read_file(p).map_err(|d| SaveError::Read(Box::new(d)));
    // The item's lines, as removing them would leave them.
    let from_bytes = read(&req.from)?;
    let removal = apply_edit(
        &req.from,
        &from_bytes,
        &Edit::RemoveItem {
            item: req.item.clone(),
        },
        ContentHash::of(&from_bytes) != req.from_loaded,
    )?;
    let Edit::PutItem { raw, .. } = &removal.inverse else {
        return Err(SaveError::ItemLines {
            path: req.from.clone(),
        });
    };
    if let Some(text) = &req.create
        && !req.to.exists()
    {
        super::write_new(&req.to, text)?;
    }
    let to_bytes = read(&req.to)?;
    let dest = parse_meeting(&req.to, &to_bytes).map_err(|d| EditError::Invalid {
        path: req.to.clone(),
        first: d.into_iter().next().map(Box::new),
    })?;
    let before = place(&dest);
    let put = Edit::PutItem {
        raw: block(raw, before.is_some()),
        at: 0,
        before,
    };
    // `at` is only a hint for an unchanged file: pass a hash that never matches, so the
    // item goes before its anchor (or at the end).
    let into = save_edit(lock, &req.to, ContentHash(0), &put)?;
    match save_edit(
        lock,
        &req.from,
        req.from_loaded,
        &Edit::RemoveItem {
            item: req.item.clone(),
        },
    ) {
        Ok(out_of) => Ok(Parked { into, out_of }),
        Err(e) => {
            if let Err(back) = save_edit(lock, &req.to, into.hash, &into.inverse) {
                return Err(SaveError::NotTakenBack {
                    first: Box::new(e),
                    copy: req.to.clone(),
                    back: Box::new(back),
                });
            }
            Err(e)
        }
    }
}

/// Before the closing standing items of the meeting: the first standing item after its
/// last item that is not standing; at the end when there is none.
fn place(m: &Meeting) -> Option<ItemRef> {
    let last_open = m.items.iter().rposition(|i| !i.standing)?;
    (last_open + 1 < m.items.len())
        .then(|| ItemRef::of(m, last_open + 1))
        .flatten()
}

/// The item's lines without blank lines around them, with one blank line to separate them
/// from the item that follows (or that comes before, at the end).
fn block(raw: &str, before_an_item: bool) -> String {
    let nl = if raw.contains("\r\n") { "\r\n" } else { "\n" };
    let lines: Vec<&str> = raw.lines().collect();
    let first = lines.iter().position(|l| !l.trim().is_empty()).unwrap_or(0);
    let last = lines
        .iter()
        .rposition(|l| !l.trim().is_empty())
        .map_or(0, |i| i + 1);
    let body = lines[first..last.max(first)].join(nl);
    if before_an_item {
        format!("{body}{nl}{nl}")
    } else {
        format!("{nl}{body}{nl}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_block_loses_its_blank_lines_and_gets_one_separator() {
        assert_eq!(
            block("\n[[item]]\ntitle = \"a\"\n\n\n", true),
            "[[item]]\ntitle = \"a\"\n\n"
        );
        assert_eq!(
            block("[[item]]\r\ntitle = \"a\"", false),
            "\r\n[[item]]\r\ntitle = \"a\"\r\n"
        );
    }
}
