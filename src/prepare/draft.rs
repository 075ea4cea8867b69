//! Drafting the next meeting of a series (`docket new`): the TOML text of a meeting file with
//! the details of the series' last meeting and one agenda item per topic with actions due.

use crate::model::{DueStatus, Item, Library, Meeting, MeetingId, PendingAction, Scope, Target};
use crate::store::toml_text::{array, comment_text, multiline, quote};
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
    pub minutes: Option<u32>,
    pub presenter: Option<String>,
    pub tags: Vec<String>,
    pub notes: Option<String>,
    /// Written with `standing = true`.
    pub standing: bool,
    /// The pending actions it carries.
    pub carries: Vec<PendingAction>,
    /// Parked for this meeting (with `>`).
    pub parked: bool,
}

impl DraftItem {
    fn from_item(item: &Item, standing: bool) -> DraftItem {
        DraftItem {
            title: item.title.clone(),
            topic: item.topic.clone(),
            minutes: item.minutes,
            presenter: item.presenter.clone(),
            tags: if standing {
                item.tags.clone()
            } else {
                Vec::new()
            },
            notes: None,
            standing,
            carries: Vec::new(),
            parked: false,
        }
    }
}

/// How the standing items were found, for the draft's header.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StandingRule {
    /// The meeting of this date (the previous one, or the newest before it that has any
    /// mark) marks them with `standing = true`.
    Marked(NaiveDate),
    /// No marks: the runs of items at the start and end of the previous meeting that are
    /// openings or closings by their words, or came up in most earlier meetings.
    Guessed,
}

/// The draft: its items and the TOML text.
#[derive(Debug, Clone)]
pub struct Draft {
    /// The meeting the details came from.
    pub from: MeetingId,
    pub items: Vec<DraftItem>,
    pub rule: StandingRule,
    pub text: String,
}

/// Drafts the meeting of `series` on `date`. `start` defaults to the last meeting's;
/// `parked` are the items parked for the series (see `parked.rs`).
pub fn draft(
    lib: &Library,
    series: &str,
    date: NaiveDate,
    start: Option<NaiveTime>,
    parked: &[Item],
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
    // Newest first: the meetings of the series before the new date.
    let newest_first: Vec<&Meeting> = ids
        .iter()
        .rev()
        .map(|&id| lib.meeting(id))
        .filter(|m| m.date < date)
        .collect();

    let (opening, closing, rule) = standing_runs(last, newest_first.get(1..).unwrap_or(&[]));
    let mut items: Vec<DraftItem> = opening
        .iter()
        .map(|i| DraftItem::from_item(i, true))
        .collect();
    let mut closing: Vec<DraftItem> = closing
        .iter()
        .map(|i| DraftItem::from_item(i, true))
        .collect();
    let mut middle = topic_items(lib, &pending, &newest_first);
    for p in parked {
        middle.push(parked_item(p, &newest_first));
    }
    // A topic that is standing already carries its due actions there, and appears once.
    for m in middle {
        let same = items
            .iter_mut()
            .chain(closing.iter_mut())
            .find(|i| i.topic == m.topic);
        match same {
            Some(existing) => {
                existing.carries.extend(m.carries);
                existing.parked |= m.parked;
            }
            None => items.push(m),
        }
    }
    items.append(&mut closing);
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
    let text = render(lib, last, date, &details, &items, rule);
    Ok(Draft {
        from,
        items,
        rule,
        text,
    })
}

/// The standing items that open and close the meeting: the marked items before and after the
/// first unmarked item of `last`, or of the newest earlier meeting with marks (a meeting
/// written without them does not lose them); without any mark, the guessed runs of `last`
/// (see `StandingRule::Guessed`).
fn standing_runs<'a>(
    last: &'a Meeting,
    earlier: &[&'a Meeting],
) -> (Vec<&'a Item>, Vec<&'a Item>, StandingRule) {
    let marked = std::iter::once(last)
        .chain(earlier.iter().copied())
        .find(|m| m.items.iter().any(|i| i.standing));
    if let Some(m) = marked {
        let items = &m.items;
        let split = items
            .iter()
            .position(|i| !i.standing)
            .unwrap_or(items.len());
        let open = items[..split].iter().collect();
        let close = items[split..].iter().filter(|i| i.standing).collect();
        return (open, close, StandingRule::Marked(m.date));
    }
    let items = &last.items;
    // Recurring: on at least half of the (up to four) meetings before `last`; with fewer
    // than two of them, recurrence says nothing and only the words count.
    let window: Vec<&Meeting> = earlier.iter().take(4).copied().collect();
    let recurring = |item: &Item| {
        window.len() >= 2 && {
            let on = window
                .iter()
                .filter(|m| m.items.iter().any(|i| i.topic == item.topic))
                .count();
            on * 2 >= window.len()
        }
    };
    let open_n = items
        .iter()
        .take_while(|i| has_word(&i.title, OPENING_WORDS) || recurring(i))
        .count();
    let close_n = items[open_n..]
        .iter()
        .rev()
        .take_while(|i| has_word(&i.title, CLOSING_WORDS) || recurring(i))
        .count();
    // A one-item meeting has no closing: its only item is the opening, if anything.
    let close_from = items.len() - close_n;
    (
        items[..open_n].iter().collect(),
        items[close_from..].iter().collect(),
        StandingRule::Guessed,
    )
}

/// One item per topic with due actions, in the order they had on the newest meeting that
/// held them (the previous meeting's order first, then older meetings').
fn topic_items(
    lib: &Library,
    pending: &[PendingAction],
    newest_first: &[&Meeting],
) -> Vec<DraftItem> {
    let mut items: Vec<DraftItem> = Vec::new();
    for p in pending {
        let item = &lib.meeting(p.meeting).items[p.item];
        match items.iter_mut().find(|i| i.topic == item.topic) {
            Some(existing) => existing.carries.push(*p),
            None => {
                let mut d = match latest(&item.topic, newest_first) {
                    Some((_, _, newest)) => DraftItem::from_item(newest, false),
                    None => DraftItem::from_item(item, false),
                };
                d.carries.push(*p);
                items.push(d);
            }
        }
    }
    for i in &mut items {
        i.carries.sort_by_key(|p| (p.meeting, p.item, p.action));
    }
    items.sort_by_key(|i| {
        latest(&i.topic, newest_first).map_or((usize::MAX, usize::MAX), |(m, n, _)| (m, n))
    });
    items
}

/// (how many meetings back, place on it, the item) of the newest item with `topic`.
fn latest<'a>(topic: &str, newest_first: &[&'a Meeting]) -> Option<(usize, usize, &'a Item)> {
    newest_first.iter().enumerate().find_map(|(m, meeting)| {
        let n = meeting.items.iter().position(|i| i.topic == topic)?;
        Some((m, n, &meeting.items[n]))
    })
}

/// A parked item as it was, with the planned minutes and presenter of its topic's newest
/// item when it has none.
fn parked_item(p: &Item, newest_first: &[&Meeting]) -> DraftItem {
    let newest = latest(&p.topic, newest_first).map(|(_, _, i)| i);
    DraftItem {
        title: p.title.clone(),
        topic: p.topic.clone(),
        minutes: p.minutes.or_else(|| newest.and_then(|i| i.minutes)),
        presenter: p
            .presenter
            .clone()
            .or_else(|| newest.and_then(|i| i.presenter.clone())),
        tags: p.tags.clone(),
        notes: p.notes.clone(),
        standing: false,
        carries: Vec::new(),
        parked: true,
    }
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
    rule: StandingRule,
) -> String {
    let mut s = String::new();
    let _ = writeln!(
        s,
        "# Draft made by `docket new` from {} {}: review the agenda, add planned minutes",
        comment_text(&last.series),
        last.date
    );
    let _ = writeln!(s, "# and presenters.");
    match rule {
        StandingRule::Marked(on) => {
            let _ = writeln!(
                s,
                "# Standing items: those marked `standing = true` on {on}."
            );
        }
        StandingRule::Guessed => {
            let _ = writeln!(
                s,
                "# No item of {} is marked `standing = true`, so the standing items are guessed:",
                last.date
            );
            let _ = writeln!(
                s,
                "# the items opening and closing it that are openings or closings by their words or"
            );
            let _ = writeln!(
                s,
                "# came up in most earlier meetings. They are marked now; remove marks that are wrong."
            );
        }
    }
    let _ = writeln!(s, "title = {}", quote(&last.title));
    let _ = writeln!(s, "series = {}", quote(&last.series));
    let _ = writeln!(s, "date = {date}");
    if let Some(t) = details.start {
        let _ = writeln!(s, "start = {}", t.format("%H:%M:%S"));
    }
    if let Some(len) = details.length {
        let _ = writeln!(s, "length = {len}   # minutes, as earlier meetings");
    }
    if let Some(l) = &details.location {
        let _ = writeln!(s, "location = {}", quote(l));
    }
    if let Some(c) = &details.chair {
        let _ = writeln!(s, "chair = {}", quote(c));
    }
    if !details.attendees.is_empty() {
        let _ = writeln!(s, "attendees = {}", array(&details.attendees));
    }
    for item in items {
        s.push_str("\n[[item]]\n");
        if item.parked {
            let _ = writeln!(s, "# Parked for this meeting.");
        }
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
        let _ = writeln!(s, "title = {}", quote(&item.title));
        let _ = writeln!(s, "topic = {}", quote(&item.topic));
        if let Some(m) = item.minutes {
            let _ = writeln!(s, "minutes = {m}");
        }
        if let Some(p) = &item.presenter {
            let _ = writeln!(s, "presenter = {}", quote(p));
        }
        if !item.tags.is_empty() {
            let _ = writeln!(s, "tags = {}", array(&item.tags));
        }
        if let Some(n) = &item.notes {
            let _ = writeln!(s, "notes = {}", multiline(n));
        }
        if item.standing {
            s.push_str("standing = true\n");
        }
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
