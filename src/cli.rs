//! Command-line definitions (clap). Each subcommand is carried out in `commands/`.

use clap::{Args, Parser, Subcommand, ValueEnum};
use std::path::PathBuf;

const AFTER_HELP: &str = "\
Examples:
  docket meetings                    open the interface on ./meetings
  docket check meetings              validate every meeting file
  docket pending meetings --json     pending actions at the next meeting, for scripts
  docket search meetings vuurwerk    fuzzy search across all meetings
  docket sync meetings               commit, pull and push a shared git repository";

#[derive(Debug, Parser)]
#[command(
    name = "docket",
    version,
    about = "Prepare and run recurring formal meetings kept as TOML files",
    after_help = AFTER_HELP,
    // `--lang` and `--today` may stand before a command, so clap would print `[DIR] [COMMAND]`:
    // the folder is for the interface only (main refuses it with a command).
    override_usage = "docket [OPTIONS] [DIR]\n       docket [OPTIONS] <COMMAND>"
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,

    #[command(flatten)]
    pub open: OpenArgs,

    /// Treat this date as today (YYYY-MM-DD), for demos and tests.
    #[arg(long, global = true, value_name = "DATE", value_parser = parse_date)]
    pub today: Option<chrono::NaiveDate>,

    /// Language of the interface and exports: nl or en (default: `language` in the config
    /// file, else the locale: LC_ALL, LC_MESSAGES, LANG).
    #[arg(long, global = true, value_name = "nl|en", value_parser = parse_lang)]
    pub lang: Option<docket::i18n::Lang>,
}

/// Options of the interface (`docket [DIR]`).
#[derive(Debug, Args, Default)]
pub struct OpenArgs {
    /// Folder of meeting files (default: ./meetings, then `dir` from the config file).
    pub dir: Option<PathBuf>,

    /// Open this meeting: a file path or a date (YYYY-MM-DD).
    #[arg(long, value_name = "PATH|DATE")]
    pub meeting: Option<String>,

    /// Theme: a name from themes/ (default, light, high-contrast) or a path to a theme file.
    #[arg(long, value_name = "NAME|PATH")]
    pub theme: Option<String>,

    /// Show the meeting clock even when the meeting is not today.
    #[arg(long)]
    pub live: bool,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Validate meeting files (folders or files); print problems as path:line:col: message.
    #[command(after_help = "Examples:\n  docket check meetings && git commit\n  \
        docket check meetings/lovp/2020-03-09.toml\n\n\
        Exit status: 0 all files valid, 1 some file has an error (or a warning with --strict),\n\
        2 usage error (e.g. the folder does not exist).")]
    Check(CheckArgs),

    /// List the actions pending at a meeting, with due status.
    #[command(after_help = "Examples:\n  docket pending meetings\n  \
        docket pending meetings --for 2020-03-09 --json\n  \
        docket pending meetings --series lovp --for 2020-06-15")]
    Pending(PendingArgs),

    /// Fuzzy search across every meeting.
    #[command(
        after_help = "Examples:\n  docket search meetings 'vuurwerk kind:agreement'\n  \
        docket search meetings financiele --json --limit 5\n  \
        docket search --list meetings | fzf"
    )]
    Search(SearchArgs),

    /// Draft the next meeting of a series as a new file.
    #[command(
        after_help = "Example:\n  docket new meetings --series lovp --date 2020-06-15 --start 10:00"
    )]
    New(NewArgs),

    /// Export a meeting's minutes, decision list and action list.
    #[command(after_help = "Examples:\n  docket export meetings 2020-02-10\n  \
        docket export meetings meetings/lovp/2020-02-10.toml --format html --out minutes.html\n  \
        docket export meetings 2020-03-09 --agenda --lang nl --format docx --out agenda.docx")]
    Export(ExportArgs),

    /// Turn a meeting report in Markdown into a meeting file to review.
    #[command(
        after_help = "Example:\n  docket import report.md --series lovp --into meetings --out meetings/lovp/2020-02-10.toml"
    )]
    Import(ImportArgs),

    /// Print shell completions.
    #[command(
        after_help = "Example:\n  docket completions bash > ~/.local/share/bash-completion/completions/docket"
    )]
    Completions {
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },

    /// Print the manual page (roff), for `man -l -` or a man folder.
    #[command(after_help = "Examples:\n  docket man | man -l -\n  \
        docket man sync | man -l -\n  \
        docket man > ~/.local/share/man/man1/docket.1")]
    Man(ManArgs),

    /// Merge three versions of a meeting file, item by item (a git merge driver).
    #[command(after_help = "Set up by `docket sync`, or by hand:\n  \
        git config merge.docket.driver 'docket merge %O %A %B %P'\n  \
        echo '*.toml merge=docket' >> .gitattributes\n\n\
        Exit status: 0 merged cleanly (result written into OURS), 1 conflicts (marked in OURS),\n\
        2 usage error. See docs/team.md.")]
    Merge(MergeArgs),

    /// Commit changed meeting files, pull others' changes and push: a shared git repository.
    #[command(after_help = "Example:\n  docket sync meetings\n\n\
        The first time it sets up docket's merge driver for the repository. On a conflict it\n\
        puts the repository back as it was, keeps your commit and says what to resolve.\n\
        Exit status: 0 synced, 1 not synced (conflict, network), 2 usage error. See docs/team.md.")]
    Sync(SyncArgs),
}

#[derive(Debug, Args)]
pub struct ManArgs {
    /// A subcommand's page instead of the main one (e.g. `check`).
    pub command: Option<String>,
}

#[derive(Debug, Args)]
pub struct MergeArgs {
    /// The common ancestor's version (git's %O).
    pub base: PathBuf,
    /// Our version (git's %A); the result is written here.
    pub ours: PathBuf,
    /// Their version (git's %B).
    pub theirs: PathBuf,
    /// The file's path in the repository (git's %P), for messages.
    pub path: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct SyncArgs {
    /// Folder of meeting files inside a git repository (default: ./meetings).
    pub dir: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct CheckArgs {
    /// Folders of meeting files, or single meeting files (checked in the context of their
    /// folder). Default: ./meetings.
    #[arg(value_name = "PATH")]
    pub paths: Vec<PathBuf>,
    /// Treat warnings (agenda lint) as errors for the exit status.
    #[arg(long)]
    pub strict: bool,
}

#[derive(Debug, Args)]
pub struct PendingArgs {
    /// Folder of meeting files (default: ./meetings).
    pub dir: Option<PathBuf>,
    /// The meeting: a file path, or a date (a meeting being prepared may have no file yet).
    #[arg(long = "for", value_name = "DATE|PATH")]
    pub for_meeting: Option<String>,
    /// The series (default: the meeting's own, or the only one).
    #[arg(long, value_name = "NAME")]
    pub series: Option<String>,
    /// Include actions from every series, not only the meeting's own.
    #[arg(long)]
    pub all_series: bool,
    /// Print one JSON array.
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct SearchArgs {
    /// Folder of meeting files, then the query (folder default: ./meetings).
    #[arg(value_name = "[DIR] QUERY", num_args = 0..=2)]
    pub args: Vec<String>,
    /// Print every record as one line (for fzf or grep) instead of searching.
    #[arg(long)]
    pub list: bool,
    /// Print one JSON array.
    #[arg(long)]
    pub json: bool,
    /// At most this many hits.
    #[arg(long, default_value_t = 50)]
    pub limit: usize,
}

#[derive(Debug, Args)]
pub struct NewArgs {
    /// Folder of meeting files (default: ./meetings).
    pub dir: Option<PathBuf>,
    #[arg(long, value_name = "NAME")]
    pub series: String,
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    pub date: chrono::NaiveDate,
    /// Start time, HH:MM.
    #[arg(long, value_name = "HH:MM")]
    pub start: Option<String>,
    /// Write here instead of next to the series' newest file, named like it.
    #[arg(long, value_name = "FILE")]
    pub out: Option<PathBuf>,
    /// Print the draft instead of writing it.
    #[arg(long)]
    pub dry_run: bool,
}

#[derive(Debug, Clone, Copy, ValueEnum, Default)]
pub enum ExportFormat {
    #[default]
    Md,
    Html,
    /// A Word document (needs --out, or standard output that is not a terminal).
    Docx,
}

#[derive(Debug, Args)]
pub struct ExportArgs {
    /// Folder of meeting files, then the meeting (a path or a date).
    #[arg(value_name = "[DIR] MEETING", num_args = 1..=2, required = true)]
    pub args: Vec<String>,
    #[arg(long, value_enum, default_value_t)]
    pub format: ExportFormat,
    /// Include items marked confidential = true.
    #[arg(long)]
    pub include_confidential: bool,
    /// The agenda / invitation instead of the minutes: planned times, what to read.
    #[arg(long)]
    pub agenda: bool,
    /// Print planned and actual minutes per item (internal; left out by default).
    #[arg(long)]
    pub timing: bool,
    /// Write to this file instead of standard output.
    #[arg(long, value_name = "FILE")]
    pub out: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct ImportArgs {
    /// The Markdown report.
    pub report: PathBuf,
    #[arg(long, value_name = "NAME")]
    pub series: Option<String>,
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    pub date: Option<chrono::NaiveDate>,
    /// Match the topics against this folder of meetings, so the import links to its history.
    #[arg(long, value_name = "DIR")]
    pub into: Option<PathBuf>,
    /// Write to this file instead of standard output.
    #[arg(long, value_name = "FILE")]
    pub out: Option<PathBuf>,
}

pub fn parse_date(s: &str) -> Result<chrono::NaiveDate, String> {
    chrono::NaiveDate::parse_from_str(s.trim(), "%Y-%m-%d")
        .map_err(|_| format!("`{s}` is not a date like 2020-03-09"))
}

pub fn parse_lang(s: &str) -> Result<docket::i18n::Lang, String> {
    s.parse()
        .map_err(|e: docket::i18n::LangError| e.to_string())
}
