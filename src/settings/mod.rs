//! What docket reads about the person before the interface starts: the config file and the
//! theme files (bundled, in the config folder, or a path). The interface gets the results
//! (`tui::theme::Theme`, the config's values) and reads no files of its own.

pub mod config;
mod theme_file;

pub use theme_file::load_theme;
