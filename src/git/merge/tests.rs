use super::*;

/// The conflicts as the driver prints them in English.
fn said(m: &Merged) -> Vec<String> {
    m.conflicts.iter().map(ToString::to_string).collect()
}

const BASE: &str = r#"# LOVP, maart
title = "LOVP"
date = 2020-03-09

[[item]]
title = "Opening"
discussed = 2020-03-09T10:00:00

[[item]]
title = "Budget 2024"   # the big one
minutes = 30

[[item.outcome]]
text = "Eerste lezing"

# follow-ups
[[item.action]]
text = "Notitie sturen"
owner = "Anna"

[[item]]
title = "Rondvraag"
"#;

fn merge(base: &str, ours: &str, theirs: &str) -> Merged {
    merge_meeting(
        Path::new("m.toml"),
        base.as_bytes(),
        ours.as_bytes(),
        theirs.as_bytes(),
    )
    .unwrap()
}

fn text(m: &Merged) -> &str {
    std::str::from_utf8(&m.bytes).unwrap()
}

fn after(anchor: &str, add: &str) -> String {
    assert!(BASE.contains(anchor), "{anchor}");
    BASE.replacen(anchor, &format!("{anchor}{add}"), 1)
}

#[test]
fn outcomes_added_on_both_sides_are_both_kept_ours_first() {
    let anchor = "text = \"Eerste lezing\"\n";
    let ours = after(
        anchor,
        "\n[[item.outcome]]\ntext = \"Ons besluit\"\nkind = \"decision\"\n",
    );
    let theirs = after(anchor, "\n[[item.outcome]]\ntext = \"Hun afspraak\"\n");
    let m = merge(BASE, &ours, &theirs);
    assert_eq!(m.conflicts, Vec::new());
    let want = after(
        anchor,
        "\n[[item.outcome]]\ntext = \"Ons besluit\"\nkind = \"decision\"\n\n[[item.outcome]]\ntext = \"Hun afspraak\"\n",
    );
    assert_eq!(text(&m), want);
}

#[test]
fn actions_added_at_the_end_of_the_file_on_both_sides() {
    let ours = format!("{BASE}\n[[item.action]]\ntext = \"Wij doen dit\"\n");
    let theirs = format!("{BASE}\n[[item.action]]\ntext = \"Zij doen dat\"\ndue = \"next\"\n");
    let m = merge(BASE, &ours, &theirs);
    assert!(m.conflicts.is_empty());
    assert_eq!(
        text(&m),
        format!(
            "{BASE}\n[[item.action]]\ntext = \"Wij doen dit\"\n\n[[item.action]]\ntext = \"Zij doen dat\"\ndue = \"next\"\n"
        )
    );
}

#[test]
fn different_items_marked_discussed_on_each_side() {
    let ours = BASE.replace(
        "minutes = 30\n",
        "minutes = 30\ndiscussed = 2020-03-09T10:20:00\n",
    );
    let theirs = BASE.replace(
        "title = \"Rondvraag\"\n",
        "title = \"Rondvraag\"\ndiscussed = 2020-03-09T11:00:00\n",
    );
    let m = merge(BASE, &ours, &theirs);
    assert!(m.conflicts.is_empty());
    assert_eq!(
        text(&m),
        ours.replace(
            "title = \"Rondvraag\"\n",
            "title = \"Rondvraag\"\ndiscussed = 2020-03-09T11:00:00\n"
        )
    );
}

#[test]
fn a_key_changed_on_one_side_takes_that_change_keeping_our_layout() {
    let ours = BASE.replace("# LOVP, maart", "# LOVP, maart (concept)");
    let theirs = BASE.replace("minutes = 30", "minutes = 45   # langer");
    let m = merge(BASE, &ours, &theirs);
    assert!(m.conflicts.is_empty());
    assert_eq!(
        text(&m),
        ours.replace("minutes = 30", "minutes = 45   # langer")
    );
}

#[test]
fn the_same_value_written_differently_is_no_change() {
    let theirs = BASE.replace("owner = \"Anna\"", "owner = 'Anna'");
    let ours = BASE.replace("owner = \"Anna\"", "owner = \"Anna\"\ndone = 2020-04-01");
    let m = merge(BASE, &ours, &theirs);
    assert!(m.conflicts.is_empty());
    assert_eq!(text(&m), ours);
}

#[test]
fn the_same_key_changed_on_both_sides_is_marked_at_that_key_only() {
    let ours = BASE.replace("T10:00:00", "T10:05:00");
    let theirs = BASE.replace("T10:00:00", "T10:07:00");
    let m = merge(BASE, &ours, &theirs);
    assert_eq!(said(&m), vec!["item 'Opening': `discussed` differs"]);
    assert_eq!(
        text(&m),
        BASE.replace(
            "discussed = 2020-03-09T10:00:00\n",
            "<<<<<<< ours\ndiscussed = 2020-03-09T10:05:00\n=======\ndiscussed = 2020-03-09T10:07:00\n>>>>>>> theirs\n"
        )
    );
    let diags = parse_meeting(Path::new("m.toml"), &m.bytes).unwrap_err();
    assert_eq!(
        diags[0].message,
        Box::new(crate::store::Problem::MergeConflict),
        "{diags:?}"
    );
    assert_eq!(diags[0].line, 7);
}

#[test]
fn items_added_on_both_sides_and_one_removed() {
    let ours = BASE.replace(
        "[[item]]\ntitle = \"Opening\"\ndiscussed = 2020-03-09T10:00:00\n\n",
        "",
    ) + "\n[[item]]\ntitle = \"Sluiting\"\n";
    let theirs = format!("{BASE}\n[[item]]\ntitle = \"WVTTK\"\n");
    let m = merge(BASE, &ours, &theirs);
    assert!(m.conflicts.is_empty());
    assert_eq!(text(&m), format!("{ours}\n[[item]]\ntitle = \"WVTTK\"\n"));
}

#[test]
fn removed_on_one_side_changed_on_the_other_is_a_conflict() {
    let ours = BASE.replace("[[item]]\ntitle = \"Rondvraag\"\n", "");
    let theirs = BASE.replace(
        "title = \"Rondvraag\"\n",
        "title = \"Rondvraag\"\nminutes = 5\n",
    );
    let m = merge(BASE, &ours, &theirs);
    assert_eq!(
        said(&m),
        vec!["item 'Rondvraag': removed on our side, changed on theirs"]
    );
    assert!(
        text(&m).contains(
            "<<<<<<< ours\n=======\n[[item]]\ntitle = \"Rondvraag\"\nminutes = 5\n>>>>>>> theirs\n"
        ),
        "{}",
        text(&m)
    );
}

#[test]
fn crlf_and_a_missing_final_newline_stay() {
    let base = BASE.replace('\n', "\r\n");
    let base = base.trim_end();
    let theirs = format!("{base}\r\ndiscussed = true");
    let m = merge(base, base, &theirs);
    assert!(m.conflicts.is_empty());
    assert_eq!(text(&m), theirs, "a missing final newline stays missing");
}

#[test]
fn an_invalid_side_is_refused_for_the_text_merge() {
    let err = merge_meeting(
        Path::new("m.toml"),
        BASE.as_bytes(),
        b"title = ",
        BASE.as_bytes(),
    );
    assert!(
        matches!(err, Err(MergeError::Invalid { side: "our", .. })),
        "{err:?}"
    );
}

#[test]
fn a_file_added_on_both_sides_merges_against_nothing() {
    let ours = format!("{BASE}\n[[item.outcome]]\ntext = \"Ons\"\n");
    let theirs = BASE.replace("minutes = 30", "minutes = 30\npresenter = \"Bert\"");
    let m = merge("", &ours, &theirs);
    assert!(m.conflicts.is_empty(), "{:?}", m.conflicts);
    assert_eq!(
        text(&m),
        ours.replace("minutes = 30", "minutes = 30\npresenter = \"Bert\"")
    );
    let other = BASE.replace("2020-03-09\n", "2020-03-10\n");
    let m = merge("", BASE, &other);
    assert_eq!(said(&m), vec!["meeting: `date` differs"]);
}

const ODD: &str = "\u{feff}\"title\" = 'Raad'   # quoted key, literal string\r\ndate = 2024-05-13\r\nnotes = \"\"\"\r\n[[item]] inside a string\r\n<<<<<<< not a marker\r\n\"\"\"\r\n\r\n  [[item]]   # indented header\r\n  title = \"A\"\r\n\r\n  # about B\r\n  [[ item ]]\r\n  title = \"B\"\r\n  [[item.outcome]]\r\n  text = \"x\"\r\n  [[item.outcome]]\r\n  text = \"x\"";

#[test]
fn odd_layouts_merge_in_place() {
    let ours = ODD.replace("title = \"A\"\r\n", "title = \"A\"\r\ndiscussed = true\r\n");
    let theirs = format!("{ODD}\r\n  [[item.action]]\r\n  text = \"y\"");
    let m = merge(ODD, &ours, &theirs);
    assert!(m.conflicts.is_empty(), "{:?}", m.conflicts);
    assert_eq!(
        text(&m),
        format!("{ours}\r\n  [[item.action]]\r\n  text = \"y\"")
    );
    // The second "x" is its own outcome: removing it on one side removes only it.
    let fewer = ODD.replace("\r\n  [[item.outcome]]\r\n  text = \"x\"", "");
    let fewer = format!("{fewer}\r\n  [[item.outcome]]\r\n  text = \"x\"");
    assert_eq!(fewer.matches("text = \"x\"").count(), 1);
    let m = merge(ODD, &ours, &fewer);
    assert!(m.conflicts.is_empty(), "{:?}", m.conflicts);
    assert_eq!(text(&m).matches("text = \"x\"").count(), 1, "{}", text(&m));
    assert!(text(&m).starts_with('\u{feff}'));
}

#[test]
fn attendance_marked_on_two_machines_is_merged_as_a_set_of_names() {
    let base = BASE.replace(
        "date = 2020-03-09\n",
        "date = 2020-03-09\npresent = [\"Anna\", \"Bram\"]\n",
    );
    let ours = base.replace("[\"Anna\", \"Bram\"]", "[\"Anna\", \"Bram\", \"Chris\"]");
    let theirs = base.replace("[\"Anna\", \"Bram\"]", "[\"Bram\", \"Dewi\"]");
    let m = merge(&base, &ours, &theirs);
    assert!(m.conflicts.is_empty(), "{:?}", m.conflicts);
    assert_eq!(
        text(&m),
        base.replace(
            "present = [\"Anna\", \"Bram\"]",
            "present = [\"Bram\", \"Chris\", \"Dewi\"]"
        )
    );
    // Only one side marked anyone: that side's line, byte for byte.
    let first = BASE.replace(
        "date = 2020-03-09\n",
        "date = 2020-03-09\npresent = [\"Anna\"]\n",
    );
    let m = merge(BASE, &first, BASE);
    assert_eq!(text(&m), first);
    // Both sides start the list: both names, no conflict.
    let theirs = BASE.replace(
        "date = 2020-03-09\n",
        "date = 2020-03-09\npresent = [\"Bram\"]\n",
    );
    let m = merge(BASE, &first, &theirs);
    assert!(m.conflicts.is_empty(), "{:?}", m.conflicts);
    assert!(
        text(&m).contains("present = [\"Anna\", \"Bram\"]\n"),
        "{}",
        text(&m)
    );
}
