//! The terminal interface: state and update (`app`), intents (`action`), the key table
//! (`keymap`), layout, theme, rendering (`ui`) and the event loop (`run`).

pub mod action;
pub mod app;
mod app_read;
mod app_search;
pub mod attendance;
pub mod capture;
pub mod cursor;
pub mod form;
mod git;
pub mod git_worker;
pub mod keymap;
pub mod layout;
mod live;
pub mod opener;
pub mod overlay;
pub mod picker;
pub mod prepare;
pub mod question;
mod record;
pub mod run;
pub mod search;
pub mod search_worker;
pub mod selection;
pub mod shell;
pub mod terminal;
pub mod text_field;
pub mod theme;
pub mod ui;
pub mod vote;

pub use git::GitView;
