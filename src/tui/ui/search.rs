//! The search overlay: the query line (errors underlined), and the hits, best first, with
//! kind, date, series, meeting and the matched characters highlighted. Highlights are
//! computed here for the visible rows only.

use super::text;
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
    let lang = app.lang;
    let count = if s.searching {
        format!(" {} ", t!(lang, "ui-search-searching"))
    } else {
        format!(" {} ", t!(lang, "ui-search-hits", count = s.hits.len()))
    };
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
            &format!("✗ {e}"),
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
    let index = &s.index.0;
    for (i, hit) in s.hits.iter().enumerate().skip(s.cursor.offset).take(rows) {
        let Some(rec) = index.get(hit.record) else {
            continue;
        };
        let selected = i == s.cursor.sel;
        let base = if selected {
            theme.selection
        } else {
            theme.text
        };
        let meeting = app
            .library
            .get(rec.meeting)
            .map(|m| m.title.as_str())
            .unwrap_or("");
        let head = format!(
            "{}{:<9} {} {} {} · ",
            if selected { "▸" } else { " " },
            rec.kind.as_str(),
            rec.date,
            text::fit(index.series(hit.record), 12),
            text::fit(meeting, 16)
        );
        let room = width.saturating_sub(text::width(&head));
        let (shown, marks) = around_first_mark(
            index.text(hit.record),
            index.highlight(hit.record, &s.query),
            room,
        );
        let mut spans = vec![Span::styled(
            head,
            if selected { base } else { theme.muted },
        )];
        let mark_style = base.patch(theme.match_highlight);
        spans.extend(text::marked_spans(
            &shown, &marks, base, mark_style, theme, room,
        ));
        lines.push(Line::from(spans));
    }
    frame.render_widget(Paragraph::new(lines), inner);
}

/// `/ query▏`, with the word a query error points at underlined.
fn query_line(s: &SearchState, theme: &Theme, width: usize) -> Line<'static> {
    let mut spans = vec![Span::styled("/ ", theme.key)];
    let err = s.error.as_ref().map(|e| e.span.clone());
    let chars: Vec<(usize, char)> = s.text.char_indices().collect();
    let marks: Vec<usize> = chars
        .iter()
        .enumerate()
        .filter(|(_, (b, _))| err.as_ref().is_some_and(|r| r.contains(b)))
        .map(|(i, _)| i)
        .collect();
    let bad = theme.error.add_modifier(Modifier::UNDERLINED);
    spans.extend(text::marked_spans(
        &s.text,
        &marks,
        theme.text,
        bad,
        theme,
        width.saturating_sub(3),
    ));
    spans.push(Span::styled("▏", theme.key));
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
