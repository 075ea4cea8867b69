//! Test support shared by the test binaries; each `tests/<group>/main.rs` includes it as
//! `mod support`. Each fuzz target includes `fuzz_checks.rs`; the benches and
//! `examples/gen_corpus.rs` include `corpus.rs`.
#![allow(dead_code)] // each binary uses part of it

pub mod app;
pub mod cli;
pub mod fuzz_checks;
pub mod git;
pub mod prep;
pub mod pty;
