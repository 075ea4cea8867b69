//! The document as one standalone HTML page: inline CSS that prints well (each section on a
//! new page, headings kept with what follows), `lang` set, every text escaped.

use super::doc::{Block, Document};
use std::fmt::Write;

const CSS: &str = "body{font-family:system-ui,-apple-system,'Segoe UI',sans-serif;max-width:46rem;\
margin:2rem auto;padding:0 1rem;line-height:1.5;color:#1b1b1b;background:#fff}\
h1{font-size:1.6rem;margin-bottom:.2rem}\
.when{margin-top:0;font-size:1.1rem;border-bottom:2px solid #444;padding-bottom:.3rem}\
h2{font-size:1.25rem;margin-top:2rem;border-bottom:1px solid #bbb}\
h3{font-size:1.05rem;margin-bottom:.2rem}\
.facts{color:#555;font-style:italic;margin-top:0}\
.label{font-weight:600;margin-bottom:0}\
dl.meta{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem}\
dl.meta dt{font-weight:600}dl.meta dd{margin:0}\
table{border-collapse:collapse;width:100%;font-size:.95em}\
th,td{border:1px solid #bbb;padding:.25rem .4rem;text-align:left;vertical-align:top}\
th{background:#eee}\
@media print{body{margin:0;max-width:none;font-size:11pt}\
section+section{break-before:page}h2,h3,.label{break-after:avoid}\
tr,li{break-inside:avoid}thead{display:table-header-group}}";

pub fn render(doc: &Document) -> String {
    let title = escape(&doc.title);
    let mut s = String::new();
    let _ = write!(
        s,
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{title}: {}</title>\n<style>{CSS}</style>\n</head>\n<body>\n<header>\n<h1>{title}</h1>\n\
         <p class=\"when\">{}</p>\n",
        doc.lang.code(),
        escape(&doc.subtitle),
        escape(&doc.subtitle),
    );
    if !doc.meta.is_empty() {
        s.push_str("<dl class=\"meta\">\n");
        for (label, value) in &doc.meta {
            let _ = writeln!(s, "<dt>{}</dt><dd>{}</dd>", escape(label), escape(value));
        }
        s.push_str("</dl>\n");
    }
    for p in &doc.intro {
        let _ = writeln!(s, "<p>{}</p>", escape(p));
    }
    s.push_str("</header>\n");
    for section in &doc.sections {
        let _ = writeln!(s, "<section>\n<h2>{}</h2>", escape(&section.heading));
        for block in &section.blocks {
            block_html(&mut s, block);
        }
        s.push_str("</section>\n");
    }
    s.push_str("</body>\n</html>\n");
    s
}

fn block_html(s: &mut String, block: &Block) {
    match block {
        Block::Heading(h) => {
            let _ = writeln!(s, "<h3>{}</h3>", escape(h));
        }
        Block::Paragraph(p) => {
            let _ = writeln!(s, "<p>{}</p>", escape(p));
        }
        Block::Facts(f) => {
            let _ = writeln!(s, "<p class=\"facts\">{}</p>", escape(f));
        }
        Block::Label(l) => {
            let _ = writeln!(s, "<p class=\"label\">{}</p>", escape(l));
        }
        Block::List { ordered, entries } => {
            let tag = if *ordered { "ol" } else { "ul" };
            let _ = writeln!(s, "<{tag}>");
            for e in entries {
                let _ = writeln!(s, "<li>{}</li>", escape(e));
            }
            let _ = writeln!(s, "</{tag}>");
        }
        Block::Lines(lines) => {
            let escaped: Vec<String> = lines.iter().map(|l| escape(l)).collect();
            let _ = writeln!(s, "<p>{}</p>", escaped.join("<br>\n"));
        }
        Block::Table { header, rows } => {
            s.push_str("<table>\n<thead><tr>");
            for h in header {
                let _ = write!(s, "<th>{}</th>", escape(h));
            }
            s.push_str("</tr></thead>\n<tbody>\n");
            for row in rows {
                s.push_str("<tr>");
                for c in row {
                    let _ = write!(s, "<td>{}</td>", escape(c));
                }
                s.push_str("</tr>\n");
            }
            s.push_str("</tbody>\n</table>\n");
        }
    }
}

/// Escapes text for HTML element content and attribute values.
pub fn escape(s: &str) -> String {
    let s = crate::sanitize::for_storage(s);
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn escaping() {
        assert_eq!(
            super::escape("<a href='x'>&"),
            "&lt;a href=&#39;x&#39;&gt;&amp;"
        );
    }
}
