//! Pending actions at a meeting and their due status (format.md, "Derived meaning").

use super::{Due, FollowUp, Library, MeetingId, month_start, month_vs};
use chrono::NaiveDate;
use std::cmp::Ordering;

/// The meeting that pending actions are computed for: a loaded meeting, or one being
/// prepared that has no file yet and takes its place in the order at its date.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    Meeting(MeetingId),
    Planned { series: String, date: NaiveDate },
}

/// Which earlier meetings contribute pending actions.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Scope {
    /// Only the target's own series (the default of the format).
    #[default]
    Series,
    AllSeries,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum DueStatus {
    Overdue,
    Due,
    Later,
    None,
}

impl DueStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            DueStatus::Overdue => "overdue",
            DueStatus::Due => "due",
            DueStatus::Later => "later",
            DueStatus::None => "none",
        }
    }
}

/// One pending action: where it lives and how it stands relative to the target.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PendingAction {
    /// The meeting where the action was made.
    pub meeting: MeetingId,
    pub item: usize,
    pub action: usize,
    pub status: DueStatus,
    /// The due point as a date, for ordering: a month counts as its first day, "next" as
    /// the date of that next meeting; `None` without a due point or without a next meeting.
    pub due_date: Option<NaiveDate>,
}

/// Where the "next meeting" of an action's meeting lies.
enum NextPoint {
    Loaded(MeetingId),
    /// The planned target itself is that next meeting.
    Target,
    /// No next meeting of that series exists yet.
    Unknown,
}

impl Target {
    fn series<'a>(&'a self, lib: &'a Library) -> &'a str {
        match self {
            Target::Meeting(id) => &lib.meeting(*id).series,
            Target::Planned { series, .. } => series,
        }
    }

    fn date(&self, lib: &Library) -> NaiveDate {
        match self {
            Target::Meeting(id) => lib.meeting(*id).date,
            Target::Planned { date, .. } => *date,
        }
    }

    /// Every meeting with an id below this index comes before the target.
    fn position(&self, lib: &Library) -> usize {
        match self {
            Target::Meeting(id) => id.0,
            Target::Planned { date, .. } => lib.position_of_date(*date),
        }
    }
}

impl Library {
    /// The action a pending entry points at.
    pub fn action(&self, p: &PendingAction) -> &FollowUp {
        &self.meeting(p.meeting).items[p.item].actions[p.action]
    }

    /// The pending actions at `target`, sorted overdue, due, later, none; then by due point;
    /// then by the age of the meeting that made them (oldest first), then file order.
    pub fn pending(&self, target: &Target, scope: Scope) -> Vec<PendingAction> {
        let date = target.date(self);
        let pos = target.position(self);
        let series = target.series(self);
        let mut out = Vec::new();
        for id in self.ids().take(pos) {
            let m = self.meeting(id);
            if scope == Scope::Series && m.series != series {
                continue;
            }
            for (ii, item) in m.items.iter().enumerate() {
                for (ai, action) in item.actions.iter().enumerate() {
                    if action.done.is_some_and(|d| d.closed_before(date)) {
                        continue;
                    }
                    let (status, due_date) = self.due_status(id, action.due, target, pos);
                    out.push(PendingAction {
                        meeting: id,
                        item: ii,
                        action: ai,
                        status,
                        due_date,
                    });
                }
            }
        }
        out.sort_by(|a, b| {
            a.status
                .cmp(&b.status)
                .then_with(|| cmp_due_dates(a.due_date, b.due_date))
                .then_with(|| (a.meeting, a.item, a.action).cmp(&(b.meeting, b.item, b.action)))
        });
        out
    }

    /// Due status of an action made at `made_at`, relative to the target.
    fn due_status(
        &self,
        made_at: MeetingId,
        due: Option<Due>,
        target: &Target,
        pos: usize,
    ) -> (DueStatus, Option<NaiveDate>) {
        let date = target.date(self);
        match due {
            None => (DueStatus::None, None),
            Some(Due::Date(d)) => (status_of(d.cmp(&date)), Some(d)),
            Some(Due::Month { year, month }) => (
                status_of(month_vs(year, month, date)),
                month_start(year, month),
            ),
            Some(Due::Next) => match self.next_point(made_at, target, pos) {
                NextPoint::Target => (DueStatus::Due, Some(date)),
                NextPoint::Loaded(next) => {
                    let status = match target {
                        Target::Meeting(t) => status_of(next.cmp(t)),
                        Target::Planned { .. } if next.0 < pos => DueStatus::Overdue,
                        Target::Planned { .. } => DueStatus::Later,
                    };
                    (status, Some(self.meeting(next).date))
                }
                // Due at a meeting that is not scheduled yet: after everything known.
                NextPoint::Unknown => (DueStatus::Later, None),
            },
        }
    }

    fn next_point(&self, made_at: MeetingId, target: &Target, pos: usize) -> NextPoint {
        let loaded = self.next_in_series(made_at);
        if let Target::Planned { series, .. } = target {
            let same_series = self.meeting(made_at).series == *series;
            if same_series && made_at.0 < pos && loaded.is_none_or(|n| n.0 >= pos) {
                return NextPoint::Target;
            }
        }
        loaded.map_or(NextPoint::Unknown, NextPoint::Loaded)
    }
}

fn status_of(due_vs_target: Ordering) -> DueStatus {
    match due_vs_target {
        Ordering::Less => DueStatus::Overdue,
        Ordering::Equal => DueStatus::Due,
        Ordering::Greater => DueStatus::Later,
    }
}

/// Earlier due points first; a missing one last.
fn cmp_due_dates(a: Option<NaiveDate>, b: Option<NaiveDate>) -> Ordering {
    match (a, b) {
        (Some(a), Some(b)) => a.cmp(&b),
        (Some(_), None) => Ordering::Less,
        (None, Some(_)) => Ordering::Greater,
        (None, None) => Ordering::Equal,
    }
}
