//! The first sync in a clone: docket's merge driver in its config, and the committed
//! `.gitattributes` line that sends meeting files to it.

use super::{Lines, SyncOptions};
use crate::git::run::{Git, GitError};

/// The merge driver in this clone's config, and the `.gitattributes` line (committed) that
/// sends meeting files to it.
pub(super) fn setup(
    git: &Git,
    rel: Option<&str>,
    opts: &SyncOptions,
    r: &mut Lines,
) -> Result<(), GitError> {
    let want = format!("{} merge %O %A %B %P", opts.docket);
    let have = git.run(&["config", "--get", "merge.docket.driver"]).ok();
    if have.as_deref().map(str::trim) != Some(want.as_str()) {
        git.run(&[
            "config",
            "merge.docket.name",
            "docket: meeting files, item by item",
        ])?;
        git.run(&["config", "merge.docket.driver", &want])?;
        let lang = r.lang;
        r.line(match have {
            None => crate::t!(lang, "sync-driver-set-up"),
            Some(_) => crate::t!(lang, "sync-driver-pointed"),
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
    let message = crate::t!(r.lang, "commit-gitattributes");
    git.run(&["commit", "--quiet", "-m", &message, "--", ".gitattributes"])?;
    let added = crate::t!(r.lang, "sync-attributes-added", pattern = pattern);
    r.line(added);
    Ok(())
}
