//! The help overlay (`?`), generated from every mode's key table: the main screen's keys
//! by group, then each other mode's own keys. Two columns when the screen is wide enough;
//! it scrolls (`j`/`k`, `g` top, `G` end).

use super::text;
use crate::i18n::Lang;
use crate::t;
use crate::tui::keymap::{BINDINGS, Binding, TABLES};
use crate::tui::layout;
use crate::tui::theme::Theme;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

/// One line of help before styling.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Row {
    Title(String),
    Keys(String, String),
    Note(String),
    Blank,
}

/// Below this inside width, one column.
const TWO_COLUMNS_FROM: usize = 80;
const GAP: usize = 2;

/// The sections of help: each a title and its rows.
fn sections(lang: Lang) -> Vec<Vec<Row>> {
    let keys = |b: &Binding| {
        let k: Vec<String> = b.keys.iter().map(|k| k.label()).collect();
        k.join(", ")
    };
    let mut out: Vec<Vec<Row>> = Vec::new();
    for b in BINDINGS {
        if out
            .last()
            .is_none_or(|s| s.first() != Some(&Row::Title(t!(lang, b.group))))
        {
            out.push(vec![Row::Title(t!(lang, b.group))]);
        }
        if let Some(s) = out.last_mut() {
            s.push(Row::Keys(keys(b), t!(lang, b.help)));
        }
    }
    // Each part of a table once, in the first mode that has it.
    let mut seen: Vec<*const [Binding]> = vec![BINDINGS as *const [Binding]];
    for table in TABLES.iter().skip(1) {
        let mut section = vec![Row::Title(t!(lang, table.title))];
        for part in table.parts {
            if seen.contains(&(*part as *const [Binding])) {
                continue;
            }
            seen.push(*part as *const [Binding]);
            for b in *part {
                add(&mut section, keys(b), t!(lang, b.help));
            }
        }
        if let Some((k, what)) = table.rest_help {
            section.push(Row::Keys(t!(lang, k), t!(lang, what)));
        }
        if section.len() > 1 {
            out.push(section);
        }
    }
    out.push(vec![Row::Note(t!(lang, "ui-help-mouse"))]);
    out
}

/// Adds a row, or the keys to the row that already says the same (`k, ↑, Ctrl-p`).
fn add(section: &mut Vec<Row>, keys: String, what: String) {
    let same = section
        .iter_mut()
        .find(|r| matches!(r, Row::Keys(_, w) if *w == what));
    match same {
        Some(Row::Keys(k, _)) => {
            k.push_str(", ");
            k.push_str(&keys);
        }
        _ => section.push(Row::Keys(keys, what)),
    }
}

/// The rows of each column for an inside `width`: sections kept whole, split where the
/// first column holds about half.
fn columns(lang: Lang, width: usize) -> (Vec<Row>, Vec<Row>, usize) {
    let two = width >= TWO_COLUMNS_FROM;
    let col = if two { (width - GAP) / 2 } else { width };
    let secs: Vec<Vec<Row>> = sections(lang).into_iter().map(|s| wrap(s, col)).collect();
    let total: usize = secs.iter().map(|s| s.len() + 1).sum();
    let (mut left, mut right) = (Vec::new(), Vec::new());
    let mut second = false;
    for s in secs {
        // Once a section starts the second column, the rest follow it (reading order).
        second = second || (two && left.len() + s.len() / 2 >= total / 2);
        let target = if second { &mut right } else { &mut left };
        if !target.is_empty() {
            target.push(Row::Blank);
        }
        target.extend(s);
    }
    (left, right, col)
}

/// Width of the keys column.
const KEYS: usize = 18;

/// Breaks long descriptions onto more rows, so nothing is cut.
fn wrap(section: Vec<Row>, col: usize) -> Vec<Row> {
    let room = col.saturating_sub(KEYS + 2).max(10);
    let mut out = Vec::new();
    for row in section {
        let (keys, what) = match row {
            Row::Keys(keys, what) => (keys, what),
            Row::Note(n) => {
                out.extend(wrap_words(&n, col).into_iter().map(Row::Note));
                continue;
            }
            other => {
                out.push(other);
                continue;
            }
        };
        let mut first = true;
        for line in wrap_words(&what, room) {
            let k = if first { keys.clone() } else { String::new() };
            first = false;
            out.push(Row::Keys(k, line));
        }
    }
    out
}

fn wrap_words(s: &str, room: usize) -> Vec<String> {
    let mut lines: Vec<String> = vec![String::new()];
    for word in s.split_whitespace() {
        let Some(cur) = lines.last_mut() else { break };
        if cur.is_empty() || text::width(cur) + 1 + text::width(word) <= room {
            if !cur.is_empty() {
                cur.push(' ');
            }
            cur.push_str(word);
        } else {
            lines.push(word.to_string());
        }
    }
    lines
}

fn styled(row: &Row, theme: &Theme, col: usize) -> Vec<Span<'static>> {
    match row {
        Row::Title(t) => vec![Span::styled(text::fit(t, col), theme.header)],
        Row::Keys(k, what) => vec![
            Span::styled(
                format!("  {:<w$}", text::fit(k, KEYS - 1), w = KEYS),
                theme.key,
            ),
            Span::styled(text::fit(what, col.saturating_sub(KEYS + 2)), theme.text),
        ],
        Row::Note(n) => vec![Span::styled(text::fit(n, col), theme.muted)],
        Row::Blank => Vec::new(),
    }
}

fn span_width(spans: &[Span]) -> usize {
    spans.iter().map(|s| text::width(&s.content)).sum()
}

/// The help rows, both columns side by side, for an inside `width`.
fn lines(theme: &Theme, lang: Lang, width: usize) -> Vec<Line<'static>> {
    let (left, right, col) = columns(lang, width);
    (0..left.len().max(right.len()))
        .map(|i| {
            let mut spans = left.get(i).map_or_else(Vec::new, |r| styled(r, theme, col));
            if let Some(r) = right.get(i) {
                let pad = col + GAP - span_width(&spans).min(col);
                spans.push(Span::styled(" ".repeat(pad), Style::default()));
                spans.extend(styled(r, theme, col));
            }
            Line::from(spans)
        })
        .collect()
}

/// The inside of the help overlay on a screen of `size`.
fn inside(size: Rect) -> Rect {
    layout::inner(layout::help_area(size))
}

/// How far help scrolls at most on a screen of `size` (its rows less those in view).
pub fn max_scroll(lang: Lang, size: Rect) -> usize {
    let inner = inside(size);
    let (left, right, _) = columns(lang, inner.width as usize);
    left.len()
        .max(right.len())
        .saturating_sub(inner.height as usize)
}

/// The rows in view at once (a page).
pub fn page(size: Rect) -> usize {
    (inside(size).height as usize).max(1)
}

pub fn render(theme: &Theme, frame: &mut Frame, scroll: usize, lang: Lang) {
    let area = layout::help_area(frame.area());
    let title = format!(" {} ", t!(lang, "ui-help-title"));
    let inner = super::overlays::frame_overlay_in(frame, area, theme, title, lang);
    let lines = lines(theme, lang, inner.width as usize);
    let scroll = scroll.min(lines.len().saturating_sub(inner.height as usize));
    frame.render_widget(
        Paragraph::new(lines).scroll((scroll.min(u16::MAX as usize) as u16, 0)),
        inner,
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_table_is_in_help_and_two_columns_fit_120_columns() {
        let size = Rect::new(0, 0, 120, 40);
        let width = inside(size).width as usize;
        let (left, right, col) = columns(Lang::En, width);
        assert!(!right.is_empty(), "two columns at 120×40");
        assert!(2 * col + GAP <= width);
        let all: Vec<Row> = left.into_iter().chain(right).collect();
        for table in TABLES.iter().skip(1) {
            assert!(
                all.contains(&Row::Title(t!(Lang::En, table.title))),
                "{}",
                table.title
            );
        }
        // Nothing is cut: each description fits its column.
        for r in &all {
            if let Row::Keys(_, what) = r {
                assert!(text::width(what) <= col - KEYS - 2, "{what}");
            }
        }
    }

    #[test]
    fn it_scrolls_only_as_far_as_its_last_row() {
        let size = Rect::new(0, 0, 120, 40);
        let width = inside(size).width as usize;
        let (l, r, _) = columns(Lang::En, width);
        let rows = l.len().max(r.len());
        assert_eq!(max_scroll(Lang::En, size), rows.saturating_sub(page(size)));
        let narrow = Rect::new(0, 0, 60, 20);
        assert!(max_scroll(Lang::En, narrow) > max_scroll(Lang::En, size));
    }
}
