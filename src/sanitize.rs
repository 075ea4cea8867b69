//! The one display sanitiser: text from files is shown as text. Control characters, escape
//! sequences (ESC, CSI, OSC, C1), bidi overrides and zero-width characters never reach the
//! terminal; each is replaced by a visible placeholder of width one.

use std::borrow::Cow;

/// Placeholder for invisible formatting characters (bidi controls, zero-width, BOM).
pub const HIDDEN: char = '⍰';
/// Placeholder for C1 control characters (U+0080..U+009F).
pub const C1: char = '�';

/// Whether `c` must not be sent to a terminal as is. Newline and tab are handled by callers.
pub fn is_unsafe(c: char) -> bool {
    c.is_control() || is_invisible_format(c)
}

/// Bidi controls, zero-width characters and other invisible format characters that can make
/// text read differently from what it holds: the format characters that render as nothing
/// and Unicode's default-ignorable code points, except variation selectors (they only pick
/// the glyph of the character before them, e.g. emoji presentation).
pub fn is_invisible_format(c: char) -> bool {
    matches!(c,
        '\u{00AD}' | '\u{034F}' | '\u{061C}'
        | '\u{115F}' | '\u{1160}' | '\u{17B4}' | '\u{17B5}'
        | '\u{180B}'..='\u{180F}'
        | '\u{200B}'..='\u{200F}'
        | '\u{2028}'..='\u{202E}'
        | '\u{2060}'..='\u{206F}'
        | '\u{3164}' | '\u{FEFF}' | '\u{FFA0}'
        | '\u{FFF0}'..='\u{FFFB}'
        | '\u{13430}'..='\u{1343F}'
        | '\u{1BCA0}'..='\u{1BCA3}'
        | '\u{1D173}'..='\u{1D17A}'
        | '\u{E0000}'..='\u{E00FF}'
        | '\u{E01F0}'..='\u{E0FFF}')
}

/// The visible stand-in for an unsafe character.
pub fn placeholder(c: char) -> char {
    match c {
        '\u{1b}' => '␛',
        '\u{7f}' => '␡',
        c if (c as u32) < 0x20 => char::from_u32(0x2400 + c as u32).unwrap_or(C1),
        c if c.is_control() => C1,
        _ => HIDDEN,
    }
}

/// Text for one line of a display: newlines and tabs become spaces, everything unsafe a
/// placeholder. Borrows when nothing needs replacing.
pub fn line(s: &str) -> Cow<'_, str> {
    clean(s, false)
}

/// Text for a block of lines: newlines are kept (CR is dropped), tabs become four spaces.
pub fn block(s: &str) -> Cow<'_, str> {
    clean(s, true)
}

/// Whether the text holds anything the sanitiser would replace (besides newline and tab).
pub fn has_hidden(s: &str) -> bool {
    s.chars()
        .any(|c| is_unsafe(c) && !matches!(c, '\n' | '\t' | '\r'))
}

/// Text to store from a paste or an input line: control and bidi characters removed (not
/// replaced), each line break (`\n`, `\r\n` or a lone `\r`, as terminals send pastes)
/// and tab turned into a space.
pub fn for_storage(s: &str) -> String {
    one_line(s).0
}

/// What `for_storage` changed: line breaks (and tabs) made spaces, characters removed.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Flattened {
    pub breaks: usize,
    pub removed: usize,
}

/// `for_storage`, saying what it changed so the person can be told.
pub fn one_line(s: &str) -> (String, Flattened) {
    let mut out = String::with_capacity(s.len());
    let mut what = Flattened::default();
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\r' => {
                chars.next_if_eq(&'\n');
                out.push(' ');
                what.breaks += 1;
            }
            '\n' | '\t' => {
                out.push(' ');
                what.breaks += 1;
            }
            c if is_unsafe(c) => what.removed += 1,
            c => out.push(c),
        }
    }
    (out, what)
}

fn clean(s: &str, keep_newlines: bool) -> Cow<'_, str> {
    if !s.chars().any(is_unsafe) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\n' if keep_newlines => out.push('\n'),
            '\r' if keep_newlines => {}
            '\n' | '\r' => out.push(' '),
            '\t' if keep_newlines => out.push_str("    "),
            '\t' => out.push(' '),
            c if is_unsafe(c) => out.push(placeholder(c)),
            c => out.push(c),
        }
    }
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_and_bidi_become_placeholders() {
        let hostile = "a\u{1b}]52;c;SGVsbG8=\u{7}b\u{1b}[2Jc\u{9b}d\u{202e}e\u{200b}f\u{feff}";
        let out = line(hostile);
        assert!(!out.chars().any(is_unsafe), "{out:?}");
        assert_eq!(out, "a␛]52;c;SGVsbG8=␇b␛[2Jc�d⍰e⍰f⍰");
        assert!(has_hidden(hostile));
    }

    #[test]
    fn plain_text_is_borrowed_and_blocks_keep_lines() {
        assert!(matches!(line("Vuurwerk één"), Cow::Borrowed(_)));
        assert_eq!(block("a\r\nb\tc"), "a\nb    c");
        assert_eq!(line("a\nb\tc"), "a b c");
        assert!(!has_hidden("a\nb\tc\r"));
    }

    #[test]
    fn fillers_and_default_ignorables_are_hidden() {
        // Found by the sanitize fuzz target (U+FFF7); the rest of the same class with it.
        for c in [
            '\u{FFF7}',
            '\u{3164}',
            '\u{115F}',
            '\u{034F}',
            '\u{1D173}',
            '\u{E0000}',
        ] {
            assert!(is_unsafe(c), "{c:?}");
            assert_eq!(line(&format!("a{c}b")), "a⍰b");
        }
        // Variation selectors stay: they choose emoji presentation.
        assert!(matches!(line("❤\u{FE0F}"), Cow::Borrowed(_)));
    }

    #[test]
    fn storage_text_drops_controls() {
        assert_eq!(
            for_storage("Rapport\u{1b}[31m delen\u{202e}\n@x"),
            "Rapport[31m delen @x"
        );
    }
}
