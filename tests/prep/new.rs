//! `docket new`: drafts the next meeting of a series.

use crate::support::prep::*;

fn titles(text: &str) -> Vec<String> {
    let doc: toml::Table = toml::from_str(text).expect("draft is TOML");
    doc["item"]
        .as_array()
        .expect("items")
        .iter()
        .map(|i| i["topic"].as_str().expect("topic").to_string())
        .collect()
}

#[test]
fn lovp_june_draft_carries_the_june_follow_up() {
    let tmp = copy_dir(std::path::Path::new(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/meetings"
    )));
    let dir = tmp.path().to_str().expect("utf-8");
    let o = docket(&[
        "new",
        dir,
        "--series",
        "lovp",
        "--date",
        "2020-06-15",
        "--start",
        "10:00",
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let path = tmp.path().join("lovp/2020-06-15.toml");
    assert_eq!(stdout(&o).trim(), path.to_str().expect("utf-8"));
    let text = std::fs::read_to_string(&path).expect("written");
    let topics = titles(&text);
    assert!(topics.contains(&"herijking-lva".to_string()), "{topics:?}");
    assert!(
        !topics.contains(&"vuurwerk".to_string()),
        "September is later"
    );
    // In the order of the newest meeting that had them: March's two, then February's.
    assert_eq!(topics, ["inzetbaarheid", "ondermijning", "herijking-lva"]);
    assert!(text.contains("# - \"Voorstel herijking landelijke veiligheidsagenda\" (Eenheidschefs, due 2020-06, from lovp 2020-02-10)"), "{text}");
    assert!(text.contains("start = 10:00:00"));
    assert!(text.contains("attendees = [\"Korpschef\", \"Regioburgemeesters\"]"));
    let check = docket(&["check", dir, "--today", "2020-06-01"]);
    assert_eq!(
        check.status.code(),
        Some(0),
        "the draft passes check: {}",
        stderr(&check)
    );
    // Only lint warnings remain: the two overdue follow-ups from February are still open.
    let err = stderr(&check);
    assert!(err.lines().all(|l| l.contains(": warning: ")), "{err}");
    assert_eq!(err.matches("[past-due]").count(), 2, "{err}");
}

#[test]
fn board_draft_keeps_opening_and_closing_and_refuses_to_overwrite() {
    let tmp = copy_dir(&fixtures().join("board"));
    let dir = tmp.path().to_str().expect("utf-8");
    let args = ["new", dir, "--series", "board", "--date", "2024-03-13"];
    let o = docket(&args);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let path = tmp.path().join("2024-03-13.toml");
    let text = std::fs::read_to_string(&path).expect("written");
    assert_eq!(
        titles(&text),
        ["opening", "website", "budget", "any-other-business"]
    );
    assert!(text.contains("location = \"Town hall, room 2\""));
    assert!(text.contains("chair = \"Anna de Vries\""));
    assert!(text.contains("start = 19:00:00"));
    assert!(text.contains("# Carries 2 actions due at or before 2024-03-13:"));
    assert!(
        !text.contains("Secret action"),
        "actions without due point are not carried"
    );

    std::fs::write(&path, "# edited by hand\n").expect("edit");
    let again = docket(&args);
    assert_eq!(again.status.code(), Some(1));
    assert!(
        stderr(&again).contains("already exists"),
        "{}",
        stderr(&again)
    );
    assert_eq!(
        std::fs::read_to_string(&path).expect("read"),
        "# edited by hand\n"
    );
}

#[test]
fn dry_run_prints_and_writes_nothing() {
    let tmp = copy_dir(&fixtures().join("board"));
    let dir = tmp.path().to_str().expect("utf-8");
    let o = docket(&[
        "new",
        dir,
        "--series",
        "board",
        "--date",
        "2024-03-13",
        "--dry-run",
    ]);
    assert_eq!(o.status.code(), Some(0));
    assert!(stdout(&o).starts_with("# Draft made by `docket new`"));
    assert!(!tmp.path().join("2024-03-13.toml").exists());
}

#[test]
fn unknown_series_and_taken_date_are_errors() {
    let dir = fixtures().join("board");
    let dir = dir.to_str().expect("utf-8");
    let o = docket(&[
        "new",
        dir,
        "--series",
        "nope",
        "--date",
        "2024-03-13",
        "--dry-run",
    ]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("no series `nope`; known: board"));
    let o = docket(&[
        "new",
        dir,
        "--series",
        "board",
        "--date",
        "2024-02-14",
        "--dry-run",
    ]);
    assert!(stderr(&o).contains("already has a meeting on 2024-02-14"));
}

#[test]
fn standing_marks_and_parked_items_shape_the_draft_next_to_the_series_files() {
    let tmp = copy_dir(&fixtures().join("board"));
    let feb = tmp.path().join("2024-02-14.toml");
    let text = std::fs::read_to_string(&feb).expect("read");
    let marked = text
        .replace(
            "title = \"Opening\"\nminutes = 5\n",
            "title = \"Opening\"\nminutes = 5\npresenter = \"Anna\"\ntags = [\"formal\"]\nnotes = \"Not copied.\"\nstanding = true\n",
        )
        .replace(
            "title = \"Any other business\"",
            "title = \"Any other business\"\nstanding = true",
        );
    assert_ne!(marked, text);
    std::fs::write(&feb, marked).expect("mark");
    let parked = tmp.path().join(".parked-board.toml");
    std::fs::write(
        &parked,
        "title = \"Parked items\"\nseries = \"board\"\ndate = 2024-02-14\n\n[[item]]\ntitle = \"Staff outing\"\nminutes = 10\nnotes = \"Kept from February.\"\n",
    )
    .expect("park");
    let dir = tmp.path().to_str().expect("utf-8");
    let o = docket(&["new", dir, "--series", "board", "--date", "2024-03-13"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let path = tmp.path().join("2024-03-13.toml");
    assert_eq!(stdout(&o).trim(), path.to_str().expect("utf-8"));
    let text = std::fs::read_to_string(&path).expect("written");
    assert_eq!(
        titles(&text),
        [
            "opening",
            "website",
            "budget",
            "staff-outing",
            "any-other-business"
        ]
    );
    assert!(text.contains("# Standing items: those marked `standing = true` on 2024-02-14."));
    assert!(
        text.contains("title = \"Opening\"\ntopic = \"opening\"\nminutes = 5\npresenter = \"Anna\"\ntags = [\"formal\"]\nstanding = true\n"),
        "{text}"
    );
    assert!(!text.contains("Not copied"));
    assert!(text.contains("# Parked for this meeting.\ntitle = \"Staff outing\"\ntopic = \"staff-outing\"\nminutes = 10\nnotes = \"\"\"\nKept from February.\"\"\"\n"), "{text}");
    assert!(!parked.exists(), "the parked items are on the draft now");
    let check = docket(&["check", dir, "--today", "2024-03-01"]);
    assert_eq!(check.status.code(), Some(0), "{}", stderr(&check));
}

#[test]
fn the_asf_board_series_stored_flat_gets_a_real_draft() {
    let corpus = std::path::Path::new("/work/shared/corpus/asf-board");
    if !corpus.exists() {
        eprintln!("skipped: the ASF corpus is not on this machine");
        return;
    }
    let tmp = copy_dir(corpus);
    let dir = tmp.path().to_str().expect("utf-8");
    let o = docket(&["new", dir, "--series", "asf-board", "--date", "2015-05-20"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let text = std::fs::read_to_string(tmp.path().join("2015-05-20.toml")).expect("flat");
    let topics = titles(&text);
    assert_eq!(
        topics[..8],
        [
            "call-to-order",
            "roll-call",
            "previous-minutes",
            "officer-chairman",
            "officer-president",
            "officer-treasurer",
            "officer-secretary",
            "officer-executive-vice-president"
        ]
    );
    assert_eq!(topics.last().map(String::as_str), Some("adjournment"));
    assert!(
        text.contains("are guessed"),
        "the header says what was used"
    );
    assert!(text.contains("presenter = \"Brett Porter\""));
    let check = docket(&["check", dir, "--today", "2015-05-01"]);
    assert_eq!(check.status.code(), Some(0), "{}", stderr(&check));
}

#[test]
fn the_new_file_is_named_as_the_series_files_are() {
    let tmp = tempfile::tempdir().expect("tmp");
    let sub = tmp.path().join("bodies/lovp");
    std::fs::create_dir_all(&sub).expect("mkdir");
    let src = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("meetings/lovp");
    for (from, to) in [
        ("2020-02-10.toml", "lovp_20200210.toml"),
        ("2020-03-09.toml", "lovp_20200309.toml"),
    ] {
        std::fs::copy(src.join(from), sub.join(to)).expect("copy");
    }
    let dir = tmp.path().to_str().expect("utf-8");
    let o = docket(&["new", dir, "--series", "lovp", "--date", "2020-06-15"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let path = sub.join("lovp_20200615.toml");
    assert_eq!(stdout(&o).trim(), path.to_str().expect("utf-8"));
    assert!(path.exists());
}

#[test]
fn a_broken_parked_file_stops_the_draft_with_its_position() {
    let tmp = copy_dir(&fixtures().join("board"));
    std::fs::write(
        tmp.path().join(".parked-board.toml"),
        "title = \"Parked items\"\nseries = \"board\"\ndate = 2024-02-14\n[[item]]\ntitel = \"x\"\n",
    )
    .expect("write");
    let dir = tmp.path().to_str().expect("utf-8");
    let o = docket(&["new", dir, "--series", "board", "--date", "2024-03-13"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains(".parked-board.toml:5:1: item 1: unknown key `titel`"),
        "{}",
        stderr(&o)
    );
    assert!(!tmp.path().join("2024-03-13.toml").exists());
    // `docket check` finds it too, though it is not a meeting.
    let check = docket(&["check", dir, "--today", "2024-03-01"]);
    assert_eq!(check.status.code(), Some(1));
    assert!(stderr(&check).contains(".parked-board.toml:5:1: item 1: unknown key `titel`"));
}

#[test]
fn marks_of_an_earlier_meeting_count_when_the_last_one_has_none() {
    let tmp = copy_dir(&fixtures().join("board"));
    let jan = tmp.path().join("2024-01-10.toml");
    let text = std::fs::read_to_string(&jan).expect("read");
    let marked = text.replacen(
        "title = \"Opening\"\n",
        "title = \"Opening\"\nstanding = true\n",
        1,
    );
    assert_ne!(marked, text);
    std::fs::write(&jan, marked).expect("mark");
    let dir = tmp.path().to_str().expect("utf-8");
    let o = docket(&[
        "new",
        dir,
        "--series",
        "board",
        "--date",
        "2024-03-13",
        "--dry-run",
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let text = stdout(&o);
    assert!(text.contains("# Standing items: those marked `standing = true` on 2024-01-10."));
    assert_eq!(titles(&text), ["opening", "website", "budget"]);
}
