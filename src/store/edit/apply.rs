//! Applying one `Edit` to one file's bytes: find the target, splice lines, verify.

use super::attendance::{RecordEdit, apply_presence};
use super::text::{
    comment_follows, indent_of, insert_lines, line_end, line_start, remove_lines, replace,
};
use super::verify::{check, discussed_value, done_value};
use super::{Edit, EditError, FlagChange, FollowUpRef, ItemRef, Subject, Unchanged};
use crate::model::{Due, FollowUp, Meeting, Outcome, OutcomeKind, Vote};
use crate::store::toml_text::quote;
use crate::store::{parse_meeting, strip_bom};
use std::path::Path;
use toml_edit::{Item, Table};

const BOM: &str = "\u{feff}";

/// The new file content, the meeting it holds, and the edit that takes it back.
#[derive(Debug, Clone)]
pub struct EditResult {
    pub bytes: Vec<u8>,
    pub meeting: Meeting,
    pub inverse: Edit,
}

/// Applies `edit` to a file's `bytes`. With `relocate` (the file changed since it was
/// loaded), targets are found by title/topic/text alone and must be unique; otherwise the
/// remembered place is tried first.
pub fn apply_edit(
    path: &Path,
    bytes: &[u8],
    edit: &Edit,
    relocate: bool,
) -> Result<EditResult, EditError> {
    if let Edit::Batch(edits) = edit {
        return apply_batch(path, bytes, edits, relocate);
    }
    let old = parse_meeting(path, bytes).map_err(|d| EditError::Invalid {
        path: path.to_path_buf(),
        first: d.into_iter().next().map(Box::new),
    })?;
    let bom = bytes.starts_with(BOM.as_bytes());
    let text = std::str::from_utf8(strip_bom(bytes)).map_err(|_| verify_err(path, "not UTF-8"))?;
    let doc = toml_edit::Document::parse(text).map_err(|e| verify_err(path, e.message().trim()))?;
    let ed = Editor {
        path,
        text,
        doc: doc.as_table(),
        old: &old,
        relocate,
    };
    let (new_text, inverse, expected) = ed.apply(edit)?;
    let mut out = Vec::with_capacity(new_text.len() + 3);
    if bom {
        out.extend_from_slice(BOM.as_bytes());
    }
    out.extend_from_slice(new_text.as_bytes());
    // Said plainly here; the check below would only see a file it refuses to read.
    if out.len() as u64 > crate::store::MAX_FILE_BYTES {
        return Err(EditError::TooLarge {
            path: path.to_path_buf(),
            kib: out.len() as u64 / 1024,
            cap_kib: crate::store::MAX_FILE_BYTES / 1024,
        });
    }
    let meeting = check(path, &out, &expected)?;
    Ok(EditResult {
        bytes: out,
        meeting,
        inverse,
    })
}

/// Applies the edits one after another; the inverse undoes them in reverse order.
fn apply_batch(
    path: &Path,
    bytes: &[u8],
    edits: &[Edit],
    relocate: bool,
) -> Result<EditResult, EditError> {
    let mut done: Option<EditResult> = None;
    let mut inverses = Vec::with_capacity(edits.len());
    for e in edits {
        let cur = done.as_ref().map_or(bytes, |d| d.bytes.as_slice());
        let r = apply_edit(path, cur, e, relocate)?;
        inverses.push(r.inverse.clone());
        done = Some(r);
    }
    let Some(last) = done else {
        return Err(EditError::Unchanged {
            path: path.to_path_buf(),
            what: Unchanged::NothingAsked,
        });
    };
    inverses.reverse();
    Ok(EditResult {
        inverse: Edit::Batch(inverses),
        ..last
    })
}

pub(super) fn verify_err(path: &Path, detail: &str) -> EditError {
    EditError::Verify {
        path: path.to_path_buf(),
        detail: detail.to_string(),
    }
}

pub(super) struct Editor<'a> {
    pub(super) path: &'a Path,
    pub(super) text: &'a str,
    pub(super) doc: &'a Table,
    pub(super) old: &'a Meeting,
    pub(super) relocate: bool,
}

/// The new text, the edit that takes it back, and the meeting it must hold.
pub(super) type Rewrite = (String, Edit, Meeting);

impl Editor<'_> {
    fn apply(&self, edit: &Edit) -> Result<Rewrite, EditError> {
        match edit {
            Edit::Discussed { item, change } => {
                let i = self.item_index(item)?;
                let table = self.item_table(i, item)?;
                let what = Subject::Item(item.title.clone());
                let present = self.old.items[i].discussed.is_some();
                let new = match change {
                    FlagChange::Clear => None,
                    FlagChange::Set(raw) => {
                        discussed_value(self.path, &format!("discussed = {raw}"))?
                    }
                    FlagChange::Restore { line, .. } => discussed_value(self.path, line)?,
                };
                let (text, inv) =
                    self.flag(table, "discussed", change, (present, new.is_some()), &what)?;
                let mut want = self.old.clone();
                want.items[i].discussed = new;
                let inverse = Edit::Discussed {
                    item: ItemRef::of(&want, i).unwrap_or_else(|| item.clone()),
                    change: inv,
                };
                Ok((text, inverse, want))
            }
            Edit::Done { action, change } => {
                let (i, a) = self.action_index(action)?;
                let actions = self.sub_tables(self.item_table(i, &action.item)?, "action")?;
                let table = actions
                    .get(a)
                    .copied()
                    .ok_or_else(|| self.gone(Subject::Action(action.text.clone())))?;
                let what = Subject::Action(action.text.clone());
                let present = self.old.items[i].actions[a].done.is_some();
                let new = match change {
                    FlagChange::Clear => None,
                    FlagChange::Set(raw) => done_value(self.path, &format!("done = {raw}"))?,
                    FlagChange::Restore { line, .. } => done_value(self.path, line)?,
                };
                let (text, inv) =
                    self.flag(table, "done", change, (present, new.is_some()), &what)?;
                let mut want = self.old.clone();
                want.items[i].actions[a].done = new;
                let inverse = Edit::Done {
                    action: FollowUpRef::of(&want, i, a).unwrap_or_else(|| action.clone()),
                    change: inv,
                };
                Ok((text, inverse, want))
            }
            Edit::AddOutcome { item, text, kind } => {
                self.add_outcome(item, text, *kind, Vote::default())
            }
            Edit::Record(RecordEdit::AddDecision { item, text, vote }) => {
                self.add_outcome(item, text, OutcomeKind::Decision, *vote)
            }
            Edit::Record(r) => apply_presence(self.path, self.text, self.old, r),
            Edit::AddAction {
                item,
                text,
                owner,
                due,
            } => self.add_action(item, text, owner.as_deref(), *due),
            Edit::RemoveOutcome { item, index, text } => {
                let i = self.item_index(item)?;
                let outcomes = &self.old.items[i].outcomes;
                let what = Subject::Outcome(text.clone());
                let o = self.find(outcomes, *index, |x| &x.text == text, &what)?;
                let tables = self.sub_tables(self.item_table(i, item)?, "outcome")?;
                let table = tables
                    .get(o)
                    .copied()
                    .ok_or_else(|| self.gone(Subject::Outcome(text.clone())))?;
                let new = self.remove_block(table)?;
                let mut want = self.old.clone();
                let removed = want.items[i].outcomes.remove(o);
                let inverse = if removed.vote.is_empty() {
                    Edit::AddOutcome {
                        item: item.clone(),
                        text: removed.text,
                        kind: removed.kind,
                    }
                } else {
                    Edit::add_decision(item.clone(), &removed.text, removed.vote)
                };
                Ok((new, inverse, want))
            }
            Edit::InsertItem { after, fields } => self.insert_item(after.as_ref(), fields),
            Edit::RemoveItem { item } => self.remove_item(item),
            Edit::PutItem { before, at, raw } => self.put_item(before.as_ref(), *at, raw),
            Edit::MoveItem { item, up } => self.move_item(item, *up),
            Edit::SetItemKeys { item, changes } => self.set_item_keys(item, changes),
            Edit::SetSubKeys { sub, changes } => self.set_sub_keys(sub, changes),
            Edit::RemoveSub { sub } => self.remove_sub(sub),
            Edit::PutSub {
                item,
                kind,
                index,
                at,
                raw,
            } => self.put_sub(item, *kind, *index, *at, raw),
            Edit::Batch(_) => Err(verify_err(self.path, "a batch inside a batch")),
            Edit::RemoveAction { action } => {
                let (i, a) = self.action_index(action)?;
                let tables = self.sub_tables(self.item_table(i, &action.item)?, "action")?;
                let table = tables
                    .get(a)
                    .copied()
                    .ok_or_else(|| self.gone(Subject::Action(action.text.clone())))?;
                let new = self.remove_block(table)?;
                let mut want = self.old.clone();
                let removed = want.items[i].actions.remove(a);
                if removed.done.is_some() {
                    // Removing would also drop its `done`: not what undoing an add means.
                    return Err(EditError::Unchanged {
                        path: self.path.to_path_buf(),
                        what: Unchanged::ClosedSinceAdded(Subject::Action(action.text.clone())),
                    });
                }
                let inverse = Edit::AddAction {
                    item: action.item.clone(),
                    text: removed.text,
                    owner: removed.owner,
                    due: removed.due,
                };
                Ok((new, inverse, want))
            }
        }
    }

    // ---- finding targets ----

    /// The place of the one element that `matches`: the remembered `index` when the file is
    /// unchanged, else the only match anywhere.
    pub(super) fn find<T>(
        &self,
        list: &[T],
        index: usize,
        matches: impl Fn(&T) -> bool,
        what: &Subject,
    ) -> Result<usize, EditError> {
        if !self.relocate && list.get(index).is_some_and(&matches) {
            return Ok(index);
        }
        let hits: Vec<usize> = (0..list.len()).filter(|&i| matches(&list[i])).collect();
        match hits[..] {
            [one] => Ok(one),
            [] => Err(EditError::NotFound {
                path: self.path.to_path_buf(),
                what: what.clone(),
            }),
            _ => Err(EditError::Ambiguous {
                path: self.path.to_path_buf(),
                what: what.clone(),
                count: hits.len(),
            }),
        }
    }

    pub(super) fn item_index(&self, r: &ItemRef) -> Result<usize, EditError> {
        let what = Subject::Item(r.title.clone());
        self.find(
            &self.old.items,
            r.index,
            |i| i.title == r.title && i.topic == r.topic,
            &what,
        )
    }

    pub(super) fn action_index(&self, r: &FollowUpRef) -> Result<(usize, usize), EditError> {
        let i = self.item_index(&r.item)?;
        let what = Subject::Action(r.text.clone());
        let a = self.find(
            &self.old.items[i].actions,
            r.index,
            |a| a.text == r.text,
            &what,
        )?;
        Ok((i, a))
    }

    pub(super) fn gone(&self, what: Subject) -> EditError {
        EditError::NotFound {
            path: self.path.to_path_buf(),
            what,
        }
    }

    pub(super) fn inline(&self, what: Subject) -> EditError {
        EditError::Inline {
            path: self.path.to_path_buf(),
            what,
        }
    }

    pub(super) fn item_table(&self, i: usize, r: &ItemRef) -> Result<&Table, EditError> {
        match self.doc.get("item") {
            Some(Item::ArrayOfTables(a)) => a
                .get(i)
                .ok_or_else(|| self.gone(Subject::Item(r.title.clone()))),
            Some(Item::Value(_)) => Err(self.inline(Subject::List("item"))),
            _ => Err(self.gone(Subject::Item(r.title.clone()))),
        }
    }

    /// The `[[item.<key>]]` tables of an item, in file order.
    pub(super) fn sub_tables<'t>(
        &self,
        item: &'t Table,
        key: &'static str,
    ) -> Result<Vec<&'t Table>, EditError> {
        match item.get(key) {
            None => Ok(Vec::new()),
            Some(Item::ArrayOfTables(a)) => Ok(a.iter().collect()),
            Some(_) => Err(self.inline(Subject::List(key))),
        }
    }

    // ---- positions ----

    pub(super) fn header_end(&self, t: &Table) -> Result<usize, EditError> {
        let span = t
            .span()
            .ok_or_else(|| verify_err(self.path, "a table has no position"))?;
        Ok(line_end(self.text, span.start))
    }

    /// Just past the line of the table's last own key (or its header).
    pub(super) fn body_end(&self, t: &Table) -> Result<usize, EditError> {
        let mut end = self.header_end(t)?;
        for (_, item) in t.iter() {
            if let Item::Value(v) = item
                && let Some(s) = v.span()
            {
                end = end.max(line_end(self.text, s.end));
            }
        }
        Ok(end)
    }

    /// The key-value lines of a table: (name, line start, value span).
    pub(super) fn key_lines(&self, t: &Table) -> Vec<(String, usize, std::ops::Range<usize>)> {
        let mut out = Vec::new();
        for (name, item) in t.iter() {
            if let (Some((key, _)), Item::Value(v)) = (t.get_key_value(name), item)
                && let (Some(k), Some(s)) = (key.span(), v.span())
            {
                out.push((name.to_string(), line_start(self.text, k.start), s));
            }
        }
        out
    }

    // ---- changes ----

    /// Sets, clears or restores one flag key of a table; returns the new text and the
    /// change that takes it back. `present`: the key is set now; `marks`: it will be.
    fn flag(
        &self,
        t: &Table,
        key: &str,
        change: &FlagChange,
        (present, marks): (bool, bool),
        what: &Subject,
    ) -> Result<(String, FlagChange), EditError> {
        let unchanged = |why: fn(Subject, String) -> Unchanged| EditError::Unchanged {
            path: self.path.to_path_buf(),
            what: why(what.clone(), key.to_string()),
        };
        let lines = self.key_lines(t);
        let existing = lines.iter().find(|(n, _, _)| n == key);
        let text = self.text;
        match change {
            FlagChange::Set(raw) => {
                // Marking twice is refused; setting `false` over a mark (an undo) is not.
                if present && marks {
                    return Err(unchanged(Unchanged::AlreadyHas));
                }
                if let Some((_, _, span)) = existing {
                    // `key = false` written by hand: change the value, keep the rest.
                    let old = text[span.clone()].to_string();
                    Ok((replace(text, span.clone(), raw), FlagChange::Set(old)))
                } else {
                    let at = self.body_end(t)?;
                    let indent = indent_of(text, line_start(text, at.saturating_sub(1)));
                    let line = format!("{indent}{key} = {raw}");
                    Ok((insert_lines(text, at, &[line]), FlagChange::Clear))
                }
            }
            FlagChange::Clear => {
                let Some((_, start, span)) = existing.filter(|_| present) else {
                    return Err(unchanged(Unchanged::HasNo));
                };
                let old = text[span.clone()].to_string();
                if comment_follows(text, span.end) {
                    // Keep the person's comment: the line stays and says `false`.
                    return Ok((replace(text, span.clone(), "false"), FlagChange::Set(old)));
                }
                let end = line_end(text, span.end);
                let line = text[*start..end].trim_end_matches(['\n', '\r']).to_string();
                let after = lines
                    .iter()
                    .filter(|(_, _, s)| s.end <= *start)
                    .max_by_key(|(_, _, s)| s.end)
                    .map(|(n, _, _)| n.clone());
                Ok((
                    remove_lines(text, *start, end),
                    FlagChange::Restore { line, after },
                ))
            }
            FlagChange::Restore { line, after } => {
                if existing.is_some() {
                    return Err(unchanged(Unchanged::AlreadyHas));
                }
                let at = match after {
                    None => self.header_end(t)?,
                    Some(name) => match lines.iter().find(|(n, _, _)| n == name) {
                        Some((_, _, s)) => line_end(text, s.end),
                        None => self.body_end(t)?,
                    },
                };
                Ok((
                    insert_lines(text, at, std::slice::from_ref(line)),
                    FlagChange::Clear,
                ))
            }
        }
    }

    fn add_outcome(
        &self,
        r: &ItemRef,
        text: &str,
        kind: OutcomeKind,
        vote: Vote,
    ) -> Result<Rewrite, EditError> {
        if text.is_empty() {
            return Err(EditError::Empty {
                path: self.path.to_path_buf(),
            });
        }
        let i = self.item_index(r)?;
        let table = self.item_table(i, r)?;
        let outcomes = self.sub_tables(table, "outcome")?;
        // After the item's last outcome, else after its own keys (so before its actions).
        let at = match outcomes.last() {
            Some(last) => self.body_end(last)?,
            None => self.body_end(table)?,
        };
        let mut lines = vec![
            String::new(),
            "[[item.outcome]]".into(),
            format!("text = {}", quote(text)),
            format!("kind = {}", quote(kind.as_str())),
        ];
        lines.extend(vote_lines(&vote));
        let mut want = self.old.clone();
        want.items[i].outcomes.push(Outcome {
            vote,
            ..Outcome::new(text, kind)
        });
        let inverse = Edit::RemoveOutcome {
            item: r.clone(),
            index: want.items[i].outcomes.len() - 1,
            text: text.to_string(),
        };
        Ok((insert_lines(self.text, at, &lines), inverse, want))
    }

    fn add_action(
        &self,
        r: &ItemRef,
        text: &str,
        owner: Option<&str>,
        due: Option<Due>,
    ) -> Result<Rewrite, EditError> {
        if text.is_empty() {
            return Err(EditError::Empty {
                path: self.path.to_path_buf(),
            });
        }
        let i = self.item_index(r)?;
        let table = self.item_table(i, r)?;
        let actions = self.sub_tables(table, "action")?;
        // After the item's last action, else after its outcomes and own keys.
        let at = match actions.last() {
            Some(last) => self.body_end(last)?,
            None => {
                let mut at = self.body_end(table)?;
                for o in self.sub_tables(table, "outcome")? {
                    at = at.max(self.body_end(o)?);
                }
                at
            }
        };
        let mut lines = vec![
            String::new(),
            "[[item.action]]".into(),
            format!("text = {}", quote(text)),
        ];
        if let Some(owner) = owner {
            lines.push(format!("owner = {}", quote(owner)));
        }
        match due {
            Some(Due::Date(d)) => lines.push(format!("due = {}", d.format("%Y-%m-%d"))),
            Some(d) => lines.push(format!("due = {}", quote(&d.to_string()))),
            None => {}
        }
        let mut want = self.old.clone();
        want.items[i].actions.push(FollowUp {
            text: text.to_string(),
            owner: owner.map(str::to_string),
            due,
            done: None,
            dropped: false,
            line: 0,
        });
        let inverse = Edit::RemoveAction {
            action: FollowUpRef {
                item: r.clone(),
                index: want.items[i].actions.len() - 1,
                text: text.to_string(),
            },
        };
        Ok((insert_lines(self.text, at, &lines), inverse, want))
    }

    /// Removes a `[[…]]` table and the blank line before it: the inverse of an add.
    fn remove_block(&self, t: &Table) -> Result<String, EditError> {
        let span = t
            .span()
            .ok_or_else(|| verify_err(self.path, "a table has no position"))?;
        let mut start = line_start(self.text, span.start);
        if start > 0 {
            let prev = line_start(self.text, start - 1);
            if self.text[prev..start].trim().is_empty() {
                start = prev;
            }
        }
        Ok(remove_lines(self.text, start, self.body_end(t)?))
    }
}

/// The lines of a vote, in the order the format lists them.
fn vote_lines(vote: &Vote) -> Vec<String> {
    let mut lines = Vec::new();
    for (key, n) in [
        ("for", vote.for_),
        ("against", vote.against),
        ("abstain", vote.abstain),
    ] {
        if let Some(n) = n {
            lines.push(format!("{key} = {n}"));
        }
    }
    if vote.unanimous {
        lines.push("unanimous = true".into());
    }
    lines
}
