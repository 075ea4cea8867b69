//! The commit message `docket sync` writes: which meetings changed and how, in the words of
//! the meeting ("LOVP 2020-03-09: 2 items discussed, 1 outcome, 1 action").

use crate::model::Meeting;
use std::collections::HashMap;

/// What happened to one meeting file between the last commit and now.
#[derive(Debug, Clone)]
pub enum FileChange<'a> {
    Added(&'a Meeting),
    Changed { old: &'a Meeting, new: &'a Meeting },
    Removed(&'a str),
}

/// One line for one file.
pub fn describe(change: &FileChange<'_>) -> String {
    match change {
        FileChange::Added(m) => format!("{}: new meeting", name(m)),
        FileChange::Removed(path) => format!("{}: removed", crate::sanitize::line(path)),
        FileChange::Changed { old, new } => {
            let parts = counts(old, new);
            if parts.is_empty() {
                format!("{}: edited", name(new))
            } else {
                format!("{}: {}", name(new), parts.join(", "))
            }
        }
    }
}

/// The whole message: the first file's line as subject (with how many more), then every
/// line in the body when there is more than one.
pub fn message(lines: &[String]) -> String {
    match lines {
        [] => "docket: meeting files".to_string(),
        [one] => one.clone(),
        [first, rest @ ..] => {
            let more = rest.len();
            let s = if more == 1 { "" } else { "s" };
            format!(
                "{first} (and {more} more meeting{s})\n\n{}",
                lines.join("\n")
            )
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

fn counts(old: &Meeting, new: &Meeting) -> Vec<String> {
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
    let mut push = |n: usize, one: &str, many: &str| {
        if n > 0 {
            parts.push(format!("{n} {}", if n == 1 { one } else { many }));
        }
    };
    push(discussed, "item discussed", "items discussed");
    push(outcomes, "outcome", "outcomes");
    push(actions, "action", "actions");
    push(done, "action done", "actions done");
    let new_items = new.items.len().saturating_sub(old.items.len());
    push(new_items, "item added", "items added");
    parts
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Discussed, FollowUp, Item, Outcome, OutcomeKind};
    use chrono::NaiveDate;

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
}
