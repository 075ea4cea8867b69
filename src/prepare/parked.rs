//! Items parked for a later meeting (`>` in the interface) when the series has no next
//! meeting file yet. They wait in `.parked.toml` in the series' folder (hidden, so it is
//! not read as a meeting) until `docket new` puts them on the draft and takes them out.
//!
//! ```toml
//! [[parked]]
//! series = "board"
//! from = 2024-02-14          # the meeting it was parked from
//! title = "Website"
//! topic = "website"          # optional, like an item's; so are the keys below
//! minutes = 30
//! presenter = "Jan"
//! notes = "Waiting for the quote."
//! tags = ["web"]
//! ```

use super::toml_text::{array, string};
use crate::model::{Item, slug};
use chrono::NaiveDate;
use serde::Deserialize;
use std::fmt::Write;
use std::path::{Path, PathBuf};

pub const PARKED_FILE: &str = ".parked.toml";

/// One parked item.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Parked {
    pub series: String,
    pub from: Option<toml::value::Datetime>,
    pub title: String,
    pub topic: Option<String>,
    pub minutes: Option<u32>,
    pub presenter: Option<String>,
    pub notes: Option<String>,
    #[serde(default)]
    pub tags: Vec<String>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct ParkedFile {
    #[serde(default)]
    parked: Vec<Parked>,
}

#[derive(Debug, thiserror::Error)]
pub enum ParkedError {
    #[error("{path}: {message}")]
    Bad { path: PathBuf, message: String },
    #[error("{path}: cannot be read: {reason}")]
    Io { path: PathBuf, reason: String },
}

impl Parked {
    /// Parks `item` of the meeting of `series` on `from`.
    pub fn of(item: &Item, series: &str, from: NaiveDate) -> Parked {
        let from = from.format("%Y-%m-%d").to_string().parse().ok();
        Parked {
            series: series.to_string(),
            from,
            title: item.title.clone(),
            topic: (item.topic != slug(&item.title)).then(|| item.topic.clone()),
            minutes: item.minutes,
            presenter: item.presenter.clone(),
            notes: item.notes.clone(),
            tags: item.tags.clone(),
        }
    }

    /// The topic key: as written, or the slug of the title.
    pub fn topic(&self) -> String {
        self.topic.clone().unwrap_or_else(|| slug(&self.title))
    }
}

/// The parked file of the folder holding `meeting_file`.
pub fn path_for(meeting_file: &Path) -> PathBuf {
    meeting_file
        .parent()
        .unwrap_or(Path::new("."))
        .join(PARKED_FILE)
}

/// The parked items in `path`; none when the file does not exist.
pub fn read(path: &Path) -> Result<Vec<Parked>, ParkedError> {
    let text = match std::fs::read_to_string(path) {
        Ok(t) => t,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => {
            return Err(ParkedError::Io {
                path: path.to_path_buf(),
                reason: crate::store::plain_io(&e),
            });
        }
    };
    parse(path, &text)
}

pub fn parse(path: &Path, text: &str) -> Result<Vec<Parked>, ParkedError> {
    let file: ParkedFile = toml::from_str(text).map_err(|e| {
        let pos = e
            .span()
            .map(|s| crate::store::LineIndex::new(text).position(s.start))
            .unwrap_or((1, 1));
        ParkedError::Bad {
            path: PathBuf::from(format!("{}:{}:{}", path.display(), pos.0, pos.1)),
            message: e.message().trim().to_string(),
        }
    })?;
    Ok(file.parked)
}

/// The file's text for `items` (docket writes the whole file; comments are not kept).
pub fn render(items: &[Parked]) -> String {
    let mut s = String::from(
        "# Items parked for a later meeting (`>` in docket). `docket new` puts the items of\n\
         # its series on the next draft and removes them here. docket rewrites this file.\n",
    );
    for p in items {
        s.push_str("\n[[parked]]\n");
        let _ = writeln!(s, "series = {}", string(&p.series));
        if let Some(d) = &p.from {
            let _ = writeln!(s, "from = {d}");
        }
        let _ = writeln!(s, "title = {}", string(&p.title));
        if let Some(t) = &p.topic {
            let _ = writeln!(s, "topic = {}", string(t));
        }
        if let Some(m) = p.minutes {
            let _ = writeln!(s, "minutes = {m}");
        }
        if let Some(v) = &p.presenter {
            let _ = writeln!(s, "presenter = {}", string(v));
        }
        if let Some(v) = &p.notes {
            let _ = writeln!(s, "notes = {}", string(v));
        }
        if !p.tags.is_empty() {
            let _ = writeln!(s, "tags = {}", array(&p.tags));
        }
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn render_and_parse_round_trip_and_bad_files_say_where() {
        let mut item = Item::new("Web \"site\"");
        item.minutes = Some(10);
        item.notes = Some("two\nlines".into());
        let day = NaiveDate::from_ymd_opt(2024, 2, 14).expect("date");
        let p = Parked::of(&item, "board", day);
        let text = render(std::slice::from_ref(&p));
        assert_eq!(parse(Path::new("x"), &text).expect("parses"), vec![p]);
        let e = parse(Path::new("p.toml"), "[[parked]]\nseries = \"b\"\ntitel = \"x\"\n")
            .expect_err("typo");
        assert!(e.to_string().starts_with("p.toml:3:1: "), "{e}");
    }
}
