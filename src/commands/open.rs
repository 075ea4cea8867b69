//! `docket [DIR]`: resolve the folder, theme and meeting, then run the interface.

use super::meeting_arg::{self, Named};
use super::{CliError, CliResult};
use crate::cli::OpenArgs;
use docket::i18n::Lang;
use docket::settings::config::{Config, config_dir};
use docket::store;
use docket::t;
use docket::tui::app::App;
use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

pub fn run(args: &OpenArgs, today: Option<chrono::NaiveDate>, lang: Lang) -> CliResult {
    let cfg_dir = config_dir();
    let config =
        Config::load(cfg_dir.as_deref()).map_err(|e| CliError::Usage(format!("config: {e}")))?;
    let dir = choose_dir(args.dir.as_deref(), config.dir.as_deref());
    let theme_name = args
        .theme
        .as_deref()
        .or(config.theme.as_deref())
        .unwrap_or("default");
    let mut theme = docket::settings::load_theme(theme_name, cfg_dir.as_deref())
        .map_err(|e| CliError::Usage(e.message(lang)))?;
    if std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty()) {
        theme = theme.without_color();
    }
    let loaded = match store::cache::default_dir() {
        Some(cache) => store::load_dir_cached(&dir, &cache).map(|(loaded, _)| loaded),
        None => store::load_dir(&dir),
    }
    .map_err(|e| {
        CliError::Usage(format!(
            "{}\n{}",
            e.message(lang),
            t!(lang, "cli-hint-open-folder")
        ))
    })?;
    if !std::io::stdout().is_terminal() {
        return Err(CliError::Usage(t!(lang, "cli-needs-terminal")));
    }
    let clock = move || {
        let now = chrono::Local::now().naive_local();
        match today {
            Some(d) => d.and_time(now.time()),
            None => now,
        }
    };
    // Only one docket writes a folder; a second one opens read-only and says so.
    let access = store::FolderLock::acquire(&dir);
    let mut cleaned = 0;
    if let store::Access::Write(lock) = &access {
        cleaned = store::remove_stale_temps(lock, &dir).len();
    }
    let watcher = store::Watcher::start(&dir, std::time::Duration::from_millis(200));
    let mut app = App::new(loaded.library, loaded.problems, dir, clock());
    app.set_sources(&loaded.sources);
    app.set_live(args.live);
    app.set_space_moves_on(config.space_moves_on.unwrap_or(true));
    app.set_lang(lang);
    if let store::Access::ReadOnly(why) = &access {
        app.set_read_only(Some(why.message(lang)));
    }
    match &watcher {
        Err(e) => app.set_status(e.message(lang), true),
        Ok(_) if cleaned > 0 => {
            app.set_status(t!(lang, "cli-removed-temps", count = cleaned), false)
        }
        Ok(_) => {}
    }
    let session = docket::tui::run::Session {
        access,
        watcher: watcher.ok(),
    };
    if let Some(spec) = &args.meeting {
        let id = find_meeting(&app, spec, lang)?;
        app.open_meeting(id);
    }
    docket::tui::run::run(app, theme, session, clock)
        .map_err(|e| CliError::Failed(format!("terminal: {e}")))?;
    Ok(ExitCode::SUCCESS)
}

/// The folder given, else ./meetings when it exists, else the configured one.
fn choose_dir(given: Option<&Path>, configured: Option<&Path>) -> PathBuf {
    if let Some(d) = given {
        return d.to_path_buf();
    }
    let local = PathBuf::from("meetings");
    match configured {
        Some(c) if !local.is_dir() => c.to_path_buf(),
        _ => local,
    }
}

/// `--meeting`: a date or a file, by the rule every command shares; a date without a
/// meeting is an error here (nothing to open).
fn find_meeting(app: &App, spec: &str, lang: Lang) -> Result<docket::model::MeetingId, CliError> {
    match meeting_arg::find(app.library(), spec, None, lang)? {
        Named::Meeting(id) => Ok(id),
        Named::NoneOn(date) => Err(CliError::Usage(t!(
            lang,
            "cli-no-meeting-on",
            date = date.to_string()
        ))),
    }
}
