//! `docket check [PATH…]`: every problem on stderr, a summary on stdout. A path is a folder
//! (every meeting file below it) or a file, checked in the context of its folder so `next`
//! and topics resolve, as linters and pre-commit hooks expect.

use super::{CliError, CliResult, meetings_dir};
use crate::cli::CheckArgs;
use docket::i18n::Lang;
use docket::store::{self, Diagnostic, Loaded, Severity};
use docket::t;
use std::collections::{BTreeMap, HashSet};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

pub fn run(args: &CheckArgs, today: chrono::NaiveDate, lang: Lang) -> CliResult {
    let paths = if args.paths.is_empty() {
        vec![meetings_dir(None)]
    } else {
        args.paths.clone()
    };
    let mut tally = Tally::default();
    for target in targets(&paths, lang)? {
        let mut loaded = store::load_dir(&target.dir).map_err(|e| super::folder_error(&e, lang))?;
        add_parked(&mut loaded);
        loaded
            .problems
            .extend(store::missing_document_warnings(&loaded.library));
        super::lint_warnings::add(&mut loaded, today, lang);
        tally.add(&loaded, target.files.as_deref());
    }
    tally
        .problems
        .sort_by(|a, b| a.sort_key().cmp(&b.sort_key()));
    tally.problems.dedup();
    for d in &tally.problems {
        eprintln!("{}", d.render(lang));
    }
    println!("{}", tally.summary(lang));
    let failed = tally.errors() > 0 || (args.strict && tally.warnings() > 0);
    Ok(if failed {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

/// The series' parked files (`.parked-<series>.toml`, hidden so not loaded as meetings) are
/// checked too: `docket new` reads them.
fn add_parked(loaded: &mut store::Loaded) {
    let mut folders: Vec<&std::path::Path> = loaded
        .library
        .meetings()
        .iter()
        .filter_map(|m| m.path.parent())
        .collect();
    folders.sort();
    folders.dedup();
    let mut problems = Vec::new();
    for folder in folders {
        let Ok(entries) = std::fs::read_dir(folder) else {
            continue;
        };
        let mut parked: Vec<_> = entries
            .flatten()
            .map(|e| e.path())
            .filter(|p| {
                p.file_name()
                    .and_then(|n| n.to_str())
                    .is_some_and(|n| n.starts_with(".parked-") && n.ends_with(".toml"))
            })
            .collect();
        parked.sort();
        for p in parked {
            if let Err(mut d) = store::load_file(&p) {
                problems.append(&mut d);
            }
        }
    }
    loaded.problems.extend(problems);
    loaded
        .problems
        .sort_by(|a, b| a.sort_key().cmp(&b.sort_key()));
}

/// A folder to load, and the files of it to report on (`None`: all of them).
struct Target {
    dir: PathBuf,
    files: Option<Vec<PathBuf>>,
}

/// Groups the paths by the folder to load, so each folder is read once.
fn targets(paths: &[PathBuf], lang: Lang) -> Result<Vec<Target>, CliError> {
    let mut folders: BTreeMap<PathBuf, Option<Vec<PathBuf>>> = BTreeMap::new();
    for path in paths {
        let Ok(meta) = std::fs::metadata(path) else {
            return Err(if store::is_meeting_file(path) {
                CliError::Usage(t!(
                    lang,
                    "cli-no-such-path",
                    path = path.display().to_string()
                ))
            } else {
                super::folder_error(&store::StoreError::NoFolder(path.clone()), lang)
            });
        };
        if meta.is_dir() {
            folders.insert(path.clone(), None);
            continue;
        }
        let dir = match path.parent() {
            Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
            _ => PathBuf::from("."),
        };
        let entry = folders.entry(dir).or_insert_with(|| Some(Vec::new()));
        if let Some(files) = entry {
            files.push(path.clone());
        }
    }
    Ok(folders
        .into_iter()
        .map(|(dir, files)| Target { dir, files })
        .collect())
}

/// What is reported, each file and problem once however often (and however spelled) its
/// path was given.
#[derive(Default)]
struct Tally {
    meetings: usize,
    items: usize,
    problems: Vec<Diagnostic>,
    counted: HashSet<PathBuf>,
    reported: HashSet<(PathBuf, usize, usize, Box<docket::store::Problem>)>,
}

impl Tally {
    /// Counts a loaded folder, or only the given files of it. A given file the folder walk
    /// skips (hidden, another extension) is read on its own, since it was asked for.
    fn add(&mut self, loaded: &Loaded, files: Option<&[PathBuf]>) {
        let Some(files) = files else {
            for m in loaded.library.meetings() {
                self.meeting(&m.path, m.items.len());
            }
            for d in &loaded.problems {
                self.problem(d.clone());
            }
            return;
        };
        for file in files {
            let same = |p: &Path| same_file(p, file);
            for m in loaded.library.meetings().iter().filter(|m| same(&m.path)) {
                self.meeting(&m.path, m.items.len());
            }
            for d in loaded.problems.iter().filter(|d| same(&d.path)) {
                self.problem(Diagnostic {
                    path: file.clone(),
                    ..d.clone()
                });
            }
            if !loaded.sources.iter().any(|s| same(&s.path)) {
                match store::load_file(file) {
                    Ok((m, _)) => self.meeting(file, m.items.len()),
                    Err(d) => d.into_iter().for_each(|d| self.problem(d)),
                }
            }
        }
    }

    fn meeting(&mut self, path: &Path, items: usize) {
        if self.counted.insert(canonical(path)) {
            self.meetings += 1;
            self.items += items;
        }
    }

    fn problem(&mut self, d: Diagnostic) {
        let key = (canonical(&d.path), d.line, d.col, d.message.clone());
        if self.reported.insert(key) {
            self.problems.push(d);
        }
    }

    fn errors(&self) -> usize {
        let mut paths: Vec<&Path> = self
            .problems
            .iter()
            .filter(|d| d.severity == Severity::Error)
            .map(|d| d.path.as_path())
            .collect();
        paths.dedup();
        paths.len()
    }

    fn warnings(&self) -> usize {
        self.problems
            .iter()
            .filter(|d| d.severity == Severity::Warning)
            .count()
    }

    fn summary(&self, lang: Lang) -> String {
        let (errors, warnings) = (self.errors(), self.warnings());
        let mut summary = t!(
            lang,
            "cli-check-summary",
            meetings = self.meetings,
            items = self.items,
            files = errors
        );
        if warnings > 0 {
            summary.push_str(&t!(lang, "cli-check-warnings", count = warnings));
        }
        summary
    }
}

fn canonical(path: &Path) -> PathBuf {
    std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf())
}

/// Whether two paths name the same file, however they were written.
fn same_file(a: &Path, b: &Path) -> bool {
    a == b
        || match (std::fs::canonicalize(a), std::fs::canonicalize(b)) {
            (Ok(x), Ok(y)) => x == y,
            _ => false,
        }
}
