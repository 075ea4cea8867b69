//! What an edit does, in the words of the interface's language, for the status line
//! ("bewaard: “Begroting” als besproken gemarkeerd"). Kinds of edit without a message of
//! their own fall back to the English `Display`.

use super::{Edit, FlagChange};
use crate::i18n::Lang;
use crate::t;

/// At most 40 characters of a title or text, with `…` when cut.
fn short(s: &str) -> String {
    let t: String = s.chars().take(40).collect();
    if t.len() < s.len() {
        format!("{t}…")
    } else {
        t
    }
}

impl Edit {
    pub fn describe(&self, lang: Lang) -> String {
        #[allow(unreachable_patterns)]
        match self {
            Edit::Discussed { item, change } => match change {
                FlagChange::Clear => t!(lang, "edit-unmark-discussed", title = short(&item.title)),
                _ => t!(lang, "edit-mark-discussed", title = short(&item.title)),
            },
            Edit::Done { action, change } => match change {
                FlagChange::Clear => t!(lang, "edit-reopen", text = short(&action.text)),
                _ => t!(lang, "edit-mark-done", text = short(&action.text)),
            },
            Edit::AddOutcome { text, .. } => t!(lang, "edit-add-outcome", text = short(text)),
            Edit::AddAction { text, .. } => t!(lang, "edit-add-action", text = short(text)),
            Edit::RemoveOutcome { text, .. } => {
                t!(lang, "edit-remove-outcome", text = short(text))
            }
            Edit::RemoveAction { action } => {
                t!(lang, "edit-remove-action", text = short(&action.text))
            }
            other => other.to_string(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Item, Meeting};
    use crate::store::edit::ItemRef;

    #[test]
    fn both_languages_and_the_english_display_agree() {
        let d = chrono::NaiveDate::from_ymd_opt(2020, 2, 10).expect("date");
        let mut m = Meeting::new("a.toml", "LOVP", d);
        m.items.push(Item::new("Begroting"));
        let target = ItemRef::of(&m, 0).expect("item");
        let edit = Edit::unmark_discussed(target);
        assert_eq!(edit.describe(Lang::En), edit.to_string());
        assert_eq!(
            edit.describe(Lang::Nl),
            "“Begroting” niet meer als besproken gemarkeerd"
        );
    }
}
