//! The `docket` binary: parse the command line, run a command or the interface, and report
//! errors with context and a trustworthy exit status.

mod cli;
mod commands;
mod help;

use clap::FromArgMatches;
use cli::{Cli, Command};
use std::process::ExitCode;

fn main() -> ExitCode {
    // The language is needed before parsing: clap prints `--help` while it parses.
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    let help_lang = help::language(&args);
    let (cli, command_name) = help::command(help_lang)
        .try_get_matches_from(&args)
        .and_then(|m| {
            Ok((
                Cli::from_arg_matches(&m)?,
                m.subcommand_name().map(str::to_owned),
            ))
        })
        .unwrap_or_else(|e| help::exit_with(e, help_lang));
    let lang = match commands::language(cli.lang) {
        Ok(l) => l,
        Err(e) => {
            eprintln!("docket: {e}");
            return e.exit_code();
        }
    };
    if let Some(name) = &command_name {
        // `docket meetings check`: the folder belongs to the interface, not to the command
        // (clap cannot say so itself without making --lang and --today refuse a command).
        let o = &cli.open;
        if o.dir.is_some() || o.meeting.is_some() || o.theme.is_some() || o.live {
            eprintln!(
                "docket: {}",
                docket::t!(lang, "cli-open-args-with-command", command = name)
            );
            return ExitCode::from(2);
        }
        quiet_on_closed_output();
    }
    let result = match &cli.command {
        Some(Command::Check(args)) => commands::check::run(args, commands::today(cli.today), lang),
        Some(Command::Pending(args)) => commands::pending::run(args, cli.today, lang),
        Some(Command::Search(args)) => commands::search::run(args, lang),
        Some(Command::Completions { shell }) => {
            clap_complete::generate(
                *shell,
                &mut help::command(lang),
                "docket",
                &mut std::io::stdout(),
            );
            Ok(ExitCode::SUCCESS)
        }
        Some(Command::New(args)) => commands::new::run(args, lang),
        Some(Command::Export(args)) => commands::export::run(args, cli.today, lang),
        Some(Command::Import(args)) => commands::import::run(args, lang),
        Some(Command::Man(args)) => commands::man::run(args, lang),
        Some(Command::Merge(args)) => commands::merge::run(args, lang),
        Some(Command::Sync(args)) => commands::sync::run(args, lang),
        None => commands::open::run(&cli.open, cli.today, lang),
    };
    match result {
        Ok(code) => code,
        Err(e) => {
            eprintln!("docket: {e}");
            e.exit_code()
        }
    }
}

/// A command whose output is closed early (`docket pending | head -1`) ends quietly, as
/// `ls | head` does: the default action of SIGPIPE, which Rust's runtime sets to ignore
/// (so `println!` would panic with "Broken pipe" instead). Not for the interface, which
/// writes to a terminal and must restore it on the way out.
fn quiet_on_closed_output() {
    // SAFETY: setting a signal's disposition to its default at start-up, before any thread
    // is spawned; no handler code runs.
    unsafe {
        libc::signal(libc::SIGPIPE, libc::SIG_DFL);
    }
}
