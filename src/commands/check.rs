//! `docket check [DIR]`: every problem on stderr, a summary on stdout.

use super::{CliResult, meetings_dir};
use crate::cli::CheckArgs;
use docket::store::{self, Severity};
use std::process::ExitCode;

pub fn run(args: &CheckArgs, today: chrono::NaiveDate) -> CliResult {
    let dir = meetings_dir(args.dir.as_deref());
    let mut loaded = store::load_dir(&dir)?;
    loaded
        .problems
        .extend(store::missing_document_warnings(&loaded.library));
    super::lint_warnings::add(&mut loaded, today);
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
    let mut summary = format!(
        "{} {}, {} {}, {} {} with errors",
        lib.len(),
        plural(lib.len(), "meeting", "meetings"),
        lib.item_count(),
        plural(lib.item_count(), "item", "items"),
        errors,
        plural(errors, "file", "files"),
    );
    if warnings > 0 {
        summary.push_str(&format!(
            ", {warnings} {}",
            plural(warnings, "warning", "warnings")
        ));
    }
    println!("{summary}");
    let failed = errors > 0 || (args.strict && warnings > 0);
    Ok(if failed {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

pub fn plural<'a>(n: usize, one: &'a str, many: &'a str) -> &'a str {
    if n == 1 { one } else { many }
}
