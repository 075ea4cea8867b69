//! `docket man [COMMAND]`: the manual page, generated from the same clap definitions as
//! `--help`, so the two cannot drift apart.

use super::{CliError, CliResult};
use crate::cli::ManArgs;
use docket::i18n::Lang;
use std::io::Write;
use std::process::ExitCode;

/// The page in `lang`, from the same (translated) definitions as `--help` in `lang`.
pub fn run(args: &ManArgs, lang: Lang) -> CliResult {
    let mut cli = crate::help::command(lang);
    cli.build();
    let page = match &args.command {
        None => cli,
        Some(name) => {
            let Some(sub) = cli.find_subcommand(name) else {
                let names: Vec<&str> = cli.get_subcommands().map(|c| c.get_name()).collect();
                let names = names.join(", ");
                return Err(CliError::Usage(docket::t!(
                    lang,
                    "cli-man-no-command",
                    name = name,
                    names = names
                )));
            };
            let full = format!("docket-{}", sub.get_name());
            sub.clone()
                .name(full.clone())
                .bin_name(full.replace('-', " "))
        }
    };
    let mut out = Vec::new();
    clap_mangen::Man::new(page)
        .render(&mut out)
        .map_err(|e| CliError::Failed(e.to_string()))?;
    let page = crate::help::man_headings(&String::from_utf8_lossy(&out), lang);
    write_all(page.as_bytes())
        .or_else(|e| {
            if e.kind() == std::io::ErrorKind::BrokenPipe {
                Ok(())
            } else {
                Err(e)
            }
        })
        .map_err(|e| CliError::Failed(e.to_string()))?;
    Ok(ExitCode::SUCCESS)
}

/// Writes to stdout; a closed pipe (`docket man | head`) is then not an error.
fn write_all(out: &[u8]) -> std::io::Result<()> {
    let mut stdout = std::io::stdout().lock();
    stdout.write_all(out)?;
    stdout.flush()
}
