//! Writing a new file: atomically (temporary file in the same folder, flushed, then linked
//! into place) and never over an existing file. Kept in one small function so it can be swapped for the
//! store's atomic write.

use std::io::Write;
use std::os::unix::fs::{OpenOptionsExt, PermissionsExt};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

#[derive(Debug, thiserror::Error)]
pub enum WriteError {
    #[error("{0}: already exists; not overwriting it (choose another name with --out)")]
    Exists(PathBuf),
    #[error("{path}: cannot be written: {reason}")]
    Io { path: PathBuf, reason: String },
}

/// Creates `path` with `contents`; fails with `Exists` if something is already there.
/// The new file gets the mode a normal editor would give it: that of the files with the
/// same extension next to it (the series' other meetings), else 0666 less the umask.
pub fn write_new(path: &Path, contents: impl AsRef<[u8]>) -> Result<(), WriteError> {
    let io = |e: std::io::Error| WriteError::Io {
        path: path.to_path_buf(),
        reason: crate::store::plain_io(&e),
    };
    if path.exists() {
        return Err(WriteError::Exists(path.to_path_buf()));
    }
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    std::fs::create_dir_all(&dir).map_err(io)?;
    let (tmp, mut file) = create_temp(&dir).map_err(io)?;
    let written = (|| {
        if let Some(mode) = sibling_mode(&dir, path) {
            file.set_permissions(std::fs::Permissions::from_mode(mode))?;
        }
        file.write_all(contents.as_ref())?;
        file.sync_all()?;
        // A hard link fails if the name exists: it never replaces a file that appeared
        // meanwhile.
        std::fs::hard_link(&tmp, path)
    })();
    let _ = std::fs::remove_file(&tmp);
    written.map_err(|e| {
        if e.kind() == std::io::ErrorKind::AlreadyExists {
            WriteError::Exists(path.to_path_buf())
        } else {
            io(e)
        }
    })?;
    if let Ok(d) = std::fs::File::open(&dir) {
        let _ = d.sync_all();
    }
    Ok(())
}

/// A new temp file, created 0666 so the kernel applies the umask as for any new file.
fn create_temp(dir: &Path) -> std::io::Result<(PathBuf, std::fs::File)> {
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    loop {
        let n = COUNTER.fetch_add(1, Ordering::Relaxed);
        let tmp = dir.join(format!(".docket-new-{}-{n}", std::process::id()));
        match std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .mode(0o666)
            .open(&tmp)
        {
            Ok(f) => return Ok((tmp, f)),
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => continue,
            Err(e) => return Err(e),
        }
    }
}

/// The permission bits of the newest regular file with the same extension in `dir`.
fn sibling_mode(dir: &Path, path: &Path) -> Option<u32> {
    let ext = path.extension()?;
    std::fs::read_dir(dir)
        .ok()?
        .flatten()
        .filter(|e| {
            e.path().extension() == Some(ext) && !e.file_name().to_string_lossy().starts_with('.')
        })
        .filter_map(|e| e.metadata().ok().filter(|m| m.is_file()))
        .max_by_key(|m| m.modified().ok())
        .map(|m| m.permissions().mode() & 0o777)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_once_and_refuses_the_second_time() {
        let dir = tempfile::tempdir().expect("tempdir");
        let p = dir.path().join("sub/a.toml");
        write_new(&p, "one").expect("first write");
        assert!(matches!(write_new(&p, "two"), Err(WriteError::Exists(_))));
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
}
