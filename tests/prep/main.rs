//! Preparing meetings from the shell: check, new, import, export and the papers.
//! One test binary; a module per area.

#[path = "../support/mod.rs"]
mod support;

mod check;
mod docx_valid;
mod export;
mod export_papers;
mod import;
mod members;
mod new;
