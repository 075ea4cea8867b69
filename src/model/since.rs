//! "Since last time": what changed on a topic since the last meeting that had it on its
//! agenda (product.md, "Preparation checks").
//!
//! For topic T at target M, let P be the last meeting before M (any series, in the global
//! order) with an item of topic T. Then:
//! - outcomes added: the outcomes of T-items in the meetings after P up to and including M;
//! - actions added: the actions of T-items in those same meetings;
//! - actions closed: the actions of T-items in P or earlier whose `done` date lies after P's
//!   date and on or before M's date (`done = true` has no date and is never counted: it was
//!   closed for ever, so it was not open at P either).
//!
//! Without P, nothing was closed "since", and everything on T at M counts as added.

use super::{FollowUp, FollowUpAt, Library, MeetingId, PreviousOutcome, Target};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SinceLastTime {
    pub topic: String,
    /// P: the last earlier meeting with the topic on its agenda.
    pub previous: Option<MeetingId>,
    pub outcomes_added: Vec<PreviousOutcome>,
    pub actions_added: Vec<FollowUpAt>,
    pub actions_closed: Vec<FollowUpAt>,
}

impl SinceLastTime {
    pub fn is_empty(&self) -> bool {
        self.outcomes_added.is_empty()
            && self.actions_added.is_empty()
            && self.actions_closed.is_empty()
    }
}

impl Library {
    /// The action an `FollowUpAt` points at.
    pub fn action_at(&self, r: &FollowUpAt) -> &FollowUp {
        &self.meeting(r.meeting).items[r.item].actions[r.action]
    }

    /// What changed on `topic` at `target` since the last meeting that had it on its agenda.
    pub fn since_last_time(&self, topic: &str, target: &Target) -> SinceLastTime {
        let (date, end) = match target {
            // `end` is one past the last meeting of the window.
            Target::Meeting(id) => (self.meeting(*id).date, id.0 + 1),
            Target::Planned { date, .. } => (*date, self.position_of_date(*date)),
        };
        let before = match target {
            Target::Meeting(id) => id.0,
            Target::Planned { .. } => end,
        };
        let previous = self.meetings_with_topic(topic, before).first().copied();
        let start = previous.map_or(0, |p| p.0 + 1);
        let mut out = SinceLastTime {
            topic: topic.to_string(),
            previous,
            outcomes_added: Vec::new(),
            actions_added: Vec::new(),
            actions_closed: Vec::new(),
        };
        for id in self.ids().skip(start).take(end.saturating_sub(start)) {
            for (ii, item) in self.meeting(id).items.iter().enumerate() {
                if item.topic != topic {
                    continue;
                }
                out.outcomes_added
                    .extend((0..item.outcomes.len()).map(|oi| PreviousOutcome {
                        meeting: id,
                        item: ii,
                        outcome: oi,
                    }));
                out.actions_added
                    .extend((0..item.actions.len()).map(|ai| FollowUpAt {
                        meeting: id,
                        item: ii,
                        action: ai,
                    }));
            }
        }
        if let Some(p) = previous {
            let p_date = self.meeting(p).date;
            for id in self.ids().take(p.0 + 1) {
                for (ii, item) in self.meeting(id).items.iter().enumerate() {
                    if item.topic != topic {
                        continue;
                    }
                    for (ai, a) in item.actions.iter().enumerate() {
                        let closed = a.done.and_then(|d| d.date());
                        if closed.is_some_and(|d| d > p_date && d <= date) {
                            out.actions_closed.push(FollowUpAt {
                                meeting: id,
                                item: ii,
                                action: ai,
                            });
                        }
                    }
                }
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Done, Item, Meeting, Outcome, OutcomeKind};
    use chrono::NaiveDate;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("test date")
    }

    fn item(topic: &str, outcomes: &[&str], actions: &[(&str, Option<&str>)]) -> Item {
        let mut i = Item::new(topic);
        i.outcomes = outcomes
            .iter()
            .map(|t| Outcome {
                text: t.to_string(),
                kind: OutcomeKind::Agreement,
                vote: Default::default(),
                line: 0,
            })
            .collect();
        i.actions = actions
            .iter()
            .map(|(t, done)| FollowUp {
                done: done.map(|s| Done::Date(d(s))),
                ..FollowUp::new(t)
            })
            .collect();
        i
    }

    fn meeting(date: &str, title: &str, items: Vec<Item>) -> Meeting {
        let mut m = Meeting::new(format!("{title}/{date}.toml"), title, d(date));
        m.items = items;
        m
    }

    fn lib() -> Library {
        Library::new(vec![
            meeting(
                "2024-01-10",
                "Board",
                vec![item(
                    "budget",
                    &["Budget in outline"],
                    &[
                        ("Draft budget", Some("2024-03-13")),
                        ("Ask auditor", None),
                        ("Closed in January", Some("2024-01-10")),
                    ],
                )],
            ),
            meeting("2024-02-14", "Board", vec![item("website", &["Host"], &[])]),
            meeting(
                "2024-03-13",
                "Board",
                vec![item("budget", &["Budget adopted"], &[("Publish", None)])],
            ),
        ])
    }

    fn texts(lib: &Library, refs: &[FollowUpAt]) -> Vec<String> {
        refs.iter().map(|r| lib.action_at(r).text.clone()).collect()
    }

    #[test]
    fn compares_with_the_last_meeting_that_had_the_topic() {
        let lib = lib();
        let s = lib.since_last_time("budget", &Target::Meeting(MeetingId(2)));
        assert_eq!(s.previous, Some(MeetingId(0)), "February skipped the topic");
        let outcomes: Vec<_> = s
            .outcomes_added
            .iter()
            .map(|o| lib.outcome(o).text.clone())
            .collect();
        assert_eq!(outcomes, ["Budget adopted"]);
        assert_eq!(texts(&lib, &s.actions_added), ["Publish"]);
        assert_eq!(
            texts(&lib, &s.actions_closed),
            ["Draft budget"],
            "closed at P itself does not count; still open does not count"
        );
    }

    #[test]
    fn planned_meeting_sees_closures_up_to_its_date() {
        let lib = lib();
        let planned = Target::Planned {
            series: "board".into(),
            date: d("2024-02-20"),
        };
        let s = lib.since_last_time("budget", &planned);
        assert_eq!(s.previous, Some(MeetingId(0)));
        assert!(s.outcomes_added.is_empty() && s.actions_added.is_empty());
        assert!(s.actions_closed.is_empty(), "closed only on 2024-03-13");
        let later = Target::Planned {
            series: "board".into(),
            date: d("2024-04-10"),
        };
        let s = lib.since_last_time("budget", &later);
        assert_eq!(s.previous, Some(MeetingId(2)));
        assert!(s.is_empty(), "nothing after March");
    }

    #[test]
    fn first_time_on_the_agenda() {
        let lib = lib();
        let s = lib.since_last_time("website", &Target::Meeting(MeetingId(1)));
        assert_eq!(s.previous, None);
        assert_eq!(s.outcomes_added.len(), 1);
        assert!(s.actions_closed.is_empty());
    }
}
