//! The real binary in a pseudo-terminal, in Dutch: from the locale and from `--lang`.

use crate::support::pty::Term;

fn docket(env: &str, args: &str) -> Term {
    Term::start(
        &format!(
            "exec env XDG_CONFIG_HOME=/nonexistent {env} {} {args}",
            env!("CARGO_BIN_EXE_docket")
        ),
        100,
        30,
    )
}

#[test]
fn dutch_from_the_locale_with_help_and_quit() {
    let mut t = docket("LC_ALL=nl_NL.UTF-8", "meetings --today 2026-11-28");
    let s = t.wait_for("Openstaand (lovp) 7");
    assert!(s.contains("LOVP · ma 9 mrt 2020"), "{s}");
    assert!(s.contains("? hulp"), "{s}");
    t.keys(&["?"]);
    t.wait_for("vorig paneel");
    t.keys(&["Escape"]);
    t.wait_without("vorig paneel");
    t.keys(&["q"]);
    t.wait_ended();
    assert_eq!(t.exit_code(), Some(0));
    t.close();
}

#[test]
fn lang_flag_wins_over_the_locale() {
    let mut t = docket(
        "LC_ALL=nl_NL.UTF-8",
        "meetings --today 2026-11-28 --lang en",
    );
    let s = t.wait_for("Pending (lovp) 7");
    assert!(s.contains("LOVP · Mon 9 Mar 2020"), "{s}");
    t.keys(&["q"]);
    t.wait_ended();
    t.close();
}
