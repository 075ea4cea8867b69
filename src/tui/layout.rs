//! Where each pane goes for a terminal size. Pure, and shared by rendering and by `update`
//! (for scrolling and mouse clicks), so both always agree.

use ratatui::layout::{Constraint, Layout, Rect};

pub const MIN_WIDTH: u16 = 50;
pub const MIN_HEIGHT: u16 = 14;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Areas {
    pub header: Rect,
    pub agenda: Rect,
    pub outcomes: Rect,
    pub pending: Rect,
    pub details: Rect,
    pub footer: Rect,
}

/// `None` when the terminal is too small for the main screen.
pub fn main_areas(area: Rect) -> Option<Areas> {
    if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
        return None;
    }
    let details_h = (area.height * 3 / 10).clamp(5, 14);
    let [header, body, details, footer] = area.layout(&Layout::vertical([
        Constraint::Length(1),
        Constraint::Min(6),
        Constraint::Length(details_h),
        Constraint::Length(1),
    ]));
    let agenda_w = (body.width * 36 / 100).max(24);
    let [agenda, right] = body.layout(&Layout::horizontal([
        Constraint::Length(agenda_w),
        Constraint::Fill(1),
    ]));
    let [outcomes, pending] = right.layout(&Layout::vertical([
        Constraint::Percentage(45),
        Constraint::Fill(1),
    ]));
    Some(Areas {
        header,
        agenda,
        outcomes,
        pending,
        details,
        footer,
    })
}

/// The rows inside a bordered pane.
pub fn inner(r: Rect) -> Rect {
    Rect {
        x: r.x.saturating_add(1),
        y: r.y.saturating_add(1),
        width: r.width.saturating_sub(2),
        height: r.height.saturating_sub(2),
    }
}

/// A centred overlay: up to `w`×`h`, leaving a margin.
pub fn overlay(area: Rect, w: u16, h: u16) -> Rect {
    let width = w.min(area.width.saturating_sub(4)).max(area.width.min(20));
    let height = h.min(area.height.saturating_sub(2)).max(area.height.min(5));
    Rect {
        x: area.x + (area.width.saturating_sub(width)) / 2,
        y: area.y + (area.height.saturating_sub(height)) / 2,
        width: width.min(area.width),
        height: height.min(area.height),
    }
}

/// Where the help overlay goes: nearly the whole screen, for two columns of keys.
pub fn help_area(size: Rect) -> Rect {
    overlay(size, 118, 38)
}

/// The list rows of an overlay (below its filter line and a blank).
pub fn overlay_rows(size: Rect) -> usize {
    overlay_rows_below(size, 2)
}

/// The list rows of an overlay below `above` rows of its own (a filter, a header).
pub fn overlay_rows_below(size: Rect, above: u16) -> usize {
    inner(overlay_area(size))
        .height
        .saturating_sub(above)
        .max(1) as usize
}

/// Where overlays go (picker, problems, warnings) on a screen of this size.
pub fn overlay_area(size: Rect) -> Rect {
    overlay(size, 90, 30)
}

pub fn contains(r: Rect, col: u16, row: u16) -> bool {
    col >= r.x
        && col < r.x.saturating_add(r.width)
        && row >= r.y
        && row < r.y.saturating_add(r.height)
}
