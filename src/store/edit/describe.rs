//! What an edit does, in the words of the interface's language, for the status line
//! ("bewaard: “Begroting” als besproken gemarkeerd"). `Display` is the English text.

use super::attendance::RecordEdit;
use super::{Edit, FlagChange, keys_named};
use crate::i18n::Lang;
use crate::t;

/// At most 40 characters of a title or text, with `…` when cut.
fn short(s: &str) -> String {
    let t: String = s.chars().take(40).collect();
    if t.len() < s.len() {
        format!("{t}…")
    } else {
        t
    }
}

impl Edit {
    pub fn describe(&self, lang: Lang) -> String {
        match self {
            Edit::Discussed { item, change } => match change {
                FlagChange::Clear => t!(lang, "edit-unmark-discussed", title = short(&item.title)),
                _ => t!(lang, "edit-mark-discussed", title = short(&item.title)),
            },
            Edit::Done { action, change } => match change {
                FlagChange::Clear => t!(lang, "edit-reopen", text = short(&action.text)),
                _ => t!(lang, "edit-mark-done", text = short(&action.text)),
            },
            Edit::AddOutcome { text, .. } => t!(lang, "edit-add-outcome", text = short(text)),
            Edit::AddAction { text, .. } => t!(lang, "edit-add-action", text = short(text)),
            Edit::RemoveOutcome { text, .. } => {
                t!(lang, "edit-remove-outcome", text = short(text))
            }
            Edit::RemoveAction { action } => {
                t!(lang, "edit-remove-action", text = short(&action.text))
            }
            Edit::InsertItem { fields, .. } => {
                t!(lang, "edit-insert-item", title = short(&fields.title))
            }
            Edit::RemoveItem { item } => t!(lang, "edit-delete-item", title = short(&item.title)),
            Edit::PutItem { .. } => t!(lang, "edit-put-item-back"),
            Edit::MoveItem { item, up } => t!(
                lang,
                "edit-move-item",
                title = short(&item.title),
                way = if *up { "up" } else { "down" }
            ),
            Edit::SetItemKeys { item, changes } => match changes.as_slice() {
                [c] if c.key == "standing" => match c.change {
                    FlagChange::Clear => {
                        t!(lang, "edit-unmark-standing", title = short(&item.title))
                    }
                    _ => t!(lang, "edit-mark-standing", title = short(&item.title)),
                },
                _ => t!(
                    lang,
                    "edit-change-item-keys",
                    keys = keys_named(changes),
                    title = short(&item.title)
                ),
            },
            Edit::SetSubKeys { sub, changes } if closes_as_dropped(changes) => {
                t!(lang, "edit-close-dropped", text = short(&sub.text))
            }
            Edit::SetSubKeys { sub, changes } => t!(
                lang,
                "edit-change-sub-keys",
                keys = keys_named(changes),
                kind = sub.kind.key(),
                text = short(&sub.text)
            ),
            Edit::RemoveSub { sub } => t!(
                lang,
                "edit-delete-sub",
                kind = sub.kind.key(),
                text = short(&sub.text)
            ),
            Edit::PutSub { kind, .. } => t!(lang, "edit-put-sub-back", kind = kind.key()),
            Edit::Batch(edits) => match edits.as_slice() {
                [one] => one.describe(lang),
                _ if edits.iter().all(|e| matches!(e, Edit::Done { .. })) => {
                    t!(lang, "edit-close-actions", count = edits.len())
                }
                _ => t!(lang, "edit-changes", count = edits.len()),
            },
            Edit::Record(RecordEdit::SetPresent { name, present })
            | Edit::Record(RecordEdit::RestorePresent { name, present, .. }) => {
                let id = if *present {
                    "edit-mark-present"
                } else {
                    "edit-mark-absent"
                };
                t!(lang, id, name = short(name))
            }
            Edit::Record(RecordEdit::AddDecision { text, vote, .. }) => t!(
                lang,
                "edit-add-decision",
                text = short(text),
                vote = vote.words()
            ),
        }
    }
}

/// Only `dropped` (and what comes with it) is set: the action is closed as dropped.
pub(super) fn closes_as_dropped(changes: &[super::KeyChange]) -> bool {
    changes.iter().any(|c| c.key == "dropped")
        && changes
            .iter()
            .all(|c| matches!(c.change, FlagChange::Set(_)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Item, Meeting, OutcomeKind, Vote};
    use crate::store::edit::{FollowUpRef, ItemFields, ItemRef, KeyChange, SubKind, SubRef};

    #[test]
    fn both_languages_and_the_english_display_agree() {
        let d = chrono::NaiveDate::from_ymd_opt(2020, 2, 10).expect("date");
        let mut m = Meeting::new("a.toml", "LOVP", d);
        m.items.push(Item::new("Begroting"));
        let target = ItemRef::of(&m, 0).expect("item");
        let edit = Edit::unmark_discussed(target);
        assert_eq!(edit.describe(Lang::En), edit.to_string());
        assert_eq!(
            edit.describe(Lang::Nl),
            "“Begroting” niet meer als besproken gemarkeerd"
        );
    }

    /// One edit of every kind (and every wording a kind has).
    fn every_edit() -> Vec<Edit> {
        let item = ItemRef {
            index: 0,
            title: "Begroting".into(),
            topic: "begroting".into(),
        };
        let action = FollowUpRef {
            item: item.clone(),
            index: 0,
            text: "Brief sturen".into(),
        };
        let sub = |kind| SubRef {
            item: item.clone(),
            kind,
            index: 0,
            text: "Vastgesteld".into(),
        };
        let set = |key: &str| KeyChange {
            key: key.into(),
            change: FlagChange::Set("true".into()),
        };
        let clear = |key: &str| KeyChange {
            key: key.into(),
            change: FlagChange::Clear,
        };
        let done = Edit::Done {
            action: action.clone(),
            change: FlagChange::Set("2020-02-10".into()),
        };
        vec![
            Edit::Discussed {
                item: item.clone(),
                change: FlagChange::Set("2020-02-10T10:00:00".into()),
            },
            Edit::Discussed {
                item: item.clone(),
                change: FlagChange::Clear,
            },
            done.clone(),
            Edit::Done {
                action: action.clone(),
                change: FlagChange::Clear,
            },
            Edit::AddOutcome {
                item: item.clone(),
                text: "Vastgesteld".into(),
                kind: OutcomeKind::Decision,
            },
            Edit::AddAction {
                item: item.clone(),
                text: "Brief sturen".into(),
                owner: None,
                due: None,
            },
            Edit::RemoveOutcome {
                item: item.clone(),
                index: 0,
                text: "Uitgesteld".into(),
            },
            Edit::RemoveAction {
                action: action.clone(),
            },
            Edit::InsertItem {
                after: None,
                fields: ItemFields {
                    title: "Rondvraag".into(),
                    ..ItemFields::default()
                },
            },
            Edit::RemoveItem { item: item.clone() },
            Edit::PutItem {
                before: None,
                at: 0,
                raw: String::new(),
            },
            Edit::MoveItem {
                item: item.clone(),
                up: true,
            },
            Edit::MoveItem {
                item: item.clone(),
                up: false,
            },
            Edit::SetItemKeys {
                item: item.clone(),
                changes: vec![set("standing")],
            },
            Edit::SetItemKeys {
                item: item.clone(),
                changes: vec![clear("standing")],
            },
            Edit::SetItemKeys {
                item: item.clone(),
                changes: vec![set("minutes"), set("presenter")],
            },
            Edit::SetSubKeys {
                sub: sub(SubKind::Action),
                changes: vec![set("dropped")],
            },
            Edit::SetSubKeys {
                sub: sub(SubKind::Outcome),
                changes: vec![set("kind")],
            },
            Edit::SetSubKeys {
                sub: sub(SubKind::Action),
                changes: vec![set("owner")],
            },
            Edit::RemoveSub {
                sub: sub(SubKind::Outcome),
            },
            Edit::RemoveSub {
                sub: sub(SubKind::Action),
            },
            Edit::PutSub {
                item: item.clone(),
                kind: SubKind::Outcome,
                index: 0,
                at: 0,
                raw: String::new(),
            },
            Edit::PutSub {
                item: item.clone(),
                kind: SubKind::Action,
                index: 0,
                at: 0,
                raw: String::new(),
            },
            Edit::Batch(vec![done.clone(), done]),
            Edit::Batch(vec![
                Edit::RemoveItem { item: item.clone() },
                Edit::PutItem {
                    before: None,
                    at: 0,
                    raw: String::new(),
                },
            ]),
            Edit::Record(RecordEdit::SetPresent {
                name: "Anna".into(),
                present: true,
            }),
            Edit::Record(RecordEdit::RestorePresent {
                name: "Anna".into(),
                present: false,
                raw: None,
                expect: None,
            }),
            Edit::Record(RecordEdit::AddDecision {
                item,
                text: "Vastgesteld".into(),
                vote: Vote {
                    for_: Some(4),
                    against: Some(1),
                    ..Vote::default()
                },
            }),
        ]
    }

    #[test]
    fn every_edit_is_described_in_dutch_and_its_english_is_the_display() {
        let edits = every_edit();
        let mut dutch = std::collections::BTreeSet::new();
        for e in &edits {
            let (en, nl) = (e.describe(Lang::En), e.describe(Lang::Nl));
            assert_eq!(en, e.to_string(), "{e:?}");
            assert_ne!(nl, en, "{e:?} is described in English only");
            assert!(!nl.starts_with("edit-"), "missing message: {nl}");
            dutch.insert(nl);
        }
        assert_eq!(
            dutch.len(),
            edits.len(),
            "two edits read the same: {dutch:?}"
        );
        let one = Edit::Batch(vec![edits[0].clone()]);
        assert_eq!(one.describe(Lang::Nl), edits[0].describe(Lang::Nl));
        assert_eq!(
            edits[12].describe(Lang::Nl),
            "“Begroting” omlaag verplaatst"
        );
        assert_eq!(
            edits[16].describe(Lang::Nl),
            "“Vastgesteld” gesloten als vervallen"
        );
    }
}
