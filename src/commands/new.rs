//! `docket new`: draft the next meeting of a series as a new file (or print it).

use super::{CliError, CliResult, meetings_dir};
use crate::cli::NewArgs;
use docket::i18n::Lang;
use docket::prepare::{draft, parked};
use docket::store;
use docket::store::write_new;
use docket::t;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

pub fn run(args: &NewArgs, lang: Lang) -> CliResult {
    let dir = meetings_dir(args.dir.as_deref());
    let loaded = super::load_reporting(&dir, lang)?;
    let start = match &args.start {
        Some(s) => Some(
            store::parse_clock(s)
                .ok_or_else(|| CliError::Usage(t!(lang, "cli-new-bad-start", start = s)))?,
        ),
        None => None,
    };
    // The series' newest file says where its files live (and so where parked items wait).
    let newest = loaded
        .library
        .series_meetings(&args.series)
        .iter()
        .rev()
        .map(|&id| loaded.library.meeting(id))
        .find(|m| m.date < args.date)
        .map(|m| (m.path.clone(), m.date));
    let parked_path = newest
        .as_ref()
        .map(|(p, _)| parked::path_for(p, &args.series));
    let waiting = match &parked_path {
        Some(p) => parked::read(p).map_err(|e| CliError::Failed(e.message(lang)))?,
        None => Vec::new(),
    };
    let d = draft::draft(
        &loaded.library,
        &args.series,
        args.date,
        start,
        &waiting,
        lang,
    )
    .map_err(|e| CliError::Failed(e.message(lang)))?;
    let path = args.out.clone().unwrap_or_else(|| match &newest {
        Some((prev, was)) => next_to(prev, *was, args.date),
        None => dir.join(format!("{}.toml", args.date.format("%Y-%m-%d"))),
    });
    // The draft must load like any meeting file; a failure here is a bug, not bad input.
    if let Err(problems) = store::parse_meeting(&path, d.text.as_bytes()) {
        let msgs: Vec<String> = problems.iter().map(|d| d.render(lang)).collect();
        return Err(CliError::Failed(format!(
            "{}\n{}",
            t!(lang, "cli-new-bug"),
            msgs.join("\n")
        )));
    }
    if args.dry_run {
        print!("{}", d.text);
        return Ok(ExitCode::SUCCESS);
    }
    write_new(&path, &d.text).map_err(|e| CliError::Failed(e.message(lang)))?;
    println!("{}", path.display());
    if let Some(pp) = parked_path
        && !waiting.is_empty()
    {
        // The parked items are on the draft now: they wait no longer.
        if let Err(e) = std::fs::remove_file(&pp) {
            eprintln!(
                "docket: warning: {}: the parked items are on the draft but the file could not be removed: {}",
                pp.display(),
                store::plain_io(&e)
            );
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// The path of a new meeting on `date` next to `prev` (held on `old`), named as `prev` is: its date in the
/// name (2024-03-13, 20240313 or 2024_03_13) replaced by the new one; else `<date>.toml`.
fn next_to(prev: &Path, old: chrono::NaiveDate, date: chrono::NaiveDate) -> PathBuf {
    let folder = prev.parent().unwrap_or(Path::new("."));
    let name = prev.file_name().and_then(|n| n.to_str()).unwrap_or("");
    let fallback = folder.join(format!("{}.toml", date.format("%Y-%m-%d")));
    for f in ["%Y-%m-%d", "%Y%m%d", "%Y_%m_%d"] {
        let was = old.format(f).to_string();
        if name.contains(&was) {
            return folder.join(name.replacen(&was, &date.format(f).to_string(), 1));
        }
    }
    fallback
}
