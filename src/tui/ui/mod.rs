//! Rendering: a pure function of the app state into a frame. One file per pane or overlay.

mod agenda;
mod attendance;
mod big_text;
pub(crate) mod details;
mod footer;
mod form;
mod git_status;
mod header;
pub(crate) mod help;
mod overlays;
mod pending;
mod presenter;
mod previous;
mod record;
mod search;
pub mod text;

use super::app::{App, Cursor, Overlay, Pane};
use super::layout::{self, MIN_HEIGHT, MIN_WIDTH};
use super::theme::Theme;
use crate::t;
use ratatui::Frame;
use ratatui::layout::{Alignment, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Borders, Paragraph, Wrap};

pub fn render(app: &App, theme: &Theme, frame: &mut Frame) {
    let area = frame.area();
    let Some(areas) = layout::main_areas(area) else {
        too_small(app, theme, frame, area);
        return;
    };
    if app.presenter && app.meeting.is_some() {
        presenter::render(app, theme, frame, area);
    } else {
        header::render(app, theme, frame, areas.header);
        footer::render(app, theme, frame, areas.footer);
    }
    if app.presenter && app.meeting.is_some() {
        // Nothing else: the projector shows the current item only.
    } else if app.meeting.is_none() {
        let body = Rect {
            height: areas.details.bottom() - areas.agenda.y,
            ..areas.agenda.union(areas.pending)
        };
        empty(app, theme, frame, body);
    } else {
        agenda::render(app, theme, frame, areas.agenda);
        previous::render(app, theme, frame, areas.outcomes);
        pending::render(app, theme, frame, areas.pending);
        details::render(app, theme, frame, areas.details);
    }
    match &app.overlay {
        // The input line is drawn by the footer.
        Overlay::None | Overlay::Input(_) => {}
        Overlay::Help { scroll } => help::render(theme, frame, *scroll, app.setup.lang),
        Overlay::Problems { scroll } => overlays::problems(app, theme, frame, *scroll),
        Overlay::Lint { scroll } => overlays::lint(app, theme, frame, *scroll),
        Overlay::Picker(p) => overlays::picker(app, theme, frame, p),
        Overlay::Search(s) => search::render(app, theme, frame, s),
        Overlay::Form(f) => form::render(f, theme, frame),
        Overlay::Confirm(q) => form::question(q, theme, frame),
        Overlay::Choose(c) => form::chooser(c, theme, frame),
        Overlay::Attendance(state) => attendance::render(app, theme, frame, state),
        Overlay::Documents(cursor) => attendance::documents(app, theme, frame, *cursor),
    }
}

/// A bordered pane whose border shows whether it has focus (colour and a heavier line).
pub fn pane_block<'a>(title: Vec<Span<'a>>, focused: bool, theme: &Theme) -> Block<'a> {
    let (style, kind) = if focused {
        (theme.border_focused, BorderType::Thick)
    } else {
        (theme.border, BorderType::Plain)
    };
    Block::default()
        .borders(Borders::ALL)
        .border_type(kind)
        .border_style(style)
        .title(Line::from(title))
}

/// The entries of a list pane that fit in `rows` from the cursor's offset, each with its
/// index and whether it is selected.
pub fn visible_rows<T>(
    list: &[T],
    cursor: Cursor,
    rows: u16,
) -> impl Iterator<Item = (usize, &T, bool)> {
    list.iter()
        .enumerate()
        .skip(cursor.offset)
        .take(rows as usize)
        .map(move |(i, x)| (i, x, cursor.selected() == Some(i)))
}

/// The base style of a list row.
pub fn row_style(selected: bool, theme: &Theme) -> ratatui::style::Style {
    if selected {
        theme.selection
    } else {
        theme.text
    }
}

/// An outcome kind in words of the interface's language.
pub fn kind_word(kind: crate::model::OutcomeKind, lang: crate::i18n::Lang) -> String {
    match kind {
        crate::model::OutcomeKind::Decision => t!(lang, "kind-decision"),
        crate::model::OutcomeKind::Agreement => t!(lang, "kind-agreement"),
        crate::model::OutcomeKind::Note => t!(lang, "kind-note"),
    }
}

pub fn focused(app: &App, pane: Pane) -> bool {
    app.focus == pane && app.overlay == Overlay::None
}

fn too_small(app: &App, theme: &Theme, frame: &mut Frame, area: Rect) {
    let msg = t!(
        app.setup.lang,
        "ui-too-small",
        width = u32::from(area.width),
        height = u32::from(area.height),
        min_width = u32::from(MIN_WIDTH),
        min_height = u32::from(MIN_HEIGHT)
    );
    let para = Paragraph::new(msg)
        .style(theme.warning)
        .wrap(Wrap { trim: true });
    frame.render_widget(para, area);
}

fn empty(app: &App, theme: &Theme, frame: &mut Frame, area: Rect) {
    let dir = text::fit(&app.setup.dir.display().to_string(), 60);
    let mut lines = vec![
        Line::from(Span::styled(
            t!(app.setup.lang, "ui-empty-title", dir = dir.clone()),
            theme.title,
        )),
        Line::from(""),
        Line::from(t!(app.setup.lang, "ui-empty-add")),
        Line::from(Span::styled(
            format!("{dir}/board/2026-01-12.toml:"),
            theme.key,
        )),
        Line::from(""),
    ];
    for l in [
        "title = \"Board\"",
        "date = 2026-01-12",
        "",
        "[[item]]",
        "title = \"Opening\"",
    ] {
        lines.push(Line::from(Span::styled(format!("    {l}"), theme.muted)));
    }
    lines.push(Line::from(""));
    lines.push(Line::from(t!(app.setup.lang, "ui-empty-then")));
    if !app.problems.is_empty() {
        lines.push(Line::from(""));
        lines.push(Line::from(Span::styled(
            t!(
                app.setup.lang,
                "ui-empty-problems",
                count = app.bad_file_count()
            ),
            theme.error,
        )));
    }
    let para = Paragraph::new(lines)
        .block(pane_block(
            vec![Span::raw(format!(" {} ", t!(app.setup.lang, "ui-welcome")))],
            true,
            theme,
        ))
        .alignment(Alignment::Left)
        .wrap(Wrap { trim: false });
    frame.render_widget(para, area);
}
