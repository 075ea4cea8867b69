//! `docket merge` as git's merge driver: through a real `git merge` with the driver set up,
//! called directly with files that are not meetings (the text-merge fallback), and a
//! property test over random pairs of docket's own edits on both sides of a common base.

use crate::support::git::{FILE, MEETING, Team, insert_after, text};
use docket::git::merge::{MIDDLE_MARK, OURS_MARK, THEIRS_MARK, merge_meeting};
use docket::model::{Due, Meeting, OutcomeKind};
use docket::store::edit::{Edit, FollowUpRef, ItemRef, apply_edit};
use docket::store::parse_meeting;
use proptest::prelude::*;
use std::path::Path;

/// Two branches of one repository with the driver set up by hand, as docs/team.md says.
fn branches(team: &Team, ours: &str, theirs: &str) -> std::path::PathBuf {
    let repo = team.clone_as("repo", "Anna");
    let exe = env!("CARGO_BIN_EXE_docket");
    team.git(
        &repo,
        &[
            "config",
            "merge.docket.driver",
            &format!("'{exe}' merge %O %A %B %P"),
        ],
    );
    std::fs::write(repo.join(".gitattributes"), "*.toml merge=docket\n").expect("attributes");
    team.git(&repo, &["add", ".gitattributes"]);
    team.git(&repo, &["commit", "--quiet", "-m", "driver"]);
    team.git(&repo, &["checkout", "--quiet", "-b", "theirs"]);
    std::fs::write(repo.join(FILE), theirs).expect("write");
    team.git(&repo, &["commit", "--quiet", "-am", "theirs"]);
    team.git(&repo, &["checkout", "--quiet", "main"]);
    std::fs::write(repo.join(FILE), ours).expect("write");
    team.git(&repo, &["commit", "--quiet", "-am", "ours"]);
    repo
}

#[test]
fn git_merge_keeps_outcomes_and_actions_added_on_both_branches() {
    let team = Team::new();
    let anchor = "text = \"Eerste lezing\"\n";
    let ours = insert_after(
        MEETING,
        anchor,
        "\n[[item.action]]\ntext = \"Ons\"\nowner = \"Anna\"\n",
    );
    let theirs = insert_after(
        MEETING,
        anchor,
        "\n[[item.action]]\ntext = \"Hun\"\ndue = \"next\"\n",
    );
    let repo = branches(&team, &ours, &theirs);
    let out = team.git_output(&repo, &["merge", "--no-edit", "theirs"]);
    assert!(
        out.status.success(),
        "{}{}",
        text(&out.stdout),
        text(&out.stderr)
    );
    assert_eq!(
        team.read(&repo),
        insert_after(
            MEETING,
            anchor,
            "\n[[item.action]]\ntext = \"Ons\"\nowner = \"Anna\"\n\n[[item.action]]\ntext = \"Hun\"\ndue = \"next\"\n"
        )
    );
}

#[test]
fn git_merge_marks_a_key_changed_on_both_branches_and_names_it() {
    let team = Team::new();
    let ours = MEETING.replace(
        "title = \"Rondvraag\"\n",
        "title = \"Rondvraag\"\ndiscussed = 2020-03-09T11:00:00\n",
    );
    let theirs = MEETING.replace(
        "title = \"Rondvraag\"\n",
        "title = \"Rondvraag\"\ndiscussed = 2020-03-09T11:05:00\n",
    );
    let repo = branches(&team, &ours, &theirs);
    let out = team.git_output(&repo, &["merge", "--no-edit", "theirs"]);
    assert!(!out.status.success());
    let all = format!("{}{}", text(&out.stdout), text(&out.stderr));
    assert!(
        all.contains(&format!(
            "docket merge: {FILE}: item 'Rondvraag': `discussed` differs"
        )),
        "{all}"
    );
    let want = MEETING.replace(
        "title = \"Rondvraag\"\n",
        "title = \"Rondvraag\"\n<<<<<<< ours\ndiscussed = 2020-03-09T11:00:00\n=======\ndiscussed = 2020-03-09T11:05:00\n>>>>>>> theirs\n",
    );
    assert_eq!(team.read(&repo), want);
    let check = team.docket(&repo, &["check", FILE]);
    assert_eq!(check.status.code(), Some(1));
    assert!(
        text(&check.stderr).starts_with(&format!("{FILE}:17:1: unresolved merge conflict")),
        "{}",
        text(&check.stderr)
    );
}

#[test]
fn a_file_that_is_not_a_meeting_on_some_side_is_merged_as_text() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let write = |name: &str, s: &str| {
        let p = tmp.path().join(name);
        std::fs::write(&p, s).expect("write");
        p
    };
    // Not a meeting (no date) on any side: git's line merge, which is clean here.
    let base = "title = \"x\"\n\na = 1\n\nb = 2\n";
    let (b, o, t) = (
        write("b", base),
        write("o", &base.replace("a = 1", "a = 5")),
        write("t", &base.replace("b = 2", "b = 7")),
    );
    let run = |args: &[&Path]| {
        crate::support::cli::command()
            .arg("merge")
            .args(args)
            .arg("notes.toml")
            .output()
            .expect("run")
    };
    let out = run(&[&b, &o, &t]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert!(
        text(&out.stderr).contains("notes.toml: the base version is not a valid meeting"),
        "{}",
        text(&out.stderr)
    );
    assert_eq!(
        std::fs::read_to_string(&o).expect("read"),
        "title = \"x\"\n\na = 5\n\nb = 7\n"
    );

    // A meeting on two sides, broken on the third, changed on the same line: a text conflict.
    let (b, o, t) = (
        write("b2", MEETING),
        write("o2", &MEETING.replace("minutes = 30", "minutes = 40")),
        write("t2", &MEETING.replace("minutes = 30", "minutes = [")),
    );
    let out = run(&[&b, &o, &t]);
    assert_eq!(out.status.code(), Some(1));
    let merged = std::fs::read_to_string(&o).expect("read");
    assert!(
        merged.contains("<<<<<<< ours\nminutes = 40\n=======\nminutes = [\n>>>>>>> theirs\n"),
        "{merged}"
    );
}

#[test]
fn missing_input_is_a_usage_error() {
    let out = crate::support::cli::command()
        .args(["merge", "/no/such/base", "/no/such/ours", "/no/such/theirs"])
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out.stderr).starts_with("docket: /no/such/base: it does not exist"),
        "{}",
        text(&out.stderr)
    );
}

// ---- property: random edits through docket's own edit functions on both sides ----

const BASES: &[&str] = &[
    MEETING,
    "title = \"Raad\"   # de raad\r\ndate = 2024-05-13\r\n\r\n[[item]]\r\ntitle = \"Opening\"\r\n\r\n[[item]]\r\ntitle = \"Rondvraag\"\r\ntopic = \"rv\"\r\n\r\n[[item.action]]\r\ntext = \"Nabellen\"\r\nowner = \"Piet\"\r\n\r\n[[item]]\r\ntitle = \"Rondvraag\"\r\ntopic = \"rv\"",
    "# board\ntitle = 'Board'\ndate = 2023-01-02\nnotes = \"\"\"\nLong\n\"\"\"\n\n[[item]]\ntitle = \"Budget\"\ndiscussed = true\n[[item.outcome]]\ntext = \"Ok\"\nkind = \"decision\"\n[[item.action]]\ntext = \"Pay\"\ndone = 2023-01-03\n\n[[item]]\ntitle = \"AOB\"\n",
];

#[derive(Debug, Clone)]
enum Step {
    Discussed(usize, u32),
    Undiscussed(usize),
    Outcome(usize, u8, u8),
    Action(usize, u8, bool),
    Done(usize, usize, u32),
    Reopen(usize, usize),
}

fn step() -> impl Strategy<Value = Step> {
    prop_oneof![
        (0usize..12, 0u32..3).prop_map(|(i, t)| Step::Discussed(i, t)),
        (0usize..12).prop_map(Step::Undiscussed),
        (0usize..12, 0u8..4, 0u8..3).prop_map(|(i, t, k)| Step::Outcome(i, t, k)),
        (0usize..12, 0u8..4, any::<bool>()).prop_map(|(i, t, n)| Step::Action(i, t, n)),
        (0usize..12, 0usize..3, 0u32..3).prop_map(|(i, a, d)| Step::Done(i, a, d)),
        (0usize..12, 0usize..3).prop_map(|(i, a)| Step::Reopen(i, a)),
    ]
}

fn to_edit(m: &Meeting, step: &Step) -> Option<Edit> {
    let n = m.items.len();
    let item = |i: usize| ItemRef::of(m, i % n.max(1));
    let day = m.date;
    let texts = ["Akkoord", "Uitstel", "Notitie \"x\"", "Één lijn"];
    Some(match step {
        Step::Discussed(i, t) => Edit::mark_discussed(item(*i)?, day.and_hms_opt(10, *t, 0)?),
        Step::Undiscussed(i) => Edit::unmark_discussed(item(*i)?),
        Step::Outcome(i, t, k) => Edit::add_outcome(
            item(*i)?,
            texts[*t as usize % 4],
            OutcomeKind::ALL[*k as usize % 3],
        ),
        Step::Action(i, t, next) => Edit::add_action(
            item(*i)?,
            texts[*t as usize % 4],
            Some("Anna"),
            next.then_some(Due::Next),
        ),
        Step::Done(i, a, d) => {
            let i = i % n.max(1);
            let len = m.items.get(i)?.actions.len();
            let action = FollowUpRef::of(m, i, a % len.max(1))?;
            Edit::mark_done(action, day + chrono::Days::new(u64::from(*d)))
        }
        Step::Reopen(i, a) => {
            let i = i % n.max(1);
            let len = m.items.get(i)?.actions.len();
            Edit::reopen(FollowUpRef::of(m, i, a % len.max(1))?)
        }
    })
}

/// Applies the steps that make sense; refused edits (nothing to change) are skipped, as a
/// person's key press would be.
fn edited(base: &[u8], steps: &[Step]) -> Vec<u8> {
    let path = Path::new("m.toml");
    let mut bytes = base.to_vec();
    for s in steps {
        let m = parse_meeting(path, &bytes).expect("a side stays valid");
        let Some(edit) = to_edit(&m, s) else { continue };
        if let Ok(r) = apply_edit(path, &bytes, &edit, false) {
            bytes = r.bytes;
        }
    }
    bytes
}

/// (item title, kind, text) of every outcome and action, with repeats.
fn additions(m: &Meeting) -> Vec<(String, &'static str, String)> {
    let mut out = Vec::new();
    for i in &m.items {
        out.extend(
            i.outcomes
                .iter()
                .map(|o| (i.title.clone(), "outcome", o.text.clone())),
        );
        out.extend(
            i.actions
                .iter()
                .map(|a| (i.title.clone(), "action", a.text.clone())),
        );
    }
    out
}

/// A person resolving every conflict by keeping our lines.
fn keep_ours(text: &str) -> String {
    let mut out = String::new();
    let mut skipping = false;
    for line in text.split_inclusive('\n') {
        let bare = line.trim_end();
        if bare == OURS_MARK {
            continue;
        } else if bare == MIDDLE_MARK {
            skipping = true;
        } else if bare == THEIRS_MARK {
            skipping = false;
        } else if !skipping {
            out.push_str(line);
        }
    }
    out
}

/// The hand-written layouts above and the real meetings bundled in `meetings/`.
fn bases() -> Vec<Vec<u8>> {
    let mut out: Vec<Vec<u8>> = BASES.iter().map(|b| b.as_bytes().to_vec()).collect();
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("meetings/lovp");
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .expect("meetings/lovp")
        .map(|e| e.expect("entry").path())
        .collect();
    files.sort();
    out.extend(files.iter().map(|f| std::fs::read(f).expect("read")));
    out
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn every_outcome_and_action_added_on_either_side_is_kept(
        which in 0usize..BASES.len() + 2,
        ours_steps in prop::collection::vec(step(), 0..5),
        theirs_steps in prop::collection::vec(step(), 0..5),
    ) {
        let path = Path::new("m.toml");
        let bases = bases();
        let base = &bases[which % bases.len()][..];
        let ours = edited(base, &ours_steps);
        let theirs = edited(base, &theirs_steps);
        let merged = merge_meeting(path, base, &ours, &theirs).expect("merged item by item");
        let text = String::from_utf8(merged.bytes.clone()).expect("utf8");
        // Only a key set differently on both sides conflicts (a time, or the kind of an
        // outcome both added with the same text); never a whole outcome or action.
        for c in &merged.conflicts {
            prop_assert!(matches!(c, docket::git::merge::Conflict::Differs { .. }), "{c}");
        }
        let resolved = if merged.conflicts.is_empty() { text.clone() } else { keep_ours(&text) };
        let result = parse_meeting(path, resolved.as_bytes());
        prop_assert!(result.is_ok(), "{:?}\n{}", result.err(), text);
        let result = additions(&result.expect("checked"));
        for side in [&ours, &theirs] {
            let side = additions(&parse_meeting(path, side).expect("side"));
            for a in &side {
                let count = |list: &[(String, &str, String)]| list.iter().filter(|x| *x == a).count();
                prop_assert!(count(&result) >= count(&side), "{a:?} lost:\n{text}");
            }
        }
        // Nothing is invented: each result entry is in the base or on one of the sides.
        let known: Vec<_> = [base, &ours[..], &theirs[..]]
            .iter()
            .flat_map(|b| additions(&parse_meeting(path, b).expect("side")))
            .collect();
        for a in &result {
            prop_assert!(known.contains(a), "{a:?} invented:\n{text}");
        }
        // With one side unchanged, the result is the other side, byte for byte.
        for (side, name) in [(&ours, "ours"), (&theirs, "theirs")] {
            let one = merge_meeting(path, base, base, side).expect("merged");
            prop_assert!(one.conflicts.is_empty(), "{:?}", one.conflicts);
            prop_assert_eq!(String::from_utf8_lossy(&one.bytes), String::from_utf8_lossy(side), "base + {}", name);
            let other = merge_meeting(path, base, side, base).expect("merged");
            prop_assert_eq!(&other.bytes, side, "{} + base", name);
        }
        // A clean merge takes each `discussed` and `done` from the side that changed it.
        if merged.conflicts.is_empty() {
            let m = |b: &[u8]| parse_meeting(path, b).expect("valid");
            let (b, o, t, r) = (m(base), m(&ours), m(&theirs), m(&merged.bytes));
            let (fb, fo, ft, fr) = (flags(&b), flags(&o), flags(&t), flags(&r));
            for (key, bv) in &fb {
                let (Some(ov), Some(tv)) = (fo.get(key), ft.get(key)) else { continue };
                let want = if ov == bv { tv } else { ov };
                prop_assert_eq!(fr.get(key), Some(want), "{:?}\n{}", key, text);
            }
        }
    }
}

/// `discussed` of every item and `done` of every base action, by identity (title and
/// occurrence; item, text and occurrence), written as text for comparing.
fn flags(m: &Meeting) -> std::collections::HashMap<(String, String, usize), String> {
    let mut out = std::collections::HashMap::new();
    let mut seen = std::collections::HashMap::new();
    for i in &m.items {
        let n = seen.entry(i.title.clone()).or_insert(0);
        *n += 1;
        out.insert(
            (i.title.clone(), String::new(), *n),
            format!("{:?}", i.discussed),
        );
        let mut texts = std::collections::HashMap::new();
        for a in &i.actions {
            let k = texts.entry(a.text.clone()).or_insert(0);
            *k += 1;
            out.insert(
                (format!("{}#{n}", i.title), a.text.clone(), *k),
                format!("{:?}", a.done),
            );
        }
    }
    out
}

#[test]
fn the_driver_exits_non_zero_on_a_conflict_and_zero_when_clean() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let write = |name: &str, s: &str| {
        let p = tmp.path().join(name);
        std::fs::write(&p, s).expect("write");
        p
    };
    let run = |b: &Path, o: &Path, t: &Path| {
        crate::support::cli::command()
            .arg("merge")
            .args([b, o, t])
            .arg(FILE)
            .output()
            .expect("run")
    };
    let b = write("base", MEETING);
    let o = write("ours", &MEETING.replace("minutes = 30", "minutes = 40"));
    let t = write("theirs", &MEETING.replace("minutes = 30", "minutes = 50"));
    let out = run(&b, &o, &t);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        text(&out.stderr),
        format!("docket merge: {FILE}: item 'Budget 2024': `minutes` differs\n")
    );
    let o = write("ours", &MEETING.replace("minutes = 30", "minutes = 40"));
    let t = write(
        "theirs",
        &MEETING.replace("title = \"Opening\"", "title = \"Opening\"\nminutes = 5"),
    );
    let out = run(&b, &o, &t);
    assert_eq!(
        (out.status.code(), text(&out.stderr).as_str()),
        (Some(0), "")
    );
    let merged = std::fs::read_to_string(&o).expect("read");
    assert!(
        merged.contains("minutes = 40") && merged.contains("minutes = 5"),
        "{merged}"
    );
}

/// A side made by a person in an editor: some lines of the base dropped, repeated or
/// swapped with the next, so tables, keys and comments move in ways docket never writes.
fn hand_edited(base: &[u8], ops: &[(usize, u8)]) -> Vec<u8> {
    let text = String::from_utf8_lossy(base);
    let mut lines: Vec<String> = text.split_inclusive('\n').map(str::to_string).collect();
    for &(at, op) in ops {
        if lines.is_empty() {
            break;
        }
        let i = at % lines.len();
        match op % 3 {
            0 => {
                lines.remove(i);
            }
            1 => {
                let l = lines[i].clone();
                lines.insert(i, l);
            }
            _ if i + 1 < lines.len() => lines.swap(i, i + 1),
            _ => {}
        }
    }
    lines.concat().into_bytes()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    /// Whatever the sides hold, the driver never panics; a clean structural merge loads.
    #[test]
    fn hand_edited_sides_never_break_the_driver(
        which in 0usize..BASES.len() + 2,
        ours_ops in prop::collection::vec((any::<usize>(), any::<u8>()), 0..4),
        theirs_ops in prop::collection::vec((any::<usize>(), any::<u8>()), 0..4),
    ) {
        let path = Path::new("m.toml");
        let bases = bases();
        let base = &bases[which % bases.len()][..];
        let ours = hand_edited(base, &ours_ops);
        let theirs = hand_edited(base, &theirs_ops);
        if let Ok(m) = merge_meeting(path, base, &ours, &theirs)
            && m.conflicts.is_empty()
        {
            let loaded = parse_meeting(path, &m.bytes);
            prop_assert!(loaded.is_ok(), "{:?}\n{}", loaded.err(), String::from_utf8_lossy(&m.bytes));
        }
    }
}
