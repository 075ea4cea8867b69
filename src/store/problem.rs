//! What is wrong with a meeting file or folder, as a typed value: the loader decides *what*,
//! and `message(lang)` says it in Dutch or English through the Fluent messages
//! (`problem-*` in `locales/`). `Display` is the English text, for logs and tests.

use crate::i18n::Lang;
use crate::t;
use std::fmt;

/// Where in the meeting a field is: the meeting itself, or the n-th item (1-based) and the
/// n-th outcome or action in it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Place {
    Meeting,
    Item(usize),
    Outcome(usize, usize),
    Action(usize, usize),
}

/// What a field's value must look like.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Expected {
    Text,
    Texts,
    Bool,
    Minutes,
    Date,
    Time,
    DateTimeOrTrue,
    Kind,
    Due,
    Done,
    Members,
    Votes,
    Documents,
    /// A list of tables, each written with this header (`[[item]]`).
    Tables(&'static str),
}

/// Why a file or folder could not be read, in words a secretary understands.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum IoWhy {
    NotFound,
    PermissionDenied,
    /// The operating system's own words (English; they come from the platform).
    Other(String),
}

impl IoWhy {
    pub fn of(e: &std::io::Error) -> Self {
        match e.kind() {
            std::io::ErrorKind::NotFound => IoWhy::NotFound,
            std::io::ErrorKind::PermissionDenied => IoWhy::PermissionDenied,
            _ => IoWhy::Other(super::plain_io(e)),
        }
    }

    pub fn message(&self, lang: Lang) -> String {
        match self {
            IoWhy::NotFound => t!(lang, "problem-io-not-found"),
            IoWhy::PermissionDenied => t!(lang, "problem-io-permission"),
            IoWhy::Other(s) => s.clone(),
        }
    }
}

/// One problem. Text taken from the file (`found`, `key`) is already made safe to print.
#[derive(Debug, Clone, PartialEq, Eq, Hash, thiserror::Error)]
pub enum Problem {
    TooLarge {
        kib: u64,
        max_kib: u64,
    },
    SecondBom,
    NotUtf8 {
        byte: u8,
    },
    EmptyFile,
    TooDeep {
        max: usize,
    },
    MergeConflict,
    /// The TOML parser's own description (English: it comes from the `toml` crate).
    TomlSyntax(String),
    BadInteger {
        found: String,
    },
    Wrong {
        place: Place,
        key: String,
        expected: Expected,
        found: String,
    },
    UnknownKey {
        place: Place,
        key: String,
        hint: Option<String>,
    },
    Required {
        place: Place,
        key: String,
    },
    Empty {
        place: Place,
        key: String,
    },
    SeriesWithoutLetter {
        found: String,
    },
    QuorumAboveMembers {
        quorum: u32,
        members: usize,
    },
    VoteNotDecision {
        place: Place,
        key: String,
    },
    UnanimousAgainst {
        place: Place,
        against: u32,
    },
    EmptyDocument {
        place: Place,
    },
    CannotRead(IoWhy),
    NotRegularFile,
    FolderUnresolved,
    FolderUnreadable(IoWhy),
    MissingDocument {
        item: usize,
        target: String,
    },
    /// A lint finding, already worded in the language the check ran in, and its kind.
    Lint {
        message: String,
        kind: &'static str,
    },
}

impl Problem {
    /// The message in `lang`, with the place it concerns in front.
    pub fn message(&self, lang: Lang) -> String {
        let body = self.body(lang);
        match self.place() {
            None | Some(Place::Meeting) => body,
            Some(Place::Item(item)) => t!(lang, "problem-at-item", item = item, message = body),
            Some(Place::Outcome(item, n)) => t!(
                lang,
                "problem-at-outcome",
                item = item,
                n = n,
                message = body
            ),
            Some(Place::Action(item, n)) => t!(
                lang,
                "problem-at-action",
                item = item,
                n = n,
                message = body
            ),
        }
    }

    fn place(&self) -> Option<Place> {
        match self {
            Problem::Wrong { place, .. }
            | Problem::UnknownKey { place, .. }
            | Problem::Required { place, .. }
            | Problem::Empty { place, .. }
            | Problem::VoteNotDecision { place, .. }
            | Problem::UnanimousAgainst { place, .. }
            | Problem::EmptyDocument { place } => Some(*place),
            _ => None,
        }
    }

    fn body(&self, lang: Lang) -> String {
        match self {
            Problem::TooLarge { kib, max_kib } => t!(
                lang,
                "problem-too-large",
                size = kib.to_string(),
                max = max_kib.to_string()
            ),
            Problem::SecondBom => t!(lang, "problem-second-bom"),
            Problem::NotUtf8 { byte } => t!(lang, "problem-not-utf8", byte = format!("{byte:02X}")),
            Problem::EmptyFile => t!(lang, "problem-empty-file"),
            Problem::TooDeep { max } => t!(lang, "problem-too-deep", max = *max),
            Problem::MergeConflict => t!(lang, "problem-merge-conflict"),
            Problem::TomlSyntax(detail) => t!(lang, "problem-toml-syntax", detail = detail),
            Problem::BadInteger { found } => t!(lang, "problem-bad-integer", found = found),
            Problem::Wrong {
                key,
                expected,
                found,
                ..
            } => t!(
                lang,
                "problem-wrong",
                key = key,
                expected = expected.message(lang),
                found = found
            ),
            Problem::UnknownKey { key, hint, .. } => match hint {
                Some(hint) => t!(lang, "problem-unknown-key-hint", key = key, hint = hint),
                None => t!(lang, "problem-unknown-key", key = key),
            },
            Problem::Required { key, .. } => t!(lang, "problem-required", key = key),
            Problem::Empty { key, .. } => t!(lang, "problem-empty", key = key),
            Problem::SeriesWithoutLetter { found } => {
                t!(lang, "problem-series-without-letter", found = found)
            }
            Problem::QuorumAboveMembers { quorum, members } => t!(
                lang,
                "problem-quorum-above-members",
                quorum = *quorum,
                members = *members
            ),
            Problem::VoteNotDecision { key, .. } => {
                t!(lang, "problem-vote-not-decision", key = key)
            }
            Problem::UnanimousAgainst { against, .. } => {
                t!(lang, "problem-unanimous-against", against = *against)
            }
            Problem::EmptyDocument { .. } => t!(lang, "problem-empty-document"),
            Problem::CannotRead(why) => t!(lang, "problem-cannot-read", why = why.message(lang)),
            Problem::NotRegularFile => t!(lang, "problem-not-regular-file"),
            Problem::FolderUnresolved => t!(lang, "problem-folder-unresolved"),
            Problem::FolderUnreadable(why) => {
                t!(lang, "problem-folder-unreadable", why = why.message(lang))
            }
            Problem::MissingDocument { item, target } => t!(
                lang,
                "problem-missing-document",
                item = *item,
                target = target
            ),
            Problem::Lint { message, kind } => format!("{message} [{kind}]"),
        }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

impl Expected {
    pub fn message(self, lang: Lang) -> String {
        let id = match self {
            Expected::Text => "expected-text",
            Expected::Texts => "expected-texts",
            Expected::Bool => "expected-bool",
            Expected::Minutes => "expected-minutes",
            Expected::Date => "expected-date",
            Expected::Time => "expected-time",
            Expected::DateTimeOrTrue => "expected-date-time-or-true",
            Expected::Kind => "expected-kind",
            Expected::Due => "expected-due",
            Expected::Done => "expected-done",
            Expected::Members => "expected-members",
            Expected::Votes => "expected-votes",
            Expected::Documents => "expected-documents",
            Expected::Tables(header) => return t!(lang, "expected-tables", header = header),
        };
        t!(lang, id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// One of every problem, so each message is rendered in both languages.
    pub(crate) fn every_problem() -> Vec<Problem> {
        let key = || "minutes".to_string();
        let found = || "\"vijftien\"".to_string();
        let mut all = vec![
            Problem::TooLarge {
                kib: 5000,
                max_kib: 4096,
            },
            Problem::SecondBom,
            Problem::NotUtf8 { byte: 0xFF },
            Problem::EmptyFile,
            Problem::TooDeep { max: 64 },
            Problem::MergeConflict,
            Problem::TomlSyntax("expected `=`".into()),
            Problem::BadInteger { found: "0b".into() },
            Problem::UnknownKey {
                place: Place::Item(1),
                key: "titel".into(),
                hint: Some("title".into()),
            },
            Problem::UnknownKey {
                place: Place::Meeting,
                key: "zzz".into(),
                hint: None,
            },
            Problem::Required {
                place: Place::Outcome(2, 1),
                key: "text".into(),
            },
            Problem::Empty {
                place: Place::Action(3, 2),
                key: "text".into(),
            },
            Problem::SeriesWithoutLetter { found: found() },
            Problem::QuorumAboveMembers {
                quorum: 9,
                members: 7,
            },
            Problem::VoteNotDecision {
                place: Place::Outcome(1, 1),
                key: "for".into(),
            },
            Problem::UnanimousAgainst {
                place: Place::Outcome(1, 1),
                against: 2,
            },
            Problem::EmptyDocument {
                place: Place::Item(4),
            },
            Problem::CannotRead(IoWhy::NotFound),
            Problem::CannotRead(IoWhy::PermissionDenied),
            Problem::NotRegularFile,
            Problem::FolderUnresolved,
            Problem::FolderUnreadable(IoWhy::PermissionDenied),
            Problem::MissingDocument {
                item: 2,
                target: "stukken/x.pdf".into(),
            },
        ];
        let expected = [
            Expected::Text,
            Expected::Texts,
            Expected::Bool,
            Expected::Minutes,
            Expected::Date,
            Expected::Time,
            Expected::DateTimeOrTrue,
            Expected::Kind,
            Expected::Due,
            Expected::Done,
            Expected::Members,
            Expected::Votes,
            Expected::Documents,
            Expected::Tables("[[item]]"),
        ];
        all.extend(expected.into_iter().map(|expected| Problem::Wrong {
            place: Place::Item(3),
            key: key(),
            expected,
            found: found(),
        }));
        all
    }

    #[test]
    fn every_problem_has_words_in_both_languages_and_they_differ() {
        for p in every_problem() {
            let (en, nl) = (p.message(Lang::En), p.message(Lang::Nl));
            for text in [&en, &nl] {
                assert!(
                    !text.contains("problem-") && !text.contains("expected-"),
                    "a message id leaked: {text}"
                );
                assert!(!text.contains("{ $"), "an argument was not filled: {text}");
            }
            assert_ne!(en, nl, "{p:?} is not translated");
            assert_eq!(p.to_string(), en);
        }
    }

    #[test]
    fn the_place_comes_first_and_arguments_are_filled() {
        let p = Problem::Wrong {
            place: Place::Item(3),
            key: "minutes".into(),
            expected: Expected::Minutes,
            found: "\"vijftien\"".into(),
        };
        assert_eq!(
            p.message(Lang::En),
            "item 3: `minutes` must be a whole number of minutes (0 to 1440), found \"vijftien\""
        );
        assert_eq!(
            p.message(Lang::Nl),
            "agendapunt 3: `minutes` moet zijn: een heel aantal minuten (0 tot 1440); gevonden: \"vijftien\""
        );
        let a = Problem::Required {
            place: Place::Action(2, 1),
            key: "text".into(),
        };
        assert_eq!(
            a.message(Lang::Nl),
            "agendapunt 2, actie 1: `text` is verplicht"
        );
    }
}
