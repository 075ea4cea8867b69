//! One line of editable text with a cursor: what every text input of docket can share.
//! Typed and pasted text is cleaned of control and bidi characters, and a pasted newline
//! becomes a space (a field is one line).

use crate::sanitize;

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct TextField {
    text: String,
    /// The cursor as a byte offset into `text`, always on a character boundary.
    cursor: usize,
}

/// An editing step, from the key table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Edit {
    Insert(String),
    Left,
    Right,
    Home,
    End,
    Backspace,
    Delete,
    /// Ctrl-W: the word before the cursor (and the spaces after it).
    DeleteWord,
    /// Ctrl-U: everything.
    Clear,
}

impl TextField {
    /// A field holding `text`, the cursor at its end.
    pub fn new(text: &str) -> Self {
        let mut f = TextField::default();
        f.insert(text);
        f
    }

    pub fn text(&self) -> &str {
        &self.text
    }

    /// The cursor as a count of characters from the start (for drawing).
    pub fn cursor_chars(&self) -> usize {
        self.text[..self.cursor].chars().count()
    }

    pub fn set(&mut self, text: &str) {
        self.text.clear();
        self.cursor = 0;
        self.insert(text);
    }

    /// Inserts at the cursor; newlines and tabs become spaces, control characters go.
    pub fn insert(&mut self, s: &str) {
        let flat: String = s
            .replace("\r\n", "\n")
            .chars()
            .map(|c| {
                if matches!(c, '\n' | '\r' | '\t') {
                    ' '
                } else {
                    c
                }
            })
            .collect();
        let clean = sanitize::for_storage(&flat);
        self.text.insert_str(self.cursor, &clean);
        self.cursor += clean.len();
    }

    pub fn apply(&mut self, edit: Edit) {
        match edit {
            Edit::Insert(s) => self.insert(&s),
            Edit::Left => self.cursor = self.prev(self.cursor),
            Edit::Right => self.cursor = self.next(self.cursor),
            Edit::Home => self.cursor = 0,
            Edit::End => self.cursor = self.text.len(),
            Edit::Backspace => {
                let start = self.prev(self.cursor);
                self.text.replace_range(start..self.cursor, "");
                self.cursor = start;
            }
            Edit::Delete => {
                let end = self.next(self.cursor);
                self.text.replace_range(self.cursor..end, "");
            }
            Edit::DeleteWord => {
                let before = &self.text[..self.cursor];
                let trimmed = before.trim_end_matches(' ');
                let start = trimmed.rfind(' ').map_or(0, |i| i + 1);
                self.text.replace_range(start..self.cursor, "");
                self.cursor = start;
            }
            Edit::Clear => {
                self.text.clear();
                self.cursor = 0;
            }
        }
    }

    fn prev(&self, at: usize) -> usize {
        self.text[..at]
            .char_indices()
            .next_back()
            .map_or(0, |(i, _)| i)
    }

    fn next(&self, at: usize) -> usize {
        self.text[at..]
            .chars()
            .next()
            .map_or(at, |c| at + c.len_utf8())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn typed(steps: Vec<Edit>) -> TextField {
        let mut f = TextField::default();
        for s in steps {
            f.apply(s);
        }
        f
    }

    #[test]
    fn cursor_moves_over_whole_characters_and_edits_at_the_cursor() {
        let f = typed(vec![
            Edit::Insert("Eén agenda".into()),
            Edit::Home,
            Edit::Right,
            Edit::Right,
            Edit::Delete,
            Edit::Insert("e".into()),
            Edit::End,
            Edit::Backspace,
        ]);
        assert_eq!(f.text(), "Eée agend");
        assert_eq!(f.cursor_chars(), 9);
        let mut g = TextField::new("ab");
        g.apply(Edit::Left);
        g.apply(Edit::Left);
        g.apply(Edit::Left);
        g.apply(Edit::Backspace);
        assert_eq!((g.text(), g.cursor_chars()), ("ab", 0));
        g.apply(Edit::End);
        g.apply(Edit::Right);
        g.apply(Edit::Delete);
        assert_eq!((g.text(), g.cursor_chars()), ("ab", 2));
    }

    #[test]
    fn word_delete_and_clear() {
        let mut f = TextField::new("Rapport delen   ");
        f.apply(Edit::DeleteWord);
        assert_eq!(f.text(), "Rapport ");
        f.apply(Edit::DeleteWord);
        assert_eq!(f.text(), "");
        f.apply(Edit::DeleteWord);
        let mut g = TextField::new("a b c");
        g.apply(Edit::Left);
        g.apply(Edit::Left);
        g.apply(Edit::DeleteWord);
        assert_eq!((g.text(), g.cursor_chars()), ("a  c", 2));
        g.apply(Edit::Clear);
        assert_eq!((g.text(), g.cursor_chars()), ("", 0));
    }

    #[test]
    fn paste_is_one_clean_line() {
        let mut f = TextField::new("x");
        f.apply(Edit::Home);
        f.apply(Edit::Insert("a\r\nb\u{1b}[31m\u{202e}\tc".into()));
        assert_eq!(f.text(), "a b[31m cx");
        assert_eq!(f.cursor_chars(), 9);
    }
}
