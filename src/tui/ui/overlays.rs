//! Overlays drawn over the main screen: the meeting picker, the list of files that could
//! not be read and the agenda warnings (help is in `help.rs`).

use super::text;
use crate::i18n::{self, Lang};
use crate::t;
use crate::tui::app::{App, Picker};
use crate::tui::layout;
use crate::tui::theme::Theme;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Borders, Clear, Paragraph};

fn frame_overlay(frame: &mut Frame, theme: &Theme, title: String, lang: Lang) -> Rect {
    let area = layout::overlay_area(frame.area());
    frame_overlay_in(frame, area, theme, title, lang)
}

/// A bordered overlay in `area`, with a title and `Esc close` below; returns its inside.
pub(super) fn frame_overlay_in(
    frame: &mut Frame,
    area: Rect,
    theme: &Theme,
    title: String,
    lang: Lang,
) -> Rect {
    frame.render_widget(Clear, area);
    let block = Block::default()
        .borders(Borders::ALL)
        .border_type(BorderType::Double)
        .border_style(theme.border_focused)
        .title(Span::styled(title, theme.title))
        .title_bottom(Span::styled(
            format!(" {} ", t!(lang, "ui-esc-close")),
            theme.muted,
        ));
    frame.render_widget(block, area);
    layout::inner(area)
}

pub fn problems(app: &App, theme: &Theme, frame: &mut Frame, scroll: usize) {
    let n = app.bad_file_count();
    let inner = frame_overlay(
        frame,
        theme,
        format!(" {} ", t!(app.setup.lang, "ui-problems-title", count = n)),
        app.setup.lang,
    );
    let mut lines: Vec<Line> = Vec::new();
    if app.problems.is_empty() {
        lines.push(Line::from(Span::styled(
            t!(app.setup.lang, "ui-problems-none"),
            theme.muted,
        )));
    }
    for d in &app.problems {
        lines.push(Line::from(text::line_spans(
            &d.render(app.setup.lang),
            theme.error,
            theme,
            usize::MAX / 4,
        )));
    }
    let scroll = scroll.min(lines.len().saturating_sub(1));
    let para = Paragraph::new(lines).wrap(ratatui::widgets::Wrap { trim: false });
    frame.render_widget(
        para.scroll((scroll.min(u16::MAX as usize) as u16, 0)),
        inner,
    );
}

pub fn picker(app: &App, theme: &Theme, frame: &mut Frame, p: &Picker) {
    let total = app.library.len();
    let inner = frame_overlay(
        frame,
        theme,
        format!(
            " {} ",
            t!(
                app.setup.lang,
                "ui-picker-title",
                shown = p.matches.len(),
                total = total
            )
        ),
        app.setup.lang,
    );
    let width = inner.width as usize;
    let mut lines = vec![
        Line::from(vec![
            Span::styled(
                format!("{} ", t!(app.setup.lang, "ui-picker-filter")),
                theme.muted,
            ),
            Span::styled(
                text::fit(p.filter.split().0, width.saturating_sub(10)),
                theme.text,
            ),
            Span::styled("▏", theme.key),
            Span::styled(
                text::fit(
                    p.filter.split().1,
                    width.saturating_sub(10 + text::width(p.filter.split().0)),
                ),
                theme.text,
            ),
        ]),
        Line::from(""),
    ];
    if p.matches.is_empty() {
        lines.push(Line::from(Span::styled(
            t!(app.setup.lang, "ui-picker-none"),
            theme.muted,
        )));
    }
    let rows = inner.height.saturating_sub(2) as usize;
    for (i, &id) in p
        .matches
        .iter()
        .enumerate()
        .skip(p.cursor.offset)
        .take(rows)
    {
        let m = app.library.meeting(id);
        let selected = i == p.cursor.sel;
        let base = if selected {
            theme.selection
        } else {
            theme.text
        };
        let current = if Some(id) == app.meeting { "●" } else { " " };
        let marker = if selected { "▸" } else { " " };
        let head = format!(
            "{marker}{current} {}  ",
            i18n::weekday_iso(app.setup.lang, m.date)
        );
        let items = t!(app.setup.lang, "ui-picker-items", count = m.items.len());
        let tail = format!("  {} · {items}", text::fit(&m.series, 20));
        let room = width.saturating_sub(text::width(&head) + text::width(&tail));
        let mut spans = vec![Span::styled(head, base)];
        spans.extend(text::line_spans(&m.title, base, theme, room));
        spans.push(Span::styled(
            tail,
            if selected { base } else { theme.muted },
        ));
        lines.push(Line::from(spans));
    }
    frame.render_widget(Paragraph::new(lines), inner);
}

pub fn lint(app: &App, theme: &Theme, frame: &mut Frame, scroll: usize) {
    let inner = frame_overlay(
        frame,
        theme,
        format!(
            " {} ",
            t!(app.setup.lang, "ui-lint-title", count = app.lint.len())
        ),
        app.setup.lang,
    );
    let mut lines: Vec<Line> = Vec::new();
    if app.lint.is_empty() {
        let why = match app.meeting.and_then(|id| app.library.get(id)) {
            Some(m) if m.date < app.today => t!(app.setup.lang, "ui-lint-past"),
            _ => t!(app.setup.lang, "ui-lint-none"),
        };
        lines.push(Line::from(Span::styled(why, theme.muted)));
    }
    for f in &app.lint {
        let mut l = vec![Span::styled(
            format!("⚑ {:<18} ", f.kind.as_str()),
            theme.warning,
        )];
        l.extend(text::line_spans(
            &f.message,
            theme.text,
            theme,
            usize::MAX / 4,
        ));
        lines.push(Line::from(l));
    }
    let scroll = scroll.min(lines.len().saturating_sub(1));
    let para = Paragraph::new(lines).wrap(ratatui::widgets::Wrap { trim: false });
    frame.render_widget(
        para.scroll((scroll.min(u16::MAX as usize) as u16, 0)),
        inner,
    );
}
