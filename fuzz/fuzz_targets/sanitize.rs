//! Fuzz target; the property lives in `fuzz_checks::check_sanitize` (tests/support/fuzz_checks.rs, shared with the replay test).
#![no_main]

#[path = "../../tests/support/fuzz_checks.rs"]
mod fuzz_checks;

libfuzzer_sys::fuzz_target!(|data: &[u8]| fuzz_checks::check_sanitize(data));
