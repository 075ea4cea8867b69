//! The formal record in the file format: attendance, votes and documents load; bad values
//! get exact messages; `docket check` warns about a document that is not there.

use crate::support::cli::run;
use docket::model::{DocumentTarget, MembersFrom, OutcomeKind, Vote};
use docket::store::{self, parse_meeting};
use std::path::Path;

fn check(dir: &str) -> (i32, String, String) {
    run(&["check", dir])
}

#[test]
fn good_record_loads_every_field() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/record/good");
    let loaded = store::load_dir(&dir).expect("folder");
    assert!(loaded.problems.is_empty(), "{:?}", loaded.problems);
    let m = &loaded.library.meetings()[0];
    assert_eq!(m.members.len(), 5);
    assert_eq!(m.present, ["Anna de Vries", "Bram Jansen", "Dewi Smit"]);
    assert_eq!(m.quorum, Some(3));
    let docs = &m.items[0].documents;
    assert_eq!(docs[0].target, "stukken/begroting 2025.pdf");
    assert_eq!((docs[0].line, docs[0].col), (16, 14));
    assert_eq!(
        docs[0].resolve(&m.path),
        DocumentTarget::File(dir.join("stukken/begroting 2025.pdf"))
    );
    assert_eq!(
        docs[2].resolve(&m.path),
        DocumentTarget::Url("https://example.org/jaarplan".into())
    );
    let o = &m.items[0].outcomes[0];
    assert_eq!(o.kind, OutcomeKind::Decision);
    assert_eq!(
        o.vote,
        Vote {
            for_: Some(4),
            against: Some(1),
            abstain: Some(0),
            unanimous: false
        }
    );
    assert!(m.items[1].outcomes[0].vote.unanimous);
    let id = loaded.library.ids().next().expect("one meeting");
    let att = loaded.library.attendance(id);
    assert_eq!(att.from, MembersFrom::Meeting);
    assert_eq!((att.counted(), att.quorate()), (3, Some(true)));
}

#[test]
fn check_warns_about_a_missing_document_with_its_position() {
    let (code, out, err) = check("tests/fixtures/record/good");
    assert_eq!(
        err,
        "tests/fixtures/record/good/2025-03-10.toml:16:44: warning: item 1: document “stukken/ontbreekt.pdf” does not exist (paths are relative to the meeting file's folder)\n"
    );
    assert_eq!(out, "1 meeting, 2 items, 0 files with errors, 1 warning\n");
    assert_eq!(code, 0, "a missing document is a warning, not an error");
}

#[test]
fn check_refuses_negative_votes_and_an_unreachable_quorum() {
    let (code, out, err) = check("tests/fixtures/record/bad");
    let f = "tests/fixtures/record/bad/votes.toml";
    assert_eq!(
        err,
        format!(
            "{f}:4:10: `quorum` is 3, more than the 2 `members`; no meeting could reach it\n\
             {f}:8:14: item 1: `documents` must not hold an empty text\n\
             {f}:8:18: item 1: `documents` must be a list of file paths or URLs, like [\"stukken/begroting.pdf\"], found 4\n\
             {f}:14:11: item 1, outcome 1: `against` must be a whole number of votes (0 or more), found -1\n\
             {f}:19:1: item 1, outcome 2: `for` is only for decisions (kind = \"decision\")\n\
             {f}:25:11: item 1, outcome 3: `unanimous = true` but `against` is 2\n"
        )
    );
    assert_eq!(out, "0 meetings, 0 items, 1 file with errors\n");
    assert_eq!(code, 1);
}

#[test]
fn old_files_without_the_record_keep_loading() {
    let m = parse_meeting(
        Path::new("m.toml"),
        b"title = \"x\"\ndate = 2020-01-01\nattendees = [\"a\"]\n[[item]]\ntitle = \"t\"\n[[item.outcome]]\ntext = \"o\"\nkind = \"decision\"\n",
    )
    .expect("loads");
    assert!(m.members.is_empty() && m.present.is_empty() && m.quorum.is_none());
    assert!(m.items[0].documents.is_empty());
    assert!(m.items[0].outcomes[0].vote.is_empty());
}

#[test]
fn typos_of_the_new_keys_get_a_suggestion() {
    let errs = parse_meeting(
        Path::new("m.toml"),
        b"title = \"x\"\ndate = 2020-01-01\nquorun = 3\n[[item]]\ntitle = \"t\"\ndocument = []\n",
    )
    .expect_err("typos");
    let errs: Vec<String> = errs.iter().map(ToString::to_string).collect();
    assert_eq!(
        errs,
        [
            "m.toml:3:1: unknown key `quorun` (did you mean `quorum`?)",
            "m.toml:6:1: item 1: unknown key `document` (did you mean `documents`?)"
        ]
    );
}

#[test]
fn members_come_from_the_previous_meeting_of_the_series_when_absent() {
    let dir = tempfile::tempdir().expect("tmp");
    let write =
        |name: &str, body: &str| std::fs::write(dir.path().join(name), body).expect("write");
    write(
        "a.toml",
        "title = \"Raad\"\ndate = 2025-01-10\nmembers = [\"A\", \"B\", \"C\"]\n",
    );
    write("b.toml", "title = \"Raad\"\ndate = 2025-02-10\n");
    write(
        "c.toml",
        "title = \"Raad\"\ndate = 2025-03-10\npresent = [\"A\", \"Gast\"]\nquorum = 2\n",
    );
    write(
        "other.toml",
        "title = \"Ander\"\ndate = 2025-02-01\nmembers = [\"Z\"]\n",
    );
    let loaded = store::load_dir(dir.path()).expect("folder");
    let lib = &loaded.library;
    let id = lib
        .find_by_path(&dir.path().join("c.toml"))
        .expect("c loaded");
    let att = lib.attendance(id);
    let first = lib.find_by_path(&dir.path().join("a.toml"));
    assert_eq!(Some(att.from), first.map(MembersFrom::Previous));
    assert_eq!(att.members, ["A", "B", "C"]);
    let rows: Vec<(String, bool, bool)> = att
        .rows()
        .into_iter()
        .map(|r| (r.name, r.member, r.present))
        .collect();
    assert_eq!(
        rows,
        [
            ("A".into(), true, true),
            ("B".into(), true, false),
            ("C".into(), true, false),
            ("Gast".into(), false, true)
        ]
    );
    assert_eq!(att.quorate(), Some(false), "a guest does not count");
}

fn export(args: &[&str]) -> String {
    let mut all = vec!["export", "tests/fixtures/record/good", "2025-03-10"];
    all.extend_from_slice(args);
    let (code, out, err) = run(&all);
    assert_eq!(code, 0, "{err}");
    out
}

#[test]
fn exports_carry_attendance_votes_and_documents_in_dutch_and_english() {
    let nl = export(&["--lang", "nl"]);
    for line in [
        "- **Aanwezig:** Anna de Vries, Bram Jansen, Dewi Smit\n",
        "- **Afwezig:** Chris Bakker, Eva Visser\n",
        "- **Quorum:** 3 nodig, 3 aanwezig: het quorum is gehaald\n",
        "**Stukken**\n\n- stukken/begroting 2025.pdf\n- stukken/ontbreekt.pdf\n- https://example.org/jaarplan\n",
        "- Begroting vastgesteld (aangenomen met 4 stemmen voor en 1 tegen)\n",
        "1. Begroting vastgesteld (aangenomen met 4 stemmen voor en 1 tegen) (agendapunt 1: Begroting 2025)\n",
        "2. Vergaderdata 2026 vastgesteld (unaniem aangenomen)",
    ] {
        assert!(nl.contains(line), "{line}\n---\n{nl}");
    }
    let en = export(&["--lang", "en"]);
    for line in [
        "- **Present:** Anna de Vries, Bram Jansen, Dewi Smit\n",
        "- **Absent:** Chris Bakker, Eva Visser\n",
        "- **Quorum:** 3 needed, 3 present: quorate\n",
        "**Documents**\n",
        "- Begroting vastgesteld (adopted, 4 for and 1 against)\n",
        "(adopted unanimously)",
    ] {
        assert!(en.contains(line), "{line}\n---\n{en}");
    }
    let html = export(&["--lang", "nl", "--format", "html"]);
    for part in [
        "Afwezig",
        "het quorum is gehaald",
        "Stukken",
        "aangenomen met 4 stemmen voor en 1 tegen",
    ] {
        assert!(html.contains(part), "{part}");
    }
}
