//! Preparing a whole meeting in a real pseudo-terminal (see `support::pty`): `docket new`, then add, edit,
//! reorder, mark standing, delete and undo, and park, with keys; then the file on disk,
//! `docket check`, and the next draft that takes the parked item.

use std::path::Path;
use std::process::Command;

use crate::support::pty::Term;

fn bin() -> &'static str {
    env!("CARGO_BIN_EXE_docket")
}

fn run(args: &[&str]) -> std::process::Output {
    Command::new(bin())
        .args(args)
        .output()
        .expect("docket runs")
}

#[test]
fn prepare_a_meeting_from_the_draft_to_the_check() {
    let dir = tempfile::tempdir().expect("tmp");
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("meetings/lovp");
    for f in ["2020-02-10.toml", "2020-03-09.toml"] {
        std::fs::copy(src.join(f), dir.path().join(f)).expect("copy");
    }
    let d = dir.path().to_str().expect("utf-8");
    let new = run(&["new", d, "--series", "lovp", "--date", "2020-06-15"]);
    assert!(
        new.status.success(),
        "{}",
        String::from_utf8_lossy(&new.stderr)
    );
    let path = dir.path().join("2020-06-15.toml");
    assert!(path.exists(), "written next to the series' files");

    let t = Term::start(&format!("exec {} {d} --today 2020-06-01", bin()), 110, 34);
    t.wait_for("Mon 15 Jun 2020");
    // n: a new item below the first.
    t.keys(&["n"]);
    t.wait_for("New agenda item");
    t.type_text("Rondvraag");
    t.keys(&["Enter"]);
    t.wait_for("saved: add item “Rondvraag”");
    // J J: to the end; s: standing; i: planned minutes.
    t.keys(&["J"]);
    t.wait_for("saved: move “Rondvraag” down");
    t.keys(&["J"]);
    t.wait_for("▸  4 Rondvraag");
    t.keys(&["s"]);
    t.wait_for("saved: mark “Rondvraag” standing");
    t.keys(&["i"]);
    t.wait_for("Edit agenda item");
    t.keys(&["Tab", "Tab", "5", "Enter"]);
    t.wait_for("saved: change minutes of “Rondvraag”");
    // d y deletes the second item, u brings it back.
    t.keys(&["g", "j", "d"]);
    t.wait_for("Delete item “Ondermijning");
    t.keys(&["y"]);
    t.wait_for("saved: delete item “Ondermijning");
    t.keys(&["u"]);
    t.wait_for("undone: delete item “Ondermijning");
    // >: no next meeting yet, so it waits in the series' parked file.
    t.keys(&["g", "j", ">"]);
    t.wait_for("parked “Ondermijning");
    t.keys(&["q"]);
    t.wait_ended();
    assert_eq!(t.exit_code(), Some(0));

    let text = std::fs::read_to_string(&path).expect("read");
    let doc: toml::Table = toml::from_str(&text).expect("TOML");
    let items = doc["item"].as_array().expect("items");
    let titles: Vec<&str> = items
        .iter()
        .map(|i| i["title"].as_str().expect("title"))
        .collect();
    assert_eq!(
        titles,
        [
            "Inzetbaarheid van politie: rapport Algemene Rekenkamer",
            "Herijking landelijke veiligheidsagenda",
            "Rondvraag"
        ],
        "{text}"
    );
    assert!(
        text.ends_with("[[item]]\ntitle = \"Rondvraag\"\nstanding = true\nminutes = 5\n"),
        "{text}"
    );
    let parked = std::fs::read_to_string(dir.path().join(".parked-lovp.toml")).expect("parked");
    assert!(parked.contains("title = \"Ondermijning en de plannen richting de Voorjaarsnota\""));
    let check = run(&["check", d, "--today", "2020-06-01"]);
    assert!(
        check.status.success(),
        "{}",
        String::from_utf8_lossy(&check.stderr)
    );
    // The next draft takes the parked item and keeps Rondvraag as a closing standing item.
    let next = run(&[
        "new",
        d,
        "--series",
        "lovp",
        "--date",
        "2020-07-13",
        "--dry-run",
    ]);
    let draft = String::from_utf8_lossy(&next.stdout);
    let parked_at = draft
        .find("# Parked for this meeting.")
        .expect("parked item");
    let title_at = draft.find("title = \"Ondermijning").expect("its title");
    assert!(
        parked_at < title_at && !draft[parked_at..title_at].contains("[[item]]"),
        "{draft}"
    );
    assert!(
        draft.trim_end().ends_with(
            "title = \"Rondvraag\"\ntopic = \"rondvraag\"\nminutes = 5\nstanding = true"
        ),
        "{draft}"
    );
}
