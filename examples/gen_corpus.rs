//! Writes a synthetic meetings folder (tests/support/corpus.rs) for benchmarks and demos.
//!
//! cargo run --release --example gen_corpus -- --meetings 1000 --seed 1 --out /tmp/corpus

#[path = "../tests/support/corpus.rs"]
mod corpus;

use corpus::{Args, generate};
use std::path::PathBuf;

fn main() {
    let args = match parse_args() {
        Ok(a) => a,
        Err(e) => {
            eprintln!("gen_corpus: {e}\nusage: gen_corpus --meetings N --seed S --out DIR");
            std::process::exit(2);
        }
    };
    if let Err(e) = generate(&args) {
        eprintln!("gen_corpus: {e}");
        std::process::exit(1);
    }
}

/// `--meetings N --seed S --out DIR`.
fn parse_args() -> Result<Args, String> {
    let mut a = Args {
        meetings: 1000,
        seed: 1,
        out: PathBuf::new(),
    };
    let mut it = std::env::args().skip(1);
    while let Some(flag) = it.next() {
        let value = it.next().ok_or(format!("{flag} needs a value"))?;
        match flag.as_str() {
            "--meetings" => a.meetings = value.parse().map_err(|_| "bad --meetings")?,
            "--seed" => a.seed = value.parse().map_err(|_| "bad --seed")?,
            "--out" => a.out = PathBuf::from(value),
            _ => return Err(format!("unknown option {flag}")),
        }
    }
    if a.out.as_os_str().is_empty() {
        return Err("--out DIR is required".into());
    }
    Ok(a)
}
