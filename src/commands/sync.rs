//! `docket sync [DIR]`: commit, pull and push a shared git repository of meetings.

use super::{CliError, CliResult, meetings_dir};
use crate::cli::SyncArgs;
use docket::git::sync::{SyncOptions, SyncStatus, shell_quote, sync};
use docket::i18n::Lang;
use docket::t;
use std::io::Write;
use std::process::ExitCode;

pub fn run(args: &SyncArgs, lang: Lang) -> CliResult {
    let dir = meetings_dir(args.dir.as_deref());
    if !dir.is_dir() {
        return Err(super::folder_error(
            &docket::store::StoreError::NoFolder(dir),
            lang,
        ));
    }
    let exe = std::env::current_exe()
        .map_err(|e| CliError::Failed(t!(lang, "sync-no-docket", error = e.to_string())))?;
    let opts = SyncOptions {
        docket: shell_quote(&exe),
        prompt: true,
        lang,
    };
    let report = sync(&dir, &opts).map_err(|e| CliError::Failed(e.message(lang)))?;
    let ok = matches!(report.status, SyncStatus::Synced | SyncStatus::LocalOnly);
    let text: String = report.lines.iter().map(|l| format!("{l}\n")).collect();
    // The sync is done whatever happens to the output: a closed pipe is not worth a panic.
    let _ = if ok {
        std::io::stdout().write_all(text.as_bytes())
    } else {
        std::io::stderr().write_all(text.as_bytes())
    };
    Ok(if ok {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}
