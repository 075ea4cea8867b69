//! The record in the words of an export, in English and Dutch: who was present and absent
//! against the quorum, how a decision was voted ("aangenomen met 4 stemmen voor en 1 tegen"
//! / "adopted, 4 for and 1 against"), and the label of an item's documents. Plain text;
//! each export format escapes it.

use crate::model::{Attendance, Library, MembersFrom, Vote};
use crate::t;

pub use crate::i18n::Lang;

/// Labelled lines of the attendance: present, absent (members not present), guests, and
/// the quorum sentence. Empty when the meeting records no attendance.
pub fn attendance_lines(att: &Attendance, lang: Lang) -> Vec<(String, String)> {
    let mut out = Vec::new();
    if att.is_empty() {
        return out;
    }
    let rows = att.rows();
    let names = |f: &dyn Fn(&crate::model::AttendanceRow) -> bool| -> Vec<String> {
        rows.iter()
            .filter(|r| f(r))
            .map(|r| r.name.clone())
            .collect()
    };
    let present = names(&|r| r.member && r.present);
    let absent = names(&|r| r.member && !r.present);
    let guests = names(&|r| !r.member);
    let list = |v: &[String]| {
        if v.is_empty() {
            t!(lang, "record-nobody")
        } else {
            v.join(", ")
        }
    };
    if att.members.is_empty() {
        out.push((t!(lang, "record-present"), list(&guests)));
    } else {
        out.push((t!(lang, "record-present"), list(&present)));
        out.push((t!(lang, "record-absent"), list(&absent)));
        if !guests.is_empty() {
            out.push((t!(lang, "record-guests"), guests.join(", ")));
        }
    }
    if let Some(q) = att.quorum {
        let n = att.counted();
        let id = if n >= q as usize {
            "record-quorum-met"
        } else {
            "record-quorum-not-met"
        };
        out.push((
            t!(lang, "record-quorum"),
            t!(lang, id, needed = q, present = n),
        ));
    }
    out
}

/// The members a meeting expects, labelled: "Leden" or, when they come from an earlier
/// meeting, "Leden (zoals vermeld op 9 maart 2020)". Empty without members.
pub fn members_line(lib: &Library, att: &Attendance, lang: Lang) -> Vec<(String, String)> {
    if att.members.is_empty() {
        return Vec::new();
    }
    let label = match att.from {
        MembersFrom::Previous(prev) => t!(
            lang,
            "record-members-from",
            date = crate::i18n::day_month_year(lang, lib.meeting(prev).date)
        ),
        _ => t!(lang, "record-members"),
    };
    vec![(label, att.members.join(", "))]
}

/// How a decision was voted, or `None` without a vote.
///
/// "adopted, 4 for and 1 against" / "aangenomen met 4 stemmen voor en 1 tegen";
/// "adopted unanimously" / "unaniem aangenomen"; more against than for is "rejected" /
/// "verworpen", as many is "tied" / "de stemmen staakten".
pub fn vote_phrase(vote: &Vote, lang: Lang) -> Option<String> {
    if vote.is_empty() {
        return None;
    }
    let (f, a) = (vote.for_, vote.against);
    if vote.unanimous && a.unwrap_or(0) == 0 {
        return Some(match f {
            Some(n) => t!(lang, "vote-unanimous-for", count = n),
            None => t!(lang, "vote-unanimous"),
        });
    }
    let verdict = match (f.unwrap_or(0), a.unwrap_or(0)) {
        (f, a) if f > a => "vote-adopted",
        (f, a) if f < a => "vote-rejected",
        _ => "vote-tied",
    };
    let mut counts: Vec<String> = Vec::new();
    counts.extend(f.map(|n| t!(lang, "vote-for", count = n)));
    counts.extend(a.map(|n| t!(lang, "vote-against", count = n)));
    let abstain = vote.abstain.filter(|&n| n > 0);
    counts.extend(abstain.map(|n| t!(lang, "vote-abstain", count = n)));
    let counts = join(&counts, &t!(lang, "list-and"));
    Some(t!(lang, verdict, counts = counts))
}

/// "a, b and c" / "a, b en c".
fn join(parts: &[String], and: &str) -> String {
    match parts {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} {and} {last}", rest.join(", ")),
    }
}

/// The label before an item's documents.
pub fn documents_label(lang: Lang) -> String {
    t!(lang, "record-documents")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Meeting;

    /// The attendance of a meeting as written in its own file.
    fn attendance_of(m: &Meeting) -> Attendance {
        Attendance {
            members: m.members.clone(),
            from: if m.members.is_empty() {
                MembersFrom::None
            } else {
                MembersFrom::Meeting
            },
            present: m.present.clone(),
            quorum: m.quorum,
        }
    }

    fn vote(f: Option<u32>, a: Option<u32>, ab: Option<u32>, u: bool) -> Vote {
        Vote {
            for_: f,
            against: a,
            abstain: ab,
            unanimous: u,
        }
    }

    #[test]
    fn votes_in_both_languages() {
        let cases = [
            (
                vote(Some(4), Some(1), Some(0), false),
                "adopted, 4 for and 1 against",
                "aangenomen met 4 stemmen voor en 1 tegen",
            ),
            (
                vote(Some(4), Some(1), Some(2), false),
                "adopted, 4 for, 1 against and 2 abstentions",
                "aangenomen met 4 stemmen voor, 1 tegen en 2 onthoudingen",
            ),
            (
                vote(Some(1), Some(3), None, false),
                "rejected, 1 for and 3 against",
                "verworpen met 1 stem voor en 3 tegen",
            ),
            (
                vote(Some(2), Some(2), Some(1), false),
                "tied, 2 for, 2 against and 1 abstention",
                "de stemmen staakten (2 stemmen voor, 2 tegen en 1 onthouding)",
            ),
            (
                vote(None, None, None, true),
                "adopted unanimously",
                "unaniem aangenomen",
            ),
            (
                vote(Some(5), None, None, true),
                "adopted unanimously, 5 for",
                "unaniem aangenomen met 5 stemmen voor",
            ),
        ];
        for (v, en, nl) in cases {
            assert_eq!(vote_phrase(&v, Lang::En).as_deref(), Some(en));
            assert_eq!(vote_phrase(&v, Lang::Nl).as_deref(), Some(nl));
        }
        assert_eq!(vote_phrase(&Vote::default(), Lang::Nl), None);
    }

    #[test]
    fn attendance_in_both_languages() {
        let mut m = Meeting::new(
            "r.toml",
            "Raad",
            chrono::NaiveDate::from_ymd_opt(2025, 3, 10).expect("date"),
        );
        m.members = vec!["Anna".into(), "Bram".into(), "Chris".into()];
        m.present = vec!["Anna".into(), "Gast".into()];
        m.quorum = Some(2);
        let att = attendance_of(&m);
        assert_eq!(
            attendance_lines(&att, Lang::Nl),
            [
                ("Aanwezig".to_string(), "Anna".to_string()),
                ("Afwezig".to_string(), "Bram, Chris".to_string()),
                ("Verder aanwezig".to_string(), "Gast".to_string()),
                (
                    "Quorum".to_string(),
                    "2 nodig, 1 aanwezig: het quorum is niet gehaald".to_string()
                ),
            ]
        );
        assert_eq!(
            attendance_lines(&att, Lang::En)[3],
            (
                "Quorum".to_string(),
                "2 needed, 1 present: no quorum".to_string()
            )
        );
        m.members.clear();
        m.quorum = None;
        assert_eq!(
            attendance_lines(&attendance_of(&m), Lang::En),
            [("Present".to_string(), "Anna, Gast".to_string())]
        );
        m.present.clear();
        assert!(attendance_lines(&attendance_of(&m), Lang::En).is_empty());
    }
}
