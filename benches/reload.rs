//! Taking in an outside change with 10,000 meetings loaded: one changed file re-read on its
//! own (`store::reread` + `App::take_changes`, what the event loop does), docket's own save
//! seen by the watcher (one read, no reload), against a full reload of the folder (what the
//! loop did for every change before, and still does on a rescan). p50 and p99.
//!
//! cargo bench --bench reload

#[allow(dead_code)]
#[path = "../tests/support/corpus.rs"]
mod corpus;

use docket::store;
use docket::tui::action::Action;
use docket::tui::app::App;
use std::time::{Duration, Instant};

const MEETINGS: usize = 10_000;
const ROUNDS: usize = 20;

fn percentile(v: &mut [Duration], p: f64) -> Duration {
    v.sort();
    v[((v.len() - 1) as f64 * p).round() as usize]
}

fn row(name: &str, v: &mut [Duration]) {
    let (p50, p99) = (percentile(v, 0.5), percentile(v, 0.99));
    println!(
        "{name:<34} p50 {:>9.3} ms   p99 {:>9.3} ms",
        p50.as_secs_f64() * 1e3,
        p99.as_secs_f64() * 1e3
    );
}

fn main() {
    let dir = tempfile::tempdir().expect("temp dir");
    let root = dir.path().join("meetings");
    corpus::generate(&corpus::Args {
        meetings: MEETINGS,
        seed: 1,
        out: root.clone(),
    })
    .expect("corpus");
    let loaded = store::load_dir(&root).expect("load");
    let file = loaded.sources[loaded.sources.len() / 2].path.clone();
    let now = chrono::Local::now().naive_local();
    let mut app = App::new(loaded.library, loaded.problems, root.clone(), now);
    app.set_sources(&loaded.sources);
    app.update(Action::Resize {
        width: 120,
        height: 40,
    });
    let original = std::fs::read_to_string(&file).expect("read");
    let (mut one, mut own, mut full) = (Vec::new(), Vec::new(), Vec::new());
    for round in 0..ROUNDS {
        std::fs::write(&file, format!("{original}# outside change {round}\n")).expect("write");
        let t = Instant::now();
        let (_, changed) = app.take_changes(vec![store::reread(&file)]);
        one.push(t.elapsed());
        assert!(changed);

        // The same content again: what docket's own save looks like to the watcher.
        let t = Instant::now();
        let (_, changed) = app.take_changes(vec![store::reread(&file)]);
        own.push(t.elapsed());
        assert!(!changed);

        let t = Instant::now();
        let _ = app.reload(store::load_dir(&root).expect("load"));
        full.push(t.elapsed());
    }
    println!("{MEETINGS} meetings, {ROUNDS} rounds");
    row("one changed file re-read", &mut one);
    row("own save seen (no reload)", &mut own);
    row("full reload of the folder", &mut full);
}
