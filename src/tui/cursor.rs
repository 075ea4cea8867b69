//! A selection in a list and the first row shown: what every list (panes and overlays)
//! moves with the same keys.

use super::action::Action;

/// A selection in a list and the first row shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Cursor {
    pub sel: usize,
    pub offset: usize,
    /// The selected thing disappeared in a reload: nothing is selected (`sel` only says
    /// where the next move starts from) until the person moves.
    pub lost: bool,
}

impl Cursor {
    pub fn at(sel: usize) -> Cursor {
        Cursor {
            sel,
            ..Cursor::default()
        }
    }

    /// The selected row, unless the selection was lost.
    pub fn selected(&self) -> Option<usize> {
        (!self.lost).then_some(self.sel)
    }

    /// Moves by `delta` within `len` entries and scrolls so the selection stays in `rows`.
    pub fn step(&mut self, delta: isize, len: usize, rows: usize) {
        if len == 0 {
            *self = Cursor::default();
            return;
        }
        // After a lost selection the first move selects where the cursor stands.
        let delta = if std::mem::take(&mut self.lost) {
            0
        } else {
            delta
        };
        self.sel = self.sel.saturating_add_signed(delta).min(len - 1);
        self.follow(len, rows);
    }

    pub fn follow(&mut self, len: usize, rows: usize) {
        self.sel = self.sel.min(len.saturating_sub(1));
        let rows = rows.max(1);
        if self.sel < self.offset {
            self.offset = self.sel;
        } else if self.sel >= self.offset + rows {
            self.offset = self.sel + 1 - rows;
        }
        self.offset = self.offset.min(len.saturating_sub(rows));
    }
}

/// How far a list action moves a cursor with `page` rows in view; `None` when the action
/// is not a move.
pub fn list_delta(action: &Action, page: usize) -> Option<isize> {
    let page = page.max(1) as isize;
    Some(match action {
        Action::Up => -1,
        Action::Down => 1,
        Action::PageUp => -page,
        Action::PageDown => page,
        Action::Top => isize::MIN / 2,
        Action::Bottom => isize::MAX / 2,
        _ => return None,
    })
}
