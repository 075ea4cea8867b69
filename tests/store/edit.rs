//! Golden edit tests: after each edit the file differs from the original in exactly the
//! intended lines, and applying the inverse gives the original bytes back.

use crate::golden::diff;
use chrono::{NaiveDate, NaiveDateTime};
use docket::model::{Due, OutcomeKind};
use docket::store::edit::{Edit, EditError, EditResult, FollowUpRef, ItemRef, apply_edit};
use docket::store::parse_meeting;
use std::path::{Path, PathBuf};

fn fixture(name: &str) -> (PathBuf, Vec<u8>) {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/edits")
        .join(name);
    let bytes = std::fs::read(&path).expect("fixture exists");
    (path, bytes)
}

fn at(s: &str) -> NaiveDateTime {
    NaiveDateTime::parse_from_str(s, "%Y-%m-%dT%H:%M").expect("test date-time")
}

fn day(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("test date")
}

fn item(path: &Path, bytes: &[u8], i: usize) -> ItemRef {
    let m = parse_meeting(path, bytes).expect("fixture loads");
    ItemRef::of(&m, i).expect("item exists")
}

fn action(path: &Path, bytes: &[u8], i: usize, a: usize) -> FollowUpRef {
    let m = parse_meeting(path, bytes).expect("fixture loads");
    FollowUpRef::of(&m, i, a).expect("action exists")
}

/// Applies an edit, checks its diff, then checks that the inverse restores the original.
fn golden(path: &Path, bytes: &[u8], edit: Edit, removed: &[&str], added: &[&str]) -> EditResult {
    let done = apply_edit(path, bytes, &edit, false).unwrap_or_else(|e| panic!("{edit}: {e}"));
    let (r, a) = diff(bytes, &done.bytes);
    assert_eq!((r, a), (owned(removed), owned(added)), "diff of {edit}");
    let back = apply_edit(path, &done.bytes, &done.inverse, false)
        .unwrap_or_else(|e| panic!("inverse of {edit}: {e}"));
    assert_eq!(
        String::from_utf8_lossy(&back.bytes),
        String::from_utf8_lossy(bytes),
        "inverse of {edit}"
    );
    assert_eq!(back.bytes, bytes, "inverse of {edit}: bytes");
    done
}

fn owned(v: &[&str]) -> Vec<String> {
    v.iter().map(|s| s.to_string()).collect()
}

#[test]
fn marking_discussed_adds_one_line_and_unmarking_removes_it() {
    let (path, bytes) = fixture("commented.toml");
    let done = golden(
        &path,
        &bytes,
        Edit::mark_discussed(item(&path, &bytes, 0), at("2020-02-10T10:32")),
        &[],
        &["discussed = 2020-02-10T10:32:00\n"],
    );
    assert!(done.meeting.items[0].discussed.is_some());
    // Un-marking the marked file removes exactly that line.
    let un = Edit::unmark_discussed(item(&path, &done.bytes, 0));
    let back = apply_edit(&path, &done.bytes, &un, false).expect("unmark");
    assert_eq!(back.bytes, bytes);
}

#[test]
fn reopening_keeps_the_comment_and_done_flips_one_line() {
    let (path, bytes) = fixture("commented.toml");
    golden(
        &path,
        &bytes,
        Edit::reopen(action(&path, &bytes, 0, 0)),
        &["done = 2020-03-09   # closed at the March meeting\n"],
        &["done = false   # closed at the March meeting\n"],
    );
    golden(
        &path,
        &bytes,
        Edit::mark_done(action(&path, &bytes, 0, 1), day("2020-03-09")),
        &["  done = false  # still open, said the chair\n"],
        &["  done = 2020-03-09  # still open, said the chair\n"],
    );
}

#[test]
fn adding_outcomes_and_actions_places_them_after_their_kind() {
    let (path, bytes) = fixture("commented.toml");
    let r = item(&path, &bytes, 0);
    let done = golden(
        &path,
        &bytes,
        Edit::add_outcome(
            r.clone(),
            "Besloten: \"extra\" geld\u{202e}",
            OutcomeKind::Decision,
        ),
        &[],
        &[
            "[[item.outcome]]\n",
            "text = \"Besloten: \\\"extra\\\" geld\"\n",
            "kind = \"decision\"\n",
            "\n",
        ],
    );
    let o = &done.meeting.items[0].outcomes;
    assert_eq!(
        o[1].text, "Besloten: \"extra\" geld",
        "bidi control removed"
    );
    let done = golden(
        &path,
        &bytes,
        Edit::add_action(
            r,
            "Rapport delen",
            Some("korpschef"),
            Some(Due::Month {
                year: 2020,
                month: 6,
            }),
        ),
        &[],
        &[
            "[[item.action]]\n",
            "text = \"Rapport delen\"\n",
            "owner = \"korpschef\"\n",
            "due = \"2020-06\"\n",
            "\n",
        ],
    );
    assert_eq!(done.meeting.items[0].actions.len(), 3);
    // An item without outcomes or actions gets them after its own keys.
    golden(
        &path,
        &bytes,
        Edit::add_action(
            item(&path, &bytes, 2),
            "Vragen",
            None,
            Some(Due::Date(day("2020-04-01"))),
        ),
        &[],
        &[
            "\n",
            "[[item.action]]\n",
            "text = \"Vragen\"\n",
            "due = 2020-04-01\n",
        ],
    );
}

#[test]
fn crlf_and_bom_are_kept() {
    let (path, bytes) = fixture("crlf_bom.toml");
    let done = golden(
        &path,
        &bytes,
        Edit::mark_discussed(item(&path, &bytes, 0), at("2020-03-09T10:05")),
        &[],
        &["discussed = 2020-03-09T10:05:00\r\n"],
    );
    assert!(done.bytes.starts_with(b"\xef\xbb\xbftitle"));
    golden(
        &path,
        &bytes,
        Edit::add_outcome(item(&path, &bytes, 1), "Apart besproken", OutcomeKind::Note),
        &[],
        &[
            "\r\n",
            "[[item.outcome]]\r\n",
            "text = \"Apart besproken\"\r\n",
            "kind = \"note\"\r\n",
        ],
    );
    golden(
        &path,
        &bytes,
        Edit::mark_done(action(&path, &bytes, 0, 0), day("2020-03-09")),
        &[],
        &["done = 2020-03-09\r\n"],
    );
}

#[test]
fn a_missing_final_newline_stays_missing() {
    let (path, bytes) = fixture("no_final_newline.toml");
    let done = golden(
        &path,
        &bytes,
        Edit::add_action(item(&path, &bytes, 1), "Nog een", None, Some(Due::Next)),
        &["done = 2020-03-01"],
        &[
            "done = 2020-03-01\n",
            "\n",
            "[[item.action]]\n",
            "text = \"Nog een\"\n",
            "due = \"next\"",
        ],
    );
    assert!(!done.bytes.ends_with(b"\n"));
    // Re-opening the last, unterminated line removes it and the newline before it.
    let done = golden(
        &path,
        &bytes,
        Edit::reopen(action(&path, &bytes, 1, 0)),
        &["text = \"Afronden\"\n", "done = 2020-03-01"],
        &["text = \"Afronden\""],
    );
    assert!(done.meeting.items[1].actions[0].done.is_none());
    golden(
        &path,
        &bytes,
        Edit::mark_discussed(item(&path, &bytes, 1), at("2020-03-09T11:00")),
        &[],
        &["discussed = 2020-03-09T11:00:00\n"],
    );
}

#[test]
fn inline_tables_are_kept_and_not_edited() {
    let (path, bytes) = fixture("commented.toml");
    golden(
        &path,
        &bytes,
        Edit::mark_discussed(item(&path, &bytes, 1), at("2020-02-10T11:00")),
        &[],
        &["discussed = 2020-02-10T11:00:00\n"],
    );
    let e = apply_edit(
        &path,
        &bytes,
        &Edit::reopen(action(&path, &bytes, 1, 0)),
        false,
    );
    assert!(matches!(e, Err(EditError::Inline { .. })), "{e:?}");
    let e = apply_edit(
        &path,
        &bytes,
        &Edit::mark_done(action(&path, &bytes, 1, 0), day("2020-03-09")),
        false,
    )
    .expect_err("inline action");
    assert!(e.to_string().contains("inline table"), "{e}");
    assert!(
        e.to_string().contains("commented.toml"),
        "names the file: {e}"
    );
    let e = apply_edit(
        &path,
        &bytes,
        &Edit::add_outcome(item(&path, &bytes, 1), "x", OutcomeKind::Note),
        false,
    )
    .expect_err("inline outcomes");
    assert!(e.to_string().contains("inline table"), "{e}");
}

#[test]
fn refusals_say_why() {
    let (path, bytes) = fixture("commented.toml");
    let e = apply_edit(
        &path,
        &bytes,
        &Edit::unmark_discussed(item(&path, &bytes, 0)),
        false,
    )
    .expect_err("not discussed");
    assert!(e.to_string().contains("has no `discussed`"), "{e}");
    let e = apply_edit(
        &path,
        &bytes,
        &Edit::add_outcome(item(&path, &bytes, 0), " \u{7} ", OutcomeKind::Note),
        false,
    )
    .expect_err("empty");
    assert!(e.to_string().contains("empty"), "{e}");
    // A value the loader would not accept is refused by the check, before anything is written.
    let bad = Edit::Discussed {
        item: item(&path, &bytes, 0),
        change: docket::store::edit::FlagChange::Set("\"soon\"".into()),
    };
    let e = apply_edit(&path, &bytes, &bad, false).expect_err("bad value");
    assert!(matches!(e, EditError::Verify { .. }), "{e}");
    let e = apply_edit(
        &path,
        b"title = 1",
        &Edit::unmark_discussed(item(&path, &bytes, 0)),
        false,
    )
    .expect_err("invalid file");
    assert!(e.to_string().contains("fix the file first"), "{e}");
}

#[test]
fn targets_are_found_again_after_the_file_changed() {
    let (path, bytes) = fixture("commented.toml");
    let r = item(&path, &bytes, 2); // Rondvraag
    let text = String::from_utf8(bytes.clone()).expect("utf8");
    // Someone inserts an item before it: the index moved, the title did not.
    let moved = text.replace(
        "[[item]]\ntitle = \"Rondvraag\"",
        "[[item]]\ntitle = \"Nieuw\"\n\n[[item]]\ntitle = \"Rondvraag\"",
    );
    let done = apply_edit(
        &path,
        moved.as_bytes(),
        &Edit::mark_discussed(r.clone(), at("2020-02-10T12:00")),
        true,
    )
    .expect("relocated");
    assert!(done.meeting.items[3].discussed.is_some());
    // Now there are two: refuse rather than guess.
    let twice = format!("{text}\n[[item]]\ntitle = \"Rondvraag\"\n");
    let e = apply_edit(
        &path,
        twice.as_bytes(),
        &Edit::mark_discussed(r.clone(), at("2020-02-10T12:00")),
        true,
    )
    .expect_err("ambiguous");
    assert!(matches!(e, EditError::Ambiguous { count: 2, .. }), "{e}");
    // Or it is gone.
    let gone = text.replace("title = \"Rondvraag\"", "title = \"Rondvraag en sluiting\"");
    let e = apply_edit(
        &path,
        gone.as_bytes(),
        &Edit::mark_discussed(r, at("2020-02-10T12:00")),
        true,
    )
    .expect_err("gone");
    assert!(e.to_string().contains("no longer in the file"), "{e}");
}

/// Every flag and add on every bundled meeting: the inverse gives the bytes back.
#[test]
fn every_edit_on_the_bundled_meetings_round_trips() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("meetings/lovp");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("meetings")
        .flatten()
        .map(|e| e.path())
        .collect();
    files
        .extend(["commented.toml", "crlf_bom.toml", "no_final_newline.toml"].map(|n| fixture(n).0));
    let mut tried = 0;
    for path in files {
        let bytes = std::fs::read(&path).expect("read");
        let m = parse_meeting(&path, &bytes).expect("loads");
        let mut edits = Vec::new();
        for (i, it) in m.items.iter().enumerate() {
            let r = ItemRef::of(&m, i).expect("item");
            edits.push(match it.discussed {
                Some(_) => Edit::unmark_discussed(r.clone()),
                None => Edit::mark_discussed(r.clone(), at("2020-01-01T09:00")),
            });
            edits.push(Edit::add_outcome(r.clone(), "O", OutcomeKind::Note));
            edits.push(Edit::add_action(r, "A", Some("wie"), Some(Due::Next)));
            for (a, act) in it.actions.iter().enumerate() {
                let ar = FollowUpRef::of(&m, i, a).expect("action");
                edits.push(match act.done {
                    Some(_) => Edit::reopen(ar),
                    None => Edit::mark_done(ar, day("2020-01-01")),
                });
            }
        }
        for edit in edits {
            let Ok(done) = apply_edit(&path, &bytes, &edit, false) else {
                continue; // inline tables
            };
            let back =
                apply_edit(&path, &done.bytes, &done.inverse, true).expect("inverse applies");
            assert_eq!(back.bytes, bytes, "{}: {edit}", path.display());
            tried += 1;
        }
    }
    assert!(tried > 30, "only {tried} edits tried");
}

#[test]
fn a_line_removed_from_the_middle_comes_back_in_its_place() {
    let path = PathBuf::from("mid.toml");
    let text = "title = \"x\"\ndate = 2020-01-01\n[[item]]\n  title = \"a\"\n    discussed   =   true\n  minutes = 5\n[[item.action]]\ntext = \"t\"\ndone=2020-01-02\nowner = \"o\"\n";
    let bytes = text.as_bytes();
    golden(
        &path,
        bytes,
        Edit::unmark_discussed(item(&path, bytes, 0)),
        &["    discussed   =   true\n"],
        &[],
    );
    golden(
        &path,
        bytes,
        Edit::reopen(action(&path, bytes, 0, 0)),
        &["done=2020-01-02\n"],
        &[],
    );
    let e = apply_edit(
        &path,
        bytes,
        &Edit::mark_discussed(item(&path, bytes, 0), at("2020-01-01T10:00")),
        false,
    )
    .expect_err("already");
    assert!(e.to_string().contains("already has `discussed`"), "{e}");
}

#[test]
fn an_outcome_past_the_size_cap_is_refused_with_the_reason() {
    let path = PathBuf::from("big.toml");
    let cap = docket::store::MAX_FILE_BYTES as usize;
    let notes = "x".repeat(cap - 200);
    let text = format!(
        "title = \"Raad\"\ndate = 2020-03-09\nnotes = \"{notes}\"\n\n[[item]]\ntitle = \"Opening\"\n"
    );
    let bytes = text.into_bytes();
    parse_meeting(&path, &bytes).expect("just under the cap");
    let edit = Edit::add_outcome(item(&path, &bytes, 0), &"y".repeat(400), OutcomeKind::Note);
    let err = apply_edit(&path, &bytes, &edit, false).expect_err("too large");
    assert!(matches!(err, EditError::TooLarge { .. }), "{err}");
    assert!(err.to_string().contains("more than the 4096 KiB"), "{err}");
}
