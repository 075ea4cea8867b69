//! The agenda pane: numbered items, a discussed mark, a standing mark, planned minutes.

use super::{focused, pane_block, row_style, text, visible_rows};
use crate::tui::app::{App, Pane};
use crate::tui::layout;
use crate::tui::theme::Theme;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

pub fn render(app: &App, theme: &Theme, frame: &mut Frame, area: Rect) {
    let Some(m) = app.meeting.and_then(|id| app.library.get(id)) else {
        return;
    };
    let title = vec![Span::styled(
        format!(
            " {} ",
            crate::t!(app.setup.lang, "ui-agenda-title", count = m.items.len())
        ),
        theme.title,
    )];
    let block = pane_block(title, focused(app, Pane::Agenda), theme);
    let inner = layout::inner(area);
    let width = inner.width as usize;
    let num_w = m.items.len().to_string().len();
    // Actual minutes only for the meeting being held: marks made afterwards say nothing
    // about how long an item took.
    let actual = if app.is_live(m) {
        crate::model::actual_minutes(m)
    } else {
        Vec::new()
    };
    let mut lines = Vec::new();
    if m.items.is_empty() {
        lines.push(Line::from(Span::styled(
            crate::t!(app.setup.lang, "ui-agenda-empty"),
            theme.muted,
        )));
    }
    for (i, item, selected) in visible_rows(&m.items, app.cursors[Pane::Agenda], inner.height) {
        let base = row_style(selected, theme);
        let marker = if selected { "▸" } else { " " };
        let (mark, mark_style) = match item.discussed {
            Some(_) => ("✓", theme.discussed),
            None => (" ", theme.text),
        };
        // Planned minutes, with the actual ones before them once known: `18/15m`.
        let minutes = match (actual.get(i).copied().flatten(), item.minutes) {
            (Some(a), Some(p)) => format!(" {a}/{p}m"),
            (Some(a), None) => format!(" {a}m✓"),
            (None, Some(p)) => format!(" {p:>3}m"),
            (None, None) => String::new(),
        };
        let prefix = format!("{marker}{mark} {:>num_w$} ", i + 1);
        // A standing item (returns every meeting) says so after its title.
        let standing = if item.standing { " ↻" } else { "" };
        let room = width.saturating_sub(
            prefix.chars().count() + minutes.chars().count() + standing.chars().count(),
        );
        let mut spans = vec![
            Span::styled(marker.to_string(), base),
            Span::styled(
                mark.to_string(),
                mark_style.patch(if selected {
                    theme.selection
                } else {
                    Default::default()
                }),
            ),
            Span::styled(format!(" {:>num_w$} ", i + 1), base),
        ];
        let title = text::line_spans(&item.title, base, theme, room);
        let used: usize = title.iter().map(|s| text::width(&s.content)).sum();
        spans.extend(title);
        spans.push(Span::styled(" ".repeat(room.saturating_sub(used)), base));
        spans.push(Span::styled(
            standing,
            if selected { base } else { theme.muted },
        ));
        spans.push(Span::styled(
            minutes,
            if selected { base } else { theme.muted },
        ));
        lines.push(Line::from(spans));
    }
    frame.render_widget(Paragraph::new(lines).block(block), area);
}
