//! The footer: the capture input while typing, else a status message, else the most useful
//! keys, taken from the key table.

use super::text;
use crate::i18n::Lang;
use crate::t;
use crate::tui::app::{App, Mode, Overlay};
use crate::tui::capture::{Input, InputKind};
use crate::tui::keymap::{ATTENDANCE_BINDINGS, BINDINGS};
use crate::tui::theme::Theme;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

pub fn render(app: &App, theme: &Theme, frame: &mut Frame, area: Rect) {
    let width = area.width as usize;
    let line = match (&app.overlay, &app.status) {
        (Overlay::Input(input), _) => input_line(input, theme, width, app.lang),
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
    match app.mode() {
        Mode::Normal => {
            // Neighbouring bindings with the same label share one entry: `[ ] meeting`.
            // Help comes first, so it stays in view on a narrow terminal.
            let mut shown: Vec<_> = BINDINGS
                .iter()
                .filter_map(|b| b.footer.map(|f| (b, f)))
                .collect();
            shown.sort_by_key(|(b, _)| b.action != crate::tui::action::Action::OpenHelp);
            for (i, (b, label)) in shown.iter().enumerate() {
                spans.push(Span::styled(b.keys[0].label(), theme.key));
                if shown.get(i + 1).is_some_and(|(_, next)| next == label) {
                    spans.push(Span::raw(" "));
                } else {
                    spans.push(Span::styled(
                        format!(" {}  ", t!(app.lang, label)),
                        theme.muted,
                    ));
                }
            }
        }
        Mode::Form => {
            for (k, what) in [
                ("Tab", "ui-footer-form-next"),
                ("Enter", "ui-footer-form-write"),
                ("Esc", "ui-footer-form-cancel"),
                ("^W", "ui-footer-form-word"),
                ("^U", "ui-footer-form-clear"),
            ] {
                spans.push(Span::styled(k, theme.key));
                spans.push(Span::styled(
                    format!(" {}  ", t!(app.lang, what)),
                    theme.muted,
                ));
            }
        }
        Mode::Confirm => {
            for (k, what) in [
                ("y", "ui-footer-yes"),
                ("ui-footer-other-key", "ui-footer-no"),
            ] {
                // The key "any other key" is words too.
                let k = if k == "y" {
                    k.to_string()
                } else {
                    t!(app.lang, k)
                };
                spans.push(Span::styled(k, theme.key));
                spans.push(Span::styled(
                    format!(" {}  ", t!(app.lang, what)),
                    theme.muted,
                ));
            }
        }
        Mode::Attendance => {
            for b in ATTENDANCE_BINDINGS {
                if let Some(label) = b.footer {
                    let keys: Vec<String> = b.keys.iter().map(|k| k.label()).collect();
                    spans.push(Span::styled(keys.join("/"), theme.key));
                    spans.push(Span::styled(
                        format!(" {}  ", t!(app.lang, label)),
                        theme.muted,
                    ));
                }
            }
        }
        Mode::List | Mode::TextList | Mode::Input => {
            for (k, what) in [
                ("↑↓", "ui-footer-move"),
                ("Enter", "ui-footer-choose"),
                ("Esc", "ui-footer-close"),
            ] {
                spans.push(Span::styled(k, theme.key));
                spans.push(Span::styled(
                    format!(" {}  ", t!(app.lang, what)),
                    theme.muted,
                ));
            }
        }
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
    // Show the end of a long text, where the typing happens.
    let chars: Vec<char> = input.text.chars().collect();
    let mut shown = String::new();
    let mut used = 0;
    for c in chars.iter().rev() {
        let w = text::width(&c.to_string());
        if used + w > room {
            break;
        }
        used += w;
        shown.insert(0, *c);
    }
    let mut spans = vec![Span::styled(prompt, theme.key)];
    spans.extend(text::line_spans(&shown, theme.text, theme, room));
    spans.push(Span::styled("▏", theme.key));
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
