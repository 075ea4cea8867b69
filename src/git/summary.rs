//! The commit message `docket sync` writes: which meetings changed and how, in the words of
//! the meeting ("LOVP 2020-03-09: 2 items discussed, 1 outcome, 1 action").

use crate::i18n::Lang;
use crate::model::Meeting;
use crate::t;
use std::collections::HashMap;

/// What happened to one meeting file between the last commit and now.
#[derive(Debug, Clone)]
pub enum FileChange<'a> {
    Added(&'a Meeting),
    Changed { old: &'a Meeting, new: &'a Meeting },
    Removed(&'a str),
}

/// One line for one file.
pub fn describe(change: &FileChange<'_>, lang: Lang) -> String {
    match change {
        FileChange::Added(m) => t!(lang, "commit-new-meeting", meeting = name(m)),
        FileChange::Removed(path) => t!(
            lang,
            "commit-removed",
            meeting = crate::sanitize::line(path).into_owned()
        ),
        FileChange::Changed { old, new } => {
            let parts = counts(old, new, lang);
            if parts.is_empty() {
                t!(lang, "commit-edited", meeting = name(new))
            } else {
                let changes = parts.join(", ");
                t!(
                    lang,
                    "commit-changes",
                    meeting = name(new),
                    changes = changes
                )
            }
        }
    }
}

/// The whole message: the first file's line as subject (with how many more), then every
/// line in the body when there is more than one.
pub fn message(lines: &[String], lang: Lang) -> String {
    match lines {
        [] => t!(lang, "commit-no-lines"),
        [one] => one.clone(),
        [first, rest @ ..] => {
            let subject = t!(lang, "commit-and-more", first = first, count = rest.len());
            format!("{subject}\n\n{}", lines.join("\n"))
        }
    }
}

/// Title and date; the title as the display sanitiser shows it, since these lines go to the
/// terminal and into commit messages.
pub fn name(m: &Meeting) -> String {
    format!(
        "{} {}",
        crate::sanitize::line(&m.title),
        m.date.format("%Y-%m-%d")
    )
}

fn counts(old: &Meeting, new: &Meeting, lang: Lang) -> Vec<String> {
    let discussed = new
        .items
        .iter()
        .filter(|i| i.discussed.is_some())
        .filter(|i| {
            !old.items
                .iter()
                .any(|o| o.topic == i.topic && o.title == i.title && o.discussed.is_some())
        })
        .count();
    let added = |texts: fn(&Meeting) -> Vec<(&str, &str)>| {
        let mut before: HashMap<(&str, &str), usize> = HashMap::new();
        for t in texts(old) {
            *before.entry(t).or_default() += 1;
        }
        texts(new)
            .into_iter()
            .filter(|t| match before.get_mut(t) {
                Some(n) if *n > 0 => {
                    *n -= 1;
                    false
                }
                _ => true,
            })
            .count()
    };
    let outcomes = added(|m| {
        m.items
            .iter()
            .flat_map(|i| {
                i.outcomes
                    .iter()
                    .map(move |o| (i.title.as_str(), o.text.as_str()))
            })
            .collect()
    });
    let actions = added(|m| {
        m.items
            .iter()
            .flat_map(|i| {
                i.actions
                    .iter()
                    .map(move |a| (i.title.as_str(), a.text.as_str()))
            })
            .collect()
    });
    let done = added(|m| {
        m.items
            .iter()
            .flat_map(|i| {
                i.actions
                    .iter()
                    .filter(|a| a.done.is_some())
                    .map(move |a| (i.title.as_str(), a.text.as_str()))
            })
            .collect()
    });
    let mut parts = Vec::new();
    let mut push = |count: usize, id: &str| {
        if count > 0 {
            parts.push(t!(lang, id, count = count));
        }
    };
    push(discussed, "commit-items-discussed");
    push(outcomes, "commit-outcomes");
    push(actions, "commit-actions");
    push(done, "commit-actions-done");
    let new_items = new.items.len().saturating_sub(old.items.len());
    push(new_items, "commit-items-added");
    parts
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Discussed, FollowUp, Item, Outcome, OutcomeKind};
    use chrono::NaiveDate;

    /// The English lines, as the tests below were written for.
    fn describe(change: &FileChange<'_>) -> String {
        super::describe(change, Lang::En)
    }

    fn message(lines: &[String]) -> String {
        super::message(lines, Lang::En)
    }

    fn meeting() -> Meeting {
        let date = NaiveDate::from_ymd_opt(2020, 3, 9).unwrap();
        let mut m = Meeting::new("lovp.toml", "LOVP", date);
        m.items = vec![Item::new("Opening"), Item::new("Budget")];
        m
    }

    #[test]
    fn names_the_meeting_and_counts_what_changed() {
        let old = meeting();
        let mut new = old.clone();
        let at = old.date.and_hms_opt(10, 0, 0).unwrap();
        new.items[0].discussed = Some(Discussed::At(at));
        new.items[1].discussed = Some(Discussed::Yes);
        new.items[1]
            .outcomes
            .push(Outcome::new("Akkoord", OutcomeKind::Decision));
        new.items[1].actions.push(FollowUp::new("Brief sturen"));
        let line = describe(&FileChange::Changed {
            old: &old,
            new: &new,
        });
        assert_eq!(
            line,
            "LOVP 2020-03-09: 2 items discussed, 1 outcome, 1 action"
        );
        assert_eq!(
            describe(&FileChange::Changed {
                old: &new,
                new: &new
            }),
            "LOVP 2020-03-09: edited"
        );
        assert_eq!(
            describe(&FileChange::Added(&new)),
            "LOVP 2020-03-09: new meeting"
        );
        assert_eq!(
            message(&[line.clone(), "X: removed".into()]),
            format!("{line} (and 1 more meeting)\n\n{line}\nX: removed")
        );
    }

    #[test]
    fn commit_messages_in_dutch() {
        let old = meeting();
        // Written as a file, so the test names no model type but `Meeting`.
        let text = "title = \"LOVP\"\ndate = 2020-03-09\n\
            [[item]]\ntitle = \"Opening\"\ndiscussed = true\n\
            [[item]]\ntitle = \"Budget\"\n\
            [[item.action]]\ntext = \"Brief sturen\"\n[[item.action]]\ntext = \"Bellen\"\n\
            [[item]]\ntitle = \"Rondvraag\"\n";
        let new = crate::store::parse_meeting(std::path::Path::new("lovp.toml"), text.as_bytes())
            .expect("valid");
        let line = super::describe(
            &FileChange::Changed {
                old: &old,
                new: &new,
            },
            Lang::Nl,
        );
        assert_eq!(
            line,
            "LOVP 2020-03-09: 1 agendapunt besproken, 2 acties, 1 agendapunt toegevoegd"
        );
        assert_eq!(
            super::describe(&FileChange::Removed("x.toml"), Lang::Nl),
            "x.toml: verwijderd"
        );
        let two = [line.clone(), line.clone(), line.clone()];
        assert!(
            super::message(&two, Lang::Nl)
                .starts_with(&format!("{line} (en nog 2 vergaderingen)\n\n"))
        );
        assert_eq!(super::message(&[], Lang::Nl), "docket: vergaderbestanden");
    }
}
