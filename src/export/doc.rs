//! The document an export is made of, independent of the output format: a title, facts about
//! the meeting and a list of sections (minutes, decision list, action list, ...). Builders
//! fill it with plain text; each renderer escapes for its format. A new kind of content
//! (attendance, votes, documents) is a new section or block, rendered by all formats.

use crate::i18n::Lang;

#[derive(Debug, Clone, PartialEq)]
pub struct Document {
    pub lang: Lang,
    pub title: String,
    /// The date and time line under the title.
    pub subtitle: String,
    /// Labelled facts about the meeting: (label, value).
    pub meta: Vec<(String, String)>,
    /// The meeting's own notes, one paragraph each.
    pub intro: Vec<String>,
    pub sections: Vec<Section>,
}

/// A part of the paper that starts on a new page when printed.
#[derive(Debug, Clone, PartialEq)]
pub struct Section {
    pub heading: String,
    pub blocks: Vec<Block>,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Block {
    /// A sub-heading: one agenda item.
    Heading(String),
    Paragraph(String),
    /// A quiet line of facts (presenter, times).
    Facts(String),
    /// A run-in label for the list that follows ("Afspraken").
    Label(String),
    List {
        ordered: bool,
        entries: Vec<String>,
    },
    /// Short lines kept together: items that have nothing more to say than their title.
    Lines(Vec<String>),
    Table {
        header: Vec<String>,
        rows: Vec<Vec<String>>,
    },
}

impl Section {
    pub fn new(heading: String) -> Self {
        Section {
            heading,
            blocks: Vec::new(),
        }
    }

    /// Adds a short line, joining it to the lines just before it.
    pub fn line(&mut self, text: String) {
        if let Some(Block::Lines(lines)) = self.blocks.last_mut() {
            lines.push(text);
        } else {
            self.blocks.push(Block::Lines(vec![text]));
        }
    }

    /// A label and its list, when the list is not empty.
    pub fn labelled_list(&mut self, label: String, entries: Vec<String>) {
        if !entries.is_empty() {
            self.blocks.push(Block::Label(label));
            self.blocks.push(Block::List {
                ordered: false,
                entries,
            });
        }
    }
}

/// Notes as paragraphs: blank lines separate them, other line breaks are spaces.
pub fn paragraphs(notes: &str) -> Vec<String> {
    notes
        .replace("\r\n", "\n")
        .split("\n\n")
        .map(|p| p.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|p| !p.is_empty())
        .collect()
}

/// Notes as blocks: paragraphs, except that an indented run of lines (a list of names as
/// minutes often hold) keeps its lines.
pub fn note_blocks(notes: &str) -> Vec<Block> {
    let notes = notes.replace("\r\n", "\n");
    let mut out = Vec::new();
    for p in notes.split("\n\n") {
        let lines: Vec<&str> = p.lines().filter(|l| !l.trim().is_empty()).collect();
        if lines.len() > 1 && lines.iter().all(|l| l.starts_with([' ', '\t'])) {
            out.push(Block::Lines(
                lines.iter().map(|l| l.trim().to_string()).collect(),
            ));
        } else {
            out.extend(paragraphs(p).into_iter().map(Block::Paragraph));
        }
    }
    out
}
