//! Drafting the next meeting of a series (`docket new`): the TOML text of a meeting file with
//! the details of the series' last meeting and one agenda item per topic with actions due.

use crate::model::{DueStatus, Item, Library, Meeting, MeetingId, PendingAction, Scope, Target};
use crate::store::toml_text::{array, comment_text, multiline, quote};
use chrono::{NaiveDate, NaiveTime};
use std::fmt::Write;

use crate::i18n::Lang;
use crate::t;

#[derive(Debug, thiserror::Error)]
pub enum DraftError {
    UnknownSeries {
        series: String,
        known: String,
    },
    NoEarlierMeeting {
        series: String,
        date: NaiveDate,
    },
    AlreadyHeld {
        series: String,
        date: NaiveDate,
        path: String,
    },
}

impl DraftError {
    /// The message in `lang`; `Display` is English.
    pub fn message(&self, lang: Lang) -> String {
        match self {
            DraftError::UnknownSeries { series, known } => {
                t!(lang, "draft-unknown-series", series = series, known = known)
            }
            DraftError::NoEarlierMeeting { series, date } => t!(
                lang,
                "draft-no-earlier-meeting",
                series = series,
                date = date.to_string()
            ),
            DraftError::AlreadyHeld { series, date, path } => t!(
                lang,
                "draft-already-held",
                series = series,
                date = date.to_string(),
                path = path
            ),
        }
    }
}

impl std::fmt::Display for DraftError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
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
/// `parked` are the items parked for the series (see `parked.rs`); the draft's comments are
/// in `lang`.
pub fn draft(
    lib: &Library,
    series: &str,
    date: NaiveDate,
    start: Option<NaiveTime>,
    parked: &[Item],
    lang: Lang,
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
    // The body's members as last listed (no one is present yet at a new meeting).
    let members = newest_first
        .iter()
        .find(|m| !m.members.is_empty())
        .map(|m| m.members.clone())
        .unwrap_or_default();
    let details = Details {
        location: newest_first.iter().find_map(|m| m.location.clone()),
        chair: newest_first.iter().find_map(|m| m.chair.clone()),
        attendees: newest_first
            .iter()
            .find(|m| !m.attendees.is_empty())
            .map(|m| m.attendees.clone())
            .unwrap_or_default(),
        members: members.clone(),
        // Never more than the members carried, or the draft would not load.
        quorum: newest_first
            .iter()
            .find_map(|m| m.quorum)
            .filter(|&q| members.is_empty() || q as usize <= members.len()),
        start: start.or_else(|| newest_first.iter().find_map(|m| m.start)),
        length: newest_first.iter().find_map(|m| m.planned_length()),
    };
    let text = render(lib, last, date, &details, &items, rule, lang);
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
    members: Vec<String>,
    quorum: Option<u32>,
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
    lang: Lang,
) -> String {
    let mut s = String::new();
    let series = comment_text(&last.series);
    let from = last.date.to_string();
    comment(
        &mut s,
        &t!(lang, "draft-made", series = series, date = &from),
    );
    match rule {
        StandingRule::Marked(on) => {
            let on = on.to_string();
            comment(&mut s, &t!(lang, "draft-standing-marked", date = on));
        }
        StandingRule::Guessed => {
            comment(&mut s, &t!(lang, "draft-standing-guessed", date = &from));
        }
    }
    let _ = writeln!(s, "title = {}", quote(&last.title));
    let _ = writeln!(s, "series = {}", quote(&last.series));
    let _ = writeln!(s, "date = {date}");
    if let Some(t) = details.start {
        let _ = writeln!(s, "start = {}", t.format("%H:%M:%S"));
    }
    if let Some(len) = details.length {
        let _ = writeln!(s, "length = {len}   # {}", t!(lang, "draft-length"));
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
    if !details.members.is_empty() {
        let _ = writeln!(s, "members = {}", array(&details.members));
    }
    if let Some(q) = details.quorum {
        let _ = writeln!(s, "quorum = {q}");
    }
    for item in items {
        s.push_str("\n[[item]]\n");
        if item.parked {
            comment(&mut s, &t!(lang, "draft-parked"));
        }
        if !item.carries.is_empty() {
            let n = item.carries.len();
            let due = date.to_string();
            comment(&mut s, &t!(lang, "draft-carries", count = n, date = due));
            for p in &item.carries {
                let _ = writeln!(s, "# - {}", comment_text(&carried(lib, p, lang)));
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
fn carried(lib: &Library, p: &PendingAction, lang: Lang) -> String {
    let a = lib.action(p);
    let m = lib.meeting(p.meeting);
    let mut parts = Vec::new();
    if let Some(o) = &a.owner {
        parts.push(o.clone());
    }
    if let Some(d) = a.due {
        parts.push(t!(lang, "draft-due", due = d.to_string()));
    }
    if p.status == DueStatus::Overdue {
        parts.push(t!(lang, "draft-overdue"));
    }
    let (series, date) = (m.series.clone(), m.date.to_string());
    parts.push(t!(lang, "draft-from", series = series, date = date));
    format!("\"{}\" ({})", a.text, parts.join(", "))
}

/// A comment of one or more lines.
fn comment(s: &mut String, text: &str) {
    for line in text.lines() {
        let _ = writeln!(s, "# {line}");
    }
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
