//! Applying an edit to a file on disk without ever overwriting someone else's change.

use super::edit::{Edit, EditError, apply_edit};
use super::lock::FolderLock;
use super::write::{WriteError, write_unless_changed};
use super::{ContentHash, read_file};
use crate::model::Meeting;
use std::path::{Path, PathBuf};

/// An edit that was written: what the file holds now, and how to take it back.
#[derive(Debug, Clone)]
pub struct Applied {
    pub path: PathBuf,
    pub edit: Edit,
    /// Apply this (with `hash`) to undo the edit.
    pub inverse: Edit,
    /// The hash of what was written: pass it with the next edit of this file.
    pub hash: ContentHash,
    pub meeting: Meeting,
    /// The file had changed on disk since it was loaded and the edit was applied to the new
    /// content; the interface should say so, since the meeting shows the other change too.
    pub merged: bool,
}

#[derive(Debug, thiserror::Error)]
pub enum SaveError {
    #[error(transparent)]
    Edit(#[from] EditError),
    #[error(transparent)]
    Write(#[from] WriteError),
    #[error("{0}")]
    Read(String),
    /// Another docket may write the file (a symlink into a folder it holds).
    #[error("{0}")]
    Locked(String),
    #[error("{path}: {what} was changed by someone else since; not undone, their change stays")]
    ChangedSince { path: PathBuf, what: String },
    #[error("{path}: the file kept changing while docket tried to write it; nothing was written")]
    Busy { path: PathBuf },
}

/// Applies `edit` to the file at `path`, which held `loaded` when it was read. If the file
/// changed since, the edit is applied to the new content when its target is found
/// unambiguously (keeping the other change), and refused otherwise. Nothing is written on
/// any error.
pub fn save_edit(
    lock: &FolderLock,
    path: &Path,
    loaded: ContentHash,
    edit: &Edit,
) -> Result<Applied, SaveError> {
    let _also = lock.cover(path).map_err(SaveError::Locked)?;
    save_racing(path, loaded, edit, &|| {})
}

/// `save_edit` with a hook that runs right before the last check and the rename, for tests
/// that race another writer into that moment.
#[doc(hidden)]
pub fn save_edit_racing(
    lock: &FolderLock,
    path: &Path,
    loaded: ContentHash,
    edit: &Edit,
    before_rename: &dyn Fn(),
) -> Result<Applied, SaveError> {
    let _also = lock.cover(path).map_err(SaveError::Locked)?;
    save_racing(path, loaded, edit, before_rename)
}

fn save_racing(
    path: &Path,
    loaded: ContentHash,
    edit: &Edit,
    before_rename: &dyn Fn(),
) -> Result<Applied, SaveError> {
    // The edit is applied to what the file holds; if it changes before the rename (checked
    // after the temp file is flushed), everything starts again on the new content.
    for _ in 0..3 {
        let bytes = read(path)?;
        let hash = ContentHash::of(&bytes);
        let merged = hash != loaded;
        let result = apply_edit(path, &bytes, edit, merged)?;
        match write_unless_changed(path, &result.bytes, Some(hash), before_rename) {
            Err(WriteError::Changed { .. }) => continue,
            Err(e) => return Err(e.into()),
            Ok(()) => {
                return Ok(Applied {
                    path: path.to_path_buf(),
                    edit: edit.clone(),
                    inverse: result.inverse,
                    hash: ContentHash::of(&result.bytes),
                    meeting: result.meeting,
                    merged,
                });
            }
        }
    }
    Err(SaveError::Busy {
        path: path.to_path_buf(),
    })
}

fn read(path: &Path) -> Result<Vec<u8>, SaveError> {
    read_file(path).map_err(|d| SaveError::Read(d.to_string()))
}
