//! Setting, removing and putting back plain keys of one table (an item's `title`, an
//! action's `owner`, …), and what the model's field becomes, read by the real loader.

use super::apply::Editor;
use super::text::{indent_of, insert_lines, line_end, line_start, remove_lines, replace};
use super::{EditError, FlagChange, SubKind, Subject, Unchanged};
use crate::model::{FollowUp, Item, Outcome, slug};
use crate::store::parse_meeting;
use toml_edit::Table;

/// One key of a table changing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KeyChange {
    pub key: String,
    pub change: FlagChange,
}

impl KeyChange {
    pub fn set(key: &str, raw: String) -> KeyChange {
        KeyChange {
            key: key.into(),
            change: FlagChange::Set(raw),
        }
    }
    pub fn clear(key: &str) -> KeyChange {
        KeyChange {
            key: key.into(),
            change: FlagChange::Clear,
        }
    }
}

/// Applies one change to table `t` of `ed.text`; returns the new text and the change that
/// takes it back.
pub fn change_key(
    ed: &Editor<'_>,
    t: &Table,
    c: &KeyChange,
    what: &Subject,
) -> Result<(String, KeyChange), EditError> {
    let text = ed.text;
    let lines = ed.key_lines(t);
    let existing = lines.iter().find(|(n, _, _)| *n == c.key);
    let unchanged = |why: fn(Subject, String) -> Unchanged, key: String| EditError::Unchanged {
        path: ed.path.to_path_buf(),
        what: why(what.clone(), key),
    };
    let back = |change| KeyChange {
        key: c.key.clone(),
        change,
    };
    match &c.change {
        FlagChange::Set(raw) => match existing {
            Some((_, _, span)) => {
                let old = text[span.clone()].to_string();
                if old == *raw {
                    return Err(unchanged(
                        Unchanged::AlreadyHas,
                        format!("{} = {raw}", c.key),
                    ));
                }
                Ok((replace(text, span.clone(), raw), back(FlagChange::Set(old))))
            }
            None => {
                let at = ed.body_end(t)?;
                let indent = indent_of(text, line_start(text, at.saturating_sub(1)));
                let line = format!("{indent}{} = {raw}", c.key);
                Ok((insert_lines(text, at, &[line]), back(FlagChange::Clear)))
            }
        },
        FlagChange::Clear => {
            let Some((_, start, span)) = existing else {
                return Err(unchanged(Unchanged::HasNo, c.key.clone()));
            };
            let end = line_end(text, span.end);
            let line = text[*start..end].trim_end_matches(['\n', '\r']).to_string();
            let after = lines
                .iter()
                .filter(|(_, _, s)| s.end <= *start)
                .max_by_key(|(_, _, s)| s.end)
                .map(|(n, _, _)| n.clone());
            Ok((
                remove_lines(text, *start, end),
                back(FlagChange::Restore { line, after }),
            ))
        }
        FlagChange::Restore { line, after } => {
            if existing.is_some() {
                return Err(unchanged(Unchanged::AlreadyHas, c.key.clone()));
            }
            let at = match after {
                None => ed.header_end(t)?,
                Some(name) => match lines.iter().find(|(n, _, _)| n == name) {
                    Some((_, _, s)) => line_end(text, s.end),
                    None => ed.body_end(t)?,
                },
            };
            Ok((
                insert_lines(text, at, std::slice::from_ref(line)),
                back(FlagChange::Clear),
            ))
        }
    }
}

/// The TOML line a change leaves (`None` when the key is removed).
fn assignment(c: &KeyChange) -> Option<String> {
    match &c.change {
        FlagChange::Set(raw) => Some(format!("{} = {raw}", c.key)),
        FlagChange::Clear => None,
        FlagChange::Restore { line, .. } => Some(line.clone()),
    }
}

fn bad(ed: &Editor<'_>, line: &str, d: &[crate::store::Diagnostic]) -> EditError {
    let why = d.first().map_or(String::new(), |d| d.message.to_string());
    EditError::Verify {
        path: ed.path.to_path_buf(),
        detail: format!("`{}` is not a valid value: {why}", line.trim()),
    }
}

const HEAD: &str = "title = \"x\"\ndate = 2000-01-01\n[[item]]\n";

/// `item` as it will read after `c`. The topic's default (the title's slug) is settled by
/// the caller, who knows whether a `topic` key is left.
pub fn apply_to_item(ed: &Editor<'_>, item: &mut Item, c: &KeyChange) -> Result<(), EditError> {
    let Some(line) = assignment(c) else {
        let fresh = Item::new(&item.title);
        match c.key.as_str() {
            "topic" => {}
            "minutes" => item.minutes = None,
            "presenter" => item.presenter = None,
            "tags" => item.tags = Vec::new(),
            "notes" => item.notes = None,
            "discussed" => item.discussed = None,
            "confidential" => item.confidential = fresh.confidential,
            "standing" => item.standing = fresh.standing,
            other => return Err(bad(ed, other, &[])),
        }
        return Ok(());
    };
    let title = if c.key == "title" {
        ""
    } else {
        "title = \"x\"\n"
    };
    let doc = format!("{HEAD}{title}{line}\n");
    let m = parse_meeting(ed.path, doc.as_bytes()).map_err(|d| bad(ed, &line, &d))?;
    let Some(got) = m.items.into_iter().next() else {
        return Err(bad(ed, &line, &[]));
    };
    match c.key.as_str() {
        "title" => item.title = got.title,
        "topic" => item.topic = got.topic,
        "minutes" => item.minutes = got.minutes,
        "presenter" => item.presenter = got.presenter,
        "tags" => item.tags = got.tags,
        "notes" => item.notes = got.notes,
        "discussed" => item.discussed = got.discussed,
        "confidential" => item.confidential = got.confidential,
        "standing" => item.standing = got.standing,
        other => return Err(bad(ed, other, &[])),
    }
    Ok(())
}

/// The topic after the changes: as written, or the slug of the (new) title without a key.
pub fn settle_topic(item: &mut Item, t: &Table) {
    if !t.contains_key("topic") {
        item.topic = slug(&item.title);
    }
}

pub fn apply_to_outcome(ed: &Editor<'_>, o: &mut Outcome, c: &KeyChange) -> Result<(), EditError> {
    let Some(line) = assignment(c) else {
        match c.key.as_str() {
            "kind" => o.kind = crate::model::OutcomeKind::Agreement,
            other => return Err(bad(ed, other, &[])),
        }
        return Ok(());
    };
    let got = parse_sub(ed, SubKind::Outcome, &c.key, &line)?;
    let Some(got) = got.outcomes.into_iter().next() else {
        return Err(bad(ed, &line, &[]));
    };
    match c.key.as_str() {
        "text" => o.text = got.text,
        "kind" => o.kind = got.kind,
        other => return Err(bad(ed, other, &[])),
    }
    Ok(())
}

pub fn apply_to_action(ed: &Editor<'_>, a: &mut FollowUp, c: &KeyChange) -> Result<(), EditError> {
    let Some(line) = assignment(c) else {
        match c.key.as_str() {
            "owner" => a.owner = None,
            "due" => a.due = None,
            "done" => a.done = None,
            "dropped" => a.dropped = false,
            other => return Err(bad(ed, other, &[])),
        }
        return Ok(());
    };
    let got = parse_sub(ed, SubKind::Action, &c.key, &line)?;
    let Some(got) = got.actions.into_iter().next() else {
        return Err(bad(ed, &line, &[]));
    };
    match c.key.as_str() {
        "text" => a.text = got.text,
        "owner" => a.owner = got.owner,
        "due" => a.due = got.due,
        "done" => a.done = got.done,
        "dropped" => a.dropped = got.dropped,
        other => return Err(bad(ed, other, &[])),
    }
    Ok(())
}

fn parse_sub(ed: &Editor<'_>, kind: SubKind, key: &str, line: &str) -> Result<Item, EditError> {
    let text = if key == "text" { "" } else { "text = \"x\"\n" };
    let doc = format!(
        "{HEAD}title = \"x\"\n[[item.{}]]\n{text}{line}\n",
        kind.key()
    );
    let m = parse_meeting(ed.path, doc.as_bytes()).map_err(|d| bad(ed, line, &d))?;
    m.items.into_iter().next().ok_or_else(|| bad(ed, line, &[]))
}

/// Parses a removed block (an item, or one outcome or action) back into the model.
pub fn parse_item_block(ed: &Editor<'_>, raw: &str) -> Result<Item, EditError> {
    let doc = format!("title = \"x\"\ndate = 2000-01-01\n{raw}");
    let m = parse_meeting(ed.path, doc.as_bytes()).map_err(|d| bad(ed, "the item", &d))?;
    match <[Item; 1]>::try_from(m.items) {
        Ok([one]) => Ok(one),
        Err(_) => Err(bad(ed, "the item", &[])),
    }
}

pub fn parse_sub_block(ed: &Editor<'_>, raw: &str) -> Result<Item, EditError> {
    let doc = format!("{HEAD}title = \"x\"\n{raw}");
    let m = parse_meeting(ed.path, doc.as_bytes()).map_err(|d| bad(ed, "the entry", &d))?;
    m.items
        .into_iter()
        .next()
        .ok_or_else(|| bad(ed, "the entry", &[]))
}
