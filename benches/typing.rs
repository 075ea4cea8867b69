//! Typing a 10-character query into the search overlay, key by key, with the full generated
//! corpus (1,000 meetings) loaded: the time from a key to the drawn frame (update, hand the
//! job to the worker, draw), p50 and p99, against an idle redraw in the same run. The
//! results arriving later are drawn in a frame of their own; that time is reported too.
//!
//! cargo bench --bench typing

#[allow(dead_code)]
#[path = "../tests/support/corpus.rs"]
mod corpus;

use docket::store;
use docket::tui::action::Action;
use docket::tui::app::{App, Effect};
use docket::tui::search_worker::SearchWorker;
use docket::tui::theme::Theme;
use docket::tui::ui;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use std::time::{Duration, Instant};

const QUERY: &str = "vuurwerk b";
const ROUNDS: usize = 30;

fn percentile(v: &mut [Duration], p: f64) -> Duration {
    v.sort();
    v[((v.len() - 1) as f64 * p).round() as usize]
}

fn main() {
    let dir = tempfile::tempdir().expect("temp dir");
    let root = dir.path().join("meetings");
    corpus::generate(&corpus::Args {
        meetings: 1000,
        seed: 1,
        out: root.clone(),
    })
    .expect("corpus");
    let loaded = store::load_dir(&root).expect("load");
    let now = chrono::Local::now().naive_local();
    let mut app = App::new(loaded.library, loaded.problems, root, now);
    app.update(Action::Resize {
        width: 120,
        height: 40,
    });
    let theme = Theme::builtin();
    let mut term = Terminal::new(TestBackend::new(120, 40)).expect("backend");
    let worker = SearchWorker::start();
    app.update(Action::OpenSearch); // builds the index once

    let (mut idle, mut key, mut results) = (Vec::new(), Vec::new(), Vec::new());
    for _ in 0..ROUNDS {
        app.update(Action::InputClear);
        for c in QUERY.chars() {
            let t = Instant::now();
            term.draw(|f| ui::render(&app, &theme, f)).expect("draw");
            idle.push(t.elapsed());

            let t = Instant::now();
            for e in app.update(Action::InputChar(c)) {
                if let Effect::Search(job) = e {
                    worker.submit(job);
                }
            }
            term.draw(|f| ui::render(&app, &theme, f)).expect("draw");
            key.push(t.elapsed());

            // Results: wait for them (the event loop polls every 5 ms meanwhile) and draw.
            while app.is_searching() {
                if let Ok((g, hits)) = worker.results().recv_timeout(Duration::from_secs(5)) {
                    app.search_done(g, hits);
                }
            }
            term.draw(|f| ui::render(&app, &theme, f)).expect("draw");
            results.push(t.elapsed());
        }
    }
    let row = |name: &str, v: &mut Vec<Duration>| {
        let (p50, p99) = (percentile(v, 0.5), percentile(v, 0.99));
        println!(
            "{name:<28} p50 {:>9.3} ms   p99 {:>9.3} ms",
            p50.as_secs_f64() * 1e3,
            p99.as_secs_f64() * 1e3
        );
        (p50, p99)
    };
    println!("typing {QUERY:?} {ROUNDS} times, 1000 meetings loaded");
    let (_, idle99) = row("idle redraw", &mut idle);
    let (_, key99) = row("key to drawn frame", &mut key);
    row("key to frame with results", &mut results);
    println!(
        "key-to-frame p99 / idle p99: {:.2}",
        key99.as_secs_f64() / idle99.as_secs_f64()
    );
}
