//! The one-line capture of an outcome or action: what the person types, parsed.
//!
//! For actions, `@owner` names the owner (`_` stands for a space: `@De_korpschef`, or
//! quote it: `@"Chris Mattmann"`) and
//! `due:next`, `due:2020-06` or `due:2020-03-09` sets the due point; the other words are the
//! text. `Rapport delen @korpschef due:next` → text "Rapport delen", owner "korpschef".

use super::action::Action;
use super::overlay::Outcome;
use super::text_field::{Edit as TextFieldEdit, TextField};
use crate::i18n::Lang;
use crate::model::{Due, OutcomeKind};
use crate::sanitize;
use crate::t;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum InputKind {
    Outcome(OutcomeKind),
    Action,
}

/// The input line while capturing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Input {
    pub kind: InputKind,
    pub field: TextField,
    /// Why Enter did not save (shown beside the input).
    pub error: Option<String>,
    /// What a paste changed (shown beside the input until it closes).
    pub note: Option<String>,
}

impl Input {
    pub fn new(kind: InputKind) -> Self {
        Input {
            kind,
            field: TextField::default(),
            error: None,
            note: None,
        }
    }

    /// Adds typed or pasted text, cleaned of control and bidi characters; line breaks
    /// become spaces. Returns what the person should be told when the text was changed.
    pub fn push_str(&mut self, s: &str, lang: Lang) -> Option<String> {
        let what = self.field.insert(s);
        self.error = None;
        self.noticed(what, lang)
    }

    /// What is typed so far.
    pub fn text(&self) -> &str {
        self.field.text()
    }

    /// One action on the capture line: text edits and Tab here; Enter answers `Done` (the
    /// caller parses and saves), Esc `Close`. `people` (the names to complete after `@`)
    /// is only asked for when Tab needs it.
    pub fn update(
        &mut self,
        action: &Action,
        people: impl FnOnce() -> Vec<String>,
        lang: Lang,
    ) -> Outcome<()> {
        if let Some(notice) = self.edit(action, lang) {
            return notice.map_or(Outcome::Stay, Outcome::Tell);
        }
        match action {
            Action::CycleKind if self.kind == InputKind::Action => {
                let people = people();
                let names: Vec<&str> = people.iter().map(String::as_str).collect();
                if !self.complete_owner(&names) {
                    self.error = Some(t!(lang, "ui-capture-tab-completes"));
                }
                Outcome::Stay
            }
            Action::CycleKind => {
                self.cycle_kind();
                Outcome::Stay
            }
            Action::Close => Outcome::Close,
            Action::Confirm => Outcome::Done(()),
            _ => Outcome::Stay,
        }
    }

    /// Carries out a text-editing action (typing, paste, cursor, deletes). Returns `None`
    /// when the action is not one, else what the person should be told about a paste.
    pub fn edit(&mut self, action: &Action, lang: Lang) -> Option<Option<String>> {
        let changed = self.field.handle(action)?;
        // Ctrl-U keeps the complaint in view: the person starts over with it in mind.
        if !matches!(action, Action::InputClear) {
            self.error = None;
        }
        Some(self.noticed(changed.flattened, lang))
    }

    fn noticed(&mut self, what: sanitize::Flattened, lang: Lang) -> Option<String> {
        let notice = paste_notice(what, lang);
        if notice.is_some() {
            self.note.clone_from(&notice);
        }
        notice
    }

    /// Tab after `@` and the start of a name: the first of `people` whose name starts so
    /// (case and accents ignored), written with `_` for spaces so it stays one word; Tab
    /// again goes to the next one. Returns whether anything was completed.
    pub fn complete_owner(&mut self, people: &[&str]) -> bool {
        // The word before the cursor is completed; what follows the cursor stays.
        let (before, after) = self.field.split();
        let (before, after) = (before.to_string(), after.to_string());
        let start = before.rfind(' ').map_or(0, |i| i + 1);
        let Some(typed) = before[start..].strip_prefix('@') else {
            return false;
        };
        let typed = typed.replace('_', " ");
        let fold = |s: &str| crate::model::fold_diacritics(s).to_lowercase();
        let exact = people.iter().position(|p| *p == typed);
        let pick = match exact {
            // A whole name already: the next name with the same start as the one typed.
            Some(i) => people
                .get(i + 1)
                .or(people.first())
                .filter(|p| **p != typed),
            None => people.iter().find(|p| fold(p).starts_with(&fold(&typed))),
        };
        let Some(name) = pick else {
            return false;
        };
        let done = format!("{}@{}", &before[..start], name.replace(' ', "_"));
        self.field.set(&done);
        let _ = self.field.insert(&after);
        for _ in after.chars() {
            self.field.apply(TextFieldEdit::Left);
        }
        self.error = None;
        true
    }

    pub fn cycle_kind(&mut self) {
        if let InputKind::Outcome(k) = self.kind {
            let all = OutcomeKind::ALL;
            let i = all.iter().position(|&x| x == k).unwrap_or(0);
            self.kind = InputKind::Outcome(all[(i + 1) % all.len()]);
        }
    }
}

/// What a paste lost or changed on its way into a one-line input, in words.
pub fn paste_notice(what: sanitize::Flattened, lang: Lang) -> Option<String> {
    let mut parts = Vec::new();
    if what.breaks > 0 {
        parts.push(t!(lang, "ui-paste-breaks", count = what.breaks));
    }
    if what.removed > 0 {
        parts.push(t!(lang, "ui-paste-removed", count = what.removed));
    }
    (!parts.is_empty()).then(|| t!(lang, "ui-paste-one-line", what = parts.join(", ")))
}

/// A parsed action capture.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ActionCapture {
    pub text: String,
    pub owner: Option<String>,
    pub due: Option<Due>,
}

pub fn parse_action(input: &str, lang: Lang) -> Result<ActionCapture, String> {
    let mut words = Vec::new();
    let mut owner = None;
    let mut due = None;
    let mut rest = input.split_whitespace();
    while let Some(w) = rest.next() {
        if let Some(o) = w.strip_prefix('@').filter(|o| !o.is_empty()) {
            if owner.is_some() {
                return Err(t!(lang, "ui-capture-one-owner"));
            }
            owner = Some(match o.strip_prefix('"') {
                // `@"Chris Mattmann"`: the words up to the closing quote.
                Some(first) => quoted_owner(first, &mut rest, lang)?,
                None => o.replace('_', " "),
            });
        } else if let Some(d) = w.strip_prefix("due:") {
            if due.is_some() {
                return Err(t!(lang, "ui-capture-one-due"));
            }
            due = Some(Due::parse_str(d).ok_or_else(|| t!(lang, "ui-capture-bad-due", due = d))?);
        } else {
            words.push(w);
        }
    }
    if words.is_empty() {
        return Err(t!(lang, "ui-capture-type-action"));
    }
    Ok(ActionCapture {
        text: words.join(" "),
        owner,
        due,
    })
}

fn quoted_owner<'a>(
    first: &'a str,
    rest: &mut impl Iterator<Item = &'a str>,
    lang: Lang,
) -> Result<String, String> {
    let mut parts = vec![first];
    while !parts.last().is_some_and(|p| p.ends_with('"')) {
        parts.push(
            rest.next()
                .ok_or_else(|| t!(lang, "ui-capture-quote-open"))?,
        );
    }
    let joined = parts.join(" ");
    let name = joined.strip_suffix('"').unwrap_or(&joined).trim();
    if name.is_empty() {
        return Err(t!(lang, "ui-capture-quote-empty"));
    }
    Ok(name.to_string())
}

pub fn parse_outcome(input: &str, lang: Lang) -> Result<String, String> {
    let text = input.split_whitespace().collect::<Vec<_>>().join(" ");
    if text.is_empty() {
        Err(t!(lang, "ui-capture-type-outcome"))
    } else {
        Ok(text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn owner_and_due_words_are_taken_out() {
        let a = parse_action("Rapport delen @korpschef due:next", Lang::En).expect("valid");
        assert_eq!(
            a,
            ActionCapture {
                text: "Rapport delen".into(),
                owner: Some("korpschef".into()),
                due: Some(Due::Next)
            }
        );
        let b =
            parse_action("due:2020-06 Voorstel @De_eenheidschefs maken", Lang::En).expect("valid");
        assert_eq!(b.owner.as_deref(), Some("De eenheidschefs"));
        assert_eq!(
            b.due,
            Some(Due::Month {
                year: 2020,
                month: 6
            })
        );
        assert_eq!(b.text, "Voorstel maken");
        assert_eq!(
            parse_action("Mail @ iedereen", Lang::En)
                .expect("lone @ is text")
                .text,
            "Mail @ iedereen"
        );
    }

    #[test]
    fn a_quoted_owner_has_several_words() {
        let a =
            parse_action("Agenda sturen @\"Chris Mattmann\" due:next", Lang::En).expect("valid");
        assert_eq!(a.owner.as_deref(), Some("Chris Mattmann"));
        assert_eq!(a.text, "Agenda sturen");
        let one = parse_action("Bellen @\"Sam\"", Lang::En).expect("valid");
        assert_eq!(one.owner.as_deref(), Some("Sam"));
        assert!(parse_action("Bellen @\"Sam de", Lang::En).is_err());
        assert!(parse_action("Bellen @\"\"", Lang::En).is_err());
    }

    #[test]
    fn bad_captures_say_why() {
        assert!(
            parse_action("x due:juni", Lang::En)
                .expect_err("bad due")
                .contains("due:juni is not a due point")
        );
        assert!(parse_action("@a @b x", Lang::En).is_err());
        assert!(parse_action("@a due:next", Lang::En).is_err());
        assert!(parse_outcome("   ", Lang::En).is_err());
    }

    #[test]
    fn at_and_tab_complete_an_owner_with_spaces() {
        let people = ["Brett Porter", "Bram", "Ross Gardler"];
        let mut i = Input::new(InputKind::Action);
        i.push_str("Rapport delen @br", Lang::En);
        assert!(i.complete_owner(&people));
        assert_eq!(i.text(), "Rapport delen @Brett_Porter");
        assert!(i.complete_owner(&people), "Tab again: the next name");
        assert_eq!(i.text(), "Rapport delen @Bram");
        let a = parse_action(i.text(), Lang::En).expect("valid");
        assert_eq!(a.owner.as_deref(), Some("Bram"));
        let mut j = Input::new(InputKind::Action);
        j.push_str("x @zz", Lang::En);
        assert!(!j.complete_owner(&people));
        j.push_str(" ", Lang::En);
        assert!(!j.complete_owner(&people), "not after an @ word");
        i.field.set("x @Brett_Porter");
        assert_eq!(
            parse_action(i.text(), Lang::En)
                .expect("ok")
                .owner
                .as_deref(),
            Some("Brett Porter")
        );
    }

    #[test]
    fn a_pasted_line_break_becomes_a_space_and_the_person_is_told() {
        let mut i = Input::new(InputKind::Action);
        let notice = i.push_str("Rapport\rdelen\r\nmet\u{200b} allen", Lang::En);
        assert_eq!(i.text(), "Rapport delen met allen");
        assert_eq!(
            notice.as_deref(),
            Some("pasted as one line: 2 line breaks became spaces, 1 hidden character removed")
        );
        assert_eq!(i.push_str("x", Lang::En), None);
    }

    #[test]
    fn pasted_text_is_cleaned_and_kinds_cycle() {
        let mut i = Input::new(InputKind::Outcome(OutcomeKind::Agreement));
        i.push_str("Akkoord\u{1b}[31m\u{202e}\nmet plan", Lang::En);
        assert_eq!(i.text(), "Akkoord[31m met plan");
        i.cycle_kind();
        assert_eq!(i.kind, InputKind::Outcome(OutcomeKind::Note));
        i.cycle_kind();
        assert_eq!(i.kind, InputKind::Outcome(OutcomeKind::Decision));
    }
}
