//! A conflict the merge marked in the file, as a value: where it is and what happened, said
//! in Dutch or English by `message(lang)` (`merge-*` in `locales/`). `Display` is English.

use crate::i18n::Lang;
use crate::t;
use std::fmt;

/// Where in the meeting: the meeting's own keys, an item (by title), or an outcome or
/// action in it (by its text, shortened). Names are already made safe to print.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum At {
    Meeting,
    Item(String),
    Outcome { title: String, text: String },
    Action { title: String, text: String },
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Conflict {
    /// The key was set to different values on both sides.
    Differs { at: At, key: String },
    /// Removed on their side while we changed it.
    RemovedTheirs(At),
    /// Removed on our side while they changed it.
    RemovedOurs(At),
}

impl At {
    pub fn message(&self, lang: Lang) -> String {
        match self {
            At::Meeting => t!(lang, "merge-at-meeting"),
            At::Item(title) => t!(lang, "merge-at-item", title = title),
            At::Outcome { title, text } => {
                t!(lang, "merge-at-outcome", title = title, text = text)
            }
            At::Action { title, text } => t!(lang, "merge-at-action", title = title, text = text),
        }
    }
}

impl Conflict {
    pub fn message(&self, lang: Lang) -> String {
        match self {
            Conflict::Differs { at, key } => {
                t!(lang, "merge-differs", place = at.message(lang), key = key)
            }
            Conflict::RemovedTheirs(at) => {
                t!(lang, "merge-removed-theirs", place = at.message(lang))
            }
            Conflict::RemovedOurs(at) => t!(lang, "merge-removed-ours", place = at.message(lang)),
        }
    }
}

impl fmt::Display for Conflict {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_conflict_is_said_in_both_languages() {
        let item = || At::Item("Begroting".into());
        let sub = |title: &str| (title.to_string(), "Akkoord".to_string());
        let (title, text) = sub("Begroting");
        let all = [
            Conflict::Differs {
                at: At::Meeting,
                key: "date".into(),
            },
            Conflict::Differs {
                at: item(),
                key: "minutes".into(),
            },
            Conflict::RemovedTheirs(At::Outcome { title, text }),
            Conflict::RemovedOurs(At::Action {
                title: "Begroting".into(),
                text: "Brief".into(),
            }),
        ];
        for c in &all {
            let (en, nl) = (c.message(Lang::En), c.message(Lang::Nl));
            assert_ne!(en, nl);
            assert!(
                !en.contains("merge-") && !nl.contains("merge-"),
                "{en} / {nl}"
            );
        }
        assert_eq!(all[1].to_string(), "item 'Begroting': `minutes` differs");
        assert_eq!(
            all[2].message(Lang::Nl),
            "agendapunt 'Begroting', uitkomst 'Akkoord': aan hun kant verwijderd, aan onze kant gewijzigd"
        );
    }

    #[test]
    fn every_reason_to_merge_as_text_is_said_in_both_languages() {
        use crate::git::merge::Unsupported as U;
        let all = [
            U::InlineItems,
            U::ItemsUnmatched,
            U::SubsUnmatched("outcome"),
            U::SubsUnmatched("action"),
            U::NoPosition(None),
            U::NoPosition(Some("date".into())),
            U::OddlyPlaced("date".into()),
            U::IsTable("date".into()),
            U::ValueUnreadable("date".into()),
            U::SameLines,
            U::NotUtf8,
            U::DoesNotLoad(Some(crate::store::Problem::EmptyFile)),
            U::WouldBeLost {
                kind: "outcome",
                text: "Akkoord".into(),
            },
            U::WouldBeLost {
                kind: "action",
                text: "Brief".into(),
            },
        ];
        for u in &all {
            let (en, nl) = (u.message(Lang::En), u.message(Lang::Nl));
            assert_ne!(en, nl, "{u:?}");
            assert!(!nl.contains("unmergeable-"), "{nl}");
            assert_eq!(u.to_string(), en);
        }
        assert_eq!(
            all[12].message(Lang::Nl),
            "de uitkomst “Akkoord” zou verloren gaan"
        );
    }
}
