//! What an overlay's own handling of an action asks of the coordinator (`App`). Each
//! overlay state (picker, search, capture, question, chooser, documents, the scrolled
//! texts) handles its actions itself and answers with an `Outcome`; it never sees `App`.

use super::action::Action;
use super::cursor::{Cursor, list_delta};

/// The answer of an overlay to one action. (Quit never reaches an overlay: `App` takes
/// it first.)
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome<T> {
    /// Only the overlay changed.
    Stay,
    /// Stays open; the status line says this (what a paste changed).
    Tell(String),
    /// Close the overlay.
    Close,
    /// Carry this out (open a meeting, jump to a hit, write...); what it is says whether
    /// the overlay closes.
    Done(T),
}

impl<T> Outcome<T> {
    /// The same answer with what is to be done turned into something else.
    pub fn map_done<U>(self, f: impl FnOnce(T) -> U) -> Outcome<U> {
        match self {
            Outcome::Stay => Outcome::Stay,
            Outcome::Tell(t) => Outcome::Tell(t),
            Outcome::Close => Outcome::Close,
            Outcome::Done(x) => Outcome::Done(f(x)),
        }
    }
}

/// A list to choose from (documents, the chooser): the list keys move, Enter answers
/// with the selected row, Esc closes.
pub fn pick(cursor: &mut Cursor, action: &Action, len: usize, page: usize) -> Outcome<usize> {
    if let Some(delta) = list_delta(action, page) {
        cursor.step(delta, len, page);
        return Outcome::Stay;
    }
    match action {
        Action::Confirm => Outcome::Done(cursor.sel),
        Action::Close => Outcome::Close,
        _ => Outcome::Stay,
    }
}

/// A text that scrolls (help, files that could not be read, agenda warnings): moves by
/// the list keys, at most to `max`; Esc closes.
pub fn scroll(scroll: &mut usize, action: &Action, page: usize, max: usize) -> Outcome<()> {
    if let Some(delta) = list_delta(action, page) {
        *scroll = scroll.saturating_add_signed(delta).min(max);
        return Outcome::Stay;
    }
    match action {
        Action::Close => Outcome::Close,
        _ => Outcome::Stay,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_list_to_choose_from_answers_with_the_row() {
        let mut c = Cursor::default();
        assert_eq!(pick(&mut c, &Action::Bottom, 3, 2), Outcome::Stay);
        assert_eq!(pick(&mut c, &Action::Confirm, 3, 2), Outcome::Done(2));
        assert_eq!(pick(&mut c, &Action::Close, 3, 2), Outcome::Close);
        assert_eq!(pick(&mut c, &Action::InputChar('x'), 3, 2), Outcome::Stay);
    }

    #[test]
    fn a_scrolled_text_stops_at_its_end_and_its_top() {
        let mut at = 0;
        assert_eq!(scroll(&mut at, &Action::Bottom, 10, 25), Outcome::Stay);
        assert_eq!(at, 25);
        scroll(&mut at, &Action::Up, 10, 25);
        assert_eq!(at, 24, "one up from the end moves at once");
        scroll(&mut at, &Action::PageUp, 10, 25);
        assert_eq!(at, 14);
        scroll(&mut at, &Action::Top, 10, 25);
        assert_eq!(at, 0);
        assert_eq!(scroll(&mut at, &Action::Close, 10, 25), Outcome::Close);
    }
}
