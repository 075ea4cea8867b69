//! Writing TOML by hand: quoted strings and comments that are always valid, whatever text
//! they hold. The one place docket quotes a TOML string (edits, drafts, imports, the
//! benchmark corpus).

use std::fmt::Write;

/// A TOML basic string: `"..."` with quotes, backslashes and control characters escaped.
pub fn quote(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    escape_into(&mut out, s, false);
    out.push('"');
    out
}

/// A TOML multi-line basic string (`"""`), keeping line breaks so a person can review it.
pub fn multiline(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    out.push_str("\"\"\"\n");
    escape_into(&mut out, s.trim_end_matches('\n'), true);
    out.push_str("\"\"\"");
    out
}

/// A string array on one line.
pub fn array(items: &[String]) -> String {
    let parts: Vec<String> = items.iter().map(|s| quote(s)).collect();
    format!("[{}]", parts.join(", "))
}

/// Text for a `# comment`: one line, no control or invisible characters (a newline would end
/// the comment and turn the rest into TOML).
pub fn comment_text(s: &str) -> String {
    let one = crate::sanitize::for_storage(s);
    one.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn escape_into(out: &mut String, s: &str, keep_newlines: bool) {
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' if keep_newlines => out.push('\n'),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' if keep_newlines => {}
            '\r' => out.push_str("\\r"),
            // Escaped so that printing a draft (--dry-run) cannot reorder or hide text.
            c if c.is_control() || crate::sanitize::is_invisible_format(c) => {
                let _ = write!(out, "\\u{:04X}", c as u32);
            }
            c => out.push(c),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strings_round_trip_through_toml() {
        for s in [
            "plain",
            "quote \" and \\ back",
            "tab\tnew\nline",
            "bell\u{7}",
            "één",
            "bidi \u{202e}override",
        ] {
            let doc = format!("a = {}\nb = {}\n", quote(s), multiline(s));
            let v: toml::Table = toml::from_str(&doc).expect("valid toml");
            assert_eq!(v["a"].as_str(), Some(s), "{doc}");
            assert_eq!(v["b"].as_str(), Some(s), "{doc}");
            assert!(!crate::sanitize::has_hidden(&doc), "{doc:?}");
        }
    }

    #[test]
    fn quoting_escapes() {
        assert_eq!(
            quote("a \"b\" \\ c\u{7}\r"),
            "\"a \\\"b\\\" \\\\ c\\u0007\\r\""
        );
    }

    #[test]
    fn comments_stay_on_one_line() {
        assert_eq!(comment_text("a\nb = 1\r\n\u{1b}[2J c"), "a b = 1 [2J c");
    }
}
