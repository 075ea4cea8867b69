//! A meeting's minutes, decision list and action list, as Markdown or a standalone HTML page
//! (`docket export`). Text from the files is escaped for the output format, never trusted.
//! Actual minutes come from `model::actual_minutes`.

use super::record_words::{Lang, attendance_lines, attendance_of, documents_label, vote_phrase};
use crate::model::{Action, Item, Meeting, Outcome, OutcomeKind, actual_minutes};
use std::collections::BTreeMap;
use std::fmt::Write;

#[derive(Debug, Clone, Copy, Default)]
pub struct ExportOptions {
    pub include_confidential: bool,
}

/// An action with the export number and the item it was made under.
type NumberedAction<'a> = (usize, &'a Item, &'a Action);

/// What the export shows, independent of the format.
struct View<'a> {
    /// Visible items: (number in the export, item, actual minutes).
    items: Vec<(usize, &'a Item, Option<i64>)>,
    left_out: usize,
}

impl<'a> View<'a> {
    fn new(m: &'a Meeting, opts: ExportOptions) -> Self {
        let actual = actual_minutes(m);
        let mut items = Vec::new();
        let mut left_out = 0;
        for (i, item) in m.items.iter().enumerate() {
            if item.confidential && !opts.include_confidential {
                left_out += 1;
                continue;
            }
            items.push((items.len() + 1, item, actual[i]));
        }
        View { items, left_out }
    }

    fn decisions(&self) -> Vec<(usize, &'a Item, &'a Outcome)> {
        self.items
            .iter()
            .flat_map(|&(n, item, _)| {
                item.outcomes
                    .iter()
                    .filter(|o| o.kind == OutcomeKind::Decision)
                    .map(move |o| (n, item, o))
            })
            .collect()
    }

    /// Actions grouped by owner (sorted), actions without owner last.
    fn by_owner(&self) -> Vec<(Option<&'a str>, Vec<NumberedAction<'a>>)> {
        let mut groups: BTreeMap<(bool, &str), Vec<NumberedAction<'a>>> = BTreeMap::new();
        for &(n, item, _) in &self.items {
            for a in &item.actions {
                let key = (a.owner.is_none(), a.owner.as_deref().unwrap_or(""));
                groups.entry(key).or_default().push((n, item, a));
            }
        }
        groups
            .into_iter()
            .map(|((none, o), v)| ((!none).then_some(o), v))
            .collect()
    }
}

fn due_text(a: &Action) -> String {
    let mut parts = Vec::new();
    if let Some(d) = a.due {
        parts.push(format!("due {d}"));
    }
    match a.done.map(|d| d.date()) {
        Some(Some(d)) => parts.push(format!("done {d}")),
        Some(None) => parts.push("done".into()),
        None => {}
    }
    parts.join(", ")
}

fn timing(planned: Option<u32>, actual: Option<i64>) -> Option<String> {
    let p = planned.map(|p| format!("planned {p} min"));
    let a = actual.map(|a| format!("actual {a} min"));
    match (p, a) {
        (None, None) => None,
        (p, a) => Some([p, a].into_iter().flatten().collect::<Vec<_>>().join(", ")),
    }
}

/// The meeting's facts: location, chair, attendees, the attendance against the quorum, source.
fn meta(m: &Meeting) -> Vec<(&'static str, String)> {
    let mut out = Vec::new();
    out.extend(m.location.clone().map(|v| ("Location", v)));
    out.extend(m.chair.clone().map(|v| ("Chair", v)));
    if !m.attendees.is_empty() {
        out.push(("Attendees", m.attendees.join(", ")));
    }
    out.extend(attendance_lines(&attendance_of(m), Lang::En));
    out.extend(m.source.clone().map(|v| ("Source", v)));
    out
}

/// An outcome's kind, with the vote of a decision: "decision; adopted, 4 for and 1 against".
fn kind_and_vote(o: &Outcome) -> String {
    match vote_phrase(&o.vote, Lang::En) {
        Some(v) => format!("{}; {v}", o.kind),
        None => o.kind.to_string(),
    }
}

fn when(m: &Meeting) -> String {
    match m.start {
        Some(s) => format!("{} {}", m.date, s.format("%H:%M")),
        None => m.date.to_string(),
    }
}

// ---------------------------------------------------------------- Markdown

/// Escapes text for Markdown: every character that could start markup is backslash-escaped,
/// and line breaks become spaces (one paragraph or list entry per text).
pub fn md_escape(s: &str) -> String {
    let s = crate::sanitize::for_storage(s);
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
    escape_line_start(out)
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

/// Notes as Markdown paragraphs (blank lines in the notes separate them).
fn md_paragraphs(notes: &str) -> Vec<String> {
    notes
        .split("\n\n")
        .map(|p| p.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|p| !p.is_empty())
        .map(|p| md_escape(&p))
        .collect()
}

/// The export as Markdown.
pub fn markdown(m: &Meeting, opts: ExportOptions) -> String {
    let v = View::new(m, opts);
    let mut s = String::new();
    let _ = writeln!(s, "# {}: {}\n", md_escape(&m.title), when(m));
    let facts = meta(m);
    for (k, val) in &facts {
        let _ = writeln!(s, "- **{k}:** {}", md_escape(val));
    }
    if !facts.is_empty() {
        s.push('\n');
    }
    if let Some(n) = &m.notes {
        for p in md_paragraphs(n) {
            let _ = writeln!(s, "{p}\n");
        }
    }
    s.push_str("## Minutes\n\n");
    if v.items.is_empty() {
        s.push_str("No agenda items.\n\n");
    }
    for &(n, item, actual) in &v.items {
        let _ = writeln!(s, "### {n}. {}\n", md_escape(&item.title));
        let mut facts = Vec::new();
        if let Some(p) = &item.presenter {
            facts.push(format!("presenter {}", md_escape(p)));
        }
        facts.extend(timing(item.minutes, actual));
        if !facts.is_empty() {
            let _ = writeln!(s, "*{}*\n", facts.join("; "));
        }
        if let Some(notes) = &item.notes {
            for p in md_paragraphs(notes) {
                let _ = writeln!(s, "{p}\n");
            }
        }
        if !item.documents.is_empty() {
            let docs: Vec<String> = item
                .documents
                .iter()
                .map(|d| md_escape(&d.target))
                .collect();
            let _ = writeln!(s, "{}: {}\n", documents_label(Lang::En), docs.join(", "));
        }
        if !item.outcomes.is_empty() {
            s.push_str("**Outcomes**\n\n");
            for o in &item.outcomes {
                let _ = writeln!(s, "- {} ({})", md_escape(&o.text), kind_and_vote(o));
            }
            s.push('\n');
        }
        if !item.actions.is_empty() {
            s.push_str("**Actions**\n\n");
            for a in &item.actions {
                let _ = writeln!(s, "- {}", md_action(a, None));
            }
            s.push('\n');
        }
    }
    if v.left_out > 0 {
        let _ = writeln!(
            s,
            "*{} confidential {} left out.*\n",
            v.left_out,
            if v.left_out == 1 { "item" } else { "items" }
        );
    }
    s.push_str("## Decisions\n\n");
    let decisions = v.decisions();
    if decisions.is_empty() {
        s.push_str("No decisions.\n\n");
    }
    for (k, (n, item, o)) in decisions.iter().enumerate() {
        let vote = vote_phrase(&o.vote, Lang::En)
            .map(|v| format!("; {v}"))
            .unwrap_or_default();
        let _ = writeln!(
            s,
            "{}. {} (item {n}: {}{vote})",
            k + 1,
            md_escape(&o.text),
            md_escape(&item.title)
        );
    }
    if !decisions.is_empty() {
        s.push('\n');
    }
    s.push_str("## Actions by owner\n\n");
    let groups = v.by_owner();
    if groups.is_empty() {
        s.push_str("No actions.\n");
    }
    for (owner, list) in groups {
        let _ = writeln!(
            s,
            "### {}\n",
            owner.map_or_else(|| "No owner".to_string(), md_escape)
        );
        for (n, item, a) in list {
            let _ = writeln!(s, "- {}", md_action(a, Some((n, item))));
        }
        s.push('\n');
    }
    while s.ends_with("\n\n") {
        s.pop();
    }
    s
}

fn md_action(a: &Action, item: Option<(usize, &Item)>) -> String {
    let mut parts = Vec::new();
    if item.is_none()
        && let Some(o) = &a.owner
    {
        parts.push(md_escape(o));
    }
    let due = due_text(a);
    if !due.is_empty() {
        parts.push(due);
    }
    if let Some((n, i)) = item {
        parts.push(format!("item {n}: {}", md_escape(&i.title)));
    }
    if parts.is_empty() {
        md_escape(&a.text)
    } else {
        format!("{} ({})", md_escape(&a.text), parts.join("; "))
    }
}

// ---------------------------------------------------------------- HTML

/// Escapes text for HTML element content and attribute values.
pub fn html_escape(s: &str) -> String {
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

const CSS: &str = "body{font-family:system-ui,-apple-system,'Segoe UI',sans-serif;max-width:46rem;\
margin:2rem auto;padding:0 1rem;line-height:1.5;color:#1b1b1b;background:#fff}\
h1{font-size:1.6rem;border-bottom:2px solid #444;padding-bottom:.3rem}\
h2{font-size:1.25rem;margin-top:2rem;border-bottom:1px solid #bbb}\
h3{font-size:1.05rem;margin-bottom:.2rem}\
.facts{color:#555;font-style:italic;margin-top:0}\
dl.meta{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem}\
dl.meta dt{font-weight:600}dl.meta dd{margin:0}\
.kind{color:#555;font-size:.9em}\
@media print{body{margin:0;max-width:none}}";

/// The export as a standalone HTML page with inline CSS.
pub fn html(m: &Meeting, opts: ExportOptions) -> String {
    let v = View::new(m, opts);
    let title = format!("{}: {}", html_escape(&m.title), when(m));
    let mut s = String::new();
    let _ = write!(
        s,
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{title}</title>\n<style>{CSS}</style>\n</head>\n<body>\n<h1>{title}</h1>\n"
    );
    let rows: Vec<String> = meta(m)
        .into_iter()
        .map(|(k, val)| format!("<dt>{k}</dt><dd>{}</dd>", html_escape(&val)))
        .collect();
    if !rows.is_empty() {
        let _ = writeln!(s, "<dl class=\"meta\">\n{}\n</dl>", rows.join("\n"));
    }
    if let Some(n) = &m.notes {
        html_paragraphs(&mut s, n);
    }
    s.push_str("<h2>Minutes</h2>\n");
    if v.items.is_empty() {
        s.push_str("<p>No agenda items.</p>\n");
    }
    for &(n, item, actual) in &v.items {
        let _ = writeln!(s, "<h3>{n}. {}</h3>", html_escape(&item.title));
        let mut facts = Vec::new();
        if let Some(p) = &item.presenter {
            facts.push(format!("presenter {}", html_escape(p)));
        }
        facts.extend(timing(item.minutes, actual));
        if !facts.is_empty() {
            let _ = writeln!(s, "<p class=\"facts\">{}</p>", facts.join("; "));
        }
        if let Some(notes) = &item.notes {
            html_paragraphs(&mut s, notes);
        }
        if !item.documents.is_empty() {
            let docs: Vec<String> = item
                .documents
                .iter()
                .map(|d| html_escape(&d.target))
                .collect();
            let _ = writeln!(
                s,
                "<p class=\"facts\">{}: {}</p>",
                documents_label(Lang::En),
                docs.join(", ")
            );
        }
        if !item.outcomes.is_empty() {
            s.push_str("<p><strong>Outcomes</strong></p>\n<ul>\n");
            for o in &item.outcomes {
                let _ = writeln!(
                    s,
                    "<li>{} <span class=\"kind\">({})</span></li>",
                    html_escape(&o.text),
                    kind_and_vote(o)
                );
            }
            s.push_str("</ul>\n");
        }
        if !item.actions.is_empty() {
            s.push_str("<p><strong>Actions</strong></p>\n<ul>\n");
            for a in &item.actions {
                let _ = writeln!(s, "<li>{}</li>", html_action(a, None));
            }
            s.push_str("</ul>\n");
        }
    }
    if v.left_out > 0 {
        let _ = writeln!(
            s,
            "<p class=\"facts\">{} confidential {} left out.</p>",
            v.left_out,
            if v.left_out == 1 { "item" } else { "items" }
        );
    }
    s.push_str("<h2>Decisions</h2>\n");
    let decisions = v.decisions();
    if decisions.is_empty() {
        s.push_str("<p>No decisions.</p>\n");
    } else {
        s.push_str("<ol>\n");
        for (n, item, o) in decisions {
            let vote = vote_phrase(&o.vote, Lang::En)
                .map(|v| format!("; {v}"))
                .unwrap_or_default();
            let _ = writeln!(
                s,
                "<li>{} (item {n}: {}{vote})</li>",
                html_escape(&o.text),
                html_escape(&item.title)
            );
        }
        s.push_str("</ol>\n");
    }
    s.push_str("<h2>Actions by owner</h2>\n");
    let groups = v.by_owner();
    if groups.is_empty() {
        s.push_str("<p>No actions.</p>\n");
    }
    for (owner, list) in groups {
        let _ = writeln!(
            s,
            "<h3>{}</h3>\n<ul>",
            owner.map_or_else(|| "No owner".to_string(), html_escape)
        );
        for (n, item, a) in list {
            let _ = writeln!(s, "<li>{}</li>", html_action(a, Some((n, item))));
        }
        s.push_str("</ul>\n");
    }
    s.push_str("</body>\n</html>\n");
    s
}

fn html_paragraphs(s: &mut String, notes: &str) {
    for p in notes.split("\n\n") {
        let p = p.split_whitespace().collect::<Vec<_>>().join(" ");
        if !p.is_empty() {
            let _ = writeln!(s, "<p>{}</p>", html_escape(&p));
        }
    }
}

fn html_action(a: &Action, item: Option<(usize, &Item)>) -> String {
    let mut parts = Vec::new();
    if item.is_none()
        && let Some(o) = &a.owner
    {
        parts.push(html_escape(o));
    }
    let due = due_text(a);
    if !due.is_empty() {
        parts.push(due);
    }
    if let Some((n, i)) = item {
        parts.push(format!("item {n}: {}", html_escape(&i.title)));
    }
    if parts.is_empty() {
        html_escape(&a.text)
    } else {
        format!("{} ({})", html_escape(&a.text), parts.join("; "))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markdown_escaping_keeps_text_literal() {
        assert_eq!(md_escape("<b>x</b> *y*"), "\\<b\\>x\\</b\\> \\*y\\*");
        assert_eq!(md_escape("1. first"), "1\\. first");
        assert_eq!(md_escape("- dash"), "\\- dash");
        assert_eq!(
            html_escape("<a href='x'>&"),
            "&lt;a href=&#39;x&#39;&gt;&amp;"
        );
    }
}
