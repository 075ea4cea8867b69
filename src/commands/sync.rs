//! `docket sync [DIR]`: commit, pull and push a shared git repository of meetings.

use super::{CliError, CliResult, meetings_dir};
use crate::cli::SyncArgs;
use docket::git::sync::{SyncOptions, SyncStatus, shell_quote, sync};
use std::process::ExitCode;

pub fn run(args: &SyncArgs) -> CliResult {
    let dir = meetings_dir(args.dir.as_deref());
    if !dir.is_dir() {
        return Err(docket::store::StoreError::NoFolder(dir).into());
    }
    let exe = std::env::current_exe()
        .map_err(|e| CliError::Failed(format!("cannot tell where docket is installed: {e}")))?;
    let opts = SyncOptions {
        docket: shell_quote(&exe),
        prompt: true,
    };
    let report = sync(&dir, &opts).map_err(|e| CliError::Failed(e.to_string()))?;
    let ok = matches!(report.status, SyncStatus::Synced | SyncStatus::LocalOnly);
    for line in &report.lines {
        if ok {
            println!("{line}");
        } else {
            eprintln!("{line}");
        }
    }
    Ok(if ok {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}
