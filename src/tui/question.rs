//! The yes/no question before a delete (`d`) and the chooser of the details' outcomes and
//! actions: their state and their own handling of keys. `App` carries out the answer.

use super::action::Action;
use super::cursor::Cursor;
use super::overlay::Outcome;
use crate::i18n::Lang;
use crate::store::edit::{Edit, SubRef};
use crate::t;
use std::path::PathBuf;

/// A yes/no question before a write that loses something (a delete).
#[derive(Debug, Clone, PartialEq)]
pub struct Question {
    pub text: String,
    pub path: PathBuf,
    pub edit: Edit,
    /// The language of the overlay's title and hint.
    pub lang: Lang,
}

/// What a chosen entry of the chooser is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Purpose {
    Edit,
    Delete,
    Close,
    Drop,
}

/// An outcome or action to act on, by identity (its file, its item's title and topic, its
/// text): after a reload it is found again, or the act is refused, never misdirected.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    pub path: PathBuf,
    pub sub: SubRef,
    pub label: String,
}

/// "Which one?" when the details show several outcomes or actions.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Chooser {
    pub purpose: Purpose,
    pub entries: Vec<Entry>,
    pub cursor: Cursor,
    /// The language of the overlay's title and hint.
    pub lang: Lang,
}

impl Purpose {
    pub fn question(self, lang: Lang) -> String {
        let id = match self {
            Purpose::Edit => "prep-choose-edit",
            Purpose::Delete => "prep-choose-delete",
            Purpose::Close => "prep-choose-close",
            Purpose::Drop => "prep-choose-drop",
        };
        t!(lang, id)
    }
}

impl Question {
    /// `y` says yes (`Done`); any other key no (`Close`: nothing is written).
    pub fn answer(&self, action: &Action) -> Outcome<()> {
        match action {
            Action::Yes => Outcome::Done(()),
            _ => Outcome::Close,
        }
    }
}
