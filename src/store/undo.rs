//! Undo that never takes back someone else's change: before an inverse edit is written, the
//! thing it touches must still be as docket's own edit left it. If another person changed
//! it since (re-timed the mark, closed the added action, reworded the outcome), the undo is
//! refused with the reason, and their change stays.

use super::edit::{Edit, ItemRef, RecordEdit};
use super::lock::FolderLock;
use super::save::{Applied, SaveError, save_edit};
use super::{ContentHash, parse_meeting, read_file};
use crate::i18n::Lang;
use crate::model::{Item, Meeting};
use crate::t;
use std::fmt;
use std::path::Path;

/// What someone else changed since docket's edit, so that its undo is refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Touched {
    Presence(String),
    Discussed(String),
    Action(String),
    Outcome(String),
}

impl fmt::Display for Touched {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Touched::Presence(name) => write!(f, "the presence of {name}"),
            Touched::Discussed(title) => write!(f, "the discussed mark of “{title}”"),
            Touched::Action(text) => write!(f, "the action “{text}”"),
            Touched::Outcome(text) => write!(f, "the outcome “{text}”"),
        }
    }
}

impl Touched {
    pub fn message(&self, lang: Lang) -> String {
        match self {
            Touched::Presence(name) => t!(lang, "err-touched-presence", name = name),
            Touched::Discussed(title) => t!(lang, "err-touched-discussed", title = title),
            Touched::Action(text) => t!(lang, "err-touched-action", text = text),
            Touched::Outcome(text) => t!(lang, "err-touched-outcome", text = text),
        }
    }
}

/// Writes `inverse` (the undo of an edit that left the file as `written`, with hash
/// `loaded`) unless what it touches has been changed since by someone else.
pub fn undo_edit(
    lock: &FolderLock,
    path: &Path,
    loaded: ContentHash,
    inverse: &Edit,
    written: &Meeting,
) -> Result<Applied, SaveError> {
    let bytes = read_file(path).map_err(|d| SaveError::Read(Box::new(d)))?;
    // Checked whatever the hash says: the interface may have reloaded their change already.
    if let Ok(now) = parse_meeting(path, &bytes)
        && let Some(what) = changed_since(inverse, written, &now)
    {
        return Err(SaveError::ChangedSince {
            path: path.to_path_buf(),
            what,
        });
    }
    // A file that no longer parses, or a target that is gone: `save_edit` says why.
    save_edit(lock, path, loaded, inverse)
}

fn item<'a>(m: &'a Meeting, r: &ItemRef) -> Option<&'a Item> {
    let mut hits = m
        .items
        .iter()
        .filter(|i| i.title == r.title && i.topic == r.topic);
    let one = hits.next()?;
    hits.next().is_none().then_some(one)
}

/// What the inverse touches, if it differs between `then` (right after docket's edit) and
/// `now`, in words.
fn changed_since(inverse: &Edit, then: &Meeting, now: &Meeting) -> Option<Touched> {
    let Some(r) = inverse.item() else {
        // Attendance: the person's presence must be as docket's edit left it.
        return match inverse {
            Edit::Record(RecordEdit::RestorePresent { name, .. }) => {
                let here = |m: &Meeting| m.present.iter().filter(|p| *p == name).count();
                (here(then) != here(now)).then(|| Touched::Presence(name.clone()))
            }
            _ => None,
        };
    };
    let (Some(a), Some(b)) = (item(then, r), item(now, r)) else {
        return None; // gone or ambiguous: `save_edit` refuses with its own reason
    };
    let action = |text: &str, i: &Item| {
        let mut hits = i.actions.iter().filter(|x| x.text == text);
        hits.next().filter(|_| hits.next().is_none()).map(|x| {
            let mut x = x.clone();
            x.line = 0;
            x
        })
    };
    match inverse {
        Edit::Discussed { .. } => {
            (a.discussed != b.discussed).then(|| Touched::Discussed(r.title.clone()))
        }
        Edit::Done { action: ar, .. } | Edit::RemoveAction { action: ar } => {
            (action(&ar.text, a) != action(&ar.text, b)).then(|| Touched::Action(ar.text.clone()))
        }
        Edit::RemoveOutcome { text, .. } => {
            let kinds = |i: &Item| {
                i.outcomes
                    .iter()
                    .filter(|o| &o.text == text)
                    .map(|o| (o.kind, o.vote))
                    .collect::<Vec<_>>()
            };
            (kinds(a) != kinds(b)).then(|| Touched::Outcome(text.clone()))
        }
        _ => None,
    }
}
