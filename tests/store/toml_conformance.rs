//! The public toml-test conformance files (MIT, see tests/toml-test/LICENSE and NOTICE.md):
//! every invalid file is refused as bad TOML, every valid file gets past the TOML parser
//! (and is then refused by the meeting schema, since none is a meeting), and none panics.

use docket::store::{Problem, parse_meeting};
use std::path::{Path, PathBuf};

/// Invalid in TOML 1.0, valid in TOML 1.1, which the `toml` crate parses (see NOTICE.md).
const VALID_IN_TOML_1_1: &[&str] = &[
    "invalid/datetime/no-secs.toml",
    "invalid/inline-table/linebreak-01.toml",
    "invalid/inline-table/linebreak-02.toml",
    "invalid/inline-table/linebreak-03.toml",
    "invalid/inline-table/linebreak-04.toml",
    "invalid/inline-table/trailing-comma.toml",
    "invalid/local-datetime/no-secs.toml",
    "invalid/local-time/no-secs.toml",
    "invalid/string/basic-byte-escapes.toml",
];

fn corpus() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/toml-test")
}

fn files(sub: &str) -> Vec<PathBuf> {
    fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
        for e in std::fs::read_dir(dir).expect("corpus folder").flatten() {
            let p = e.path();
            if p.is_dir() {
                walk(&p, out);
            } else if p.extension().is_some_and(|x| x == "toml") {
                out.push(p);
            }
        }
    }
    let mut out = Vec::new();
    walk(&corpus().join(sub), &mut out);
    out.sort();
    out
}

/// Whether a message is about the bytes or the TOML itself, not about the meeting schema.
fn is_toml_level(problem: &Problem) -> bool {
    matches!(
        problem,
        Problem::TomlSyntax(_)
            | Problem::SecondBom
            | Problem::BadInteger { .. }
            | Problem::NotUtf8 { .. }
            | Problem::EmptyFile
            | Problem::TooDeep { .. }
    )
}

fn relative(p: &Path) -> String {
    p.strip_prefix(corpus())
        .expect("inside corpus")
        .to_string_lossy()
        .into_owned()
}

#[test]
fn every_invalid_file_is_refused_as_bad_toml() {
    let files = files("invalid");
    assert!(files.len() >= 499, "corpus incomplete: {}", files.len());
    let mut wrong = Vec::new();
    for path in &files {
        let bytes = std::fs::read(path).expect("read");
        let rel = relative(path);
        let errs = parse_meeting(path, &bytes).expect_err("no toml-test file is a meeting");
        let syntax = errs.iter().any(|d| is_toml_level(&d.message));
        let expect_syntax = !VALID_IN_TOML_1_1.contains(&rel.as_str());
        if syntax != expect_syntax {
            wrong.push(format!("{rel}: {}", errs[0]));
        }
        for d in &errs {
            assert!(d.line >= 1 && d.col >= 1, "{rel}: position {d}");
        }
    }
    assert!(
        wrong.is_empty(),
        "{} files judged wrongly:\n{}",
        wrong.len(),
        wrong.join("\n")
    );
}

#[test]
fn every_valid_file_passes_the_toml_parser() {
    let files = files("valid");
    assert!(files.len() >= 210, "corpus incomplete: {}", files.len());
    for path in &files {
        let bytes = std::fs::read(path).expect("read");
        if let Err(errs) = parse_meeting(path, &bytes) {
            let syntax: Vec<_> = errs.iter().filter(|d| is_toml_level(&d.message)).collect();
            // An empty document is valid TOML but not a meeting.
            let empty_ok = syntax.iter().all(|d| *d.message == Problem::EmptyFile);
            assert!(
                syntax.is_empty() || empty_ok,
                "{}: {:?}",
                relative(path),
                syntax
            );
        }
    }
}
