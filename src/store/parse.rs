//! One file's bytes → a `Meeting`, or every problem with its position, in plain words.
//!
//! The TOML is read with `toml`'s span-keeping document parser, then the schema is checked
//! by hand so that each message can name the field and the item it belongs to.

mod record;

use super::diagnostic::{Diagnostic, LineIndex};
use super::limits::{MAX_FILE_BYTES, MAX_NESTING, nesting_exceeds};
use crate::model::{Discussed, Done, Due, FollowUp, Item, Meeting, Outcome, OutcomeKind, slug};
use crate::sanitize;
use chrono::{NaiveDate, NaiveDateTime, NaiveTime};
use std::ops::Range;
use std::path::Path;
use toml::Spanned;
use toml::de::{DeTable, DeValue};
use toml::value::Datetime;

use super::problem::{Expected, Place as Ctx, Problem};

const MEETING_KEYS: &[&str] = &[
    "title",
    "series",
    "date",
    "start",
    "end",
    "length",
    "location",
    "chair",
    "attendees",
    "source",
    "notes",
    "item",
];
const ITEM_KEYS: &[&str] = &[
    "title",
    "topic",
    "minutes",
    "presenter",
    "tags",
    "notes",
    "discussed",
    "confidential",
    "standing",
    "outcome",
    "action",
];
const OUTCOME_KEYS: &[&str] = &["text", "kind"];
const ACTION_KEYS: &[&str] = &["text", "owner", "due", "done", "dropped"];

/// Strips a UTF-8 byte-order mark.
pub fn strip_bom(bytes: &[u8]) -> &[u8] {
    bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes)
}

/// The 1-based lines of the merge conflicts left in a file: each `<<<<<<< ` line, or when
/// a half-resolved file has none, the first other marker (`=======`, `>>>>>>> `,
/// `|||||||`). Looked for only when the TOML does not parse, so such a line inside a
/// multi-line string is left alone.
fn conflict_markers(text: &str) -> Vec<usize> {
    let marker = |l: &str, marks: &[&str]| {
        marks.iter().any(|m| {
            l.strip_prefix(m)
                .is_some_and(|rest| rest.is_empty() || rest.starts_with([' ', '\r']))
        })
    };
    let starts: Vec<usize> = (text.lines().enumerate())
        .filter(|(_, l)| marker(l, &["<<<<<<<"]))
        .map(|(i, _)| i + 1)
        .collect();
    if !starts.is_empty() {
        return starts;
    }
    let any = ["<<<<<<<", ">>>>>>>", "|||||||", "======="];
    text.lines()
        .position(|l| marker(l, &any))
        .map(|i| i + 1)
        .into_iter()
        .collect()
}

/// Parses one meeting file. Every problem found is returned, each with its position.
pub fn parse_meeting(path: &Path, bytes: &[u8]) -> Result<Meeting, Vec<Diagnostic>> {
    let err = |pos, problem: Problem| Err(vec![Diagnostic::error(path, pos, problem)]);
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return err((1, 1), too_large(bytes.len() as u64));
    }
    let bytes = strip_bom(bytes);
    if bytes.starts_with(b"\xEF\xBB\xBF") {
        return err((1, 1), Problem::SecondBom);
    }
    let text = match std::str::from_utf8(bytes) {
        Ok(t) => t,
        Err(e) => {
            let good = &bytes[..e.valid_up_to()];
            let pos = LineIndex::new(std::str::from_utf8(good).unwrap_or("")).position(good.len());
            let byte = bytes.get(e.valid_up_to()).copied().unwrap_or(0);
            return err(pos, Problem::NotUtf8 { byte });
        }
    };
    if text.trim().is_empty() {
        return err((1, 1), Problem::EmptyFile);
    }
    let index = LineIndex::new(text);
    if let Some(at) = nesting_exceeds(text, MAX_NESTING) {
        return err(index.position(at), Problem::TooDeep { max: MAX_NESTING });
    }
    let root = match DeTable::parse(text) {
        Ok(root) => root,
        Err(e) => {
            let conflicts = conflict_markers(text);
            if !conflicts.is_empty() {
                return Err(conflicts
                    .into_iter()
                    .map(|line| Diagnostic::error(path, (line, 1), Problem::MergeConflict))
                    .collect());
            }
            let pos = e.span().map_or((1, 1), |s| index.position(s.start));
            return err(pos, Problem::TomlSyntax(e.message().trim().to_string()));
        }
    };
    if let Some(span) = bad_integer(root.get_ref()) {
        let found = sanitize::line(text.get(span.clone()).unwrap_or("")).into_owned();
        return err(index.position(span.start), Problem::BadInteger { found });
    }
    let mut check = Checker {
        path,
        text,
        index,
        diags: Vec::new(),
    };
    let meeting = check.meeting(root.get_ref());
    match meeting {
        Some(m) if check.diags.is_empty() => Ok(m),
        _ => {
            check.diags.sort_by(|a, b| a.sort_key().cmp(&b.sort_key()));
            Err(check.diags)
        }
    }
}

pub fn too_large(len: u64) -> Problem {
    Problem::TooLarge {
        kib: len / 1024,
        max_kib: MAX_FILE_BYTES / 1024,
    }
}

type Val<'i> = Spanned<DeValue<'i>>;

struct Checker<'a> {
    path: &'a Path,
    text: &'a str,
    index: LineIndex<'a>,
    diags: Vec<Diagnostic>,
}

impl<'a> Checker<'a> {
    fn error(&mut self, span: Range<usize>, problem: Problem) {
        let pos = self.index.position(span.start);
        self.diags.push(Diagnostic::error(self.path, pos, problem));
    }

    /// The value as written in the file, shortened and made safe to print.
    fn found(&self, v: &Val<'_>) -> String {
        let raw = self.text.get(v.span()).unwrap_or("");
        let raw = raw.trim();
        let short: String = raw.chars().take(40).collect();
        let more = if short.len() < raw.len() { "…" } else { "" };
        format!("{}{more}", sanitize::line(&short))
    }

    fn wrong(&mut self, place: Ctx, key: &str, v: &Val<'_>, expected: Expected) {
        let found = self.found(v);
        let key = key.to_string();
        self.error(
            v.span(),
            Problem::Wrong {
                place,
                key,
                expected,
                found,
            },
        );
    }

    /// Reports unknown keys (a typo like `titel` must not be silently dropped).
    fn unknown_keys(&mut self, ctx: Ctx, table: &DeTable<'_>, known: &[&str]) {
        let record = match ctx {
            Ctx::Meeting => record::MEETING_KEYS,
            Ctx::Item(_) => record::ITEM_KEYS,
            Ctx::Outcome(..) => record::OUTCOME_KEYS,
            Ctx::Action(..) => &[],
        };
        let known: Vec<&str> = known.iter().chain(record).copied().collect();
        let known = known.as_slice();
        for (k, _) in table.iter() {
            if !known.contains(&k.get_ref().as_ref()) {
                let hint = suggestion(k.get_ref(), known).map(str::to_string);
                let key = sanitize::line(k.get_ref()).into_owned();
                let place = ctx;
                self.error(k.span(), Problem::UnknownKey { place, key, hint });
            }
        }
    }

    fn missing(&mut self, ctx: Ctx, span: Range<usize>, key: &str) {
        let (place, key) = (ctx, key.to_string());
        self.error(span, Problem::Required { place, key });
    }

    fn string(&mut self, ctx: Ctx, t: &DeTable<'_>, key: &str) -> Option<String> {
        let v = t.get(key)?;
        match v.get_ref() {
            DeValue::String(s) => Some(s.to_string()),
            _ => {
                self.wrong(ctx, key, v, Expected::Text);
                None
            }
        }
    }

    /// A required text that must not be blank.
    fn required_text(
        &mut self,
        ctx: Ctx,
        t: &DeTable<'_>,
        key: &str,
        at: Range<usize>,
    ) -> Option<String> {
        if t.get(key).is_none() {
            self.missing(ctx, at, key);
            return None;
        }
        let s = self.string(ctx, t, key)?;
        if s.trim().is_empty() {
            let span = t.get(key).map_or(at, |v| v.span());
            let (place, key) = (ctx, key.to_string());
            self.error(span, Problem::Empty { place, key });
            return None;
        }
        Some(s)
    }

    fn strings(&mut self, ctx: Ctx, t: &DeTable<'_>, key: &str) -> Vec<String> {
        let Some(v) = t.get(key) else {
            return Vec::new();
        };
        let Some(arr) = v.get_ref().as_array() else {
            self.wrong(ctx, key, v, Expected::Texts);
            return Vec::new();
        };
        let mut out = Vec::new();
        for e in arr.iter() {
            match e.get_ref() {
                DeValue::String(s) => out.push(s.to_string()),
                _ => self.wrong(ctx, key, e, Expected::Texts),
            }
        }
        out
    }

    fn bool(&mut self, ctx: Ctx, t: &DeTable<'_>, key: &str) -> Option<bool> {
        let v = t.get(key)?;
        let b = v.get_ref().as_bool();
        if b.is_none() {
            self.wrong(ctx, key, v, Expected::Bool);
        }
        b
    }

    fn minutes(&mut self, ctx: Ctx, t: &DeTable<'_>, key: &str) -> Option<u32> {
        let v = t.get(key)?;
        let n = v
            .get_ref()
            .as_integer()
            .and_then(|i| i64::from_str_radix(i.as_str(), i.radix()).ok())
            .and_then(|n| u32::try_from(n).ok())
            .filter(|&n| n <= 24 * 60);
        if n.is_none() {
            self.wrong(ctx, key, v, Expected::Minutes);
        }
        n
    }

    fn date(&mut self, ctx: Ctx, t: &DeTable<'_>, key: &str) -> Option<NaiveDate> {
        let v = t.get(key)?;
        let d = v.get_ref().as_datetime().and_then(local_date);
        if d.is_none() {
            self.wrong(ctx, key, v, Expected::Date);
        }
        d
    }

    fn time(&mut self, ctx: Ctx, t: &DeTable<'_>, key: &str) -> Option<NaiveTime> {
        let v = t.get(key)?;
        let time = match v.get_ref() {
            DeValue::Datetime(dt) => local_time(dt),
            DeValue::String(s) => parse_clock(s),
            _ => None,
        };
        if time.is_none() {
            self.wrong(ctx, key, v, Expected::Time);
        }
        time
    }

    fn meeting(&mut self, root: &DeTable<'_>) -> Option<Meeting> {
        let ctx = Ctx::Meeting;
        self.unknown_keys(ctx, root, MEETING_KEYS);
        let title = self.required_text(ctx, root, "title", 0..0);
        let date = if root.get("date").is_none() {
            self.missing(ctx, 0..0, "date");
            None
        } else {
            self.date(ctx, root, "date")
        };
        let series = self.string(ctx, root, "series");
        if let (Some(s), Some(v)) = (&series, root.get("series"))
            && slug(s).is_empty()
        {
            let found = self.found(v);
            self.error(v.span(), Problem::SeriesWithoutLetter { found });
        }
        let start = self.time(ctx, root, "start");
        let end = self.time(ctx, root, "end");
        let length = self.minutes(ctx, root, "length");
        let location = self.string(ctx, root, "location");
        let chair = self.string(ctx, root, "chair");
        let attendees = self.strings(ctx, root, "attendees");
        let source = self.string(ctx, root, "source");
        let notes = self.string(ctx, root, "notes");
        let record = self.record(root);
        let items = self.items(root);
        let (title, date) = (title?, date?);
        Some(Meeting {
            path: self.path.to_path_buf(),
            series: series.map_or_else(|| slug(&title), |s| s.trim().to_string()),
            title,
            date,
            start,
            end,
            length,
            location,
            chair,
            attendees,
            members: record.members,
            present: record.present,
            quorum: record.quorum,
            source,
            notes,
            items,
        })
    }

    /// The tables of an array-of-tables key (`[[item]]`), or an error for any other shape.
    fn tables<'t, 'i>(
        &mut self,
        ctx: Ctx,
        t: &'t DeTable<'i>,
        key: &str,
        header: &'static str,
    ) -> Vec<&'t Val<'i>> {
        let Some(v) = t.get(key) else {
            return Vec::new();
        };
        let Some(arr) = v.get_ref().as_array() else {
            self.wrong(ctx, key, v, Expected::Tables(header));
            return Vec::new();
        };
        let mut out = Vec::new();
        for e in arr.iter() {
            if e.get_ref().is_table() {
                out.push(e);
            } else {
                self.wrong(ctx, key, e, Expected::Tables(header));
            }
        }
        out
    }

    fn items(&mut self, root: &DeTable<'_>) -> Vec<Item> {
        let tables = self.tables(Ctx::Meeting, root, "item", "[[item]]");
        let mut items = Vec::new();
        for (n, v) in tables.into_iter().enumerate() {
            if let Some(t) = v.get_ref().as_table()
                && let Some(item) = self.item(n + 1, t, v.span())
            {
                items.push(item);
            }
        }
        items
    }

    fn item(&mut self, n: usize, t: &DeTable<'_>, span: Range<usize>) -> Option<Item> {
        let ctx = Ctx::Item(n);
        self.unknown_keys(ctx, t, ITEM_KEYS);
        let title = self.required_text(ctx, t, "title", span.clone());
        let topic = self.string(ctx, t, "topic").map(|s| s.trim().to_string());
        if let (Some(topic), Some(v)) = (&topic, t.get("topic"))
            && topic.is_empty()
        {
            let (place, key) = (ctx, "topic".to_string());
            self.error(v.span(), Problem::Empty { place, key });
        }
        let minutes = self.minutes(ctx, t, "minutes");
        let presenter = self.string(ctx, t, "presenter");
        let tags = self.strings(ctx, t, "tags");
        let notes = self.string(ctx, t, "notes");
        let discussed = self.discussed(ctx, t);
        let confidential = self.bool(ctx, t, "confidential").unwrap_or(false);
        let standing = self.bool(ctx, t, "standing").unwrap_or(false);
        let documents = self.documents(ctx, t);
        let mut outcomes = Vec::new();
        for (o, v) in self
            .tables(ctx, t, "outcome", "[[item.outcome]]")
            .into_iter()
            .enumerate()
        {
            if let Some(ot) = v.get_ref().as_table() {
                outcomes.extend(self.outcome(Ctx::Outcome(n, o + 1), ot, v.span()));
            }
        }
        let mut actions = Vec::new();
        for (a, v) in self
            .tables(ctx, t, "action", "[[item.action]]")
            .into_iter()
            .enumerate()
        {
            if let Some(at) = v.get_ref().as_table() {
                actions.extend(self.action(Ctx::Action(n, a + 1), at, v.span()));
            }
        }
        let title = title?;
        Some(Item {
            topic: topic
                .filter(|t| !t.is_empty())
                .unwrap_or_else(|| slug(&title)),
            title,
            minutes,
            presenter,
            tags,
            notes,
            discussed,
            confidential,
            standing,
            documents,
            outcomes,
            actions,
            line: self.header_line(span),
        })
    }

    /// The line of a `[[…]]` header: an array-of-tables element's span starts there.
    fn header_line(&self, span: Range<usize>) -> usize {
        self.index.position(span.start).0
    }

    fn discussed(&mut self, ctx: Ctx, t: &DeTable<'_>) -> Option<Discussed> {
        let v = t.get("discussed")?;
        match v.get_ref() {
            DeValue::Boolean(true) => Some(Discussed::Yes),
            DeValue::Boolean(false) => None,
            DeValue::Datetime(dt) if local_date_time(dt).is_some() => {
                local_date_time(dt).map(Discussed::At)
            }
            _ => {
                self.wrong(ctx, "discussed", v, Expected::DateTimeOrTrue);
                None
            }
        }
    }

    fn outcome(&mut self, ctx: Ctx, t: &DeTable<'_>, span: Range<usize>) -> Option<Outcome> {
        self.unknown_keys(ctx, t, OUTCOME_KEYS);
        let text = self.required_text(ctx, t, "text", span.clone());
        let kind = match t.get("kind") {
            None => Some(OutcomeKind::Agreement),
            Some(v) => {
                let k = v.get_ref().as_str().and_then(OutcomeKind::parse);
                if k.is_none() {
                    self.wrong(ctx, "kind", v, Expected::Kind);
                }
                k
            }
        };
        let vote = self.vote(ctx, t, kind);
        Some(Outcome {
            text: text?,
            kind: kind?,
            vote,
            line: self.header_line(span),
        })
    }

    fn action(&mut self, ctx: Ctx, t: &DeTable<'_>, span: Range<usize>) -> Option<FollowUp> {
        self.unknown_keys(ctx, t, ACTION_KEYS);
        let text = self.required_text(ctx, t, "text", span.clone());
        let owner = self.string(ctx, t, "owner");
        let due = t.get("due").and_then(|v| {
            let due = match v.get_ref() {
                DeValue::Datetime(dt) => local_date(dt).map(Due::Date),
                DeValue::String(s) => Due::parse_str(s),
                _ => None,
            };
            if due.is_none() {
                self.wrong(ctx, "due", v, Expected::Due);
            }
            due
        });
        let done = t.get("done").and_then(|v| {
            let done = match v.get_ref() {
                DeValue::Boolean(true) => Some(Some(Done::Yes)),
                DeValue::Boolean(false) => Some(None),
                DeValue::Datetime(dt) => local_date(dt)
                    .map(Done::Date)
                    .or_else(|| local_date_time(dt).map(Done::DateTime))
                    .map(Some),
                _ => None,
            };
            if done.is_none() {
                self.wrong(ctx, "done", v, Expected::Done);
            }
            done.flatten()
        });
        let dropped = self.bool(ctx, t, "dropped").unwrap_or(false);
        Some(FollowUp {
            text: text?,
            owner,
            due,
            done,
            dropped,
            line: self.header_line(span),
        })
    }
}

/// The parser keeps integer literals as text; find one that is not a valid 64-bit integer
/// (`0b`, `1_0٠`), so that bad TOML is refused even under keys the schema does not know.
fn bad_integer(table: &DeTable<'_>) -> Option<Range<usize>> {
    table.values().find_map(bad_integer_in)
}

fn bad_integer_in(v: &Val<'_>) -> Option<Range<usize>> {
    match v.get_ref() {
        DeValue::Integer(i) => i64::from_str_radix(i.as_str(), i.radix())
            .is_err()
            .then(|| v.span()),
        DeValue::Array(a) => a.iter().find_map(bad_integer_in),
        DeValue::Table(t) => bad_integer(t),
        _ => None,
    }
}

/// A TOML local date (no time, no offset).
fn local_date(dt: &Datetime) -> Option<NaiveDate> {
    match (dt.date, dt.time, dt.offset) {
        (Some(d), None, None) => {
            NaiveDate::from_ymd_opt(d.year.into(), d.month.into(), d.day.into())
        }
        _ => None,
    }
}

fn to_time(t: &toml::value::Time) -> Option<NaiveTime> {
    NaiveTime::from_hms_nano_opt(
        t.hour.into(),
        t.minute.into(),
        t.second.unwrap_or(0).into(),
        t.nanosecond.unwrap_or(0),
    )
}

/// A TOML local time (no date, no offset).
fn local_time(dt: &Datetime) -> Option<NaiveTime> {
    match (dt.date, dt.time, dt.offset) {
        (None, Some(t), None) => to_time(&t),
        _ => None,
    }
}

/// A TOML local date-time (no offset).
fn local_date_time(dt: &Datetime) -> Option<NaiveDateTime> {
    match (dt.date, dt.time, dt.offset) {
        (Some(_), Some(t), None) => {
            let date = local_date(&Datetime { time: None, ..*dt })?;
            Some(date.and_time(to_time(&t)?))
        }
        _ => None,
    }
}

/// `"10:00"` or `"10:00:00"`.
pub fn parse_clock(s: &str) -> Option<NaiveTime> {
    let s = s.trim();
    NaiveTime::parse_from_str(s, "%H:%M:%S")
        .or_else(|_| NaiveTime::parse_from_str(s, "%H:%M"))
        .ok()
}

/// The known key closest to a misspelt one, if any is close.
fn suggestion<'k>(key: &str, known: &[&'k str]) -> Option<&'k str> {
    known
        .iter()
        .map(|k| (edit_distance(key, k), *k))
        .filter(|(d, k)| *d <= 2 && *d < k.len())
        .min_by_key(|(d, _)| *d)
        .map(|(_, k)| k)
}

fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut cur = vec![i + 1];
        for (j, cb) in b.iter().enumerate() {
            let sub = prev[j] + usize::from(ca != *cb);
            cur.push(sub.min(prev[j + 1] + 1).min(cur[j] + 1));
        }
        prev = cur;
    }
    prev[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(s: &str) -> Result<Meeting, Vec<String>> {
        parse_meeting(Path::new("m.toml"), s.as_bytes())
            .map_err(|d| d.into_iter().map(|d| d.to_string()).collect())
    }

    const GOOD: &str = "title = \"LOVP\"\ndate = 2020-02-10\nstart = \"10:00\"\n\n[[item]]\n# comment\ntitle = \"Eén agenda\"\nminutes = 15\n\n[[item.outcome]]\ntext = \"Akkoord\"\n\n[[item.action]]\ntext = \"Rapport\"\ndue = \"next\"\ndone = true\n\n[[item]]\ntitle = \"Tweede\"\ntopic = \"twee\"\n";

    #[test]
    fn lines_of_items_outcomes_and_actions_are_their_headers() {
        let m = parse(GOOD).expect("valid");
        assert_eq!(m.items[0].line, 5);
        assert_eq!(m.items[0].outcomes[0].line, 10);
        assert_eq!(m.items[0].actions[0].line, 13);
        assert_eq!(m.items[1].line, 18);
    }

    #[test]
    fn defaults_are_derived() {
        let m = parse(GOOD).expect("valid");
        assert_eq!(m.series, "lovp");
        assert_eq!(m.items[0].topic, "een-agenda");
        assert_eq!(m.items[1].topic, "twee");
        assert_eq!(m.items[0].outcomes[0].kind, OutcomeKind::Agreement);
        assert_eq!(m.items[0].actions[0].done, Some(Done::Yes));
        assert_eq!(m.start, NaiveTime::from_hms_opt(10, 0, 0));
    }

    #[test]
    fn bom_and_crlf_are_accepted() {
        let crlf = format!("\u{feff}{}", GOOD.replace('\n', "\r\n"));
        let m = parse(&crlf).expect("valid");
        assert_eq!(m.items.len(), 2);
        assert_eq!(m.items[1].line, 18);
    }

    #[test]
    fn messages_name_the_field_and_item() {
        let errs = parse("title = \"x\"\ndate = 2020-01-01\n[[item]]\ntitle = \"a\"\n[[item]]\ntitle = \"b\"\n[[item]]\ntitle = \"c\"\nminutes = \"vijftien\"\n")
            .expect_err("invalid");
        assert_eq!(
            errs,
            [
                "m.toml:9:11: item 3: `minutes` must be a whole number of minutes (0 to 1440), found \"vijftien\""
            ]
        );
    }

    #[test]
    fn unknown_keys_are_errors_with_a_suggestion() {
        let errs = parse("title = \"x\"\ndate = 2020-01-01\n[[item]]\ntitel = \"a\"\n")
            .expect_err("invalid");
        assert_eq!(
            errs,
            [
                "m.toml:3:1: item 1: `title` is required",
                "m.toml:4:1: item 1: unknown key `titel` (did you mean `title`?)"
            ]
        );
    }

    #[test]
    fn wrong_shapes_are_reported() {
        let errs =
            parse("title = \"\"\ndate = 2020-01-01T10:00:00\ntags = 1\n").expect_err("invalid");
        assert_eq!(errs.len(), 3, "{errs:?}");
        assert!(errs[0].contains("`title` must not be empty"));
        assert!(errs[1].contains("`date` must be a date like 2020-02-10"));
        assert!(errs[2].contains("unknown key `tags`"));
    }

    #[test]
    fn hostile_bytes_get_clear_errors() {
        let utf8 = parse_meeting(Path::new("m.toml"), b"title = \"\xff\"").expect_err("bad");
        assert_eq!(*utf8[0].message, Problem::NotUtf8 { byte: 0xFF });
        assert_eq!((utf8[0].line, utf8[0].col), (1, 10));
        let empty = parse("  \n").expect_err("empty");
        assert!(empty[0].contains("the file is empty"));
        let deep = parse(&format!("a = {}", "[".repeat(100_000))).expect_err("deep");
        assert!(deep[0].contains("nested more than"));
        let big = vec![b'#'; (MAX_FILE_BYTES + 1) as usize];
        let e = parse_meeting(Path::new("m.toml"), &big).expect_err("big");
        assert!(
            e[0].to_string().contains("more than the 4096 KiB"),
            "{}",
            e[0]
        );
    }

    #[test]
    fn due_and_done_forms() {
        let m = parse("title = \"x\"\ndate = 2020-01-01\n[[item]]\ntitle = \"a\"\n[[item.action]]\ntext = \"1\"\ndue = 2020-03-09\ndone = 2020-03-09T11:00:00\n[[item.action]]\ntext = \"2\"\ndue = \"2020-06\"\ndone = false\n")
            .expect("valid");
        let a = &m.items[0].actions;
        assert_eq!(
            a[0].due,
            Some(Due::Date(NaiveDate::from_ymd_opt(2020, 3, 9).expect("d")))
        );
        assert!(matches!(a[0].done, Some(Done::DateTime(_))));
        assert_eq!(
            a[1].due,
            Some(Due::Month {
                year: 2020,
                month: 6
            })
        );
        assert_eq!(a[1].done, None);
    }
}
