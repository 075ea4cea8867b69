//! The attendance list (`P`): members, then anyone present who is not a member. It handles
//! its own keys and says what should happen; `App` turns that into an edit. No I/O.

use super::action::Action;
use super::cursor::Cursor;
use super::overlay::Outcome;
use super::text_field::TextField;
use crate::i18n::Lang;
use crate::model::AttendanceRow;
use crate::t;

/// The open attendance list.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct AttendanceState {
    pub cursor: Cursor,
    /// A name being typed (after `+`), if any.
    pub adding: Option<TextField>,
    /// Why the typed name was not taken.
    pub error: Option<String>,
    /// The language of its messages.
    pub lang: Lang,
}

/// What the list asks to write: this name's presence (the answer to a key is an
/// `overlay::Outcome` of this).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SetPresent {
    pub name: String,
    pub present: bool,
}

impl AttendanceState {
    /// Whether a name is being typed (keys are text then).
    pub fn typing(&self) -> bool {
        self.adding.is_some()
    }

    /// Carries out one action on the list of `rows`, `page` rows to a screen.
    pub fn update(
        &mut self,
        action: Action,
        rows: &[AttendanceRow],
        page: usize,
    ) -> Outcome<SetPresent> {
        if let Some(name) = &mut self.adding {
            if let Some(changed) = name.handle(&action) {
                if changed.text {
                    self.error = None;
                }
                return Outcome::Stay;
            }
            return match action {
                Action::Close => {
                    self.adding = None;
                    self.error = None;
                    Outcome::Stay
                }
                Action::Confirm => self.confirm_name(rows),
                Action::Quit => Outcome::Close,
                _ => Outcome::Stay,
            };
        }
        let step = |c: &mut Cursor, by: isize| c.step(by, rows.len(), page);
        match action {
            Action::Up => step(&mut self.cursor, -1),
            Action::Down => step(&mut self.cursor, 1),
            Action::PageUp => step(&mut self.cursor, -(page as isize)),
            Action::PageDown => step(&mut self.cursor, page as isize),
            Action::Top => step(&mut self.cursor, isize::MIN / 2),
            Action::Bottom => step(&mut self.cursor, isize::MAX / 2),
            Action::AddName => {
                self.adding = Some(TextField::default());
                self.error = None;
            }
            Action::TogglePresent | Action::Confirm => {
                if let Some(row) = rows.get(self.cursor.sel) {
                    return Outcome::Done(SetPresent {
                        name: row.name.clone(),
                        present: !row.present,
                    });
                }
            }
            Action::Close | Action::Quit => return Outcome::Close,
            _ => {}
        }
        Outcome::Stay
    }

    /// Enter on a typed name: mark it present, or say why not.
    fn confirm_name(&mut self, rows: &[AttendanceRow]) -> Outcome<SetPresent> {
        let name = self
            .adding
            .as_ref()
            .map_or("", |f| f.text())
            .trim()
            .to_string();
        if name.is_empty() {
            self.error = Some(t!(self.lang, "ui-record-type-a-name"));
            return Outcome::Stay;
        }
        if let Some(i) = rows.iter().position(|r| r.name == name) {
            self.cursor.sel = i;
            if rows[i].present {
                self.error = Some(t!(self.lang, "ui-record-already-present", name = &name));
                return Outcome::Stay;
            }
        }
        self.adding = None;
        self.error = None;
        Outcome::Done(SetPresent {
            name,
            present: true,
        })
    }

    /// Keeps the selection on `name` after the list changed (a name was added or the file
    /// was changed by someone else), else within the list.
    pub fn follow(&mut self, rows: &[AttendanceRow], name: Option<&str>, page: usize) {
        if let Some(i) = name.and_then(|n| rows.iter().position(|r| r.name == n)) {
            self.cursor.sel = i;
        }
        self.cursor.step(0, rows.len(), page);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rows() -> Vec<AttendanceRow> {
        [
            ("Anna", true, true),
            ("Bram", true, false),
            ("Gast", false, true),
        ]
        .into_iter()
        .map(|(n, member, present)| AttendanceRow {
            name: n.into(),
            member,
            present,
        })
        .collect()
    }

    #[test]
    fn space_toggles_the_selected_name() {
        let mut s = AttendanceState::default();
        let r = rows();
        assert_eq!(s.update(Action::Down, &r, 10), Outcome::Stay);
        assert_eq!(
            s.update(Action::TogglePresent, &r, 10),
            Outcome::Done(SetPresent {
                name: "Bram".into(),
                present: true
            })
        );
        s.update(Action::Bottom, &r, 10);
        assert_eq!(
            s.update(Action::TogglePresent, &r, 10),
            Outcome::Done(SetPresent {
                name: "Gast".into(),
                present: false
            })
        );
        assert_eq!(s.update(Action::Close, &r, 10), Outcome::Close);
    }

    #[test]
    fn a_typed_name_is_marked_present_unless_it_already_is() {
        let mut s = AttendanceState::default();
        let r = rows();
        s.update(Action::AddName, &r, 10);
        assert!(s.typing());
        for c in " Anna ".chars() {
            s.update(Action::InputChar(c), &r, 10);
        }
        assert_eq!(s.update(Action::Confirm, &r, 10), Outcome::Stay);
        assert_eq!(s.error.as_deref(), Some("Anna is already present"));
        s.update(Action::InputClear, &r, 10);
        assert_eq!(s.update(Action::Confirm, &r, 10), Outcome::Stay);
        assert_eq!(s.error.as_deref(), Some("type a name"));
        for c in "Zoë".chars() {
            s.update(Action::InputChar(c), &r, 10);
        }
        assert_eq!(
            s.update(Action::Confirm, &r, 10),
            Outcome::Done(SetPresent {
                name: "Zoë".into(),
                present: true
            })
        );
        assert!(!s.typing());
    }

    #[test]
    fn esc_while_typing_only_leaves_the_name_and_an_empty_list_is_safe() {
        let mut s = AttendanceState::default();
        s.update(Action::AddName, &[], 10);
        assert_eq!(s.update(Action::Close, &[], 10), Outcome::Stay);
        assert!(!s.typing());
        assert_eq!(s.update(Action::TogglePresent, &[], 10), Outcome::Stay);
        s.follow(&[], Some("x"), 10);
        assert_eq!(s.cursor, Cursor::default());
    }
}
