//! The series' running action list at a meeting M: every action made at M or an earlier
//! meeting of its series that was open at M, plus those closed at or since the previous
//! meeting, each with the meeting and item it came from.

use super::{ExportOptions, due_text};
use crate::i18n::{self, Lang};
use crate::model::{Done, FollowUp, Library, MeetingId};
use crate::t;

pub struct Entry<'a> {
    pub origin: MeetingId,
    pub item_title: &'a str,
    pub topic: &'a str,
    pub action: &'a FollowUp,
    /// Closed by meeting M (on or before its date).
    pub closed: bool,
}

/// The running list at `id`, oldest meeting first, file order within a meeting.
/// `open_only` keeps the open actions (for an agenda).
pub fn running_list<'a>(
    lib: &'a Library,
    id: MeetingId,
    opts: &ExportOptions,
    open_only: bool,
) -> Vec<Entry<'a>> {
    let m = lib.meeting(id);
    let since = lib.prev_in_series(id).map(|p| lib.meeting(p).date);
    let mut out = Vec::new();
    for &origin in lib.series_meetings(&m.series) {
        let om = lib.meeting(origin);
        for item in &om.items {
            if item.confidential && !opts.include_confidential {
                continue;
            }
            for a in &item.actions {
                let (show, closed) = match a.done {
                    None => (true, false),
                    Some(Done::Yes) => (!open_only && origin == id, true),
                    Some(done) => match done.date() {
                        Some(d) if d > m.date => (true, false),
                        Some(d) => (!open_only && since.is_none_or(|s| d >= s), true),
                        None => (false, true),
                    },
                };
                if show {
                    out.push(Entry {
                        origin,
                        item_title: &item.title,
                        topic: &item.topic,
                        action: a,
                        closed,
                    });
                }
            }
        }
        if origin == id {
            break;
        }
    }
    out
}

/// The action list as a table: action, owner, due, from, status.
/// A section holding the action table, or a line saying there are none.
pub fn section(title: String, lib: &Library, entries: &[Entry<'_>], lang: Lang) -> super::Section {
    let mut s = super::Section::new(title);
    s.blocks.push(if entries.is_empty() {
        super::Block::Paragraph(t!(lang, "export-no-actions"))
    } else {
        table(lib, entries, lang)
    });
    s
}

pub fn table(lib: &Library, entries: &[Entry<'_>], lang: Lang) -> super::Block {
    let header = [
        "export-col-action",
        "export-col-owner",
        "export-col-due",
        "export-col-from",
        "export-col-status",
    ]
    .iter()
    .map(|id| t!(lang, id))
    .collect();
    let rows = entries
        .iter()
        .map(|e| {
            let a = e.action;
            vec![
                a.text.clone(),
                a.owner.clone().unwrap_or_default(),
                a.due
                    .map(|d| due_text(lib, e.origin, d, lang))
                    .unwrap_or_default(),
                t!(
                    lang,
                    "export-action-from",
                    date = i18n::date_short(lang, lib.meeting(e.origin).date),
                    item = e.item_title
                ),
                status(a, e.closed, lang),
            ]
        })
        .collect();
    super::Block::Table { header, rows }
}

fn status(a: &FollowUp, closed: bool, lang: Lang) -> String {
    if !closed {
        return t!(lang, "export-status-open");
    }
    match a.done.and_then(|d| d.date()) {
        Some(d) => t!(
            lang,
            "export-status-done-on",
            date = i18n::date_short(lang, d)
        ),
        None => t!(lang, "export-status-done"),
    }
}
