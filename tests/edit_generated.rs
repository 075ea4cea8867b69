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
        docket::fuzz_checks::check_edits(&bytes);
    }
}
