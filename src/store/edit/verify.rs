//! The check after every edit: the new text must load, and must equal the old meeting plus
//! exactly the intended change. Positions (`line`) are ignored: they shift with any insert.

use super::EditError;
use crate::model::{Discussed, Done, Meeting};
use crate::store::parse_meeting;
use std::path::Path;

/// What `discussed` becomes after writing `assignment` (a whole `discussed = …` line), read
/// by the real loader so the check cannot drift from it.
pub fn discussed_value(path: &Path, assignment: &str) -> Result<Option<Discussed>, EditError> {
    let doc = format!("title = \"x\"\ndate = 2000-01-01\n[[item]]\ntitle = \"x\"\n{assignment}\n");
    let m = parse_meeting(path, doc.as_bytes()).map_err(|d| bad_value(path, assignment, &d))?;
    Ok(m.items.first().and_then(|i| i.discussed))
}

/// What `done` becomes after writing `assignment` (a whole `done = …` line).
pub fn done_value(path: &Path, assignment: &str) -> Result<Option<Done>, EditError> {
    let doc = format!(
        "title = \"x\"\ndate = 2000-01-01\n[[item]]\ntitle = \"x\"\n[[item.action]]\ntext = \"x\"\n{assignment}\n"
    );
    let m = parse_meeting(path, doc.as_bytes()).map_err(|d| bad_value(path, assignment, &d))?;
    Ok(m.items
        .first()
        .and_then(|i| i.actions.first())
        .and_then(|a| a.done))
}

fn bad_value(path: &Path, assignment: &str, d: &[crate::store::Diagnostic]) -> EditError {
    let why = d.first().map_or(String::new(), |d| d.message.to_string());
    EditError::Verify {
        path: path.to_path_buf(),
        detail: format!("`{}` is not a valid value: {why}", assignment.trim()),
    }
}

/// Parses the new bytes and compares them with the expected meeting.
pub fn check(path: &Path, bytes: &[u8], expected: &Meeting) -> Result<Meeting, EditError> {
    let fail = |detail: String| EditError::Verify {
        path: path.to_path_buf(),
        detail,
    };
    let got = parse_meeting(path, bytes).map_err(|d| {
        let first = d.first().map_or(String::new(), |d| d.to_string());
        fail(format!("the new text would not load: {first}"))
    })?;
    if let Some(what) = first_difference(&got, expected) {
        return Err(fail(format!("{what} would change too")));
    }
    Ok(got)
}

fn first_difference(got: &Meeting, want: &Meeting) -> Option<String> {
    let (got, want) = (without_lines(got), without_lines(want));
    if got == want {
        return None;
    }
    if got.items.len() != want.items.len() {
        return Some("the number of items".into());
    }
    let n = got.items.iter().zip(&want.items).position(|(a, b)| a != b);
    Some(match n {
        Some(n) => format!("item {}", n + 1),
        None => "the meeting's own fields".into(),
    })
}

fn without_lines(m: &Meeting) -> Meeting {
    let mut m = m.clone();
    for item in &mut m.items {
        item.line = 0;
        item.documents
            .iter_mut()
            .for_each(|d| (d.line, d.col) = (0, 0));
        item.outcomes.iter_mut().for_each(|o| o.line = 0);
        item.actions.iter_mut().for_each(|a| a.line = 0);
    }
    m
}
