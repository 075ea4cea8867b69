//! Previous outcomes on a topic: what was agreed or decided about it at earlier meetings.

use super::{Library, MeetingId, Outcome};

/// One earlier outcome, by position.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PreviousOutcome {
    pub meeting: MeetingId,
    pub item: usize,
    pub outcome: usize,
}

impl Library {
    pub fn outcome(&self, p: &PreviousOutcome) -> &Outcome {
        &self.meeting(p.meeting).items[p.item].outcomes[p.outcome]
    }

    /// The outcomes of every item with topic key `topic` in every meeting before `before`
    /// (an index into the global order; any series), newest meeting first, file order within
    /// a meeting.
    pub fn previous_outcomes(&self, topic: &str, before: usize) -> Vec<PreviousOutcome> {
        let mut out = Vec::new();
        for id in self.ids().take(before).rev() {
            for (ii, item) in self.meeting(id).items.iter().enumerate() {
                if item.topic != topic {
                    continue;
                }
                out.extend((0..item.outcomes.len()).map(|oi| PreviousOutcome {
                    meeting: id,
                    item: ii,
                    outcome: oi,
                }));
            }
        }
        out
    }

    /// The meetings before index `before` that had `topic` on their agenda, newest first.
    pub fn meetings_with_topic(&self, topic: &str, before: usize) -> Vec<MeetingId> {
        self.ids()
            .take(before)
            .rev()
            .filter(|&id| self.meeting(id).items.iter().any(|i| i.topic == topic))
            .collect()
    }
}
