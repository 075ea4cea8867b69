//! `docket sync`: commit the changed meeting files, bring in everyone else's changes, push.
//! For a person who does not know git, so it sets docket's merge driver up the first time,
//! never leaves the repository in the middle of a merge, and says what it did in plain words.
//!
//! It pulls by merging, not rebasing: a merge runs the driver once per file with "ours"
//! being the person's own version (a rebase replays each local commit with the sides
//! swapped, so conflict markers would call their own text "theirs"), it never rewrites the
//! person's commits, and `git merge --abort` puts everything back in one step.

mod commit;
mod pull;
mod setup;

pub use commit::changed_meeting_files;

use super::run::{Git, GitError, failed};
use crate::i18n::Lang;
use crate::t;
use commit::commit_changes;
use pull::{has_commits, merge_incoming, upstream};
use setup::setup;
use std::path::Path;

/// How `docket sync` runs.
#[derive(Debug, Clone)]
pub struct SyncOptions {
    /// The command that runs docket's merge driver, ready for a shell (`'/usr/bin/docket'`);
    /// ` merge %O %A %B %P` is appended.
    pub docket: String,
    /// Whether git may ask for a password on the terminal.
    pub prompt: bool,
    /// The language of the report and of the commit messages.
    pub lang: Lang,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SyncStatus {
    /// Everything is committed, pulled and pushed.
    Synced,
    /// Committed here; the repository has no remote.
    LocalOnly,
    /// Others' changes conflict with ours; the repository is as before the pull.
    Conflict,
    /// Something failed (network, remote, a hook, a bad file); nothing was lost.
    Failed,
}

#[derive(Debug, Clone)]
pub struct SyncReport {
    pub status: SyncStatus,
    /// What was done, one line each, for a person.
    pub lines: Vec<String>,
    /// One line for a status bar.
    pub summary: String,
}

const ATTEMPTS: usize = 3;

/// Syncs the repository holding `dir` (a folder of meeting files). Only a missing git or a
/// folder outside any repository is an `Err`; every other failure is a report.
pub fn sync(dir: &Path, opts: &SyncOptions) -> Result<SyncReport, GitError> {
    let top = Git::new(dir, opts.prompt).toplevel()?;
    let git = Git::new(&top, opts.prompt);
    let rel = relative(dir, &top);
    let mut r = Lines::new(opts.lang);
    let lang = opts.lang;
    if in_progress(&git)? {
        return Ok(r.end(SyncStatus::Failed, &t!(lang, "sync-merge-in-progress")));
    }
    if has_commits(&git)? && !git.ok(&["symbolic-ref", "-q", "HEAD"])? {
        return Ok(r.end(SyncStatus::Failed, &t!(lang, "sync-detached")));
    }
    setup(&git, rel.as_deref(), opts, &mut r)?;
    if let Err(report) = commit_changes(&git, rel.as_deref(), &mut r)? {
        return Ok(report);
    }
    let Some(up) = upstream(&git)? else {
        return Ok(r.end(SyncStatus::LocalOnly, &t!(lang, "sync-local-only")));
    };
    pull_and_push(&git, &up, r)
}

/// Brings in others' changes and pushes; a push refused because someone pushed meanwhile is
/// retried after bringing in their change.
fn pull_and_push(git: &Git, up: &pull::Upstream, mut r: Lines) -> Result<SyncReport, GitError> {
    let lang = r.lang;
    for attempt in 1..=ATTEMPTS {
        if let Err(e) = git.run(&["fetch", "--quiet", &up.remote]) {
            return Ok(r.end(SyncStatus::Failed, &not_reached(&e, lang)));
        }
        if let Some(report) = merge_incoming(git, up, &mut r)? {
            return Ok(report);
        }
        if !up.has_tracking(git)? && !has_commits(git)? {
            return Ok(r.end(SyncStatus::Synced, &t!(lang, "sync-nothing-yet")));
        }
        if up.has_tracking(git)?
            && git.ok(&["merge-base", "--is-ancestor", "HEAD", &up.tracking])?
        {
            return Ok(r.end(SyncStatus::Synced, &t!(lang, "sync-up-to-date")));
        }
        let mut args = vec!["push", "--quiet"];
        if !up.configured {
            args.push("--set-upstream");
        }
        let refspec = format!("HEAD:refs/heads/{}", up.branch);
        args.extend([up.remote.as_str(), refspec.as_str()]);
        let out = git.output(&args)?;
        if out.status.success() {
            let pushed = t!(lang, "sync-pushed", remote = &up.remote);
            return Ok(r.end(SyncStatus::Synced, &pushed));
        }
        let err = failed(&args, &out);
        // Refused because someone pushed meanwhile: bring in their change and try again.
        let behind = git.run(&["fetch", "--quiet", &up.remote]).is_ok()
            && up.has_tracking(git)?
            && !git.ok(&["merge-base", "--is-ancestor", &up.tracking, "HEAD"])?;
        if !behind || attempt == ATTEMPTS {
            return Ok(r.end(SyncStatus::Failed, &not_reached(&err, lang)));
        }
        r.line(t!(lang, "sync-push-retry"));
    }
    Ok(r.end(SyncStatus::Failed, &t!(lang, "sync-remote-kept-changing")))
}

fn not_reached(e: &GitError, lang: Lang) -> String {
    format!(
        "{}\n{}",
        t!(lang, "sync-not-synced", error = e.message(lang)),
        t!(lang, "sync-nothing-lost")
    )
}

/// The report as it is built, in one language.
#[derive(Default)]
struct Lines {
    lines: Vec<String>,
    lang: Lang,
}

impl Lines {
    fn new(lang: Lang) -> Self {
        Lines {
            lines: Vec::new(),
            lang,
        }
    }

    /// Adds a line for the terminal: others' commit messages and a remote's words pass
    /// through the display sanitiser like any text from files.
    fn line(&mut self, s: impl Into<String>) {
        let s = s.into();
        self.lines.push(crate::sanitize::block(&s).into_owned());
    }

    fn end(mut self, status: SyncStatus, last: &str) -> SyncReport {
        let first = last.lines().next().unwrap_or_default();
        let summary = crate::sanitize::line(first).into_owned();
        self.line(last);
        SyncReport {
            status,
            lines: self.lines,
            summary,
        }
    }
}

/// The folder relative to the repository's top, when it can be named in a pattern.
fn relative(dir: &Path, top: &Path) -> Option<String> {
    let dir = std::fs::canonicalize(dir).ok()?;
    let top = std::fs::canonicalize(top).ok()?;
    let rel = dir.strip_prefix(&top).ok()?;
    let s = rel.to_str()?.to_string();
    let plain = s
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || matches!(c, '/' | '-' | '_' | '.'));
    plain.then_some(s)
}

fn in_progress(git: &Git) -> Result<bool, GitError> {
    for head in ["MERGE_HEAD", "REBASE_HEAD", "CHERRY_PICK_HEAD"] {
        if git.ok(&["rev-parse", "-q", "--verify", head])? {
            return Ok(true);
        }
    }
    Ok(false)
}

/// The path of this program, quoted for the shell that runs a merge driver.
pub fn shell_quote(path: &Path) -> String {
    format!("'{}'", path.to_string_lossy().replace('\'', r"'\''"))
}
