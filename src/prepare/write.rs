//! Writing a new file: atomically (temporary file in the same folder, flushed, then renamed)
//! and never over an existing file. Kept in one small function so it can be swapped for the
//! store's atomic write.

use std::io::Write;
use std::path::{Path, PathBuf};

#[derive(Debug, thiserror::Error)]
pub enum WriteError {
    #[error("{0}: already exists; not overwriting it (choose another name with --out)")]
    Exists(PathBuf),
    #[error("{path}: cannot be written: {reason}")]
    Io { path: PathBuf, reason: String },
}

/// Creates `path` with `contents`; fails with `Exists` if something is already there.
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
    let mut tmp = tempfile::Builder::new()
        .prefix(".docket-new-")
        .tempfile_in(&dir)
        .map_err(io)?;
    tmp.write_all(contents.as_ref()).map_err(io)?;
    tmp.as_file().sync_all().map_err(io)?;
    // persist_noclobber refuses to replace a file that appeared meanwhile.
    tmp.persist_noclobber(path).map_err(|e| {
        if e.error.kind() == std::io::ErrorKind::AlreadyExists {
            WriteError::Exists(path.to_path_buf())
        } else {
            io(e.error)
        }
    })?;
    Ok(())
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
