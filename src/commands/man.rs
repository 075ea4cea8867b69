//! `docket man [COMMAND]`: the manual page, generated from the same clap definitions as
//! `--help`, so the two cannot drift apart.

use super::{CliError, CliResult};
use crate::cli::{Cli, ManArgs};
use clap::CommandFactory;
use std::io::Write;
use std::process::ExitCode;

pub fn run(args: &ManArgs) -> CliResult {
    let mut cli = Cli::command();
    cli.build();
    let page = match &args.command {
        None => cli,
        Some(name) => {
            let Some(sub) = cli.find_subcommand(name) else {
                let names: Vec<&str> = cli.get_subcommands().map(|c| c.get_name()).collect();
                return Err(CliError::Usage(format!(
                    "no command `{name}`; one of: {}",
                    names.join(", ")
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
    write_all(&out)
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
