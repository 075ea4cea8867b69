//! The record in the words of an export, in English and Dutch: who was present and absent
//! against the quorum, how a decision was voted ("aangenomen met 4 stemmen voor en 1 tegen"
//! / "adopted, 4 for and 1 against"), and the label of an item's documents. Plain text;
//! each export format escapes it.

use crate::model::{Attendance, Meeting, MembersFrom, Vote};

pub use crate::i18n::Lang;

/// The attendance of a meeting as written in its own file (an export describes one file).
pub fn attendance_of(m: &Meeting) -> Attendance {
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

/// Labelled lines of the attendance: present, absent (members not present), guests, and
/// the quorum sentence. Empty when the meeting records no attendance.
pub fn attendance_lines(att: &Attendance, lang: Lang) -> Vec<(&'static str, String)> {
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
    let (l_present, l_absent, l_guests, l_quorum, none) = match lang {
        Lang::En => ("Present", "Absent", "Also present", "Quorum", "nobody"),
        Lang::Nl => (
            "Aanwezig",
            "Afwezig",
            "Verder aanwezig",
            "Quorum",
            "niemand",
        ),
    };
    let list = |v: &[String]| {
        if v.is_empty() {
            none.to_string()
        } else {
            v.join(", ")
        }
    };
    if att.members.is_empty() {
        out.push((l_present, list(&guests)));
    } else {
        out.push((l_present, list(&present)));
        out.push((l_absent, list(&absent)));
        if !guests.is_empty() {
            out.push((l_guests, guests.join(", ")));
        }
    }
    if let Some(q) = att.quorum {
        let n = att.counted();
        let met = n >= q as usize;
        let text = match (lang, met) {
            (Lang::En, true) => format!("{q} needed, {n} present: quorate"),
            (Lang::En, false) => format!("{q} needed, {n} present: no quorum"),
            (Lang::Nl, true) => format!("{q} nodig, {n} aanwezig: het quorum is gehaald"),
            (Lang::Nl, false) => format!("{q} nodig, {n} aanwezig: het quorum is niet gehaald"),
        };
        out.push((l_quorum, text));
    }
    out
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
        let base = match lang {
            Lang::En => "adopted unanimously",
            Lang::Nl => "unaniem aangenomen",
        };
        return Some(match (f, lang) {
            (Some(n), Lang::En) => format!("{base}, {n} for"),
            (Some(n), Lang::Nl) => format!("{base} met {n} {} voor", stemmen(n)),
            (None, _) => base.to_string(),
        });
    }
    // (English, Dutch)
    let verdict = match (f.unwrap_or(0), a.unwrap_or(0)) {
        (f, a) if f > a => ("adopted", "aangenomen"),
        (f, a) if f < a => ("rejected", "verworpen"),
        _ => ("tied", "de stemmen staakten"),
    };
    let mut counts: Vec<String> = Vec::new();
    let abstain = vote.abstain.filter(|&n| n > 0);
    match lang {
        Lang::En => {
            counts.extend(f.map(|n| format!("{n} for")));
            counts.extend(a.map(|n| format!("{n} against")));
            counts.extend(
                abstain
                    .map(|n| format!("{n} {}", if n == 1 { "abstention" } else { "abstentions" })),
            );
            Some(format!("{}, {}", verdict.0, join(&counts, "and")))
        }
        Lang::Nl => {
            counts.extend(f.map(|n| format!("{n} {} voor", stemmen(n))));
            counts.extend(a.map(|n| format!("{n} tegen")));
            counts
                .extend(abstain.map(|n| {
                    format!("{n} {}", if n == 1 { "onthouding" } else { "onthoudingen" })
                }));
            let counts = join(&counts, "en");
            Some(match verdict.1 {
                "de stemmen staakten" => format!("de stemmen staakten ({counts})"),
                v => format!("{v} met {counts}"),
            })
        }
    }
}

fn stemmen(n: u32) -> &'static str {
    if n == 1 { "stem" } else { "stemmen" }
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
pub fn documents_label(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "Documents",
        Lang::Nl => "Stukken",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
                ("Aanwezig", "Anna".to_string()),
                ("Afwezig", "Bram, Chris".to_string()),
                ("Verder aanwezig", "Gast".to_string()),
                (
                    "Quorum",
                    "2 nodig, 1 aanwezig: het quorum is niet gehaald".to_string()
                ),
            ]
        );
        assert_eq!(
            attendance_lines(&att, Lang::En)[3],
            ("Quorum", "2 needed, 1 present: no quorum".to_string())
        );
        m.members.clear();
        m.quorum = None;
        assert_eq!(
            attendance_lines(&attendance_of(&m), Lang::En),
            [("Present", "Anna, Gast".to_string())]
        );
        m.present.clear();
        assert!(attendance_lines(&attendance_of(&m), Lang::En).is_empty());
    }
}
