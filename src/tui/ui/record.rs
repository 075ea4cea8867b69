//! Record lines of the details pane: an item's documents (each marked when its file is
//! missing) and the vote of a decision.

use super::text;
use crate::i18n::Lang;
use crate::model::{Document, DocumentTarget, Item, Vote};
use crate::t;
use crate::tui::app::App;
use crate::tui::theme::Theme;
use ratatui::text::{Line, Span};
use std::path::Path;

/// Whether a document's file is missing, as the event loop last looked it up.
pub fn document_missing(app: &App, meeting_path: &Path, doc: &Document) -> bool {
    match doc.resolve(meeting_path) {
        DocumentTarget::Url(_) => false,
        DocumentTarget::File(p) => app.doc_missing.get(&p).copied().unwrap_or(false),
    }
}

/// "Documents (O opens)" and one line per document.
pub fn document_lines(
    app: &App,
    meeting_path: &Path,
    item: &Item,
    theme: &Theme,
) -> Vec<Line<'static>> {
    if item.documents.is_empty() {
        return Vec::new();
    }
    let mut lines = vec![
        Line::from(""),
        Line::from(vec![
            Span::styled(
                crate::t!(app.setup.lang, "ui-record-documents"),
                theme.header,
            ),
            Span::styled(
                format!(" {}", crate::t!(app.setup.lang, "ui-record-o-opens")),
                theme.muted,
            ),
        ]),
    ];
    for doc in &item.documents {
        let mut l = vec![Span::styled("▤ ", theme.muted)];
        l.extend(text::line_spans(
            &doc.target,
            theme.text,
            theme,
            usize::MAX / 4,
        ));
        if document_missing(app, meeting_path, doc) {
            l.push(Span::styled(
                format!("  {}", crate::t!(app.setup.lang, "ui-record-missing")),
                theme.error,
            ));
        }
        lines.push(Line::from(l));
    }
    lines
}

/// "for 4 · against 1 · abstain 0", "unanimous", or empty.
pub fn vote_label(vote: &Vote, lang: Lang) -> String {
    let mut parts = Vec::new();
    if vote.unanimous {
        parts.push(t!(lang, "ui-record-vote-unanimous"));
    }
    for (id, n) in [
        ("ui-record-vote-for", vote.for_),
        ("ui-record-vote-against", vote.against),
        ("ui-record-vote-abstain", vote.abstain),
    ] {
        if let Some(n) = n {
            parts.push(t!(lang, id, count = n));
        }
    }
    parts.join(" · ")
}
