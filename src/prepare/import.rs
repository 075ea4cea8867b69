//! A meeting report in Markdown becomes a meeting file to review (`docket import`).
//!
//! Headings become agenda items and paragraphs their notes. Sentences that record an
//! agreement or decision become outcomes; sentences that promise a follow-up become actions
//! with a due point resolved against the meeting date. Every guess keeps the sentence it came
//! from, so the file says why each entry is there. See docs/prepare.md for the rules.

use super::topics::{KnownTopics, MatchReason};
use crate::i18n::Lang;
use crate::model::{Due, OutcomeKind, slug};
use crate::store::toml_text::{comment_text, multiline, quote};
use crate::t;
use chrono::{Datelike, NaiveDate};
use std::fmt::Write;

#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    #[error("no date found in the report's title; give one with --date YYYY-MM-DD")]
    NoDate,
    #[error("no headings found: each agenda item should be a Markdown heading (## Title)")]
    NoItems,
}

impl ImportError {
    pub fn message(&self, lang: Lang) -> String {
        match self {
            ImportError::NoDate => t!(lang, "err-import-no-date"),
            ImportError::NoItems => t!(lang, "err-import-no-items"),
        }
    }
}

#[derive(Debug, Clone, Default)]
pub struct ImportOptions {
    pub series: Option<String>,
    pub date: Option<NaiveDate>,
    /// Named in the file's header comment.
    pub source_name: Option<String>,
    /// The topics of the folder the meeting goes into (`--into DIR`).
    pub known: Option<KnownTopics>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct GuessedOutcome {
    pub text: String,
    pub kind: OutcomeKind,
}

#[derive(Debug, Clone, PartialEq)]
pub struct GuessedAction {
    /// Its own short text where the sentence allows, else the sentence.
    pub text: String,
    /// The sentence it was read from, quoted in a comment.
    pub sentence: String,
    pub owner: Option<String>,
    pub due: Option<Due>,
    /// The words the due point was read from, e.g. "in september".
    pub due_words: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ImportedItem {
    pub title: String,
    /// The folder's topic key when `--into` matched one (and it is not the title's slug).
    pub topic: Option<(String, MatchReason)>,
    /// Notes: the paragraphs without the sentences that became outcomes or actions.
    pub paragraphs: Vec<String>,
    pub outcomes: Vec<GuessedOutcome>,
    pub actions: Vec<GuessedAction>,
}

#[derive(Debug, Clone)]
pub struct Imported {
    pub title: String,
    pub series: String,
    pub date: NaiveDate,
    /// Where the date came from.
    pub date_from: DateFrom,
    /// The report's title heading, kept as `source`.
    pub source: Option<String>,
    pub notes: Vec<String>,
    pub items: Vec<ImportedItem>,
    /// The meeting file's TOML text.
    pub text: String,
}

impl Imported {
    /// What was recognised, one line each, for stderr. Values as written in the file.
    pub fn summary(&self, lang: Lang) -> Vec<String> {
        let outcomes: usize = self.items.iter().map(|i| i.outcomes.len()).sum();
        let actions: usize = self.items.iter().map(|i| i.actions.len()).sum();
        let date_from = match self.date_from {
            DateFrom::Title => t!(lang, "import-date-from-title"),
            DateFrom::Option => "--date".to_string(),
        };
        let mut out = vec![
            t!(
                lang,
                "import-summary-meeting",
                title = format!("{:?}", self.title),
                series = format!("{:?}", self.series),
                date = self.date.to_string(),
                from = date_from
            ),
            t!(
                lang,
                "import-summary-counts",
                items = self.items.len(),
                outcomes = outcomes,
                actions = actions
            ),
        ];
        for (n, item) in self.items.iter().enumerate() {
            if let Some((topic, why)) = &item.topic {
                out.push(t!(
                    lang,
                    "import-summary-topic",
                    number = n + 1,
                    title = format!("{:?}", item.title),
                    topic = format!("{topic:?}"),
                    why = why.as_str()
                ));
            }
            for o in &item.outcomes {
                out.push(t!(
                    lang,
                    "import-summary-outcome",
                    number = n + 1,
                    kind = o.kind.as_str(),
                    text = format!("{:?}", o.text)
                ));
            }
            for a in &item.actions {
                out.push(t!(
                    lang,
                    "import-summary-action",
                    number = n + 1,
                    due = a.due.map_or_else(|| "-".to_string(), |d| d.to_string()),
                    owner = a.owner.clone().unwrap_or_else(|| "-".to_string()),
                    text = format!("{:?}", a.text)
                ));
            }
        }
        out
    }
}

/// Where the meeting date came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateFrom {
    Title,
    /// `--date`.
    Option,
}

/// A heading or a paragraph of the report.
#[derive(Debug)]
enum Block {
    Heading(usize, String),
    Para(String),
}

pub fn import(markdown: &str, opts: &ImportOptions) -> Result<Imported, ImportError> {
    let blocks = blocks(markdown);
    let headings: Vec<(usize, usize)> = blocks
        .iter()
        .enumerate()
        .filter_map(|(i, b)| match b {
            Block::Heading(level, _) => Some((i, *level)),
            Block::Para(_) => None,
        })
        .collect();
    let (first_idx, first_level) = *headings.first().ok_or(ImportError::NoItems)?;
    let first_text = match &blocks[first_idx] {
        Block::Heading(_, t) => t.clone(),
        Block::Para(_) => String::new(),
    };
    let title_date = find_date(&first_text);
    // The first heading is the report's title when deeper headings follow or it has a date.
    let has_title = headings.len() > 1
        && (headings[1..].iter().any(|&(_, l)| l > first_level) || title_date.is_some());
    let (date, date_from) = match (opts.date, has_title.then(|| title_date.clone()).flatten()) {
        (Some(d), _) => (d, DateFrom::Option),
        (None, Some((d, _))) => (d, DateFrom::Title),
        (None, None) => return Err(ImportError::NoDate),
    };
    let title = if has_title {
        meeting_title(&first_text, title_date.map(|(_, w)| w).unwrap_or_default())
    } else {
        String::new()
    };
    let title = match (title.is_empty(), &opts.series) {
        (false, _) => title,
        (true, Some(s)) => s.clone(),
        (true, None) => "Imported meeting".to_string(),
    };
    let series = opts.series.clone().unwrap_or_else(|| slug(&title));

    let mut notes = Vec::new();
    let mut items: Vec<ImportedItem> = Vec::new();
    let skip = if has_title { first_idx + 1 } else { 0 };
    for b in blocks.into_iter().skip(skip) {
        match b {
            Block::Heading(_, t) => items.push(ImportedItem {
                title: t,
                ..ImportedItem::default()
            }),
            Block::Para(p) => match items.last_mut() {
                Some(item) => item.paragraphs.push(p),
                None => notes.push(p),
            },
        }
    }
    if items.is_empty() {
        return Err(ImportError::NoItems);
    }
    let dutch = is_dutch(markdown);
    for item in &mut items {
        let mut kept_paragraphs = Vec::new();
        for p in &item.paragraphs {
            let mut kept = Vec::new();
            for s in sentences(p) {
                // Each sentence ends up in one place: an outcome, an action, or the notes.
                let kind = outcome_kind(&s);
                let action = follow_up(&s, date, &item.title, dutch);
                if let Some(kind) = kind {
                    item.outcomes.push(GuessedOutcome {
                        text: s.clone(),
                        kind,
                    });
                }
                match action {
                    Some(a) => item.actions.push(a),
                    None if kind.is_none() => kept.push(s),
                    None => {}
                }
            }
            if !kept.is_empty() {
                kept_paragraphs.push(kept.join(" "));
            }
        }
        item.paragraphs = kept_paragraphs;
        if let Some(known) = &opts.known {
            item.topic = known
                .find(&item.title)
                .filter(|(topic, _)| *topic != slug(&item.title));
        }
    }
    let mut imported = Imported {
        title,
        series,
        date,
        date_from,
        source: has_title.then_some(first_text),
        notes,
        items,
        text: String::new(),
    };
    imported.text = render(&imported, opts);
    Ok(imported)
}

// ---------------------------------------------------------------- Markdown blocks

/// Headings and paragraphs, with inline emphasis removed. A paragraph that was cut by a
/// stray blank line (it ends without punctuation and the next starts in lower case) is
/// joined again.
fn blocks(md: &str) -> Vec<Block> {
    let md = md.strip_prefix('\u{feff}').unwrap_or(md);
    let mut out: Vec<Block> = Vec::new();
    let mut para: Vec<&str> = Vec::new();
    let flush = |para: &mut Vec<&str>, out: &mut Vec<Block>| {
        if para.is_empty() {
            return;
        }
        let text = inline(&para.join(" "));
        para.clear();
        if text.is_empty() {
            return;
        }
        if let Some(Block::Para(prev)) = out.last_mut()
            && !ends_sentence(prev)
            && text.chars().next().is_some_and(char::is_lowercase)
        {
            prev.push(' ');
            prev.push_str(&text);
            return;
        }
        out.push(Block::Para(text));
    };
    for raw in md.lines() {
        let line = raw.trim();
        if let Some((level, text)) = heading(line) {
            flush(&mut para, &mut out);
            let text = inline(text);
            if !text.is_empty() {
                out.push(Block::Heading(level, text));
            }
        } else if line.is_empty() {
            flush(&mut para, &mut out);
        } else if let Some(entry) = list_entry(line) {
            // Each list entry is a paragraph of its own.
            flush(&mut para, &mut out);
            para.push(entry);
            flush(&mut para, &mut out);
        } else {
            para.push(line);
        }
    }
    flush(&mut para, &mut out);
    out
}

fn heading(line: &str) -> Option<(usize, &str)> {
    let level = line.chars().take_while(|&c| c == '#').count();
    if !(1..=6).contains(&level) {
        return None;
    }
    let rest = &line[level..];
    if !(rest.is_empty() || rest.starts_with(' ')) {
        return None;
    }
    Some((level, rest.trim().trim_end_matches('#').trim()))
}

fn list_entry(line: &str) -> Option<&str> {
    for m in ["- ", "* ", "+ "] {
        if let Some(rest) = line.strip_prefix(m) {
            return Some(rest);
        }
    }
    let digits = line.chars().take_while(char::is_ascii_digit).count();
    if digits > 0 {
        let rest = &line[digits..];
        if let Some(r) = rest.strip_prefix(". ").or_else(|| rest.strip_prefix(") ")) {
            return Some(r);
        }
    }
    None
}

/// Removes emphasis markers, code ticks and link targets: `**x**` → x, `[a](b)` → a.
fn inline(s: &str) -> String {
    let s = s.replace("**", "").replace("__", "").replace('`', "");
    let mut out = String::with_capacity(s.len());
    let mut rest = s.as_str();
    while let Some(open) = rest.find('[') {
        let Some(close) = rest[open..].find("](").map(|c| open + c) else {
            break;
        };
        let Some(end) = rest[close..].find(')').map(|e| close + e) else {
            break;
        };
        out.push_str(&rest[..open]);
        out.push_str(&rest[open + 1..close]);
        rest = &rest[end + 1..];
    }
    out.push_str(rest);
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn ends_sentence(s: &str) -> bool {
    s.trim_end()
        .trim_end_matches(['"', '\'', ')', '”', '’'])
        .ends_with(['.', '!', '?', ':', ';'])
}

/// Splits at `.`, `!` or `?` followed by a space and an upper-case letter (so "a.s. apart"
/// and "o.a. de" stay whole).
fn sentences(p: &str) -> Vec<String> {
    let chars: Vec<(usize, char)> = p.char_indices().collect();
    let mut out = Vec::new();
    let mut start = 0;
    for (k, &(i, c)) in chars.iter().enumerate() {
        if !matches!(c, '.' | '!' | '?') {
            continue;
        }
        let next_upper = matches!(chars.get(k + 1), Some((_, ' ')))
            && chars.get(k + 2).is_some_and(|&(_, n)| n.is_uppercase());
        if next_upper {
            let end = i + c.len_utf8();
            out.push(p[start..end].trim().to_string());
            start = end;
        }
    }
    let last = p[start..].trim();
    if !last.is_empty() {
        out.push(last.to_string());
    }
    out
}

// ---------------------------------------------------------------- Recognising sentences

fn words(s: &str) -> Vec<String> {
    crate::model::fold_diacritics(s)
        .to_lowercase()
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect()
}

fn has_phrase(words: &[String], phrase: &str) -> bool {
    let p: Vec<&str> = phrase.split(' ').collect();
    words
        .windows(p.len())
        .any(|w| w.iter().zip(&p).all(|(a, b)| a == b))
}

const DECISION_WORDS: &[&str] = &[
    "besloten", "besluit", "decided", "decision", "resolved", "approved", "adopted",
];
const AGREEMENT_PHRASES: &[&str] = &[
    "afgesproken",
    "afspraken gemaakt",
    "afspraak gemaakt",
    "overeengekomen",
    "akkoord",
    "ingestemd",
    "agreed",
];

/// An outcome when the sentence records a decision or an agreement.
fn outcome_kind(s: &str) -> Option<OutcomeKind> {
    let w = words(s);
    if DECISION_WORDS.iter().any(|p| has_phrase(&w, p)) {
        Some(OutcomeKind::Decision)
    } else if AGREEMENT_PHRASES.iter().any(|p| has_phrase(&w, p)) {
        Some(OutcomeKind::Agreement)
    } else {
        None
    }
}

/// Words that promise a follow-up on their own.
const STRONG_CUES: &[&str] = &[
    "komt terug",
    "komen terug",
    "terugkomen",
    "oproep",
    "verzoek aan",
    "come back",
    "comes back",
    "will report",
    "follow up",
    "report back",
    "is asked to",
    "are asked to",
];
/// Words that promise a follow-up only together with a due point.
const WEAK_CUES: &[&str] = &[
    "geagendeerd",
    "agenderen",
    "bespreken",
    "besproken",
    "gesproken",
    "behandeld",
    "discuss",
    "discussed",
    "agenda",
    "revisit",
    "return",
    "presented",
    "present",
];

/// A follow-up: a sentence with a cue and a due point or someone named to act. Its text is
/// what is to be done where the sentence says so ("een gesprek te organiseren met ..."),
/// else that the topic comes back on the agenda.
fn follow_up(s: &str, date: NaiveDate, item_title: &str, dutch: bool) -> Option<GuessedAction> {
    let w = words(s);
    let strong = STRONG_CUES.iter().any(|p| has_phrase(&w, p));
    let weak = WEAK_CUES.iter().any(|p| has_phrase(&w, p));
    if !strong && !weak {
        return None;
    }
    let due = due_point(&w, date);
    let owner = owner(s);
    if (!strong && due.is_none()) || (due.is_none() && owner.is_none()) {
        return None;
    }
    let (due, due_words) = due.map_or((None, None), |(d, words)| (Some(d), Some(words)));
    let text = task(s, due_words.as_deref()).unwrap_or_else(|| {
        if dutch {
            format!("Terug op de agenda: {item_title}")
        } else {
            format!("Back on the agenda: {item_title}")
        }
    });
    Some(GuessedAction {
        text,
        sentence: s.to_string(),
        owner,
        due,
        due_words,
    })
}

/// Whether the report is in Dutch, from its most common small words.
fn is_dutch(text: &str) -> bool {
    const NL: &[&str] = &[
        "de", "het", "een", "en", "van", "dat", "op", "te", "zijn", "wordt",
    ];
    const EN: &[&str] = &[
        "the", "a", "and", "of", "that", "on", "to", "are", "was", "will",
    ];
    let w = words(text);
    let count = |list: &[&str]| w.iter().filter(|x| list.contains(&x.as_str())).count();
    count(NL) > count(EN)
}

/// One word, lower case, without surrounding punctuation.
fn plain_word(token: &str) -> String {
    crate::model::fold_diacritics(token)
        .to_lowercase()
        .trim_matches(|c: char| !c.is_alphanumeric())
        .to_string()
}

fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}

/// Articles before a role: "de minister", "the treasurer".
const ARTICLES: &[&str] = &["de", "het", "the"];

/// The body or role named as the one who acts: "aan de minister" after a call or request,
/// "door de korpschef", "the treasurer will", "Anna will", "the secretary is asked to".
fn owner(s: &str) -> Option<String> {
    let tokens: Vec<&str> = s.split_whitespace().collect();
    let plain: Vec<String> = tokens.iter().map(|t| plain_word(t)).collect();
    let role_after = |i: usize| -> Option<String> {
        let j = if plain.get(i).is_some_and(|w| ARTICLES.contains(&w.as_str())) {
            i + 1
        } else {
            i
        };
        let word = tokens
            .get(j)?
            .trim_matches(|c: char| !c.is_alphanumeric() && c != '-');
        (!word.is_empty()).then(|| capitalise(word))
    };
    let asks = ["oproep", "verzoek"]
        .iter()
        .any(|c| plain.iter().any(|w| w == c));
    for (i, w) in plain.iter().enumerate() {
        match w.as_str() {
            "aan" if asks => return role_after(i + 1),
            "door"
                if plain
                    .get(i + 1)
                    .is_some_and(|n| ARTICLES.contains(&n.as_str())) =>
            {
                return role_after(i + 1);
            }
            "will" | "is" | "are" | "zal" | "zullen" | "gaat" | "gaan" if i > 0 => {
                let next = plain.get(i + 1).map(String::as_str);
                let acts = match w.as_str() {
                    "will" | "zal" | "zullen" | "gaat" | "gaan" => {
                        next != Some("be") && next != Some("worden")
                    }
                    _ => next == Some("asked"),
                };
                let subject_ok = i == 1 || (i == 2 && ARTICLES.contains(&plain[0].as_str()));
                if acts && subject_ok {
                    let word = tokens[i - 1].trim_matches(|c: char| !c.is_alphanumeric());
                    let is_pronoun = matches!(
                        plain[i - 1].as_str(),
                        "it" | "this" | "dit" | "dat" | "het" | "er" | "we" | "wij" | "they"
                    );
                    if !word.is_empty() && !is_pronoun {
                        return Some(capitalise(word));
                    }
                }
            }
            _ => {}
        }
    }
    None
}

/// What is to be done, when the sentence says it after "om" (Dutch), "asked to" or "will":
/// up to a comma or the due point, "te" dropped, the first letter capitalised.
fn task(s: &str, due_words: Option<&str>) -> Option<String> {
    let tokens: Vec<&str> = s.split_whitespace().collect();
    let plain: Vec<String> = tokens.iter().map(|t| plain_word(t)).collect();
    let start = plain
        .iter()
        .enumerate()
        .find_map(|(i, w)| match w.as_str() {
            "om" => Some(i + 1),
            "to" if i > 0 && plain[i - 1] == "asked" => Some(i + 1),
            "will" if plain.get(i + 1).is_some_and(|n| n != "be") => Some(i + 1),
            _ => None,
        })?;
    let due_first = due_words.and_then(|d| d.split(' ').next()).unwrap_or("");
    let mut out: Vec<&str> = Vec::new();
    for (tok, w) in tokens[start..].iter().zip(&plain[start..]) {
        if !due_first.is_empty() && w == due_first {
            break;
        }
        if w == "zoals" || w == "such" {
            break;
        }
        if w != "te" {
            out.push(tok);
        }
        if tok.ends_with([',', ';', ':']) {
            break;
        }
    }
    // Drop the prepositions and articles that led to the due point.
    while out.last().is_some_and(|t| {
        matches!(
            plain_word(t).as_str(),
            "at" | "the"
                | "in"
                | "het"
                | "de"
                | "op"
                | "on"
                | "by"
                | "van"
                | "tot"
                | "before"
                | "uiterlijk"
        )
    }) {
        out.pop();
    }
    if out
        .first()
        .is_some_and(|t| matches!(plain_word(t).as_str(), "een" | "a" | "an"))
    {
        out.remove(0);
    }
    let text = out
        .join(" ")
        .trim_end_matches([',', ';', ':', '.'])
        .to_string();
    (text.split_whitespace().count() >= 2).then(|| capitalise(&text))
}

const MONTHS: &[(&str, u32)] = &[
    ("januari", 1),
    ("january", 1),
    ("februari", 2),
    ("february", 2),
    ("maart", 3),
    ("march", 3),
    ("april", 4),
    ("mei", 5),
    ("may", 5),
    ("juni", 6),
    ("june", 6),
    ("juli", 7),
    ("july", 7),
    ("augustus", 8),
    ("august", 8),
    ("september", 9),
    ("oktober", 10),
    ("october", 10),
    ("november", 11),
    ("december", 12),
];

fn month(w: &str) -> Option<u32> {
    MONTHS.iter().find(|(n, _)| *n == w).map(|&(_, m)| m)
}

fn day(w: &str) -> Option<u32> {
    w.parse().ok().filter(|d| (1..=31).contains(d))
}

fn year(w: Option<&String>) -> Option<i32> {
    w.filter(|w| w.len() == 4)
        .and_then(|w| w.parse().ok())
        .filter(|y| (1900..=2200).contains(y))
}

/// Prepositions that make a bare month name a due point ("in september", "LOVP van juni").
const MONTH_PREPOSITIONS: &[&str] = &[
    "in", "van", "tot", "per", "voor", "tijdens", "by", "until", "before", "of", "during",
];

/// The due point a follow-up sentence names, with the words it was read from: a day and
/// month → that date (the next one on or after the meeting unless a year is given); a month
/// → that month (likewise); "volgende"/"next" → the next meeting.
fn due_point(w: &[String], date: NaiveDate) -> Option<(Due, String)> {
    for i in 0..w.len() {
        // "9 maart [2020]" or "March 9 [2020]".
        let dm = match (day(&w[i]), w.get(i + 1).and_then(|n| month(n))) {
            (Some(d), Some(m)) => Some((d, m, i + 2)),
            _ => match (month(&w[i]), w.get(i + 1).and_then(|n| day(n))) {
                (Some(m), Some(d)) => Some((d, m, i + 2)),
                _ => None,
            },
        };
        if let Some((d, m, after)) = dm {
            let given = year(w.get(after));
            let on = |y| NaiveDate::from_ymd_opt(y, m, d);
            let resolved = match given {
                Some(y) => on(y),
                None => on(date.year())
                    .filter(|&x| x >= date)
                    .or_else(|| on(date.year() + 1)),
            };
            if let Some(x) = resolved {
                let end = if given.is_some() { after + 1 } else { after };
                return Some((Due::Date(x), w[i..end].join(" ")));
            }
        }
    }
    for i in 0..w.len() {
        let Some(m) = month(&w[i]) else { continue };
        let given = year(w.get(i + 1));
        let after_prep = i > 0 && MONTH_PREPOSITIONS.contains(&w[i - 1].as_str());
        if !after_prep && given.is_none() {
            continue;
        }
        let y = given.unwrap_or(if m >= date.month() {
            date.year()
        } else {
            date.year() + 1
        });
        let from = if after_prep { i - 1 } else { i };
        let to = if given.is_some() { i + 2 } else { i + 1 };
        return Some((Due::Month { year: y, month: m }, w[from..to].join(" ")));
    }
    for i in 0..w.len() {
        let next = match w[i].as_str() {
            "volgende" | "volgend" | "eerstvolgende" => true,
            "next" => w
                .get(i + 1)
                .is_some_and(|n| matches!(n.as_str(), "meeting" | "session" | "time" | "board")),
            _ => false,
        };
        if next {
            let end = (i + 2).min(w.len());
            return Some((Due::Next, w[i..end].join(" ")));
        }
    }
    None
}

/// A date in a title: "10 februari 2020", "March 3, 2024" or "2020-02-10"; with the words
/// to drop from the title.
fn find_date(s: &str) -> Option<(NaiveDate, Vec<String>)> {
    for tok in s.split_whitespace() {
        let t = tok.trim_matches(|c: char| !c.is_ascii_digit() && c != '-');
        if let Ok(d) = NaiveDate::parse_from_str(t, "%Y-%m-%d") {
            return Some((d, vec![tok.to_lowercase()]));
        }
    }
    let w = words(s);
    for i in 0..w.len() {
        let found = match (day(&w[i]), w.get(i + 1).and_then(|n| month(n))) {
            (Some(d), Some(m)) => Some((d, m)),
            _ => match (month(&w[i]), w.get(i + 1).and_then(|n| day(n))) {
                (Some(m), Some(d)) => Some((d, m)),
                _ => None,
            },
        };
        if let Some((d, m)) = found
            && let Some(y) = year(w.get(i + 2))
            && let Some(date) = NaiveDate::from_ymd_opt(y, m, d)
        {
            return Some((date, w[i..i + 3].to_vec()));
        }
    }
    None
}

const TITLE_PREFIXES: &[&str] = &[
    "bestuurlijke terugkoppeling",
    "terugkoppeling",
    "verslag van het",
    "verslag van de",
    "verslag",
    "notulen van het",
    "notulen van de",
    "notulen",
    "besluitenlijst",
    "minutes of the",
    "minutes of",
    "minutes",
    "report of the",
    "report of",
    "report",
    "summary of",
];

/// The meeting's title from the report's title: without the date and without words such as
/// "Bestuurlijke terugkoppeling" or "Minutes of".
fn meeting_title(heading: &str, date_words: Vec<String>) -> String {
    let kept: Vec<&str> = heading
        .split_whitespace()
        .filter(|tok| {
            let w = words(tok).join(" ");
            !(date_words.contains(&w) || date_words.contains(&tok.to_lowercase()))
        })
        .collect();
    let mut t = kept.join(" ");
    for p in TITLE_PREFIXES {
        if t.to_lowercase().starts_with(p) && t.is_char_boundary(p.len()) {
            t = t[p.len()..].to_string();
            break;
        }
    }
    t.trim_matches(|c: char| c.is_whitespace() || matches!(c, ':' | '-' | '–' | ',' | '.'))
        .to_string()
}

// ---------------------------------------------------------------- Output

fn render(m: &Imported, opts: &ImportOptions) -> String {
    let mut s = String::new();
    let from = opts
        .source_name
        .as_deref()
        .map_or_else(String::new, |n| format!(" from {}", comment_text(n)));
    let _ = writeln!(
        s,
        "# Imported by `docket import`{from}. Outcomes and actions are guesses, each from the\n\
         # sentence quoted above it (and left out of the notes): review them, remove what is wrong."
    );
    let _ = writeln!(s, "title = {}", quote(&m.title));
    let _ = writeln!(s, "series = {}", quote(&m.series));
    let _ = writeln!(s, "date = {}", m.date);
    if let Some(src) = &m.source {
        let _ = writeln!(s, "source = {}", quote(src));
    }
    if !m.notes.is_empty() {
        let _ = writeln!(s, "notes = {}", multiline(&m.notes.join("\n\n")));
    }
    for item in &m.items {
        s.push_str("\n[[item]]\n");
        let _ = writeln!(s, "title = {}", quote(&item.title));
        if let Some((topic, why)) = &item.topic {
            let _ = writeln!(s, "topic = {}   # {}", quote(topic), why.as_str());
        }
        if !item.paragraphs.is_empty() {
            let _ = writeln!(s, "notes = {}", multiline(&item.paragraphs.join("\n\n")));
        }
        for o in &item.outcomes {
            s.push_str("\n[[item.outcome]]\n");
            let _ = writeln!(s, "# guessed from: \"{}\"", comment_text(&o.text));
            let _ = writeln!(s, "text = {}", quote(&o.text));
            let _ = writeln!(s, "kind = \"{}\"", o.kind);
        }
        for a in &item.actions {
            s.push_str("\n[[item.action]]\n");
            let _ = writeln!(s, "# guessed from: \"{}\"", comment_text(&a.sentence));
            let _ = writeln!(s, "text = {}", quote(&a.text));
            if let Some(o) = &a.owner {
                let _ = writeln!(s, "owner = {}", quote(o));
            }
            match (&a.due, &a.due_words) {
                (Some(Due::Date(d)), Some(w)) => {
                    let _ = writeln!(s, "due = {d}   # \"{}\"", comment_text(w));
                }
                (Some(d), Some(w)) => {
                    let _ = writeln!(s, "due = \"{d}\"   # \"{}\"", comment_text(w));
                }
                _ => {}
            }
        }
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("test date")
    }

    fn due(s: &str) -> Option<Due> {
        due_point(&words(s), d("2020-02-10")).map(|(d, _)| d)
    }

    #[test]
    fn due_points_resolve_against_the_meeting_date() {
        assert_eq!(due("in het volgende LOVP"), Some(Due::Next));
        assert_eq!(due("at the next meeting"), Some(Due::Next));
        assert_eq!(
            due("Dit voorstel komt terug in het LOVP van juni."),
            Some(Due::Month {
                year: 2020,
                month: 6
            })
        );
        assert_eq!(
            due("in januari"),
            Some(Due::Month {
                year: 2021,
                month: 1
            }),
            "the next January"
        );
        assert_eq!(due("op 9 maart a.s."), Some(Due::Date(d("2020-03-09"))));
        assert_eq!(due("on March 9"), Some(Due::Date(d("2020-03-09"))));
        assert_eq!(due("op 1 februari"), Some(Due::Date(d("2021-02-01"))));
        assert_eq!(
            due("we may return"),
            None,
            "a bare month word is not a due point"
        );
    }

    #[test]
    fn sentences_split_at_capitals_only() {
        assert_eq!(
            sentences("Wordt op 9 maart a.s. apart besproken. Er is kort gesproken."),
            [
                "Wordt op 9 maart a.s. apart besproken.",
                "Er is kort gesproken."
            ]
        );
    }

    #[test]
    fn titles_lose_the_date_and_report_words() {
        let (date, w) =
            find_date("Bestuurlijke terugkoppeling LOVP 10 februari 2020").expect("date");
        assert_eq!(date, d("2020-02-10"));
        assert_eq!(
            meeting_title("Bestuurlijke terugkoppeling LOVP 10 februari 2020", w),
            "LOVP"
        );
        let (date, w) = find_date("Minutes of the Board, March 3, 2024").expect("date");
        assert_eq!(date, d("2024-03-03"));
        assert_eq!(
            meeting_title("Minutes of the Board, March 3, 2024", w),
            "Board"
        );
    }

    #[test]
    fn a_paragraph_cut_by_a_blank_line_is_joined() {
        let b = blocks("## A\n\nzij vinden dat realisatie\n\nlang duurt.\n\nNieuw.\n");
        let paras: Vec<_> = b
            .iter()
            .filter_map(|b| match b {
                Block::Para(p) => Some(p.as_str()),
                Block::Heading(..) => None,
            })
            .collect();
        assert_eq!(paras, ["zij vinden dat realisatie lang duurt.", "Nieuw."]);
    }
}
