//! The footer: the most useful keys, taken from the key table.

use crate::tui::app::{App, Mode};
use crate::tui::keymap::BINDINGS;
use crate::tui::theme::Theme;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

pub fn render(app: &App, theme: &Theme, frame: &mut Frame, area: Rect) {
    let mut spans = vec![Span::raw(" ")];
    match app.mode() {
        Mode::Normal => {
            // Neighbouring bindings with the same label share one entry: `[ ] meeting`.
            let shown: Vec<_> = BINDINGS
                .iter()
                .filter_map(|b| b.footer.map(|f| (b, f)))
                .collect();
            for (i, (b, label)) in shown.iter().enumerate() {
                spans.push(Span::styled(b.keys[0].label(), theme.key));
                if shown.get(i + 1).is_some_and(|(_, next)| next == label) {
                    spans.push(Span::raw(" "));
                } else {
                    spans.push(Span::styled(format!(" {label}  "), theme.muted));
                }
            }
        }
        Mode::List | Mode::TextList => {
            for (k, what) in [("↑↓", "move"), ("Enter", "choose"), ("Esc", "close")] {
                spans.push(Span::styled(k, theme.key));
                spans.push(Span::styled(format!(" {what}  "), theme.muted));
            }
        }
    }
    frame.render_widget(Paragraph::new(Line::from(spans)), area);
}
