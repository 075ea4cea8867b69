//! The form overlay (new or edited item, outcome, action), the yes/no question and the
//! chooser of the details' outcomes and actions.

use super::text;
use crate::t;
use crate::tui::form::Form;
use crate::tui::layout;
use crate::tui::prepare::{Chooser, Question};
use crate::tui::theme::Theme;
use ratatui::Frame;
use ratatui::layout::{Position, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Borders, Clear, Paragraph, Wrap};

const LABEL: usize = 11;

fn boxed(frame: &mut Frame, theme: &Theme, area: Rect, title: &str, bottom: &str) -> Rect {
    frame.render_widget(Clear, area);
    let block = Block::default()
        .borders(Borders::ALL)
        .border_type(BorderType::Double)
        .border_style(theme.border_focused)
        .title(Span::styled(format!(" {title} "), theme.title))
        .title_bottom(Span::styled(format!(" {bottom} "), theme.muted));
    frame.render_widget(block, area);
    layout::inner(area)
}

pub fn render(form: &Form, theme: &Theme, frame: &mut Frame) {
    let suggestions = form.suggestions();
    let height = form.fields.len() as u16 + suggestions.len() as u16 + 5;
    let area = layout::overlay(frame.area(), 76, height);
    let inner = boxed(
        frame,
        theme,
        area,
        &form.title(),
        &t!(form.lang, "prep-form-hint"),
    );
    if inner.width < 4 || inner.height == 0 {
        return;
    }
    let value_width = (inner.width as usize).saturating_sub(LABEL + 1);
    let mut lines: Vec<Line> = Vec::new();
    let mut cursor = None;
    for (n, field) in form.fields.iter().enumerate() {
        let focused = n == form.focus;
        let label_style = if focused { theme.key } else { theme.muted };
        let mut spans = vec![Span::styled(
            format!("{:<LABEL$} ", field.name.label(form.lang)),
            label_style,
        )];
        // Scroll the value so the cursor stays in view.
        let chars: Vec<char> = field.value.text().chars().collect();
        let at = field.value.cursor_chars();
        // Only the focused field scrolls; the others show their start (cut with `…`).
        let skip = if focused {
            (at + 1).saturating_sub(value_width.max(1))
        } else {
            0
        };
        let shown: String = if focused {
            chars.iter().skip(skip).take(value_width).collect()
        } else {
            chars.iter().collect()
        };
        let style = if focused { theme.selection } else { theme.text };
        spans.extend(text::line_spans(&shown, style, theme, value_width));
        if focused {
            cursor = Some(Position {
                x: inner.x + (LABEL + 1 + at - skip).min(inner.width as usize - 1) as u16,
                y: inner.y + lines.len() as u16,
            });
        }
        lines.push(Line::from(spans));
        if focused {
            for (k, (value, note)) in suggestions.iter().enumerate() {
                let mark = if k == form.pick { "▸ " } else { "  " };
                let mut s = vec![
                    Span::raw(" ".repeat(LABEL + 1)),
                    Span::styled(mark, theme.key),
                ];
                let width = value_width.saturating_sub(2);
                s.extend(text::line_spans(value, theme.text, theme, width));
                if !note.is_empty() {
                    let room = width.saturating_sub(value.chars().count() + 3);
                    s.push(Span::styled(" — ", theme.muted));
                    s.extend(text::line_spans(note, theme.muted, theme, room));
                }
                lines.push(Line::from(s));
            }
        }
    }
    lines.push(Line::from(""));
    match &form.error {
        Some(e) => lines.push(Line::from(text::line_spans(
            &format!("✗ {e}"),
            theme.error,
            theme,
            inner.width as usize,
        ))),
        // Said before a key is refused, so nobody types into notes that will not change.
        None if form.focused().kept => lines.push(Line::from(text::line_spans(
            &t!(form.lang, "prep-form-notes-kept"),
            theme.muted,
            theme,
            inner.width as usize,
        ))),
        None => {
            let name = form.path.file_name().map_or(String::new(), |n| {
                t!(
                    form.lang,
                    "prep-form-writes-to",
                    file = n.to_string_lossy().into_owned()
                )
            });
            lines.push(Line::from(Span::styled(
                text::fit(&name, inner.width as usize),
                theme.muted,
            )));
        }
    }
    frame.render_widget(Paragraph::new(lines), inner);
    if let Some(p) = cursor
        && p.y < inner.bottom()
    {
        frame.set_cursor_position(p);
    }
}

pub fn question(q: &Question, theme: &Theme, frame: &mut Frame) {
    let area = layout::overlay(frame.area(), 70, 6);
    let inner = boxed(
        frame,
        theme,
        area,
        &t!(q.lang, "prep-question-title"),
        &t!(q.lang, "prep-question-hint"),
    );
    let para = Paragraph::new(Line::from(text::line_spans(
        &q.text,
        theme.warning,
        theme,
        usize::MAX / 4,
    )))
    .wrap(Wrap { trim: true });
    frame.render_widget(para, inner);
}

pub fn chooser(c: &Chooser, theme: &Theme, frame: &mut Frame) {
    let area = layout::overlay(frame.area(), 76, c.entries.len() as u16 + 2);
    let inner = boxed(
        frame,
        theme,
        area,
        &c.purpose.question(c.lang),
        &t!(c.lang, "prep-chooser-hint"),
    );
    let rows = inner.height as usize;
    let offset = (c.cursor.sel + 1).saturating_sub(rows.max(1));
    let lines: Vec<Line> = c
        .entries
        .iter()
        .enumerate()
        .skip(offset)
        .take(rows)
        .map(|(n, e)| {
            let style = super::row_style(n == c.cursor.sel, theme);
            Line::from(text::line_spans(
                &e.label,
                style,
                theme,
                inner.width as usize,
            ))
        })
        .collect();
    frame.render_widget(Paragraph::new(lines), inner);
}
