//! The search overlay: the query line (errors underlined), and the hits, best first, one
//! row per agenda item: kind, date, the item's title, a snippet with the matched characters
//! highlighted, and `+N` for the item's further hits. Highlights are computed here for the
//! visible rows only.

use super::text;
use crate::i18n::Lang;
use crate::search::{Hit, RecordKind, SEPARATOR};
use crate::t;
use crate::tui::app::App;
use crate::tui::layout;
use crate::tui::search::SearchState;
use crate::tui::theme::Theme;
use ratatui::Frame;
use ratatui::style::Modifier;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Borders, Clear, Paragraph};

pub fn render(app: &App, theme: &Theme, frame: &mut Frame, s: &SearchState) {
    let area = layout::overlay_area(frame.area());
    frame.render_widget(Clear, area);
    let lang = app.setup.lang;
    let count = count_label(s, lang);
    let block = Block::default()
        .borders(Borders::ALL)
        .border_type(BorderType::Double)
        .border_style(theme.border_focused)
        .title(Span::styled(
            format!(" {} ", t!(lang, "ui-search-title")),
            theme.title,
        ))
        .title(Line::from(Span::styled(count, theme.muted)).right_aligned())
        .title_bottom(Span::styled(
            format!(" {} ", t!(lang, "ui-search-keys")),
            theme.muted,
        ));
    frame.render_widget(block, area);
    let inner = layout::inner(area);
    let width = inner.width as usize;
    let mut lines = vec![query_line(s, theme, width)];
    lines.push(match &s.error {
        Some(e) => Line::from(text::line_spans(
            &format!("✗ {}", e.message(lang)),
            theme.error,
            theme,
            width,
        )),
        None => Line::from(Span::styled(t!(lang, "ui-search-syntax"), theme.muted)),
    });
    if s.hits.is_empty() && !s.searching && !s.query.is_empty() {
        lines.push(Line::from(Span::styled(
            t!(lang, "ui-search-none"),
            theme.muted,
        )));
    }
    let rows = inner.height.saturating_sub(2) as usize;
    for (i, hit) in s.hits.iter().enumerate().skip(s.cursor.offset).take(rows) {
        lines.extend(hit_line(app, s, i, hit, theme, width));
    }
    frame.render_widget(Paragraph::new(lines), inner);
}

/// `12 hits`, or `5 items · 12 hits` when items had several, or `searching…`.
fn count_label(s: &SearchState, lang: Lang) -> String {
    if s.searching {
        format!(" {} ", t!(lang, "ui-search-searching"))
    } else {
        let total = s.hits.len() + s.more.iter().take(s.hits.len()).sum::<usize>();
        if total == s.hits.len() {
            format!(" {} ", t!(lang, "ui-search-hits", count = total))
        } else {
            format!(
                " {} ",
                t!(
                    lang,
                    "ui-search-items-hits",
                    items = s.hits.len(),
                    count = total
                )
            )
        }
    }
}

/// One hit: kind, date, the item's title and the matched text around its first match.
fn hit_line(
    app: &App,
    s: &SearchState,
    i: usize,
    hit: &Hit,
    theme: &Theme,
    width: usize,
) -> Option<Line<'static>> {
    let index = &s.index.0;
    let rec = index.get(hit.record)?;
    let selected = i == s.cursor.sel;
    let base = if selected {
        theme.selection
    } else {
        theme.text
    };
    let meeting = app.library.get(rec.meeting);
    // The agenda item the hit belongs to (a meeting hit: the meeting's title).
    let title = meeting
        .and_then(|m| match rec.item {
            Some(i) => m.items.get(i).map(|it| it.title.as_str()),
            None => Some(m.title.as_str()),
        })
        .unwrap_or("");
    let head = format!(
        "{}{:<9} {} ",
        if selected { "▸" } else { " " },
        record_kind_word(rec.kind, app.setup.lang),
        rec.date,
    );
    let more = s.more.get(i).copied().unwrap_or(0);
    let tail = if more > 0 {
        format!(" +{more}")
    } else {
        String::new()
    };
    let full_title = title;
    let title = text::fit(title, (width / 4).max(12));
    let used = text::width(&head) + text::width(&title) + 3 + text::width(&tail);
    let room = width.saturating_sub(used);
    let (shown, marks) = snippet(
        index.text(hit.record),
        index.highlight(hit.record, &s.query),
        (rec.kind == RecordKind::Item).then_some(full_title),
        room,
    );
    let mut spans = vec![
        Span::styled(head, if selected { base } else { theme.muted }),
        Span::styled(title, base.patch(theme.header)),
        Span::styled(" · ", theme.muted),
    ];
    let mark_style = base.patch(theme.match_highlight);
    spans.extend(text::marked_spans(
        &shown, &marks, base, mark_style, theme, room,
    ));
    if !tail.is_empty() {
        let pad = room.saturating_sub(text::width(&shown));
        spans.push(Span::styled(
            format!("{}{tail}", " ".repeat(pad)),
            theme.muted,
        ));
    }
    Some(Line::from(spans))
}

/// The text to show after the item's title: an item's own text without the title it starts
/// with (shown already), around the first match.
fn snippet(
    full: &str,
    marks: Vec<usize>,
    title: Option<&str>,
    room: usize,
) -> (String, Vec<usize>) {
    let lead = title
        .filter(|t| !t.is_empty() && full.starts_with(t))
        .map(|t| t.chars().count())
        .and_then(|n| {
            let sep = SEPARATOR.chars().count();
            let rest: String = full.chars().skip(n).take(sep).collect();
            (rest == SEPARATOR).then_some(n + sep)
        })
        .unwrap_or(0);
    let text: String = full.chars().skip(lead).collect();
    let marks = marks
        .into_iter()
        .filter(|&m| m >= lead)
        .map(|m| m - lead)
        .collect();
    around_first_mark(&text, marks, room)
}

/// `/ query▏`, with the word a query error points at underlined.
fn query_line(s: &SearchState, theme: &Theme, width: usize) -> Line<'static> {
    let mut spans = vec![Span::styled("/ ", theme.key)];
    let err = s.error.as_ref().map(|e| e.span.clone());
    let text = s.field.text();
    let marks: Vec<usize> = text
        .char_indices()
        .enumerate()
        .filter(|(_, (b, _))| err.as_ref().is_some_and(|r| r.contains(b)))
        .map(|(i, _)| i)
        .collect();
    let bad = theme.error.add_modifier(Modifier::UNDERLINED);
    // The cursor mark stands inside the text where the cursor is.
    let (before, after) = s.field.split();
    let at = before.chars().count();
    let room = width.saturating_sub(3);
    let (head, tail): (Vec<usize>, Vec<usize>) = marks.iter().partition(|&&m| m < at);
    spans.extend(text::marked_spans(
        before, &head, theme.text, bad, theme, room,
    ));
    spans.push(Span::styled("▏", theme.key));
    if !after.is_empty() {
        let tail: Vec<usize> = tail.into_iter().map(|m| m - at).collect();
        let rest = room.saturating_sub(text::width(before));
        spans.extend(text::marked_spans(
            after, &tail, theme.text, bad, theme, rest,
        ));
    }
    Line::from(spans)
}

/// When the first matched character would fall outside `room` columns, starts the shown
/// text shortly before it (with `…`), so the match is always in view.
fn around_first_mark(full: &str, marks: Vec<usize>, room: usize) -> (String, Vec<usize>) {
    let first = marks.first().copied().unwrap_or(0);
    if first + 8 < room * 2 / 3 {
        return (full.to_string(), marks);
    }
    let skip = first.saturating_sub(12);
    let shown: String = std::iter::once('…')
        .chain(full.chars().skip(skip))
        .collect();
    let marks = marks
        .into_iter()
        .filter(|&m| m >= skip)
        .map(|m| m - skip + 1)
        .collect();
    (shown, marks)
}

/// A hit's kind in the interface's language (the `kind:` filter keeps its English words).
fn record_kind_word(kind: RecordKind, lang: Lang) -> String {
    match kind {
        RecordKind::Meeting => t!(lang, "kind-meeting"),
        RecordKind::Item => t!(lang, "kind-item"),
        RecordKind::Decision => t!(lang, "kind-decision"),
        RecordKind::Agreement => t!(lang, "kind-agreement"),
        RecordKind::Note => t!(lang, "kind-note"),
        RecordKind::Action => t!(lang, "kind-action"),
    }
}
