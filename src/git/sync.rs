//! `docket sync`: commit the changed meeting files, bring in everyone else's changes, push.
//! For a person who does not know git, so it sets docket's merge driver up the first time,
//! never leaves the repository in the middle of a merge, and says what it did in plain words.
//!
//! It pulls by merging, not rebasing: a merge runs the driver once per file with "ours"
//! being the person's own version (a rebase replays each local commit with the sides
//! swapped, so conflict markers would call their own text "theirs"), it never rewrites the
//! person's commits, and `git merge --abort` puts everything back in one step.

use super::run::{Git, GitError, failed};
use super::summary::{FileChange, describe, message};
use crate::store::{is_meeting_file, parse_meeting};
use std::path::{Component, Path};

/// How `docket sync` runs.
#[derive(Debug, Clone)]
pub struct SyncOptions {
    /// The command that runs docket's merge driver, ready for a shell (`'/usr/bin/docket'`);
    /// ` merge %O %A %B %P` is appended.
    pub docket: String,
    /// Whether git may ask for a password on the terminal.
    pub prompt: bool,
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
    let mut r = Lines::default();
    if in_progress(&git)? {
        return Ok(r.end(
            SyncStatus::Failed,
            "not synced: a merge is already in progress here; finish it (git add, git commit) \
             or undo it with `git merge --abort`, then sync again (docs/team.md)",
        ));
    }
    if has_commits(&git)? && !git.ok(&["symbolic-ref", "-q", "HEAD"])? {
        return Ok(r.end(
            SyncStatus::Failed,
            "not synced: the repository is not on a branch (a detached HEAD); \
             `git switch main` (or your branch) first; nothing was changed",
        ));
    }
    setup(&git, rel.as_deref(), opts, &mut r)?;
    if let Err(report) = commit_changes(&git, rel.as_deref(), &mut r)? {
        return Ok(report);
    }
    let Some(up) = upstream(&git)? else {
        return Ok(r.end(
            SyncStatus::LocalOnly,
            "committed here; this repository has no remote to sync with",
        ));
    };
    for attempt in 1..=ATTEMPTS {
        if let Err(e) = git.run(&["fetch", "--quiet", &up.remote]) {
            return Ok(r.end(SyncStatus::Failed, &not_reached(&e)));
        }
        if let Some(report) = merge_incoming(&git, &up, &mut r)? {
            return Ok(report);
        }
        if !up.has_tracking(&git)? && !has_commits(&git)? {
            return Ok(r.end(SyncStatus::Synced, "nothing to sync yet"));
        }
        if up.has_tracking(&git)?
            && git.ok(&["merge-base", "--is-ancestor", "HEAD", &up.tracking])?
        {
            return Ok(r.end(SyncStatus::Synced, "synced: up to date"));
        }
        let mut args = vec!["push", "--quiet"];
        if !up.configured {
            args.push("--set-upstream");
        }
        let refspec = format!("HEAD:refs/heads/{}", up.branch);
        args.extend([up.remote.as_str(), refspec.as_str()]);
        let out = git.output(&args)?;
        if out.status.success() {
            return Ok(r.end(
                SyncStatus::Synced,
                &format!("synced: pushed to {}", up.remote),
            ));
        }
        let err = failed(&args, &out);
        // Refused because someone pushed meanwhile: bring in their change and try again.
        let behind = git.run(&["fetch", "--quiet", &up.remote]).is_ok()
            && up.has_tracking(&git)?
            && !git.ok(&["merge-base", "--is-ancestor", &up.tracking, "HEAD"])?;
        if !behind || attempt == ATTEMPTS {
            return Ok(r.end(SyncStatus::Failed, &not_reached(&err)));
        }
        r.line("the push was refused because someone else pushed meanwhile; bringing in their change and trying again");
    }
    Ok(r.end(
        SyncStatus::Failed,
        "not synced: the remote kept changing; try again",
    ))
}

fn not_reached(e: &GitError) -> String {
    format!(
        "not synced: {e}\nyour changes are committed here and nothing is lost; sync again when the remote can be reached"
    )
}

#[derive(Default)]
struct Lines(Vec<String>);

impl Lines {
    fn line(&mut self, s: impl Into<String>) {
        self.0.push(s.into());
    }

    fn end(mut self, status: SyncStatus, last: &str) -> SyncReport {
        let summary = last.lines().next().unwrap_or_default().to_string();
        self.line(last);
        SyncReport {
            status,
            lines: self.0,
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

/// The merge driver in this clone's config, and the `.gitattributes` line (committed) that
/// sends meeting files to it.
fn setup(git: &Git, rel: Option<&str>, opts: &SyncOptions, r: &mut Lines) -> Result<(), GitError> {
    let want = format!("{} merge %O %A %B %P", opts.docket);
    let have = git.run(&["config", "--get", "merge.docket.driver"]).ok();
    if have.as_deref().map(str::trim) != Some(want.as_str()) {
        git.run(&[
            "config",
            "merge.docket.name",
            "docket: meeting files, item by item",
        ])?;
        git.run(&["config", "merge.docket.driver", &want])?;
        r.line(match have {
            None => {
                "set up docket's merge driver for this clone (merge.docket.driver in .git/config)"
            }
            Some(_) => {
                "pointed docket's merge driver at this docket (merge.docket.driver in .git/config)"
            }
        });
    }
    let pattern = match rel {
        Some(rel) if !rel.is_empty() => format!("{rel}/**/*.toml"),
        _ => "*.toml".to_string(),
    };
    let probe = pattern.replace("**/*", "x");
    let attr = git.run(&["check-attr", "merge", "--", &probe])?;
    if attr.trim_end().ends_with(": docket") {
        return Ok(());
    }
    let path = git.dir().join(".gitattributes");
    let mut text = std::fs::read_to_string(&path).unwrap_or_default();
    if !text.is_empty() && !text.ends_with('\n') {
        text.push('\n');
    }
    text.push_str(&format!("{pattern} merge=docket\n"));
    std::fs::write(&path, text).map_err(|e| GitError::Failed {
        args: "setup".into(),
        message: format!("cannot write .gitattributes: {e}"),
    })?;
    git.run(&["add", "--", ".gitattributes"])?;
    git.run(&[
        "commit",
        "--quiet",
        "-m",
        "docket: merge meeting files item by item",
        "--",
        ".gitattributes",
    ])?;
    r.line(format!(
        "added `{pattern} merge=docket` to .gitattributes and committed it, so meeting files are merged item by item"
    ));
    Ok(())
}

/// Commits every changed meeting file below the folder, with a message naming them. A file
/// with errors stops the sync before anything is committed.
fn commit_changes(
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
                    bad.extend(d.into_iter().map(|d| d.to_string()));
                    continue;
                }
            },
        };
        let change = match (&old, &new) {
            (_, None) => FileChange::Removed(path),
            (None, Some(n)) => FileChange::Added(n),
            (Some(o), Some(n)) => FileChange::Changed { old: o, new: n },
        };
        lines.push(describe(&change));
    }
    if !bad.is_empty() {
        let mut report = std::mem::take(r);
        report.line("not synced: these meeting files have errors; fix them first (`docket check` shows the same):");
        for b in bad {
            report.line(format!("  {b}"));
        }
        return Ok(Err(
            report.end(SyncStatus::Failed, "nothing was committed or pushed")
        ));
    }
    let mut add = vec!["add", "-A", "--"];
    add.extend(paths.iter().map(String::as_str));
    git.run(&add)?;
    let msg = message(&lines);
    let mut commit = vec!["commit", "--quiet", "-m", &msg, "--"];
    commit.extend(paths.iter().map(String::as_str));
    if let Err(e) = git.run(&commit) {
        let mut report = std::mem::take(r);
        report.line(format!("not synced: {e}"));
        return Ok(Err(report.end(
            SyncStatus::Failed,
            "nothing was committed; your files are as they were",
        )));
    }
    for l in &lines {
        r.line(format!("committed {l}"));
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

/// Where the branch syncs to.
struct Upstream {
    remote: String,
    branch: String,
    /// `refs/remotes/<remote>/<branch>`.
    tracking: String,
    /// Whether the branch already tracks it (else the first push sets it).
    configured: bool,
}

impl Upstream {
    fn has_tracking(&self, git: &Git) -> Result<bool, GitError> {
        git.ok(&["rev-parse", "-q", "--verify", &self.tracking])
    }
}

fn upstream(git: &Git) -> Result<Option<Upstream>, GitError> {
    let Ok(branch) = git.run(&["symbolic-ref", "--short", "-q", "HEAD"]) else {
        return Ok(None);
    };
    let branch = branch.trim().to_string();
    let config = |key: &str| {
        git.run(&["config", "--get", &format!("branch.{branch}.{key}")])
            .ok()
            .map(|s| s.trim().to_string())
    };
    if let (Some(remote), Some(merge)) = (config("remote"), config("merge"))
        && remote != "."
    {
        let name = merge
            .strip_prefix("refs/heads/")
            .unwrap_or(&merge)
            .to_string();
        return Ok(Some(Upstream {
            tracking: format!("refs/remotes/{remote}/{name}"),
            remote,
            branch: name,
            configured: true,
        }));
    }
    let remotes = git.run(&["remote"])?;
    let remotes: Vec<&str> = remotes.lines().collect();
    let remote = match remotes.as_slice() {
        [] => return Ok(None),
        [one] => one.to_string(),
        more if more.contains(&"origin") => "origin".to_string(),
        _ => return Ok(None),
    };
    Ok(Some(Upstream {
        tracking: format!("refs/remotes/{remote}/{branch}"),
        remote,
        branch,
        configured: false,
    }))
}

fn has_commits(git: &Git) -> Result<bool, GitError> {
    git.ok(&["rev-parse", "-q", "--verify", "HEAD"])
}

/// Merges what others pushed. `Some(report)` when it could not (a conflict, or git refused);
/// the repository is then as it was before.
fn merge_incoming(git: &Git, up: &Upstream, r: &mut Lines) -> Result<Option<SyncReport>, GitError> {
    if !up.has_tracking(git)? || git.ok(&["merge-base", "--is-ancestor", &up.tracking, "HEAD"])? {
        return Ok(None);
    }
    let incoming = git.run(&["log", "--format=%an: %s", &format!("HEAD..{}", up.tracking)])?;
    let args = ["merge", "--no-edit", up.tracking.as_str()];
    let out = git.output(&args)?;
    if out.status.success() {
        let n = incoming.lines().count();
        r.line(format!(
            "brought in {n} change{} from others:",
            if n == 1 { "" } else { "s" }
        ));
        for l in incoming.lines().take(5) {
            r.line(format!("  {l}"));
        }
        return Ok(None);
    }
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    let merging = in_progress(git)?;
    if merging {
        git.run(&["merge", "--abort"])?;
    }
    let mut report = std::mem::take(r);
    if !merging {
        report.line(format!("not synced: {}", failed(&args, &out)));
        return Ok(Some(report.end(
            SyncStatus::Failed,
            "nothing was merged; your commit is kept here",
        )));
    }
    report.line("not synced: your change and someone else's change conflict:");
    for conflict in conflicts(git, &text) {
        report.line(format!("  {conflict}"));
    }
    report.line(
        "nothing was merged: the repository is as it was before, with your change in your own commit (not pushed)",
    );
    report.line(format!(
        "to resolve: run `git merge {}`, edit each file where `docket check` points at the <<<<<<< markers \
         (keep the right lines, delete the markers), then `git commit -a` and `docket sync` again (docs/team.md)",
        short(&up.tracking)
    ));
    Ok(Some(report.end(
        SyncStatus::Conflict,
        "conflict: nothing was merged or pushed; see above to resolve it",
    )))
}

/// The conflicts in git's merge output: docket's own lines, named by meeting, and git's
/// CONFLICT lines for files docket did not merge.
fn conflicts(git: &Git, output: &str) -> Vec<String> {
    let mut out = Vec::new();
    for line in output.lines() {
        if let Some(rest) = line.strip_prefix("docket merge: ") {
            let (path, what) = rest.split_once(": ").unwrap_or((rest, ""));
            let name = git
                .run(&["show", &format!("HEAD:{path}")])
                .ok()
                .and_then(|s| parse_meeting(Path::new(path), s.as_bytes()).ok())
                .map(|m| format!("{} ({path})", super::summary::name(&m)))
                .unwrap_or_else(|| path.to_string());
            out.push(format!("{name}: {what}"));
        } else if line.starts_with("CONFLICT") && !line.contains("Merge conflict in") {
            out.push(line.to_string());
        } else if let Some(path) = line.strip_prefix("CONFLICT (content): Merge conflict in ")
            && !out.iter().any(|o| o.contains(path))
        {
            out.push(format!("{path}: conflicting lines"));
        }
    }
    out
}

fn short(tracking: &str) -> &str {
    tracking.strip_prefix("refs/remotes/").unwrap_or(tracking)
}

/// The path of this program, quoted for the shell that runs a merge driver.
pub fn shell_quote(path: &Path) -> String {
    format!("'{}'", path.to_string_lossy().replace('\'', r"'\''"))
}
