//! Which item (outcome, action) of one version is which in another. The rule of the edits
//! issue: an item is its topic key (explicit `topic` or slug of the title) and title, plus
//! its place among the items of the file with the same pair; an outcome or action is its
//! text plus its place among those of its item with the same text. Kept here, behind two
//! functions, so the shared rule in `model` can replace it.

use crate::model::Item;
use std::collections::HashMap;

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct ItemId {
    pub topic: String,
    pub title: String,
    pub occurrence: usize,
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct SubId {
    pub text: String,
    pub occurrence: usize,
}

pub fn item_ids(items: &[Item]) -> Vec<ItemId> {
    let mut seen: HashMap<(&str, &str), usize> = HashMap::new();
    items
        .iter()
        .map(|i| {
            let n = seen.entry((&i.topic, &i.title)).or_insert(0);
            *n += 1;
            ItemId {
                topic: i.topic.clone(),
                title: i.title.clone(),
                occurrence: *n,
            }
        })
        .collect()
}

pub fn sub_ids<'a>(texts: impl Iterator<Item = &'a String>) -> Vec<SubId> {
    let mut seen: HashMap<&str, usize> = HashMap::new();
    texts
        .map(|t| {
            let n = seen.entry(t).or_insert(0);
            *n += 1;
            SubId {
                text: t.clone(),
                occurrence: *n,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn repeated_items_and_texts_count_their_occurrence() {
        let items = vec![
            Item::new("Rondvraag"),
            Item::new("Budget"),
            Item::new("Rondvraag"),
        ];
        let ids = item_ids(&items);
        assert_eq!(
            (ids[0].occurrence, ids[1].occurrence, ids[2].occurrence),
            (1, 1, 2)
        );
        assert_ne!(ids[0], ids[2]);
        let texts = ["a".to_string(), "a".to_string(), "b".to_string()];
        let subs = sub_ids(texts.iter());
        assert_eq!(subs[1].occurrence, 2);
        assert_eq!(subs[2].occurrence, 1);
    }
}
