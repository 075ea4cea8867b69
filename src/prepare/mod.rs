//! Preparing and recording meetings from the shell: drafting the next meeting (`new`),
//! exporting minutes (`export`) and importing a Markdown report (`import`). Library code
//! only; the commands in the binary print and write.

pub mod draft;
pub mod export;
pub mod import;
pub mod record_words;
pub mod toml_text;
pub mod write;
