//! The properties the fuzz targets check, in one place so the fuzz targets (`fuzz/`) and the
//! corpus replay on stable (`tests/fuzz_replay/replay.rs`) cannot drift apart. Each function takes
//! arbitrary bytes and panics when a property does not hold: a panic is a finding. Test
//! code, so not in the library: the tests and each fuzz target include it with `#[path]`.
#![allow(dead_code)] // each fuzz target uses one check

use chrono::{NaiveDate, NaiveDateTime};
use docket::model::Vote;
use docket::model::{Discussed, Done, Meeting, OutcomeKind};
use docket::sanitize;
use docket::store::edit::{Edit, EditError, FollowUpRef, ItemRef, RecordEdit, apply_edit};
use docket::store::parse_meeting;
use std::path::Path;

/// How many items and actions per file the edit check tries: enough to reach every layout
/// (first, middle, last; with and without sub-tables) while keeping one run fast.
const MAX_ITEMS: usize = 4;
const MAX_ACTIONS: usize = 3;

/// Texts to add: quotes, backslashes, TOML string delimiters, newlines, escapes, bidi.
const TEXTS: &[&str] = &[
    "Besluit genomen",
    "a \"quoted\" \\ back''' \"\"\" slash",
    "  line one\nline two\ttab\r\n  ",
    "\u{1b}]52;c;SGVsbG8=\u{7}\u{202e}ëén 🎉\u{200b}",
];

fn path() -> &'static Path {
    Path::new("fuzz.toml")
}

/// (a) Any bytes load as a meeting or fail with diagnostics that point into the file.
pub fn check_parse(bytes: &[u8]) {
    let Err(diags) = parse_meeting(path(), bytes) else {
        return;
    };
    assert!(!diags.is_empty(), "an Err without any diagnostic");
    let lines = bytes.iter().filter(|&&b| b == b'\n').count() + 1;
    for d in &diags {
        assert!(d.line >= 1 && d.col >= 1, "position below 1:1: {d}");
        assert!(d.line <= lines, "line past the end ({lines} lines): {d}");
    }
}

/// (b) Every edit on a loadable file: the result re-parses to the old meeting plus the
/// edit, and the inverse gives back the original bytes.
pub fn check_edits(bytes: &[u8]) {
    let Ok(old) = parse_meeting(path(), bytes) else {
        return;
    };
    let at = NaiveDate::from_ymd_opt(2024, 5, 13).and_then(|d| d.and_hms_opt(10, 32, 0));
    let (Some(at), Some(on)) = (at, NaiveDate::from_ymd_opt(2024, 5, 13)) else {
        unreachable!("fixed dates are valid")
    };
    // Attendance: every text as a new name, and every name already present taken out.
    let mut record = Vec::new();
    for t in TEXTS {
        let edit = Edit::set_present(t, true);
        if let Edit::Record(RecordEdit::SetPresent { name, .. }) = &edit
            && !name.is_empty()
            && !old.present.contains(name)
        {
            record.push(edit);
        }
    }
    let leaving = old.present.iter().take(MAX_ACTIONS);
    record.extend(leaving.map(|p| Edit::set_present(p, false)));
    for edit in &record {
        check_one_edit(bytes, &old, edit, at, on);
    }
    for (i, item) in old.items.iter().enumerate().take(MAX_ITEMS) {
        let Some(r) = ItemRef::of(&old, i) else {
            continue;
        };
        let discussed = match item.discussed {
            Some(_) => Edit::unmark_discussed(r.clone()),
            None => Edit::mark_discussed(r.clone(), at),
        };
        let mut edits = vec![discussed];
        for (k, text) in TEXTS.iter().enumerate() {
            let kind = [
                OutcomeKind::Decision,
                OutcomeKind::Agreement,
                OutcomeKind::Note,
            ][k % 3];
            edits.push(Edit::add_outcome(r.clone(), text, kind));
            let vote = Vote {
                for_: Some(k as u32),
                against: (k % 2 == 0).then_some(1),
                abstain: None,
                unanimous: k == 3,
            };
            edits.push(Edit::add_decision(r.clone(), text, vote));
            let owner = (k % 2 == 1).then_some(*text);
            edits.push(Edit::add_action(r.clone(), text, owner, None));
        }
        for (a, action) in item.actions.iter().enumerate().take(MAX_ACTIONS) {
            let Some(ar) = FollowUpRef::of(&old, i, a) else {
                continue;
            };
            edits.push(match action.done {
                Some(_) => Edit::reopen(ar),
                None => Edit::mark_done(ar, on),
            });
        }
        for edit in &edits {
            check_one_edit(bytes, &old, edit, at, on);
        }
    }
}

fn check_one_edit(bytes: &[u8], old: &Meeting, edit: &Edit, at: NaiveDateTime, on: NaiveDate) {
    let result = match apply_edit(path(), bytes, edit, false) {
        Ok(r) => r,
        // Lists written as inline tables are refused by design, with a clear message.
        Err(EditError::Inline { .. }) => return,
        Err(e) => panic!("{edit} refused on a loadable file: {e}"),
    };
    let want = expected(old, edit, at, on);
    let got = match parse_meeting(path(), &result.bytes) {
        Ok(m) => m,
        Err(d) => panic!("{edit}: the new file does not load: {:?}", d.first()),
    };
    assert!(
        same(&got, &want),
        "{edit}: the new file is not the old meeting plus the edit"
    );
    assert!(
        same(&result.meeting, &want),
        "{edit}: reported meeting differs"
    );
    let back = match apply_edit(path(), &result.bytes, &result.inverse, false) {
        Ok(r) => r,
        Err(e) => panic!("{edit}: its inverse {} is refused: {e}", result.inverse),
    };
    assert!(
        back.bytes == bytes,
        "{edit}: the inverse does not restore the original bytes"
    );
}

/// The old meeting with the edit applied, computed from the model alone.
fn expected(old: &Meeting, edit: &Edit, at: NaiveDateTime, on: NaiveDate) -> Meeting {
    let mut m = old.clone();
    match edit {
        Edit::Discussed { item, .. } => {
            let it = &mut m.items[item.index];
            it.discussed = match it.discussed {
                Some(_) => None,
                None => Some(Discussed::At(at)),
            };
        }
        Edit::Done { action, .. } => {
            let a = &mut m.items[action.item.index].actions[action.index];
            a.done = match a.done {
                Some(_) => None,
                None => Some(Done::Date(on)),
            };
        }
        Edit::AddOutcome { item, text, kind } => {
            m.items[item.index]
                .outcomes
                .push(docket::model::Outcome::new(text, *kind));
        }
        Edit::AddAction {
            item,
            text,
            owner,
            due,
        } => m.items[item.index].actions.push(docket::model::FollowUp {
            text: text.clone(),
            owner: owner.clone(),
            due: *due,
            done: None,
            dropped: false,
            line: 0,
        }),
        Edit::Record(r) => expected_record(&mut m, r),
        _ => unreachable!("the campaign generates only marks and adds"),
    }
    m
}

fn expected_record(m: &mut Meeting, edit: &RecordEdit) {
    match edit {
        RecordEdit::SetPresent {
            name,
            present: true,
        } => m.present.push(name.clone()),
        RecordEdit::SetPresent { name, .. } => {
            if let Some(i) = m.present.iter().position(|p| p == name) {
                m.present.remove(i);
            }
        }
        RecordEdit::AddDecision { item, text, vote } => {
            m.items[item.index].outcomes.push(docket::model::Outcome {
                vote: *vote,
                ..docket::model::Outcome::new(text, OutcomeKind::Decision)
            })
        }
        RecordEdit::RestorePresent { .. } => unreachable!("only inverses restore"),
    }
}

/// Equal apart from line numbers, which shift with any insert.
fn same(a: &Meeting, b: &Meeting) -> bool {
    let strip = |m: &Meeting| {
        let mut m = m.clone();
        for it in &mut m.items {
            it.line = 0;
            it.documents
                .iter_mut()
                .for_each(|d| (d.line, d.col) = (0, 0));
            it.outcomes.iter_mut().for_each(|o| o.line = 0);
            it.actions.iter_mut().for_each(|a| a.line = 0);
        }
        m
    };
    strip(a) == strip(b)
}

/// (c) The display sanitiser: nothing that a terminal would act on or that hides text gets
/// through, safe text passes unchanged, and `has_hidden` agrees.
pub fn check_sanitize(bytes: &[u8]) {
    let s = String::from_utf8_lossy(bytes);
    let s = s.as_ref();
    let line = sanitize::line(s);
    if let Some(c) = line.chars().find(|&c| forbidden(c)) {
        panic!("line() let {c:?} through from {s:?}");
    }
    let block = sanitize::block(s);
    if let Some(c) = block.chars().find(|&c| c != '\n' && forbidden(c)) {
        panic!("block() let {c:?} through from {s:?}");
    }
    let stored = sanitize::for_storage(s);
    if let Some(c) = stored.chars().find(|&c| forbidden(c)) {
        panic!("for_storage() let {c:?} through from {s:?}");
    }
    let hidden = s
        .chars()
        .any(|c| forbidden(c) && !matches!(c, '\n' | '\t' | '\r'));
    assert_eq!(
        sanitize::has_hidden(s),
        hidden,
        "has_hidden wrong for {s:?}"
    );
    if !s.chars().any(forbidden) {
        assert_eq!(line, s, "safe text was changed");
        assert_eq!(block, s, "safe text was changed");
    }
}

/// The oracle, written from the Unicode tables rather than from the sanitiser: controls (Cc),
/// format characters (Cf), and default-ignorable code points that render as nothing.
/// Variation selectors are allowed: they only pick a glyph for the character before them.
pub fn forbidden(c: char) -> bool {
    c.is_control()
        || matches!(c as u32,
            // Cf that renders as nothing (the visible Arabic/Syriac number marks are left out):
            // soft hyphen, bidi and zero-width, word joiners, BOM, annotations, format controls
            0x00AD | 0x061C | 0x180E | 0x200B..=0x200F | 0x202A..=0x202E | 0x2060..=0x206F
            | 0xFEFF | 0xFFF9..=0xFFFB | 0x13430..=0x1343F | 0x1BCA0..=0x1BCA3 | 0x1D173..=0x1D17A | 0xE0001
            | 0xE0020..=0xE007F
            // line and paragraph separators: a line break the caller did not ask for
            | 0x2028 | 0x2029
            // default-ignorable, not Cf: blank fillers and invisible marks
            | 0x034F | 0x115F | 0x1160 | 0x17B4 | 0x17B5 | 0x180B..=0x180D | 0x180F
            | 0x3164 | 0xFFA0 | 0xFFF0..=0xFFF8 | 0xE0000 | 0xE0002..=0xE001F
            | 0xE0080..=0xE00FF | 0xE01F0..=0xE0FFF)
}

/// (d) The search query parser: any text parses or fails with a span that an input line
/// can underline (a non-empty word of the query, on character boundaries), and the spans
/// of fuzzy words are such words too, in order.
pub fn check_query(bytes: &[u8]) {
    use docket::search::Query;
    let q = String::from_utf8_lossy(bytes);
    let q = q.as_ref();
    let is_word = |span: &std::ops::Range<usize>| {
        q.get(span.clone())
            .is_some_and(|w| !w.is_empty() && !w.chars().any(char::is_whitespace))
    };
    match Query::parse(q) {
        Err(e) => assert!(is_word(&e.span), "error span {:?} in {q:?}", e.span),
        Ok(parsed) => {
            let mut end = 0;
            for (folded, span) in &parsed.words {
                assert!(is_word(span), "word span {span:?} in {q:?}");
                assert!(span.start >= end, "word spans out of order in {q:?}");
                assert!(!folded.is_empty(), "empty fuzzy word from {q:?}");
                end = span.end;
            }
            assert_eq!(parsed.is_empty(), parsed == Query::default());
        }
    }
}
