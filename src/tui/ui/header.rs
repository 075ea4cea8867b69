//! The header line: which meeting, when and where, and how far along it is.

use super::text;
use crate::i18n::{self, Lang};
use crate::t;
use crate::tui::app::App;
use crate::tui::theme::Theme;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

pub fn render(app: &App, theme: &Theme, frame: &mut Frame, area: Rect) {
    let mut right: Vec<Span> = Vec::new();
    if app.bad_file_count() > 0 {
        let n = app.bad_file_count();
        right.push(Span::styled(
            format!("{} ", t!(app.setup.lang, "ui-header-unreadable", count = n)),
            theme.error,
        ));
    }
    right.extend(super::git_status::spans(app, theme, area.width));
    if !app.lint.is_empty() {
        right.push(Span::styled(
            format!(
                "{} ",
                t!(app.setup.lang, "ui-header-warnings", count = app.lint.len())
            ),
            theme.warning,
        ));
    }
    if let Some(d) = &app.unreadable {
        // Persistent, not a status message: every write to this meeting is refused.
        right.insert(
            0,
            Span::styled(
                // Short, so the meeting's name keeps its room; `!` lists the message.
                format!(
                    "{} ",
                    t!(
                        app.setup.lang,
                        "ui-header-file-unreadable",
                        line = d.line,
                        col = d.col
                    )
                ),
                theme.error,
            ),
        );
    }
    let mut left = Vec::new();
    if let Some(m) = app.meeting.and_then(|id| app.library.get(id)) {
        let mut when = i18n::date_short(app.setup.lang, m.date);
        if let Some(t) = m.start {
            when.push_str(&t.format(" %H:%M").to_string());
        }
        left.push(Span::styled(
            format!(" {}", text::fit(&m.title, 40)),
            theme.title,
        ));
        left.push(Span::styled(format!(" · {when}"), theme.header));
        if let Some(loc) = &m.location {
            left.push(Span::styled(
                format!(" · {}", text::fit(loc, 30)),
                theme.header,
            ));
        }
        if let Some(id) = app.meeting {
            let att =
                super::attendance::summary(&app.library.attendance(id), theme, app.setup.lang);
            if !att.is_empty() {
                right.extend(att);
                right.push(Span::styled(" · ", theme.header));
            }
        }
        right.push(Span::styled(
            format!(
                "{} ",
                t!(
                    app.setup.lang,
                    "ui-header-discussed",
                    done = m.discussed_count(),
                    total = m.items.len()
                )
            ),
            theme.header,
        ));
        if app.is_live(m) {
            right.extend(clock_spans(m, app.now, theme, app.setup.lang));
        }
    } else {
        left.push(Span::styled(" docket", theme.title));
    }
    let used: usize = right.iter().map(|s| text::width(&s.content)).sum();
    let room = (area.width as usize).saturating_sub(used + 1);
    let mut line = clip(left, room);
    let fill = room.saturating_sub(line.iter().map(|s| text::width(&s.content)).sum());
    line.push(Span::raw(" ".repeat(fill + 1)));
    line.extend(right);
    frame.render_widget(Paragraph::new(Line::from(line)), area);
}

/// `⏱ 00:42 / 01:30 +12 min`: time since start against the planned minutes through the
/// current item, and how far behind the meeting runs.
fn clock_spans(
    m: &crate::model::Meeting,
    now: chrono::NaiveDateTime,
    theme: &Theme,
    lang: Lang,
) -> Vec<Span<'static>> {
    let Some(c) = crate::model::clock(m, now) else {
        return vec![Span::styled(
            format!("{} ", t!(lang, "ui-clock-no-start")),
            theme.muted,
        )];
    };
    let hm = |mins: i64| {
        format!(
            "{}{:02}:{:02}",
            if mins < 0 { "-" } else { "" },
            mins.abs() / 60,
            mins.abs() % 60
        )
    };
    if c.elapsed < 0 {
        // Before the start: no negative time, just when it starts.
        return match m.start {
            Some(t) => vec![Span::styled(
                format!("· ⏱ starts {} ", t.format("%H:%M")),
                theme.header,
            )],
            None => Vec::new(),
        };
    }
    let mut spans = vec![Span::styled(
        format!("· ⏱ {} / {} ", hm(c.elapsed), hm(c.planned)),
        theme.header,
    )];
    if c.behind > 0 {
        spans.push(Span::styled(
            format!("{} ", t!(lang, "ui-clock-behind", minutes = c.behind)),
            theme.overdue,
        ));
    } else if c.elapsed >= 0 {
        spans.push(Span::styled(
            format!("{} ", t!(lang, "ui-clock-on-time")),
            theme.discussed,
        ));
    }
    spans
}

/// Keeps spans up to `room` columns, cutting the last one with `…`.
fn clip(spans: Vec<Span<'static>>, room: usize) -> Vec<Span<'static>> {
    let mut out = Vec::new();
    let mut used = 0;
    for s in spans {
        let w = text::width(&s.content);
        if used + w <= room {
            used += w;
            out.push(s);
        } else {
            out.push(Span::styled(text::fit(&s.content, room - used), s.style));
            break;
        }
    }
    out
}
