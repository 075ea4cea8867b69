//! The small form that adds or edits an agenda item, an outcome or an action. It owns its
//! keys: `update` takes an action and says what should happen (nothing, close, or write
//! an edit); it knows nothing of `App`.

use super::action::Action;
use super::overlay::Outcome;
use super::text_field::{Edit as FieldEdit, TextField};
use crate::i18n::Lang;
use crate::model::{self, Due, Item, Library, OutcomeKind, fold_diacritics};
use crate::store::edit::{Edit, ItemFields, ItemRef, SubRef};
use crate::t;
use chrono::NaiveDate;
use std::path::PathBuf;

/// What the form is about.
#[derive(Debug, Clone, PartialEq)]
pub enum Target {
    NewItem { after: Option<ItemRef> },
    EditItem { item: ItemRef, old: Item },
    EditOutcome { sub: SubRef, old: model::Outcome },
    EditAction { sub: SubRef, old: model::FollowUp },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FieldName {
    Title,
    Topic,
    Minutes,
    Presenter,
    Notes,
    Text,
    Kind,
    Owner,
    Due,
}

impl FieldName {
    pub fn label(self, lang: Lang) -> String {
        let id = match self {
            FieldName::Title => "prep-field-title",
            FieldName::Topic => "prep-field-topic",
            FieldName::Minutes => "prep-field-minutes",
            FieldName::Presenter => "prep-field-presenter",
            FieldName::Notes => "prep-field-notes",
            FieldName::Text => "prep-field-text",
            FieldName::Kind => "prep-field-kind",
            FieldName::Owner => "prep-field-owner",
            FieldName::Due => "prep-field-due",
        };
        t!(lang, id)
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Field {
    pub name: FieldName,
    pub value: TextField,
    /// Notes of several lines: a field is one line, so it shows them joined and refuses
    /// changes that would write them back joined (they are edited in the editor, `e`).
    pub kept: bool,
}

/// A topic used in the folder, for completion: its newest title and the dates it was on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TopicUse {
    pub topic: String,
    pub title: String,
    /// Newest first.
    pub dates: Vec<NaiveDate>,
}

/// What completes a field: topics, or people's names.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Completions {
    pub topics: Vec<TopicUse>,
    pub people: Vec<String>,
}

impl Completions {
    /// Every topic (newest use first) and every owner and presenter of the folder.
    pub fn of(lib: &Library) -> Completions {
        let mut topics: Vec<TopicUse> = Vec::new();
        let mut people: Vec<String> = Vec::new();
        for (_, m) in lib.iter().rev() {
            for it in &m.items {
                match topics.iter_mut().find(|t| t.topic == it.topic) {
                    Some(t) => {
                        if t.dates.last() != Some(&m.date) {
                            t.dates.push(m.date);
                        }
                    }
                    None => topics.push(TopicUse {
                        topic: it.topic.clone(),
                        title: it.title.clone(),
                        dates: vec![m.date],
                    }),
                }
                let names = it
                    .presenter
                    .iter()
                    .chain(it.actions.iter().filter_map(|a| a.owner.as_ref()));
                for p in names {
                    if !people.contains(p) {
                        people.push(p.clone());
                    }
                }
            }
        }
        Completions { topics, people }
    }

    /// People whose name starts with `prefix` (case and accents ignored), in the order
    /// they were last used.
    pub fn people_matching(&self, prefix: &str) -> Vec<&str> {
        let want = fold(prefix);
        self.people
            .iter()
            .filter(|p| fold(p).starts_with(&want))
            .map(String::as_str)
            .collect()
    }
}

fn fold(s: &str) -> String {
    fold_diacritics(s).to_lowercase()
}

/// What a sent form asks for (the answer to a key is an `overlay::Outcome` of this).
#[derive(Debug, Clone, PartialEq)]
pub enum Sent {
    /// Nothing differs from what the file holds: close and say so.
    Unchanged,
    Write(Edit),
}

#[derive(Debug, Clone, PartialEq)]
pub struct Form {
    pub target: Target,
    /// The file the edit goes to.
    pub path: PathBuf,
    pub fields: Vec<Field>,
    pub focus: usize,
    /// The highlighted suggestion of the focused field.
    pub pick: usize,
    pub error: Option<String>,
    pub completions: Completions,
    /// The language of labels, hints and errors.
    pub lang: Lang,
}

/// How many suggestions are shown.
pub const SHOWN: usize = 5;

impl Form {
    pub fn new(target: Target, path: PathBuf, completions: Completions, lang: Lang) -> Form {
        let f = |name, v: &str| Field {
            name,
            value: TextField::new(v),
            kept: name == FieldName::Notes && v.trim().contains('\n'),
        };
        let opt = |o: &Option<String>| o.clone().unwrap_or_default();
        let fields = match &target {
            Target::NewItem { .. } => [
                FieldName::Title,
                FieldName::Topic,
                FieldName::Minutes,
                FieldName::Presenter,
                FieldName::Notes,
            ]
            .into_iter()
            .map(|n| f(n, ""))
            .collect(),
            Target::EditItem { old, .. } => vec![
                f(FieldName::Title, &old.title),
                f(FieldName::Topic, &old.topic),
                f(
                    FieldName::Minutes,
                    &old.minutes.map(|m| m.to_string()).unwrap_or_default(),
                ),
                f(FieldName::Presenter, &opt(&old.presenter)),
                f(FieldName::Notes, &opt(&old.notes)),
            ],
            Target::EditOutcome { old, .. } => vec![
                f(FieldName::Text, &old.text),
                f(FieldName::Kind, old.kind.as_str()),
            ],
            Target::EditAction { old, .. } => vec![
                f(FieldName::Text, &old.text),
                f(FieldName::Owner, &opt(&old.owner)),
                f(
                    FieldName::Due,
                    &old.due.map(|d| d.to_string()).unwrap_or_default(),
                ),
            ],
        };
        Form {
            target,
            path,
            fields,
            focus: 0,
            pick: 0,
            error: None,
            completions,
            lang,
        }
    }

    pub fn title(&self) -> String {
        let id = match self.target {
            Target::NewItem { .. } => "prep-form-new-item",
            Target::EditItem { .. } => "prep-form-edit-item",
            Target::EditOutcome { .. } => "prep-form-edit-outcome",
            Target::EditAction { .. } => "prep-form-edit-action",
        };
        t!(self.lang, id)
    }

    fn value(&self, name: FieldName) -> &str {
        self.fields
            .iter()
            .find(|f| f.name == name)
            .map_or("", |f| f.value.text())
    }

    pub fn focused(&self) -> &Field {
        &self.fields[self.focus.min(self.fields.len() - 1)]
    }

    /// The suggestions for the focused field as (value, note), best first.
    pub fn suggestions(&self) -> Vec<(String, String)> {
        let field = self.focused();
        let typed = field.value.text().trim();
        match field.name {
            FieldName::Topic => {
                let want = fold(typed);
                let mut hits: Vec<(bool, &TopicUse)> = self
                    .completions
                    .topics
                    .iter()
                    .filter_map(|t| {
                        let (topic, title) = (fold(&t.topic), fold(&t.title));
                        let prefix = topic.starts_with(&want);
                        (prefix || topic.contains(&want) || title.contains(&want))
                            .then_some((prefix, t))
                    })
                    .collect();
                // Prefix matches first; within each, the most recently used first.
                hits.sort_by_key(|(prefix, t)| {
                    (!prefix, std::cmp::Reverse(t.dates.first().copied()))
                });
                hits.into_iter()
                    .take(SHOWN)
                    .map(|(_, t)| (t.topic.clone(), used_on(t, self.lang)))
                    .collect()
            }
            FieldName::Presenter | FieldName::Owner if !typed.is_empty() => self
                .completions
                .people_matching(typed)
                .into_iter()
                .take(SHOWN)
                .map(|p| (p.to_string(), String::new()))
                .collect(),
            FieldName::Kind => OutcomeKind::ALL
                .iter()
                .filter(|k| k.as_str().starts_with(&typed.to_lowercase()))
                .map(|k| (k.as_str().to_string(), String::new()))
                .collect(),
            _ => Vec::new(),
        }
    }

    pub fn update(&mut self, action: &Action) -> Outcome<Sent> {
        let edit = match action {
            Action::Close => return Outcome::Close,
            Action::Confirm => return self.submit(),
            Action::FocusNext => {
                if !self.complete() {
                    self.move_focus(1);
                }
                return Outcome::Stay;
            }
            Action::FocusPrev => {
                self.move_focus(-1);
                return Outcome::Stay;
            }
            Action::Up => {
                self.pick = self.pick.saturating_sub(1);
                return Outcome::Stay;
            }
            Action::Down => {
                let n = self.suggestions().len();
                self.pick = (self.pick + 1).min(n.saturating_sub(1));
                return Outcome::Stay;
            }
            Action::InputChar(c) => FieldEdit::Insert(c.to_string()),
            Action::Paste(s) => FieldEdit::Insert(s.clone()),
            Action::InputBackspace => FieldEdit::Backspace,
            Action::InputDelete => FieldEdit::Delete,
            Action::InputDeleteWord => FieldEdit::DeleteWord,
            Action::InputClear => FieldEdit::Clear,
            Action::CursorLeft => FieldEdit::Left,
            Action::CursorRight => FieldEdit::Right,
            Action::CursorHome => FieldEdit::Home,
            Action::CursorEnd => FieldEdit::End,
            _ => return Outcome::Stay,
        };
        let focus = self.focus.min(self.fields.len() - 1);
        let moves = matches!(
            edit,
            FieldEdit::Left | FieldEdit::Right | FieldEdit::Home | FieldEdit::End
        );
        if self.fields[focus].kept && !moves {
            return self.fail("prep-form-notes-kept");
        }
        self.fields[focus].value.apply(edit);
        self.error = None;
        self.pick = 0;
        Outcome::Stay
    }

    fn move_focus(&mut self, by: isize) {
        let n = self.fields.len() as isize;
        self.focus = (self.focus as isize + by).rem_euclid(n) as usize;
        self.pick = 0;
    }

    /// Tab on a field with a suggestion that differs from what is typed takes it.
    fn complete(&mut self) -> bool {
        let typed = self.focused().value.text().trim().to_string();
        if typed.is_empty() {
            return false;
        }
        let Some((value, _)) = self.suggestions().into_iter().nth(self.pick) else {
            return false;
        };
        if value == typed {
            return false;
        }
        let focus = self.focus.min(self.fields.len() - 1);
        self.fields[focus].value.set(&value);
        self.pick = 0;
        true
    }

    /// Shows the message `id` under the fields.
    fn fail(&mut self, id: &str) -> Outcome<Sent> {
        self.error = Some(t!(self.lang, id));
        Outcome::Stay
    }

    fn submit(&mut self) -> Outcome<Sent> {
        let text = |s: &str| Some(s.trim().to_string()).filter(|s| !s.is_empty());
        let edit = match &self.target {
            Target::NewItem { .. } | Target::EditItem { .. } => {
                let Some(title) = text(self.value(FieldName::Title)) else {
                    return self.fail("prep-form-needs-title");
                };
                let minutes = match text(self.value(FieldName::Minutes)) {
                    None => None,
                    Some(m) => match m.parse::<u32>() {
                        Ok(n) if n <= 24 * 60 => Some(n),
                        _ => return self.fail("prep-form-bad-minutes"),
                    },
                };
                let fields = ItemFields {
                    title,
                    topic: text(self.value(FieldName::Topic)),
                    minutes,
                    presenter: text(self.value(FieldName::Presenter)),
                    notes: text(self.value(FieldName::Notes)),
                    standing: false,
                };
                match &self.target {
                    Target::NewItem { after } => Some(Edit::insert_item(after.clone(), fields)),
                    Target::EditItem { item, old } => {
                        let fields = ItemFields {
                            standing: old.standing,
                            ..fields
                        };
                        Edit::edit_item(item.clone(), old, fields)
                    }
                    _ => None,
                }
            }
            Target::EditOutcome { sub, old } => {
                let Some(t) = text(self.value(FieldName::Text)) else {
                    return self.fail("prep-form-outcome-needs-text");
                };
                let kind = self.value(FieldName::Kind).trim().to_lowercase();
                let Some(kind) = OutcomeKind::parse(&kind) else {
                    return self.fail("prep-form-bad-kind");
                };
                Edit::edit_outcome(sub.clone(), old, &t, kind)
            }
            Target::EditAction { sub, old } => {
                let Some(t) = text(self.value(FieldName::Text)) else {
                    return self.fail("prep-form-action-needs-text");
                };
                let owner = text(self.value(FieldName::Owner));
                let due = match text(self.value(FieldName::Due)) {
                    None => None,
                    Some(d) => match Due::parse_str(&d) {
                        Some(due) => Some(due),
                        None => {
                            return self.fail("prep-form-bad-due");
                        }
                    },
                };
                Edit::edit_action(sub.clone(), old, &t, owner.as_deref(), due)
            }
        };
        match edit {
            Some(e) => Outcome::Done(Sent::Write(e)),
            None => Outcome::Done(Sent::Unchanged),
        }
    }
}

/// "used 2015-04-22, 2015-03-18 (+3 more)".
fn used_on(t: &TopicUse, lang: Lang) -> String {
    let shown: Vec<String> = t.dates.iter().take(2).map(|d| d.to_string()).collect();
    let dates = shown.join(", ");
    let more = t.dates.len().saturating_sub(2);
    if more > 0 {
        t!(
            lang,
            "prep-topic-used-more",
            title = &t.title,
            dates = dates,
            more = more
        )
    } else {
        t!(lang, "prep-topic-used", title = &t.title, dates = dates)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn comp() -> Completions {
        let d = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("date");
        Completions {
            topics: vec![
                TopicUse {
                    topic: "budget".into(),
                    title: "Budget 2024".into(),
                    dates: vec![d("2024-02-14"), d("2024-01-10"), d("2023-12-01")],
                },
                TopicUse {
                    topic: "website".into(),
                    title: "Website".into(),
                    dates: vec![d("2024-02-14")],
                },
            ],
            people: vec!["Brett Porter".into(), "Bram".into()],
        }
    }

    /// The form editing `item`, the first of a meeting.
    fn edit_form(item: Item) -> Form {
        let r = ItemRef {
            index: 0,
            title: item.title.clone(),
            topic: item.topic.clone(),
        };
        Form::new(
            Target::EditItem { item: r, old: item },
            "m.toml".into(),
            comp(),
            Lang::En,
        )
    }

    fn typed(form: &mut Form, s: &str) {
        for c in s.chars() {
            form.update(&Action::InputChar(c));
        }
    }

    #[test]
    fn a_new_item_is_typed_field_by_field_with_topic_completion() {
        let mut f = Form::new(
            Target::NewItem { after: None },
            "m.toml".into(),
            comp(),
            Lang::En,
        );
        typed(&mut f, "Budget 2025");
        f.update(&Action::FocusNext);
        typed(&mut f, "bu");
        assert_eq!(
            f.suggestions(),
            [(
                "budget".to_string(),
                "Budget 2024 · used 2024-02-14, 2024-01-10 (+1 more)".to_string()
            )]
        );
        f.update(&Action::FocusNext); // completes, stays
        assert_eq!(f.focused().value.text(), "budget");
        f.update(&Action::FocusNext); // moves on
        typed(&mut f, "x");
        assert_eq!(f.update(&Action::Confirm), Outcome::Stay);
        assert!(f.error.as_deref().is_some_and(|e| e.contains("minutes")));
        f.update(&Action::InputBackspace);
        typed(&mut f, "20");
        f.update(&Action::FocusNext);
        typed(&mut f, "br");
        f.update(&Action::Down);
        f.update(&Action::FocusNext);
        assert_eq!(f.focused().value.text(), "Bram");
        let Outcome::Done(Sent::Write(Edit::InsertItem { after, fields })) =
            f.update(&Action::Confirm)
        else {
            panic!("submits");
        };
        assert_eq!(after, None);
        assert_eq!(
            fields,
            ItemFields {
                title: "Budget 2025".into(),
                topic: Some("budget".into()),
                minutes: Some(20),
                presenter: Some("Bram".into()),
                notes: None,
                standing: false,
            }
        );
    }

    #[test]
    fn esc_closes_and_an_untouched_edit_changes_nothing() {
        let mut item = Item::new("Budget");
        item.minutes = Some(5);
        let mut f = edit_form(item);
        assert_eq!(f.focused().value.text(), "Budget");
        assert_eq!(f.update(&Action::Confirm), Outcome::Done(Sent::Unchanged));
        assert_eq!(f.update(&Action::Close), Outcome::Close);
        f.update(&Action::InputClear);
        assert_eq!(f.update(&Action::Confirm), Outcome::Stay);
        assert_eq!(f.error.as_deref(), Some("an item needs a title"));
    }

    #[test]
    fn notes_of_several_lines_are_kept_as_they_are() {
        let mut item = Item::new("Budget");
        item.notes = Some("First line.\nSecond line.\n".into());
        let mut f = edit_form(item);
        typed(&mut f, " 2025");
        while f.focused().name != FieldName::Notes {
            f.update(&Action::FocusNext);
        }
        f.update(&Action::CursorHome);
        assert_eq!(f.error, None, "moving is fine");
        for step in [
            Action::InputChar('x'),
            Action::InputBackspace,
            Action::InputClear,
            Action::Paste("y".into()),
        ] {
            f.error = None;
            f.update(&step);
            assert!(f.error.as_deref().is_some_and(|e| e.contains("editor")));
        }
        assert_eq!(f.focused().value.text().trim(), "First line. Second line.");
        // The title changes; the notes are not written (joined) with it.
        let Outcome::Done(Sent::Write(Edit::SetItemKeys { changes, .. })) =
            f.update(&Action::Confirm)
        else {
            panic!("submits");
        };
        let keys: Vec<&str> = changes.iter().map(|c| c.key.as_str()).collect();
        assert_eq!(keys, ["title", "topic"]);
    }
}
