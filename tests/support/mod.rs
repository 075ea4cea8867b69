//! Test support shared by the test binaries; each `tests/<group>/main.rs` includes it as
//! `mod support`, and each fuzz target includes `fuzz_checks.rs`.
#![allow(dead_code)] // each binary uses part of it

pub mod app;
pub mod cli;
pub mod fuzz_checks;
pub mod git;
pub mod prep;
pub mod pty;
