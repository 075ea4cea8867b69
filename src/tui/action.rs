//! The closed set of intents the interface understands. Keys, mouse and the clock are
//! turned into these (see `keymap.rs`); `App::update` carries them out.

use chrono::NaiveDateTime;

#[derive(Debug, Clone, PartialEq, Eq)]
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
    /// /: fuzzy search across every meeting.
    OpenSearch,
    OpenHelp,
    OpenProblems,
    /// w: the agenda lint of a meeting being prepared.
    OpenLint,
    ToggleAllSeries,
    /// Esc: close the overlay (or leave the input) without doing anything.
    Close,
    /// Enter: choose the selected entry of an overlay.
    Confirm,
    InputChar(char),
    InputBackspace,
    /// Ctrl-U in an input: clear it.
    InputClear,
    /// Delete in a form field: the character under the cursor.
    InputDelete,
    /// Ctrl-W in a form field: the word before the cursor.
    InputDeleteWord,
    CursorLeft,
    CursorRight,
    CursorHome,
    CursorEnd,
    /// n: a new agenda item below the selected one (a form).
    NewItem,
    /// i: edit the selected item, outcome or action (a form).
    EditSelected,
    /// s: mark the selected item standing (returns every meeting) / un-mark.
    ToggleStanding,
    /// K: move the selected item up.
    MoveItemUp,
    /// J: move the selected item down.
    MoveItemDown,
    /// d: delete the selected item, outcome or action, after `y`.
    Delete,
    /// y in a question: yes.
    Yes,
    /// >: park the selected item for a later meeting.
    Park,
    /// X: close the selected action as dropped (not done).
    CloseDropped,
    /// Text pasted into the terminal (bracketed paste).
    Paste(String),
    /// Space: mark the selected agenda item discussed now, or un-mark it.
    ToggleDiscussed,
    /// x: mark the selected pending action done today, or re-open it.
    ToggleDone,
    /// o: capture an outcome for the selected item.
    AddOutcome,
    /// a: capture an action for the selected item.
    AddAction,
    /// Tab in the outcome input: next kind (decision, agreement, note).
    CycleKind,
    /// u: take back the last edit of this session.
    Undo,
    /// e: open the meeting file in $VISUAL/$EDITOR at the selected item.
    EditFile,
    /// P: the attendance list of the meeting.
    OpenAttendance,
    /// Space in the attendance list: mark the selected name present or not.
    TogglePresent,
    /// + in the attendance list: type a name to mark present.
    AddName,
    /// p: the presenter view for a projector, on or off.
    TogglePresenter,
    /// O: open the selected item's document (a list when there are several).
    OpenDocument,
    /// S: commit, pull and push the shared git repository (`docket sync`).
    Sync,
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
