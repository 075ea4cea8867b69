//! Search benchmarks on a generated 1,000-meeting corpus (about 10k items, 31k records):
//! loading the folder (with and without the load cache) against a bare TOML parse of the
//! same files, building the index, and one search pass per query. Whole-process figures at
//! 1,000 and 10,000 meetings against fzf: scripts/bench-cli.sh, scripts/first-frame.py.
//!
//! cargo bench --bench search

#[allow(dead_code)]
#[path = "../tests/support/corpus.rs"]
mod corpus;

use docket::search::{Query, SearchIndex};
use docket::store;
use std::path::{Path, PathBuf};
use std::sync::LazyLock;

/// 1 to 17 characters, plain and accented, one with a typo.
const QUERIES: [&str; 8] = [
    "e",
    "vw",
    "één",
    "müller",
    "budget",
    "financiele",
    "coördinatie",
    "rapport rekenkamr",
];

struct Corpus {
    _dir: tempfile::TempDir,
    root: PathBuf,
    files: Vec<PathBuf>,
}

static CORPUS: LazyLock<Corpus> = LazyLock::new(|| {
    let dir = tempfile::tempdir().expect("temp dir");
    let root = dir.path().join("meetings");
    corpus::generate(&corpus::Args {
        meetings: 1000,
        seed: 1,
        out: root.clone(),
    })
    .expect("corpus written");
    let files = store::walk(&root).files;
    Corpus {
        _dir: dir,
        root,
        files,
    }
});

static INDEX: LazyLock<(docket::model::Library, SearchIndex)> = LazyLock::new(|| {
    let lib = store::load_dir(&CORPUS.root).expect("corpus loads").library;
    let index = SearchIndex::build(&lib);
    (lib, index)
});

fn main() {
    let (lib, index) = &*INDEX;
    eprintln!(
        "corpus: {} meetings, {} items, {} records",
        lib.len(),
        lib.item_count(),
        index.len()
    );
    divan::main();
}

/// docket's loader: read, parse, check every key, build the library.
#[divan::bench(sample_count = 20)]
fn load_dir() -> usize {
    store::load_dir(divan::black_box(&CORPUS.root))
        .expect("loads")
        .library
        .len()
}

/// Loading through a warm load cache (every file read and hashed, none parsed).
#[divan::bench(sample_count = 20)]
fn load_dir_cached() -> usize {
    static CACHE: LazyLock<tempfile::TempDir> = LazyLock::new(|| {
        let dir = tempfile::tempdir().expect("temp dir");
        store::load_dir_cached(&CORPUS.root, dir.path()).expect("fills the cache");
        dir
    });
    let (loaded, hits) =
        store::load_dir_cached(divan::black_box(&CORPUS.root), CACHE.path()).expect("loads");
    assert_eq!(hits, loaded.library.len());
    hits
}

/// The floor: read each file and parse it into a bare `toml::Table`.
#[divan::bench(sample_count = 20)]
fn bare_toml_parse() -> usize {
    CORPUS.files.iter().map(|p| bare(p)).sum()
}

fn bare(path: &Path) -> usize {
    let text = std::fs::read_to_string(path).expect("readable");
    text.parse::<toml::Table>().expect("valid TOML").len()
}

#[divan::bench(sample_count = 20)]
fn build_index() -> usize {
    SearchIndex::build(divan::black_box(&INDEX.0)).len()
}

/// One pass over every record, keeping the best 50 (as `docket search` does).
#[divan::bench(args = QUERIES)]
fn search(query: &str) -> usize {
    let q = Query::parse(query).expect("query parses");
    INDEX.1.search(divan::black_box(&q), Some(50)).len()
}

/// Highlights for one screen of hits (the interface computes them for visible rows only).
#[divan::bench(args = QUERIES)]
fn highlight_30(bencher: divan::Bencher, query: &str) {
    let q = Query::parse(query).expect("query parses");
    let hits = INDEX.1.search(&q, Some(30));
    bencher.bench(|| {
        hits.iter()
            .map(|h| INDEX.1.highlight(h.record, &q).len())
            .sum::<usize>()
    });
}
