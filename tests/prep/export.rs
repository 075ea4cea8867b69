//! `docket export`: golden files in both formats, clean Markdown, confidential items.

use crate::support::prep::*;
use pulldown_cmark::{Event, HeadingLevel, Parser, Tag, TagEnd};

fn export(extra: &[&str]) -> String {
    let dir = fixtures().join("board");
    let mut args = vec!["export", dir.to_str().expect("utf-8"), "2024-01-10"];
    args.extend_from_slice(extra);
    let o = docket(&args);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    stdout(&o)
}

#[test]
fn markdown_matches_the_golden_file() {
    golden("board-2024-01-10.md", &export(&[]));
}

#[test]
fn html_matches_the_golden_file() {
    golden("board-2024-01-10.html", &export(&["--format", "html"]));
}

/// Headings (level, text) and whether any raw HTML came through.
fn structure(md: &str) -> (Vec<(HeadingLevel, String)>, bool, usize) {
    let mut headings = Vec::new();
    let mut html = false;
    let mut ordered_items = 0;
    let mut current: Option<(HeadingLevel, String)> = None;
    let mut in_ordered = false;
    for ev in Parser::new(md) {
        match ev {
            Event::Start(Tag::Heading { level, .. }) => current = Some((level, String::new())),
            Event::End(TagEnd::Heading(_)) => headings.extend(current.take()),
            Event::Text(t) => {
                if let Some((_, s)) = current.as_mut() {
                    s.push_str(&t);
                }
            }
            Event::Html(_) | Event::InlineHtml(_) => html = true,
            Event::Start(Tag::List(Some(_))) => in_ordered = true,
            Event::End(TagEnd::List(true)) => in_ordered = false,
            Event::Start(Tag::Item) if in_ordered => ordered_items += 1,
            _ => {}
        }
    }
    (headings, html, ordered_items)
}

#[test]
fn markdown_parses_into_the_expected_outline_without_raw_html() {
    let (headings, html, decisions) = structure(&export(&[]));
    let h: Vec<(u8, &str)> = headings
        .iter()
        .map(|(l, t)| (*l as u8, t.as_str()))
        .collect();
    assert_eq!(
        h,
        [
            (1, "Board"),
            (2, "Minutes"),
            (3, "2. Budget 2024"),
            (3, "3. Website"),
            (2, "Decision list"),
            (2, "Action list"),
        ]
    );
    assert!(!html, "text like <v2> must be escaped, not passed as HTML");
    assert_eq!(decisions, 2, "two decisions, numbered");
}

#[test]
fn confidential_items_only_when_asked() {
    for format in ["md", "html"] {
        let out = export(&["--format", format]);
        assert!(
            !out.contains("Staff matter") && !out.contains("Secret"),
            "{format}"
        );
        assert!(out.contains("1 confidential item left out."));
        let all = export(&["--format", format, "--include-confidential"]);
        assert!(all.contains("Staff matter") && all.contains("Secret decision"));
        assert!(all.contains("Secret action") && all.contains("Anna de Vries"));
    }
    let (headings, _, decisions) = structure(&export(&["--include-confidential"]));
    assert!(headings.iter().any(|(_, t)| t == "3. Staff matter"));
    assert_eq!(decisions, 3);
}

#[test]
fn items_without_content_are_listed_by_title_not_as_empty_headings() {
    let md = export(&[]);
    assert!(md.contains("\n1\\. Opening\n"), "{md}");
    assert!(md.contains("\n4\\. Any other business\n"), "{md}");
    assert!(!md.contains("### 1. Opening"));
}

#[test]
fn planned_against_actual_minutes_only_with_timing() {
    let md = export(&[]);
    assert!(!md.contains("planned") && !md.contains("actual"), "{md}");
    let md = export(&["--timing"]);
    assert!(
        md.contains("*presented by Bram · planned 30 min · actual 40 min*"),
        "{md}"
    );
    // The hidden staff item still took 19:40-19:55, so the website took 10 minutes.
    assert!(md.contains("*planned 15 min · actual 10 min*"));
    // With timing, every item with a time is worth a heading.
    assert!(md.contains("### 1. Opening"));
}

#[test]
fn html_is_a_standalone_escaped_page() {
    let html = export(&["--format", "html"]);
    assert!(html.starts_with("<!DOCTYPE html>"));
    assert!(html.contains("<style>") && html.trim_end().ends_with("</html>"));
    assert!(html.contains("Draft budget &lt;v2&gt; &amp; reserves."));
    assert!(!html.contains("<v2>"));
}

#[test]
fn meeting_by_path_and_output_file() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let out = tmp.path().join("minutes.md");
    let dir = fixtures().join("board");
    let file = dir.join("2024-01-10.toml");
    let o = docket(&[
        "export",
        dir.to_str().expect("utf-8"),
        file.to_str().expect("utf-8"),
        "--out",
        out.to_str().expect("utf-8"),
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(std::fs::read_to_string(&out).expect("written"), export(&[]));
    let missing = docket(&["export", dir.to_str().expect("utf-8"), "2024-05-01"]);
    assert_eq!(missing.status.code(), Some(2));
}
