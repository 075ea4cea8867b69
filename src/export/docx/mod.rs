//! The document as a Word file (docx-rs): real headings (so Word's navigation pane and
//! LibreOffice's navigator see the structure), bulleted and numbered lists, the action list
//! as a table, each section on a new page. Text passes the same sanitiser as the other
//! formats (no control characters, which XML cannot hold); docx-rs escapes it.

mod package;
pub mod schema;

use super::ExportError;
use super::doc::{Block, Document};
use crate::sanitize::for_storage;
use docx_rs::{
    AbstractNumbering, Docx, IndentLevel, Level, LevelJc, LevelText, NumberFormat, Numbering,
    NumberingId, Paragraph, Run, RunFonts, SpecialIndentType, Start, Style, StyleType, Table,
    TableCell, TableRow, WidthType,
};
use std::io::Cursor;

/// docx-rs always writes a numbering of its own with id 1; ours start after it.
const BULLETS: usize = 2;

/// One list level: `format` (`bullet`, `decimal`) shown as `text`, hanging indent.
fn list_numbering(id: usize, format: &str, text: &str) -> AbstractNumbering {
    AbstractNumbering::new(id).add_level(
        Level::new(
            0,
            Start::new(1),
            NumberFormat::new(format),
            LevelText::new(text),
            LevelJc::new("left"),
        )
        .indent(Some(720), Some(SpecialIndentType::Hanging(360)), None, None),
    )
}

pub fn render(doc: &Document) -> Result<Vec<u8>, ExportError> {
    let mut docx = styled(Docx::new())
        .add_abstract_numbering(list_numbering(BULLETS, "bullet", "•"))
        .add_numbering(Numbering::new(BULLETS, BULLETS));
    // Numbered lists each start at 1: one abstract numbering per list.
    let mut next_numbering = BULLETS + 1;

    docx = docx.add_paragraph(para("Title", &doc.title));
    docx = docx.add_paragraph(para("Subtitle", &doc.subtitle));
    for (label, value) in &doc.meta {
        docx = docx.add_paragraph(
            Paragraph::new()
                .add_run(
                    Run::new()
                        .add_text(format!("{}: ", for_storage(label)))
                        .bold(),
                )
                .add_run(Run::new().add_text(for_storage(value))),
        );
    }
    for p in &doc.intro {
        docx = docx.add_paragraph(text(p));
    }
    for (i, section) in doc.sections.iter().enumerate() {
        docx = docx.add_paragraph(para("Heading1", &section.heading).page_break_before(i > 0));
        for block in &section.blocks {
            match block {
                Block::Heading(h) => docx = docx.add_paragraph(para("Heading2", h)),
                Block::Paragraph(p) => docx = docx.add_paragraph(text(p)),
                Block::Facts(f) => {
                    docx = docx.add_paragraph(
                        Paragraph::new().add_run(Run::new().add_text(for_storage(f)).italic()),
                    );
                }
                Block::Label(l) => {
                    docx = docx.add_paragraph(
                        Paragraph::new()
                            .keep_next(true)
                            .add_run(Run::new().add_text(for_storage(l)).bold()),
                    );
                }
                Block::List { ordered, entries } => {
                    let id = if *ordered {
                        let id = next_numbering;
                        next_numbering += 1;
                        docx = docx
                            .add_abstract_numbering(list_numbering(id, "decimal", "%1."))
                            .add_numbering(Numbering::new(id, id));
                        id
                    } else {
                        BULLETS
                    };
                    for e in entries {
                        docx = docx.add_paragraph(
                            text(e).numbering(NumberingId::new(id), IndentLevel::new(0)),
                        );
                    }
                }
                Block::Lines(lines) => {
                    for l in lines {
                        docx = docx.add_paragraph(text(l));
                    }
                }
                Block::Table { header, rows } => docx = docx.add_table(table(header, rows)),
            }
        }
    }
    let mut out = Cursor::new(Vec::new());
    docx.build()
        .pack(&mut out)
        .map_err(|e| ExportError::Docx(e.to_string()))?;
    package::normalize(&out.into_inner()).map_err(ExportError::Docx)
}

fn text(s: &str) -> Paragraph {
    Paragraph::new().add_run(Run::new().add_text(for_storage(s)))
}

fn para(style: &str, s: &str) -> Paragraph {
    text(s).style(style)
}

/// The width between the margins, in twips.
const TEXT_WIDTH: usize = 11906 - 2 * 1701;

fn table(header: &[String], rows: &[Vec<String>]) -> Table {
    let cell = |s: &str, bold: bool| {
        let run = Run::new().add_text(for_storage(s));
        TableCell::new().add_paragraph(Paragraph::new().add_run(if bold {
            run.bold()
        } else {
            run
        }))
    };
    let mut all = vec![TableRow::new(
        header.iter().map(|h| cell(h, true)).collect(),
    )];
    all.extend(
        rows.iter()
            .map(|r| TableRow::new(r.iter().map(|c| cell(c, false)).collect())),
    );
    // The column grid Word lays the table out by: the text width of an A4 page with
    // docx-rs's margins (11906 - 2 × 1701 twips), the first column (the action) twice as wide.
    let columns = header.len().max(1);
    let unit = TEXT_WIDTH / (columns + 1);
    let mut grid = vec![unit; columns];
    grid[0] = TEXT_WIDTH - unit * (columns - 1);
    Table::new(all).width(5000, WidthType::Pct).set_grid(grid)
}

/// Named paragraph styles Word and LibreOffice recognise as title and heading levels.
fn styled(docx: Docx) -> Docx {
    let heading = |id: &str, name: &str, size: usize, level: usize| {
        Style::new(id, StyleType::Paragraph)
            .name(name)
            .based_on("Normal")
            .next("Normal")
            .q_format(true)
            .size(size)
            .bold()
            .outline_lvl(level)
    };
    docx.default_fonts(
        RunFonts::new()
            .ascii("Calibri")
            .hi_ansi("Calibri")
            .cs("Calibri"),
    )
    .default_size(22)
    .add_style(
        Style::new("Title", StyleType::Paragraph)
            .name("Title")
            .based_on("Normal")
            .q_format(true)
            .size(40)
            .bold(),
    )
    .add_style(
        Style::new("Subtitle", StyleType::Paragraph)
            .name("Subtitle")
            .based_on("Normal")
            .q_format(true)
            .size(26),
    )
    .add_style(heading("Heading1", "heading 1", 30, 0))
    .add_style(heading("Heading2", "heading 2", 24, 1))
}
