//! `docket merge BASE OURS THEIRS [PATH]`: git's merge driver protocol (%O %A %B %P). The
//! result goes into OURS; exit 0 when clean, 1 with conflicts marked in OURS.

use super::{CliError, CliResult};
use crate::cli::MergeArgs;
use docket::git::merge::merge_meeting;
use docket::i18n::Lang;
use docket::t;
use std::path::Path;
use std::process::ExitCode;

/// Git reads the lines on stderr; `docket sync` finds them by their `docket merge: PATH: `
/// start (never translated) and shows the rest.
pub fn run(args: &MergeArgs, lang: Lang) -> CliResult {
    let path = args.path.as_deref().unwrap_or(&args.ours);
    let shown = path.display().to_string();
    let shown = docket::sanitize::line(&shown);
    let read = |p: &Path| {
        std::fs::read(p).map_err(|e| {
            CliError::Usage(format!("{}: {}", p.display(), docket::store::plain_io(&e)))
        })
    };
    let (base, ours, theirs) = (read(&args.base)?, read(&args.ours)?, read(&args.theirs)?);
    let merged = match merge_meeting(path, &base, &ours, &theirs) {
        Ok(m) => m,
        Err(why) => {
            let why = t!(lang, "merge-as-text", why = why.message(lang));
            eprintln!("docket merge: {shown}: {why}");
            return text_merge(args, lang);
        }
    };
    std::fs::write(&args.ours, &merged.bytes).map_err(|e| {
        CliError::Failed(t!(
            lang,
            "merge-cannot-write",
            path = args.ours.display().to_string(),
            why = docket::store::IoWhy::of(&e).message(lang)
        ))
    })?;
    if merged.conflicts.is_empty() {
        return Ok(ExitCode::SUCCESS);
    }
    for c in &merged.conflicts {
        eprintln!("docket merge: {shown}: {}", c.message(lang));
    }
    Ok(ExitCode::from(1))
}

/// git's own line-based merge, for files that are not meetings on every side.
fn text_merge(args: &MergeArgs, lang: Lang) -> CliResult {
    let status = std::process::Command::new("git")
        .args(["merge-file", "-L", "ours", "-L", "base", "-L", "theirs"])
        .arg(&args.ours)
        .arg(&args.base)
        .arg(&args.theirs)
        .status()
        .map_err(|e| CliError::Failed(t!(lang, "merge-cannot-run-git", error = e.to_string())))?;
    Ok(match status.code() {
        Some(0) => ExitCode::SUCCESS,
        _ => ExitCode::from(1),
    })
}
