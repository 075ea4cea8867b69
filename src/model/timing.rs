//! Planned against actual time: actual minutes per item from the `discussed` times, and the
//! meeting clock shown while a meeting runs.
//!
//! An item's `discussed` time marks when it was finished. Sorting the items with a
//! `discussed` date-time by that time, an item took from the previous such time (or from the
//! meeting's start, for the first) to its own. Items with `discussed = true`, without
//! `discussed`, or the first one when the meeting has no start, have no actual minutes.

use super::{Discussed, Meeting};
use chrono::NaiveDateTime;

/// Actual minutes per agenda item (by index), as the module comment defines.
pub fn actual_minutes(m: &Meeting) -> Vec<Option<i64>> {
    let mut times: Vec<(NaiveDateTime, usize)> = m
        .items
        .iter()
        .enumerate()
        .filter_map(|(i, item)| match item.discussed {
            Some(Discussed::At(t)) => Some((t, i)),
            _ => None,
        })
        .collect();
    times.sort();
    let mut out = vec![None; m.items.len()];
    let mut prev = m.start.map(|s| m.date.and_time(s));
    for (t, i) in times {
        if let Some(p) = prev {
            let mins = (t - p).num_minutes();
            if mins >= 0 {
                out[i] = Some(mins);
            }
        }
        prev = Some(t);
    }
    out
}

/// Where a running meeting stands against its plan.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Clock {
    /// Minutes since `start` (negative before it).
    pub elapsed: i64,
    /// Planned minutes of every item up to and including the current one (the first item
    /// not yet discussed; all items once every one is discussed).
    pub planned: i64,
    /// Minutes behind the plan (`elapsed - planned`) when positive, else 0.
    pub behind: i64,
}

/// The clock of a meeting at `now`, or `None` without a start time.
pub fn clock(m: &Meeting, now: NaiveDateTime) -> Option<Clock> {
    let start = m.date.and_time(m.start?);
    let elapsed = (now - start).num_minutes();
    let current = m
        .items
        .iter()
        .position(|i| i.discussed.is_none())
        .unwrap_or(m.items.len().saturating_sub(1));
    let planned: i64 = m
        .items
        .iter()
        .take(current + 1)
        .filter_map(|i| i.minutes)
        .map(i64::from)
        .sum();
    Some(Clock {
        elapsed,
        planned,
        behind: (elapsed - planned).max(0),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Item;
    use chrono::{NaiveDate, NaiveTime};

    fn at(h: u32, m: u32) -> NaiveDateTime {
        NaiveDate::from_ymd_opt(2024, 1, 10)
            .and_then(|d| d.and_hms_opt(h, m, 0))
            .expect("time")
    }

    fn meeting() -> Meeting {
        let mut m = Meeting::new(
            "a.toml",
            "Board",
            NaiveDate::from_ymd_opt(2024, 1, 10).expect("date"),
        );
        m.start = NaiveTime::from_hms_opt(19, 0, 0);
        m.items = ["a", "b", "c", "d"].iter().map(|t| Item::new(t)).collect();
        for (item, mins) in m.items.iter_mut().zip([10, 20, 15, 5]) {
            item.minutes = Some(mins);
        }
        m
    }

    #[test]
    fn actual_minutes_follow_discussed_times_in_time_order() {
        let mut m = meeting();
        m.items[0].discussed = Some(Discussed::At(at(19, 10)));
        m.items[1].discussed = Some(Discussed::At(at(19, 45))); // taken after c
        m.items[2].discussed = Some(Discussed::At(at(19, 30)));
        m.items[3].discussed = Some(Discussed::Yes);
        assert_eq!(actual_minutes(&m), [Some(10), Some(15), Some(20), None]);
        m.start = None;
        assert_eq!(actual_minutes(&m), [None, Some(15), Some(20), None]);
    }

    #[test]
    fn clock_counts_planned_minutes_through_the_current_item() {
        let mut m = meeting();
        let c = clock(&m, at(19, 5)).expect("has start");
        assert_eq!(
            c,
            Clock {
                elapsed: 5,
                planned: 10,
                behind: 0
            }
        );
        m.items[0].discussed = Some(Discussed::At(at(19, 25)));
        let c = clock(&m, at(19, 42)).expect("has start");
        assert_eq!(
            c,
            Clock {
                elapsed: 42,
                planned: 30,
                behind: 12
            },
            "+12 min on item b"
        );
        for i in &mut m.items {
            i.discussed = Some(Discussed::Yes);
        }
        assert_eq!(clock(&m, at(20, 0)).map(|c| c.planned), Some(50));
        assert_eq!(
            clock(&m, at(18, 50)).map(|c| (c.elapsed, c.behind)),
            Some((-10, 0))
        );
        m.start = None;
        assert_eq!(clock(&m, at(19, 0)), None);
    }
}
