//! The fuzz corpora replayed on stable, and hostile input.
//! One test binary; a module per area.

#[path = "../support/mod.rs"]
mod support;

mod hostile_input;
mod replay;
