//! The one-line capture of an outcome or action: what the person types, parsed.
//!
//! For actions, `@owner` names the owner (`_` stands for a space: `@De_korpschef`) and
//! `due:next`, `due:2020-06` or `due:2020-03-09` sets the due point; the other words are the
//! text. `Rapport delen @korpschef due:next` → text "Rapport delen", owner "korpschef".

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
    pub text: String,
    /// Why Enter did not save (shown beside the input).
    pub error: Option<String>,
}

impl Input {
    pub fn new(kind: InputKind) -> Self {
        Input {
            kind,
            text: String::new(),
            error: None,
        }
    }

    /// Adds typed or pasted text, cleaned of control and bidi characters.
    pub fn push_str(&mut self, s: &str) {
        self.text.push_str(&sanitize::for_storage(s));
        self.error = None;
    }

    pub fn cycle_kind(&mut self) {
        if let InputKind::Outcome(k) = self.kind {
            let all = OutcomeKind::ALL;
            let i = all.iter().position(|&x| x == k).unwrap_or(0);
            self.kind = InputKind::Outcome(all[(i + 1) % all.len()]);
        }
    }
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
    for w in input.split_whitespace() {
        if let Some(o) = w.strip_prefix('@').filter(|o| !o.is_empty()) {
            if owner.is_some() {
                return Err(t!(lang, "ui-capture-one-owner"));
            }
            owner = Some(o.replace('_', " "));
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
    fn pasted_text_is_cleaned_and_kinds_cycle() {
        let mut i = Input::new(InputKind::Outcome(OutcomeKind::Agreement));
        i.push_str("Akkoord\u{1b}[31m\u{202e}\nmet plan");
        assert_eq!(i.text, "Akkoord[31m met plan");
        i.cycle_kind();
        assert_eq!(i.kind, InputKind::Outcome(OutcomeKind::Note));
        i.cycle_kind();
        assert_eq!(i.kind, InputKind::Outcome(OutcomeKind::Decision));
    }
}
