//! Applying an edit to a file on disk without ever overwriting someone else's change.

use super::edit::{Edit, EditError, apply_edit};
use super::lock::FolderLock;
use super::write::{Landed, Moment, WriteError, write_unless_changed};
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
    /// The edit landed, but something the person should check happened (another program's
    /// simultaneous write may be missing).
    pub warning: Option<String>,
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
    save_racing(path, loaded, edit, &|_| {})
}

/// `save_edit` with a hook that runs at each `Moment` of the write, for tests that race
/// another writer into it.
#[doc(hidden)]
pub fn save_edit_racing(
    lock: &FolderLock,
    path: &Path,
    loaded: ContentHash,
    edit: &Edit,
    race: &dyn Fn(Moment),
) -> Result<Applied, SaveError> {
    let _also = lock.cover(path).map_err(SaveError::Locked)?;
    save_racing(path, loaded, edit, race)
}

fn save_racing(
    path: &Path,
    loaded: ContentHash,
    edit: &Edit,
    race: &dyn Fn(Moment),
) -> Result<Applied, SaveError> {
    // The edit is applied to what the file holds; if it changes before the rename (checked
    // after the temp file is flushed), everything starts again on the new content.
    for _ in 0..3 {
        let bytes = read(path)?;
        let hash = ContentHash::of(&bytes);
        let merged = hash != loaded;
        let result = apply_edit(path, &bytes, edit, merged)?;
        match write_unless_changed(path, &result.bytes, Some(hash), race) {
            Err(WriteError::Changed { .. }) => continue,
            Err(e) => return Err(e.into()),
            Ok(landed) => {
                let applied = Applied {
                    path: path.to_path_buf(),
                    edit: edit.clone(),
                    inverse: result.inverse,
                    hash: ContentHash::of(&result.bytes),
                    meeting: result.meeting,
                    merged,
                    warning: None,
                };
                return Ok(match landed {
                    Landed::Clean => applied,
                    Landed::Overtaken(theirs) => put_back(path, edit, applied, &theirs),
                });
            }
        }
    }
    Err(SaveError::Busy {
        path: path.to_path_buf(),
    })
}

/// Another program wrote into the file in the microseconds between the last check and the
/// rename: our edit is in place, theirs is only in the replaced file. Apply the edit to
/// their content and write that, if the file still holds exactly what we wrote; else keep
/// what is there and say that their change may be missing. Either way the edit landed.
fn put_back(path: &Path, edit: &Edit, ours: Applied, theirs: &[u8]) -> Applied {
    let repaired = apply_edit(path, theirs, edit, true)
        .map_err(SaveError::from)
        .and_then(
            |r| match write_unless_changed(path, &r.bytes, Some(ours.hash), &|_| {})? {
                Landed::Clean => Ok(r),
                Landed::Overtaken(_) => Err(SaveError::Busy {
                    path: path.to_path_buf(),
                }),
            },
        );
    match repaired {
        Ok(r) => Applied {
            inverse: r.inverse,
            hash: ContentHash::of(&r.bytes),
            meeting: r.meeting,
            merged: true,
            ..ours
        },
        Err(_) => Applied {
            warning: Some(format!(
                "{}: another program wrote to the file at the same moment; its change may be missing, check the file",
                path.display()
            )),
            ..ours
        },
    }
}

fn read(path: &Path) -> Result<Vec<u8>, SaveError> {
    read_file(path).map_err(|d| SaveError::Read(d.to_string()))
}
