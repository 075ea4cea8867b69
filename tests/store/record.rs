//! Golden tests of the record edits: marking attendance and adding a voted decision change
//! exactly the intended lines, and the inverse gives the original bytes back.

use crate::golden::diff;
use docket::model::Vote;
use docket::store::edit::{Edit, EditError, EditResult, ItemRef, Unchanged, apply_edit};
use docket::store::parse_meeting;
use std::path::Path;

const PATH: &str = "raad.toml";

fn golden(bytes: &str, edit: Edit, removed: &[&str], added: &[&str]) -> EditResult {
    let path = Path::new(PATH);
    let done =
        apply_edit(path, bytes.as_bytes(), &edit, false).unwrap_or_else(|e| panic!("{edit}: {e}"));
    let owned = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
    assert_eq!(
        diff(bytes.as_bytes(), &done.bytes),
        (owned(removed), owned(added)),
        "diff of {edit}"
    );
    let back = apply_edit(path, &done.bytes, &done.inverse, false)
        .unwrap_or_else(|e| panic!("inverse of {edit}: {e}"));
    assert_eq!(
        String::from_utf8_lossy(&back.bytes),
        bytes,
        "inverse of {edit}"
    );
    done
}

const NO_PRESENT: &str = "title = \"Raad\"\ndate = 2025-03-10\nmembers = [\"Anna\", \"Bram\"] # vaste leden\n\n[[item]]\ntitle = \"Opening\"\n";

const MULTI_LINE: &str = "title = \"Raad\"\r\ndate = 2025-03-10\r\npresent = [\r\n    \"Anna\", # voorzitter\r\n    \"Bram\",\r\n]\r\nquorum = 2\r\n\r\n[[item]]\r\ntitle = \"Opening\"\r\n";

#[test]
fn first_presence_adds_the_key_after_the_meetings_own_keys() {
    let done = golden(
        NO_PRESENT,
        Edit::set_present("Anna", true),
        &[],
        &["present = [\"Anna\"]\n"],
    );
    assert_eq!(done.meeting.present, ["Anna"]);
    assert_eq!(
        Edit::set_present("Anna", true).to_string(),
        "mark Anna present"
    );
    assert_eq!(done.inverse.to_string(), "mark Anna not present");
}

#[test]
fn arriving_and_leaving_keep_comments_and_crlf_of_a_multi_line_list() {
    let done = golden(
        MULTI_LINE,
        Edit::set_present("Chris", true),
        &["    \"Bram\",\r\n"],
        &["    \"Bram\", \"Chris\",\r\n"],
    );
    assert_eq!(done.meeting.present, ["Anna", "Bram", "Chris"]);
    let done = golden(
        MULTI_LINE,
        Edit::set_present("Bram", false),
        &["    \"Bram\",\r\n"],
        &[],
    );
    assert_eq!(done.meeting.present, ["Anna"]);
    let done = golden(
        MULTI_LINE,
        Edit::set_present("Anna", false),
        &["    \"Anna\", # voorzitter\r\n"],
        &[],
    );
    assert_eq!(done.meeting.present, ["Bram"]);
}

#[test]
fn leaving_the_first_of_a_one_line_list_leaves_no_stray_space() {
    let text = "title = \"Raad\"\ndate = 2025-03-10\npresent = [\"Anna\", \"Bram\"]\n";
    golden(
        text,
        Edit::set_present("Anna", false),
        &["present = [\"Anna\", \"Bram\"]\n"],
        &["present = [\"Bram\"]\n"],
    );
    golden(
        text,
        Edit::set_present("Bram", false),
        &["present = [\"Anna\", \"Bram\"]\n"],
        &["present = [\"Anna\"]\n"],
    );
}

#[test]
fn hostile_names_are_quoted_and_cleaned() {
    let done = golden(
        NO_PRESENT,
        Edit::set_present("  Eve \"$(touch x);\" \\ \u{202e}\u{1b}[2J ", true),
        &[],
        &["present = [\"Eve \\\"$(touch x);\\\" \\\\ [2J\"]\n"],
    );
    assert_eq!(done.meeting.present, ["Eve \"$(touch x);\" \\ [2J"]);
}

#[test]
fn marking_twice_or_a_blank_name_is_refused() {
    let path = Path::new(PATH);
    let twice = apply_edit(
        path,
        MULTI_LINE.as_bytes(),
        &Edit::set_present("Anna", true),
        false,
    );
    assert!(
        matches!(&twice, Err(EditError::Unchanged { what, .. }) if *what == Unchanged::AlreadyPresent("Anna".into())),
        "{twice:?}"
    );
    let absent = apply_edit(
        path,
        NO_PRESENT.as_bytes(),
        &Edit::set_present("Zoë", false),
        false,
    );
    assert!(
        matches!(absent, Err(EditError::Unchanged { .. })),
        "{absent:?}"
    );
    let blank = apply_edit(
        path,
        NO_PRESENT.as_bytes(),
        &Edit::set_present("  ", true),
        false,
    );
    assert!(matches!(blank, Err(EditError::Empty { .. })), "{blank:?}");
}

#[test]
fn undo_after_someone_else_changed_the_list_keeps_their_change() {
    let path = Path::new(PATH);
    let done = apply_edit(
        path,
        MULTI_LINE.as_bytes(),
        &Edit::set_present("Chris", true),
        false,
    )
    .expect("arrive");
    // Someone else marks Dewi present in their editor meanwhile.
    let theirs = String::from_utf8_lossy(&done.bytes).replace("\"Chris\",", "\"Chris\", \"Dewi\",");
    let back = apply_edit(path, theirs.as_bytes(), &done.inverse, true).expect("undo");
    assert_eq!(back.meeting.present, ["Anna", "Bram", "Dewi"]);
}

#[test]
fn a_decision_is_added_with_its_vote() {
    let text = "title = \"Raad\"\ndate = 2025-03-10\n\n[[item]]\ntitle = \"Begroting\"\n\n[[item.action]]\ntext = \"Publiceren\"\n";
    let m = parse_meeting(Path::new(PATH), text.as_bytes()).expect("loads");
    let item = ItemRef::of(&m, 0).expect("item");
    let vote = Vote {
        for_: Some(4),
        against: Some(1),
        abstain: Some(0),
        unanimous: false,
    };
    let done = golden(
        text,
        Edit::add_decision(item.clone(), "Begroting vastgesteld", vote),
        &[],
        &[
            "[[item.outcome]]\n",
            "text = \"Begroting vastgesteld\"\n",
            "kind = \"decision\"\n",
            "for = 4\n",
            "against = 1\n",
            "abstain = 0\n",
            "\n",
        ],
    );
    assert_eq!(done.meeting.items[0].outcomes[0].vote, vote);
    let unanimous = Vote {
        unanimous: true,
        ..Vote::default()
    };
    golden(
        text,
        Edit::add_decision(item, "Unaniem", unanimous),
        &[],
        &[
            "[[item.outcome]]\n",
            "text = \"Unaniem\"\n",
            "kind = \"decision\"\n",
            "unanimous = true\n",
            "\n",
        ],
    );
    // Undoing the add, then redoing it, brings the vote back too.
    let back = apply_edit(Path::new(PATH), &done.bytes, &done.inverse, false).expect("undo");
    let again = apply_edit(Path::new(PATH), &back.bytes, &back.inverse, false).expect("redo");
    assert_eq!(again.bytes, done.bytes);
}

/// Every bundled meeting: marking a name present (then a second one, then taking the first
/// out) changes only the `present` line, and each inverse gives the bytes back.
#[test]
fn attendance_edits_on_every_bundled_meeting_are_undone_exactly() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    for dir in [
        "meetings/lovp",
        "tests/fixtures/record/good",
        "tests/fixtures/edits",
    ] {
        for e in std::fs::read_dir(root.join(dir)).expect("dir").flatten() {
            if e.path().extension().is_some_and(|x| x == "toml") {
                files.push(e.path());
            }
        }
    }
    assert!(files.len() >= 5, "{files:?}");
    for path in files {
        let original = std::fs::read(&path).expect("read");
        let mut bytes = original.clone();
        let mut undo = Vec::new();
        for edit in [
            Edit::set_present("Zoë \"de\" Secretaris", true),
            Edit::set_present("Tweede", true),
            Edit::set_present("Zoë \"de\" Secretaris", false),
        ] {
            let done = apply_edit(&path, &bytes, &edit, false)
                .unwrap_or_else(|e| panic!("{}: {edit}: {e}", path.display()));
            undo.push(done.inverse);
            bytes = done.bytes;
        }
        let m = parse_meeting(&path, &bytes).expect("loads");
        assert!(
            m.present.ends_with(&["Tweede".to_string()]),
            "{:?}",
            m.present
        );
        for inverse in undo.into_iter().rev() {
            bytes = apply_edit(&path, &bytes, &inverse, false)
                .unwrap_or_else(|e| panic!("{}: {inverse}: {e}", path.display()))
                .bytes;
        }
        assert_eq!(bytes, original, "{}", path.display());
    }
}

/// Undo of a presence someone else changed since is refused, and their change stays; undo
/// after an unrelated change to the list still takes back only docket's own mark.
#[test]
fn undoing_a_presence_respects_the_other_persons_change() {
    use docket::store::{Access, FolderLock, save_edit, undo_edit};
    let dir = tempfile::tempdir().expect("tmp");
    let path = dir.path().join("raad.toml");
    std::fs::write(&path, MULTI_LINE).expect("write");
    let Access::Write(lock) = FolderLock::acquire(dir.path()) else {
        panic!("lock")
    };
    let loaded = docket::store::ContentHash::of(MULTI_LINE.as_bytes());
    let applied =
        save_edit(&lock, &path, loaded, &Edit::set_present("Chris", true)).expect("arrive");
    // Someone else takes Chris out again in their editor.
    let theirs =
        String::from_utf8_lossy(&std::fs::read(&path).expect("read")).replace(" \"Chris\",", "");
    std::fs::write(&path, &theirs).expect("their edit");
    let refused = undo_edit(
        &lock,
        &path,
        applied.hash,
        &applied.inverse,
        &applied.meeting,
    );
    assert!(
        matches!(&refused, Err(e) if e.to_string().contains("the presence of Chris")),
        "{refused:?}"
    );
    assert_eq!(std::fs::read_to_string(&path).expect("read"), theirs);
    // Chris back, and Dewi added by them: undo takes out only Chris.
    let both = theirs.replace("\"Bram\",", "\"Bram\", \"Chris\", \"Dewi\",");
    std::fs::write(&path, &both).expect("their second edit");
    let undone = undo_edit(
        &lock,
        &path,
        applied.hash,
        &applied.inverse,
        &applied.meeting,
    )
    .expect("undo");
    assert_eq!(undone.meeting.present, ["Anna", "Bram", "Dewi"]);
}
