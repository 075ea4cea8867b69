//! The meeting picker (`m`): a filter line and the meetings that match it, newest first.
//! It handles its own keys and answers with the meeting to open.

use super::action::Action;
use super::cursor::{Cursor, list_delta};
use super::overlay::Outcome;
use super::text_field::TextField;
use crate::i18n::Lang;
use crate::model::{Library, MeetingId, fold_diacritics};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Picker {
    pub filter: TextField,
    pub matches: Vec<MeetingId>,
    pub cursor: Cursor,
}

/// What the picker reads of the rest of the interface.
pub struct Context<'a> {
    pub library: &'a Library,
    pub lang: Lang,
    /// The meeting on screen: preselected while the filter is empty.
    pub current: Option<MeetingId>,
    /// Rows of the list in view.
    pub rows: usize,
}

impl Picker {
    pub fn open(cx: &Context) -> Picker {
        let mut p = Picker {
            filter: TextField::default(),
            matches: Vec::new(),
            cursor: Cursor::default(),
        };
        p.refilter(cx);
        p
    }

    pub fn update(&mut self, action: &Action, cx: &Context) -> Outcome<MeetingId> {
        if let Some(changed) = self.filter.handle(action) {
            if changed.text {
                self.refilter(cx);
            }
            return Outcome::Stay;
        }
        if let Some(delta) = list_delta(action, cx.rows) {
            self.cursor.step(delta, self.matches.len(), cx.rows);
            return Outcome::Stay;
        }
        match action {
            Action::Confirm => match self.matches.get(self.cursor.sel) {
                Some(&id) => Outcome::Done(id),
                None => Outcome::Close,
            },
            Action::Close => Outcome::Close,
            _ => Outcome::Stay,
        }
    }

    /// Meetings whose date, title or series hold every word of the filter (case and
    /// accents ignored), newest first; the current meeting is preselected when it matches.
    /// Also after the meetings changed.
    pub fn refilter(&mut self, cx: &Context) {
        let words: Vec<String> = fold_diacritics(self.filter.text())
            .to_lowercase()
            .split_whitespace()
            .map(String::from)
            .collect();
        self.matches = cx
            .library
            .iter()
            .rev()
            .filter(|(_, m)| {
                // English and the interface's own day and month names both match.
                let when = m.date.format("%Y-%m-%d %a %-d %b %B");
                let local = crate::i18n::date_long(cx.lang, m.date);
                let hay = fold_diacritics(&format!("{when} {local} {} {}", m.title, m.series))
                    .to_lowercase();
                words.iter().all(|w| hay.contains(w.as_str()))
            })
            .map(|(id, _)| id)
            .collect();
        let sel = if self.filter.text().is_empty() {
            cx.current
                .and_then(|cur| self.matches.iter().position(|&id| id == cur))
                .unwrap_or(0)
        } else {
            0
        };
        self.cursor = Cursor::at(sel);
        self.cursor.follow(self.matches.len(), cx.rows);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_picker_filters_by_month_name_and_answers_with_the_meeting() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("meetings");
        let library = crate::store::load_dir(&dir).expect("meetings").library;
        let newest = library.iter().last().map(|(id, _)| id);
        let cx = Context {
            library: &library,
            lang: Lang::Nl,
            current: newest,
            rows: 10,
        };
        let mut p = Picker::open(&cx);
        assert_eq!(p.matches.len(), library.len());
        assert_eq!(p.matches.get(p.cursor.sel).copied(), newest);
        for c in "februari".chars() {
            assert_eq!(p.update(&Action::InputChar(c), &cx), Outcome::Stay);
        }
        assert_eq!(p.matches.len(), 1, "Dutch month names match");
        let feb = p.matches[0];
        assert_eq!(library.meeting(feb).date.to_string(), "2020-02-10");
        assert_eq!(p.update(&Action::Confirm, &cx), Outcome::Done(feb));
        assert_eq!(p.update(&Action::Close, &cx), Outcome::Close);
    }
}
