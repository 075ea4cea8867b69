//! Overlays drawn over the main screen: help (from the key table), the meeting picker and
//! the list of files that could not be read.

use super::text;
use crate::tui::app::{App, Picker};
use crate::tui::keymap::{ATTENDANCE_BINDINGS, BINDINGS};
use crate::tui::layout;
use crate::tui::theme::Theme;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Borders, Clear, Paragraph};

fn frame_overlay(frame: &mut Frame, theme: &Theme, title: String) -> Rect {
    let area = layout::overlay_area(frame.area());
    frame.render_widget(Clear, area);
    let block = Block::default()
        .borders(Borders::ALL)
        .border_type(BorderType::Double)
        .border_style(theme.border_focused)
        .title(Span::styled(title, theme.title))
        .title_bottom(Span::styled(" Esc close ", theme.muted));
    frame.render_widget(block, area);
    layout::inner(area)
}

/// Every binding of the key table, grouped.
pub fn help_lines(theme: &Theme) -> Vec<Line<'static>> {
    let mut lines = Vec::new();
    let mut group = "";
    for b in BINDINGS {
        if b.group != group {
            if !group.is_empty() {
                lines.push(Line::from(""));
            }
            group = b.group;
            lines.push(Line::from(Span::styled(group.to_string(), theme.header)));
        }
        let keys: Vec<String> = b.keys.iter().map(|k| k.label()).collect();
        lines.push(Line::from(vec![
            Span::styled(format!("  {:<18}", keys.join(", ")), theme.key),
            Span::styled(b.help.to_string(), theme.text),
        ]));
    }
    for (i, b) in ATTENDANCE_BINDINGS.iter().enumerate() {
        if i == 0 {
            lines.push(Line::from(""));
            lines.push(Line::from(Span::styled(b.group.to_string(), theme.header)));
        }
        let keys: Vec<String> = b.keys.iter().map(|k| k.label()).collect();
        lines.push(Line::from(vec![
            Span::styled(format!("  {:<18}", keys.join(", ")), theme.key),
            Span::styled(b.help.to_string(), theme.text),
        ]));
    }
    lines.push(Line::from(""));
    lines.push(Line::from(Span::styled(
        "Mouse: click selects and focuses a pane; the wheel scrolls it.",
        theme.muted,
    )));
    lines
}

pub fn help(theme: &Theme, frame: &mut Frame, scroll: usize) {
    let inner = frame_overlay(frame, theme, " Keys ".into());
    let lines = help_lines(theme);
    let scroll = scroll.min(lines.len().saturating_sub(inner.height as usize));
    frame.render_widget(
        Paragraph::new(lines).scroll((scroll.min(u16::MAX as usize) as u16, 0)),
        inner,
    );
}

pub fn problems(app: &App, theme: &Theme, frame: &mut Frame, scroll: usize) {
    let n = app.bad_file_count();
    let inner = frame_overlay(
        frame,
        theme,
        format!(" Files that could not be read ({n}) "),
    );
    let mut lines: Vec<Line> = Vec::new();
    if app.problems.is_empty() {
        lines.push(Line::from(Span::styled(
            "Every meeting file was read without a problem.",
            theme.muted,
        )));
    }
    for d in &app.problems {
        lines.push(Line::from(text::line_spans(
            &d.to_string(),
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
        format!(" Meetings ({}/{total}) ", p.matches.len()),
    );
    let width = inner.width as usize;
    let mut lines = vec![
        Line::from(vec![
            Span::styled("Filter: ", theme.muted),
            Span::styled(text::fit(&p.filter, width.saturating_sub(10)), theme.text),
            Span::styled("▏", theme.key),
        ]),
        Line::from(""),
    ];
    if p.matches.is_empty() {
        lines.push(Line::from(Span::styled(
            "No meeting matches; Backspace or Ctrl-U to widen.",
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
        let head = format!("{marker}{current} {}  ", m.date.format("%a %Y-%m-%d"));
        let items = if m.items.len() == 1 { "item" } else { "items" };
        let tail = format!("  {} · {} {items}", text::fit(&m.series, 20), m.items.len());
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
        format!(" Agenda warnings ({}) ", app.lint.len()),
    );
    let mut lines: Vec<Line> = Vec::new();
    if app.lint.is_empty() {
        let why = match app.meeting.and_then(|id| app.library.get(id)) {
            Some(m) if m.date < app.today => {
                "Agenda warnings are for meetings being prepared (today or later)."
            }
            _ => "No warnings: the agenda covers what is due, with planned minutes that fit.",
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
