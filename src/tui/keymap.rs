//! Key → action mapping, as data. The help overlay and the footer are generated from this
//! table, so they cannot drift from the bindings.

use super::action::Action;
use ratatui::crossterm::event::{
    Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers, MouseEvent, MouseEventKind,
};

/// How keys are read: the main screen, a list overlay, or a list overlay with a text filter.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    Normal,
    List,
    TextList,
    /// Typing an outcome or action.
    Input,
    /// The item/outcome/action form.
    Form,
    /// A yes/no question: `y` says yes, any other key no.
    Confirm,
    /// The attendance list: its own keys (see `keymap::ATTENDANCE_BINDINGS`).
    Attendance,
}

/// One key as written in help: a code and whether Ctrl is held.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Key {
    pub code: KeyCode,
    pub ctrl: bool,
}

const fn k(c: char) -> Key {
    Key {
        code: KeyCode::Char(c),
        ctrl: false,
    }
}
const fn code(code: KeyCode) -> Key {
    Key { code, ctrl: false }
}
const fn ctrl(c: char) -> Key {
    Key {
        code: KeyCode::Char(c),
        ctrl: true,
    }
}

/// A key binding: its keys, the action, and how help and the footer show it.
pub struct Binding {
    pub keys: &'static [Key],
    pub action: Action,
    /// Message ids in `locales/*.ftl`: what the key does, its help group (main screen
    /// only; other tables have one section), its footer label.
    pub help: &'static str,
    pub group: &'static str,
    /// Shown in the footer, with this short label.
    pub footer: Option<&'static str>,
}

/// The key table of the main screen.
pub const BINDINGS: &[Binding] = &[
    Binding {
        keys: &[k('k'), code(KeyCode::Up)],
        action: Action::Up,
        help: "key-move-up",
        group: "group-move",
        footer: None,
    },
    Binding {
        keys: &[k('j'), code(KeyCode::Down)],
        action: Action::Down,
        help: "key-move-down",
        group: "group-move",
        footer: None,
    },
    Binding {
        keys: &[code(KeyCode::PageUp), ctrl('b')],
        action: Action::PageUp,
        help: "key-page-up",
        group: "group-move",
        footer: None,
    },
    Binding {
        keys: &[code(KeyCode::PageDown), ctrl('f')],
        action: Action::PageDown,
        help: "key-page-down",
        group: "group-move",
        footer: None,
    },
    Binding {
        keys: &[k('g'), code(KeyCode::Home)],
        action: Action::Top,
        help: "key-first-entry",
        group: "group-move",
        footer: None,
    },
    Binding {
        keys: &[k('G'), code(KeyCode::End)],
        action: Action::Bottom,
        help: "key-last-entry",
        group: "group-move",
        footer: None,
    },
    Binding {
        keys: &[code(KeyCode::Tab)],
        action: Action::FocusNext,
        help: "key-next-pane",
        group: "group-move",
        footer: None,
    },
    Binding {
        keys: &[code(KeyCode::BackTab)],
        action: Action::FocusPrev,
        help: "key-previous-pane",
        group: "group-move",
        footer: None,
    },
    Binding {
        keys: &[k('[')],
        action: Action::PrevMeeting,
        help: "key-previous-meeting-date-order-all-series",
        group: "group-meetings",
        footer: Some("footer-meeting"),
    },
    Binding {
        keys: &[k(']')],
        action: Action::NextMeeting,
        help: "key-next-meeting-date-order-all-series",
        group: "group-meetings",
        footer: Some("footer-meeting"),
    },
    Binding {
        keys: &[k('/')],
        action: Action::OpenSearch,
        help: "key-search-every-meeting-tag-person-kind",
        group: "group-meetings",
        footer: Some("footer-search"),
    },
    Binding {
        keys: &[k('m')],
        action: Action::OpenPicker,
        help: "key-pick-a-meeting-type-to-filter",
        group: "group-meetings",
        footer: Some("footer-meetings"),
    },
    Binding {
        keys: &[k('A')],
        action: Action::ToggleAllSeries,
        help: "key-pending-this-series-all-series",
        group: "group-meetings",
        footer: None,
    },
    Binding {
        keys: &[k('n')],
        action: Action::NewItem,
        help: "key-new-item",
        group: "group-prepare",
        footer: Some("footer-new"),
    },
    Binding {
        keys: &[k('i')],
        action: Action::EditSelected,
        help: "key-edit-selected",
        group: "group-prepare",
        footer: None,
    },
    Binding {
        keys: &[k('s')],
        action: Action::ToggleStanding,
        help: "key-toggle-standing",
        group: "group-prepare",
        footer: None,
    },
    Binding {
        keys: &[k('K')],
        action: Action::MoveItemUp,
        help: "key-move-item-up",
        group: "group-prepare",
        footer: None,
    },
    Binding {
        keys: &[k('J')],
        action: Action::MoveItemDown,
        help: "key-move-item-down",
        group: "group-prepare",
        footer: None,
    },
    Binding {
        keys: &[k('d')],
        action: Action::Delete,
        help: "key-delete",
        group: "group-prepare",
        footer: None,
    },
    Binding {
        keys: &[k('>')],
        action: Action::Park,
        help: "key-park",
        group: "group-prepare",
        footer: None,
    },
    Binding {
        keys: &[k(' ')],
        action: Action::ToggleDiscussed,
        help: "key-mark-the-agenda-item-discussed-now",
        group: "group-live",
        footer: Some("footer-discussed"),
    },
    Binding {
        keys: &[k('x')],
        action: Action::ToggleDone,
        help: "key-mark-the-pending-action-done-today",
        group: "group-live",
        footer: None,
    },
    Binding {
        keys: &[k('X')],
        action: Action::CloseDropped,
        help: "key-close-dropped",
        group: "group-live",
        footer: None,
    },
    Binding {
        keys: &[k('o')],
        action: Action::AddOutcome,
        help: "key-add-an-outcome-to-the-item",
        group: "group-live",
        footer: Some("footer-outcome"),
    },
    Binding {
        keys: &[k('a')],
        action: Action::AddAction,
        help: "key-add-an-action-owner-due-next",
        group: "group-live",
        footer: Some("footer-action"),
    },
    Binding {
        keys: &[k('P')],
        action: Action::OpenAttendance,
        help: "key-attendance",
        group: "group-live",
        // Not in the footer: it is full already, and `q quit` must stay visible (`?` lists it).
        footer: None,
    },
    Binding {
        keys: &[k('O')],
        action: Action::OpenDocument,
        help: "key-open-document",
        group: "group-live",
        footer: None,
    },
    Binding {
        keys: &[k('p')],
        action: Action::TogglePresenter,
        help: "key-presenter-view",
        group: "group-live",
        footer: None,
    },
    Binding {
        keys: &[k('u')],
        action: Action::Undo,
        help: "key-undo-the-last-edit-in-the",
        group: "group-live",
        footer: Some("footer-undo"),
    },
    Binding {
        keys: &[k('e')],
        action: Action::EditFile,
        help: "key-open-the-file-in-visual-editor",
        group: "group-live",
        footer: None,
    },
    Binding {
        keys: &[k('w')],
        action: Action::OpenLint,
        help: "key-agenda-warnings-of-a-meeting-being",
        group: "group-other",
        footer: None,
    },
    Binding {
        keys: &[k('!')],
        action: Action::OpenProblems,
        help: "key-files-that-could-not-be-read",
        group: "group-other",
        footer: None,
    },
    Binding {
        keys: &[k('?')],
        action: Action::OpenHelp,
        help: "key-this-help",
        group: "group-other",
        footer: Some("footer-help"),
    },
    Binding {
        keys: &[code(KeyCode::Esc)],
        action: Action::Close,
        help: "key-close-an-overlay",
        group: "group-other",
        footer: None,
    },
    Binding {
        keys: &[k('S')],
        action: Action::Sync,
        help: "key-sync-the-shared-git-repository-commit",
        group: "group-other",
        footer: None,
    },
    Binding {
        keys: &[k('q'), ctrl('c')],
        action: Action::Quit,
        help: "key-quit",
        group: "group-other",
        footer: Some("footer-quit"),
    },
];

/// The keys of the attendance list (`P`), shown in help and its footer; the list keys
/// (`LIST_MOVE`) work there too.
pub const ATTENDANCE_BINDINGS: &[Binding] = &[
    Binding {
        keys: &[k(' ')],
        action: Action::TogglePresent,
        help: "key-toggle-present",
        group: "group-attendance",
        footer: Some("footer-present"),
    },
    Binding {
        keys: &[k('+'), k('n')],
        action: Action::AddName,
        help: "key-add-name",
        group: "group-attendance",
        footer: Some("footer-add-name"),
    },
    Binding {
        keys: &[k('j'), code(KeyCode::Down)],
        action: Action::Down,
        help: "key-next-name",
        group: "group-attendance",
        footer: None,
    },
    Binding {
        keys: &[k('k'), code(KeyCode::Up)],
        action: Action::Up,
        help: "key-previous-name",
        group: "group-attendance",
        footer: None,
    },
    Binding {
        keys: &[code(KeyCode::Esc), k('P'), k('q')],
        action: Action::Close,
        help: "key-close-the-list",
        group: "group-attendance",
        footer: Some("footer-close"),
    },
];

/// A binding of a list or text mode: no footer label unless given.
const fn bind(keys: &'static [Key], action: Action, help: &'static str) -> Binding {
    Binding {
        keys,
        action,
        help,
        group: "",
        footer: None,
    }
}

const fn shown(
    keys: &'static [Key],
    action: Action,
    help: &'static str,
    footer: &'static str,
) -> Binding {
    Binding {
        keys,
        action,
        help,
        group: "",
        footer: Some(footer),
    }
}

/// Moving in any list overlay (help, problems, picker, search, documents, attendance).
pub const LIST_MOVE: &[Binding] = &[
    shown(
        &[code(KeyCode::Up), ctrl('p')],
        Action::Up,
        "key-move-up",
        "ui-footer-move",
    ),
    shown(
        &[code(KeyCode::Down), ctrl('n')],
        Action::Down,
        "key-move-down",
        "ui-footer-move",
    ),
    bind(&[code(KeyCode::PageUp)], Action::PageUp, "key-page-up"),
    bind(
        &[code(KeyCode::PageDown)],
        Action::PageDown,
        "key-page-down",
    ),
    bind(&[code(KeyCode::Home)], Action::Top, "key-first-entry"),
    bind(&[code(KeyCode::End)], Action::Bottom, "key-last-entry"),
    shown(
        &[code(KeyCode::Enter)],
        Action::Confirm,
        "key-choose",
        "ui-footer-choose",
    ),
    shown(
        &[code(KeyCode::Esc)],
        Action::Close,
        "key-close-an-overlay",
        "ui-footer-close",
    ),
    bind(&[ctrl('c')], Action::Quit, "key-quit"),
];

/// Letters in a list without a text filter (help, problems, warnings, documents, chooser).
pub const LIST_LETTERS: &[Binding] = &[
    bind(&[k('k')], Action::Up, "key-move-up"),
    bind(&[k('j')], Action::Down, "key-move-down"),
    bind(&[k('g')], Action::Top, "key-first-entry"),
    bind(&[k('G')], Action::Bottom, "key-last-entry"),
    bind(
        &[k('q'), k('?'), k('!'), k('w')],
        Action::Close,
        "key-close-an-overlay",
    ),
];

/// Editing a line of text: the capture, the form's fields, the filters of `m`, `/` and
/// the attendance list's name.
pub const TEXT_EDIT: &[Binding] = &[
    bind(&[code(KeyCode::Left)], Action::CursorLeft, "form-key-left"),
    bind(
        &[code(KeyCode::Right)],
        Action::CursorRight,
        "form-key-right",
    ),
    bind(
        &[code(KeyCode::Backspace)],
        Action::InputBackspace,
        "form-key-backspace",
    ),
    bind(
        &[code(KeyCode::Delete)],
        Action::InputDelete,
        "form-key-delete",
    ),
    shown(
        &[ctrl('w')],
        Action::InputDeleteWord,
        "form-key-delete-word",
        "ui-footer-form-word",
    ),
    shown(
        &[ctrl('u')],
        Action::InputClear,
        "form-key-clear",
        "ui-footer-form-clear",
    ),
];

/// Home and End in a one-field text (not a list): to the start and end of the text.
pub const FIELD_ENDS: &[Binding] = &[
    bind(&[code(KeyCode::Home)], Action::CursorHome, "form-key-home"),
    bind(&[code(KeyCode::End)], Action::CursorEnd, "form-key-end"),
];

/// The capture line of `o` and `a`.
pub const CAPTURE_KEYS: &[Binding] = &[
    bind(&[code(KeyCode::Tab)], Action::CycleKind, "key-capture-tab"),
    bind(&[code(KeyCode::Enter)], Action::Confirm, "key-capture-save"),
    bind(&[code(KeyCode::Esc)], Action::Close, "form-key-cancel"),
    bind(&[ctrl('c')], Action::Quit, "key-quit"),
];

/// The item/outcome/action form (`n`, `i`).
pub const FORM_KEYS: &[Binding] = &[
    shown(
        &[code(KeyCode::Tab)],
        Action::FocusNext,
        "form-key-complete",
        "ui-footer-form-next",
    ),
    bind(
        &[code(KeyCode::BackTab)],
        Action::FocusPrev,
        "form-key-previous-field",
    ),
    bind(
        &[code(KeyCode::Up)],
        Action::Up,
        "form-key-previous-suggestion",
    ),
    bind(
        &[code(KeyCode::Down)],
        Action::Down,
        "form-key-next-suggestion",
    ),
    shown(
        &[code(KeyCode::Enter)],
        Action::Confirm,
        "form-key-write",
        "ui-footer-form-write",
    ),
    shown(
        &[code(KeyCode::Esc)],
        Action::Close,
        "form-key-cancel",
        "ui-footer-form-cancel",
    ),
    bind(&[ctrl('c')], Action::Quit, "key-quit"),
];

/// A yes/no question (`d`): any key not here says no.
pub const CONFIRM_KEYS: &[Binding] = &[
    shown(
        &[k('y'), k('Y')],
        Action::Yes,
        "key-confirm-yes",
        "ui-footer-yes",
    ),
    bind(&[ctrl('c')], Action::Quit, "key-quit"),
];

/// What a key that no binding of the mode names does.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Rest {
    /// Nothing.
    Ignore,
    /// A printable character (without Ctrl or Alt) is typed text.
    Text,
    /// Any key does this (a question: any other key says no).
    Any(Action),
}

/// The key table of one mode: bindings looked up in order, then `rest`.
pub struct Table {
    pub mode: Mode,
    /// Message id of its section in help.
    pub title: &'static str,
    pub parts: &'static [&'static [Binding]],
    pub rest: Rest,
    /// Message ids of what `rest` does, for help and the footer: the keys, the label.
    pub rest_help: Option<(&'static str, &'static str)>,
    /// How many of the first parts the footer shows.
    pub footer_parts: usize,
    /// In the footer, neighbours with the same label share it: their keys joined by this.
    pub footer_join: &'static str,
    /// The footer shows all of a binding's keys (`Esc/P/q`), not the first.
    pub footer_all_keys: bool,
}

/// Every mode's table: what `map_event`, `?` and the footer read.
pub const TABLES: &[Table] = &[
    Table {
        mode: Mode::Normal,
        footer_parts: 1,
        title: "",
        parts: &[BINDINGS],
        rest: Rest::Ignore,
        rest_help: None,
        footer_join: " ",
        footer_all_keys: false,
    },
    Table {
        mode: Mode::List,
        footer_parts: 1,
        title: "group-lists",
        parts: &[LIST_MOVE, LIST_LETTERS],
        rest: Rest::Ignore,
        rest_help: None,
        footer_join: "",
        footer_all_keys: false,
    },
    Table {
        mode: Mode::TextList,
        footer_parts: 1,
        title: "group-filters",
        parts: &[LIST_MOVE, TEXT_EDIT],
        rest: Rest::Text,
        rest_help: Some(("key-letters", "key-type-to-filter")),
        footer_join: "",
        footer_all_keys: false,
    },
    Table {
        mode: Mode::Input,
        footer_parts: 0,
        title: "group-capture",
        parts: &[CAPTURE_KEYS, TEXT_EDIT, FIELD_ENDS],
        rest: Rest::Text,
        rest_help: None,
        footer_join: "",
        footer_all_keys: false,
    },
    Table {
        mode: Mode::Form,
        footer_parts: 2,
        title: "group-form",
        parts: &[FORM_KEYS, TEXT_EDIT, FIELD_ENDS],
        rest: Rest::Text,
        rest_help: None,
        footer_join: "",
        footer_all_keys: false,
    },
    Table {
        mode: Mode::Confirm,
        footer_parts: 1,
        title: "group-question",
        parts: &[CONFIRM_KEYS],
        rest: Rest::Any(Action::Close),
        rest_help: Some(("ui-footer-other-key", "ui-footer-no")),
        footer_join: "",
        footer_all_keys: false,
    },
    Table {
        mode: Mode::Attendance,
        footer_parts: 1,
        title: "group-attendance",
        parts: &[ATTENDANCE_BINDINGS, LIST_MOVE],
        rest: Rest::Ignore,
        rest_help: None,
        footer_join: "",
        footer_all_keys: true,
    },
];

impl Table {
    /// The table of a mode.
    pub fn of(mode: Mode) -> &'static Table {
        TABLES.iter().find(|t| t.mode == mode).unwrap_or(&TABLES[0])
    }

    /// Every binding, in lookup order.
    pub fn bindings(&self) -> impl Iterator<Item = &'static Binding> + use<> {
        self.parts.iter().flat_map(|p| p.iter())
    }

    fn lookup(&self, key: &KeyEvent) -> Option<Action> {
        let bound = self
            .bindings()
            .find(|b| b.keys.iter().any(|k| k.matches(key)))
            .map(|b| b.action.clone());
        bound.or_else(|| match (&self.rest, key.code) {
            // Alt+letter is a shortcut elsewhere (or a stray Esc), not text.
            (Rest::Text, KeyCode::Char(c))
                if !key
                    .modifiers
                    .intersects(KeyModifiers::CONTROL | KeyModifiers::ALT) =>
            {
                Some(Action::InputChar(c))
            }
            (Rest::Any(a), _) => Some(a.clone()),
            _ => None,
        })
    }
}

impl Key {
    fn matches(&self, ev: &KeyEvent) -> bool {
        let ctrl = ev.modifiers.contains(KeyModifiers::CONTROL);
        // Shifted letters arrive as uppercase chars (with or without SHIFT): compare the char.
        self.code == ev.code && self.ctrl == ctrl
    }

    /// How the key is written in the footer: `^W` for Ctrl-w.
    pub fn short_label(&self) -> String {
        match self.code {
            KeyCode::Char(c) if self.ctrl => format!("^{}", c.to_ascii_uppercase()),
            _ => self.label(),
        }
    }

    /// How the key is written in help.
    pub fn label(&self) -> String {
        let base = match self.code {
            KeyCode::Char(' ') => "Space".to_string(),
            KeyCode::Char(c) => c.to_string(),
            KeyCode::Up => "↑".into(),
            KeyCode::Down => "↓".into(),
            KeyCode::PageUp => "PgUp".into(),
            KeyCode::PageDown => "PgDn".into(),
            KeyCode::Home => "Home".into(),
            KeyCode::End => "End".into(),
            KeyCode::Tab => "Tab".into(),
            KeyCode::BackTab => "Shift-Tab".into(),
            KeyCode::Esc => "Esc".into(),
            KeyCode::Enter => "Enter".into(),
            KeyCode::Left => "←".into(),
            KeyCode::Right => "→".into(),
            KeyCode::Backspace => "Backspace".into(),
            KeyCode::Delete => "Del".into(),
            other => format!("{other:?}"),
        };
        if self.ctrl {
            format!("Ctrl-{base}")
        } else {
            base
        }
    }
}

/// Maps a terminal event to an action in the given mode.
pub fn map_event(mode: Mode, ev: &Event) -> Option<Action> {
    match ev {
        Event::Key(key) if key.kind != KeyEventKind::Release => map_key(mode, key),
        Event::Mouse(m) => map_mouse(m),
        Event::Resize(width, height) => Some(Action::Resize {
            width: *width,
            height: *height,
        }),
        // Typed text: the input line, the form, and the filter of the search overlay and
        // meeting picker.
        Event::Paste(text) if matches!(mode, Mode::Input | Mode::Form | Mode::TextList) => {
            Some(Action::Paste(text.clone()))
        }
        _ => None,
    }
}

fn map_key(mode: Mode, key: &KeyEvent) -> Option<Action> {
    Table::of(mode).lookup(key)
}

fn map_mouse(m: &MouseEvent) -> Option<Action> {
    let (col, row) = (m.column, m.row);
    match m.kind {
        MouseEventKind::Down(_) => Some(Action::Click { col, row }),
        MouseEventKind::ScrollUp => Some(Action::ScrollUp { col, row }),
        MouseEventKind::ScrollDown => Some(Action::ScrollDown { col, row }),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::crossterm::event::KeyEventState;

    fn key(code: KeyCode, modifiers: KeyModifiers) -> Event {
        Event::Key(KeyEvent {
            code,
            modifiers,
            kind: KeyEventKind::Press,
            state: KeyEventState::NONE,
        })
    }

    fn event_of(k: &Key) -> Event {
        let mods = if k.ctrl {
            KeyModifiers::CONTROL
        } else {
            KeyModifiers::NONE
        };
        key(k.code, mods)
    }

    #[test]
    fn every_binding_of_every_mode_maps_back_to_its_action() {
        for table in TABLES {
            for b in table.bindings() {
                for k in b.keys {
                    assert_eq!(
                        map_event(table.mode, &event_of(k)),
                        Some(b.action.clone()),
                        "{:?}: {} is bound to another action earlier in the table",
                        table.mode,
                        k.label()
                    );
                }
            }
        }
    }

    #[test]
    fn each_mode_has_one_table() {
        for mode in [
            Mode::Normal,
            Mode::List,
            Mode::TextList,
            Mode::Input,
            Mode::Form,
            Mode::Confirm,
            Mode::Attendance,
        ] {
            assert_eq!(TABLES.iter().filter(|t| t.mode == mode).count(), 1);
        }
    }

    #[test]
    fn no_key_is_bound_twice() {
        let mut seen = Vec::new();
        for b in BINDINGS {
            for k in b.keys {
                assert!(!seen.contains(k), "{} bound twice", k.label());
                seen.push(*k);
            }
        }
    }

    #[test]
    fn every_text_input_edits_with_the_same_keys() {
        let ctrl_w = key(KeyCode::Char('w'), KeyModifiers::CONTROL);
        let left = key(KeyCode::Left, KeyModifiers::NONE);
        for mode in [Mode::TextList, Mode::Input, Mode::Form] {
            assert_eq!(map_event(mode, &ctrl_w), Some(Action::InputDeleteWord));
            assert_eq!(map_event(mode, &left), Some(Action::CursorLeft));
            let paste = Event::Paste("x".into());
            assert_eq!(map_event(mode, &paste), Some(Action::Paste("x".into())));
        }
        let home = key(KeyCode::Home, KeyModifiers::NONE);
        assert_eq!(map_event(Mode::Input, &home), Some(Action::CursorHome));
        assert_eq!(map_event(Mode::TextList, &home), Some(Action::Top));
        let shift_g = key(KeyCode::Char('G'), KeyModifiers::SHIFT);
        assert_eq!(map_event(Mode::List, &shift_g), Some(Action::Bottom));
        let any = key(KeyCode::Char('n'), KeyModifiers::NONE);
        assert_eq!(map_event(Mode::Confirm, &any), Some(Action::Close));
    }

    #[test]
    fn text_overlays_take_letters_as_input() {
        let q = key(KeyCode::Char('q'), KeyModifiers::NONE);
        assert_eq!(map_event(Mode::TextList, &q), Some(Action::InputChar('q')));
        assert_eq!(map_event(Mode::List, &q), Some(Action::Close));
        assert_eq!(map_event(Mode::Normal, &q), Some(Action::Quit));
        let c = key(KeyCode::Char('c'), KeyModifiers::CONTROL);
        assert_eq!(map_event(Mode::TextList, &c), Some(Action::Quit));
        let shift_g = key(KeyCode::Char('G'), KeyModifiers::SHIFT);
        assert_eq!(map_event(Mode::Normal, &shift_g), Some(Action::Bottom));
    }
}
