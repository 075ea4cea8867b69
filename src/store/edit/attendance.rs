//! Edits of the formal record: mark a name present or not (the meeting's `present` list),
//! and add a decision with its vote. The `present` value is rewritten in place with
//! `toml_edit`, so comments inside a multi-line list and everything around it stay.

use super::apply::Rewrite;
use super::text::{insert_lines, line_end, line_start, remove_lines, replace};
use super::{Edit, EditError, ItemRef, Unchanged};
use crate::model::{Meeting, Vote};
use std::fmt;
use std::path::Path;
use toml_edit::{DocumentMut, Item, Table, Value};

/// A change to the record of a meeting, wrapped as `Edit::Record`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RecordEdit {
    /// Add `name` to `present` (creating the key), or take it out.
    SetPresent { name: String, present: bool },
    /// The inverse of `SetPresent`: put `present` back exactly as it was written (`raw`;
    /// `None` removes the key's line). Applied only while the value is still `expect`;
    /// when someone changed it meanwhile, it falls back to `SetPresent`.
    RestorePresent {
        name: String,
        present: bool,
        raw: Option<String>,
        expect: Option<String>,
    },
    /// A decision with its vote (`AddOutcome` adds one without).
    AddDecision {
        item: ItemRef,
        text: String,
        vote: Vote,
    },
}

impl Edit {
    /// Marks `name` present (`true`; a new name is cleaned and trimmed) or not (the name
    /// exactly as the file has it).
    pub fn set_present(name: &str, present: bool) -> Edit {
        let name = if present {
            super::clean(name)
        } else {
            name.to_string()
        };
        Edit::Record(RecordEdit::SetPresent { name, present })
    }

    /// A decision with its vote; the text is cleaned like `add_outcome`.
    pub fn add_decision(item: ItemRef, text: &str, vote: Vote) -> Edit {
        Edit::Record(RecordEdit::AddDecision {
            item,
            text: super::clean(text),
            vote,
        })
    }
}

impl fmt::Display for RecordEdit {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            RecordEdit::SetPresent { name, present }
            | RecordEdit::RestorePresent { name, present, .. } => {
                let what = if *present { "present" } else { "not present" };
                write!(f, "mark {} {what}", short(name))
            }
            RecordEdit::AddDecision { text, vote, .. } => {
                write!(f, "add decision “{}” ({})", short(text), vote.words())
            }
        }
    }
}

fn short(s: &str) -> String {
    let t: String = s.chars().take(40).collect();
    if t.len() < s.len() {
        format!("{t}…")
    } else {
        t
    }
}

/// Applies `SetPresent` or `RestorePresent` to the text of a meeting file.
pub(super) fn apply_presence(
    path: &Path,
    text: &str,
    old: &Meeting,
    edit: &RecordEdit,
) -> Result<Rewrite, EditError> {
    let spot = find_present(path, text)?;
    let current = spot.as_ref().map(|s| text[s.value.clone()].to_string());
    match edit {
        RecordEdit::SetPresent { name, present } => set(path, text, old, spot, name, *present),
        RecordEdit::RestorePresent {
            name,
            present,
            raw,
            expect,
        } => {
            if current != *expect {
                return set(path, text, old, spot, name, *present);
            }
            let new_text = match (raw, &spot) {
                (Some(raw), Some(s)) => replace(text, s.value.clone(), raw),
                (None, Some(s)) => remove_lines(text, s.line_start, line_end(text, s.value.end)),
                (Some(raw), None) => insert_key(text, raw)?,
                (None, None) => text.to_string(),
            };
            let mut want = old.clone();
            want.present = match raw {
                Some(raw) => names_of(path, raw)?,
                None => Vec::new(),
            };
            let inverse = RecordEdit::RestorePresent {
                name: name.clone(),
                present: !present,
                raw: current,
                expect: raw.clone(),
            };
            Ok((new_text, Edit::Record(inverse), want))
        }
        RecordEdit::AddDecision { .. } => Err(EditError::Verify {
            path: path.to_path_buf(),
            detail: "a decision is not an attendance edit".into(),
        }),
    }
}

fn set(
    path: &Path,
    text: &str,
    old: &Meeting,
    spot: Option<Spot>,
    name: &str,
    present: bool,
) -> Result<Rewrite, EditError> {
    if name.is_empty() {
        return Err(EditError::Empty {
            path: path.to_path_buf(),
        });
    }
    let is_present = old.present.iter().any(|p| p == name);
    if is_present == present {
        return Err(EditError::Unchanged {
            path: path.to_path_buf(),
            what: if present {
                Unchanged::AlreadyPresent(name.to_string())
            } else {
                Unchanged::NotPresent(name.to_string())
            },
        });
    }
    let current = spot.as_ref().map(|s| text[s.value.clone()].to_string());
    let new_raw = match &current {
        Some(raw) => edited_list(path, raw, name, present)?,
        None => format!("[{}]", crate::store::toml_text::quote(name)),
    };
    let new_text = match &spot {
        Some(s) => replace(text, s.value.clone(), &new_raw),
        None => insert_key(text, &new_raw)?,
    };
    let mut want = old.clone();
    if present {
        want.present.push(name.to_string());
    } else if let Some(i) = want.present.iter().position(|p| p == name) {
        want.present.remove(i);
    }
    let inverse = RecordEdit::RestorePresent {
        name: name.to_string(),
        present: !present,
        raw: current,
        expect: Some(new_raw),
    };
    Ok((new_text, Edit::Record(inverse), want))
}

/// Where `present = …` is written: the start of its line and the value's bytes.
struct Spot {
    line_start: usize,
    value: std::ops::Range<usize>,
}

fn find_present(path: &Path, text: &str) -> Result<Option<Spot>, EditError> {
    let doc = toml_edit::Document::parse(text).map_err(|e| verify(path, e.message().trim()))?;
    let root: &Table = doc.as_table();
    let Some((key, Item::Value(v))) = root.get_key_value("present") else {
        return Ok(None);
    };
    match (key.span(), v.span()) {
        (Some(k), Some(s)) => Ok(Some(Spot {
            line_start: line_start(text, k.start),
            value: s,
        })),
        _ => Err(verify(path, "`present` has no position")),
    }
}

/// The list `raw` with `name` pushed or its first occurrence taken out, formatted by
/// `toml_edit` so that the other names keep their layout and comments.
fn edited_list(path: &Path, raw: &str, name: &str, present: bool) -> Result<String, EditError> {
    let doc: DocumentMut = format!("v = {raw}\n")
        .parse()
        .map_err(|_| verify(path, "`present` could not be read back"))?;
    let Some(Item::Value(Value::Array(arr))) = doc.get("v") else {
        return Err(verify(path, "`present` is not a list"));
    };
    let mut arr = arr.clone();
    let at = arr.iter().position(|v| v.as_str() == Some(name));
    if present {
        arr.push(name);
    } else if let Some(i) = at {
        let prefix = arr
            .get(i)
            .and_then(|v| v.decor().prefix())
            .and_then(|p| p.as_str())
            .unwrap_or("")
            .to_string();
        arr.remove(i);
        keep_comment_lines(&mut arr, i, &prefix);
    }
    arr.decor_mut().clear();
    let out = Value::Array(arr).to_string();
    // toml_edit writes LF; a list written with CRLF only keeps CRLF.
    let crlf = raw.contains("\r\n") && raw.matches('\n').count() == raw.matches("\r\n").count();
    Ok(if crlf {
        out.replace("\r\n", "\n").replace('\n', "\r\n")
    } else {
        out
    })
}

/// After removing element `i`, whose prefix was `prefix`: the comment lines in that prefix
/// belong to the element before (`"Anna", # voorzitter`), so they move to whatever now
/// follows; the removed element's own line goes. On one line, the new first element loses
/// the space that followed a comma.
fn keep_comment_lines(arr: &mut toml_edit::Array, i: usize, prefix: &str) {
    let rest = |s: &str| {
        s.find('\n')
            .map_or(s.to_string(), |n| s[n + 1..].to_string())
    };
    let Some(nl) = prefix.rfind('\n') else {
        if i == 0
            && let Some(first) = arr.get_mut(0)
            && first.decor().prefix().and_then(|p| p.as_str()) == Some(" ")
        {
            first.decor_mut().set_prefix("");
        }
        return;
    };
    let carry = &prefix[..=nl];
    match arr.get_mut(i) {
        Some(next) => {
            let own = next.decor().prefix().and_then(|p| p.as_str()).unwrap_or("");
            let joined = format!("{carry}{}", rest(own));
            next.decor_mut().set_prefix(joined);
        }
        None => {
            let own = arr.trailing().as_str().unwrap_or("").to_string();
            arr.set_trailing(format!("{carry}{}", rest(&own)));
        }
    }
}

/// Inserts `present = raw` after the last line of the meeting's own keys.
fn insert_key(text: &str, raw: &str) -> Result<String, EditError> {
    let doc = toml_edit::Document::parse(text).map_err(|e| verify(Path::new(""), e.message()))?;
    let mut at = 0;
    for (_, item) in doc.as_table().iter() {
        if let Item::Value(v) = item
            && let Some(s) = v.span()
        {
            at = at.max(line_end(text, s.end));
        }
    }
    Ok(insert_lines(text, at, &[format!("present = {raw}")]))
}

/// The names a `present` value holds, read by the real loader.
fn names_of(path: &Path, raw: &str) -> Result<Vec<String>, EditError> {
    let doc = format!("title = \"x\"\ndate = 2000-01-01\npresent = {raw}\n");
    crate::store::parse_meeting(path, doc.as_bytes())
        .map(|m| m.present)
        .map_err(|_| verify(path, "`present` to restore is not a list of names"))
}

fn verify(path: &Path, detail: &str) -> EditError {
    EditError::Verify {
        path: path.to_path_buf(),
        detail: detail.to_string(),
    }
}
