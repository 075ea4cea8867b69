//! Format-preserving edits of one meeting file: mark an item discussed, close or re-open an
//! action, add an outcome or an action. `toml_edit` finds where things are; the change is
//! spliced into the text as whole lines, so every other byte stays as it was. The result is
//! parsed again and must equal the old meeting plus exactly the intended change.

mod agenda;
mod apply;
mod attendance;
mod blocks;
mod describe;
mod error;
mod keys;
mod record;
mod text;
mod verify;

pub use apply::{EditResult, apply_edit};
pub use attendance::RecordEdit;
pub use error::{EditError, Subject, Unchanged};
pub use keys::KeyChange;

use crate::model::{Due, Meeting, OutcomeKind};
use chrono::{NaiveDate, NaiveDateTime};
use std::fmt;

/// An agenda item, identified so it can be found again after the file changed: its place
/// and its title and topic.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ItemRef {
    /// 0-based place among the meeting's items.
    pub index: usize,
    pub title: String,
    pub topic: String,
}

impl ItemRef {
    pub fn of(meeting: &Meeting, index: usize) -> Option<ItemRef> {
        let item = meeting.items.get(index)?;
        Some(ItemRef {
            index,
            title: item.title.clone(),
            topic: item.topic.clone(),
        })
    }
}

/// An action of an item, identified by its place and its text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FollowUpRef {
    pub item: ItemRef,
    /// 0-based place among the item's actions.
    pub index: usize,
    pub text: String,
}

impl FollowUpRef {
    pub fn of(meeting: &Meeting, item: usize, action: usize) -> Option<FollowUpRef> {
        let text = meeting.items.get(item)?.actions.get(action)?.text.clone();
        Some(FollowUpRef {
            item: ItemRef::of(meeting, item)?,
            index: action,
            text,
        })
    }
}

/// Which list under an item.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SubKind {
    Outcome,
    Action,
}

impl SubKind {
    /// The key of its `[[item.<key>]]` tables.
    pub fn key(self) -> &'static str {
        match self {
            SubKind::Outcome => "outcome",
            SubKind::Action => "action",
        }
    }
    pub fn one(self) -> &'static str {
        self.key()
    }
    pub fn plural(self) -> &'static str {
        match self {
            SubKind::Outcome => "outcomes",
            SubKind::Action => "actions",
        }
    }
}

/// An outcome or action of an item, identified by its place and its text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SubRef {
    pub item: ItemRef,
    pub kind: SubKind,
    /// 0-based place among the item's outcomes or actions.
    pub index: usize,
    pub text: String,
}

impl SubRef {
    pub fn of(meeting: &Meeting, item: usize, kind: SubKind, index: usize) -> Option<SubRef> {
        let it = meeting.items.get(item)?;
        let text = match kind {
            SubKind::Outcome => it.outcomes.get(index)?.text.clone(),
            SubKind::Action => it.actions.get(index)?.text.clone(),
        };
        Some(SubRef {
            item: ItemRef::of(meeting, item)?,
            kind,
            index,
            text,
        })
    }
}

/// The fields of a new agenda item.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ItemFields {
    pub title: String,
    pub topic: Option<String>,
    pub minutes: Option<u32>,
    pub presenter: Option<String>,
    pub notes: Option<String>,
    pub standing: bool,
}

impl ItemFields {
    /// Cleans every text of control and bidi characters; blank optional texts are none.
    pub fn cleaned(self) -> ItemFields {
        let opt = |o: Option<String>| o.map(|s| clean(&s)).filter(|s| !s.is_empty());
        ItemFields {
            title: clean(&self.title),
            topic: opt(self.topic),
            minutes: self.minutes,
            presenter: opt(self.presenter),
            notes: opt(self.notes),
            standing: self.standing,
        }
    }
}

/// How a `discussed` or `done` key changes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FlagChange {
    /// Write this TOML value: in place of the old value (keeping a trailing comment), or as
    /// a new line after the table's last key.
    Set(String),
    /// Remove the key's line; a line with a trailing comment keeps it and says `false`.
    Clear,
    /// Put back a line that `Clear` removed, after the line of key `after` (or right
    /// after the table's header).
    Restore { line: String, after: Option<String> },
}

/// One change to one meeting file. Build them with the constructors; every applied edit
/// yields its inverse (see `EditResult`), which is again an `Edit`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Edit {
    Discussed {
        item: ItemRef,
        change: FlagChange,
    },
    Done {
        action: FollowUpRef,
        change: FlagChange,
    },
    AddOutcome {
        item: ItemRef,
        text: String,
        kind: OutcomeKind,
    },
    AddAction {
        item: ItemRef,
        text: String,
        owner: Option<String>,
        due: Option<Due>,
    },
    /// The inverse of `AddOutcome`: removes the outcome's table.
    RemoveOutcome {
        item: ItemRef,
        index: usize,
        text: String,
    },
    /// The inverse of `AddAction`: removes the action's table.
    RemoveAction {
        action: FollowUpRef,
    },
    /// A new item after `after` (or first).
    InsertItem {
        after: Option<ItemRef>,
        fields: ItemFields,
    },
    /// Removes an item's whole block (its outcomes, actions and comments with it).
    RemoveItem {
        item: ItemRef,
    },
    /// Puts a removed block back, byte for byte: at byte `at` when the file is as the
    /// removal left it, else before the item `before` (or at the end).
    PutItem {
        before: Option<ItemRef>,
        at: usize,
        raw: String,
    },
    /// Swaps the item with the one above (`up`) or below it.
    MoveItem {
        item: ItemRef,
        up: bool,
    },
    /// Sets, removes or puts back keys of an item's own table, in order.
    SetItemKeys {
        item: ItemRef,
        changes: Vec<KeyChange>,
    },
    /// The same for one outcome or action.
    SetSubKeys {
        sub: SubRef,
        changes: Vec<KeyChange>,
    },
    /// Deletes an outcome or action (any state), with its comments.
    RemoveSub {
        sub: SubRef,
    },
    /// Several edits of one file in order, written (and undone) as one.
    Batch(Vec<Edit>),
    /// Puts a deleted outcome or action back (see `PutItem`).
    PutSub {
        item: ItemRef,
        kind: SubKind,
        index: usize,
        at: usize,
        raw: String,
    },
    /// Attendance and votes (see `attendance.rs`).
    Record(RecordEdit),
}

impl Edit {
    pub fn mark_discussed(item: ItemRef, at: NaiveDateTime) -> Edit {
        let raw = at.format("%Y-%m-%dT%H:%M:%S").to_string();
        Edit::Discussed {
            item,
            change: FlagChange::Set(raw),
        }
    }

    /// `discussed = true`: discussed, no time. For marks on a meeting that is not being
    /// held now (made afterwards, from the minutes), where the time of marking means nothing.
    pub fn mark_discussed_untimed(item: ItemRef) -> Edit {
        Edit::Discussed {
            item,
            change: FlagChange::Set("true".into()),
        }
    }

    pub fn unmark_discussed(item: ItemRef) -> Edit {
        Edit::Discussed {
            item,
            change: FlagChange::Clear,
        }
    }

    pub fn mark_done(action: FollowUpRef, on: NaiveDate) -> Edit {
        Edit::Done {
            action,
            change: FlagChange::Set(on.format("%Y-%m-%d").to_string()),
        }
    }

    pub fn reopen(action: FollowUpRef) -> Edit {
        Edit::Done {
            action,
            change: FlagChange::Clear,
        }
    }

    /// `text` is cleaned of control and bidi characters and trimmed before it is stored.
    pub fn add_outcome(item: ItemRef, text: &str, kind: OutcomeKind) -> Edit {
        Edit::AddOutcome {
            item,
            text: clean(text),
            kind,
        }
    }

    /// Texts are cleaned of control and bidi characters and trimmed; a blank owner is none.
    pub fn add_action(item: ItemRef, text: &str, owner: Option<&str>, due: Option<Due>) -> Edit {
        Edit::AddAction {
            item,
            text: clean(text),
            owner: owner.map(clean).filter(|o| !o.is_empty()),
            due,
        }
    }

    /// The item the edit is about (none for attendance, which is the meeting's).
    pub fn item(&self) -> Option<&ItemRef> {
        match self {
            Edit::Discussed { item, .. }
            | Edit::AddOutcome { item, .. }
            | Edit::AddAction { item, .. }
            | Edit::RemoveOutcome { item, .. }
            | Edit::Record(RecordEdit::AddDecision { item, .. }) => Some(item),
            Edit::Done { action, .. } | Edit::RemoveAction { action } => Some(&action.item),
            Edit::Record(_) => None,
            Edit::RemoveItem { item }
            | Edit::MoveItem { item, .. }
            | Edit::SetItemKeys { item, .. }
            | Edit::PutSub { item, .. } => Some(item),
            Edit::SetSubKeys { sub, .. } | Edit::RemoveSub { sub } => Some(&sub.item),
            Edit::InsertItem { after, .. } => after.as_ref(),
            Edit::PutItem { before, .. } => before.as_ref(),
            Edit::Batch(edits) => edits.first().and_then(Edit::item),
        }
    }
}

pub(super) fn keys_named(changes: &[KeyChange]) -> String {
    let mut names: Vec<&str> = changes.iter().map(|c| c.key.as_str()).collect();
    names.dedup();
    names.join(", ")
}

fn clean(s: &str) -> String {
    crate::sanitize::for_storage(s).trim().to_string()
}

impl fmt::Display for Edit {
    /// What the edit does, in plain words, for the status line.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let short = |s: &str| -> String {
            let t: String = s.chars().take(40).collect();
            if t.len() < s.len() {
                format!("{t}…")
            } else {
                t
            }
        };
        match self {
            Edit::Discussed { item, change } => match change {
                FlagChange::Clear => write!(f, "un-mark “{}”", short(&item.title)),
                _ => write!(f, "mark “{}” discussed", short(&item.title)),
            },
            Edit::Done { action, change } => match change {
                FlagChange::Clear => write!(f, "re-open “{}”", short(&action.text)),
                _ => write!(f, "mark “{}” done", short(&action.text)),
            },
            Edit::AddOutcome { text, .. } => write!(f, "add outcome “{}”", short(text)),
            Edit::AddAction { text, .. } => write!(f, "add action “{}”", short(text)),
            Edit::RemoveOutcome { text, .. } => write!(f, "remove outcome “{}”", short(text)),
            Edit::RemoveAction { action } => write!(f, "remove action “{}”", short(&action.text)),
            Edit::InsertItem { fields, .. } => write!(f, "add item “{}”", short(&fields.title)),
            Edit::RemoveItem { item } => write!(f, "delete item “{}”", short(&item.title)),
            Edit::PutItem { .. } => write!(f, "put the deleted item back"),
            Edit::MoveItem { item, up } => {
                let way = if *up { "up" } else { "down" };
                write!(f, "move “{}” {way}", short(&item.title))
            }
            Edit::SetItemKeys { item, changes } => match changes.as_slice() {
                [c] if c.key == "standing" => match c.change {
                    FlagChange::Clear => write!(f, "un-mark “{}” standing", short(&item.title)),
                    _ => write!(f, "mark “{}” standing", short(&item.title)),
                },
                _ => write!(
                    f,
                    "change {} of “{}”",
                    keys_named(changes),
                    short(&item.title)
                ),
            },
            Edit::SetSubKeys { sub, changes } if describe::closes_as_dropped(changes) => {
                write!(f, "close “{}” as dropped", short(&sub.text))
            }
            Edit::SetSubKeys { sub, changes } => {
                write!(
                    f,
                    "change {} of {} “{}”",
                    keys_named(changes),
                    sub.kind.one(),
                    short(&sub.text)
                )
            }
            Edit::RemoveSub { sub } => {
                write!(f, "delete {} “{}”", sub.kind.one(), short(&sub.text))
            }
            Edit::PutSub { kind, .. } => write!(f, "put the deleted {} back", kind.one()),
            Edit::Batch(edits) => match edits.as_slice() {
                [one] => write!(f, "{one}"),
                _ if edits.iter().all(|e| matches!(e, Edit::Done { .. })) => {
                    write!(f, "close {} actions", edits.len())
                }
                _ => write!(f, "{} changes", edits.len()),
            },
            Edit::Record(r) => r.fmt(f),
        }
    }
}
