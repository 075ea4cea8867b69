//! `docket export`: a meeting's minutes, decisions and actions as Markdown or HTML.

use super::pending::resolve_target;
use super::{CliError, CliResult, meetings_dir, today};
use crate::cli::{ExportArgs, ExportFormat};
use docket::model::Target;
use docket::prepare::export::{ExportOptions, html, markdown};
use docket::prepare::write;
use std::path::Path;
use std::process::ExitCode;

pub fn run(args: &ExportArgs, today_arg: Option<chrono::NaiveDate>) -> CliResult {
    let (dir, spec) = match args.args.as_slice() {
        [spec] => (meetings_dir(None), spec.as_str()),
        [dir, spec] => (meetings_dir(Some(Path::new(dir))), spec.as_str()),
        _ => return Err(CliError::Usage("give [DIR] MEETING".into())),
    };
    let loaded = super::load_reporting(&dir)?;
    let lib = &loaded.library;
    let id = match resolve_target(lib, Some(spec), None, today(today_arg))? {
        Target::Meeting(id) => id,
        Target::Planned { date, .. } => {
            return Err(CliError::Usage(format!(
                "no meeting on {date} in {}",
                dir.display()
            )));
        }
    };
    let opts = ExportOptions {
        include_confidential: args.include_confidential,
    };
    let m = lib.meeting(id);
    let text = match args.format {
        ExportFormat::Md => markdown(m, opts),
        ExportFormat::Html => html(m, opts),
    };
    match &args.out {
        Some(out) => {
            write::write_new(out, &text).map_err(|e| CliError::Failed(e.to_string()))?;
            eprintln!("{}", out.display());
        }
        None => print!("{text}"),
    }
    Ok(ExitCode::SUCCESS)
}
