//! `docket export`: papers people can send. One walk of the meeting builds a [`Document`]
//! (minutes with decision and action lists, or the agenda); [`markdown`], [`html`] and
//! [`docx`] render it. All words come from the message files, in the chosen language.

mod actions;
mod agenda;
mod doc;
pub mod docx;
pub mod html;
pub mod markdown;
mod minutes;

pub use doc::{Block, Document, Section};

use crate::i18n::{self, Lang};
use crate::model::{Due, Item, Library, Meeting, MeetingId};
use crate::prepare::record_words;
use crate::t;

/// Which paper to make.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Paper {
    /// Minutes, decision list and the series' action list.
    #[default]
    Minutes,
    /// The agenda / invitation of a meeting being prepared.
    Agenda,
}

#[derive(Debug, Clone, Copy, Default)]
pub struct ExportOptions {
    pub lang: Lang,
    pub paper: Paper,
    pub include_confidential: bool,
    /// Print planned and actual minutes (internal; off by default).
    pub timing: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Markdown,
    Html,
    Docx,
}

#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    #[error("could not build the Word document: {0}")]
    Docx(String),
}

impl ExportError {
    /// The crate's own detail stays as it gives it (English).
    pub fn message(&self, lang: Lang) -> String {
        match self {
            ExportError::Docx(detail) => crate::t!(lang, "err-export-docx", detail = detail),
        }
    }
}

/// The paper for meeting `id`.
pub fn document(lib: &Library, id: MeetingId, opts: &ExportOptions) -> Document {
    match opts.paper {
        Paper::Minutes => minutes::build(lib, id, opts),
        Paper::Agenda => agenda::build(lib, id, opts),
    }
}

/// The paper rendered in `format`: UTF-8 text for Markdown and HTML, a zip package for docx.
pub fn export(
    lib: &Library,
    id: MeetingId,
    opts: &ExportOptions,
    format: Format,
) -> Result<Vec<u8>, ExportError> {
    let doc = document(lib, id, opts);
    Ok(match format {
        Format::Markdown => markdown::render(&doc).into_bytes(),
        Format::Html => html::render(&doc).into_bytes(),
        Format::Docx => docx::render(&doc)?,
    })
}

/// Items that may be shown, numbered 1, 2, … so no gap gives a hidden item away, with their
/// index in the meeting; and how many were left out.
fn visible_items<'a>(
    m: &'a Meeting,
    opts: &ExportOptions,
) -> (Vec<(usize, usize, &'a Item)>, usize) {
    let mut shown = Vec::new();
    let mut left_out = 0;
    for (i, item) in m.items.iter().enumerate() {
        if item.confidential && !opts.include_confidential {
            left_out += 1;
        } else {
            shown.push((shown.len() + 1, i, item));
        }
    }
    (shown, left_out)
}

/// "maandag 10 februari 2020, 10:00 uur" / "Monday 10 February 2020, 10:00".
/// A paper about meeting `m`: its title, date and facts (with `record`, who attends), its
/// notes, then `sections`.
fn paper(
    m: &Meeting,
    lang: Lang,
    record: Vec<(String, String)>,
    sections: Vec<Section>,
) -> Document {
    Document {
        lang,
        title: m.title.clone(),
        subtitle: when(m, lang),
        meta: meta(m, lang, record),
        intro: m.notes.as_deref().map(doc::paragraphs).unwrap_or_default(),
        sections,
    }
}

fn when(m: &Meeting, lang: Lang) -> String {
    let date = i18n::date_long(lang, m.date);
    match m.start {
        Some(s) => t!(
            lang,
            "export-date-time",
            date = date,
            time = s.format("%H:%M").to_string()
        ),
        None => date,
    }
}

/// Location, chair, attendees, who attends (`record`) and source, as labelled facts.
fn meta(m: &Meeting, lang: Lang, record: Vec<(String, String)>) -> Vec<(String, String)> {
    let facts = [
        ("export-location", m.location.clone()),
        ("export-chair", m.chair.clone()),
        (
            "export-attendees",
            (!m.attendees.is_empty()).then(|| m.attendees.join(", ")),
        ),
        ("export-source", m.source.clone()),
    ];
    let mut out: Vec<(String, String)> = facts
        .into_iter()
        .filter_map(|(id, v)| v.map(|v| (t!(lang, id), v)))
        .collect();
    // Who attends, before the source.
    let at = out.len() - usize::from(m.source.is_some());
    out.splice(at..at, record);
    out
}

/// An outcome's text, with the vote of a decision: "Begroting vastgesteld (aangenomen met
/// 4 stemmen voor en 1 tegen)".
fn outcome_text(o: &crate::model::Outcome, lang: Lang) -> String {
    match record_words::vote_phrase(&o.vote, lang) {
        Some(v) => format!("{} ({v})", o.text),
        None => o.text.clone(),
    }
}

/// When an action made at meeting `origin` is due, as people write it: a date, a month, or
/// the date of the next meeting ("next meeting" while that has not been planned).
fn due_text(lib: &Library, origin: MeetingId, due: Due, lang: Lang) -> String {
    match due {
        Due::Date(d) => i18n::day_month_year(lang, d),
        Due::Month { year, month } => {
            i18n::month_year(lang, year, month).unwrap_or_else(|| due.to_string())
        }
        Due::Next => match lib.next_in_series(origin) {
            Some(next) => i18n::day_month_year(lang, lib.meeting(next).date),
            None => t!(lang, "export-due-next-meeting"),
        },
    }
}
