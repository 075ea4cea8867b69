//! Tests of the derivation rules, on small meetings built here.

use super::*;
use chrono::{NaiveDate, NaiveTime};

fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("test date")
}

fn meeting(path: &str, series: &str, date: &str, items: Vec<Item>) -> Meeting {
    let mut m = Meeting::new(path, series, d(date));
    m.items = items;
    m
}

fn item(topic: &str, actions: Vec<FollowUp>, outcomes: &[&str]) -> Item {
    let mut i = Item::new(topic);
    i.actions = actions;
    i.outcomes = outcomes
        .iter()
        .map(|t| Outcome {
            text: t.to_string(),
            kind: OutcomeKind::Agreement,
            vote: Default::default(),
            line: 0,
        })
        .collect();
    i
}

fn act(text: &str, due: Option<Due>, done: Option<Done>) -> FollowUp {
    FollowUp {
        due,
        done,
        ..FollowUp::new(text)
    }
}

fn month(year: i32, month: u32) -> Option<Due> {
    Some(Due::Month { year, month })
}

fn texts(lib: &Library, p: &[PendingAction]) -> Vec<(String, DueStatus)> {
    p.iter()
        .map(|p| (lib.action(p).text.clone(), p.status))
        .collect()
}

/// Three LOVP meetings: February makes actions, March and June follow.
fn lovp() -> Library {
    Library::new(vec![
        meeting(
            "lovp/2020-02-10.toml",
            "lovp",
            "2020-02-10",
            vec![
                item(
                    "inzetbaarheid",
                    vec![act("Rapport bespreken", Some(Due::Next), None)],
                    &["Rapport in volgend LOVP"],
                ),
                item(
                    "vuurwerk",
                    vec![act("Vuurwerk agenderen", month(2020, 9), None)],
                    &[],
                ),
                item(
                    "ondermijning",
                    vec![act(
                        "Besluitvorming ondermijning",
                        Some(Due::Date(d("2020-03-09"))),
                        None,
                    )],
                    &[],
                ),
                item(
                    "herijking",
                    vec![act("Voorstel herijking", month(2020, 6), None)],
                    &[],
                ),
                item("open", vec![act("Zonder termijn", None, None)], &[]),
                item(
                    "klaar",
                    vec![act("Al gedaan", Some(Due::Next), Some(Done::Yes))],
                    &[],
                ),
            ],
        ),
        meeting(
            "lovp/2020-03-09.toml",
            "lovp",
            "2020-03-09",
            vec![item("inzetbaarheid", vec![], &["Besproken"])],
        ),
        meeting("lovp/2020-06-15.toml", "lovp", "2020-06-15", vec![]),
    ])
}

#[test]
fn pending_at_the_next_meeting_has_status_and_order() {
    let lib = lovp();
    let p = lib.pending(&Target::Meeting(MeetingId(1)), Scope::Series);
    assert_eq!(
        texts(&lib, &p),
        [
            ("Rapport bespreken".to_string(), DueStatus::Due),
            ("Besluitvorming ondermijning".to_string(), DueStatus::Due),
            ("Voorstel herijking".to_string(), DueStatus::Later),
            ("Vuurwerk agenderen".to_string(), DueStatus::Later),
            ("Zonder termijn".to_string(), DueStatus::None),
        ]
    );
    // "next" sorts at the date of that next meeting: same day as the 9 March date.
    assert_eq!(p[0].due_date, Some(d("2020-03-09")));
    assert_eq!(
        p[2].due_date,
        Some(d("2020-06-01")),
        "a month counts as its first day"
    );
}

#[test]
fn next_that_came_before_is_overdue_and_month_is_due_in_its_month() {
    let lib = lovp();
    let p = lib.pending(&Target::Meeting(MeetingId(2)), Scope::Series);
    let t = texts(&lib, &p);
    assert_eq!(t[0], ("Rapport bespreken".to_string(), DueStatus::Overdue));
    assert_eq!(
        t[1],
        (
            "Besluitvorming ondermijning".to_string(),
            DueStatus::Overdue
        )
    );
    assert_eq!(t[2], ("Voorstel herijking".to_string(), DueStatus::Due));
    assert_eq!(t[3], ("Vuurwerk agenderen".to_string(), DueStatus::Later));
}

#[test]
fn nothing_is_pending_at_the_first_meeting() {
    let lib = lovp();
    assert!(
        lib.pending(&Target::Meeting(MeetingId(0)), Scope::Series)
            .is_empty()
    );
}

#[test]
fn done_true_is_closed_for_ever() {
    let lib = lovp();
    for id in [1, 2] {
        let p = lib.pending(&Target::Meeting(MeetingId(id)), Scope::Series);
        assert!(texts(&lib, &p).iter().all(|(t, _)| t != "Al gedaan"));
    }
}

#[test]
fn action_done_on_the_day_of_the_meeting_is_still_pending_there_not_after() {
    let lib = Library::new(vec![
        meeting(
            "a.toml",
            "x",
            "2020-01-01",
            vec![item(
                "t",
                vec![act(
                    "Closed at B",
                    Some(Due::Next),
                    Some(Done::Date(d("2020-02-01"))),
                )],
                &[],
            )],
        ),
        meeting("b.toml", "x", "2020-02-01", vec![]),
        meeting("c.toml", "x", "2020-03-01", vec![]),
    ]);
    assert_eq!(
        lib.pending(&Target::Meeting(MeetingId(1)), Scope::Series)
            .len(),
        1
    );
    assert!(
        lib.pending(&Target::Meeting(MeetingId(2)), Scope::Series)
            .is_empty()
    );
    // A date-time on the same day counts the same way.
    let dt = d("2020-02-01").and_hms_opt(11, 30, 0).expect("time");
    let mut lib2 = lib.clone();
    lib2.meeting_mut(MeetingId(0)).expect("meeting").items[0].actions[0].done =
        Some(Done::DateTime(dt));
    assert_eq!(
        lib2.pending(&Target::Meeting(MeetingId(1)), Scope::Series)
            .len(),
        1
    );
}

#[test]
fn due_next_without_a_next_meeting_is_later_and_sorts_last_in_later() {
    let lib = Library::new(vec![
        meeting(
            "a.toml",
            "x",
            "2020-01-01",
            vec![item("t", vec![act("Next", Some(Due::Next), None)], &[])],
        ),
        meeting(
            "b.toml",
            "y",
            "2020-02-01",
            vec![item(
                "u",
                vec![act("Dated", Some(Due::Date(d("2021-01-01"))), None)],
                &[],
            )],
        ),
        meeting("c.toml", "y", "2020-03-01", vec![]),
    ]);
    let p = lib.pending(&Target::Meeting(MeetingId(2)), Scope::AllSeries);
    assert_eq!(
        texts(&lib, &p),
        [
            ("Dated".to_string(), DueStatus::Later),
            ("Next".to_string(), DueStatus::Later)
        ]
    );
    assert_eq!(p[1].due_date, None);
    // Only its own series by default.
    let own = lib.pending(&Target::Meeting(MeetingId(2)), Scope::Series);
    assert_eq!(texts(&lib, &own), [("Dated".to_string(), DueStatus::Later)]);
}

#[test]
fn planned_meeting_takes_its_place_at_its_date() {
    let lib = lovp();
    // A meeting between March and June that has no file yet.
    let t = Target::Planned {
        series: "lovp".into(),
        date: d("2020-04-20"),
    };
    let p = lib.pending(&t, Scope::Series);
    let got = texts(&lib, &p);
    // "next" of February is March, which came before April: overdue.
    assert_eq!(
        got[0],
        ("Rapport bespreken".to_string(), DueStatus::Overdue)
    );
    assert!(got.contains(&("Voorstel herijking".to_string(), DueStatus::Later)));
    // After the last meeting, a planned meeting is the "next" of the last one.
    let lib2 = Library::new(vec![meeting(
        "a.toml",
        "lovp",
        "2020-02-10",
        vec![item(
            "t",
            vec![act("Next time", Some(Due::Next), None)],
            &[],
        )],
    )]);
    let t2 = Target::Planned {
        series: "lovp".into(),
        date: d("2020-03-09"),
    };
    let p2 = lib2.pending(&t2, Scope::Series);
    assert_eq!(
        texts(&lib2, &p2),
        [("Next time".to_string(), DueStatus::Due)]
    );
    assert_eq!(p2[0].due_date, Some(d("2020-03-09")));
}

#[test]
fn two_meetings_of_a_series_on_one_date_are_ordered() {
    let mut morning = meeting(
        "x/2020-01-01-a.toml",
        "x",
        "2020-01-01",
        vec![item(
            "t",
            vec![act("From the morning", Some(Due::Next), None)],
            &["Morning outcome"],
        )],
    );
    morning.start = NaiveTime::from_hms_opt(9, 0, 0);
    let mut afternoon = meeting(
        "x/2020-01-01-b.toml",
        "x",
        "2020-01-01",
        vec![item("t", vec![], &[])],
    );
    afternoon.start = NaiveTime::from_hms_opt(14, 0, 0);
    let lib = Library::new(vec![afternoon, morning]);
    let p = lib.pending(&Target::Meeting(MeetingId(1)), Scope::Series);
    assert_eq!(
        texts(&lib, &p),
        [("From the morning".to_string(), DueStatus::Due)]
    );
    let prev = lib.previous_outcomes("t", 1);
    assert_eq!(prev.len(), 1);
    assert_eq!(lib.outcome(&prev[0]).text, "Morning outcome");
}

#[test]
fn within_a_status_older_meetings_come_first() {
    let lib = Library::new(vec![
        meeting(
            "a.toml",
            "x",
            "2020-01-01",
            vec![item("t", vec![act("Old", month(2020, 5), None)], &[])],
        ),
        meeting(
            "b.toml",
            "x",
            "2020-02-01",
            vec![item(
                "t",
                vec![
                    act("New", month(2020, 5), None),
                    act("Earlier due", Some(Due::Date(d("2020-04-30"))), None),
                ],
                &[],
            )],
        ),
        meeting("c.toml", "x", "2020-03-01", vec![]),
    ]);
    let p = lib.pending(&Target::Meeting(MeetingId(2)), Scope::Series);
    let names: Vec<_> = texts(&lib, &p).into_iter().map(|(t, _)| t).collect();
    assert_eq!(names, ["Earlier due", "Old", "New"]);
}

#[test]
fn previous_outcomes_any_series_newest_first() {
    let lib = Library::new(vec![
        meeting(
            "a.toml",
            "x",
            "2020-01-01",
            vec![item("vuurwerk", vec![], &["Oudste", "Tweede"])],
        ),
        meeting(
            "b.toml",
            "y",
            "2020-02-01",
            vec![item("vuurwerk", vec![], &["Andere reeks"])],
        ),
        meeting(
            "c.toml",
            "x",
            "2020-03-01",
            vec![
                item("vuurwerk", vec![], &["Nu"]),
                item("anders", vec![], &["Niet"]),
            ],
        ),
    ]);
    let prev = lib.previous_outcomes("vuurwerk", 2);
    let got: Vec<_> = prev.iter().map(|p| lib.outcome(p).text.as_str()).collect();
    assert_eq!(got, ["Andere reeks", "Oudste", "Tweede"]);
    assert!(lib.previous_outcomes("vuurwerk", 0).is_empty());
    assert_eq!(
        lib.meetings_with_topic("vuurwerk", 3),
        [MeetingId(2), MeetingId(1), MeetingId(0)]
    );
}

#[test]
fn due_strings_parse_and_print_as_written() {
    assert_eq!(Due::parse_str("next"), Some(Due::Next));
    assert_eq!(Due::parse_str("2020-06"), month(2020, 6));
    assert_eq!(
        Due::parse_str("2020-03-09"),
        Some(Due::Date(d("2020-03-09")))
    );
    for bad in ["2020-13", "june", "2020-6", "", "20-06", "2020-06-31"] {
        assert_eq!(Due::parse_str(bad), None, "{bad}");
    }
    assert_eq!(
        month(2020, 6).map(|d| d.to_string()).as_deref(),
        Some("2020-06")
    );
    assert_eq!(Due::Date(d("2020-03-09")).to_string(), "2020-03-09");
}

#[test]
fn planned_length_from_length_or_end() {
    let mut m = Meeting::new("a.toml", "x", d("2020-01-01"));
    assert_eq!(m.planned_length(), None);
    m.start = NaiveTime::from_hms_opt(10, 0, 0);
    m.end = NaiveTime::from_hms_opt(11, 30, 0);
    assert_eq!(m.planned_length(), Some(90));
    m.length = Some(60);
    assert_eq!(m.planned_length(), Some(60));
}
