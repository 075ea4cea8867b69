//! Preparing and recording meetings from the shell: drafting the next meeting (`new`),
//! and importing a Markdown report (`import`). Library code
//! only; the commands in the binary print and write.

pub mod draft;
pub mod import;
pub mod parked;
pub mod record_words;
pub mod topics;
