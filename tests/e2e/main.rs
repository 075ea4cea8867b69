//! The real binary in a real pseudo-terminal (tests/support/pty.rs).
//! One test binary; a module per area.

#[path = "../support/mod.rs"]
mod support;

mod dutch;
mod errors_dutch;
mod escapes;
mod git;
mod lock;
mod prepare;
mod record;
mod reload;
mod signals;
mod terminal;
