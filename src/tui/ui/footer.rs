//! The footer: the capture input while typing, else a status message, else the most useful
//! keys, taken from the key table.

use super::text;
use crate::i18n::Lang;
use crate::t;
use crate::tui::action::Action;
use crate::tui::app::{App, Overlay};
use crate::tui::capture::{Input, InputKind};
use crate::tui::keymap::{Binding, Rest, Table};
use crate::tui::theme::Theme;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

pub fn render(app: &App, theme: &Theme, frame: &mut Frame, area: Rect) {
    let width = area.width as usize;
    let line = match (&app.overlay, &app.status) {
        (Overlay::Input(input), _) => input_line(input, theme, width, app.setup.lang),
        (_, Some(status)) => {
            let style = if status.error {
                theme.error
            } else {
                theme.discussed
            };
            let mark = if status.error { "✗ " } else { "✓ " };
            Line::from(text::line_spans(
                &format!(" {mark}{}", status.text),
                style,
                theme,
                width,
            ))
        }
        _ => keys_line(app, theme),
    };
    frame.render_widget(Paragraph::new(line), area);
}

fn keys_line(app: &App, theme: &Theme) -> Line<'static> {
    let mut spans = vec![Span::raw(" ")];
    if let Some(why) = &app.read_only {
        spans.push(Span::styled(
            format!("{} ", text::fit(why, 60)),
            theme.warning,
        ));
    }
    let table = Table::of(app.mode());
    let mut shown: Vec<_> = table
        .parts
        .iter()
        .take(table.footer_parts)
        .flat_map(|p| p.iter())
        .filter_map(|b| b.footer.map(|f| (b, f)))
        .collect();
    // Help comes first, so it stays in view on a narrow terminal.
    shown.sort_by_key(|(b, _)| b.action != Action::OpenHelp);
    let keys = |b: &Binding| {
        if table.footer_all_keys {
            let all: Vec<String> = b.keys.iter().map(|k| k.short_label()).collect();
            all.join("/")
        } else {
            b.keys.first().map(|k| k.short_label()).unwrap_or_default()
        }
    };
    for (i, (b, label)) in shown.iter().enumerate() {
        spans.push(Span::styled(keys(b), theme.key));
        // Neighbouring bindings with the same label share one entry: `[ ] meeting`.
        if shown.get(i + 1).is_some_and(|(_, next)| next == label) {
            spans.push(Span::raw(table.footer_join));
        } else {
            spans.push(Span::styled(
                format!(" {}  ", t!(app.setup.lang, label)),
                theme.muted,
            ));
        }
    }
    // "any other key no" in a question; typing needs no footer entry.
    if let (Some((k, what)), Rest::Any(_)) = (table.rest_help, &table.rest) {
        spans.push(Span::styled(t!(app.setup.lang, k), theme.key));
        spans.push(Span::styled(
            format!(" {}  ", t!(app.setup.lang, what)),
            theme.muted,
        ));
    }
    Line::from(spans)
}

fn input_line(input: &Input, theme: &Theme, width: usize, lang: Lang) -> Line<'static> {
    let prompt = match input.kind {
        InputKind::Outcome(crate::model::OutcomeKind::Decision) => {
            format!(" {} ", t!(lang, "ui-input-decision"))
        }
        InputKind::Outcome(kind) => format!(
            " {} ",
            t!(
                lang,
                "ui-input-outcome",
                kind = super::kind_word(kind, lang)
            )
        ),
        InputKind::Action => format!(" {} ", t!(lang, "ui-input-action")),
    };
    let hint = match (&input.error, &input.note) {
        (Some(e), _) => format!("  ✗ {e}"),
        (None, Some(note)) => format!("  {note} · {}", t!(lang, "ui-input-enter-saves")),
        (None, None) => format!("  {}", t!(lang, "ui-input-hint")),
    };
    let room = width.saturating_sub(text::width(&prompt) + text::width(&hint) + 1);
    // Show the text up to the cursor (its end, where typing happens, when it is long),
    // the cursor, then what follows it as far as it fits.
    let (before, after) = input.field.split();
    let mut shown = String::new();
    let mut used = 0;
    for c in before.chars().rev() {
        let w = text::width(&c.to_string());
        if used + w > room {
            break;
        }
        used += w;
        shown.insert(0, c);
    }
    let mut spans = vec![Span::styled(prompt, theme.key)];
    spans.extend(text::line_spans(&shown, theme.text, theme, room));
    spans.push(Span::styled("▏", theme.key));
    if !after.is_empty() {
        let rest = room.saturating_sub(used);
        spans.extend(text::line_spans(after, theme.text, theme, rest));
    }
    spans.push(Span::styled(
        hint,
        if input.error.is_some() {
            theme.error
        } else {
            theme.muted
        },
    ));
    Line::from(spans)
}
