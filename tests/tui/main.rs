//! The interface's state, update and rendering (ratatui TestBackend), without a terminal.
//! One test binary; a module per area.

#[path = "../support/mod.rs"]
mod support;

mod app_state_machine;
mod dutch;
mod errors_dutch;
mod git;
mod live;
mod not_today;
mod prepare;
mod problems_dutch;
mod record;
mod reload;
mod render;
mod search;
mod shell;
mod update;
