//! Finding the meeting files of a folder: `*.toml` at any depth, hidden entries skipped,
//! symlinks followed but never round a loop.

use super::diagnostic::Diagnostic;
use super::problem::{IoWhy, Problem};
use std::collections::HashSet;
use std::fs;
use std::path::{Path, PathBuf};

/// Files found, and problems with folders that could not be read.
#[derive(Debug, Default)]
pub struct Walk {
    pub files: Vec<PathBuf>,
    pub problems: Vec<Diagnostic>,
}

pub fn is_hidden(name: &std::ffi::OsStr) -> bool {
    name.as_encoded_bytes().first() == Some(&b'.')
}

/// Whether a file name is a meeting file: ends in `.toml` (not `.toml~`), not hidden.
pub fn is_meeting_file(path: &Path) -> bool {
    let Some(name) = path.file_name() else {
        return false;
    };
    !is_hidden(name) && path.extension().is_some_and(|e| e == "toml")
}

/// Lists meeting files below `dir`, sorted by path.
pub fn walk(dir: &Path) -> Walk {
    let mut out = Walk::default();
    let mut seen = HashSet::new();
    visit(dir, &mut seen, &mut out);
    out.files.sort();
    out
}

fn visit(dir: &Path, seen: &mut HashSet<PathBuf>, out: &mut Walk) {
    // Canonical paths identify a folder however it was reached, so a symlink loop ends here.
    let Ok(canon) = fs::canonicalize(dir) else {
        out.problems
            .push(Diagnostic::error(dir, (1, 1), Problem::FolderUnresolved));
        return;
    };
    if !seen.insert(canon) {
        return;
    }
    let entries = match fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) => {
            out.problems.push(Diagnostic::error(
                dir,
                (1, 1),
                Problem::FolderUnreadable(IoWhy::of(&e)),
            ));
            return;
        }
    };
    for entry in entries.flatten() {
        let name = entry.file_name();
        if is_hidden(&name) {
            continue;
        }
        let path = entry.path();
        // The entry's own type needs no extra system call; only a symlink is followed with
        // `metadata` (a dangling link is skipped like any unreadable entry).
        let Ok(kind) = entry.file_type() else {
            continue;
        };
        let is_dir = if kind.is_symlink() {
            match fs::metadata(&path) {
                Ok(meta) => meta.is_dir(),
                Err(_) => continue,
            }
        } else {
            kind.is_dir()
        };
        if is_dir {
            visit(&path, seen, out);
        } else if is_meeting_file(&path) {
            out.files.push(path);
        }
    }
}
