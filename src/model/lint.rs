//! Agenda lint: what a secretary should fix before a meeting (product.md, "Preparation
//! checks"). Pure: it reads the library and returns findings; callers decide how to show them.

use super::{DueStatus, Library, Meeting, MeetingId, PendingAction, Scope, Target};
use crate::i18n::Lang;
use crate::t;
use chrono::NaiveDate;
use std::collections::HashMap;
use std::path::PathBuf;

/// Which rule a finding comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum LintKind {
    /// A pending action due (or overdue) at this meeting whose topic is not on the agenda.
    DueNotOnAgenda,
    /// A pending action whose due point lies before this meeting, still not closed.
    PastDue,
    /// The planned minutes add up to more than the meeting's length (`end` or `length`).
    OverLength,
    /// An item without planned minutes while other items have them.
    MissingMinutes,
    /// The same topic key twice on one agenda.
    DuplicateTopic,
}

impl LintKind {
    /// A short stable name, for scripts and the interface.
    pub fn as_str(self) -> &'static str {
        match self {
            LintKind::DueNotOnAgenda => "due-not-on-agenda",
            LintKind::PastDue => "past-due",
            LintKind::OverLength => "over-length",
            LintKind::MissingMinutes => "missing-minutes",
            LintKind::DuplicateTopic => "duplicate-topic",
        }
    }
}

/// A pending action a finding is about, by position in the library.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FollowUpAt {
    pub meeting: MeetingId,
    pub item: usize,
    pub action: usize,
}

/// One lint finding: what is wrong, in plain words, and where it points.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    pub kind: LintKind,
    /// One plain sentence, without the file position.
    pub message: String,
    /// The item of the linted meeting's agenda it is about (index into `items`).
    pub item: Option<usize>,
    /// The earlier action it is about.
    pub action: Option<FollowUpAt>,
    /// The file to point at: the linted meeting's file (`None` for a planned meeting with
    /// no file) ...
    pub path: Option<PathBuf>,
    /// ... and the 1-based line there (1 when the finding is about the meeting as a whole).
    pub line: usize,
}

impl Library {
    /// The meetings being prepared on `today`: per series, the first meeting dated on or
    /// after `today`. These are the ones `docket check` lints, so that a folder of
    /// historical records is not flooded with warnings about long-past agendas.
    pub fn meetings_being_prepared(&self, today: NaiveDate) -> Vec<MeetingId> {
        let mut out: Vec<MeetingId> = self
            .series_names()
            .filter_map(|s| {
                self.series_meetings(s)
                    .iter()
                    .copied()
                    .find(|&id| self.meeting(id).date >= today)
            })
            .collect();
        out.sort();
        out
    }

    /// Lints the meeting `target`, with messages in English.
    pub fn lint(&self, target: &Target) -> Vec<Finding> {
        self.lint_in(target, Lang::En)
    }

    /// Lints the meeting `target` (a loaded meeting or a planned one without a file), with
    /// messages in `lang`. Findings come in rule order (as `LintKind` lists them), then in
    /// agenda / pending order.
    pub fn lint_in(&self, target: &Target, lang: Lang) -> Vec<Finding> {
        let (date, meeting) = match target {
            Target::Meeting(id) => {
                let m = self.meeting(*id);
                (m.date, Some(m))
            }
            Target::Planned { date, .. } => (*date, None),
        };
        let path = meeting.map(|m| m.path.clone());
        let mut out = Vec::new();
        let pending = self.pending(target, Scope::Series);
        self.due_not_on_agenda(&pending, meeting, &path, &mut out, lang);
        self.past_due(&pending, date, &path, &mut out, lang);
        if let Some(m) = meeting {
            over_length(m, &mut out, lang);
            missing_minutes(m, &mut out, lang);
            duplicate_topics(m, &mut out, lang);
        }
        out
    }

    fn due_not_on_agenda(
        &self,
        pending: &[PendingAction],
        meeting: Option<&Meeting>,
        path: &Option<PathBuf>,
        out: &mut Vec<Finding>,
        lang: Lang,
    ) {
        for p in pending {
            if !matches!(p.status, DueStatus::Due | DueStatus::Overdue) {
                continue;
            }
            let topic = &self.meeting(p.meeting).items[p.item].topic;
            if meeting.is_some_and(|m| m.items.iter().any(|i| &i.topic == topic)) {
                continue;
            }
            out.push(Finding {
                kind: LintKind::DueNotOnAgenda,
                message: t!(
                    lang,
                    if p.status == DueStatus::Due {
                        "lint-due-not-on-agenda"
                    } else {
                        "lint-overdue-not-on-agenda"
                    },
                    action = self.describe(p, lang),
                    topic = topic
                ),
                item: None,
                action: Some(action_ref(p)),
                path: path.clone(),
                line: 1,
            });
        }
    }

    fn past_due(
        &self,
        pending: &[PendingAction],
        date: NaiveDate,
        path: &Option<PathBuf>,
        out: &mut Vec<Finding>,
        lang: Lang,
    ) {
        for p in pending.iter().filter(|p| p.status == DueStatus::Overdue) {
            let action = self.describe(p, lang);
            let date = date.to_string();
            out.push(Finding {
                kind: LintKind::PastDue,
                message: match p.due_date {
                    Some(d) => t!(
                        lang,
                        "lint-past-due-point",
                        action = action,
                        due = d.to_string(),
                        date = date
                    ),
                    None => t!(lang, "lint-past-due", action = action, date = date),
                },
                item: None,
                action: Some(action_ref(p)),
                path: path.clone(),
                line: 1,
            });
        }
    }

    /// `action "text" (Owner, due next, from lovp 2020-02-10)`.
    fn describe(&self, p: &PendingAction, lang: Lang) -> String {
        let m = self.meeting(p.meeting);
        let a = self.action(p);
        let mut parts = Vec::new();
        if let Some(o) = &a.owner {
            parts.push(o.clone());
        }
        if let Some(d) = a.due {
            parts.push(t!(lang, "lint-action-due", due = d.label(lang)));
        }
        parts.push(t!(
            lang,
            "lint-action-from",
            series = &m.series,
            date = m.date.to_string()
        ));
        t!(
            lang,
            "lint-action",
            text = &a.text,
            details = parts.join(", ")
        )
    }
}

fn action_ref(p: &PendingAction) -> FollowUpAt {
    FollowUpAt {
        meeting: p.meeting,
        item: p.item,
        action: p.action,
    }
}

fn finding(kind: LintKind, m: &Meeting, item: Option<usize>, message: String) -> Finding {
    let line = item
        .and_then(|i| m.items.get(i))
        .map_or(1, |i| i.line.max(1));
    Finding {
        kind,
        message,
        item,
        action: None,
        path: Some(m.path.clone()),
        line,
    }
}

/// Points at the item whose planned minutes first run past the meeting's length.
fn over_length(m: &Meeting, out: &mut Vec<Finding>, lang: Lang) {
    let Some(length) = m.planned_length() else {
        return;
    };
    let total: u32 = m.items.iter().filter_map(|i| i.minutes).sum();
    if total <= length {
        return;
    }
    let mut running = 0;
    let first_over = m.items.iter().position(|i| {
        running += i.minutes.unwrap_or(0);
        running > length
    });
    out.push(finding(
        LintKind::OverLength,
        m,
        first_over,
        t!(
            lang,
            "lint-over-length",
            total = total,
            length = length,
            over = total - length
        ),
    ));
}

fn missing_minutes(m: &Meeting, out: &mut Vec<Finding>, lang: Lang) {
    if !m.items.iter().any(|i| i.minutes.is_some()) {
        return;
    }
    for (n, item) in m.items.iter().enumerate() {
        if item.minutes.is_none() {
            out.push(finding(
                LintKind::MissingMinutes,
                m,
                Some(n),
                t!(
                    lang,
                    "lint-missing-minutes",
                    number = n + 1,
                    title = &item.title
                ),
            ));
        }
    }
}

fn duplicate_topics(m: &Meeting, out: &mut Vec<Finding>, lang: Lang) {
    let mut first: HashMap<&str, usize> = HashMap::new();
    for (n, item) in m.items.iter().enumerate() {
        match first.get(item.topic.as_str()) {
            Some(&f) => out.push(finding(
                LintKind::DuplicateTopic,
                m,
                Some(n),
                t!(
                    lang,
                    "lint-duplicate-topic",
                    number = n + 1,
                    topic = &item.topic,
                    first = f + 1
                ),
            )),
            None => {
                first.insert(&item.topic, n);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Done, Due, FollowUp, Item};
    use chrono::NaiveTime;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("test date")
    }

    fn item(topic: &str, minutes: Option<u32>, actions: Vec<FollowUp>) -> Item {
        let mut i = Item::new(topic);
        i.minutes = minutes;
        i.actions = actions;
        i.line = 10;
        i
    }

    fn act(text: &str, due: Due) -> FollowUp {
        FollowUp {
            due: Some(due),
            ..FollowUp::new(text)
        }
    }

    fn meeting(date: &str, items: Vec<Item>) -> Meeting {
        let mut m = Meeting::new(format!("b/{date}.toml"), "Board", d(date));
        m.items = items;
        m
    }

    /// January makes actions; February is the meeting being linted (last in the list).
    fn lib(feb: Vec<Item>) -> (Library, Target) {
        let jan = meeting(
            "2024-01-10",
            vec![item(
                "budget",
                None,
                vec![
                    act("Draft budget", Due::Next),
                    act(
                        "Audit",
                        Due::Month {
                            year: 2024,
                            month: 6,
                        },
                    ),
                ],
            )],
        );
        let lib = Library::new(vec![jan, meeting("2024-02-14", feb)]);
        (lib, Target::Meeting(MeetingId(1)))
    }

    fn kinds(f: &[Finding]) -> Vec<LintKind> {
        f.iter().map(|f| f.kind).collect()
    }

    #[test]
    fn clean_agenda_has_no_findings() {
        let (lib, t) = lib(vec![item("budget", None, vec![])]);
        assert_eq!(lib.lint(&t), vec![]);
    }

    #[test]
    fn due_action_whose_topic_is_missing() {
        let (lib, t) = lib(vec![item("website", None, vec![])]);
        let f = lib.lint(&t);
        assert_eq!(kinds(&f), [LintKind::DueNotOnAgenda]);
        assert!(
            f[0].message.contains("\"Draft budget\""),
            "{}",
            f[0].message
        );
        assert!(f[0].message.contains("`budget`"));
        assert_eq!(f[0].action.map(|a| a.meeting), Some(MeetingId(0)));
        assert_eq!(f[0].line, 1);
    }

    #[test]
    fn overdue_action_is_past_due_and_missing_from_agenda() {
        // March: the "next" of January was February, so it is overdue now.
        let (mut lib, _) = lib(vec![item("budget", None, vec![])]);
        let mut ms = lib.meetings().to_vec();
        ms.push(meeting("2024-03-13", vec![item("budget", None, vec![])]));
        lib = Library::new(ms);
        let f = lib.lint(&Target::Meeting(MeetingId(2)));
        assert_eq!(kinds(&f), [LintKind::PastDue], "topic is on the agenda");
        assert!(f[0].message.contains("2024-02-14"), "{}", f[0].message);
    }

    #[test]
    fn closing_the_action_silences_it() {
        let (lib, _) = lib(vec![]);
        let mut ms = lib.meetings().to_vec();
        ms[0].items[0].actions[0].done = Some(Done::Date(d("2024-02-14")));
        let lib = Library::new(ms);
        let planned = Target::Planned {
            series: "board".into(),
            date: d("2024-03-13"),
        };
        assert_eq!(lib.lint(&planned), vec![]);
    }

    #[test]
    fn planned_meeting_reports_due_actions_without_a_file() {
        let lib = Library::new(vec![meeting(
            "2024-01-10",
            vec![item("budget", None, vec![act("Draft budget", Due::Next)])],
        )]);
        let f = lib.lint(&Target::Planned {
            series: "board".into(),
            date: d("2024-02-14"),
        });
        assert_eq!(kinds(&f), [LintKind::DueNotOnAgenda]);
        assert_eq!(f[0].path, None);
    }

    #[test]
    fn planned_minutes_over_the_length() {
        let (lib, t) = lib(vec![
            item("budget", Some(30), vec![]),
            item("website", Some(40), vec![]),
            item("aob", Some(10), vec![]),
        ]);
        let mut ms = lib.meetings().to_vec();
        ms[1].length = Some(60);
        let lib = Library::new(ms);
        let f = lib.lint(&t);
        assert_eq!(kinds(&f), [LintKind::OverLength]);
        assert_eq!(f[0].item, Some(1), "the item that crosses the hour");
        assert!(f[0].message.contains("80 minutes"), "{}", f[0].message);
        assert!(f[0].message.contains("20 over"));
    }

    #[test]
    fn length_from_start_and_end() {
        let (lib, t) = lib(vec![item("budget", Some(90), vec![])]);
        let mut ms = lib.meetings().to_vec();
        ms[1].start = NaiveTime::from_hms_opt(10, 0, 0);
        ms[1].end = NaiveTime::from_hms_opt(11, 30, 0);
        let lib = Library::new(ms.clone());
        assert_eq!(lib.lint(&t), vec![], "exactly fits");
        ms[1].end = NaiveTime::from_hms_opt(11, 0, 0);
        let lib = Library::new(ms);
        assert_eq!(kinds(&lib.lint(&t)), [LintKind::OverLength]);
    }

    #[test]
    fn items_without_minutes_when_others_have_them() {
        let (lib, t) = lib(vec![
            item("budget", Some(30), vec![]),
            item("website", None, vec![]),
        ]);
        let f = lib.lint(&t);
        assert_eq!(kinds(&f), [LintKind::MissingMinutes]);
        assert_eq!(f[0].item, Some(1));
        assert!(f[0].message.starts_with("item 2 \"website\""));
    }

    #[test]
    fn same_topic_twice() {
        let (lib, t) = lib(vec![
            item("budget", None, vec![]),
            item("Budget", None, vec![]),
        ]);
        let f = lib.lint(&t);
        assert_eq!(kinds(&f), [LintKind::DuplicateTopic]);
        assert_eq!(f[0].item, Some(1));
        assert!(f[0].message.contains("item 1"));
    }

    #[test]
    fn all_rules_together_in_rule_order() {
        let (lib, _) = lib(vec![]);
        let mut ms = lib.meetings().to_vec();
        let mut march = meeting(
            "2024-03-13",
            vec![
                item("website", Some(50), vec![]),
                item("website", None, vec![]),
                item("aob", Some(20), vec![]),
            ],
        );
        march.length = Some(60);
        ms.push(march);
        let lib = Library::new(ms);
        let f = lib.lint(&Target::Meeting(MeetingId(2)));
        assert_eq!(
            kinds(&f),
            [
                LintKind::DueNotOnAgenda,
                LintKind::PastDue,
                LintKind::OverLength,
                LintKind::MissingMinutes,
                LintKind::DuplicateTopic,
            ]
        );
        assert!(f.iter().all(|f| f.path.is_some()));
    }
}
