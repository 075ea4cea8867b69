//! Committing the changed meeting files, with a message that names the meetings.

use super::{Lines, SyncReport, SyncStatus};
use crate::git::run::{Git, GitError};
use crate::git::summary::{FileChange, describe, message};
use crate::store::{is_meeting_file, parse_meeting};
use crate::t;
use std::path::{Component, Path};

/// Commits every changed meeting file below the folder, with a message naming them. A file
/// with errors stops the sync before anything is committed.
pub(super) fn commit_changes(
    git: &Git,
    rel: Option<&str>,
    r: &mut Lines,
) -> Result<Result<(), SyncReport>, GitError> {
    let spec = rel.filter(|s| !s.is_empty()).unwrap_or(".");
    let out = git.run(&[
        "status",
        "--porcelain=v1",
        "-z",
        "--untracked-files=all",
        "--",
        spec,
    ])?;
    let paths = changed_meeting_files(&out);
    if paths.is_empty() {
        return Ok(Ok(()));
    }
    let lang = r.lang;
    let mut lines = Vec::new();
    let mut bad = Vec::new();
    for path in &paths {
        let full = git.dir().join(path);
        let old = git
            .run(&["show", &format!("HEAD:{path}")])
            .ok()
            .and_then(|s| parse_meeting(Path::new(path), s.as_bytes()).ok());
        let new = match std::fs::read(&full) {
            Err(_) => None,
            Ok(bytes) => match parse_meeting(Path::new(path), &bytes) {
                Ok(m) => Some(m),
                Err(d) => {
                    bad.extend(d.into_iter().map(|d| d.render(lang)));
                    continue;
                }
            },
        };
        let change = match (&old, &new) {
            (_, None) => FileChange::Removed(path),
            (None, Some(n)) => FileChange::Added(n),
            (Some(o), Some(n)) => FileChange::Changed { old: o, new: n },
        };
        lines.push(describe(&change, lang));
    }
    if !bad.is_empty() {
        let mut report = std::mem::take(r);
        report.line(t!(lang, "sync-files-have-errors"));
        for b in bad {
            report.line(format!("  {b}"));
        }
        return Ok(Err(report.end(
            SyncStatus::Failed,
            &t!(lang, "sync-nothing-committed-or-pushed"),
        )));
    }
    let mut add = vec!["add", "-A", "--"];
    add.extend(paths.iter().map(String::as_str));
    git.run(&add)?;
    let msg = message(&lines, lang);
    let mut commit = vec!["commit", "--quiet", "-m", &msg, "--"];
    commit.extend(paths.iter().map(String::as_str));
    if let Err(e) = git.run(&commit) {
        let mut report = std::mem::take(r);
        report.line(t!(lang, "sync-not-synced", error = e.message(lang)));
        return Ok(Err(
            report.end(SyncStatus::Failed, &t!(lang, "sync-nothing-committed"))
        ));
    }
    for l in &lines {
        r.line(t!(lang, "sync-committed", change = l));
    }
    Ok(Ok(()))
}

/// Meeting files in `git status --porcelain -z` output (both names of a rename).
pub fn changed_meeting_files(status: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut entries = status.split('\0').filter(|e| !e.is_empty());
    while let Some(e) = entries.next() {
        let (code, path) = e.split_at(e.len().min(3));
        let mut names = vec![path.to_string()];
        if code.starts_with('R') || code.starts_with('C') {
            names.extend(entries.next().map(str::to_string));
        }
        for n in names {
            let p = Path::new(&n);
            let hidden = p
                .components()
                .any(|c| matches!(c, Component::Normal(s) if s.to_string_lossy().starts_with('.')));
            if is_meeting_file(p) && !hidden && !out.contains(&n) {
                out.push(n);
            }
        }
    }
    out
}
