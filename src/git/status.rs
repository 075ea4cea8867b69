//! What the header shows about the repository: how many meeting files are not yet synced
//! (changed here, or committed but not pushed), and the last change someone else made.
//! Reads only the local repository (no network), so it is quick enough to repeat.

use super::run::Git;
use super::sync::changed_meeting_files;
use chrono::{NaiveDateTime, TimeZone};
use std::collections::BTreeSet;
use std::path::Path;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RepoStatus {
    /// Meeting files changed here and not yet pushed.
    pub unsynced: usize,
    /// The newest commit by someone else in this clone's history.
    pub incoming: Option<Incoming>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Incoming {
    pub author: String,
    /// Local time of the commit.
    pub at: NaiveDateTime,
}

/// How many commits back to look for someone else's change.
const LOOK_BACK: &str = "200";

/// The status of the repository holding `dir`, or `None` when it is not in one (or git is
/// missing).
pub fn probe(dir: &Path) -> Option<RepoStatus> {
    let git = Git::new(dir, false);
    git.toplevel().ok()?;
    let mut files: BTreeSet<String> = BTreeSet::new();
    // Paths relative to `dir`'s repository top, as git prints them.
    let status = git
        .run(&[
            "status",
            "--porcelain=v1",
            "-z",
            "--untracked-files=all",
            "--",
            ".",
        ])
        .ok()?;
    files.extend(changed_meeting_files(&status));
    if let Ok(ahead) = git.run(&["diff", "--name-only", "-z", "@{upstream}...HEAD", "--", "."]) {
        files.extend(
            ahead
                .split('\0')
                .filter(|p| crate::store::is_meeting_file(Path::new(p)))
                .map(str::to_string),
        );
    }
    Some(RepoStatus {
        unsynced: files.len(),
        incoming: incoming(&git),
    })
}

fn incoming(git: &Git) -> Option<Incoming> {
    let me = git.run(&["config", "user.email"]).unwrap_or_default();
    let me = me.trim();
    let log = git
        .run(&["log", "-n", LOOK_BACK, "--format=%ae%x1f%an%x1f%ct", "HEAD"])
        .ok()?;
    log.lines().find_map(|line| {
        let mut f = line.split('\x1f');
        let (email, name, time) = (f.next()?, f.next()?, f.next()?);
        if email == me {
            return None;
        }
        let at = chrono::Local
            .timestamp_opt(time.parse().ok()?, 0)
            .single()?
            .naive_local();
        Some(Incoming {
            author: name.to_string(),
            at,
        })
    })
}
