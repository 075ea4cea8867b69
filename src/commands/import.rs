//! `docket import`: a Markdown report becomes a meeting file to review.

use super::{CliError, CliResult};
use crate::cli::ImportArgs;
use docket::i18n::Lang;
use docket::prepare::import::{ImportOptions, import};
use docket::prepare::topics::KnownTopics;
use docket::sanitize;
use docket::store;
use docket::store::write_new;
use docket::t;
use std::process::ExitCode;

pub fn run(args: &ImportArgs, lang: Lang) -> CliResult {
    let bytes = store::read_file(&args.report).map_err(|d| CliError::Failed(d.render(lang)))?;
    let text = String::from_utf8(bytes).map_err(|_| {
        CliError::Failed(t!(
            lang,
            "cli-not-utf8",
            path = args.report.display().to_string()
        ))
    })?;
    let known = match &args.into {
        Some(dir) => {
            let loaded = super::load_reporting(dir, lang)?;
            Some(KnownTopics::from_library(&loaded.library))
        }
        None => None,
    };
    let opts = ImportOptions {
        known,
        series: args.series.clone(),
        date: args.date,
        source_name: args
            .report
            .file_name()
            .map(|n| n.to_string_lossy().into_owned()),
    };
    let imported = import(&text, &opts)
        .map_err(|e| CliError::Failed(format!("{}: {}", args.report.display(), e.message(lang))))?;
    let check_path = args.out.clone().unwrap_or_else(|| "imported.toml".into());
    if let Err(problems) = store::parse_meeting(&check_path, imported.text.as_bytes()) {
        let msgs: Vec<String> = problems.iter().map(|d| d.render(lang)).collect();
        return Err(CliError::Failed(format!(
            "{}\n{}",
            t!(lang, "cli-import-bug"),
            msgs.join("\n")
        )));
    }
    for line in imported.summary(lang) {
        eprintln!("docket import: {}", sanitize::line(&line));
    }
    match &args.out {
        Some(out) => {
            write_new(out, &imported.text).map_err(|e| super::out_file_error(&e, lang))?;
            println!("{}", out.display());
        }
        None => print!("{}", imported.text),
    }
    Ok(ExitCode::SUCCESS)
}
