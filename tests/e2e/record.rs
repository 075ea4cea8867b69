//! The record in a real terminal: mark attendance live, add a voted decision, and open
//! documents through a stand-in opener on PATH that records the exact arguments it got,
//! for file names with spaces and with shell characters.

use std::path::{Path, PathBuf};
use std::time::Duration;

use crate::support::pty::{Term, wait_until};

const MEETING: &str = r#"title = "Raad"
date = 2025-03-10
start = "19:30"
members = ["Anna", "Bram", "Chris"]
present = ["Anna"]
quorum = 2

[[item]]
title = "Begroting"
documents = ["stukken/begroting 2025.pdf", "stukken/$(touch pwned);'x'.pdf", "https://example.org/a?b=1&c=$(id)"]
"#;

const OPENER: &str = "#!/bin/sh\nfor a in \"$@\"; do printf 'ARG<%s>\\n' \"$a\" >> \"$OPENER_LOG\"; done\nprintf 'END\\n' >> \"$OPENER_LOG\"\n";

struct Setup {
    _tmp: tempfile::TempDir,
    dir: PathBuf,
    log: PathBuf,
    bin: PathBuf,
}

fn setup() -> Setup {
    let tmp = tempfile::tempdir().expect("tmp");
    let dir = tmp.path().join("raad");
    std::fs::create_dir_all(dir.join("stukken")).expect("mkdir");
    std::fs::write(dir.join("2025-03-10.toml"), MEETING).expect("meeting");
    for name in ["begroting 2025.pdf", "$(touch pwned);'x'.pdf"] {
        std::fs::write(dir.join("stukken").join(name), b"%PDF stand-in\n").expect("doc");
    }
    let bin = tmp.path().join("bin");
    std::fs::create_dir(&bin).expect("bin");
    let opener = bin.join("xdg-open");
    std::fs::write(&opener, OPENER).expect("opener");
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(&opener, std::fs::Permissions::from_mode(0o755)).expect("chmod");
    let log = tmp.path().join("opener.log");
    Setup {
        dir,
        log,
        bin,
        _tmp: tmp,
    }
}

/// docket in the meeting folder as its working directory, with the stand-in opener first
/// on PATH.
fn start(s: &Setup) -> Term {
    let path = std::env::var("PATH").unwrap_or_default();
    Term::start(
        &format!(
            "cd '{}' && exec env PATH='{}:{path}' OPENER_LOG='{}' {} . --today 2025-03-10",
            s.dir.display(),
            s.bin.display(),
            s.log.display(),
            env!("CARGO_BIN_EXE_docket")
        ),
        110,
        32,
    )
}

/// The arguments of each run of the opener that has finished.
fn opened(log: &Path, runs: usize) -> Vec<Vec<String>> {
    let done = wait_until(Duration::from_secs(10), || {
        std::fs::read_to_string(log).is_ok_and(|t| t.matches("END\n").count() >= runs)
    });
    assert!(done.is_some(), "the opener did not run {runs} time(s)");
    let text = std::fs::read_to_string(log).expect("log");
    text.split_terminator("END\n")
        .map(|run| {
            run.lines()
                .map(|l| {
                    l.strip_prefix("ARG<")
                        .and_then(|a| a.strip_suffix('>'))
                        .unwrap_or(l)
                        .to_string()
                })
                .collect()
        })
        .collect()
}

fn file(s: &Setup) -> String {
    std::fs::read_to_string(s.dir.join("2025-03-10.toml")).expect("read")
}

#[test]
fn attendance_is_marked_live_and_written_at_once() {
    let s = setup();
    let t = start(&s);
    t.wait_for("1/3 present · ✗ no quorum (2 needed)");
    t.keys(&["P"]);
    t.wait_for("╔ Attendance");
    t.keys(&["j", "Space"]);
    t.wait_for("2/3 present · quorum 2 ✓");
    assert!(
        file(&s).contains("present = [\"Anna\", \"Bram\"]\n"),
        "{}",
        file(&s)
    );
    t.keys(&["+"]);
    t.wait_for("Name: ");
    t.type_text("Gast van buiten");
    t.wait_for("Gast van buiten▏");
    t.keys(&["Enter"]);
    t.wait_for("guest");
    assert!(
        file(&s).contains("present = [\"Anna\", \"Bram\", \"Gast van buiten\"]\n"),
        "{}",
        file(&s)
    );
    // Undo takes the guest out again, leaving the file as it was before the guest.
    t.keys(&["Escape"]);
    t.wait_without("╔ Attendance");
    t.keys(&["u"]);
    t.wait_for("undone: mark Gast van buiten present");
    assert!(file(&s).contains("present = [\"Anna\", \"Bram\"]\n"));
    t.keys(&["q"]);
    t.wait_ended();
}

#[test]
fn a_decision_is_captured_with_its_vote() {
    let s = setup();
    let t = start(&s);
    t.wait_for("Begroting");
    t.keys(&["o", "Tab", "Tab"]);
    t.wait_for("Outcome [decision");
    t.type_text("Begroting vastgesteld for:2 against:1");
    t.wait_for("against:1▏");
    t.keys(&["Enter"]);
    t.wait_for("saved: add decision");
    assert!(
        file(&s).contains(
            "[[item.outcome]]\ntext = \"Begroting vastgesteld\"\nkind = \"decision\"\nfor = 2\nagainst = 1\n"
        ),
        "{}",
        file(&s)
    );
    t.keys(&["q"]);
    t.wait_ended();
}

#[test]
fn documents_open_through_the_opener_as_one_argument_without_a_shell() {
    let s = setup();
    let t = start(&s);
    t.wait_for("Documents (O opens)");
    t.keys(&["O"]);
    t.wait_for("Documents (3) · Enter opens");
    t.keys(&["Enter"]);
    t.wait_for("opened “begroting 2025.pdf” with xdg-open");
    let runs = opened(&s.log, 1);
    let stukken = s.dir.join("stukken");
    assert_eq!(
        runs[0],
        [stukken.join("begroting 2025.pdf").display().to_string()]
    );
    t.keys(&["O", "j", "Enter"]);
    let runs = opened(&s.log, 2);
    assert_eq!(
        runs[1],
        [stukken.join("$(touch pwned);'x'.pdf").display().to_string()]
    );
    t.keys(&["O", "j", "j", "Enter"]);
    let runs = opened(&s.log, 3);
    assert_eq!(runs[2], ["https://example.org/a?b=1&c=$(id)"]);
    // Nothing was run by a shell: no `pwned` file anywhere near.
    for d in [&s.dir, &stukken, &s.bin] {
        assert!(
            !d.join("pwned").exists(),
            "a shell ran the name in {}",
            d.display()
        );
    }
    t.keys(&["q"]);
    t.wait_ended();
}

#[test]
fn a_missing_document_is_marked_and_not_opened() {
    let s = setup();
    std::fs::remove_file(s.dir.join("stukken/begroting 2025.pdf")).expect("rm");
    let t = start(&s);
    t.wait_for("▤ stukken/begroting 2025.pdf  ✗ missing");
    t.keys(&["O", "Enter"]);
    t.wait_for("does not exist; nothing was opened");
    assert!(
        !s.log.exists(),
        "the opener must not run for a missing file"
    );
    t.keys(&["q"]);
    t.wait_ended();
}

#[test]
fn the_presenter_view_keeps_j_and_space_working() {
    let s = setup();
    let t = start(&s);
    t.wait_for("Documents (O opens)");
    t.keys(&["p"]);
    t.wait_for("p leaves · j/k item · Space discussed");
    let screen = t.screen();
    assert!(!screen.contains("Agenda ("), "no other panes:\n{screen}");
    assert!(screen.contains("item 1 of 1"), "{screen}");
    t.keys(&["Space"]);
    t.wait_for("saved: mark “Begroting” discussed");
    assert!(file(&s).contains("discussed = 2025-03-10T"), "{}", file(&s));
    t.keys(&["p"]);
    t.wait_for("Agenda (1)");
    t.keys(&["q"]);
    t.wait_ended();
}
