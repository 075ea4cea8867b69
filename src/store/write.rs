//! Atomic, careful writes of one file (replacing one, or creating a new one), and clean-up
//! of temp files left by a crash. Unix only (docket's platforms): permissions and `flock` are Unix ideas.

use super::lock::FolderLock;
use crate::i18n::Lang;
use crate::store::{ContentHash, plain_io};
use crate::t;
use std::fs::{self, File, OpenOptions};
use std::io::{self, Read, Seek, Write};
use std::os::fd::AsRawFd;
use std::os::unix::fs::{MetadataExt, OpenOptionsExt, PermissionsExt};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

/// Marks docket's temp files: `.<name>.docket-tmp-<pid>-<n>`.
pub const TEMP_MARK: &str = ".docket-tmp-";

#[derive(Debug, thiserror::Error)]
pub enum WriteError {
    #[error("{path}: cannot be written: {why}; the file on disk is unchanged")]
    Io { path: PathBuf, why: String },
    #[error("{path}: the file is read-only; nothing was written")]
    ReadOnly { path: PathBuf },
    /// The file changed between docket's last read and the rename; nothing was written.
    #[error("{path}: the file changed on disk while docket wrote it; nothing was written")]
    Changed { path: PathBuf },
    #[error(
        "{path}: cannot write a temporary file next to it ({why}); the file on disk is unchanged"
    )]
    Temp { path: PathBuf, why: String },
}

impl WriteError {
    pub fn message(&self, lang: Lang) -> String {
        match self {
            WriteError::Io { path, why } => t!(lang, "err-write-io", path = shown(path), why = why),
            WriteError::ReadOnly { path } => t!(lang, "err-write-read-only", path = shown(path)),
            WriteError::Changed { path } => t!(lang, "err-write-changed", path = shown(path)),
            WriteError::Temp { path, why } => {
                t!(lang, "err-write-temp", path = shown(path), why = why)
            }
        }
    }
}

fn shown(path: &Path) -> String {
    path.display().to_string()
}

fn io_err(path: &Path, e: &io::Error) -> WriteError {
    WriteError::Io {
        path: path.to_path_buf(),
        why: plain_io(e),
    }
}

/// Replaces the content of `path` with `bytes` so that a crash at any moment leaves the old
/// content or the new, never a mix: a temp file in the same folder is written and flushed,
/// then renamed over the original, and the folder is flushed. A symlink is written through
/// to its target; the target's permissions (and owner, where allowed) are kept.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<(), WriteError> {
    write_unless_changed(path, bytes, None, &|_| {}).map(|_| ())
}

/// The moments of a checked write that a test can race another writer into.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Moment {
    /// The temp file is written and flushed; the last check comes next.
    BeforeCheck,
    /// The last check passed; the rename comes next.
    BeforeRename,
    /// The rename is done; the replaced file is read once more next.
    AfterRename,
}

/// How a checked write landed.
#[derive(Debug)]
pub(crate) enum Landed {
    Clean,
    /// Another program wrote into the file after the last check, before the rename took
    /// effect: what the replaced file holds now, with their change (ours is in place).
    Overtaken(Vec<u8>),
}

/// `write_atomic`, but when `expect` is given the file must still hold content with that
/// hash right before the rename (after the temp file is written and flushed, the slow
/// part), else nothing is written and `WriteError::Changed` says so. This leaves only the
/// few microseconds of one read and the rename in which another program's write can be
/// overwritten. The replaced file, still open, is read once more after the rename: a write
/// that landed in it in those microseconds comes back as `Landed::Overtaken`, so the caller
/// can put it back. `race` runs at each `Moment` (tests race another writer in there).
pub(crate) fn write_unless_changed(
    path: &Path,
    bytes: &[u8],
    expect: Option<ContentHash>,
    race: &dyn Fn(Moment),
) -> Result<Landed, WriteError> {
    let target = fs::canonicalize(path).map_err(|e| io_err(path, &e))?;
    let meta = fs::metadata(&target).map_err(|e| io_err(path, &e))?;
    // Rename would replace a read-only file without asking; the person meant it read-only
    // (no write bit at all counts too, so root does not overwrite it either).
    if meta.permissions().mode() & 0o222 == 0 {
        return Err(WriteError::ReadOnly {
            path: path.to_path_buf(),
        });
    }
    if let Err(e) = OpenOptions::new().write(true).open(&target) {
        return Err(match e.kind() {
            io::ErrorKind::PermissionDenied => WriteError::ReadOnly {
                path: path.to_path_buf(),
            },
            _ => io_err(path, &e),
        });
    }
    let dir = target.parent().unwrap_or(Path::new("."));
    let tmp = temp_path(&target);
    // Ok(None): changed before the rename, nothing written. Ok(Some(old)): renamed; `old`
    // is a handle on the replaced file when there was one to check.
    let result = write_temp(&tmp, bytes, TempMode::Like(&meta)).and_then(|()| {
        race(Moment::BeforeCheck);
        let Some(expect) = expect else {
            return fs::rename(&tmp, &target).map(|()| Some(None));
        };
        // Read through a handle that stays on the file being replaced.
        let mut old = OpenOptions::new()
            .read(true)
            .custom_flags(libc::O_NONBLOCK)
            .open(&target)?;
        if ContentHash::of(&read_all(&mut old)?) != expect {
            return Ok(None);
        }
        race(Moment::BeforeRename);
        fs::rename(&tmp, &target)?;
        Ok(Some(Some((old, expect))))
    });
    match result {
        Ok(None) => {
            let _ = fs::remove_file(&tmp);
            Err(WriteError::Changed {
                path: path.to_path_buf(),
            })
        }
        Ok(Some(replaced)) => {
            // The rename is durable only once the folder entry is on disk. The new content
            // is in place already, so a folder that cannot be synced is not an error: the
            // caller must not think nothing was written.
            sync_dir(dir);
            race(Moment::AfterRename);
            // Only then look at the replaced file again: the folder's flush (milliseconds)
            // gives a writer that opened it just before the rename time to show up.
            Ok(match replaced {
                Some((mut old, expect)) => match old
                    .seek(io::SeekFrom::Start(0))
                    .and_then(|_| read_all(&mut old))
                {
                    Ok(now) if ContentHash::of(&now) != expect => Landed::Overtaken(now),
                    // Unchanged, or it cannot be told: ours is in place either way.
                    _ => Landed::Clean,
                },
                None => Landed::Clean,
            })
        }
        Err(e) => {
            let _ = fs::remove_file(&tmp);
            Err(
                if e.kind() == io::ErrorKind::PermissionDenied || !tmp_dir_writable(dir) {
                    WriteError::Temp {
                        path: path.to_path_buf(),
                        why: plain_io(&e),
                    }
                } else {
                    io_err(path, &e)
                },
            )
        }
    }
}

/// The whole file from the handle's position, up to one byte past the size cap.
fn read_all(f: &mut File) -> io::Result<Vec<u8>> {
    let mut buf = Vec::new();
    f.take(super::MAX_FILE_BYTES + 1).read_to_end(&mut buf)?;
    Ok(buf)
}

fn tmp_dir_writable(dir: &Path) -> bool {
    fs::metadata(dir).is_ok_and(|m| m.permissions().mode() & 0o222 != 0)
}

fn temp_path(target: &Path) -> PathBuf {
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let n = COUNTER.fetch_add(1, Ordering::Relaxed);
    let name = target
        .file_name()
        .map_or_else(Default::default, |n| n.to_string_lossy().into_owned());
    target.with_file_name(format!(".{name}{TEMP_MARK}{}-{n}", std::process::id()))
}

/// The mode and owner a temp file gets.
enum TempMode<'a> {
    /// Those of the file it replaces.
    Like(&'a fs::Metadata),
    /// A new file: these permission bits, else 0666 less the umask, as for any new file.
    New(Option<u32>),
}

/// Writes and flushes a new temp file; the caller renames or links it into place.
fn write_temp(tmp: &Path, bytes: &[u8], mode: TempMode<'_>) -> io::Result<()> {
    let bits = match mode {
        TempMode::Like(meta) => Some(meta.permissions().mode() & 0o7777),
        TempMode::New(bits) => bits,
    };
    let mut f = OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(bits.unwrap_or(0o666))
        .open(tmp)?;
    // The umask may have narrowed the mode; the original's bits are what the person chose.
    if let Some(bits) = bits {
        f.set_permissions(fs::Permissions::from_mode(bits))?;
    }
    if let TempMode::Like(meta) = mode {
        // Keep the owner and group where allowed (root, or a group we are in); else ours.
        // SAFETY: fchown on an fd we own; failure is reported in the return value only.
        let _ = unsafe { libc::fchown(f.as_raw_fd(), meta.uid(), meta.gid()) };
    }
    f.write_all(bytes)?;
    f.sync_all()
}

/// Makes a rename or link in `dir` durable: the folder entry is on disk only once the
/// folder is flushed.
fn sync_dir(dir: &Path) {
    let _ = File::open(dir).and_then(|d| d.sync_all());
}

#[derive(Debug, thiserror::Error)]
pub enum NewFileError {
    #[error("{0}: already exists; not overwriting it")]
    Exists(PathBuf),
    #[error("{path}: cannot be written: {reason}")]
    Io { path: PathBuf, reason: String },
}

impl NewFileError {
    pub fn message(&self, lang: Lang) -> String {
        match self {
            NewFileError::Exists(path) => t!(lang, "err-new-file-exists", path = shown(path)),
            NewFileError::Io { path, reason } => {
                t!(lang, "err-new-file-io", path = shown(path), why = reason)
            }
        }
    }
}

/// Creates `path` with `contents` as atomically as `write_atomic` (temp file in the same
/// folder, flushed, then linked into place, folder flushed) and never over an existing
/// file: `Exists` if something is there, even one that appeared meanwhile. The new file
/// gets the mode a normal editor would give it: that of the files with the same extension
/// next to it (the series' other meetings), else 0666 less the umask.
pub fn write_new(path: &Path, contents: impl AsRef<[u8]>) -> Result<(), NewFileError> {
    let io = |e: io::Error| NewFileError::Io {
        path: path.to_path_buf(),
        reason: plain_io(&e),
    };
    if path.exists() {
        return Err(NewFileError::Exists(path.to_path_buf()));
    }
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    fs::create_dir_all(&dir).map_err(io)?;
    let tmp = temp_path(path);
    let mode = TempMode::New(sibling_mode(&dir, path));
    if let Err(e) = write_temp(&tmp, contents.as_ref(), mode) {
        let _ = fs::remove_file(&tmp);
        return Err(io(e));
    }
    // A hard link fails if the name exists: it never replaces a file that appeared
    // meanwhile.
    let linked = fs::hard_link(&tmp, path);
    let _ = fs::remove_file(&tmp);
    linked.map_err(|e| {
        if e.kind() == io::ErrorKind::AlreadyExists {
            NewFileError::Exists(path.to_path_buf())
        } else {
            io(e)
        }
    })?;
    sync_dir(&dir);
    Ok(())
}

/// The permission bits of the newest regular file with the same extension in `dir`.
fn sibling_mode(dir: &Path, path: &Path) -> Option<u32> {
    let ext = path.extension()?;
    fs::read_dir(dir)
        .ok()?
        .flatten()
        .filter(|e| {
            e.path().extension() == Some(ext) && !e.file_name().to_string_lossy().starts_with('.')
        })
        .filter_map(|e| e.metadata().ok().filter(|m| m.is_file()))
        .max_by_key(|m| m.modified().ok())
        .map(|m| m.permissions().mode() & 0o777)
}

/// Removes temp files that a crashed docket left below `dir`; returns what was removed.
/// Call it while holding the folder lock, so no other docket is mid-write.
pub fn remove_stale_temps(_lock: &FolderLock, dir: &Path) -> Vec<PathBuf> {
    let mut removed = Vec::new();
    sweep(dir, 0, &mut removed);
    removed
}

fn sweep(dir: &Path, depth: usize, removed: &mut Vec<PathBuf>) {
    // The depth cap stands in for loop detection: folder symlinks are not followed anyway.
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let name = entry.file_name();
        let name = name.to_string_lossy();
        let Ok(kind) = entry.file_type() else {
            continue;
        };
        if kind.is_dir() && !name.starts_with('.') && depth < 32 {
            sweep(&entry.path(), depth + 1, removed);
        } else if kind.is_file()
            && name.starts_with('.')
            && name.contains(TEMP_MARK)
            && !writer_alive(&name)
            && fs::remove_file(entry.path()).is_ok()
        {
            removed.push(entry.path());
        }
    }
}

/// Whether the process that named a temp file (`…{TEMP_MARK}PID-N`) still runs: a
/// command that takes no folder lock (`docket new`, `export --out`) may be between writing
/// its temp file and linking it while an interface sweeps the folder.
fn writer_alive(name: &str) -> bool {
    let Some(pid) = name
        .rsplit_once(TEMP_MARK)
        .and_then(|(_, rest)| rest.split('-').next())
        .and_then(|p| p.parse::<libc::pid_t>().ok())
        .filter(|&p| p > 0)
    else {
        return false;
    };
    // SAFETY: signal 0 only asks whether the process exists; nothing is sent.
    let rc = unsafe { libc::kill(pid, 0) };
    rc == 0 || io::Error::last_os_error().raw_os_error() == Some(libc::EPERM)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_once_and_refuses_the_second_time() {
        let dir = tempfile::tempdir().expect("tempdir");
        let p = dir.path().join("sub/a.toml");
        write_new(&p, "one").expect("first write");
        assert!(matches!(write_new(&p, "two"), Err(NewFileError::Exists(_))));
        assert_eq!(std::fs::read_to_string(&p).expect("read"), "one");
        let left: Vec<_> = std::fs::read_dir(p.parent().expect("parent"))
            .expect("list")
            .collect();
        assert_eq!(left.len(), 1, "no temporary file left behind");
    }
}

#[cfg(test)]
mod mode_tests {
    use super::*;

    fn mode(p: &Path) -> u32 {
        std::fs::metadata(p).expect("meta").permissions().mode() & 0o777
    }

    #[test]
    fn a_new_file_gets_its_siblings_mode_else_the_umask_default() {
        let dir = tempfile::tempdir().expect("tempdir");
        let lone = dir.path().join("a.md");
        write_new(&lone, "x").expect("write");
        // Read without setting it (other tests run in this process at the same time).
        let status = std::fs::read_to_string("/proc/self/status").expect("status");
        let umask = status
            .lines()
            .find_map(|l| l.strip_prefix("Umask:"))
            .and_then(|v| u32::from_str_radix(v.trim(), 8).ok())
            .expect("umask");
        assert_eq!(mode(&lone), 0o666 & !umask, "not 0600");
        let series = dir.path().join("lovp");
        std::fs::create_dir(&series).expect("mkdir");
        std::fs::write(series.join("2020-02-10.toml"), "x").expect("write");
        std::fs::set_permissions(
            series.join("2020-02-10.toml"),
            std::fs::Permissions::from_mode(0o640),
        )
        .expect("chmod");
        let next = series.join("2020-03-09.toml");
        write_new(&next, "y").expect("write");
        assert_eq!(mode(&next), 0o640);
        let left = std::fs::read_dir(&series).expect("list").count();
        assert_eq!(left, 2, "no temporary file left");
    }

    #[test]
    fn the_sweep_leaves_the_temp_files_of_running_writers() {
        let dir = tempfile::tempdir().expect("tempdir");
        let crate::store::Access::Write(lock) = FolderLock::acquire(dir.path()) else {
            panic!("lock");
        };
        // Ours (running), and one of a pid that cannot exist (a crashed writer's).
        let ours = dir
            .path()
            .join(format!(".a.toml{TEMP_MARK}{}-0", std::process::id()));
        let dead = dir.path().join(format!(".a.toml{TEMP_MARK}{}-0", i32::MAX));
        fs::write(&ours, "x").expect("write");
        fs::write(&dead, "x").expect("write");
        assert_eq!(
            remove_stale_temps(&lock, dir.path()),
            std::slice::from_ref(&dead)
        );
        assert!(ours.exists() && !dead.exists());
    }

    #[test]
    fn a_sweep_meanwhile_never_fails_a_new_file() {
        let dir = tempfile::tempdir().expect("tempdir");
        let crate::store::Access::Write(lock) = FolderLock::acquire(dir.path()) else {
            panic!("lock");
        };
        let stop = std::sync::atomic::AtomicBool::new(false);
        let failed = std::thread::scope(|s| {
            s.spawn(|| {
                while !stop.load(Ordering::Relaxed) {
                    remove_stale_temps(&lock, dir.path());
                }
            });
            let failed: Vec<String> = (0..300)
                .filter_map(|n| write_new(&dir.path().join(format!("{n}.toml")), "x").err())
                .map(|e| e.to_string())
                .collect();
            stop.store(true, Ordering::Relaxed);
            failed
        });
        assert!(
            failed.is_empty(),
            "{} of 300 failed: {:?}",
            failed.len(),
            failed.first()
        );
    }
}
