//! The attendance list overlay (`P`), the document chooser (`O`), and the attendance part
//! of the header: "4/5 present · quorum 3 ✓", in words and marks, not by colour alone.

use super::text;
use crate::i18n::Lang;
use crate::model::{Attendance, MembersFrom};
use crate::t;
use crate::tui::app::{App, Cursor};
use crate::tui::attendance::AttendanceState;
use crate::tui::layout;
use crate::tui::theme::Theme;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use ratatui::widgets::{Block, BorderType, Borders, Clear};

/// A bordered overlay with a title of several spans; returns the inside.
fn frame_overlay(frame: &mut Frame, theme: &Theme, lang: Lang, title: Vec<Span<'static>>) -> Rect {
    let area = layout::overlay_area(frame.area());
    frame.render_widget(Clear, area);
    let block = Block::default()
        .borders(Borders::ALL)
        .border_type(BorderType::Double)
        .border_style(theme.border_focused)
        .title(Line::from(title))
        .title_bottom(Span::styled(
            format!(" {} ", t!(lang, "ui-record-esc-close")),
            theme.muted,
        ));
    frame.render_widget(block, area);
    layout::inner(area)
}

/// "4/5 present · quorum 3 ✓", "2/5 present · ✗ no quorum (3 needed)", or nothing when the
/// meeting records no attendance.
pub fn summary(att: &Attendance, theme: &Theme, lang: Lang) -> Vec<Span<'static>> {
    if att.is_empty() {
        return Vec::new();
    }
    let count = if att.members.is_empty() {
        t!(lang, "ui-record-count-present", count = att.present.len())
    } else {
        t!(
            lang,
            "ui-record-members-present",
            present = att.members_present(),
            members = att.members.len()
        )
    };
    let mut spans = vec![Span::styled(count, theme.header)];
    match (att.quorum, att.quorate()) {
        (Some(q), Some(true)) => spans.push(Span::styled(
            format!(" · {}", t!(lang, "ui-record-quorum-met", quorum = q)),
            theme.discussed,
        )),
        (Some(q), _) => spans.push(Span::styled(
            format!(" · {}", t!(lang, "ui-record-no-quorum", quorum = q)),
            theme.overdue,
        )),
        (None, _) => {}
    }
    spans
}

pub fn render(app: &App, theme: &Theme, frame: &mut Frame, state: &AttendanceState) {
    let Some(id) = app.meeting else { return };
    let att = app.library.attendance(id);
    let lang = app.setup.lang;
    let mut title = vec![Span::styled(
        format!(" {} ", t!(lang, "ui-record-attendance")),
        theme.title,
    )];
    let s = summary(&att, theme, lang);
    if !s.is_empty() {
        title.push(Span::styled("· ", theme.title));
        title.extend(s);
        title.push(Span::raw(" "));
    }
    let inner = frame_overlay(frame, theme, lang, title);
    let width = inner.width as usize;
    let mut lines = Vec::new();
    lines.push(match att.from {
        MembersFrom::Previous(prev) => Line::from(Span::styled(
            t!(
                lang,
                "ui-record-members-from",
                date = app
                    .library
                    .meeting(prev)
                    .date
                    .format("%Y-%m-%d")
                    .to_string()
            ),
            theme.muted,
        )),
        MembersFrom::None => {
            Line::from(Span::styled(t!(lang, "ui-record-no-members"), theme.muted))
        }
        MembersFrom::Meeting => Line::from(Span::styled(
            t!(lang, "ui-record-members", count = att.members.len()),
            theme.muted,
        )),
    });
    let rows = att.rows();
    let room = (inner.height as usize).saturating_sub(3);
    let cursor = Cursor {
        sel: state.cursor.sel.min(rows.len().saturating_sub(1)),
        offset: state.cursor.offset.min(rows.len().saturating_sub(1)),
        lost: false,
    };
    for (_, row, selected) in super::visible_rows(&rows, cursor, room as u16) {
        let base = super::row_style(selected && !state.typing(), theme);
        let marker = if selected { "▸" } else { " " };
        let (mark, mark_style) = if row.present {
            ("[✓] ", theme.discussed)
        } else {
            ("[ ] ", theme.muted)
        };
        let mut spans = vec![
            Span::styled(format!("{marker} "), base),
            Span::styled(mark, if selected { base } else { mark_style }),
        ];
        let tail = match (row.member, row.present) {
            (false, _) => format!("  {}", t!(lang, "ui-record-guest")),
            (true, true) => format!("  {}", t!(lang, "ui-record-present")),
            (true, false) => String::new(),
        };
        let used = 6 + text::width(&tail);
        spans.extend(text::line_spans(
            &row.name,
            base,
            theme,
            width.saturating_sub(used),
        ));
        spans.push(Span::styled(
            tail,
            if selected { base } else { theme.muted },
        ));
        lines.push(Line::from(spans));
    }
    lines.push(Line::from(""));
    lines.push(match &state.adding {
        Some(name) => {
            let mut spans = vec![Span::styled(
                format!("{} ", t!(lang, "ui-record-name")),
                theme.key,
            )];
            let (before, after) = name.split();
            let room = width.saturating_sub(40);
            spans.extend(text::line_spans(before, theme.text, theme, room));
            spans.push(Span::styled("▏", theme.key));
            if !after.is_empty() {
                let rest = room.saturating_sub(text::width(before));
                spans.extend(text::line_spans(after, theme.text, theme, rest));
            }
            let hint = match &state.error {
                Some(e) => Span::styled(format!("  ✗ {e}"), theme.error),
                None => Span::styled(
                    format!("  {}", t!(lang, "ui-record-enter-marks-present")),
                    theme.muted,
                ),
            };
            spans.push(hint);
            Line::from(spans)
        }
        None => Line::from(Span::styled(
            t!(lang, "ui-record-attendance-hint"),
            theme.muted,
        )),
    });
    frame.render_widget(Paragraph::new(lines), inner);
}

/// The chooser shown by `O` when the selected item has several documents.
pub fn documents(app: &App, theme: &Theme, frame: &mut Frame, cursor: Cursor) {
    let docs = app.selected_documents();
    let inner = frame_overlay(
        frame,
        theme,
        app.setup.lang,
        vec![Span::styled(
            format!(
                " {} ",
                t!(
                    app.setup.lang,
                    "ui-record-documents-title",
                    count = docs.len()
                )
            ),
            theme.title,
        )],
    );
    let path = app
        .selected_item()
        .map(|(id, _)| app.library.meeting(id).path.clone())
        .unwrap_or_default();
    let width = inner.width as usize;
    let mut lines = Vec::new();
    for (_, doc, selected) in super::visible_rows(docs, cursor, inner.height) {
        let base = super::row_style(selected, theme);
        let marker = if selected { "▸ " } else { "  " };
        let missing = super::record::document_missing(app, &path, doc);
        let tail = if missing {
            format!("  {}", t!(app.setup.lang, "ui-record-missing"))
        } else {
            String::new()
        };
        let mut spans = vec![Span::styled(marker, base)];
        spans.extend(text::line_spans(
            &doc.target,
            base,
            theme,
            width.saturating_sub(2 + text::width(&tail)),
        ));
        spans.push(Span::styled(tail, theme.error));
        lines.push(Line::from(spans));
    }
    frame.render_widget(Paragraph::new(lines), inner);
}
