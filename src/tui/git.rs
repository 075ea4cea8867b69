//! The repository's state as the interface knows it, and the sync key. No I/O: the loop
//! runs git on `git_worker` and reports back through `git_probed` and `sync_done`.

use super::app::{App, Effect};
use crate::git::status::RepoStatus;
use crate::git::sync::{SyncReport, SyncStatus};
use crate::t;

/// What the header shows about git.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct GitView {
    /// `None`: the folder is not in a git repository (or it is not known yet).
    pub status: Option<RepoStatus>,
    /// A sync is running.
    pub syncing: bool,
    /// Quit was asked once while it runs.
    pub quit_asked: bool,
}

impl App {
    /// S: sync the repository, unless one runs or there is none.
    pub(super) fn start_sync(&mut self) -> Vec<Effect> {
        if self.git.syncing {
            self.set_status(t!(self.setup.lang, "ui-git-already-running"), false);
            return Vec::new();
        }
        if self.git.status.is_none() {
            self.set_status(t!(self.setup.lang, "ui-git-no-repository"), true);
            return Vec::new();
        }
        self.git.syncing = true;
        self.set_status(t!(self.setup.lang, "ui-git-syncing-steps"), false);
        vec![Effect::Sync]
    }

    /// The first quit during a sync warns: leaving now could leave git in the middle of a
    /// merge it would otherwise have undone. The second quits.
    pub(super) fn quit_while_syncing(&mut self) -> Vec<Effect> {
        if self.git.quit_asked {
            return vec![Effect::Quit];
        }
        self.git.quit_asked = true;
        self.set_status(t!(self.setup.lang, "ui-git-quit-while-syncing"), true);
        Vec::new()
    }

    pub fn git_probed(&mut self, status: Option<RepoStatus>) {
        self.git.status = status;
    }

    /// The sync's outcome in the status line: its last line, or the conflict to resolve.
    pub fn sync_done(&mut self, report: Result<SyncReport, String>) {
        self.git.syncing = false;
        self.git.quit_asked = false;
        match report {
            Ok(r) => {
                let error = matches!(r.status, SyncStatus::Conflict | SyncStatus::Failed);
                let text = match r.status {
                    SyncStatus::Conflict => {
                        let first = r.lines.iter().find(|l| l.starts_with("  "));
                        match first {
                            Some(c) => t!(self.setup.lang, "ui-git-conflict", first = c.trim()),
                            None => r.summary,
                        }
                    }
                    _ => r.summary,
                };
                self.set_status(text, error);
            }
            Err(e) => self.set_status(format!("sync: {e}"), true),
        }
    }
}
