//! Drafting the next meeting of a series (`docket new`): the TOML text of a meeting file with
//! the details of the series' last meeting and one agenda item per topic with actions due.

use super::toml_text::{array, comment_text, string};
use crate::model::{DueStatus, Item, Library, Meeting, MeetingId, PendingAction, Scope, Target};
use chrono::{NaiveDate, NaiveTime};
use std::fmt::Write;

#[derive(Debug, thiserror::Error)]
pub enum DraftError {
    #[error("no series `{series}`; known: {known}")]
    UnknownSeries { series: String, known: String },
    #[error("series `{series}` has no meeting before {date} to carry details over from")]
    NoEarlierMeeting { series: String, date: NaiveDate },
    #[error("series `{series}` already has a meeting on {date}: {path}")]
    AlreadyHeld {
        series: String,
        date: NaiveDate,
        path: String,
    },
}

/// Words that mark a fixed opening item (compared as slugs, whole words).
const OPENING_WORDS: &[&str] = &[
    "opening",
    "welkom",
    "welcome",
    "call to order",
    "mededelingen",
    "vaststelling agenda",
    "vaststellen agenda",
    "approval of the agenda",
];

/// Words that mark a fixed closing item.
const CLOSING_WORDS: &[&str] = &[
    "sluiting",
    "rondvraag",
    "wvttk",
    "any other business",
    "aob",
    "adjournment",
    "closing",
    "close",
];

/// One agenda item of the draft.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DraftItem {
    pub title: String,
    pub topic: String,
    /// The pending actions it carries (empty for the opening and closing items).
    pub carries: Vec<PendingAction>,
}

/// The draft: its items and the TOML text.
#[derive(Debug, Clone)]
pub struct Draft {
    /// The meeting the details came from.
    pub from: MeetingId,
    pub items: Vec<DraftItem>,
    pub text: String,
}

/// Drafts the meeting of `series` on `date`. `start` defaults to the last meeting's.
pub fn draft(
    lib: &Library,
    series: &str,
    date: NaiveDate,
    start: Option<NaiveTime>,
) -> Result<Draft, DraftError> {
    let ids = lib.series_meetings(series);
    if ids.is_empty() {
        return Err(DraftError::UnknownSeries {
            series: series.to_string(),
            known: lib.series_names().collect::<Vec<_>>().join(", "),
        });
    }
    if let Some(&held) = ids.iter().find(|&&id| lib.meeting(id).date == date) {
        return Err(DraftError::AlreadyHeld {
            series: series.to_string(),
            date,
            path: lib.meeting(held).path.display().to_string(),
        });
    }
    let from = ids
        .iter()
        .copied()
        .rev()
        .find(|&id| lib.meeting(id).date < date)
        .ok_or_else(|| DraftError::NoEarlierMeeting {
            series: series.to_string(),
            date,
        })?;
    let last = lib.meeting(from);
    let target = Target::Planned {
        series: series.to_string(),
        date,
    };
    let pending: Vec<PendingAction> = lib
        .pending(&target, Scope::Series)
        .into_iter()
        .filter(|p| matches!(p.status, DueStatus::Due | DueStatus::Overdue))
        .collect();

    let mut items = topic_items(lib, &pending);
    let earlier: Vec<&Meeting> = ids
        .iter()
        .map(|&id| lib.meeting(id))
        .filter(|m| m.date < date && m.path != last.path)
        .collect();
    if let Some(open) = opening(last, &earlier)
        && !items.iter().any(|i| i.topic == open.topic)
    {
        items.insert(0, fixed(open));
    }
    if let Some(close) = closing(last, &earlier)
        && !items.iter().any(|i| i.topic == close.topic)
    {
        items.push(fixed(close));
    }
    // Details come from the newest meeting of the series that has them: a follow-up
    // meeting written in haste often leaves them out.
    let newest_first: Vec<&Meeting> = ids
        .iter()
        .rev()
        .map(|&id| lib.meeting(id))
        .filter(|m| m.date < date)
        .collect();
    let details = Details {
        location: newest_first.iter().find_map(|m| m.location.clone()),
        chair: newest_first.iter().find_map(|m| m.chair.clone()),
        attendees: newest_first
            .iter()
            .find(|m| !m.attendees.is_empty())
            .map(|m| m.attendees.clone())
            .unwrap_or_default(),
        start: start.or_else(|| newest_first.iter().find_map(|m| m.start)),
        length: newest_first.iter().find_map(|m| m.planned_length()),
    };
    let text = render(lib, last, date, &details, &items);
    Ok(Draft { from, items, text })
}

/// One item per topic with due actions, in the order the topics first came up.
fn topic_items(lib: &Library, pending: &[PendingAction]) -> Vec<DraftItem> {
    let mut by_origin: Vec<&PendingAction> = pending.iter().collect();
    by_origin.sort_by_key(|p| (p.meeting, p.item, p.action));
    let mut items: Vec<DraftItem> = Vec::new();
    for p in by_origin {
        let item = &lib.meeting(p.meeting).items[p.item];
        match items.iter_mut().find(|i| i.topic == item.topic) {
            Some(existing) => {
                // The newest title of the topic reads best on the new agenda.
                existing.title = item.title.clone();
                existing.carries.push(*p);
            }
            None => items.push(DraftItem {
                title: item.title.clone(),
                topic: item.topic.clone(),
                carries: vec![*p],
            }),
        }
    }
    items
}

fn fixed(item: &Item) -> DraftItem {
    DraftItem {
        title: item.title.clone(),
        topic: item.topic.clone(),
        carries: Vec::new(),
    }
}

/// The last meeting's first item, when it is an opening: its title has an opening word, or
/// an earlier meeting of the series opened with the same topic too.
fn opening<'a>(last: &'a Meeting, earlier: &[&Meeting]) -> Option<&'a Item> {
    let first = last.items.first()?;
    let recurring = earlier
        .iter()
        .any(|m| m.items.first().is_some_and(|i| i.topic == first.topic));
    (has_word(&first.title, OPENING_WORDS) || recurring).then_some(first)
}

/// The last meeting's last item, when it is a closing (same test with closing words).
fn closing<'a>(last: &'a Meeting, earlier: &[&Meeting]) -> Option<&'a Item> {
    if last.items.len() < 2 {
        return None;
    }
    let end = last.items.last()?;
    let recurring = earlier
        .iter()
        .any(|m| m.items.len() >= 2 && m.items.last().is_some_and(|i| i.topic == end.topic));
    (has_word(&end.title, CLOSING_WORDS) || recurring).then_some(end)
}

/// Whether `title` holds one of `phrases` as whole words (accents and case ignored).
pub fn has_word(title: &str, phrases: &[&str]) -> bool {
    let t = format!("-{}-", crate::model::slug(title));
    phrases
        .iter()
        .any(|p| t.contains(&format!("-{}-", crate::model::slug(p))))
}

/// What the draft carries over from earlier meetings of the series.
struct Details {
    location: Option<String>,
    chair: Option<String>,
    attendees: Vec<String>,
    start: Option<NaiveTime>,
    length: Option<u32>,
}

fn render(
    lib: &Library,
    last: &Meeting,
    date: NaiveDate,
    details: &Details,
    items: &[DraftItem],
) -> String {
    let mut s = String::new();
    let _ = writeln!(
        s,
        "# Draft made by `docket new` from {} {}: review the agenda, add planned minutes",
        comment_text(&last.series),
        last.date
    );
    let _ = writeln!(s, "# and presenters.");
    let _ = writeln!(s, "title = {}", string(&last.title));
    let _ = writeln!(s, "series = {}", string(&last.series));
    let _ = writeln!(s, "date = {date}");
    if let Some(t) = details.start {
        let _ = writeln!(s, "start = {}", t.format("%H:%M:%S"));
    }
    if let Some(len) = details.length {
        let _ = writeln!(s, "length = {len}   # minutes, as earlier meetings");
    }
    if let Some(l) = &details.location {
        let _ = writeln!(s, "location = {}", string(l));
    }
    if let Some(c) = &details.chair {
        let _ = writeln!(s, "chair = {}", string(c));
    }
    if !details.attendees.is_empty() {
        let _ = writeln!(s, "attendees = {}", array(&details.attendees));
    }
    for item in items {
        s.push_str("\n[[item]]\n");
        if !item.carries.is_empty() {
            let n = item.carries.len();
            let _ = writeln!(
                s,
                "# Carries {n} {} due at or before {date}:",
                if n == 1 { "action" } else { "actions" }
            );
            for p in &item.carries {
                let _ = writeln!(s, "# - {}", comment_text(&carried(lib, p)));
            }
        }
        let _ = writeln!(s, "title = {}", string(&item.title));
        let _ = writeln!(s, "topic = {}", string(&item.topic));
    }
    s
}

/// `"text" (Owner, due 2020-06, overdue, from lovp 2020-02-10)`.
fn carried(lib: &Library, p: &PendingAction) -> String {
    let a = lib.action(p);
    let m = lib.meeting(p.meeting);
    let mut parts = Vec::new();
    if let Some(o) = &a.owner {
        parts.push(o.clone());
    }
    if let Some(d) = a.due {
        parts.push(format!("due {d}"));
    }
    if p.status == DueStatus::Overdue {
        parts.push("overdue".into());
    }
    parts.push(format!("from {} {}", m.series, m.date));
    format!("\"{}\" ({})", a.text, parts.join(", "))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn opening_and_closing_words_match_whole_words() {
        assert!(has_word("Opening en mededelingen", OPENING_WORDS));
        assert!(has_word("Call to order", OPENING_WORDS));
        assert!(has_word("Rondvraag en sluiting", CLOSING_WORDS));
        assert!(has_word("AOB", CLOSING_WORDS));
        assert!(!has_word("Openingstijden bibliotheek", OPENING_WORDS));
        assert!(!has_word("Closer cooperation", CLOSING_WORDS));
    }
}
