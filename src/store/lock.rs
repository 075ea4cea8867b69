//! One writer per file, whatever folder each docket was opened on. The coordination lives
//! outside the meetings folder (in `$XDG_RUNTIME_DIR/docket`, else `/tmp/docket-<uid>`), so
//! browsing leaves the user's folder exactly as it was; lock files there are keyed by a
//! hash of a canonical folder path.
//!
//! A docket that writes folder D holds an exclusive `flock` on D's key and a shared one on
//! the key of every folder above D. So a second docket on D (exclusive against exclusive),
//! on a folder inside D (its shared lock on D against our exclusive one) or on a folder
//! above D (its exclusive lock against our shared one) cannot get write access; dockets on
//! unrelated folders can. Paths are canonical, so symlinked folders meet at the same keys.
//! The kernel drops `flock`s when a process ends (also by SIGKILL): a lock file left behind
//! is harmless; only a held lock counts.

use super::plain_io;
use crate::i18n::Lang;
use crate::t;
use std::fs::{self, File, OpenOptions};
use std::io;
use std::os::fd::AsRawFd;
use std::os::unix::fs::{DirBuilderExt, MetadataExt, OpenOptionsExt, PermissionsExt};
use std::path::{Path, PathBuf};

/// Proof that this process may write the meeting files below a folder; the locks are
/// released when it is dropped or the process dies.
#[derive(Debug)]
pub struct FolderLock {
    _locks: Vec<File>,
    dir: PathBuf,
}

/// Whether this docket may write, and if not, why (`message(lang)` for the status line).
#[derive(Debug)]
pub enum Access {
    Write(FolderLock),
    ReadOnly(ReadOnly),
}

/// Why this docket stays read-only: "read-only: " and the reason.
#[derive(Debug, thiserror::Error)]
#[error("read-only: {0}")]
pub struct ReadOnly(pub LockError);

impl ReadOnly {
    pub fn message(&self, lang: Lang) -> String {
        t!(lang, "err-lock-read-only", why = self.0.message(lang))
    }
}

/// Why write access to a folder (or to the target of a link) cannot be had. `why` is the
/// operating system's own text.
#[derive(Debug, thiserror::Error)]
pub enum LockError {
    #[error("cannot resolve {} ({why})", dir.display())]
    Unresolved { dir: PathBuf, why: String },
    #[error("another docket is writing {}, which holds {}", above.display(), dir.display())]
    HeldAbove { above: PathBuf, dir: PathBuf },
    #[error("another docket is writing {} or a folder inside it", dir.display())]
    Held { dir: PathBuf },
    #[error("cannot open the lock {} ({why})", path.display())]
    OpenLock { path: PathBuf, why: String },
    #[error("cannot lock {} ({why})", path.display())]
    Flock { path: PathBuf, why: String },
    #[error("cannot create the lock folder {} ({why})", dir.display())]
    CreateDir { dir: PathBuf, why: String },
    #[error("cannot use the lock folder {} ({why})", dir.display())]
    UseDir { dir: PathBuf, why: String },
    #[error(
        "the lock folder {} is not a private folder of this user; remove it and start again",
        dir.display()
    )]
    NotPrivate { dir: PathBuf },
    #[error("{}: cannot be resolved ({why})", path.display())]
    LinkUnresolved { path: PathBuf, why: String },
    #[error("{}: leads to {}, and {why}; nothing was written", path.display(), target.display())]
    LinkHeld {
        path: PathBuf,
        target: PathBuf,
        why: Box<LockError>,
    },
}

impl LockError {
    pub fn message(&self, lang: Lang) -> String {
        let shown = |p: &Path| p.display().to_string();
        match self {
            LockError::Unresolved { dir, why } => {
                t!(lang, "err-lock-unresolved", dir = shown(dir), why = why)
            }
            LockError::HeldAbove { above, dir } => t!(
                lang,
                "err-lock-held-above",
                above = shown(above),
                dir = shown(dir)
            ),
            LockError::Held { dir } => t!(lang, "err-lock-held", dir = shown(dir)),
            LockError::OpenLock { path, why } => {
                t!(lang, "err-lock-open", path = shown(path), why = why)
            }
            LockError::Flock { path, why } => {
                t!(lang, "err-lock-flock", path = shown(path), why = why)
            }
            LockError::CreateDir { dir, why } => {
                t!(lang, "err-lock-create-dir", dir = shown(dir), why = why)
            }
            LockError::UseDir { dir, why } => {
                t!(lang, "err-lock-use-dir", dir = shown(dir), why = why)
            }
            LockError::NotPrivate { dir } => t!(lang, "err-lock-not-private", dir = shown(dir)),
            LockError::LinkUnresolved { path, why } => {
                t!(
                    lang,
                    "err-lock-link-unresolved",
                    path = shown(path),
                    why = why
                )
            }
            LockError::LinkHeld { path, target, why } => t!(
                lang,
                "err-lock-link-held",
                path = shown(path),
                target = shown(target),
                why = why.message(lang)
            ),
        }
    }
}

impl FolderLock {
    /// Takes write access to the folder, or says why this docket must stay read-only.
    pub fn acquire(dir: &Path) -> Access {
        match Self::try_acquire(dir) {
            Ok(lock) => Access::Write(lock),
            Err(why) => Access::ReadOnly(ReadOnly(why)),
        }
    }

    fn try_acquire(dir: &Path) -> Result<FolderLock, LockError> {
        let canon = fs::canonicalize(dir).map_err(|e| LockError::Unresolved {
            dir: dir.to_path_buf(),
            why: plain_io(&e),
        })?;
        let base = lock_dir()?;
        let mut locks = Vec::new();
        // Top down: the folders above, shared; the folder itself, exclusive.
        let above: Vec<&Path> = canon.ancestors().skip(1).collect();
        for folder in above.iter().rev() {
            locks.push(take(&base, folder, false).map_err(|busy| match busy {
                Busy::Held => LockError::HeldAbove {
                    above: folder.to_path_buf(),
                    dir: canon.clone(),
                },
                Busy::Error(e) => e,
            })?);
        }
        locks.push(take(&base, &canon, true).map_err(|busy| match busy {
            Busy::Held => LockError::Held { dir: canon.clone() },
            Busy::Error(e) => e,
        })?);
        Ok(FolderLock {
            _locks: locks,
            dir: canon,
        })
    }

    /// The canonical folder this lock covers.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// Makes sure no other docket may write `path` while the returned guard lives. A file
    /// below the folder is covered already; a symlink that leads elsewhere needs the lock of
    /// the folder it leads to, unless that folder is above ours (we hold it shared, so no
    /// other docket writes there).
    pub fn cover(&self, path: &Path) -> Result<Option<FolderLock>, LockError> {
        let target = fs::canonicalize(path).map_err(|e| LockError::LinkUnresolved {
            path: path.to_path_buf(),
            why: plain_io(&e),
        })?;
        let Some(parent) = target.parent() else {
            return Ok(None);
        };
        if target.starts_with(&self.dir) || self.dir.starts_with(parent) {
            return Ok(None);
        }
        Self::try_acquire(parent)
            .map(Some)
            .map_err(|why| LockError::LinkHeld {
                path: path.to_path_buf(),
                target: target.clone(),
                why: Box::new(why),
            })
    }
}

enum Busy {
    Held,
    Error(LockError),
}

fn take(base: &Path, folder: &Path, exclusive: bool) -> Result<File, Busy> {
    let path = base.join(format!("{:016x}.lock", key(folder)));
    let open = |write: bool| {
        OpenOptions::new()
            .read(true)
            .write(write)
            .create(write)
            .truncate(false)
            .mode(0o600)
            .custom_flags(libc::O_NOFOLLOW | libc::O_CLOEXEC)
            .open(&path)
    };
    // A lock file someone else created may not be writable for us; `flock` needs only a
    // file opened for reading.
    let file = open(true).or_else(|_| open(false)).map_err(|e| {
        Busy::Error(LockError::OpenLock {
            path: path.clone(),
            why: plain_io(&e),
        })
    })?;
    let how = if exclusive {
        libc::LOCK_EX
    } else {
        libc::LOCK_SH
    };
    // SAFETY: flock on an fd we own; it does not touch memory.
    if unsafe { libc::flock(file.as_raw_fd(), how | libc::LOCK_NB) } == 0 {
        return Ok(file);
    }
    let e = io::Error::last_os_error();
    Err(if e.kind() == io::ErrorKind::WouldBlock {
        Busy::Held
    } else {
        Busy::Error(LockError::Flock {
            path,
            why: plain_io(&e),
        })
    })
}

/// FNV-1a of the path's bytes: stable across builds and versions, unlike `std`'s hasher,
/// so two docket versions on one machine use the same keys.
fn key(folder: &Path) -> u64 {
    folder
        .as_os_str()
        .as_encoded_bytes()
        .iter()
        .fold(0xcbf2_9ce4_8422_2325, |h, &b| {
            (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
        })
}

/// The folder of lock files: private to this user, created when missing.
fn lock_dir() -> Result<PathBuf, LockError> {
    // SAFETY: getuid cannot fail and touches no memory.
    let uid = unsafe { libc::getuid() };
    let dir = match std::env::var_os("XDG_RUNTIME_DIR").filter(|d| !d.is_empty()) {
        Some(run) => PathBuf::from(run).join("docket"),
        None => std::env::temp_dir().join(format!("docket-{uid}")),
    };
    match fs::DirBuilder::new().mode(0o700).create(&dir) {
        Ok(()) => {}
        Err(e) if e.kind() == io::ErrorKind::AlreadyExists => {}
        Err(e) => {
            return Err(LockError::CreateDir {
                dir,
                why: plain_io(&e),
            });
        }
    }
    // In a shared /tmp someone else could have made it first: use it only if it is ours
    // and no one else can write in it.
    let meta = fs::symlink_metadata(&dir).map_err(|e| LockError::UseDir {
        dir: dir.clone(),
        why: plain_io(&e),
    })?;
    if !meta.is_dir() || meta.uid() != uid || meta.permissions().mode() & 0o022 != 0 {
        return Err(LockError::NotPrivate { dir });
    }
    Ok(dir)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_are_stable() {
        assert_eq!(key(Path::new("")), 0xcbf2_9ce4_8422_2325);
        assert_ne!(key(Path::new("/a/b")), key(Path::new("/a/c")));
    }
}
