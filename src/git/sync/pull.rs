//! Where the branch syncs to, and merging what others pushed (undone on a conflict).

use super::{Lines, SyncReport, SyncStatus, in_progress};
use crate::git::run::{Git, GitError, failed};
use crate::i18n::Lang;
use crate::store::parse_meeting;
use crate::t;
use std::path::Path;

/// Where the branch syncs to.
pub(super) struct Upstream {
    pub remote: String,
    pub branch: String,
    /// `refs/remotes/<remote>/<branch>`.
    pub tracking: String,
    /// Whether the branch already tracks it (else the first push sets it).
    pub configured: bool,
}

impl Upstream {
    pub fn has_tracking(&self, git: &Git) -> Result<bool, GitError> {
        git.ok(&["rev-parse", "-q", "--verify", &self.tracking])
    }
}

pub(super) fn upstream(git: &Git) -> Result<Option<Upstream>, GitError> {
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

pub(super) fn has_commits(git: &Git) -> Result<bool, GitError> {
    git.ok(&["rev-parse", "-q", "--verify", "HEAD"])
}

/// Merges what others pushed. `Some(report)` when it could not (a conflict, or git refused);
/// the repository is then as it was before.
pub(super) fn merge_incoming(
    git: &Git,
    up: &Upstream,
    r: &mut Lines,
) -> Result<Option<SyncReport>, GitError> {
    if !up.has_tracking(git)? || git.ok(&["merge-base", "--is-ancestor", &up.tracking, "HEAD"])? {
        return Ok(None);
    }
    let incoming = git.run(&["log", "--format=%an: %s", &format!("HEAD..{}", up.tracking)])?;
    let args = ["merge", "--no-edit", up.tracking.as_str()];
    let out = git.output(&args)?;
    if out.status.success() {
        let n = incoming.lines().count();
        r.line(t!(r.lang, "sync-brought-in", count = n));
        for l in incoming.lines().take(5) {
            r.line(format!("  {l}"));
        }
        return Ok(None);
    }
    // The driver's lines (on stderr) first, so git's own line for the same file is left out.
    let text = format!(
        "{}\n{}",
        String::from_utf8_lossy(&out.stderr),
        String::from_utf8_lossy(&out.stdout)
    );
    let merging = in_progress(git)?;
    if merging {
        git.run(&["merge", "--abort"])?;
    }
    let mut report = std::mem::take(r);
    let lang = report.lang;
    if !merging {
        let error = failed(&args, &out).message(lang);
        report.line(t!(lang, "sync-not-synced", error = error));
        return Ok(Some(
            report.end(SyncStatus::Failed, &t!(lang, "sync-nothing-merged-kept")),
        ));
    }
    report.line(t!(lang, "sync-conflict-intro"));
    for conflict in conflicts(git, &text, lang) {
        report.line(format!("  {conflict}"));
    }
    report.line(t!(lang, "sync-nothing-merged-as-before"));
    report.line(t!(lang, "sync-to-resolve", branch = short(&up.tracking)));
    Ok(Some(
        report.end(SyncStatus::Conflict, &t!(lang, "sync-conflict-end")),
    ))
}

/// The conflicts in git's merge output: docket's own lines, named by meeting, and git's
/// CONFLICT lines for files docket did not merge.
fn conflicts(git: &Git, output: &str, lang: Lang) -> Vec<String> {
    let mut out = Vec::new();
    for line in output.lines() {
        if let Some(rest) = line.strip_prefix("docket merge: ") {
            let (path, what) = rest.split_once(": ").unwrap_or((rest, ""));
            let name = git
                .run(&["show", &format!("HEAD:{path}")])
                .ok()
                .and_then(|s| parse_meeting(Path::new(path), s.as_bytes()).ok())
                .map(|m| format!("{} ({path})", crate::git::summary::name(&m)))
                .unwrap_or_else(|| path.to_string());
            out.push(format!("{name}: {what}"));
        } else if let Some((_, path)) = line.split_once("Merge conflict in ")
            && line.starts_with("CONFLICT")
        {
            if !out.iter().any(|o| o.contains(&format!("({path})"))) {
                out.push(t!(lang, "sync-conflicting-lines", path = path));
            }
        } else if line.starts_with("CONFLICT") {
            out.push(line.to_string());
        }
    }
    out
}

fn short(tracking: &str) -> &str {
    tracking.strip_prefix("refs/remotes/").unwrap_or(tracking)
}
