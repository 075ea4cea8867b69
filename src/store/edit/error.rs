//! Why an edit was refused, as a typed value: `Display` is English (logs, tests),
//! `message(lang)` the same in the interface's language through Fluent (`err-edit-*`).

use crate::i18n::Lang;
use crate::store::Diagnostic;
use crate::t;
use std::path::{Path, PathBuf};

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
    NotFound { path: PathBuf, what: String },
    #[error(
        "{path}: {what} now appears {count} times, so docket cannot tell which one is meant; nothing was written"
    )]
    Ambiguous {
        path: PathBuf,
        what: String,
        count: usize,
    },
    #[error(
        "{path}: {what} is written as an inline table; docket only edits [[…]] tables, so change it by hand"
    )]
    Inline { path: PathBuf, what: String },
    #[error("{path}: {what}; nothing to change")]
    Unchanged { path: PathBuf, what: String },
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
            EditError::NotFound { path, what } => {
                t!(lang, "err-edit-not-found", path = shown(path), what = what)
            }
            EditError::Ambiguous { path, what, count } => t!(
                lang,
                "err-edit-ambiguous",
                path = shown(path),
                what = what,
                count = *count
            ),
            EditError::Inline { path, what } => {
                t!(lang, "err-edit-inline", path = shown(path), what = what)
            }
            EditError::Unchanged { path, what } => {
                t!(lang, "err-edit-unchanged", path = shown(path), what = what)
            }
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
