//! Opens a document with the system's opener (`xdg-open`, or `open` on macOS), found on
//! PATH by the operating system, never through a shell: the path or URL is one argument, so
//! a file name like `$(touch x);.pdf` is only a name.

use crate::model::DocumentTarget;
use std::path::Path;
use std::process::{Command, Stdio};

/// The opener program.
pub const OPENER: &str = if cfg!(target_os = "macos") {
    "open"
} else {
    "xdg-open"
};

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum OpenError {
    #[error("“{0}” does not exist; nothing was opened")]
    Missing(String),
    #[error("cannot run {OPENER}: {0}")]
    Spawn(String),
}

impl OpenError {
    /// The message for the status line, in `lang`.
    pub fn message(&self, lang: crate::i18n::Lang) -> String {
        match self {
            OpenError::Missing(p) => crate::t!(lang, "ui-record-open-missing", path = p),
            OpenError::Spawn(e) => {
                crate::t!(lang, "ui-record-open-spawn", opener = OPENER, error = e)
            }
        }
    }
}

/// Starts the opener on `target` and returns at once; a thread reaps it when it ends.
/// Its output goes nowhere, so it cannot write over the screen.
pub fn open(target: &DocumentTarget) -> Result<String, OpenError> {
    let arg = match target {
        DocumentTarget::Url(u) => u.clone().into(),
        DocumentTarget::File(p) => {
            if !p.exists() {
                return Err(OpenError::Missing(p.display().to_string()));
            }
            // Absolute, so a name starting with `-` cannot be read as an option.
            std::path::absolute(p)
                .unwrap_or_else(|_| p.clone())
                .into_os_string()
        }
    };
    let mut child = Command::new(OPENER)
        .arg(&arg)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .map_err(|e| OpenError::Spawn(crate::store::plain_io(&e)))?;
    std::thread::spawn(move || child.wait());
    let shown = Path::new(&arg)
        .file_name()
        .filter(|_| matches!(target, DocumentTarget::File(_)))
        .map_or_else(
            || arg.to_string_lossy().into_owned(),
            |n| n.to_string_lossy().into_owned(),
        );
    Ok(shown)
}
