//! The command line: the binary run as a script or editor would run it.
//! One test binary; a module per area.

#[path = "../support/mod.rs"]
mod support;

mod check;
mod check_files;
mod closed_pipe;
mod dutch;
mod errors_dutch;
mod global_options;
mod man;
mod pending;
mod record_format;
