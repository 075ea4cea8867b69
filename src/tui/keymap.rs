//! Key → action mapping, as data. The help overlay and the footer are generated from this
//! table, so they cannot drift from the bindings.

use super::action::Action;
use super::app::Mode;
use ratatui::crossterm::event::{
    Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers, MouseEvent, MouseEventKind,
};

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

/// A binding of the main screen.
pub struct Binding {
    pub keys: &'static [Key],
    pub action: Action,
    /// Message ids in `locales/*.ftl`: what the key does, its help group, its footer label.
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

/// The keys of the attendance list (`P`), shown in help and its footer.
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

/// Keys shared by every list overlay (help, picker, problems).
const OVERLAY_KEYS: &[(Key, Action)] = &[
    (code(KeyCode::Up), Action::Up),
    (code(KeyCode::Down), Action::Down),
    (code(KeyCode::PageUp), Action::PageUp),
    (code(KeyCode::PageDown), Action::PageDown),
    (code(KeyCode::Home), Action::Top),
    (code(KeyCode::End), Action::Bottom),
    (code(KeyCode::Enter), Action::Confirm),
    (code(KeyCode::Esc), Action::Close),
    (ctrl('c'), Action::Quit),
    (ctrl('u'), Action::InputClear),
    (ctrl('p'), Action::Up),
    (ctrl('n'), Action::Down),
];

/// Keys of the item/outcome/action form, with their help (message ids).
pub const FORM_KEYS: &[(Key, Action, &str)] = &[
    (code(KeyCode::Tab), Action::FocusNext, "form-key-complete"),
    (
        code(KeyCode::BackTab),
        Action::FocusPrev,
        "form-key-previous-field",
    ),
    (
        code(KeyCode::Up),
        Action::Up,
        "form-key-previous-suggestion",
    ),
    (
        code(KeyCode::Down),
        Action::Down,
        "form-key-next-suggestion",
    ),
    (code(KeyCode::Enter), Action::Confirm, "form-key-write"),
    (code(KeyCode::Esc), Action::Close, "form-key-cancel"),
    (code(KeyCode::Left), Action::CursorLeft, "form-key-left"),
    (code(KeyCode::Right), Action::CursorRight, "form-key-right"),
    (code(KeyCode::Home), Action::CursorHome, "form-key-home"),
    (code(KeyCode::End), Action::CursorEnd, "form-key-end"),
    (
        code(KeyCode::Backspace),
        Action::InputBackspace,
        "form-key-backspace",
    ),
    (
        code(KeyCode::Delete),
        Action::InputDelete,
        "form-key-delete",
    ),
    (ctrl('w'), Action::InputDeleteWord, "form-key-delete-word"),
    (ctrl('u'), Action::InputClear, "form-key-clear"),
    (ctrl('c'), Action::Quit, "key-quit"),
];

impl Key {
    fn matches(&self, ev: &KeyEvent) -> bool {
        let ctrl = ev.modifiers.contains(KeyModifiers::CONTROL);
        // Shifted letters arrive as uppercase chars (with or without SHIFT): compare the char.
        self.code == ev.code && self.ctrl == ctrl
    }

    /// How the key is written in help and the footer.
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
    match mode {
        Mode::Normal => BINDINGS
            .iter()
            .find(|b| b.keys.iter().any(|k| k.matches(key)))
            .map(|b| b.action.clone()),
        Mode::List => OVERLAY_KEYS
            .iter()
            .find(|(k, _)| k.matches(key))
            .map(|(_, a)| a.clone())
            .or(match key.code {
                KeyCode::Char('q')
                | KeyCode::Char('?')
                | KeyCode::Char('!')
                | KeyCode::Char('w') => Some(Action::Close),
                KeyCode::Char('j') => Some(Action::Down),
                KeyCode::Char('k') => Some(Action::Up),
                _ => None,
            }),
        Mode::Form => FORM_KEYS
            .iter()
            .find(|(k, _, _)| k.matches(key))
            .map(|(_, a, _)| a.clone())
            .or(match key.code {
                KeyCode::Char(c)
                    if !key
                        .modifiers
                        .intersects(KeyModifiers::CONTROL | KeyModifiers::ALT) =>
                {
                    Some(Action::InputChar(c))
                }
                _ => None,
            }),
        Mode::Confirm => match key.code {
            KeyCode::Char('c') if key.modifiers.contains(KeyModifiers::CONTROL) => {
                Some(Action::Quit)
            }
            KeyCode::Char('y' | 'Y') => Some(Action::Yes),
            _ => Some(Action::Close),
        },
        Mode::Attendance => ATTENDANCE_BINDINGS
            .iter()
            .find(|b| b.keys.iter().any(|k| k.matches(key)))
            .map(|b| b.action.clone())
            .or_else(|| {
                OVERLAY_KEYS
                    .iter()
                    .find(|(k, _)| k.matches(key))
                    .map(|(_, a)| a.clone())
            }),
        Mode::Input if key.code == KeyCode::Tab => Some(Action::CycleKind),
        Mode::TextList | Mode::Input => OVERLAY_KEYS
            .iter()
            .find(|(k, _)| k.matches(key))
            .map(|(_, a)| a.clone())
            .or(match key.code {
                KeyCode::Backspace => Some(Action::InputBackspace),
                // Alt+letter is a shortcut elsewhere (or a stray Esc), not text.
                KeyCode::Char(c)
                    if !key
                        .modifiers
                        .intersects(KeyModifiers::CONTROL | KeyModifiers::ALT) =>
                {
                    Some(Action::InputChar(c))
                }
                _ => None,
            }),
    }
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

    #[test]
    fn every_binding_maps_back_to_its_action() {
        for b in BINDINGS {
            for k in b.keys {
                let mods = if k.ctrl {
                    KeyModifiers::CONTROL
                } else {
                    KeyModifiers::NONE
                };
                assert_eq!(
                    map_event(Mode::Normal, &key(k.code, mods)),
                    Some(b.action.clone()),
                    "{}",
                    k.label()
                );
            }
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
