//! Everything that touches meeting files: finding and loading them, editing them in place,
//! writing them back atomically, and watching the folder for changes.

pub mod cache;
mod diagnostic;
mod documents;
pub mod edit;
mod limits;
mod lock;
pub mod park;
mod parse;
mod problem;
mod save;
pub mod toml_text;
mod undo;
mod walk;
mod watch;
mod write;

pub use diagnostic::{Diagnostic, LineIndex, Severity};
pub use documents::{document_exists, missing_document_warnings, missing_in};
pub use limits::{MAX_FILE_BYTES, MAX_NESTING};
pub use lock::{Access, FolderLock, LockError, ReadOnly};
pub use parse::{parse_clock, parse_meeting, strip_bom};
pub use problem::{Expected, IoWhy, Place, Problem};
pub use save::{Applied, Overtaken, SaveError, save_edit, save_edit_racing};
pub use undo::{Touched, undo_edit};
pub use walk::{is_meeting_file, walk};
pub use watch::{Changes, WatchError, Watcher};
pub use write::{
    Moment, NewFileError, TEMP_MARK, WriteError, remove_stale_temps, write_atomic, write_new,
};

use crate::model::{Library, Meeting};
use std::fs;
use std::io::Read;
use std::os::unix::fs::OpenOptionsExt;
use std::path::{Path, PathBuf};

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("{0}: no such folder")]
    NoFolder(PathBuf),
    #[error("{0}: not a folder")]
    NotAFolder(PathBuf),
}

impl StoreError {
    pub fn message(&self, lang: crate::i18n::Lang) -> String {
        match self {
            StoreError::NoFolder(p) => {
                crate::t!(lang, "err-store-no-folder", path = p.display().to_string())
            }
            StoreError::NotAFolder(p) => {
                crate::t!(
                    lang,
                    "err-store-not-a-folder",
                    path = p.display().to_string()
                )
            }
        }
    }
}

/// What a file held when it was read: used to tell whether someone else changed it since.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct ContentHash(pub u64);

impl ContentHash {
    pub fn of(bytes: &[u8]) -> Self {
        use std::hash::{Hash, Hasher};
        let mut h = std::collections::hash_map::DefaultHasher::new();
        bytes.hash(&mut h);
        ContentHash(h.finish())
    }
}

/// One file as read from disk.
#[derive(Debug, Clone)]
pub struct SourceFile {
    pub path: PathBuf,
    pub hash: ContentHash,
}

/// The result of loading a folder: the good meetings, and every problem with the others.
#[derive(Debug, Default)]
pub struct Loaded {
    pub library: Library,
    /// Errors, sorted by path and position.
    pub problems: Vec<Diagnostic>,
    /// Every file read (good or bad), with its content hash.
    pub sources: Vec<SourceFile>,
}

impl Loaded {
    /// How many distinct files had an error.
    pub fn bad_file_count(&self) -> usize {
        let mut paths: Vec<&Path> = self
            .problems
            .iter()
            .filter(|d| d.severity == Severity::Error)
            .map(|d| d.path.as_path())
            .collect();
        paths.dedup();
        paths.len()
    }
}

/// Loads every meeting file below `dir`. Only a missing folder is an error; problems with
/// single files are collected in `problems` and never stop the others from loading.
pub fn load_dir(dir: &Path) -> Result<Loaded, StoreError> {
    load_dir_with(dir, None)
}

/// Like `load_dir`, but files whose bytes are unchanged since an earlier load come from the
/// cache in `cache_dir` instead of the parser (see `cache.rs`); the result is the same.
/// Also returns how many files came from the cache.
pub fn load_dir_cached(dir: &Path, cache_dir: &Path) -> Result<(Loaded, usize), StoreError> {
    let mut cache = cache::LoadCache::open(cache_dir, dir);
    let loaded = load_dir_with(dir, Some(&mut cache))?;
    let hits = cache.hits;
    cache.save(&loaded.library);
    Ok((loaded, hits))
}

fn load_dir_with(
    dir: &Path,
    mut cache: Option<&mut cache::LoadCache>,
) -> Result<Loaded, StoreError> {
    match fs::metadata(dir) {
        Err(_) => return Err(StoreError::NoFolder(dir.to_path_buf())),
        Ok(m) if !m.is_dir() => return Err(StoreError::NotAFolder(dir.to_path_buf())),
        Ok(_) => {}
    }
    let found = walk(dir);
    let mut meetings = Vec::with_capacity(found.files.len());
    let mut problems = found.problems;
    let mut sources = Vec::with_capacity(found.files.len());
    for path in found.files {
        match read_file(&path) {
            Ok(bytes) => {
                let (size, hash) = (bytes.len() as u64, ContentHash::of(&bytes));
                sources.push(SourceFile {
                    path: path.clone(),
                    hash,
                });
                if let Some(m) = cache.as_mut().and_then(|c| c.get(&path, size, hash)) {
                    meetings.push(m);
                    continue;
                }
                match parse_meeting(&path, &bytes) {
                    Ok(m) => {
                        if let Some(c) = cache.as_mut() {
                            c.put(&path, size, hash);
                        }
                        meetings.push(m)
                    }
                    Err(mut d) => problems.append(&mut d),
                }
            }
            Err(d) => problems.push(d),
        }
    }
    problems.sort_by(|a, b| a.sort_key().cmp(&b.sort_key()));
    Ok(Loaded {
        library: Library::new(meetings),
        problems,
        sources,
    })
}

/// What one meeting file holds now: re-read after a change, so only changed files are read.
#[derive(Debug, Clone)]
pub enum FileState {
    Meeting {
        /// Boxed: a meeting is much larger than the other variants.
        meeting: Box<Meeting>,
        hash: ContentHash,
    },
    /// Read, but it does not parse or validate.
    Invalid {
        path: PathBuf,
        problems: Vec<Diagnostic>,
        hash: ContentHash,
    },
    /// It exists but cannot be read (permissions, too large, not a regular file).
    Unreadable(Diagnostic),
    /// It is no longer there.
    Gone(PathBuf),
}

impl FileState {
    pub fn path(&self) -> &Path {
        match self {
            FileState::Meeting { meeting, .. } => &meeting.path,
            FileState::Invalid { path, .. } | FileState::Gone(path) => path,
            FileState::Unreadable(d) => &d.path,
        }
    }

    /// The hash of what was read, when it was read.
    pub fn hash(&self) -> Option<ContentHash> {
        match self {
            FileState::Meeting { hash, .. } | FileState::Invalid { hash, .. } => Some(*hash),
            FileState::Unreadable(_) | FileState::Gone(_) => None,
        }
    }
}

/// Reads one meeting file again.
pub fn reread(path: &Path) -> FileState {
    if fs::symlink_metadata(path).is_err() {
        return FileState::Gone(path.to_path_buf());
    }
    match read_file(path) {
        Err(d) => FileState::Unreadable(d),
        Ok(bytes) => {
            let hash = ContentHash::of(&bytes);
            match parse_meeting(path, &bytes) {
                Ok(meeting) => FileState::Meeting {
                    meeting: Box::new(meeting),
                    hash,
                },
                Err(problems) => FileState::Invalid {
                    path: path.to_path_buf(),
                    problems,
                    hash,
                },
            }
        }
    }
}

/// Loads one file on its own (for reloads and tests).
pub fn load_file(path: &Path) -> Result<(Meeting, ContentHash), Vec<Diagnostic>> {
    let bytes = read_file(path).map_err(|d| vec![d])?;
    let hash = ContentHash::of(&bytes);
    parse_meeting(path, &bytes).map(|m| (m, hash))
}

/// Reads a regular file, refusing FIFOs, devices and files over the size cap.
pub fn read_file(path: &Path) -> Result<Vec<u8>, Diagnostic> {
    let fail = |problem: Problem| Diagnostic::error(path, (1, 1), problem);
    let cannot = |e: std::io::Error| fail(Problem::CannotRead(IoWhy::of(&e)));
    // Open without blocking, so a FIFO is refused instead of waiting for a writer; then ask
    // the open file (not the path again) what it is.
    let file = fs::OpenOptions::new()
        .read(true)
        .custom_flags(libc::O_NONBLOCK)
        .open(path)
        .map_err(cannot)?;
    let meta = file.metadata().map_err(cannot)?;
    if !meta.is_file() {
        return Err(fail(Problem::NotRegularFile));
    }
    if meta.len() > MAX_FILE_BYTES {
        return Err(fail(parse::too_large(meta.len())));
    }
    let mut bytes = Vec::with_capacity(meta.len() as usize);
    // Read one byte past the cap so a file that grew after `metadata` is still refused.
    file.take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(cannot)?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(fail(parse::too_large(bytes.len() as u64)));
    }
    Ok(bytes)
}

/// An I/O error in plain words, without the "(os error 13)" tail.
pub fn plain_io(e: &std::io::Error) -> String {
    use std::io::ErrorKind::*;
    match e.kind() {
        NotFound => "it does not exist (any more)".into(),
        PermissionDenied => "permission denied".into(),
        _ => {
            let s = e.to_string();
            match s.find(" (os error") {
                Some(i) => s[..i].to_string(),
                None => s,
            }
        }
    }
}
