//! Sharing a folder with git: status, the merge driver, sync (real repositories).
//! One test binary; a module per area.

#[path = "../support/mod.rs"]
mod support;

mod merge;
mod status;
mod sync;
