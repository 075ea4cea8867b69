//! Edits on generated meeting files: valid meetings in many hand-written layouts (comments,
//! odd spacing, CRLF, a BOM, no final newline, literal and multi-line strings, existing
//! `discussed`/`done` keys), each put through every edit and its inverse by the same check
//! the `edit` fuzz target runs. The fuzz campaigns rarely produced valid meetings; this
//! reaches the edit code every time.

use proptest::prelude::*;

#[derive(Debug, Clone)]
struct Layout {
    crlf: bool,
    bom: bool,
    final_newline: bool,
    spacing: usize,
    comments: bool,
    literal: bool,
}

#[derive(Debug, Clone)]
struct Action {
    text: String,
    owner: Option<String>,
    due: Option<u8>,
    done: Option<u8>,
}

#[derive(Debug, Clone)]
struct Item {
    title: String,
    topic: Option<String>,
    minutes: Option<u16>,
    discussed: Option<u8>,
    notes: Option<String>,
    outcomes: Vec<(String, u8)>,
    actions: Vec<Action>,
}

fn text() -> impl Strategy<Value = String> {
    "[A-Za-zéëü][A-Za-z éëü0-9,.()-]{0,30}"
}

fn action() -> impl Strategy<Value = Action> {
    (
        text(),
        prop::option::of(text()),
        prop::option::of(0u8..4),
        prop::option::of(0u8..3),
    )
        .prop_map(|(text, owner, due, done)| Action {
            text,
            owner,
            due,
            done,
        })
}

fn item() -> impl Strategy<Value = Item> {
    (
        text(),
        prop::option::of("[a-z][a-z-]{0,12}"),
        prop::option::of(0u16..120),
        prop::option::of(0u8..3),
        prop::option::of("[A-Za-z .,\n]{0,60}"),
        prop::collection::vec((text(), 0u8..4), 0..3),
        prop::collection::vec(action(), 0..3),
    )
        .prop_map(
            |(title, topic, minutes, discussed, notes, outcomes, actions)| Item {
                title,
                topic,
                minutes,
                discussed,
                notes,
                outcomes,
                actions,
            },
        )
}

fn layout() -> impl Strategy<Value = Layout> {
    (
        any::<bool>(),
        any::<bool>(),
        any::<bool>(),
        0usize..3,
        any::<bool>(),
        any::<bool>(),
    )
        .prop_map(
            |(crlf, bom, final_newline, spacing, comments, literal)| Layout {
                crlf,
                bom,
                final_newline,
                spacing,
                comments,
                literal,
            },
        )
}

/// Writes the meeting the way a person might.
fn render(items: &[Item], l: &Layout) -> Vec<u8> {
    let eq = ["=", " = ", "   =   "][l.spacing];
    let q = |s: &str| {
        if l.literal && !s.contains('\'') {
            format!("'{s}'")
        } else {
            format!("\"{}\"", s.replace('\\', "\\\\").replace('"', "\\\""))
        }
    };
    let comment = |s: &mut String, c: &str| {
        if l.comments {
            s.push_str(&format!("  # {c}"));
        }
    };
    let mut s = String::new();
    if l.comments {
        s.push_str("# A meeting written by hand\n");
    }
    s.push_str(&format!("title{eq}\"Raad\"\ndate{eq}2024-05-13\n"));
    for it in items {
        s.push_str("\n[[item]]");
        comment(&mut s, "agenda item");
        s.push_str(&format!("\ntitle{eq}{}\n", q(&it.title)));
        if let Some(t) = &it.topic {
            s.push_str(&format!("topic{eq}\"{t}\"\n"));
        }
        if let Some(m) = it.minutes {
            s.push_str(&format!("minutes{eq}{m}"));
            comment(&mut s, "planned");
            s.push('\n');
        }
        match it.discussed {
            Some(0) => s.push_str(&format!("discussed{eq}true\n")),
            Some(1) => s.push_str(&format!("discussed{eq}2024-05-13T10:05:00\n")),
            Some(_) => s.push_str(&format!("discussed{eq}false\n")),
            None => {}
        }
        if let Some(n) = &it.notes {
            s.push_str(&format!("notes{eq}\"\"\"\n{n}\"\"\"\n"));
        }
        for (text, kind) in &it.outcomes {
            s.push_str(&format!("\n[[item.outcome]]\ntext{eq}{}\n", q(text)));
            if let Some(k) = ["decision", "agreement", "note"].get(*kind as usize) {
                s.push_str(&format!("kind{eq}\"{k}\"\n"));
            }
        }
        for a in &it.actions {
            s.push_str(&format!("\n[[item.action]]\ntext{eq}{}\n", q(&a.text)));
            if let Some(o) = &a.owner {
                s.push_str(&format!("owner{eq}{}\n", q(o)));
            }
            if let Some(d) = a.due {
                let due = ["\"next\"", "\"2024-06\"", "2024-06-10", "\"2024-07-01\""][d as usize];
                s.push_str(&format!("due{eq}{due}"));
                comment(&mut s, "promised");
                s.push('\n');
            }
            if let Some(d) = a.done {
                let done = ["true", "2024-05-13", "false"][d as usize];
                s.push_str(&format!("done{eq}{done}"));
                comment(&mut s, "closed");
                s.push('\n');
            }
        }
    }
    if !l.final_newline {
        while s.ends_with('\n') {
            s.pop();
        }
    }
    if l.crlf {
        s = s.replace('\n', "\r\n");
    }
    let mut bytes = if l.bom {
        vec![0xEF, 0xBB, 0xBF]
    } else {
        Vec::new()
    };
    bytes.extend(s.into_bytes());
    bytes
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn every_edit_on_a_generated_meeting_is_exact_and_undoable(
        items in prop::collection::vec(item(), 1..4),
        l in layout(),
    ) {
        let bytes = render(&items, &l);
        let parsed = docket::store::parse_meeting(std::path::Path::new("gen.toml"), &bytes);
        prop_assert!(parsed.is_ok(), "generated file must load: {:?}\n{}", parsed.err(), String::from_utf8_lossy(&bytes));
        crate::support::fuzz_checks::check_edits(&bytes);
    }
}

/// The agenda and record edits of issue 11 on the same generated files: each gives the old
/// meeting plus exactly the change (computed here from the model alone), and its inverse
/// gives back the original bytes.
mod agenda_edits {
    use chrono::NaiveDate;
    use docket::model::{Done, Meeting};
    use docket::store::edit::{Edit, EditError, ItemFields, ItemRef, SubKind, SubRef, apply_edit};
    use docket::store::parse_meeting;
    use std::path::Path;

    fn strip(m: &Meeting) -> Meeting {
        let mut m = m.clone();
        for it in &mut m.items {
            it.line = 0;
            it.outcomes.iter_mut().for_each(|o| o.line = 0);
            it.actions.iter_mut().for_each(|a| a.line = 0);
        }
        m
    }

    fn check(bytes: &[u8], edit: &Edit, want: &Meeting) {
        let path = Path::new("gen.toml");
        let done = match apply_edit(path, bytes, edit, false) {
            Ok(d) => d,
            Err(EditError::Inline { .. } | EditError::Unchanged { .. }) => return,
            Err(e) => panic!("{edit} refused: {e}\n{}", String::from_utf8_lossy(bytes)),
        };
        let got = parse_meeting(path, &done.bytes).expect("the new file loads");
        assert_eq!(
            strip(&got),
            strip(want),
            "{edit}\n{}",
            String::from_utf8_lossy(&done.bytes)
        );
        let back = apply_edit(path, &done.bytes, &done.inverse, false)
            .unwrap_or_else(|e| panic!("inverse of {edit}: {e}"));
        assert!(
            back.bytes == bytes,
            "inverse of {edit} does not give back the bytes:\n{}\n----\n{}",
            String::from_utf8_lossy(bytes),
            String::from_utf8_lossy(&back.bytes)
        );
    }

    pub fn check_all(bytes: &[u8]) {
        let Ok(old) = parse_meeting(Path::new("gen.toml"), bytes) else {
            return;
        };
        let on = NaiveDate::from_ymd_opt(2024, 5, 13).expect("date");
        let n = old.items.len();
        let fields = ItemFields {
            title: "Nieuw \"punt\"".into(),
            topic: Some("nieuw".into()),
            minutes: Some(7),
            presenter: Some("Voorzitter".into()),
            notes: None,
            standing: true,
        };
        let mut new_item = docket::model::Item::new("Nieuw \"punt\"");
        new_item.topic = "nieuw".into();
        new_item.minutes = Some(7);
        new_item.presenter = Some("Voorzitter".into());
        new_item.standing = true;
        for at in 0..=n {
            let after = at.checked_sub(1).and_then(|i| ItemRef::of(&old, i));
            let mut want = old.clone();
            want.items.insert(at, new_item.clone());
            check(bytes, &Edit::insert_item(after, fields.clone()), &want);
        }
        for i in 0..n {
            let Some(r) = ItemRef::of(&old, i) else {
                continue;
            };
            let mut want = old.clone();
            want.items.remove(i);
            check(bytes, &Edit::RemoveItem { item: r.clone() }, &want);
            if i > 0 {
                let mut want = old.clone();
                want.items.swap(i - 1, i);
                check(
                    bytes,
                    &Edit::MoveItem {
                        item: r.clone(),
                        up: true,
                    },
                    &want,
                );
            }
            if i + 1 < n {
                let mut want = old.clone();
                want.items.swap(i, i + 1);
                check(
                    bytes,
                    &Edit::MoveItem {
                        item: r.clone(),
                        up: false,
                    },
                    &want,
                );
            }
            let mut want = old.clone();
            want.items[i].standing = true;
            check(bytes, &Edit::set_standing(r.clone(), true), &want);
            for o in 0..old.items[i].outcomes.len() {
                let Some(s) = SubRef::of(&old, i, SubKind::Outcome, o) else {
                    continue;
                };
                let mut want = old.clone();
                want.items[i].outcomes.remove(o);
                check(bytes, &Edit::RemoveSub { sub: s }, &want);
            }
            for a in 0..old.items[i].actions.len() {
                let Some(s) = SubRef::of(&old, i, SubKind::Action, a) else {
                    continue;
                };
                let mut want = old.clone();
                want.items[i].actions.remove(a);
                check(bytes, &Edit::RemoveSub { sub: s.clone() }, &want);
                if old.items[i].actions[a].done.is_none() {
                    let mut want = old.clone();
                    want.items[i].actions[a].done = Some(Done::Date(on));
                    want.items[i].actions[a].dropped = true;
                    check(bytes, &Edit::close_dropped(s.clone(), on), &want);
                }
                let old_a = &old.items[i].actions[a];
                if let Some(e) = Edit::edit_action(s, old_a, "Anders", Some("Iemand"), None) {
                    let mut want = old.clone();
                    let w = &mut want.items[i].actions[a];
                    w.text = "Anders".into();
                    w.owner = Some("Iemand".into());
                    w.due = None;
                    check(bytes, &e, &want);
                }
            }
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn every_agenda_edit_on_a_generated_meeting_is_exact_and_undoable(
        items in prop::collection::vec(item(), 1..4),
        l in layout(),
    ) {
        agenda_edits::check_all(&render(&items, &l));
    }
}
