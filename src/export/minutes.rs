//! Minutes ("Verslag"): per item its notes, agreements, decisions, notes and actions; items
//! with nothing to say by title only. Then the decision list and the series' action list.

use super::doc::{Block, Document, Section, note_blocks};
use super::{ExportOptions, actions, due_text, outcome_text, paper, visible_items};
use crate::i18n::{self, Lang};
use crate::model::{FollowUp, Item, Library, MeetingId, OutcomeKind, actual_minutes};
use crate::prepare::record_words::documents_label;
use crate::t;

pub fn build(lib: &Library, id: MeetingId, opts: &ExportOptions) -> Document {
    let m = lib.meeting(id);
    let lang = opts.lang;
    let (items, left_out) = visible_items(m, opts);
    let actual = actual_minutes(m);

    let mut record = Section::new(t!(lang, "export-minutes"));
    if items.is_empty() {
        record
            .blocks
            .push(Block::Paragraph(t!(lang, "export-no-items")));
    }
    for &(n, index, item) in &items {
        let title = t!(lang, "export-item-title", number = n, title = &item.title);
        let facts = facts(item, opts.timing.then_some(actual[index]), lang);
        let has_body = item.notes.as_deref().is_some_and(|s| !s.trim().is_empty())
            || !item.outcomes.is_empty()
            || !item.documents.is_empty()
            || !item.actions.is_empty()
            || (opts.timing && !facts.is_empty());
        if !has_body {
            record.line(title);
            continue;
        }
        record.blocks.push(Block::Heading(title));
        if !facts.is_empty() {
            record.blocks.push(Block::Facts(facts.join(" · ")));
        }
        if let Some(notes) = &item.notes {
            record.blocks.extend(note_blocks(notes));
        }
        let docs = item.documents.iter().map(|d| d.target.clone()).collect();
        record.labelled_list(documents_label(lang), docs);
        for (kind, label) in [
            (OutcomeKind::Agreement, "export-agreements"),
            (OutcomeKind::Decision, "export-decisions"),
            (OutcomeKind::Note, "export-notes"),
        ] {
            let texts = item
                .outcomes
                .iter()
                .filter(|o| o.kind == kind)
                .map(|o| outcome_text(o, lang))
                .collect();
            record.labelled_list(t!(lang, label), texts);
        }
        let acts = item
            .actions
            .iter()
            .map(|a| action_entry(lib, id, a, lang))
            .collect();
        record.labelled_list(t!(lang, "export-actions"), acts);
    }
    if left_out > 0 {
        record
            .blocks
            .push(Block::Facts(t!(lang, "export-left-out", count = left_out)));
    }

    let mut decisions = Section::new(t!(lang, "export-decision-list"));
    let entries: Vec<String> = items
        .iter()
        .flat_map(|&(n, _, item)| {
            item.outcomes
                .iter()
                .filter(|o| o.kind == OutcomeKind::Decision)
                .map(move |o| {
                    t!(
                        lang,
                        "export-decision-entry",
                        text = outcome_text(o, lang),
                        number = n,
                        title = &item.title
                    )
                })
        })
        .collect();
    decisions.blocks.push(if entries.is_empty() {
        Block::Paragraph(t!(lang, "export-no-decisions"))
    } else {
        Block::List {
            ordered: true,
            entries,
        }
    });

    let running = actions::running_list(lib, id, opts, false);
    let action_list = actions::section(t!(lang, "export-action-list"), lib, &running, lang);
    // Present and absent against the members; without its own `members`, a meeting has
    // those of the latest earlier meeting of the series that lists them (docs/format.md).
    let attendance = crate::prepare::record_words::attendance_lines(&lib.attendance(id), lang);
    paper(m, lang, attendance, vec![record, decisions, action_list])
}

/// Presenter, and with `--timing` the planned and actual minutes.
fn facts(item: &Item, actual: Option<Option<i64>>, lang: Lang) -> Vec<String> {
    let mut facts = Vec::new();
    if let Some(p) = &item.presenter {
        facts.push(t!(lang, "export-presenter", name = p));
    }
    if let Some(actual) = actual {
        if let Some(p) = item.minutes {
            facts.push(t!(lang, "export-planned-minutes", minutes = p));
        }
        if let Some(a) = actual {
            facts.push(t!(lang, "export-actual-minutes", minutes = a));
        }
    }
    facts
}

/// "Text (owner; due 9 March 2020; done Mon 9 Mar 2020)".
pub(super) fn action_entry(lib: &Library, origin: MeetingId, a: &FollowUp, lang: Lang) -> String {
    let mut parts = Vec::new();
    if let Some(o) = &a.owner {
        parts.push(o.clone());
    }
    if let Some(d) = a.due {
        parts.push(t!(
            lang,
            "export-due",
            when = due_text(lib, origin, d, lang)
        ));
    }
    match a.done.map(|d| d.date()) {
        Some(Some(d)) => parts.push(t!(lang, "export-done-on", date = i18n::date_short(lang, d))),
        Some(None) => parts.push(t!(lang, "export-status-done")),
        None => {}
    }
    if parts.is_empty() {
        a.text.clone()
    } else {
        t!(
            lang,
            "export-action-entry",
            text = &a.text,
            details = parts.join("; ")
        )
    }
}
