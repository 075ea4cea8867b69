//! The agenda / invitation of a meeting being prepared: date, time and place; each item with
//! its planned start (from `start` and the minutes before it), presenter and what a member
//! should read first (what was agreed last time on the topic, its open actions); then the
//! series' open actions.

use super::doc::{Block, Document, Section, note_blocks};
use super::minutes::action_entry;
use super::{ExportOptions, actions, paper, visible_items};
use crate::i18n;
use crate::model::{Library, MeetingId};
use crate::prepare::record_words;
use crate::t;
use chrono::{Duration, NaiveTime};

pub fn build(lib: &Library, id: MeetingId, opts: &ExportOptions) -> Document {
    let m = lib.meeting(id);
    let lang = opts.lang;
    let (items, left_out) = visible_items(m, opts);
    let starts = planned_starts(m.start, m.items.iter().map(|i| i.minutes));
    let position = lib.ids().position(|x| x == id).unwrap_or(0);
    let open = actions::running_list(lib, id, opts, true);

    let mut agenda = Section::new(t!(lang, "export-agenda"));
    if items.is_empty() {
        agenda
            .blocks
            .push(Block::Paragraph(t!(lang, "export-no-items")));
    }
    for &(n, index, item) in &items {
        let title = t!(lang, "export-item-title", number = n, title = &item.title);
        let title = match starts[index] {
            Some(s) => t!(
                lang,
                "export-agenda-item",
                time = s.format("%H:%M").to_string(),
                title = title
            ),
            None => title,
        };
        let mut facts = Vec::new();
        if let Some(p) = &item.presenter {
            facts.push(t!(lang, "export-presenter", name = p));
        }
        if let Some(min) = item.minutes {
            facts.push(t!(lang, "export-planned-minutes", minutes = min));
        }
        // What was agreed the last time the topic was on an agenda.
        let earlier = lib
            .meetings_with_topic(&item.topic, position)
            .into_iter()
            .next()
            .map(|prev| {
                let pm = lib.meeting(prev);
                pm.items
                    .iter()
                    .filter(|i| {
                        i.topic == item.topic && (opts.include_confidential || !i.confidential)
                    })
                    .flat_map(|i| i.outcomes.iter())
                    .map(|o| {
                        t!(
                            lang,
                            "export-earlier-outcome",
                            text = &o.text,
                            date = i18n::date_short(lang, pm.date)
                        )
                    })
                    .collect::<Vec<_>>()
            })
            .unwrap_or_default();
        let topic_actions: Vec<String> = open
            .iter()
            .filter(|e| e.topic == item.topic)
            .map(|e| action_entry(lib, e.origin, e.action, lang))
            .collect();
        let notes = item.notes.as_deref().map(note_blocks).unwrap_or_default();
        if facts.is_empty() && earlier.is_empty() && topic_actions.is_empty() && notes.is_empty() {
            agenda.line(title);
            continue;
        }
        agenda.blocks.push(Block::Heading(title));
        if !facts.is_empty() {
            agenda.blocks.push(Block::Facts(facts.join(" · ")));
        }
        agenda.blocks.extend(notes);
        agenda.labelled_list(t!(lang, "export-to-read"), earlier);
        agenda.labelled_list(t!(lang, "export-open-actions"), topic_actions);
    }
    if left_out > 0 {
        agenda
            .blocks
            .push(Block::Facts(t!(lang, "export-left-out", count = left_out)));
    }

    let pending = actions::section(t!(lang, "export-open-actions"), lib, &open, lang);
    // An invitation names the members (its own, else the series' latest list), not who was
    // present.
    let members = record_words::members_line(lib, &lib.attendance(id), lang);
    paper(m, lang, members, vec![agenda, pending])
}

/// Each item's planned start: the meeting's start plus the minutes of the items before it.
/// Unknown from the first item without minutes on (hidden items still take their time).
fn planned_starts(
    start: Option<NaiveTime>,
    minutes: impl Iterator<Item = Option<u32>>,
) -> Vec<Option<NaiveTime>> {
    let mut at = start;
    minutes
        .map(|m| {
            let this = at;
            at = match (at, m) {
                (Some(t), Some(m)) => Some(t + Duration::minutes(i64::from(m))),
                _ => None,
            };
            this
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn starts_add_up_and_stop_at_an_item_without_minutes() {
        let t = |h, m| NaiveTime::from_hms_opt(h, m, 0);
        let got = planned_starts(t(10, 0), [Some(15), Some(30), None, Some(5)].into_iter());
        assert_eq!(got, vec![t(10, 0), t(10, 15), t(10, 45), None]);
        assert_eq!(planned_starts(None, [Some(5)].into_iter()), vec![None]);
    }
}
