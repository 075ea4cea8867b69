//! Search: relevance on real records and the search command.
//! One test binary; a module per area.

#[path = "../support/mod.rs"]
mod support;

mod cli;
mod relevance;
