//! Golden tests of the agenda and record edits: each edit changes exactly the intended
//! lines (comments, odd spacing, CRLF and a byte-order mark kept), and its inverse gives
//! the original bytes back.

use crate::golden::diff;
use chrono::NaiveDate;
use docket::model::{Due, OutcomeKind};
use docket::store::edit::{
    Edit, EditError, EditResult, ItemFields, ItemRef, SubKind, SubRef, apply_edit,
};
use docket::store::parse_meeting;
use std::path::{Path, PathBuf};

fn fixture(dir: &str, name: &str) -> (PathBuf, Vec<u8>) {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(dir)
        .join(name);
    let bytes = std::fs::read(&path).expect("fixture exists");
    (path, bytes)
}

fn board() -> (PathBuf, Vec<u8>) {
    fixture("agenda", "agenda.toml")
}

fn item(path: &Path, bytes: &[u8], i: usize) -> ItemRef {
    let m = parse_meeting(path, bytes).expect("fixture loads");
    ItemRef::of(&m, i).expect("item exists")
}

fn sub(path: &Path, bytes: &[u8], i: usize, kind: SubKind, n: usize) -> SubRef {
    let m = parse_meeting(path, bytes).expect("fixture loads");
    SubRef::of(&m, i, kind, n).expect("entry exists")
}

fn titles(r: &EditResult) -> Vec<String> {
    r.meeting.items.iter().map(|i| i.title.clone()).collect()
}

fn owned(v: &[&str]) -> Vec<String> {
    v.iter().map(|s| s.to_string()).collect()
}

/// Applies an edit, checks its diff, then checks that the inverse restores the original.
fn golden(path: &Path, bytes: &[u8], edit: Edit, removed: &[&str], added: &[&str]) -> EditResult {
    let done = apply_edit(path, bytes, &edit, false).unwrap_or_else(|e| panic!("{edit}: {e}"));
    assert_eq!(
        diff(bytes, &done.bytes),
        (owned(removed), owned(added)),
        "diff of {edit}"
    );
    undo_restores(path, bytes, &done);
    done
}

fn undo_restores(path: &Path, bytes: &[u8], done: &EditResult) {
    let back = apply_edit(path, &done.bytes, &done.inverse, false)
        .unwrap_or_else(|e| panic!("inverse {}: {e}", done.inverse));
    assert_eq!(
        String::from_utf8_lossy(&back.bytes),
        String::from_utf8_lossy(bytes),
        "inverse {}",
        done.inverse
    );
    assert_eq!(back.bytes, bytes);
}

fn fields(title: &str) -> ItemFields {
    ItemFields {
        title: title.into(),
        ..ItemFields::default()
    }
}

#[test]
fn a_new_item_goes_in_above_the_next_items_comments() {
    let (path, bytes) = board();
    let f = ItemFields {
        title: "Minutes of the last meeting".into(),
        topic: Some("minutes".into()),
        minutes: Some(5),
        presenter: Some("Secretary \"Jo\"".into()),
        notes: None,
        standing: true,
    };
    let done = golden(
        &path,
        &bytes,
        Edit::insert_item(Some(item(&path, &bytes, 0)), f),
        &[],
        &[
            "[[item]]\n",
            "title = \"Minutes of the last meeting\"\n",
            "topic = \"minutes\"\n",
            "minutes = 5\n",
            "presenter = \"Secretary \\\"Jo\\\"\"\n",
            "standing = true\n",
            "\n",
        ],
    );
    assert_eq!(
        titles(&done),
        [
            "Opening",
            "Minutes of the last meeting",
            "Budget",
            "Any other business"
        ]
    );
    let text = String::from_utf8_lossy(&done.bytes);
    assert!(
        text.contains("standing = true\n\n[[item]]\ntitle = \"Minutes"),
        "{text}"
    );
    assert!(
        text.contains("\n\n# the big one\n[[item]]\ntitle = \"Budget\""),
        "{text}"
    );
}

#[test]
fn a_new_item_first_or_last() {
    let (path, bytes) = board();
    let first = golden(
        &path,
        &bytes,
        Edit::insert_item(None, fields("Welcome")),
        &[],
        // (The diff shows the shared `[[item]]` line after: the same three new lines.)
        &["title = \"Welcome\"\n", "\n", "[[item]]\n"],
    );
    assert_eq!(titles(&first)[0], "Welcome");
    assert!(
        String::from_utf8_lossy(&first.bytes)
            .contains("# ---- agenda ----\n\n[[item]]\ntitle = \"Welcome\"")
    );
    let last = golden(
        &path,
        &bytes,
        Edit::insert_item(Some(item(&path, &bytes, 2)), fields("Closing")),
        &[],
        &["\n", "[[item]]\n", "title = \"Closing\"\n"],
    );
    assert_eq!(titles(&last)[3], "Closing");
    // Without a final newline the file still ends without one.
    let (path, bytes) = fixture("edits", "no_final_newline.toml");
    let done = golden(
        &path,
        &bytes,
        Edit::insert_item(Some(item(&path, &bytes, 1)), fields("Na")),
        &["done = 2020-03-01"],
        &["done = 2020-03-01\n", "\n", "[[item]]\n", "title = \"Na\""],
    );
    assert!(!done.bytes.ends_with(b"\n"));
}

#[test]
fn deleting_an_item_takes_its_record_and_comments_and_undo_puts_back_every_byte() {
    let (path, bytes) = board();
    let done = golden(
        &path,
        &bytes,
        Edit::RemoveItem {
            item: item(&path, &bytes, 1),
        },
        &[
            "# the big one\n",
            "[[item]]\n",
            "title = \"Budget\"   # keep this comment\n",
            "  minutes    = 20\n",
            "presenter = \"Treasurer\"\n",
            "notes = \"\"\"\n",
            "Line one.\n",
            "# not a comment: inside the string\n",
            "\"\"\"\n",
            "\n",
            "[[item.outcome]]\n",
            "text = \"Budget approved.\"\n",
            "kind = \"decision\"\n",
            "\n",
            "# follow-up\n",
            "[[item.action]]\n",
            "text = \"Publish budget\"\n",
            "owner = \"Secretary\"\n",
            "due = \"next\"\n",
            "\n",
            "\n",
        ],
        &[],
    );
    assert_eq!(titles(&done), ["Opening", "Any other business"]);
    // The last item goes with the one blank line before it.
    let done = golden(
        &path,
        &bytes,
        Edit::RemoveItem {
            item: item(&path, &bytes, 2),
        },
        &[
            "\n",
            "[[item]]\n",
            "title = \"Any other business\"\n",
            "topic = \"aob\"   # history key\n",
            "standing = true\n",
        ],
        &[],
    );
    assert!(done.bytes.ends_with(b"due = \"next\"\n\n"));
}

#[test]
fn crlf_bom_and_no_final_newline_survive_delete_and_move() {
    let (path, bytes) = fixture("agenda", "crlf_bom.toml");
    let done = golden(
        &path,
        &bytes,
        Edit::RemoveItem {
            item: item(&path, &bytes, 2),
        },
        &[
            "text = \"Publish\"\r\n",
            "\r\n",
            "[[item]]\r\n",
            "title = \"Closing\"",
        ],
        &["text = \"Publish\""],
    );
    assert!(done.bytes.starts_with(b"\xef\xbb\xbf"));
    assert!(
        done.bytes.ends_with(b"text = \"Publish\""),
        "no newline added"
    );
    // The last item moves up: it gets a line end, the one now last loses it.
    let up = apply_edit(
        &path,
        &bytes,
        &Edit::MoveItem {
            item: item(&path, &bytes, 2),
            up: true,
        },
        false,
    )
    .expect("move up");
    let expected = "\u{feff}title = \"Board\"\r\ndate = 2024-03-12\r\n\r\n[[item]]\r\ntitle = \"Opening\"\r\n\r\n[[item]]\r\ntitle = \"Closing\"\r\n\r\n[[item]]\r\n# note\r\ntitle = \"Budget\"\r\n\r\n[[item.outcome]]\r\ntext = \"Approved\"\r\n\r\n[[item.action]]\r\ntext = \"Publish\"";
    assert_eq!(String::from_utf8_lossy(&up.bytes), expected);
    undo_restores(&path, &bytes, &up);
}

#[test]
fn moving_keeps_the_spacing_between_items_and_takes_comments_along() {
    let (path, bytes) = board();
    let down = apply_edit(
        &path,
        &bytes,
        &Edit::MoveItem {
            item: item(&path, &bytes, 1),
            up: false,
        },
        false,
    )
    .expect("move down");
    assert_eq!(titles(&down), ["Opening", "Any other business", "Budget"]);
    let text = String::from_utf8_lossy(&down.bytes);
    assert!(
        text.contains(
            "standing = true\n\n[[item]]\ntitle = \"Any other business\"\ntopic = \"aob\"   # history key\nstanding = true\n\n\n# the big one\n[[item]]\ntitle = \"Budget\""
        ),
        "{text}"
    );
    assert!(text.ends_with("due = \"next\"\n"), "{text}");
    undo_restores(&path, &bytes, &down);
    // Up and then down again is the identity too.
    let up = apply_edit(
        &path,
        &bytes,
        &Edit::MoveItem {
            item: item(&path, &bytes, 1),
            up: true,
        },
        false,
    )
    .expect("move up");
    assert_eq!(titles(&up), ["Budget", "Opening", "Any other business"]);
    assert!(String::from_utf8_lossy(&up.bytes).starts_with(
        "# Board, 12 March 2024: written by hand.\ntitle   =   'Board'   # odd spacing\ndate=2024-03-12\n\n# ---- agenda ----\n\n# the big one\n[[item]]\ntitle = \"Budget\""
    ));
    assert!(String::from_utf8_lossy(&up.bytes).contains("due = \"next\"\n\n[[item]]\ntitle = \"Opening\"\nstanding = true\n\n\n[[item]]\ntitle = \"Any"));
    undo_restores(&path, &bytes, &up);
    for (i, up) in [(0, true), (2, false)] {
        let e = apply_edit(
            &path,
            &bytes,
            &Edit::MoveItem {
                item: item(&path, &bytes, i),
                up,
            },
            false,
        )
        .expect_err("nothing to swap with");
        assert!(matches!(e, EditError::Unchanged { .. }), "{e}");
    }
}

#[test]
fn editing_an_items_fields_changes_only_those_lines() {
    let (path, bytes) = board();
    let m = parse_meeting(&path, &bytes).expect("loads");
    let budget = &m.items[1];
    let f = ItemFields {
        title: "Budget 2025".into(),
        topic: None,
        minutes: Some(30),
        presenter: None,
        notes: budget.notes.clone(),
        standing: false,
    };
    let edit = Edit::edit_item(item(&path, &bytes, 1), budget, f).expect("a change");
    let done = golden(
        &path,
        &bytes,
        edit,
        &[
            "title = \"Budget\"   # keep this comment\n",
            "  minutes    = 20\n",
            "presenter = \"Treasurer\"\n",
            "notes = \"\"\"\n",
            "Line one.\n",
            "# not a comment: inside the string\n",
            "\"\"\"\n",
        ],
        &[
            "title = \"Budget 2025\"   # keep this comment\n",
            "  minutes    = 30\n",
            "notes = \"\"\"\n",
            "Line one.\n",
            "# not a comment: inside the string\n",
            "\"\"\"\n",
            "topic = \"budget\"\n",
        ],
    );
    // The title changed, so the old topic is written to keep the history linked.
    let it = &done.meeting.items[1];
    assert_eq!(
        (it.title.as_str(), it.topic.as_str()),
        ("Budget 2025", "budget")
    );
    assert!(String::from_utf8_lossy(&done.bytes).contains("\"\"\"\ntopic = \"budget\"\n"));
    // Nothing changed: no edit at all.
    let same = ItemFields {
        title: budget.title.clone(),
        topic: None,
        minutes: budget.minutes,
        presenter: budget.presenter.clone(),
        notes: budget.notes.clone(),
        standing: budget.standing,
    };
    assert_eq!(Edit::edit_item(item(&path, &bytes, 1), budget, same), None);
}

#[test]
fn standing_is_set_and_removed_as_one_line() {
    let (path, bytes) = board();
    golden(
        &path,
        &bytes,
        Edit::set_standing(item(&path, &bytes, 2), false),
        &["standing = true\n"],
        &[],
    );
    let done = golden(
        &path,
        &bytes,
        Edit::set_standing(item(&path, &bytes, 1), true),
        &[],
        &["standing = true\n"],
    );
    assert!(done.meeting.items[1].standing);
    assert!(
        String::from_utf8_lossy(&done.bytes)
            .contains("\"\"\"\nstanding = true\n\n[[item.outcome]]")
    );
}

#[test]
fn outcomes_and_actions_are_edited_deleted_and_put_back() {
    let (path, bytes) = board();
    let m = parse_meeting(&path, &bytes).expect("loads");
    let a = &m.items[1].actions[0];
    let r = sub(&path, &bytes, 1, SubKind::Action, 0);
    let edit = Edit::edit_action(
        r.clone(),
        a,
        "Publish the budget",
        None,
        Some(Due::Month {
            year: 2024,
            month: 6,
        }),
    )
    .expect("a change");
    golden(
        &path,
        &bytes,
        edit,
        &[
            "text = \"Publish budget\"\n",
            "owner = \"Secretary\"\n",
            "due = \"next\"\n",
        ],
        &["text = \"Publish the budget\"\n", "due = \"2024-06\"\n"],
    );
    let day = NaiveDate::from_ymd_opt(2024, 3, 20).expect("date");
    let dropped = golden(
        &path,
        &bytes,
        Edit::close_dropped(r.clone(), day),
        &[],
        &["done = 2024-03-20\n", "dropped = true\n"],
    );
    assert!(dropped.meeting.items[1].actions[0].dropped);
    let o = sub(&path, &bytes, 1, SubKind::Outcome, 0);
    golden(
        &path,
        &bytes,
        Edit::edit_outcome(
            o.clone(),
            &m.items[1].outcomes[0],
            "Budget approved.",
            OutcomeKind::Note,
        )
        .expect("a change"),
        &["kind = \"decision\"\n"],
        &["kind = \"note\"\n"],
    );
    golden(
        &path,
        &bytes,
        Edit::RemoveSub { sub: o },
        &[
            "[[item.outcome]]\n",
            "text = \"Budget approved.\"\n",
            "kind = \"decision\"\n",
            "\n",
        ],
        &[],
    );
    let gone = golden(
        &path,
        &bytes,
        Edit::RemoveSub { sub: r },
        &[
            "# follow-up\n",
            "[[item.action]]\n",
            "text = \"Publish budget\"\n",
            "owner = \"Secretary\"\n",
            "due = \"next\"\n",
            "\n",
            "\n",
        ],
        &[],
    );
    assert!(gone.meeting.items[1].actions.is_empty());
}

#[test]
fn inline_lists_are_refused_with_the_reason_and_nothing_changes() {
    let (path, bytes) = fixture("edits", "commented.toml");
    let m = parse_meeting(&path, &bytes).expect("loads");
    let inline = m
        .items
        .iter()
        .position(|i| i.title == "Inline")
        .expect("item");
    let e = apply_edit(
        &path,
        &bytes,
        &Edit::RemoveSub {
            sub: SubRef::of(&m, inline, SubKind::Outcome, 0).expect("outcome"),
        },
        false,
    )
    .expect_err("inline");
    assert!(e.to_string().contains("inline table"), "{e}");
    // The item as a whole is a block of lines: it moves and goes like any other.
    let up = apply_edit(
        &path,
        &bytes,
        &Edit::MoveItem {
            item: ItemRef::of(&m, inline).expect("item"),
            up: true,
        },
        false,
    )
    .expect("moves");
    assert_eq!(up.meeting.items[0].title, "Inline");
    undo_restores(&path, &bytes, &up);
}

#[test]
fn undoing_a_delete_after_someone_else_changed_the_file_puts_it_before_its_neighbour() {
    let (path, bytes) = board();
    let done = apply_edit(
        &path,
        &bytes,
        &Edit::RemoveItem {
            item: item(&path, &bytes, 1),
        },
        false,
    )
    .expect("delete");
    // Someone adds a line at the top: byte offsets no longer hold.
    let mut changed = b"# edited elsewhere\n".to_vec();
    changed.extend_from_slice(&done.bytes);
    let back = apply_edit(&path, &changed, &done.inverse, true).expect("put back");
    let mut want = b"# edited elsewhere\n".to_vec();
    want.extend_from_slice(&bytes);
    assert_eq!(
        String::from_utf8_lossy(&back.bytes),
        String::from_utf8_lossy(&want)
    );
    // With the neighbour gone too, it is refused, not guessed.
    let without = apply_edit(
        &path,
        &changed,
        &Edit::RemoveItem {
            item: item(&path, &changed, 1),
        },
        false,
    )
    .expect("delete the neighbour");
    let e = apply_edit(&path, &without.bytes, &done.inverse, true).expect_err("neighbour gone");
    assert!(matches!(e, EditError::NotFound { .. }), "{e}");
}
