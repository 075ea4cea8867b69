//! The document as Markdown (CommonMark with a GFM table for the action list). Every
//! character that could start markup is escaped: text from the files stays text.

use super::doc::{Block, Document};
use std::fmt::Write;

pub fn render(doc: &Document) -> String {
    let mut s = String::new();
    let _ = writeln!(s, "# {}\n", escape_inline(&doc.title));
    let _ = writeln!(s, "{}\n", escape(&doc.subtitle));
    for (label, value) in &doc.meta {
        let _ = writeln!(s, "- **{}:** {}", escape(label), escape(value));
    }
    if !doc.meta.is_empty() {
        s.push('\n');
    }
    for p in &doc.intro {
        let _ = writeln!(s, "{}\n", escape(p));
    }
    for section in &doc.sections {
        let _ = writeln!(s, "## {}\n", escape_inline(&section.heading));
        for block in &section.blocks {
            block_md(&mut s, block);
        }
    }
    while s.ends_with("\n\n") {
        s.pop();
    }
    s
}

fn block_md(s: &mut String, block: &Block) {
    match block {
        Block::Heading(h) => {
            let _ = writeln!(s, "### {}\n", escape_inline(h));
        }
        Block::Paragraph(p) => {
            let _ = writeln!(s, "{}\n", escape(p));
        }
        Block::Facts(f) => {
            let _ = writeln!(s, "*{}*\n", escape(f));
        }
        Block::Label(l) => {
            let _ = writeln!(s, "**{}**\n", escape(l));
        }
        Block::List { ordered, entries } => {
            for (i, e) in entries.iter().enumerate() {
                if *ordered {
                    let _ = writeln!(s, "{}. {}", i + 1, escape(e));
                } else {
                    let _ = writeln!(s, "- {}", escape(e));
                }
            }
            s.push('\n');
        }
        Block::Lines(lines) => {
            let escaped: Vec<String> = lines.iter().map(|l| escape(l)).collect();
            // A backslash at the end of a line is a hard line break in CommonMark.
            let _ = writeln!(s, "{}\n", escaped.join("\\\n"));
        }
        Block::Table { header, rows } => {
            let cell = |c: &String| {
                let e = escape(c);
                if e.is_empty() { " ".to_string() } else { e }
            };
            let _ = writeln!(
                s,
                "| {} |",
                header.iter().map(cell).collect::<Vec<_>>().join(" | ")
            );
            let _ = writeln!(s, "|{}", "---|".repeat(header.len()));
            for row in rows {
                let _ = writeln!(
                    s,
                    "| {} |",
                    row.iter().map(cell).collect::<Vec<_>>().join(" | ")
                );
            }
            s.push('\n');
        }
    }
}

/// Escapes text for Markdown: every character that could start markup is backslash-escaped,
/// and line breaks become spaces (one paragraph or list entry per text).
pub fn escape(s: &str) -> String {
    escape_line_start(escape_inline(s))
}

/// Escapes inline markup only: for heading text, where "1." cannot start a list.
fn escape_inline(s: &str) -> String {
    let s = crate::sanitize::for_storage(s);
    let s = s.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if matches!(
            c,
            '\\' | '`'
                | '*'
                | '_'
                | '['
                | ']'
                | '<'
                | '>'
                | '#'
                | '|'
                | '~'
                | '&'
                | '!'
                | '{'
                | '}'
        ) {
            out.push('\\');
        }
        out.push(c);
    }
    out.trim_start().to_string()
}

/// A paragraph or list entry must not start a list, heading or block by accident.
fn escape_line_start(s: String) -> String {
    let t = s.trim_start();
    let digits = t.chars().take_while(char::is_ascii_digit).count();
    let after = t[digits..].chars().next();
    if t.starts_with(['-', '+', '=']) {
        format!("\\{t}")
    } else if digits > 0 && matches!(after, Some('.' | ')')) {
        format!("{}\\{}", &t[..digits], &t[digits..])
    } else {
        t.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escaping_keeps_text_literal() {
        assert_eq!(escape("<b>x</b> *y*"), "\\<b\\>x\\</b\\> \\*y\\*");
        assert_eq!(escape("1. first"), "1\\. first");
        assert_eq!(escape("- dash"), "\\- dash");
        assert_eq!(escape("a\nb"), "a b");
    }
}
