//! All loaded meetings in one global order, with series lookups.

use super::Meeting;
use chrono::{NaiveDate, NaiveTime};
use std::collections::BTreeMap;
use std::path::Path;

/// Index of a meeting in the library. Ids follow the global order (date, start, path),
/// so comparing two ids compares the meetings' places in time.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct MeetingId(pub usize);

/// The key that orders meetings, within a series and across series.
/// A missing start time sorts before any start time on the same date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct OrderKey<'a> {
    pub date: NaiveDate,
    pub start: Option<NaiveTime>,
    pub path: &'a Path,
}

/// The loaded meetings, sorted, with an index per series.
#[derive(Debug, Clone, Default)]
pub struct Library {
    meetings: Vec<Meeting>,
    series: BTreeMap<String, Vec<MeetingId>>,
}

impl Library {
    pub fn new(mut meetings: Vec<Meeting>) -> Self {
        meetings.sort_by(|a, b| order_key(a).cmp(&order_key(b)));
        let mut series: BTreeMap<String, Vec<MeetingId>> = BTreeMap::new();
        for (i, m) in meetings.iter().enumerate() {
            series
                .entry(m.series.clone())
                .or_default()
                .push(MeetingId(i));
        }
        Library { meetings, series }
    }

    pub fn meetings(&self) -> &[Meeting] {
        &self.meetings
    }

    pub fn into_meetings(self) -> Vec<Meeting> {
        self.meetings
    }

    pub fn len(&self) -> usize {
        self.meetings.len()
    }

    pub fn is_empty(&self) -> bool {
        self.meetings.is_empty()
    }

    pub fn get(&self, id: MeetingId) -> Option<&Meeting> {
        self.meetings.get(id.0)
    }

    /// The meeting for an id this library handed out.
    ///
    /// Ids come from this library, so an out-of-range id is a programming error.
    pub fn meeting(&self, id: MeetingId) -> &Meeting {
        &self.meetings[id.0]
    }

    /// Mutable access for in-place edits that keep the order (discussed, done, outcomes).
    pub fn meeting_mut(&mut self, id: MeetingId) -> Option<&mut Meeting> {
        self.meetings.get_mut(id.0)
    }

    pub fn ids(&self) -> impl DoubleEndedIterator<Item = MeetingId> + ExactSizeIterator {
        (0..self.meetings.len()).map(MeetingId)
    }

    pub fn iter(&self) -> impl DoubleEndedIterator<Item = (MeetingId, &Meeting)> {
        self.meetings
            .iter()
            .enumerate()
            .map(|(i, m)| (MeetingId(i), m))
    }

    pub fn key(&self, id: MeetingId) -> OrderKey<'_> {
        order_key(self.meeting(id))
    }

    /// The series keys, sorted.
    pub fn series_names(&self) -> impl Iterator<Item = &str> {
        self.series.keys().map(String::as_str)
    }

    /// The meetings of a series in series order (empty for an unknown series).
    pub fn series_meetings(&self, series: &str) -> &[MeetingId] {
        self.series.get(series).map(Vec::as_slice).unwrap_or(&[])
    }

    /// The first meeting of the same series after `id`.
    pub fn next_in_series(&self, id: MeetingId) -> Option<MeetingId> {
        let list = self.series_meetings(&self.meeting(id).series);
        let pos = list.iter().position(|&m| m == id)?;
        list.get(pos + 1).copied()
    }

    /// The last meeting of the same series before `id`.
    pub fn prev_in_series(&self, id: MeetingId) -> Option<MeetingId> {
        let list = self.series_meetings(&self.meeting(id).series);
        let pos = list.iter().position(|&m| m == id)?;
        pos.checked_sub(1).and_then(|p| list.get(p).copied())
    }

    /// The meeting docket opens on: the next upcoming one (on or after `today`),
    /// else the latest.
    pub fn opening(&self, today: NaiveDate) -> Option<MeetingId> {
        self.ids()
            .find(|&id| self.meeting(id).date >= today)
            .or_else(|| self.ids().next_back())
    }

    /// The place a not-yet-written meeting on `date` takes in the global order: every meeting
    /// with an id below the returned index comes before it.
    pub fn position_of_date(&self, date: NaiveDate) -> usize {
        self.meetings.partition_point(|m| m.date < date)
    }

    pub fn find_by_path(&self, path: &Path) -> Option<MeetingId> {
        self.iter().find(|(_, m)| m.path == path).map(|(id, _)| id)
    }

    /// Meetings held on `date`, optionally of one series.
    pub fn find_by_date(&self, date: NaiveDate, series: Option<&str>) -> Vec<MeetingId> {
        self.iter()
            .filter(|(_, m)| m.date == date && series.is_none_or(|s| m.series == s))
            .map(|(id, _)| id)
            .collect()
    }

    pub fn item_count(&self) -> usize {
        self.meetings.iter().map(|m| m.items.len()).sum()
    }
}

fn order_key(m: &Meeting) -> OrderKey<'_> {
    OrderKey {
        date: m.date,
        start: m.start,
        path: &m.path,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Meeting;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("test date")
    }

    fn m(path: &str, title: &str, date: &str) -> Meeting {
        Meeting::new(path, title, d(date))
    }

    #[test]
    fn orders_by_date_then_start_then_path() {
        let mut late = m("b.toml", "LOVP", "2020-02-10");
        late.start = NaiveTime::from_hms_opt(14, 0, 0);
        let mut early = m("c.toml", "LOVP", "2020-02-10");
        early.start = NaiveTime::from_hms_opt(9, 0, 0);
        let no_start = m("z.toml", "LOVP", "2020-02-10");
        let lib = Library::new(vec![
            late,
            m("a.toml", "LOVP", "2020-03-09"),
            early,
            no_start,
        ]);
        let paths: Vec<_> = lib
            .meetings()
            .iter()
            .map(|m| m.path.to_str().expect("utf-8 path"))
            .collect();
        assert_eq!(paths, ["z.toml", "c.toml", "b.toml", "a.toml"]);
    }

    #[test]
    fn same_date_same_start_orders_by_path() {
        let lib = Library::new(vec![
            m("lovp/2020-02-10-b.toml", "LOVP", "2020-02-10"),
            m("lovp/2020-02-10-a.toml", "LOVP", "2020-02-10"),
        ]);
        let first = MeetingId(0);
        assert!(lib.meeting(first).path.ends_with("2020-02-10-a.toml"));
        assert_eq!(lib.next_in_series(first), Some(MeetingId(1)));
        assert_eq!(lib.prev_in_series(MeetingId(1)), Some(first));
    }

    #[test]
    fn next_meeting_stays_in_series() {
        let lib = Library::new(vec![
            m("a.toml", "LOVP", "2020-01-01"),
            m("b.toml", "Board", "2020-02-01"),
            m("c.toml", "LOVP", "2020-03-01"),
        ]);
        assert_eq!(lib.next_in_series(MeetingId(0)), Some(MeetingId(2)));
        assert_eq!(lib.next_in_series(MeetingId(1)), None);
        assert_eq!(lib.next_in_series(MeetingId(2)), None);
        assert_eq!(lib.prev_in_series(MeetingId(0)), None);
    }

    #[test]
    fn opening_prefers_next_upcoming_then_latest() {
        let lib = Library::new(vec![
            m("a.toml", "LOVP", "2020-01-01"),
            m("b.toml", "LOVP", "2020-03-01"),
        ]);
        assert_eq!(lib.opening(d("2020-02-01")), Some(MeetingId(1)));
        assert_eq!(
            lib.opening(d("2020-03-01")),
            Some(MeetingId(1)),
            "today counts as upcoming"
        );
        assert_eq!(lib.opening(d("2021-01-01")), Some(MeetingId(1)));
        assert_eq!(lib.opening(d("2019-01-01")), Some(MeetingId(0)));
        assert_eq!(Library::new(vec![]).opening(d("2020-01-01")), None);
    }

    #[test]
    fn default_series_is_slug_of_title() {
        let lib = Library::new(vec![m("a.toml", "Eén Overleg", "2020-01-01")]);
        assert_eq!(lib.series_names().collect::<Vec<_>>(), ["een-overleg"]);
    }
}
