//! Fuzz target; the property lives in `docket::fuzz_checks::check_query` (shared with the replay test).
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| docket::fuzz_checks::check_query(data));
