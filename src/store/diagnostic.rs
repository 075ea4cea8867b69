//! Problems found in meeting files, reported as `path:line:col: message`.

use super::problem::Problem;
use crate::i18n::Lang;
use std::fmt;
use std::path::{Path, PathBuf};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    Error,
    Warning,
}

/// One problem at one place. `line` and `col` are 1-based; col counts characters.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    pub path: PathBuf,
    pub line: usize,
    pub col: usize,
    pub severity: Severity,
    /// Boxed: a problem carries texts from the file, and a diagnostic travels in `Result`s.
    pub message: Box<Problem>,
}

impl Diagnostic {
    pub fn error(path: &Path, (line, col): (usize, usize), message: Problem) -> Self {
        Diagnostic {
            path: path.to_path_buf(),
            line,
            col,
            severity: Severity::Error,
            message: Box::new(message),
        }
    }

    pub fn warning(path: &Path, (line, col): (usize, usize), message: Problem) -> Self {
        Diagnostic {
            severity: Severity::Warning,
            ..Diagnostic::error(path, (line, col), message)
        }
    }

    /// Sort key: path, then position.
    pub fn sort_key(&self) -> (&Path, usize, usize) {
        (&self.path, self.line, self.col)
    }
}

impl Diagnostic {
    /// `path:line:col: message` in `lang` (a warning says so after the position).
    pub fn render(&self, lang: Lang) -> String {
        let message = self.message.message(lang);
        let message = match self.severity {
            Severity::Error => message,
            Severity::Warning => crate::t!(lang, "problem-warning", message = message),
        };
        format!(
            "{}:{}:{}: {message}",
            self.path.display(),
            self.line,
            self.col
        )
    }
}

/// The English rendering, for logs and tests; people see `render` in their language.
impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.render(Lang::En))
    }
}

/// Maps byte offsets of a text to 1-based (line, column) pairs, column in characters.
pub struct LineIndex<'a> {
    text: &'a str,
    starts: Vec<usize>,
}

impl<'a> LineIndex<'a> {
    pub fn new(text: &'a str) -> Self {
        let mut starts = vec![0];
        starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        LineIndex { text, starts }
    }

    pub fn position(&self, offset: usize) -> (usize, usize) {
        let offset = offset.min(self.text.len());
        let line = self
            .starts
            .partition_point(|&s| s <= offset)
            .saturating_sub(1);
        let start = self.starts[line];
        let col = self
            .text
            .get(start..offset)
            .map_or(offset - start, |s| s.chars().count());
        (line + 1, col + 1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_are_one_based_and_count_characters() {
        let idx = LineIndex::new("ab\nçd = 1\r\nx");
        assert_eq!(idx.position(0), (1, 1));
        assert_eq!(idx.position(3), (2, 1));
        assert_eq!(idx.position(5), (2, 2), "ç is one column");
        assert_eq!(idx.position(12), (3, 1));
        assert_eq!(idx.position(999), (3, 2));
    }

    #[test]
    fn display_is_path_line_col_message() {
        use crate::store::problem::Place;
        let required = Problem::Required {
            place: Place::Item(1),
            key: "title".into(),
        };
        let d = Diagnostic::error(Path::new("m/a.toml"), (3, 7), required);
        assert_eq!(d.to_string(), "m/a.toml:3:7: item 1: `title` is required");
        assert_eq!(
            d.render(Lang::Nl),
            "m/a.toml:3:7: agendapunt 1: `title` is verplicht"
        );
        let w = Diagnostic::warning(Path::new("a.toml"), (1, 1), Problem::EmptyFile);
        assert!(
            w.to_string()
                .starts_with("a.toml:1:1: warning: the file is empty")
        );
        assert!(
            w.render(Lang::Nl)
                .starts_with("a.toml:1:1: waarschuwing: het bestand is leeg")
        );
    }
}
