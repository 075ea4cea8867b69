//! Whether the documents of items are there: a file below the meeting file's folder (a URL
//! is not checked). Used by `docket check` (as warnings) and the details pane.

use super::{Diagnostic, Problem};
use crate::model::{Document, DocumentTarget, Library, Meeting};
use crate::sanitize;
use std::collections::HashMap;
use std::path::{Path, PathBuf};

/// `Some(true)` when the file exists, `Some(false)` when not, `None` for a URL.
pub fn document_exists(meeting_path: &Path, doc: &Document) -> Option<bool> {
    match doc.resolve(meeting_path) {
        DocumentTarget::Url(_) => None,
        DocumentTarget::File(p) => Some(p.exists()),
    }
}

/// The files of one meeting's documents that do not exist, for the details pane.
pub fn missing_in(meeting: &Meeting) -> HashMap<PathBuf, bool> {
    let mut seen = HashMap::new();
    for doc in meeting.items.iter().flat_map(|i| &i.documents) {
        if let DocumentTarget::File(p) = doc.resolve(&meeting.path) {
            let exists = p.exists();
            seen.insert(p, !exists);
        }
    }
    seen
}

/// A warning for every document path that does not exist, at the position of its text.
pub fn missing_document_warnings(library: &Library) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for m in library.meetings() {
        for (n, item) in m.items.iter().enumerate() {
            for doc in &item.documents {
                if document_exists(&m.path, doc) == Some(false) {
                    let msg = Problem::MissingDocument {
                        item: n + 1,
                        target: sanitize::line(&doc.target).into_owned(),
                    };
                    out.push(Diagnostic::warning(&m.path, (doc.line, doc.col), msg));
                }
            }
        }
    }
    out
}
