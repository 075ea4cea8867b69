//! A meeting without its own `members` has those of the latest earlier meeting of its series
//! that lists them: in the minutes (present and absent against them) and in the agenda (the
//! members invited); `docket new` carries `members` and `quorum` into the draft.

use crate::support::cli::{docket, stderr, stdout};

fn series() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("tmp");
    let write =
        |name: &str, body: &str| std::fs::write(dir.path().join(name), body).expect("write");
    write(
        "a.toml",
        "title = \"Raad\"\ndate = 2025-01-10\nmembers = [\"Anna\", \"Bram\", \"Chris\"]\nquorum = 2\n\n[[item]]\ntitle = \"Opening\"\n",
    );
    write(
        "b.toml",
        "title = \"Raad\"\ndate = 2025-02-10\n\n[[item]]\ntitle = \"Opening\"\n",
    );
    write(
        "c.toml",
        "title = \"Raad\"\ndate = 2025-03-10\npresent = [\"Anna\", \"Gast\"]\nquorum = 2\n\n[[item]]\ntitle = \"Opening\"\n",
    );
    // Another series' members are never borrowed.
    write(
        "ander.toml",
        "title = \"Ander\"\ndate = 2025-02-01\nmembers = [\"Zoë\"]\n",
    );
    dir
}

#[test]
fn minutes_count_attendance_against_the_previous_members() {
    let dir = series();
    let d = dir.path().to_str().expect("utf-8");
    let o = docket(&["export", d, "2025-03-10", "--lang", "nl"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let md = stdout(&o).replace("**", "");
    for want in [
        "Aanwezig: Anna",
        "Afwezig: Bram, Chris",
        "Verder aanwezig: Gast",
        "2 nodig, 1 aanwezig: het quorum is niet gehaald",
    ] {
        assert!(md.contains(want), "{want} missing:\n{md}");
    }
    assert!(!md.contains("Zoë"), "{md}");
    let en = stdout(&docket(&["export", d, "2025-03-10", "--format", "html"]));
    assert!(en.contains("Bram, Chris"), "{en}");
    assert!(en.contains("2 needed, 1 present: no quorum"), "{en}");
}

#[test]
fn the_agenda_names_the_members_and_where_they_are_listed() {
    let dir = series();
    let d = dir.path().to_str().expect("utf-8");
    let nl = stdout(&docket(&[
        "export",
        d,
        "2025-02-10",
        "--agenda",
        "--lang",
        "nl",
    ]));
    assert!(
        nl.contains("Leden (zoals vermeld op 10 januari 2025)") && nl.contains("Anna, Bram, Chris"),
        "{nl}"
    );
    assert!(
        !nl.contains("Afwezig"),
        "an invitation lists no absentees:\n{nl}"
    );
    let own = stdout(&docket(&["export", d, "2025-01-10", "--agenda"]));
    assert!(
        own.contains("Members") && !own.contains("as listed at"),
        "{own}"
    );
}

#[test]
fn new_carries_members_and_quorum() {
    let dir = series();
    let d = dir.path().to_str().expect("utf-8");
    let o = docket(&[
        "new",
        d,
        "--series",
        "raad",
        "--date",
        "2025-04-10",
        "--dry-run",
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let draft = stdout(&o);
    assert!(
        draft.contains("\nmembers = [\"Anna\", \"Bram\", \"Chris\"]\nquorum = 2\n"),
        "{draft}"
    );
    assert!(!draft.contains("\npresent ="), "{draft}");
}
