//! `docket new`: draft the next meeting of a series as a new file (or print it).

use super::{CliError, CliResult, meetings_dir};
use crate::cli::NewArgs;
use docket::i18n::Lang;
use docket::prepare::{draft, write};
use docket::store;
use docket::t;
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
    let d = draft::draft(&loaded.library, &args.series, args.date, start)
        .map_err(|e| CliError::Failed(e.to_string()))?;
    let path = args.out.clone().unwrap_or_else(|| {
        dir.join(&args.series)
            .join(format!("{}.toml", args.date.format("%Y-%m-%d")))
    });
    // The draft must load like any meeting file; a failure here is a bug, not bad input.
    if let Err(problems) = store::parse_meeting(&path, d.text.as_bytes()) {
        let msgs: Vec<String> = problems.iter().map(ToString::to_string).collect();
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
    write::write_new(&path, &d.text).map_err(|e| CliError::Failed(e.to_string()))?;
    println!("{}", path.display());
    Ok(ExitCode::SUCCESS)
}
