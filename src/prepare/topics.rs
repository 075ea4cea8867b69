//! Matching imported agenda items against the topics a folder already knows (`import
//! --into DIR`), so an imported meeting links to its history: the same title, the same topic
//! key, a tag that belongs to one topic only, or a close title.

use crate::model::{Library, fold_diacritics, slug};
use std::collections::{BTreeMap, BTreeSet};

/// One known item: its title, topic key and tags, newest meeting last.
#[derive(Debug, Clone, PartialEq)]
struct Known {
    title_slug: String,
    title_words: BTreeSet<String>,
    topic: String,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct KnownTopics {
    items: Vec<Known>,
    /// Tag slug → the topics whose items carry it.
    tags: BTreeMap<String, BTreeSet<String>>,
}

/// Why an item got its topic.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MatchReason {
    SameTitle,
    SameKey,
    Tag,
    CloseTitle,
}

impl MatchReason {
    pub fn as_str(self) -> &'static str {
        match self {
            MatchReason::SameTitle => "same title",
            MatchReason::SameKey => "same topic key",
            MatchReason::Tag => "a tag of that topic",
            MatchReason::CloseTitle => "a close title",
        }
    }
}

/// Words that say little about a topic.
const STOP: &[&str] = &[
    "de", "het", "een", "en", "van", "voor", "op", "in", "met", "over", "richting", "the", "a",
    "an", "and", "of", "for", "on", "to", "with", "about",
];

fn topic_words(title: &str) -> BTreeSet<String> {
    fold_diacritics(title)
        .to_lowercase()
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.len() > 2 && !STOP.contains(w))
        .map(str::to_string)
        .collect()
}

impl KnownTopics {
    pub fn from_library(lib: &Library) -> Self {
        let mut known = KnownTopics::default();
        for (_, m) in lib.iter() {
            for item in &m.items {
                known.items.push(Known {
                    title_slug: slug(&item.title),
                    title_words: topic_words(&item.title),
                    topic: item.topic.clone(),
                });
                for t in &item.tags {
                    known
                        .tags
                        .entry(slug(t))
                        .or_default()
                        .insert(item.topic.clone());
                }
            }
        }
        known
    }

    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    /// The folder's topic for an item titled `title`, newest use first.
    pub fn find(&self, title: &str) -> Option<(String, MatchReason)> {
        let s = slug(title);
        if let Some(k) = self.items.iter().rev().find(|k| k.title_slug == s) {
            return Some((k.topic.clone(), MatchReason::SameTitle));
        }
        if let Some(k) = self.items.iter().rev().find(|k| k.topic == s) {
            return Some((k.topic.clone(), MatchReason::SameKey));
        }
        if let Some(topics) = self.tags.get(&s)
            && topics.len() == 1
        {
            return topics.iter().next().map(|t| (t.clone(), MatchReason::Tag));
        }
        // A close title: most of the meaningful words in common (Jaccard ≥ 0.5), or every
        // word of the shorter title in the longer one.
        let words = topic_words(title);
        if words.is_empty() {
            return None;
        }
        let mut best: Option<(f64, &Known)> = None;
        for k in self.items.iter().rev() {
            if k.title_words.is_empty() {
                continue;
            }
            let common = words.intersection(&k.title_words).count();
            let union = words.union(&k.title_words).count();
            let contained = common == words.len().min(k.title_words.len());
            let score = if contained {
                1.0
            } else {
                common as f64 / union as f64
            };
            if score >= 0.5 && best.is_none_or(|(b, _)| score > b) {
                best = Some((score, k));
            }
        }
        best.map(|(_, k)| (k.topic.clone(), MatchReason::CloseTitle))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Item, Meeting};

    fn lib() -> Library {
        let d = chrono::NaiveDate::from_ymd_opt(2020, 2, 10).expect("date");
        let mut m = Meeting::new("a.toml", "LOVP", d);
        let mut jw = Item::new("Jaarwisseling");
        jw.topic = "vuurwerk".into();
        jw.tags = vec!["vuurwerk".into(), "handhaving".into()];
        let mut inz = Item::new("Inzetbaarheid van politie");
        inz.topic = "inzetbaarheid".into();
        inz.tags = vec!["capaciteit".into()];
        let mut task = Item::new("Taskforce capaciteit");
        task.tags = vec!["capaciteit".into()];
        m.items = vec![jw, inz, task];
        Library::new(vec![m])
    }

    #[test]
    fn title_key_tag_and_close_title() {
        let k = KnownTopics::from_library(&lib());
        assert_eq!(
            k.find("Jaarwisseling"),
            Some(("vuurwerk".into(), MatchReason::SameTitle))
        );
        assert_eq!(
            k.find("Vuurwerk"),
            Some(("vuurwerk".into(), MatchReason::SameKey))
        );
        assert_eq!(
            k.find("Handhaving"),
            Some(("vuurwerk".into(), MatchReason::Tag))
        );
        assert_eq!(
            k.find("Inzetbaarheid van politie: rapport Rekenkamer"),
            Some(("inzetbaarheid".into(), MatchReason::CloseTitle))
        );
        // A tag of two topics says nothing; the close title decides.
        assert_eq!(
            k.find("Capaciteit"),
            Some(("taskforce-capaciteit".into(), MatchReason::CloseTitle))
        );
        assert_eq!(k.find("Rondvraag"), None);
    }
}
