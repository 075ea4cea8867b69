//! Outside changes while docket runs in a real terminal: the watcher, the re-read of the
//! changed file, and the selection by identity, end to end.

use std::path::Path;

mod pty_support;

use pty_support::{Term, meetings_copy};

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
    assert!(pty_support::unchanged(&files), "nothing was written");
}
