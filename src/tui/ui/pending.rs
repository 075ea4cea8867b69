//! The pending pane: actions promised at earlier meetings, with their due status at this one.

use super::{focused, pane_block, row_style, text, visible_rows};
use crate::i18n::Lang;
use crate::model::{DueStatus, Scope};
use crate::t;
use crate::tui::app::{App, Pane};
use crate::tui::layout;
use crate::tui::theme::Theme;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

pub fn status_style(status: DueStatus, theme: &Theme) -> Style {
    match status {
        DueStatus::Overdue => theme.overdue,
        DueStatus::Due => theme.due,
        DueStatus::Later => theme.later,
        DueStatus::None => theme.none,
    }
}

/// The due status in words of the interface's language.
pub fn status_word(status: DueStatus, lang: Lang) -> String {
    match status {
        DueStatus::Overdue => t!(lang, "status-overdue"),
        DueStatus::Due => t!(lang, "status-due"),
        DueStatus::Later => t!(lang, "status-later"),
        DueStatus::None => t!(lang, "status-none"),
    }
}

pub fn render(app: &App, theme: &Theme, frame: &mut Frame, area: Rect) {
    let inner = layout::inner(area);
    let width = inner.width as usize;
    let scope = match (app.scope, app.meeting.and_then(|id| app.library.get(id))) {
        (Scope::AllSeries, _) => t!(app.setup.lang, "ui-pending-all-series"),
        (Scope::Series, Some(m)) => text::fit(&m.series, 24),
        (Scope::Series, None) => String::new(),
    };
    let title = vec![Span::styled(
        format!(
            " {} ",
            t!(
                app.setup.lang,
                "ui-pending-title",
                scope = scope,
                count = app.pending_list.len()
            )
        ),
        theme.title,
    )];
    let block = pane_block(title, focused(app, Pane::Pending), theme);
    let mut lines = Vec::new();
    if app.pending_list.is_empty() {
        let why = match app.scope {
            Scope::Series => t!(app.setup.lang, "ui-pending-none-series"),
            Scope::AllSeries => t!(app.setup.lang, "ui-pending-none-all"),
        };
        lines.push(Line::from(Span::styled(why, theme.muted)));
    }
    for (_, p, selected) in
        visible_rows(&app.pending_list, app.cursors[Pane::Pending], inner.height)
    {
        let base = row_style(selected, theme);
        let sel = |s: Style| {
            if selected {
                s.patch(theme.selection)
            } else {
                s
            }
        };
        let a = app.library.action(p);
        let due = a
            .due
            .map_or_else(|| "-".into(), |d| d.label(app.setup.lang));
        let mut spans = vec![
            Span::styled(
                format!("{:<8}", status_word(p.status, app.setup.lang)),
                sel(status_style(p.status, theme)),
            ),
            Span::styled(format!("{due:<11}"), sel(theme.muted)),
        ];
        let mut used = 19;
        if app.is_marked(p) {
            // Marked with Space for closing together (x / X).
            spans.insert(0, Span::styled("● ", sel(theme.key)));
            used += 2;
        }
        if a.done.is_some() {
            let closed = if a.dropped {
                format!("{} ", t!(app.setup.lang, "ui-pending-dropped"))
            } else {
                format!("{} ", t!(app.setup.lang, "ui-pending-done"))
            };
            used += text::width(&closed);
            spans.push(Span::styled(closed, sel(theme.done)));
        }
        if let Some(owner) = &a.owner {
            let o = format!("{} ", text::fit(owner, 16));
            used += text::width(&o);
            spans.push(Span::styled(o, sel(theme.key)));
        }
        spans.extend(text::line_spans(
            &a.text,
            base,
            theme,
            width.saturating_sub(used),
        ));
        lines.push(Line::from(spans));
    }
    frame.render_widget(
        Paragraph::new(lines)
            .block(block)
            .wrap(ratatui::widgets::Wrap { trim: false }),
        area,
    );
}
