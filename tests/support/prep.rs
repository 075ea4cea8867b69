//! Helpers for the tests of preparing meetings (tests/prep/, and the CLI tests that share
//! its fixtures).
#![allow(dead_code)]

use std::path::{Path, PathBuf};

// The prep tests run the binary too; not every test binary that includes this uses them.
#[allow(unused_imports)]
pub use super::cli::{docket, stderr, stdout};

pub fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/prep")
}

/// Copies a folder of meeting files (one level of sub-folders) into a fresh temp dir.
pub fn copy_dir(from: &Path) -> tempfile::TempDir {
    let tmp = tempfile::tempdir().expect("tempdir");
    copy_into(from, tmp.path());
    tmp
}

fn copy_into(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("mkdir");
    for e in std::fs::read_dir(from).expect("read fixture dir") {
        let e = e.expect("entry");
        let dest = to.join(e.file_name());
        if e.path().is_dir() {
            copy_into(&e.path(), &dest);
        } else {
            std::fs::copy(e.path(), dest).expect("copy");
        }
    }
}

/// Compares with a golden file; `UPDATE_GOLDEN=1` rewrites it instead.
pub fn golden(name: &str, actual: &str) {
    let path = fixtures().join(name);
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::write(&path, actual).expect("write golden");
        return;
    }
    let expected = std::fs::read_to_string(&path).expect("golden file exists");
    assert_eq!(actual, expected, "differs from {}", path.display());
}
