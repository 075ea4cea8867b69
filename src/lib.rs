//! docket: prepare and run recurring formal meetings kept as TOML files.
#![warn(clippy::unwrap_used)]
#![cfg_attr(test, allow(clippy::unwrap_used))]

pub mod export;
pub mod git;
pub mod i18n;
pub mod model;
pub mod prepare;
pub mod sanitize;
pub mod search;
pub mod settings;
pub mod store;
pub mod tui;
