//! `docket check [DIR]`: every problem on stderr, a summary on stdout.

use super::{CliError, CliResult, meetings_dir};
use crate::cli::CheckArgs;
use docket::i18n::Lang;
use docket::store::{self, Severity};
use docket::t;
use std::process::ExitCode;

pub fn run(args: &CheckArgs, today: chrono::NaiveDate, lang: Lang) -> CliResult {
    let dir = meetings_dir(args.dir.as_deref());
    let mut loaded = store::load_dir(&dir)
        .map_err(|e| CliError::Usage(format!("{e}\n{}", t!(lang, "cli-hint-folder"))))?;
    super::lint_warnings::add(&mut loaded, today, lang);
    for d in &loaded.problems {
        eprintln!("{d}");
    }
    let errors = loaded.bad_file_count();
    let warnings = loaded
        .problems
        .iter()
        .filter(|d| d.severity == Severity::Warning)
        .count();
    let lib = &loaded.library;
    let mut summary = t!(
        lang,
        "cli-check-summary",
        meetings = lib.len(),
        items = lib.item_count(),
        files = errors
    );
    if warnings > 0 {
        summary.push_str(&t!(lang, "cli-check-warnings", count = warnings));
    }
    println!("{summary}");
    let failed = errors > 0 || (args.strict && warnings > 0);
    Ok(if failed {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}
