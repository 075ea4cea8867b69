//! A meeting named on the command line, by its date or its file path: one rule for every
//! command that takes one (`docket --meeting`, `pending --for`, `export`).

use super::CliError;
use chrono::NaiveDate;
use docket::i18n::Lang;
use docket::model::{Library, MeetingId};
use docket::t;

/// What a date or path names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Named {
    Meeting(MeetingId),
    /// A date without a meeting (of the series, when one was given): the caller decides
    /// whether that is an error or a meeting to plan.
    NoneOn(NaiveDate),
}

/// `spec` is a date (YYYY-MM-DD) or the path of a loaded meeting file. A date with
/// meetings of several series is refused, naming their files, rather than guessing one:
/// the person picks one by its path or with `--series`.
pub fn find(
    lib: &Library,
    spec: &str,
    series: Option<&str>,
    lang: Lang,
) -> Result<Named, CliError> {
    if let Ok(date) = NaiveDate::parse_from_str(spec, "%Y-%m-%d") {
        return match lib.find_by_date(date, series).as_slice() {
            [] => Ok(Named::NoneOn(date)),
            [id] => Ok(Named::Meeting(*id)),
            several => {
                let files: Vec<String> = several
                    .iter()
                    .map(|&id| lib.meeting(id).path.display().to_string())
                    .collect();
                Err(CliError::Usage(t!(
                    lang,
                    "cli-several-meetings",
                    date = date.to_string(),
                    files = files.join(", ")
                )))
            }
        };
    }
    let canon = std::fs::canonicalize(spec)
        .map_err(|_| CliError::Usage(t!(lang, "cli-not-date-or-file", spec = spec)))?;
    lib.iter()
        .find(|(_, m)| std::fs::canonicalize(&m.path).is_ok_and(|p| p == canon))
        .map(|(id, _)| Named::Meeting(id))
        .ok_or_else(|| CliError::Usage(t!(lang, "cli-not-loaded", spec = spec)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use docket::model::Meeting;

    fn library() -> Library {
        let day = NaiveDate::from_ymd_opt(2024, 3, 4).expect("date");
        Library::new(vec![
            Meeting::new("board/2024-03-04.toml", "Board", day),
            Meeting::new("council/2024-03-04.toml", "Council", day),
            Meeting::new(
                "board/2024-04-01.toml",
                "Board",
                day + chrono::Days::new(28),
            ),
        ])
    }

    #[test]
    fn an_ambiguous_date_is_refused_naming_the_candidates() {
        let lib = library();
        let Err(CliError::Usage(msg)) = find(&lib, "2024-03-04", None, Lang::En) else {
            panic!("an ambiguous date must be refused");
        };
        assert!(msg.contains("board/2024-03-04.toml"), "{msg}");
        assert!(msg.contains("council/2024-03-04.toml"), "{msg}");
    }

    #[test]
    fn a_series_or_a_single_meeting_makes_a_date_unambiguous() {
        let lib = library();
        let Ok(Named::Meeting(id)) = find(&lib, "2024-03-04", Some("council"), Lang::En) else {
            panic!("the series picks one");
        };
        assert_eq!(lib.meeting(id).series, "council");
        let Ok(Named::Meeting(id)) = find(&lib, "2024-04-01", None, Lang::En) else {
            panic!("one meeting on that day");
        };
        assert_eq!(lib.meeting(id).date.to_string(), "2024-04-01");
        let none = find(&lib, "2024-05-06", None, Lang::En).expect("no error");
        assert!(matches!(none, Named::NoneOn(_)));
    }

    #[test]
    fn anything_else_must_be_a_loaded_meeting_file() {
        let lib = library();
        let Err(CliError::Usage(msg)) = find(&lib, "no/such/file.toml", None, Lang::En) else {
            panic!("not a file");
        };
        assert!(msg.contains("neither a date"), "{msg}");
    }
}
