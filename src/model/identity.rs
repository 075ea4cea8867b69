//! What identifies a meeting, an item, an outcome or an action across reloads, so the
//! selection follows the thing the person chose and never falls onto a neighbour. The
//! rule (also in `docs/writes.md`; the merge driver matches items by it too):
//!
//! - a meeting is its file (its canonical path; within one loaded folder, `Meeting::path`);
//! - an item is its topic key as derived (explicit `topic`, else the slug of the title),
//!   its title text, and its occurrence number among the file's items with that same pair
//!   (0 for the first);
//! - an outcome (an action) is its item's identity, its text, and its occurrence number
//!   among that item's outcomes (actions) with the same text.
//!
//! Places (indexes) are not part of an identity: an item inserted above the selected one
//! changes places but no identity.

use super::{Item, Meeting};

/// An agenda item's identity within its meeting.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct ItemIdentity {
    pub topic: String,
    pub title: String,
    /// 0 for the first item of the file with this topic and title.
    pub occurrence: usize,
}

/// Whether an entry is one of an item's outcomes or one of its actions.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum EntryKind {
    Outcome,
    Action,
}

/// An outcome's or action's identity within its meeting.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct EntryIdentity {
    pub item: ItemIdentity,
    pub kind: EntryKind,
    pub text: String,
    /// 0 for the first of the item's outcomes (actions) with this text.
    pub occurrence: usize,
}

fn same_item(a: &Item, topic: &str, title: &str) -> bool {
    a.topic == topic && a.title == title
}

/// The identity of the item at `index`, if there is one.
pub fn item_identity(meeting: &Meeting, index: usize) -> Option<ItemIdentity> {
    let item = meeting.items.get(index)?;
    let occurrence = meeting.items[..index]
        .iter()
        .filter(|i| same_item(i, &item.topic, &item.title))
        .count();
    Some(ItemIdentity {
        topic: item.topic.clone(),
        title: item.title.clone(),
        occurrence,
    })
}

/// Where the item with this identity is now, if it still exists.
pub fn find_item(meeting: &Meeting, id: &ItemIdentity) -> Option<usize> {
    meeting
        .items
        .iter()
        .enumerate()
        .filter(|(_, i)| same_item(i, &id.topic, &id.title))
        .nth(id.occurrence)
        .map(|(n, _)| n)
}

fn texts(item: &Item, kind: EntryKind) -> Vec<&str> {
    match kind {
        EntryKind::Outcome => item.outcomes.iter().map(|o| o.text.as_str()).collect(),
        EntryKind::Action => item.actions.iter().map(|a| a.text.as_str()).collect(),
    }
}

/// The identity of outcome or action `entry` of item `item`, if there is one.
pub fn entry_identity(
    meeting: &Meeting,
    item: usize,
    kind: EntryKind,
    entry: usize,
) -> Option<EntryIdentity> {
    let list = texts(meeting.items.get(item)?, kind);
    let text = *list.get(entry)?;
    Some(EntryIdentity {
        item: item_identity(meeting, item)?,
        kind,
        text: text.to_string(),
        occurrence: list[..entry].iter().filter(|t| **t == text).count(),
    })
}

/// Where the entry with this identity is now: (item index, entry index).
pub fn find_entry(meeting: &Meeting, id: &EntryIdentity) -> Option<(usize, usize)> {
    let item = find_item(meeting, &id.item)?;
    let entry = texts(&meeting.items[item], id.kind)
        .iter()
        .enumerate()
        .filter(|(_, t)| **t == id.text)
        .nth(id.occurrence)
        .map(|(n, _)| n)?;
    Some((item, entry))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{FollowUp, Meeting, Outcome, OutcomeKind};
    use chrono::NaiveDate;

    fn meeting(titles: &[&str]) -> Meeting {
        let date = NaiveDate::from_ymd_opt(2020, 3, 9).expect("date");
        let mut m = Meeting::new("/m/a.toml", "Board", date);
        m.items = titles.iter().map(|t| Item::new(t)).collect();
        m
    }

    #[test]
    fn an_item_keeps_its_identity_when_another_is_inserted_above() {
        let before = meeting(&["Opening", "Budget", "Budget"]);
        let id = item_identity(&before, 2).expect("item");
        assert_eq!(id.occurrence, 1);
        let after = meeting(&["New", "Budget", "Opening", "Budget"]);
        assert_eq!(find_item(&after, &id), Some(3));
        let gone = meeting(&["Opening", "Budget"]);
        assert_eq!(find_item(&gone, &id), None);
    }

    #[test]
    fn topic_and_title_both_count() {
        let mut m = meeting(&["Budget"]);
        let id = item_identity(&m, 0).expect("item");
        m.items[0].topic = "finance".into();
        assert_eq!(find_item(&m, &id), None);
    }

    #[test]
    fn entries_are_found_by_text_and_occurrence() {
        let mut m = meeting(&["Opening", "Budget"]);
        m.items[1].actions = vec![
            FollowUp::new("Mail"),
            FollowUp::new("Call"),
            FollowUp::new("Mail"),
        ];
        m.items[1].outcomes = vec![Outcome::new("Mail", OutcomeKind::Note)];
        let id = entry_identity(&m, 1, EntryKind::Action, 2).expect("entry");
        assert_eq!(id.occurrence, 1);
        m.items.insert(0, Item::new("Extra"));
        m.items[2].actions.insert(0, FollowUp::new("Call"));
        assert_eq!(find_entry(&m, &id), Some((2, 3)));
        let outcome = entry_identity(&m, 2, EntryKind::Outcome, 0).expect("outcome");
        assert_eq!(find_entry(&m, &outcome), Some((2, 0)));
        m.items[2].actions.retain(|a| a.text != "Mail");
        assert_eq!(find_entry(&m, &id), None);
    }
}
