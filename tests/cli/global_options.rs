//! `--lang` and `--today` go before or after a command; the interface's own options
//! (folder, --meeting, --theme, --live) are refused with a command, not silently dropped.

use crate::support::cli::run;

#[test]
fn lang_before_the_command_is_taken() {
    let (code, out, err) = run(&["--lang", "nl", "check", "meetings"]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("vergaderingen"), "{out}");
    let (code, out, _) = run(&["check", "meetings", "--lang", "nl"]);
    assert_eq!(code, 0);
    assert!(out.contains("vergaderingen"), "{out}");
}

#[test]
fn today_before_the_command_is_taken() {
    let (code, out, err) = run(&["--today", "2020-03-09", "pending", "meetings"]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("7 pending at LOVP 2020-03-09"), "{out}");
}

#[test]
fn a_folder_before_the_command_is_refused_in_plain_words() {
    let (code, out, err) = run(&["meetings", "check"]);
    assert_eq!(code, 2);
    assert!(out.is_empty(), "{out}");
    assert!(err.contains("`docket check --help`"), "{err}");
    let (code, _, err) = run(&["--lang", "nl", "--live", "pending", "meetings"]);
    assert_eq!(code, 2);
    assert!(err.contains("horen bij de interface"), "{err}");
}
