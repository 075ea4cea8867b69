//! The command line in Dutch: file problems from `docket check`, chosen by `--lang nl` or by
//! the locale, keep `path:line:col:` and only the words change.

use crate::support::cli::{command, docket, stderr, stdout};
use std::process::{Command, Output};

/// docket with a locale (and no config file), from the repository root.
fn docket_in(locale: &str, args: &[&str]) -> Output {
    command()
        .env_remove("LC_MESSAGES")
        .env_remove("LANG")
        .env("LC_ALL", locale)
        .args(args)
        .output()
        .expect("run docket")
}

const BAD: &str = "tests/fixtures/check/bad";

#[test]
fn check_reports_file_problems_in_dutch_with_their_positions() {
    let o = docket(&["check", BAD, "--lang", "nl"]);
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(
        stderr(&o),
        "tests/fixtures/check/bad/minutes.toml:12:11: agendapunt 3: `minutes` moet zijn: een heel aantal minuten (0 tot 1440); gevonden: \"vijftien\"\n\
         tests/fixtures/check/bad/typo.toml:1:1: onbekende sleutel `titel` (bedoelt u `title`?)\n\
         tests/fixtures/check/bad/typo.toml:1:1: `title` is verplicht\n"
    );
    assert_eq!(
        stdout(&o),
        "0 vergaderingen, 0 agendapunten, 2 bestanden met fouten\n"
    );
}

#[test]
fn the_locale_chooses_dutch_and_english_stays_the_default() {
    let nl = docket_in("nl_NL.UTF-8", &["check", BAD]);
    assert!(
        stderr(&nl).contains("typo.toml:1:1: `title` is verplicht"),
        "{}",
        stderr(&nl)
    );
    let en = docket_in("C", &["check", BAD]);
    assert!(
        stderr(&en).contains("typo.toml:1:1: `title` is required"),
        "{}",
        stderr(&en)
    );
}

#[test]
fn syntax_errors_and_warnings_are_worded_in_dutch() {
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::write(
        dir.path().join("a.toml"),
        "title = \"x\"\ndate = 2020-13-01\n",
    )
    .expect("w");
    std::fs::write(
        dir.path().join("b.toml"),
        "title = \"y\"\ndate = 2020-01-01\n[[item]]\ntitle = \"z\"\ndocuments = [\"weg.pdf\"]\n",
    )
    .expect("w");
    let path = dir.path().to_str().expect("utf-8");
    let o = docket(&["check", path, "--lang", "nl"]);
    let err = stderr(&o);
    assert!(err.contains("a.toml:2:8: TOML-syntaxis: "), "{err}");
    assert!(
        err.contains("b.toml:5:14: waarschuwing: agendapunt 1: document “weg.pdf” bestaat niet"),
        "{err}"
    );
}

#[test]
fn help_is_dutch_with_lang_nl_and_with_a_dutch_locale() {
    let by_flag = docket(&["--lang", "nl", "--help"]);
    let by_locale = docket_in("nl_NL.UTF-8", &["--help"]);
    for o in [&by_flag, &by_locale] {
        assert_eq!(o.status.code(), Some(0), "{}", stderr(o));
        let help = stdout(o);
        assert!(
            help.starts_with("Terugkerende formele vergaderingen"),
            "{help}"
        );
        assert!(help.contains("Gebruik: docket [OPTIES] [MAP]"), "{help}");
        assert!(help.contains("\nOpdrachten:\n"), "{help}");
        assert!(help.contains("-h, --help"), "{help}");
        assert!(
            !help.contains("Options:") && !help.contains("Print help"),
            "{help}"
        );
    }
    assert_eq!(stdout(&by_flag), stdout(&by_locale));
    // The flag wins over the locale, both ways.
    let en = docket_in("nl_NL.UTF-8", &["check", "--help", "--lang", "en"]);
    assert!(
        stdout(&en).starts_with("Validate meeting files"),
        "{}",
        stdout(&en)
    );
    let nl = docket_in("C", &["check", "--lang=nl", "--help"]);
    assert!(
        stdout(&nl).starts_with("Controleer vergaderbestanden"),
        "{}",
        stdout(&nl)
    );
}

#[test]
fn the_dutch_manual_page_holds_the_dutch_help() {
    let page = stdout(&docket(&["man", "check", "--lang", "nl"]));
    assert!(page.contains(".SH NAAM"), "{page}");
    assert!(page.contains(".SH OPTIES"), "{page}");
    assert!(!page.contains(".SH OPTIONS"), "{page}");
    let help = stdout(&docket(&["check", "--help", "--lang", "nl"]));
    // Every option's Dutch help on `--help` is on the page (roff escapes `-`).
    for line in help.lines().filter(|l| l.trim_start().starts_with("--")) {
        let text = line
            .split("  ")
            .filter(|s| !s.is_empty())
            .nth(1)
            .unwrap_or("");
        let first_words: String = text
            .split_whitespace()
            .take(3)
            .collect::<Vec<_>>()
            .join(" ");
        assert!(
            page.replace("\\-", "-").contains(&first_words),
            "`{first_words}` not on the page:\n{page}"
        );
    }
}

fn git(dir: &std::path::Path, args: &[&str]) {
    let ok = Command::new("git")
        .arg("-C")
        .arg(dir)
        .args(args)
        .env("GIT_AUTHOR_NAME", "T")
        .env("GIT_AUTHOR_EMAIL", "t@example.org")
        .env("GIT_COMMITTER_NAME", "T")
        .env("GIT_COMMITTER_EMAIL", "t@example.org")
        .status()
        .expect("git runs")
        .success();
    assert!(ok, "git {args:?}");
}

#[test]
fn sync_reports_and_commits_in_dutch() {
    let repo = tempfile::tempdir().expect("tmp");
    git(repo.path(), &["init", "-q"]);
    let dir = repo.path().join("meetings");
    std::fs::create_dir(&dir).expect("mkdir");
    std::fs::write(
        dir.join("a.toml"),
        "title = \"Raad\"\ndate = 2025-01-10\n\n[[item]]\ntitle = \"Opening\"\n",
    )
    .expect("write");
    let o = command()
        .args(["sync", dir.to_str().expect("utf-8"), "--lang", "nl"])
        .env("GIT_AUTHOR_NAME", "T")
        .env("GIT_AUTHOR_EMAIL", "t@example.org")
        .env("GIT_COMMITTER_NAME", "T")
        .env("GIT_COMMITTER_EMAIL", "t@example.org")
        .output()
        .expect("sync runs");
    let out = stdout(&o);
    assert_eq!(o.status.code(), Some(0), "{out}{}", stderr(&o));
    assert!(
        out.contains("vastgelegd: Raad 2025-01-10: nieuwe vergadering"),
        "{out}"
    );
    assert!(
        out.ends_with(
            "hier vastgelegd; deze repository heeft geen remote om mee te synchroniseren\n"
        ),
        "{out}"
    );
    let log = Command::new("git")
        .arg("-C")
        .arg(repo.path())
        .args(["log", "--format=%s"])
        .output()
        .expect("git log");
    let log = String::from_utf8_lossy(&log.stdout).into_owned();
    assert!(log.contains("Raad 2025-01-10: nieuwe vergadering"), "{log}");
    assert!(
        log.contains("docket: vergaderbestanden per agendapunt samenvoegen"),
        "{log}"
    );
}

#[test]
fn the_merge_driver_names_conflicts_in_dutch() {
    let dir = tempfile::tempdir().expect("tmp");
    let write = |name: &str, date: &str| {
        let p = dir.path().join(name);
        std::fs::write(&p, format!("title = \"Raad\"\ndate = {date}\n")).expect("write");
        p.to_str().expect("utf-8").to_string()
    };
    let (base, ours, theirs) = (
        write("base", "2025-01-10"),
        write("ours", "2025-01-11"),
        write("theirs", "2025-01-12"),
    );
    let o = docket(&["merge", &base, &ours, &theirs, "raad.toml", "--lang", "nl"]);
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(
        stderr(&o),
        "docket merge: raad.toml: vergadering: `date` verschilt\n"
    );
}

#[test]
fn the_draft_of_new_comments_in_dutch() {
    let o = docket(&[
        "new",
        "meetings",
        "--series",
        "lovp",
        "--date",
        "2020-06-15",
        "--dry-run",
        "--lang",
        "nl",
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let draft = stdout(&o);
    assert!(
        draft.starts_with(
            "# Concept gemaakt door `docket new` uit lovp 2020-03-09: kijk de agenda na"
        ),
        "{draft}"
    );
    assert!(
        draft.contains("# Draagt 1 actie met termijn op of vóór 2020-06-15:"),
        "{draft}"
    );
    assert!(
        draft.contains("(termijn next, te laat, uit lovp 2020-02-10)"),
        "{draft}"
    );
    let held = docket(&[
        "new",
        "meetings",
        "--series",
        "lovp",
        "--date",
        "2020-03-09",
        "--lang",
        "nl",
    ]);
    assert!(
        stderr(&held).contains("reeks `lovp` heeft al een vergadering op 2020-03-09"),
        "{}",
        stderr(&held)
    );
}
