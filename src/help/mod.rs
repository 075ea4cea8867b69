//! `--help` (and `docket man`, and completions' descriptions) in the chosen language.
//!
//! The clap definitions in `cli.rs` carry the English text. For Dutch, the command tree is
//! rewritten before parsing: every `about`, `after_help` and argument help comes from the
//! Fluent message `help-<command>-about|after|arg-<id>`, the section headings and clap's
//! own `--help`/`--version`/`help` lines too. en.ftl holds the same messages, and a test
//! keeps them equal to the definitions, so a translator reads the English next to them.
//!
//! The language must be known before clap parses (clap prints `--help` while parsing), so
//! `--lang` is looked for in the raw arguments; else the config file and the locale decide
//! as for every command.

pub mod errors;

use crate::cli::Cli;
use clap::{Command, CommandFactory};
use docket::i18n::{Lang, tr_opt};
use docket::t;
use std::ffi::OsString;

/// Ends the program on a command line clap refused (or on `--help`), in `lang`.
pub fn exit_with(e: clap::Error, lang: Lang) -> ! {
    use clap::error::ErrorKind::*;
    let shows_help = matches!(
        e.kind(),
        DisplayHelp | DisplayVersion | DisplayHelpOnMissingArgumentOrSubcommand
    );
    if lang == Lang::Nl && !shows_help {
        e.apply::<errors::Dutch>().exit()
    }
    e.exit()
}

/// The whole command line, in `lang`.
pub fn command(lang: Lang) -> Command {
    let cmd = Cli::command();
    if lang == Lang::En {
        return cmd;
    }
    let mut cmd = localize(cmd, "help-docket", lang);
    cmd.build();
    builtins(cmd, lang, true)
}

/// The language for `--help`: `--lang X` (or `--lang=X`) among the arguments before a
/// `--`, else the config file's `language`, else the locale, as every command decides it. A
/// config file that cannot be read is reported later, by the command; here the locale
/// decides then.
pub fn language(args: &[OsString]) -> Lang {
    crate::commands::language(lang_flag(args))
        .unwrap_or_else(|_| docket::i18n::resolve(None, None, |k| std::env::var(k).ok()))
}

fn lang_flag(args: &[OsString]) -> Option<Lang> {
    let mut args = args.iter().skip(1).map(|a| a.to_string_lossy());
    while let Some(a) = args.next() {
        if a == "--" {
            return None;
        }
        if a == "--lang" {
            return args.next().and_then(|v| v.parse().ok());
        }
        if let Some(v) = a.strip_prefix("--lang=") {
            return v.parse().ok();
        }
    }
    None
}

/// Texts of one command and its arguments, then of its subcommands (`help-<name>`).
fn localize(mut cmd: Command, id: &str, lang: Lang) -> Command {
    if let Some(s) = tr_opt(lang, &format!("{id}-about")) {
        cmd = cmd.about(s);
    }
    if let Some(s) = tr_opt(lang, &format!("{id}-after")) {
        cmd = cmd.after_help(s);
    }
    let args: Vec<String> = cmd
        .get_arguments()
        .map(|a| a.get_id().to_string())
        .collect();
    for a in args {
        cmd = cmd.mut_arg(&a, |arg| {
            let names: Vec<String> = arg
                .get_value_names()
                .unwrap_or_default()
                .iter()
                .map(|n| value_words(n, lang))
                .collect();
            if names.is_empty() {
                arg
            } else {
                arg.value_names(names)
            }
        });
        if let Some(s) = tr_opt(lang, &format!("{id}-arg-{a}")) {
            // clap would add "[default: …]" and "[possible values: …]" in English: the
            // message says them itself.
            cmd = cmd.mut_arg(&a, |arg| {
                let arg = arg.help(s).long_help(None);
                if arg.get_action().takes_values() {
                    arg.hide_default_value(true).hide_possible_values(true)
                } else {
                    arg
                }
            });
        }
    }
    let subs: Vec<String> = cmd
        .get_subcommands()
        .map(|s| s.get_name().to_string())
        .collect();
    for s in subs {
        cmd = cmd.mut_subcommand(&s, |c| localize(c, &format!("help-{s}"), lang));
    }
    cmd
}

/// After `build`: clap's own `--help`, `--version` and `help` lines, and the headings.
fn builtins(mut cmd: Command, lang: Lang, root: bool) -> Command {
    let long =
        cmd.get_arguments().any(|a| a.get_long_help().is_some()) || cmd.get_long_about().is_some();
    if cmd.get_arguments().any(|a| a.get_id() == "help") {
        let help = if long {
            t!(lang, "help-flag-help-long")
        } else {
            t!(lang, "help-flag-help")
        };
        cmd = cmd.mut_arg("help", |a| a.help(help));
    }
    if root && cmd.get_arguments().any(|a| a.get_id() == "version") {
        cmd = cmd.mut_arg("version", |a| a.help(t!(lang, "help-flag-version")));
    }
    let template = template(&cmd, lang);
    let usage = usage(&mut cmd, lang);
    cmd = cmd.help_template(template).override_usage(usage);
    let subs: Vec<String> = cmd
        .get_subcommands()
        .map(|s| s.get_name().to_string())
        .collect();
    for s in subs {
        cmd = cmd.mut_subcommand(&s, |c| {
            if s == "help" {
                c.about(t!(lang, "help-subcommand-help"))
            } else {
                builtins(c, lang, false)
            }
        });
    }
    cmd
}

/// clap's usage lines with their placeholders in `lang`, aligned under the heading.
fn usage(cmd: &mut Command, lang: Lang) -> String {
    let usage = cmd.render_usage().to_string();
    let usage = usage.strip_prefix("Usage: ").unwrap_or(&usage);
    let indent = " ".repeat(t!(lang, "help-heading-usage").chars().count() + 1);
    usage
        .replace("\n       ", &format!("\n{indent}"))
        .replace("[OPTIONS]", &t!(lang, "help-usage-options"))
        .replace("<COMMAND>", &t!(lang, "help-usage-command"))
        .replace("[DIR]", &format!("[{}]", value_words("DIR", lang)))
}

/// A placeholder such as `PATH|DATE` or `[DIR] QUERY` in `lang`: each word in capitals
/// that has a message `help-value-WORD` is replaced by it.
fn value_words(name: &str, lang: Lang) -> String {
    let mut out = String::new();
    let mut word = String::new();
    let flush = |word: &mut String, out: &mut String| {
        if !word.is_empty() {
            out.push_str(
                &tr_opt(lang, &format!("help-value-{word}")).unwrap_or_else(|| word.clone()),
            );
            word.clear();
        }
    };
    for c in name.chars() {
        if c.is_ascii_uppercase() {
            word.push(c);
        } else {
            flush(&mut word, &mut out);
            out.push(c);
        }
    }
    flush(&mut word, &mut out);
    out
}

/// clap's usual layout with the headings in `lang`; a section only when it has entries.
fn template(cmd: &Command, lang: Lang) -> String {
    let mut s = format!(
        "{{before-help}}{{about-with-newline}}\n{} {{usage}}\n",
        t!(lang, "help-heading-usage")
    );
    if cmd.has_subcommands() {
        s.push_str(&format!(
            "\n{}\n{{subcommands}}\n",
            t!(lang, "help-heading-commands")
        ));
    }
    if cmd.get_positionals().next().is_some() {
        s.push_str(&format!(
            "\n{}\n{{positionals}}\n",
            t!(lang, "help-heading-arguments")
        ));
    }
    s.push_str(&format!(
        "\n{}\n{{options}}{{after-help}}",
        t!(lang, "help-heading-options")
    ));
    s
}

/// The headings clap_mangen writes, in `lang` (it has no setting for them).
pub fn man_headings(page: &str, lang: Lang) -> String {
    if lang == Lang::En {
        return page.to_string();
    }
    page.lines()
        .map(|l| match l.strip_prefix(".SH ") {
            Some(h) => match tr_opt(lang, &format!("man-heading-{}", h.to_ascii_lowercase())) {
                Some(nl) => format!(".SH {nl}\n"),
                None => format!("{l}\n"),
            },
            None => format!("{l}\n"),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn os(args: &[&str]) -> Vec<OsString> {
        args.iter().map(OsString::from).collect()
    }

    #[test]
    fn the_lang_flag_is_found_before_parsing() {
        assert_eq!(
            lang_flag(&os(&["docket", "--lang", "nl", "--help"])),
            Some(Lang::Nl)
        );
        assert_eq!(
            lang_flag(&os(&["docket", "check", "--lang=nl"])),
            Some(Lang::Nl)
        );
        assert_eq!(lang_flag(&os(&["docket", "--", "--lang", "nl"])), None);
        assert_eq!(lang_flag(&os(&["docket", "--lang", "xx"])), None);
        // The flag wins over config and locale (which the CLI tests vary).
        assert_eq!(language(&os(&["docket", "--lang", "en", "-h"])), Lang::En);
        assert_eq!(language(&os(&["docket", "--lang", "nl"])), Lang::Nl);
    }

    /// Every text of the definitions, by message id, with the command's own text.
    fn texts(cmd: &Command, id: &str, out: &mut Vec<(String, String)>) {
        if let Some(a) = cmd.get_about() {
            out.push((format!("{id}-about"), a.to_string()));
        }
        if let Some(a) = cmd.get_after_help() {
            out.push((format!("{id}-after"), a.to_string()));
        }
        for a in cmd.get_arguments() {
            let name = a.get_id().as_str();
            if let Some(h) = a.get_help().filter(|_| name != "help" && name != "version") {
                out.push((format!("{id}-arg-{name}"), h.to_string()));
            }
        }
        for s in cmd.get_subcommands() {
            texts(s, &format!("help-{}", s.get_name()), out);
        }
    }

    #[test]
    fn english_messages_are_the_definitions_and_dutch_has_each() {
        let mut all = Vec::new();
        texts(&Cli::command(), "help-docket", &mut all);
        assert!(all.len() > 40, "{}", all.len());
        for (id, english) in &all {
            assert_eq!(
                tr_opt(Lang::En, id).as_deref(),
                Some(english.as_str()),
                "{id}"
            );
            let dutch = tr_opt(Lang::Nl, id).unwrap_or_default();
            assert!(!dutch.is_empty() && dutch != *english, "{id}: {dutch}");
        }
    }

    #[test]
    fn every_placeholder_is_dutch_too() {
        fn walk(cmd: &Command, out: &mut Vec<String>) {
            for a in cmd
                .get_arguments()
                .filter(|a| a.get_action().takes_values())
            {
                for n in a.get_value_names().unwrap_or_default() {
                    out.push(n.to_string());
                }
            }
            for s in cmd.get_subcommands() {
                walk(s, out);
            }
        }
        let mut english = Vec::new();
        let mut built = Cli::command();
        built.build(); // as `command` does: global options copied into every command
        walk(&built, &mut english);
        let mut dutch = Vec::new();
        walk(&command(Lang::Nl), &mut dutch);
        assert_eq!(english.len(), dutch.len());
        for (en, nl) in english.iter().zip(&dutch) {
            // Words that are the same in both languages: the format and language codes.
            let same = ["nl|en", "SHELL"].contains(&en.as_str());
            assert!(same || en != nl, "{en} is not translated");
        }
        let mut export = command(Lang::Nl);
        let export = export
            .find_subcommand_mut("export")
            .map(|c| c.render_help().to_string())
            .unwrap_or_default();
        assert!(export.contains("<[MAP] VERGADERING>"), "{export}");
        let root = command(Lang::Nl).render_help().to_string();
        assert!(root.contains("docket [OPTIES] [MAP]"), "{root}");
    }

    #[test]
    fn dutch_help_is_dutch_throughout() {
        let mut cmd = command(Lang::Nl);
        let help = cmd.render_help().to_string();
        for want in [
            "Gebruik: docket",
            "Opdrachten:",
            "Argumenten:",
            "Opties:",
            "Toon hulp",
            "Toon de versie",
        ] {
            assert!(help.contains(want), "{want} missing:\n{help}");
        }
        for english in [
            "Usage:",
            "Options:",
            "Print help",
            "Print version",
            "Commands:",
        ] {
            assert!(!help.contains(english), "{english} left:\n{help}");
        }
        let mut export = command(Lang::Nl);
        let export = export
            .find_subcommand_mut("export")
            .map(|c| c.render_long_help().to_string())
            .unwrap_or_default();
        assert!(export.contains("een Word-document"), "{export}");
        assert!(
            export.contains("Gebruik: docket export [OPTIES] "),
            "{export}"
        );
        for english in [
            "A Word document",
            "Possible values",
            "[default",
            "[OPTIONS]",
        ] {
            assert!(!export.contains(english), "{english} left:\n{export}");
        }
    }

    #[test]
    fn the_dutch_tree_parses_like_the_english_one() {
        use clap::FromArgMatches;
        let args = [
            "docket",
            "export",
            "meetings",
            "2020-02-10",
            "--format",
            "docx",
            "--lang",
            "nl",
        ];
        let m = command(Lang::Nl)
            .try_get_matches_from(args)
            .expect("parses");
        let cli = Cli::from_arg_matches(&m).expect("same shape");
        assert!(matches!(
            cli.command,
            Some(crate::cli::Command::Export(ref e)) if matches!(e.format, crate::cli::ExportFormat::Docx)
        ));
        let bad =
            command(Lang::Nl).try_get_matches_from(["docket", "export", "x", "--format", "pdf"]);
        assert!(bad.is_err());
    }
}
