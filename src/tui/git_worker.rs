//! The thread that asks git about the repository and runs `docket sync`, so neither blocks
//! the thread that reads keys and draws. Probes that queue up are done once.

use crate::git::status::{RepoStatus, probe};
use crate::git::sync::{SyncOptions, SyncReport, shell_quote, sync};
use std::path::PathBuf;
use std::sync::mpsc::{self, Receiver, Sender};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GitJob {
    Probe,
    Sync,
}

#[derive(Debug, Clone)]
pub enum GitDone {
    Probed(Option<RepoStatus>),
    /// The report, or why sync could not start (not a repository, no git).
    Synced(Result<SyncReport, String>),
}

pub struct GitWorker {
    jobs: Sender<GitJob>,
    done: Receiver<GitDone>,
}

impl GitWorker {
    /// `lang`: the language of sync reports and of the commit messages sync writes.
    pub fn start(dir: PathBuf, lang: crate::i18n::Lang) -> GitWorker {
        let (jobs, job_rx) = mpsc::channel::<GitJob>();
        let (done_tx, done) = mpsc::channel();
        std::thread::spawn(move || {
            while let Ok(job) = job_rx.recv() {
                let mut jobs = vec![job];
                jobs.extend(job_rx.try_iter());
                let sync_asked = jobs.contains(&GitJob::Sync);
                if sync_asked && done_tx.send(GitDone::Synced(run_sync(&dir, lang))).is_err() {
                    return;
                }
                if done_tx.send(GitDone::Probed(probe(&dir))).is_err() {
                    return;
                }
            }
        });
        GitWorker { jobs, done }
    }

    pub fn submit(&self, job: GitJob) {
        let _ = self.jobs.send(job);
    }

    pub fn done(&self) -> &Receiver<GitDone> {
        &self.done
    }
}

fn run_sync(dir: &std::path::Path, lang: crate::i18n::Lang) -> Result<SyncReport, String> {
    let exe = std::env::current_exe()
        .map_err(|e| crate::t!(lang, "sync-no-docket", error = crate::store::plain_io(&e)))?;
    let opts = SyncOptions {
        docket: shell_quote(&exe),
        prompt: false,
        lang,
    };
    sync(dir, &opts).map_err(|e| e.message(lang))
}
