//! Items parked for a later meeting (`>` in the interface) when the series has no next
//! meeting file yet. They wait in `.parked-<series>.toml` in the series' folder until
//! `docket new` puts them on the draft and deletes the file.
//!
//! The file is a meeting file in form (so the same format-preserving, undoable edits work
//! on it), hidden so that it is never read as a meeting; its title and date are
//! placeholders:
//!
//! ```toml
//! title = "Parked items"
//! series = "board"
//! date = 2024-02-14      # the meeting the first item was parked from
//!
//! [[item]]
//! title = "Website"
//! ```

use crate::i18n::Lang;
use crate::model::{Item, slug};
use crate::store::Diagnostic;
use crate::store::toml_text::quote;
use chrono::NaiveDate;
use std::path::{Path, PathBuf};

/// The parked file of `series` in `folder`.
pub fn path_in(folder: &Path, series: &str) -> PathBuf {
    folder.join(format!(".parked-{}.toml", slug(series)))
}

/// The parked file of `series` next to the meeting file `meeting_file`.
pub fn path_for(meeting_file: &Path, series: &str) -> PathBuf {
    path_in(meeting_file.parent().unwrap_or(Path::new(".")), series)
}

/// The text of a new, empty parked file.
pub fn header(series: &str, from: NaiveDate) -> String {
    format!(
        "# Items parked for the next meeting of series {} with `>` in docket.\n\
         # `docket new` puts them on the next draft and then deletes this file. The title and\n\
         # date are placeholders: the file is hidden, so it is never read as a meeting.\n\
         title = \"Parked items\"\nseries = {}\ndate = {}\n",
        quote(series),
        quote(series),
        from.format("%Y-%m-%d")
    )
}

/// The parked file has errors: each problem, in `path:line:col: message` form.
#[derive(Debug, thiserror::Error)]
#[error("{}", .0.iter().map(ToString::to_string).collect::<Vec<_>>().join("\n"))]
pub struct ParkedError(pub Vec<Diagnostic>);

impl ParkedError {
    pub fn message(&self, lang: Lang) -> String {
        let lines: Vec<String> = self.0.iter().map(|d| d.render(lang)).collect();
        lines.join("\n")
    }
}

/// The parked items in `path`; none when the file does not exist.
pub fn read(path: &Path) -> Result<Vec<Item>, ParkedError> {
    if !path.exists() {
        return Ok(Vec::new());
    }
    match crate::store::load_file(path) {
        Ok((m, _)) => Ok(m.items),
        Err(d) => Err(ParkedError(d)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_header_loads_as_an_empty_meeting_and_the_name_is_hidden() {
        let day = NaiveDate::from_ymd_opt(2024, 2, 14).expect("date");
        let text = header("Board \"B\"", day);
        let m = crate::store::parse_meeting(Path::new("p.toml"), text.as_bytes()).expect("loads");
        assert!(m.items.is_empty());
        assert_eq!(m.series, "Board \"B\"");
        let p = path_in(Path::new("/m"), "Board \"B\"");
        assert_eq!(p, Path::new("/m/.parked-board-b.toml"));
        assert!(!crate::store::is_meeting_file(&p));
    }
}
