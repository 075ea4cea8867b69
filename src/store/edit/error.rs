//! Why an edit was refused, as a typed value: `Display` is English (logs, tests),
//! `message(lang)` the same in the interface's language through Fluent (`err-edit-*`).

use crate::i18n::Lang;
use crate::store::Diagnostic;
use crate::t;
use std::fmt;
use std::path::{Path, PathBuf};

/// What an edit concerns, named as the person knows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Subject {
    Item(String),
    Outcome(String),
    Action(String),
    /// Something known by its text only (a title or text that is gone).
    Named(String),
    /// The `[[item]]`, `[[item.outcome]]` or `[[item.action]]` tables, by their TOML key.
    List(&'static str),
}

impl Subject {
    /// An outcome or action by its kind's TOML key (`outcome`, `action`).
    pub fn sub(key: &str, text: &str) -> Subject {
        match key {
            "outcome" => Subject::Outcome(text.to_string()),
            _ => Subject::Action(text.to_string()),
        }
    }

    pub fn message(&self, lang: Lang) -> String {
        match self {
            Subject::Item(t) => t!(lang, "err-subject-item", title = t),
            Subject::Outcome(t) => t!(lang, "err-subject-outcome", text = t),
            Subject::Action(t) => t!(lang, "err-subject-action", text = t),
            Subject::Named(t) => format!("“{t}”"),
            Subject::List(key) => t!(lang, "err-subject-list", key = *key),
        }
    }
}

impl fmt::Display for Subject {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Subject::Item(t) => write!(f, "item “{t}”"),
            Subject::Outcome(t) => write!(f, "outcome “{t}”"),
            Subject::Action(t) => write!(f, "action “{t}”"),
            Subject::Named(t) => write!(f, "“{t}”"),
            Subject::List(key) => write!(f, "the list of {key}s"),
        }
    }
}

/// Why an edit would change nothing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Unchanged {
    SameAsNeighbour(Subject),
    AlreadyFirst(Subject),
    AlreadyLast(Subject),
    NoChange(Subject),
    NothingAsked,
    ClosedSinceAdded(Subject),
    /// The key (or `key = value`) is there already.
    AlreadyHas(Subject, String),
    HasNo(Subject, String),
    AlreadyPresent(String),
    NotPresent(String),
}

impl fmt::Display for Unchanged {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Unchanged::SameAsNeighbour(s) => write!(f, "{s} is the same as its neighbour"),
            Unchanged::AlreadyFirst(s) => write!(f, "{s} is already the first"),
            Unchanged::AlreadyLast(s) => write!(f, "{s} is already the last"),
            Unchanged::NoChange(s) => write!(f, "{s} has no change"),
            Unchanged::NothingAsked => write!(f, "no change was asked for"),
            Unchanged::ClosedSinceAdded(s) => write!(f, "{s} was closed since it was added"),
            Unchanged::AlreadyHas(s, key) => write!(f, "{s} already has `{key}`"),
            Unchanged::HasNo(s, key) => write!(f, "{s} has no `{key}`"),
            Unchanged::AlreadyPresent(name) => write!(f, "“{name}” is already present"),
            Unchanged::NotPresent(name) => write!(f, "“{name}” is not marked present"),
        }
    }
}

impl Unchanged {
    pub fn message(&self, lang: Lang) -> String {
        let s = |s: &Subject| s.message(lang);
        match self {
            Unchanged::SameAsNeighbour(x) => t!(lang, "err-unchanged-same", subject = s(x)),
            Unchanged::AlreadyFirst(x) => t!(lang, "err-unchanged-first", subject = s(x)),
            Unchanged::AlreadyLast(x) => t!(lang, "err-unchanged-last", subject = s(x)),
            Unchanged::NoChange(x) => t!(lang, "err-unchanged-no-change", subject = s(x)),
            Unchanged::NothingAsked => t!(lang, "err-unchanged-nothing-asked"),
            Unchanged::ClosedSinceAdded(x) => t!(lang, "err-unchanged-closed", subject = s(x)),
            Unchanged::AlreadyHas(x, key) => {
                t!(lang, "err-unchanged-already-has", subject = s(x), key = key)
            }
            Unchanged::HasNo(x, key) => t!(lang, "err-unchanged-has-no", subject = s(x), key = key),
            Unchanged::AlreadyPresent(name) => t!(lang, "err-unchanged-present", name = name),
            Unchanged::NotPresent(name) => t!(lang, "err-unchanged-not-present", name = name),
        }
    }
}

/// Why an edit was refused. Nothing is written when any of these is returned.
#[derive(Debug, thiserror::Error)]
pub enum EditError {
    #[error(
        "{path}: cannot be edited while it has errors ({}); fix the file first",
        first_text(.first.as_deref(), None)
    )]
    Invalid {
        path: PathBuf,
        /// The file's first problem (none only if the parser gave no reason).
        first: Option<Box<Diagnostic>>,
    },
    #[error("{path}: {what} is no longer in the file; nothing was written")]
    NotFound { path: PathBuf, what: Subject },
    #[error(
        "{path}: {what} now appears {count} times, so docket cannot tell which one is meant; nothing was written"
    )]
    Ambiguous {
        path: PathBuf,
        what: Subject,
        count: usize,
    },
    #[error(
        "{path}: {what} is written as an inline table; docket only edits [[…]] tables, so change it by hand"
    )]
    Inline { path: PathBuf, what: Subject },
    #[error("{path}: {what}; nothing to change")]
    Unchanged { path: PathBuf, what: Unchanged },
    #[error(
        "{path}: with this change the file would be {kib} KiB, more than the {cap_kib} KiB docket reads; nothing was written (shorten the text or split the meeting)"
    )]
    TooLarge {
        path: PathBuf,
        kib: u64,
        cap_kib: u64,
    },
    #[error("{path}: the text to store is empty")]
    Empty { path: PathBuf },
    #[error("{path}: the edit did not come out as intended ({detail}); nothing was written")]
    Verify { path: PathBuf, detail: String },
}

/// The first problem of a file, in `lang` (English when `None`).
fn first_text(first: Option<&Diagnostic>, lang: Option<Lang>) -> String {
    match (first, lang) {
        (None, _) => String::new(),
        (Some(d), None) => d.to_string(),
        (Some(d), Some(lang)) => d.render(lang),
    }
}

impl EditError {
    pub fn message(&self, lang: Lang) -> String {
        let shown = |p: &Path| p.display().to_string();
        match self {
            EditError::Invalid { path, first } => t!(
                lang,
                "err-edit-invalid",
                path = shown(path),
                first = first_text(first.as_deref(), Some(lang))
            ),
            EditError::NotFound { path, what } => t!(
                lang,
                "err-edit-not-found",
                path = shown(path),
                what = what.message(lang)
            ),
            EditError::Ambiguous { path, what, count } => t!(
                lang,
                "err-edit-ambiguous",
                path = shown(path),
                what = what.message(lang),
                count = *count
            ),
            EditError::Inline { path, what } => t!(
                lang,
                "err-edit-inline",
                path = shown(path),
                what = what.message(lang)
            ),
            EditError::Unchanged { path, what } => t!(
                lang,
                "err-edit-unchanged",
                path = shown(path),
                what = what.message(lang)
            ),
            EditError::TooLarge { path, kib, cap_kib } => t!(
                lang,
                "err-edit-too-large",
                path = shown(path),
                kib = *kib,
                cap = *cap_kib
            ),
            EditError::Empty { path } => t!(lang, "err-edit-empty", path = shown(path)),
            EditError::Verify { path, detail } => {
                t!(lang, "err-edit-verify", path = shown(path), detail = detail)
            }
        }
    }
}
