//! The previous-outcomes pane: what earlier meetings agreed or decided on the selected
//! item's topic, newest first.

use super::{focused, pane_block, row_style, text, visible_rows};
use crate::model::OutcomeKind;
use crate::tui::app::{App, Pane};
use crate::tui::layout;
use crate::tui::theme::Theme;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

pub fn kind_style(kind: OutcomeKind, theme: &Theme) -> Style {
    match kind {
        OutcomeKind::Decision => theme.decision,
        OutcomeKind::Agreement => theme.agreement,
        OutcomeKind::Note => theme.note,
    }
}

pub fn render(app: &App, theme: &Theme, frame: &mut Frame, area: Rect) {
    let item = app
        .selected_item()
        .map(|(id, i)| &app.library.meeting(id).items[i]);
    let inner = layout::inner(area);
    let width = inner.width as usize;
    let mut title = vec![Span::styled(
        format!(" {}", crate::t!(app.setup.lang, "ui-previous-title")),
        theme.title,
    )];
    if let Some(item) = item {
        title.push(Span::styled(": ", theme.title));
        title.extend(text::line_spans(
            &item.title,
            theme.title,
            theme,
            width.saturating_sub(24),
        ));
    }
    title.push(Span::styled(
        format!(" ({}) ", app.outcome_list.len()),
        theme.title,
    ));
    let block = pane_block(title, focused(app, Pane::Outcomes), theme);
    let mut lines = Vec::new();
    if app.outcome_list.is_empty() {
        let why = match item {
            Some(item) => crate::t!(
                app.setup.lang,
                "ui-previous-none",
                topic = text::fit(&item.topic, 40)
            ),
            None => crate::t!(app.setup.lang, "ui-previous-select"),
        };
        lines.push(Line::from(Span::styled(why, theme.muted)));
    }
    for (_, p, selected) in
        visible_rows(&app.outcome_list, app.cursors[Pane::Outcomes], inner.height)
    {
        let base = row_style(selected, theme);
        let m = app.library.meeting(p.meeting);
        let o = app.library.outcome(p);
        let head = format!("{} {} ", m.date, text::fit(&m.title, 12));
        let kind = format!("{:<9} ", super::kind_word(o.kind, app.setup.lang));
        let room = width.saturating_sub(text::width(&head) + kind.len());
        let mut spans = vec![
            Span::styled(head, if selected { base } else { theme.muted }),
            Span::styled(
                kind,
                kind_style(o.kind, theme).patch(if selected {
                    theme.selection
                } else {
                    Style::new()
                }),
            ),
        ];
        spans.extend(text::line_spans(&o.text, base, theme, room));
        lines.push(Line::from(spans));
    }
    frame.render_widget(
        Paragraph::new(lines)
            .block(block)
            .wrap(ratatui::widgets::Wrap { trim: false }),
        area,
    );
}
