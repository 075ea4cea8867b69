//! clap's errors for a wrong command line, in Dutch: clap words them in English only, so a
//! Dutch formatter says the common ones from the error's context (the argument, the value,
//! what was meant); the rest keep clap's own words after a Dutch lead.

use clap::builder::StyledStr;
use clap::error::{ContextKind, ContextValue, ErrorFormatter, ErrorKind};
use docket::i18n::Lang;
use docket::t;

/// Formats clap's errors in Dutch.
pub struct Dutch;

impl ErrorFormatter for Dutch {
    fn format_error(error: &clap::error::Error<Self>) -> StyledStr {
        StyledStr::from(message(error, Lang::Nl))
    }
}

/// The whole error text: what is wrong, a suggestion, the usage, where to read more.
fn message(error: &clap::error::Error<Dutch>, lang: Lang) -> String {
    let text = |kind| match error.get(kind) {
        Some(ContextValue::String(s)) => s.clone(),
        Some(ContextValue::Strings(v)) => v.join(", "),
        Some(ContextValue::StyledStr(s)) => s.to_string(),
        Some(ContextValue::StyledStrs(v)) => v
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join(", "),
        Some(ContextValue::Number(n)) => n.to_string(),
        _ => String::new(),
    };
    let arg = text(ContextKind::InvalidArg);
    let value = text(ContextKind::InvalidValue);
    let what = match error.kind() {
        ErrorKind::UnknownArgument => t!(lang, "clap-unknown-argument", arg = arg),
        ErrorKind::InvalidSubcommand => t!(
            lang,
            "clap-unknown-command",
            command = text(ContextKind::InvalidSubcommand)
        ),
        ErrorKind::InvalidValue | ErrorKind::ValueValidation => {
            let valid = text(ContextKind::ValidValue);
            if valid.is_empty() {
                t!(lang, "clap-invalid-value", value = value, arg = arg)
            } else {
                t!(
                    lang,
                    "clap-invalid-value-one-of",
                    value = value,
                    arg = arg,
                    valid = valid
                )
            }
        }
        ErrorKind::MissingRequiredArgument => t!(lang, "clap-missing", args = arg),
        ErrorKind::ArgumentConflict => {
            // An option before a subcommand conflicts with the subcommand itself.
            let arg = if arg.is_empty() {
                text(ContextKind::InvalidSubcommand)
            } else {
                arg
            };
            let other = text(ContextKind::PriorArg);
            t!(lang, "clap-conflict", arg = arg, other = other)
        }
        ErrorKind::TooManyValues => t!(lang, "clap-too-many", value = value),
        _ => t!(lang, "clap-other", error = error.kind().to_string()),
    };
    let mut out = t!(lang, "clap-error", message = what);
    let suggestion = [
        ContextKind::SuggestedSubcommand,
        ContextKind::SuggestedArg,
        ContextKind::SuggestedValue,
    ]
    .into_iter()
    .map(text)
    .find(|s| !s.is_empty());
    if let Some(s) = suggestion {
        out.push_str("\n\n  ");
        out.push_str(&t!(lang, "clap-did-you-mean", suggestion = s));
    }
    let usage = text(ContextKind::Usage);
    if !usage.is_empty() {
        out.push_str("\n\n");
        out.push_str(&usage.replacen("Usage:", &t!(lang, "help-heading-usage"), 1));
    }
    out.push_str("\n\n");
    out.push_str(&t!(lang, "clap-more"));
    out.push('\n');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn error(args: &[&str]) -> String {
        let e = crate::help::command(Lang::Nl)
            .try_get_matches_from(args)
            .expect_err("a wrong command line");
        e.apply::<Dutch>().to_string()
    }

    #[test]
    fn wrong_command_lines_are_explained_in_dutch() {
        let flag = error(&["docket", "check", "--strikt"]);
        assert!(flag.contains("tip: bedoelt u '--strict'?"), "{flag}");
        assert!(flag.contains("Gebruik: docket check [OPTIES]"), "{flag}");
        assert!(
            flag.starts_with("fout: onbekend argument '--strikt'"),
            "{flag}"
        );
        let value = error(&["docket", "export", "m", "x", "--format", "pdf"]);
        assert!(
            value.starts_with(
                "fout: ongeldige waarde 'pdf' voor '--format <FORMAAT>'; mogelijk: md, html, docx"
            ),
            "{value}"
        );
        let date = error(&["docket", "--today", "gisteren"]);
        assert!(
            date.starts_with("fout: ongeldige waarde 'gisteren' voor '--today <DATUM>'"),
            "{date}"
        );
        let missing = error(&["docket", "new", "m", "--date", "2020-01-01"]);
        assert!(
            missing.starts_with("fout: deze argumenten ontbreken: --series <NAAM>"),
            "{missing}"
        );
        // A folder before a command is refused by main, not clap (tests/cli/global_options.rs).
        for e in [flag, value, date, missing] {
            assert!(e.ends_with("Meer informatie: '--help'.\n"), "{e}");
            assert!(!e.contains("error:") && !e.contains("Usage:"), "{e}");
        }
    }
}
