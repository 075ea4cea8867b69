//! One line of editable text with a cursor: what every text input of docket can share.
//! Typed and pasted text is cleaned of control and bidi characters, and a pasted newline
//! becomes a space (a field is one line).

use super::action::Action;
use crate::sanitize;

/// What `TextField::handle` did: whether the text changed, and what a paste lost.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Changed {
    pub text: bool,
    pub flattened: sanitize::Flattened,
}

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
        let _ = f.insert(text);
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
        let _ = self.insert(text);
    }

    /// Inserts at the cursor; line breaks and tabs become spaces, control and bidi
    /// characters go. Returns what was changed on the way, so a paste can say so.
    pub fn insert(&mut self, s: &str) -> sanitize::Flattened {
        let (clean, what) = sanitize::one_line(s);
        self.text.insert_str(self.cursor, &clean);
        self.cursor += clean.len();
        what
    }

    /// Whether the cursor stands after the last character (where typing appends).
    pub fn at_end(&self) -> bool {
        self.cursor == self.text.len()
    }

    /// The text before and after the cursor (for drawing the cursor inside the text).
    pub fn split(&self) -> (&str, &str) {
        self.text.split_at(self.cursor)
    }

    /// The editing step an action asks of a text field, if it is one.
    pub fn edit_for(action: &Action) -> Option<Edit> {
        Some(match action {
            Action::InputChar(c) => Edit::Insert(c.to_string()),
            Action::Paste(s) => Edit::Insert(s.clone()),
            Action::InputBackspace => Edit::Backspace,
            Action::InputDelete => Edit::Delete,
            Action::InputDeleteWord => Edit::DeleteWord,
            Action::InputClear => Edit::Clear,
            Action::CursorLeft => Edit::Left,
            Action::CursorRight => Edit::Right,
            Action::CursorHome => Edit::Home,
            Action::CursorEnd => Edit::End,
            _ => return None,
        })
    }

    /// Carries out an action if it edits text: returns whether the text changed, or `None`
    /// when the action is not an edit. A paste's clean-up lands in `flattened`.
    pub fn handle(&mut self, action: &Action) -> Option<Changed> {
        let edit = Self::edit_for(action)?;
        let before = self.text.clone();
        let flattened = match edit {
            Edit::Insert(s) => self.insert(&s),
            other => {
                self.apply(other);
                sanitize::Flattened::default()
            }
        };
        Some(Changed {
            text: before != self.text,
            flattened,
        })
    }

    pub fn apply(&mut self, edit: Edit) {
        match edit {
            Edit::Insert(s) => {
                self.insert(&s);
            }
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
