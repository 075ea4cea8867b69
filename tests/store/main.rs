//! Loading, editing, writing, locking and watching meeting files.
//! One test binary; a module per area.

#[path = "../support/mod.rs"]
mod support;

mod cache;
mod crash;
mod edit;
mod edit_agenda;
mod edit_generated;
mod error_messages;
mod golden;
mod lock;
mod record;
mod toml_conformance;
mod watch;
mod write;
