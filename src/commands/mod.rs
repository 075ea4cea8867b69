//! The shell commands. Each returns an exit status or a `CliError` for the binary to report.

pub mod check;
pub mod export;
pub mod import;
pub mod lint_warnings;
pub mod man;
pub mod meeting_arg;
pub mod merge;
pub mod new;
pub mod open;
pub mod pending;
pub mod search;
pub mod sync;

use docket::i18n::Lang;
use docket::t;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// An error the binary reports on stderr, with its exit status.
#[derive(Debug, thiserror::Error)]
pub enum CliError {
    /// Bad usage or a missing folder: exit 2.
    #[error("{0}")]
    Usage(String),
    /// The command could not do its job: exit 1.
    #[error("{0}")]
    Failed(String),
}

impl CliError {
    pub fn exit_code(&self) -> ExitCode {
        match self {
            CliError::Usage(_) => ExitCode::from(2),
            CliError::Failed(_) => ExitCode::from(1),
        }
    }
}

pub type CliResult = Result<ExitCode, CliError>;

/// The folder to use: the one given, else ./meetings.
pub fn meetings_dir(dir: Option<&Path>) -> PathBuf {
    dir.map_or_else(|| PathBuf::from("meetings"), Path::to_path_buf)
}

pub fn today(given: Option<chrono::NaiveDate>) -> chrono::NaiveDate {
    given.unwrap_or_else(|| chrono::Local::now().date_naive())
}

/// Loads the folder for a command that works on the good files: the bad ones are counted on
/// stderr with a pointer to `docket check`.
pub fn load_reporting(dir: &Path, lang: Lang) -> Result<docket::store::Loaded, CliError> {
    let loaded = docket::store::load_dir(dir).map_err(|e| folder_error(&e, lang))?;
    report_bad_files(loaded, lang)
}

/// `load_reporting` through the load cache (`DOCKET_CACHE=off` turns it off).
pub fn load_reporting_cached(dir: &Path, lang: Lang) -> Result<docket::store::Loaded, CliError> {
    let loaded = match docket::store::cache::default_dir() {
        Some(cache) => {
            docket::store::load_dir_cached(dir, &cache)
                .map_err(|e| folder_error(&e, lang))?
                .0
        }
        None => docket::store::load_dir(dir).map_err(|e| folder_error(&e, lang))?,
    };
    report_bad_files(loaded, lang)
}

/// A file `--out` names that could not be created; when it exists, how to go on.
pub fn out_file_error(e: &docket::store::NewFileError, lang: Lang) -> CliError {
    match e {
        docket::store::NewFileError::Exists(_) => CliError::Failed(format!(
            "{} ({})",
            e.message(lang),
            t!(lang, "cli-hint-other-out")
        )),
        _ => CliError::Failed(e.message(lang)),
    }
}

/// A folder that cannot be read, with a hint in the user's language.
pub fn folder_error(e: &docket::store::StoreError, lang: Lang) -> CliError {
    CliError::Usage(format!(
        "{}\n{}",
        e.message(lang),
        t!(lang, "cli-hint-folder")
    ))
}

fn report_bad_files(
    loaded: docket::store::Loaded,
    lang: Lang,
) -> Result<docket::store::Loaded, CliError> {
    let bad = loaded.bad_file_count();
    if bad > 0 {
        eprintln!(
            "docket: {}",
            t!(lang, "cli-bad-files-left-out", count = bad)
        );
    }
    Ok(loaded)
}

/// The language for this run: `--lang`, else `language` in the config file, else the locale.
pub fn language(flag: Option<docket::i18n::Lang>) -> Result<docket::i18n::Lang, CliError> {
    let config = if flag.is_some() {
        None
    } else {
        docket::settings::config::Config::load(docket::settings::config::config_dir().as_deref())
            .map_err(|e| CliError::Usage(format!("config: {e}")))?
            .language
    };
    Ok(docket::i18n::resolve(flag, config, |k| {
        std::env::var(k).ok()
    }))
}
