//! Applying an edit to a file on disk without ever overwriting someone else's change.

use super::edit::{Edit, EditError, apply_edit};
use super::lock::{FolderLock, LockError};
use super::undo::Touched;
use super::write::{Landed, Moment, NewFileError, WriteError, write_unless_changed};
use super::{ContentHash, Diagnostic, read_file};
use crate::i18n::Lang;
use crate::model::Meeting;
use crate::t;
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
    pub warning: Option<Overtaken>,
}

/// Another program wrote to the file at the same moment as docket; its change may be missing.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error(
    "{path}: another program wrote to the file at the same moment; its change may be missing, check the file"
)]
pub struct Overtaken {
    pub path: PathBuf,
}

impl Overtaken {
    pub fn message(&self, lang: Lang) -> String {
        t!(
            lang,
            "err-save-overtaken",
            path = self.path.display().to_string()
        )
    }
}

#[derive(Debug, thiserror::Error)]
pub enum SaveError {
    #[error(transparent)]
    Edit(#[from] EditError),
    #[error(transparent)]
    Write(#[from] WriteError),
    #[error("{0}")]
    Read(Box<Diagnostic>),
    #[error(transparent)]
    NewFile(#[from] NewFileError),
    /// Another docket may write the file (a symlink into a folder it holds).
    #[error(transparent)]
    Locked(#[from] LockError),
    #[error("{path}: {what} was changed by someone else since; not undone, their change stays")]
    ChangedSince { path: PathBuf, what: Touched },
    #[error("{path}: the file kept changing while docket tried to write it; nothing was written")]
    Busy { path: PathBuf },
    /// Parking: removing the item did not give its lines back (a bug, not the user's doing).
    #[error("{path}: the item's lines could not be taken; nothing was written")]
    ItemLines { path: PathBuf },
    /// Parking: the item is in `copy` already, taking it out of its meeting failed (`first`),
    /// and so did removing the copy again (`back`).
    #[error("{first}; and the copy in {copy} could not be taken back: {back}")]
    NotTakenBack {
        first: Box<SaveError>,
        copy: PathBuf,
        back: Box<SaveError>,
    },
}

impl SaveError {
    pub fn message(&self, lang: Lang) -> String {
        let shown = |p: &Path| p.display().to_string();
        match self {
            SaveError::Edit(e) => e.message(lang),
            SaveError::Write(e) => e.message(lang),
            SaveError::Read(d) => d.render(lang),
            SaveError::NewFile(e) => e.message(lang),
            SaveError::Locked(e) => e.message(lang),
            SaveError::ChangedSince { path, what } => t!(
                lang,
                "err-save-changed-since",
                path = shown(path),
                what = what.message(lang)
            ),
            SaveError::Busy { path } => t!(lang, "err-save-busy", path = shown(path)),
            SaveError::ItemLines { path } => t!(lang, "err-save-item-lines", path = shown(path)),
            SaveError::NotTakenBack { first, copy, back } => t!(
                lang,
                "err-save-not-taken-back",
                first = first.message(lang),
                copy = shown(copy),
                back = back.message(lang)
            ),
        }
    }
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
    let _also = lock.cover(path)?;
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
    let _also = lock.cover(path)?;
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
            warning: Some(Overtaken {
                path: path.to_path_buf(),
            }),
            ..ours
        },
    }
}

fn read(path: &Path) -> Result<Vec<u8>, SaveError> {
    read_file(path).map_err(|d| SaveError::Read(Box::new(d)))
}
