//! `docket export`: minutes with decision and action lists, or the agenda, as Markdown, HTML
//! or Word, in Dutch or English.

use super::pending::resolve_target;
use super::{CliError, CliResult, meetings_dir, today};
use crate::cli::{ExportArgs, ExportFormat};
use docket::export::{ExportOptions, Format, Paper, export};
use docket::i18n::Lang;
use docket::model::Target;
use docket::store::write_new;
use docket::t;
use std::io::{IsTerminal, Write};
use std::path::Path;
use std::process::ExitCode;

pub fn run(args: &ExportArgs, today_arg: Option<chrono::NaiveDate>, lang: Lang) -> CliResult {
    let (dir, spec) = match args.args.as_slice() {
        [spec] => (meetings_dir(None), spec.as_str()),
        [dir, spec] => (meetings_dir(Some(Path::new(dir))), spec.as_str()),
        _ => return Err(CliError::Usage(t!(lang, "cli-export-usage"))),
    };
    let format = match args.format {
        ExportFormat::Md => Format::Markdown,
        ExportFormat::Html => Format::Html,
        ExportFormat::Docx => Format::Docx,
    };
    if format == Format::Docx && args.out.is_none() && std::io::stdout().is_terminal() {
        return Err(CliError::Usage(t!(lang, "cli-export-docx-needs-out")));
    }
    let loaded = super::load_reporting(&dir, lang)?;
    let lib = &loaded.library;
    let id = match resolve_target(lib, Some(spec), None, today(today_arg), lang)? {
        Target::Meeting(id) => id,
        Target::Planned { date, .. } => {
            return Err(CliError::Usage(t!(
                lang,
                "cli-export-no-meeting",
                date = date.to_string(),
                dir = dir.display().to_string()
            )));
        }
    };
    let opts = ExportOptions {
        lang,
        paper: if args.agenda {
            Paper::Agenda
        } else {
            Paper::Minutes
        },
        include_confidential: args.include_confidential,
        timing: args.timing,
    };
    let bytes = export(lib, id, &opts, format).map_err(|e| CliError::Failed(e.message(lang)))?;
    match &args.out {
        Some(out) => {
            write_new(out, &bytes).map_err(|e| super::out_file_error(&e, lang))?;
            eprintln!("{}", out.display());
        }
        None => {
            let mut stdout = std::io::stdout().lock();
            // A closed pipe (`| head`) is the reader's choice, not an error worth a message.
            match stdout.write_all(&bytes).and_then(|()| stdout.flush()) {
                Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => {
                    return Err(CliError::Failed(docket::store::plain_io(&e)));
                }
                _ => {}
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}
