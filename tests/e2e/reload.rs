//! Outside changes while docket runs in a real terminal: the watcher, the re-read of the
//! changed file, and the selection by identity, end to end.

use std::path::Path;

use crate::support::pty::{Term, meetings_copy};

fn docket(dir: &Path) -> Term {
    Term::start(
        &format!(
            "exec {} {} --today 2020-03-09",
            env!("CARGO_BIN_EXE_docket"),
            dir.display()
        ),
        140,
        30,
    )
}

#[test]
fn space_marks_the_chosen_item_after_a_colleague_inserts_one_above() {
    let (dir, _) = meetings_copy();
    let file = dir.path().join("lovp/2020-03-09.toml");
    let t = docket(dir.path());
    t.wait_for("Agenda");
    t.keys(&["j"]);
    t.wait_for("Previous outcomes: Ondermijning");
    let text = std::fs::read_to_string(&file).expect("read");
    let inserted = text.replacen(
        "\n[[item]]\n",
        "\n[[item]]\ntitle = \"Ingevoegd door een collega\"\n\n[[item]]\n",
        1,
    );
    std::fs::write(&file, inserted).expect("write");
    t.wait_for("reloaded: files changed on disk");
    t.wait_for("Previous outcomes: Ondermijning");
    t.keys(&["Space"]);
    t.wait_for("saved: mark “Ondermijning");
    let text = std::fs::read_to_string(&file).expect("read");
    let mark = text.find("discussed = 2020-03-09T").expect("marked");
    assert!(
        mark > text.find("topic = \"ondermijning\"").expect("topic"),
        "{text}"
    );
}

#[test]
fn an_unreadable_open_meeting_stays_on_screen_and_comes_back() {
    let (dir, files) = meetings_copy();
    let file = dir.path().join("lovp/2020-03-09.toml");
    let good = std::fs::read_to_string(&file).expect("read");
    let t = docket(dir.path());
    t.wait_for("LOVP · Mon 9 Mar 2020");
    std::fs::write(
        &file,
        format!("<<<<<<< HEAD\n{good}=======\n>>>>>>> theirs\n"),
    )
    .expect("write");
    let s = t.wait_for("file unreadable (1:1), writes refused");
    assert!(
        s.contains("LOVP · Mon 9 Mar 2020"),
        "switched meetings:\n{s}"
    );
    t.keys(&["Space"]);
    t.wait_for("not saved: the meeting's file is unreadable");
    std::fs::write(&file, &good).expect("mend");
    t.wait_without("file unreadable");
    assert!(t.screen().contains("LOVP · Mon 9 Mar 2020"));
    assert!(
        crate::support::pty::unchanged(&files),
        "nothing was written"
    );
}

#[test]
fn typed_text_survives_an_outside_change_and_a_paste_keeps_its_line_breaks_as_spaces() {
    let (dir, _) = meetings_copy();
    let other = dir.path().join("lovp/2020-02-10.toml");
    let file = dir.path().join("lovp/2020-03-09.toml");
    let t = docket(dir.path());
    t.wait_for("Agenda");
    t.keys(&["o"]);
    t.wait_for("Outcome");
    t.type_text("Besloten");
    t.paste(" om\rte\r\nwachten");
    t.wait_for("pasted as one line: 2 line breaks became spaces");
    // A colleague adds an earlier outcome on the selected item's topic: it shows in the
    // previous-outcomes pane once reloaded (the status line is the input's while typing).
    let text = std::fs::read_to_string(&other).expect("read");
    let added = text.replacen(
        "[[item.outcome]]\n# \"Afgesproken",
        "[[item.outcome]]\ntext = \"Ook genoteerd\"\n\n[[item.outcome]]\n# \"Afgesproken",
        1,
    );
    assert_ne!(added, text);
    std::fs::write(&other, added).expect("write");
    t.wait_for("Rekenkamer (2)");
    t.wait_for("Besloten om te wachten");
    t.keys(&["Enter"]);
    t.wait_for("saved: add outcome");
    let saved = std::fs::read_to_string(&file).expect("read");
    assert!(
        saved.contains("text = \"Besloten om te wachten\""),
        "{saved}"
    );
}

#[test]
fn a_past_meeting_is_marked_without_a_time_and_has_no_clock() {
    let (dir, _) = meetings_copy();
    let file = dir.path().join("lovp/2020-03-09.toml");
    let t = Term::start(
        &format!(
            "exec {} {} --today 2026-11-30",
            env!("CARGO_BIN_EXE_docket"),
            dir.path().display()
        ),
        140,
        30,
    );
    t.wait_for("LOVP · Mon 9 Mar 2020");
    t.keys(&["Space"]);
    let s = t.wait_for("saved: mark");
    assert!(!s.contains('⏱'), "{s}");
    let text = std::fs::read_to_string(&file).expect("read");
    assert!(text.contains("discussed = true\n"), "{text}");
}
