//! Watching a meetings folder so the interface can reload while it runs: raw `notify`
//! events are gathered until the folder is quiet for a moment, then reported as one batch
//! of meeting files that changed (or appeared) and that disappeared.

use super::walk::is_meeting_file;
use notify::event::ModifyKind;
use notify::{EventKind, RecursiveMode, Watcher as _};
use std::collections::BTreeSet;
use std::path::{Component, Path, PathBuf};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError};
use std::time::Duration;

/// One quiet-period's worth of changes.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Changes {
    /// Meeting files that were written or created: reload each (compare its hash with what
    /// docket itself wrote to skip its own writes).
    pub changed: Vec<PathBuf>,
    /// Meeting files that are gone.
    pub removed: Vec<PathBuf>,
    /// A folder appeared, vanished or was renamed, or events were lost: reload everything.
    pub rescan: bool,
}

#[derive(Debug, thiserror::Error)]
#[error("{path}: cannot watch the folder for changes ({why}); reload by hand")]
pub struct WatchError {
    pub path: PathBuf,
    pub why: String,
}

impl WatchError {
    pub fn message(&self, lang: crate::i18n::Lang) -> String {
        crate::t!(
            lang,
            "err-watch",
            path = self.path.display().to_string(),
            why = &self.why
        )
    }
}

/// Watches a folder recursively while it lives.
pub struct Watcher {
    _inner: notify::RecommendedWatcher,
    rx: Receiver<Changes>,
}

impl Watcher {
    /// Starts watching `dir`. Batches are sent once no event came for `quiet`.
    pub fn start(dir: &Path, quiet: Duration) -> Result<Watcher, WatchError> {
        let fail = |e: notify::Error| WatchError {
            path: dir.to_path_buf(),
            why: e.to_string(),
        };
        let (raw_tx, raw_rx) = mpsc::channel::<notify::Result<notify::Event>>();
        let mut inner = notify::recommended_watcher(raw_tx).map_err(fail)?;
        inner.watch(dir, RecursiveMode::Recursive).map_err(fail)?;
        let (tx, rx) = mpsc::channel();
        let root = dir.to_path_buf();
        // The thread ends when the watcher (and with it the raw sender) is dropped, or when
        // nobody listens any more.
        std::thread::spawn(move || {
            while let Ok(first) = raw_rx.recv() {
                let mut batch = vec![first];
                loop {
                    match raw_rx.recv_timeout(quiet) {
                        Ok(ev) => batch.push(ev),
                        Err(RecvTimeoutError::Timeout) => break,
                        Err(RecvTimeoutError::Disconnected) => return,
                    }
                }
                let changes = classify(&root, batch);
                if changes != Changes::default() && tx.send(changes).is_err() {
                    return;
                }
            }
        });
        Ok(Watcher { _inner: inner, rx })
    }

    /// The batches, for `recv`, `try_recv` or `recv_timeout` in the event loop.
    pub fn changes(&self) -> &Receiver<Changes> {
        &self.rx
    }
}

fn classify(root: &Path, batch: Vec<notify::Result<notify::Event>>) -> Changes {
    let mut out = Changes::default();
    let mut paths = BTreeSet::new();
    for ev in batch {
        match ev {
            // Opening or reading a file is no change: docket's own reloads would otherwise
            // wake it again, and it would re-read the folder for ever.
            Ok(ev) if matches!(ev.kind, EventKind::Access(_)) && !ev.need_rescan() => {}
            Ok(ev) => {
                out.rescan |= ev.need_rescan();
                // A folder's own metadata changes whenever a file in it is replaced (as
                // docket's atomic writes do): only folders appearing, vanishing or being
                // renamed call for a rescan.
                let structural = matches!(
                    ev.kind,
                    EventKind::Create(_)
                        | EventKind::Remove(_)
                        | EventKind::Modify(ModifyKind::Name(_))
                );
                paths.extend(ev.paths.into_iter().map(|p| (p, structural)));
            }
            Err(_) => out.rescan = true,
        }
    }
    for (path, structural) in paths {
        if hidden_below(root, &path) {
            continue; // docket's temp and lock files, .git, editor swap files
        }
        let meta = std::fs::metadata(&path);
        if is_meeting_file(&path) {
            match meta {
                Ok(m) if m.is_file() => out.changed.push(path),
                Ok(_) => {}
                Err(_) => out.removed.push(path),
            }
        } else if structural
            && (meta.as_ref().is_ok_and(|m| m.is_dir())
                || (meta.is_err() && path.extension().is_none()))
        {
            out.rescan = true;
        }
    }
    out
}

/// Whether any part of `path` below `root` is hidden (starts with `.`).
fn hidden_below(root: &Path, path: &Path) -> bool {
    let rel = path.strip_prefix(root).unwrap_or(path);
    rel.components().any(|c| match c {
        Component::Normal(n) => n.as_encoded_bytes().first() == Some(&b'.'),
        _ => false,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hidden_parts_are_ignored_below_the_root_only() {
        let root = Path::new("/home/u/.meetings");
        assert!(!hidden_below(root, Path::new("/home/u/.meetings/a/b.toml")));
        assert!(hidden_below(
            root,
            Path::new("/home/u/.meetings/.git/x.toml")
        ));
        assert!(hidden_below(
            root,
            Path::new("/home/u/.meetings/.b.toml.docket-tmp-1-0")
        ));
    }
}
