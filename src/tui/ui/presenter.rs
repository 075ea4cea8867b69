//! The presenter view (`p`) for a projector: the selected item's title large and centred,
//! its presenter, planned and elapsed minutes, and what comes next. Nothing confidential
//! (a confidential item shows as such, without title or presenter), no notes, no other panes.

use super::text;
use crate::model::{Discussed, Item, Meeting, actual_minutes};
use crate::tui::app::App;
use crate::tui::theme::Theme;
use ratatui::Frame;
use ratatui::layout::{Alignment, Constraint, Layout, Rect};
use ratatui::style::Modifier;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Borders, Paragraph, Wrap};

const CONFIDENTIAL: &str = "(confidential item)";

pub fn render(app: &App, theme: &Theme, frame: &mut Frame, area: Rect) {
    let Some(m) = app.meeting.and_then(|id| app.library.get(id)) else {
        return;
    };
    let [top, body, bottom] = area.layout(&Layout::vertical([
        Constraint::Length(1),
        Constraint::Fill(1),
        Constraint::Length(1),
    ]));
    let sel = app.agenda.sel.min(m.items.len().saturating_sub(1));
    let place = if m.items.is_empty() {
        String::new()
    } else {
        format!("item {} of {}", sel + 1, m.items.len())
    };
    let head = format!(" {} · {} · {place}", m.title, m.date.format("%-d %b %Y"));
    frame.render_widget(
        Paragraph::new(Line::from(text::line_spans(
            &head,
            theme.muted,
            theme,
            top.width as usize,
        ))),
        top,
    );
    let lines = match m.items.get(sel) {
        Some(item) => item_lines(app, m, sel, item, theme),
        None => vec![Line::from(Span::styled(
            "This meeting has no agenda items.",
            theme.muted,
        ))],
    };
    let block = Block::default()
        .borders(Borders::ALL)
        .border_type(BorderType::Thick)
        .border_style(theme.border_focused);
    let inner = block.inner(body);
    frame.render_widget(block, body);
    // Centre the text vertically when it fits.
    let wrapped: u16 = lines
        .iter()
        .map(|l| {
            let w = l.width().max(1) as u16;
            w.div_ceil(inner.width.max(1))
        })
        .sum();
    let pad = inner.height.saturating_sub(wrapped) / 2;
    let [_, centre] = inner.layout(&Layout::vertical([
        Constraint::Length(pad),
        Constraint::Fill(1),
    ]));
    frame.render_widget(
        Paragraph::new(lines)
            .alignment(Alignment::Center)
            .wrap(Wrap { trim: true }),
        centre,
    );
    let foot = match &app.status {
        Some(s) => Line::from(text::line_spans(
            &format!(" {}", s.text),
            if s.error {
                theme.error
            } else {
                theme.discussed
            },
            theme,
            bottom.width as usize,
        )),
        None => Line::from(Span::styled(
            " p leaves · j/k item · Space discussed",
            theme.muted,
        )),
    };
    frame.render_widget(Paragraph::new(foot), bottom);
}

fn item_lines(
    app: &App,
    m: &Meeting,
    sel: usize,
    item: &Item,
    theme: &Theme,
) -> Vec<Line<'static>> {
    let big = theme.title.add_modifier(Modifier::BOLD);
    let wide = usize::MAX / 4;
    let mut lines = Vec::new();
    if item.confidential {
        lines.push(Line::from(Span::styled(CONFIDENTIAL, big)));
    } else {
        // Large: upper case, bold, with air around it.
        let title = item.title.to_uppercase();
        lines.push(Line::from(text::line_spans(&title, big, theme, wide)));
        if let Some(p) = &item.presenter {
            lines.push(Line::from(""));
            let mut l = vec![Span::styled("presented by ", theme.muted)];
            l.extend(text::line_spans(p, theme.header, theme, wide));
            lines.push(Line::from(l));
        }
    }
    lines.push(Line::from(""));
    lines.push(Line::from(Span::styled(
        timing(app, m, sel, item),
        theme.header,
    )));
    lines.push(Line::from(""));
    lines.push(Line::from(""));
    let next = match m.items.get(sel + 1) {
        Some(n) if n.confidential => format!("next: {CONFIDENTIAL}"),
        Some(n) => match n.minutes {
            Some(min) => format!("next: {} ({min} min)", n.title),
            None => format!("next: {}", n.title),
        },
        None => "last item".to_string(),
    };
    lines.push(Line::from(text::line_spans(
        &next,
        theme.muted,
        theme,
        wide,
    )));
    lines
}

/// "20 min planned · 12 min so far", "✓ discussed · took 18 min", in words.
fn timing(app: &App, m: &Meeting, sel: usize, item: &Item) -> String {
    let mut parts = Vec::new();
    if let Some(n) = item.minutes {
        parts.push(format!("{n} min planned"));
    }
    match item.discussed {
        Some(Discussed::At(_)) | Some(Discussed::Yes) => {
            parts.push("✓ discussed".into());
            if let Some(Some(took)) = actual_minutes(m).get(sel) {
                parts.push(format!("took {took} min"));
            }
        }
        None => {
            let current = m.items.iter().position(|i| i.discussed.is_none()) == Some(sel);
            let running = m.date == app.today || app.live;
            if let (true, true, Some(start)) = (current, running, m.start) {
                // The current item began when the last one was marked, else at the start.
                let began = m
                    .items
                    .iter()
                    .filter_map(|i| match i.discussed {
                        Some(Discussed::At(t)) => Some(t),
                        _ => None,
                    })
                    .max()
                    .unwrap_or(m.date.and_time(start));
                let so_far = (app.now - began).num_minutes();
                if so_far >= 0 {
                    parts.push(format!("{so_far} min so far"));
                }
            }
        }
    }
    if parts.is_empty() {
        "no minutes planned".into()
    } else {
        parts.join(" · ")
    }
}
