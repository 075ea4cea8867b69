//! The closed set of intents the interface understands. Keys, mouse and the clock are
//! turned into these (see `keymap.rs`); `App::update` carries them out.

use chrono::NaiveDateTime;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    Quit,
    Up,
    Down,
    PageUp,
    PageDown,
    Top,
    Bottom,
    FocusNext,
    FocusPrev,
    PrevMeeting,
    NextMeeting,
    OpenPicker,
    OpenHelp,
    OpenProblems,
    ToggleAllSeries,
    /// Esc: close the overlay (or leave the input) without doing anything.
    Close,
    /// Enter: choose the selected entry of an overlay.
    Confirm,
    InputChar(char),
    InputBackspace,
    /// Ctrl-U in an input: clear it.
    InputClear,
    Resize {
        width: u16,
        height: u16,
    },
    Tick(NaiveDateTime),
    Click {
        col: u16,
        row: u16,
    },
    ScrollUp {
        col: u16,
        row: u16,
    },
    ScrollDown {
        col: u16,
        row: u16,
    },
}
