//! The presenter view (`p`) for a projector: the selected item's title in big letters
//! (`big_text.rs`, font8x8 glyphs; in bold capitals when it does not fit) and centred,
//! its presenter, planned and elapsed minutes, and what comes next. Nothing confidential
//! (a confidential item shows as such, without title or presenter), no notes, no other panes.

use super::big_text::{self, BigText, Size};
use super::text;
use crate::i18n::Lang;
use crate::model::{Discussed, Item, Meeting, actual_minutes};
use crate::t;
use crate::tui::app::{App, Pane};
use crate::tui::theme::Theme;
use ratatui::Frame;
use ratatui::layout::{Alignment, Constraint, Layout, Rect};
use ratatui::style::Modifier;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Borders, Paragraph, Wrap};

pub fn render(app: &App, theme: &Theme, frame: &mut Frame, area: Rect) {
    let Some(m) = app.meeting.and_then(|id| app.library.get(id)) else {
        return;
    };
    let [top, body, bottom] = area.layout(&Layout::vertical([
        Constraint::Length(1),
        Constraint::Fill(1),
        Constraint::Length(1),
    ]));
    let lang = app.setup.lang;
    let sel = app.cursors[Pane::Agenda]
        .sel
        .min(m.items.len().saturating_sub(1));
    let head = head_text(m, sel, lang);
    frame.render_widget(
        Paragraph::new(Line::from(text::line_spans(
            &head,
            theme.muted,
            theme,
            top.width as usize,
        ))),
        top,
    );
    let block = Block::default()
        .borders(Borders::ALL)
        .border_type(BorderType::Thick)
        .border_style(theme.border_focused);
    let inner = block.inner(body);
    frame.render_widget(block, body);
    let item = m.items.get(sel);
    let rest = match item {
        Some(item) => item_lines(app, m, sel, item, theme),
        None => vec![Line::from(Span::styled(
            t!(lang, "ui-record-no-items"),
            theme.muted,
        ))],
    };
    let rest_h = wrapped_height(&rest, inner.width);
    // The title in big letters when it fits beside the rest, else in bold capitals.
    let room = inner.height.saturating_sub(rest_h + 1);
    // Wide letters when they fit, else narrow ones.
    let big = item.filter(|i| !i.confidential).and_then(|i| {
        [Size::Half, Size::Quadrant].into_iter().find_map(|size| {
            big_lines(&i.title, inner.width / size.columns(), room).map(|l| (size, l))
        })
    });
    let big_h = big
        .as_ref()
        .map_or(0, |(_, l)| l.len() as u16 * big_text::ROWS);
    let total = big_h + u16::from(big.is_some()) + rest_h;
    let pad = inner.height.saturating_sub(total) / 2;
    let [_, big_area, _, rest_area] = inner.layout(&Layout::vertical([
        Constraint::Length(pad),
        Constraint::Length(big_h),
        Constraint::Length(u16::from(big.is_some())),
        Constraint::Fill(1),
    ]));
    if let Some((size, lines)) = big {
        let widget = BigText {
            lines: &lines,
            size,
            style: theme.title.add_modifier(Modifier::BOLD),
        };
        frame.render_widget(widget, big_area);
    }
    let rest = match (item, big_h) {
        (Some(i), 0) if !i.confidential => {
            let mut all = vec![Line::from(text::line_spans(
                &i.title.to_uppercase(),
                theme.title.add_modifier(Modifier::BOLD),
                theme,
                usize::MAX / 4,
            ))];
            all.push(Line::from(""));
            all.extend(rest);
            all
        }
        _ => rest,
    };
    frame.render_widget(
        Paragraph::new(rest)
            .alignment(Alignment::Center)
            .wrap(Wrap { trim: true }),
        rest_area,
    );
    let foot = footer_line(app, theme, bottom.width as usize);
    frame.render_widget(Paragraph::new(foot), bottom);
}

/// `LOVP · 9 Mar 2020 · item 2 of 5`.
fn head_text(m: &crate::model::Meeting, sel: usize, lang: Lang) -> String {
    let place = if m.items.is_empty() {
        String::new()
    } else {
        t!(
            lang,
            "ui-record-item-of",
            n = sel + 1,
            total = m.items.len()
        )
    };
    let date = match lang {
        Lang::En => m.date.format("%-d %b %Y").to_string(),
        _ => crate::i18n::day_month_year(lang, m.date),
    };
    format!(" {} · {date} · {place}", m.title)
}

/// The status message, else how to leave the view.
fn footer_line(app: &App, theme: &Theme, width: usize) -> Line<'static> {
    let lang = app.setup.lang;
    match &app.status {
        Some(s) => Line::from(text::line_spans(
            &format!(" {}", s.text),
            if s.error {
                theme.error
            } else {
                theme.discussed
            },
            theme,
            width,
        )),
        None => Line::from(Span::styled(
            format!(" {}", t!(lang, "ui-record-presenter-hint")),
            theme.muted,
        )),
    }
}

/// At most this many lines of big letters; a longer title is shown in capitals instead.
const MAX_BIG_LINES: usize = 3;

/// The title cut into lines of at most `per_line` big letters, as many as fit `height`
/// rows, or `None` when it does not fit or holds a character the font lacks (then capitals
/// are used).
fn big_lines(title: &str, per_line: u16, height: u16) -> Option<Vec<String>> {
    let plain: String = title
        .chars()
        .map(|c| match c {
            '‘' | '’' => '\'',
            '“' | '”' => '"',
            '–' | '—' => '-',
            c => c,
        })
        .collect();
    if !plain
        .chars()
        .all(|c| matches!(c, ' '..='~' | '\u{a0}'..='\u{ff}'))
    {
        return None;
    }
    let per_line = per_line as usize;
    let mut lines: Vec<String> = Vec::new();
    for word in plain.split_whitespace() {
        if word.chars().count() > per_line {
            return None;
        }
        match lines.last_mut() {
            Some(l) if l.chars().count() + 1 + word.chars().count() <= per_line => {
                l.push(' ');
                l.push_str(word);
            }
            _ => lines.push(word.to_string()),
        }
    }
    let fits = !lines.is_empty()
        && lines.len() <= MAX_BIG_LINES
        && lines.len() as u16 * big_text::ROWS <= height;
    fits.then_some(lines)
}

/// Rows that `lines` take when wrapped at `width`.
fn wrapped_height(lines: &[Line], width: u16) -> u16 {
    lines
        .iter()
        .map(|l| (l.width().max(1) as u16).div_ceil(width.max(1)))
        .sum()
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
    let lang = app.setup.lang;
    let confidential = t!(lang, "ui-record-confidential-item");
    let mut lines = Vec::new();
    if item.confidential {
        lines.push(Line::from(Span::styled(confidential.clone(), big)));
        lines.push(Line::from(""));
    } else if let Some(p) = &item.presenter {
        let mut l = vec![Span::styled(
            format!("{} ", t!(lang, "ui-record-presented-by")),
            theme.muted,
        )];
        l.extend(text::line_spans(p, theme.header, theme, wide));
        lines.push(Line::from(l));
        lines.push(Line::from(""));
    }
    lines.push(Line::from(Span::styled(
        timing(app, m, sel, item),
        theme.header,
    )));
    lines.push(Line::from(""));
    lines.push(Line::from(""));
    let next = match m.items.get(sel + 1) {
        Some(n) if n.confidential => t!(lang, "ui-record-next", title = &confidential),
        Some(n) => match n.minutes {
            Some(min) => t!(
                lang,
                "ui-record-next-minutes",
                title = &n.title,
                minutes = min
            ),
            None => t!(lang, "ui-record-next", title = &n.title),
        },
        None => t!(lang, "ui-record-last-item"),
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
    let lang = app.setup.lang;
    let mut parts = Vec::new();
    if let Some(n) = item.minutes {
        parts.push(t!(lang, "ui-record-minutes-planned", minutes = n));
    }
    match item.discussed {
        Some(Discussed::At(_)) | Some(Discussed::Yes) => {
            parts.push(t!(lang, "ui-record-discussed"));
            if let Some(Some(took)) = actual_minutes(m).get(sel) {
                parts.push(t!(lang, "ui-record-took", minutes = *took));
            }
        }
        None => {
            let current = m.items.iter().position(|i| i.discussed.is_none()) == Some(sel);
            let running = m.date == app.today || app.setup.live;
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
                    parts.push(t!(lang, "ui-record-so-far", minutes = so_far));
                }
            }
        }
    }
    if parts.is_empty() {
        t!(lang, "ui-record-no-minutes")
    } else {
        parts.join(" · ")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn big_lines_wrap_words_and_give_up_when_they_cannot() {
        assert_eq!(
            big_lines("Begroting 2025 en jaarplan", 15, 20),
            Some(vec![
                "Begroting 2025".to_string(),
                "en jaarplan".to_string()
            ])
        );
        assert_eq!(
            big_lines("Eén ‘stuk’ – klaar", 20, 8),
            Some(vec!["Eén 'stuk' - klaar".into()])
        );
        assert_eq!(
            big_lines("Onderwijshuisvestingsprogramma", 15, 20),
            None,
            "a word too long"
        );
        assert_eq!(big_lines("a b c d", 1, 40), None, "more than three lines");
        assert_eq!(big_lines("Begroting", 15, 3), None, "too low");
        assert_eq!(big_lines("议程 agenda", 20, 20), None, "not in the font");
        assert_eq!(big_lines("   ", 20, 20), None);
    }
}
