//! Turning text from files into spans: sanitised, with placeholders styled so hidden
//! characters stand out, and fitted to a width.

use crate::sanitize;
use crate::tui::theme::Theme;
use ratatui::style::Style;
use ratatui::text::Span;
use unicode_width::UnicodeWidthChar;

/// Each character as shown, and whether it stands for a hidden one.
fn shown(s: &str) -> impl Iterator<Item = (char, bool)> + '_ {
    s.chars().map(|c| match c {
        '\n' | '\t' | '\r' => (' ', false),
        c if sanitize::is_unsafe(c) => (sanitize::placeholder(c), true),
        c => (c, false),
    })
}

fn char_width(c: char) -> usize {
    c.width().unwrap_or(0)
}

/// Spans for one line of file text: unsafe characters become styled placeholders; newlines
/// and tabs become spaces. Cut to `width` columns with `…` when longer.
pub fn line_spans(s: &str, style: Style, theme: &Theme, width: usize) -> Vec<Span<'static>> {
    marked_spans(s, &[], style, style, theme, width)
}

/// Like `line_spans`, with the characters at `marks` (sorted char indices) in `mark_style`:
/// search highlights.
pub fn marked_spans(
    s: &str,
    marks: &[usize],
    style: Style,
    mark_style: Style,
    theme: &Theme,
    width: usize,
) -> Vec<Span<'static>> {
    let total: usize = shown(s).map(|(c, _)| char_width(c)).sum();
    let budget = if total <= width {
        width
    } else {
        width.saturating_sub(1)
    };
    let mut spans: Vec<Span<'static>> = Vec::new();
    let mut run = String::new();
    let mut run_style = style;
    let mut used = 0;
    for (i, (c, hidden)) in shown(s).enumerate() {
        let w = char_width(c);
        if used + w > budget {
            break;
        }
        used += w;
        let want = if hidden {
            theme.placeholder
        } else if marks.binary_search(&i).is_ok() {
            mark_style
        } else {
            style
        };
        if want != run_style && !run.is_empty() {
            spans.push(Span::styled(std::mem::take(&mut run), run_style));
        }
        run_style = want;
        run.push(c);
    }
    if total > width && width > 0 {
        if run_style != style && !run.is_empty() {
            spans.push(Span::styled(std::mem::take(&mut run), run_style));
        }
        run_style = style;
        run.push('…');
    }
    if !run.is_empty() {
        spans.push(Span::styled(run, run_style));
    }
    spans
}

/// Plain sanitised text cut to `width` columns with `…`.
pub fn fit(s: &str, width: usize) -> String {
    let total: usize = shown(s).map(|(c, _)| char_width(c)).sum();
    if total <= width {
        return shown(s).map(|(c, _)| c).collect();
    }
    let mut out = String::new();
    let mut used = 0;
    for (c, _) in shown(s) {
        if used + char_width(c) + 1 > width {
            break;
        }
        used += char_width(c);
        out.push(c);
    }
    if width > 0 {
        out.push('…');
    }
    out
}

/// Display width of a string as shown.
pub fn width(s: &str) -> usize {
    shown(s).map(|(c, _)| char_width(c)).sum()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fits_by_display_width() {
        assert_eq!(fit("Vuurwerk", 20), "Vuurwerk");
        assert_eq!(fit("Vuurwerk", 5), "Vuur…");
        assert_eq!(fit("日本語です", 5), "日本…");
        assert_eq!(fit("abc", 0), "");
        assert_eq!(width("a\u{1b}b"), 3);
    }

    #[test]
    fn placeholders_get_their_own_style() {
        let theme = Theme::builtin();
        let spans = line_spans("a\u{202e}b", theme.text, &theme, 10);
        assert_eq!(spans.len(), 3);
        assert_eq!(spans[1].content, "⍰");
        assert_eq!(spans[1].style, theme.placeholder);
        let cut = line_spans("abcdef", theme.text, &theme, 4);
        assert_eq!(
            cut.iter().map(|s| s.content.as_ref()).collect::<String>(),
            "abc…"
        );
    }
}
