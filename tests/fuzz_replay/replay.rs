//! The fuzz corpora, replayed on stable as ordinary tests: every file in
//! `tests/fuzz_corpus/<target>/` and `tests/fuzz_regressions/<target>/` goes through the same
//! check as the fuzz target (`tests/support/fuzz_checks.rs`), so CI keeps what the campaigns found.

use std::path::Path;

fn replay(target: &str, check: fn(&[u8])) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests");
    let mut count = 0;
    for dir in ["fuzz_corpus", "fuzz_regressions"] {
        let Ok(entries) = std::fs::read_dir(root.join(dir).join(target)) else {
            continue;
        };
        let mut paths: Vec<_> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
        paths.sort();
        for path in paths {
            let bytes = std::fs::read(&path).expect("corpus file readable");
            // Name the input on failure: the panic message alone does not say which file.
            let r = std::panic::catch_unwind(|| check(&bytes));
            assert!(r.is_ok(), "{target}: {} fails its check", path.display());
            count += 1;
        }
    }
    assert!(count > 0, "{target}: no corpus files found");
}

#[test]
fn parse_meeting_corpus() {
    replay("parse_meeting", crate::support::fuzz_checks::check_parse);
}

#[test]
fn edit_corpus() {
    replay("edit", crate::support::fuzz_checks::check_edits);
}

#[test]
fn sanitize_corpus() {
    replay("sanitize", crate::support::fuzz_checks::check_sanitize);
}

#[test]
fn query_corpus() {
    replay("query", crate::support::fuzz_checks::check_query);
}
