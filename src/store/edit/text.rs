//! Byte-level splicing of whole lines, so everything outside the changed lines stays as
//! it was: line endings (LF or CRLF), a missing final newline, indentation and comments.

/// Start of the line holding byte `off`.
pub fn line_start(text: &str, off: usize) -> usize {
    text[..off].rfind('\n').map_or(0, |i| i + 1)
}

/// Just past the line terminator of the line holding byte `off` (or the end of the text).
pub fn line_end(text: &str, off: usize) -> usize {
    text[off..].find('\n').map_or(text.len(), |i| off + i + 1)
}

/// The line terminator to use for new lines placed at `at`: the one ending the line before
/// it, else the file's first one, else LF.
pub fn newline_at(text: &str, at: usize) -> &'static str {
    let before = &text[..at];
    let probe = if before.ends_with('\n') {
        before
    } else {
        match text.find('\n') {
            Some(i) => &text[..=i],
            None => return "\n",
        }
    };
    if probe.ends_with("\r\n") {
        "\r\n"
    } else {
        "\n"
    }
}

/// Leading spaces and tabs of the line starting at `start`.
pub fn indent_of(text: &str, start: usize) -> &str {
    let line = &text[start..];
    let n = line.len() - line.trim_start_matches([' ', '\t']).len();
    &line[..n]
}

/// Inserts whole lines at `at`, a line start or the end of the text. When the text ends
/// without a terminator there, the old last line gets one and the new last line goes
/// without, so a missing final newline stays missing.
pub fn insert_lines(text: &str, at: usize, lines: &[String]) -> String {
    let nl = newline_at(text, at);
    let mut out =
        String::with_capacity(text.len() + lines.iter().map(|l| l.len() + 2).sum::<usize>());
    out.push_str(&text[..at]);
    if at == text.len() && !text.is_empty() && !text.ends_with('\n') {
        out.push_str(nl);
        out.push_str(&lines.join(nl));
    } else {
        for line in lines {
            out.push_str(line);
            out.push_str(nl);
        }
        out.push_str(&text[at..]);
    }
    out
}

/// Removes the whole lines in `start..end` (a line start and a line end). The exact inverse
/// of `insert_lines`: removing an unterminated last line also removes the terminator of the
/// line before it.
pub fn remove_lines(text: &str, start: usize, end: usize) -> String {
    let mut start = start;
    if end == text.len() && !text.ends_with('\n') && start > 0 {
        start -= 1;
        if text[..start].ends_with('\r') {
            start -= 1;
        }
    }
    format!("{}{}", &text[..start], &text[end..])
}

/// Replaces `range` with `with`.
pub fn replace(text: &str, range: std::ops::Range<usize>, with: &str) -> String {
    format!("{}{with}{}", &text[..range.start], &text[range.end..])
}

/// Whether a `#` comment follows `off` on its line.
pub fn comment_follows(text: &str, off: usize) -> bool {
    let end = line_end(text, off);
    text[off..end].trim_start().starts_with('#')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn insert_and_remove_are_inverse_at_the_end_without_newline() {
        let t = "a = 1\r\nb = 2";
        let ins = insert_lines(t, t.len(), &["c = 3".into()]);
        assert_eq!(ins, "a = 1\r\nb = 2\r\nc = 3");
        let start = line_start(&ins, ins.len() - 1);
        assert_eq!(remove_lines(&ins, start, ins.len()), t);
    }

    #[test]
    fn insert_in_the_middle_uses_the_line_ending_there() {
        let t = "a = 1\r\nb = 2\r\n";
        let ins = insert_lines(t, 7, &["x".into(), "y".into()]);
        assert_eq!(ins, "a = 1\r\nx\r\ny\r\nb = 2\r\n");
        assert_eq!(remove_lines(&ins, 7, 13), t);
    }
}
