//! The thread that runs searches, so matching never blocks the thread that reads keys and
//! draws. A newer job supersedes an older one: the running search is told to stop, and jobs
//! that queued up meanwhile are skipped for the latest.

use super::search::{LIMIT, SearchJob};
use crate::search::Hit;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{self, Receiver, Sender};

pub struct SearchWorker {
    jobs: Sender<SearchJob>,
    results: Receiver<(u64, Vec<Hit>)>,
    stop: Arc<AtomicBool>,
}

impl SearchWorker {
    pub fn start() -> SearchWorker {
        let (jobs, job_rx) = mpsc::channel::<SearchJob>();
        let (result_tx, results) = mpsc::channel();
        let stop = Arc::new(AtomicBool::new(false));
        let flag = Arc::clone(&stop);
        std::thread::spawn(move || {
            while let Ok(mut job) = job_rx.recv() {
                while let Ok(newer) = job_rx.try_recv() {
                    job = newer;
                }
                flag.store(false, Ordering::Relaxed);
                if let Some(hits) = job.index.0.search_until(&job.query, Some(LIMIT), &flag)
                    && result_tx.send((job.generation, hits)).is_err()
                {
                    return;
                }
            }
        });
        SearchWorker {
            jobs,
            results,
            stop,
        }
    }

    /// Hands a job over, stopping the one that runs.
    pub fn submit(&self, job: SearchJob) {
        self.stop.store(true, Ordering::Relaxed);
        let _ = self.jobs.send(job);
    }

    pub fn results(&self) -> &Receiver<(u64, Vec<Hit>)> {
        &self.results
    }
}
