//! `docket check [DIR]`: every problem on stderr, a summary on stdout.

use super::{CliResult, meetings_dir};
use crate::cli::CheckArgs;
use docket::store::{self, Severity};
use std::process::ExitCode;

pub fn run(args: &CheckArgs, today: chrono::NaiveDate) -> CliResult {
    let dir = meetings_dir(args.dir.as_deref());
    let mut loaded = store::load_dir(&dir)?;
    add_parked(&mut loaded);
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

/// The series' parked files (`.parked-<series>.toml`, hidden so not loaded as meetings) are
/// checked too: `docket new` reads them.
fn add_parked(loaded: &mut store::Loaded) {
    let mut folders: Vec<&std::path::Path> = loaded
        .library
        .meetings()
        .iter()
        .filter_map(|m| m.path.parent())
        .collect();
    folders.sort();
    folders.dedup();
    let mut problems = Vec::new();
    for folder in folders {
        let Ok(entries) = std::fs::read_dir(folder) else {
            continue;
        };
        let mut parked: Vec<_> = entries
            .flatten()
            .map(|e| e.path())
            .filter(|p| {
                p.file_name()
                    .and_then(|n| n.to_str())
                    .is_some_and(|n| n.starts_with(".parked-") && n.ends_with(".toml"))
            })
            .collect();
        parked.sort();
        for p in parked {
            if let Err(mut d) = store::load_file(&p) {
                problems.append(&mut d);
            }
        }
    }
    loaded.problems.extend(problems);
    loaded
        .problems
        .sort_by(|a, b| a.sort_key().cmp(&b.sort_key()));
}

pub fn plural<'a>(n: usize, one: &'a str, many: &'a str) -> &'a str {
    if n == 1 { one } else { many }
}
