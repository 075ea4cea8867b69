//! The details area: the whole of whatever is selected in the focused pane.

use super::pending::{status_style, status_word};
use super::previous::kind_style;
use super::{focused, kind_word, pane_block, text};
use crate::i18n::Lang;
use crate::model::{Discussed, FollowUp, Item};
use crate::sanitize;
use crate::t;
use crate::tui::app::{App, Pane};
use crate::tui::search::DetailsMark;
use crate::tui::theme::Theme;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

const WIDE: usize = usize::MAX / 4;

pub fn render(app: &App, theme: &Theme, frame: &mut Frame, area: Rect) {
    let (title, lines) = match app.focus {
        Pane::Outcomes => outcome(app, theme),
        Pane::Pending => pending(app, theme),
        Pane::Agenda | Pane::Details => item(app, theme),
    };
    let block = pane_block(
        vec![Span::styled(format!(" {title} "), theme.title)],
        focused(app, Pane::Details),
        theme,
    );
    let para = Paragraph::new(lines)
        .block(block)
        .wrap(Wrap { trim: false })
        .scroll((app.details_scroll.min(u16::MAX as usize) as u16, 0));
    frame.render_widget(para, area);
}

fn spans(s: &str, style: Style, theme: &Theme) -> Vec<Span<'static>> {
    text::line_spans(s, style, theme, WIDE)
}

/// Lines of a multi-line text, each sanitised.
fn block_lines(s: &str, theme: &Theme) -> Vec<Line<'static>> {
    s.trim_end()
        .split('\n')
        .map(|l| Line::from(spans(l, theme.text, theme)))
        .collect()
}

fn hidden_warning(fields: &[&str], theme: &Theme, lang: Lang) -> Option<Line<'static>> {
    fields
        .iter()
        .any(|f| sanitize::has_hidden(f))
        .then(|| Line::from(Span::styled(t!(lang, "ui-details-hidden"), theme.warning)))
}

/// The row (counting wrapped lines, roughly: by width) of the line a search hit marked in
/// the item details `width` columns wide, for `update` to scroll it into view.
pub fn marked_row(app: &App, width: u16) -> Option<usize> {
    let (_, lines, marked) = item_marked(app, &Theme::builtin());
    let width = usize::from(width.max(1));
    Some(
        lines
            .get(..marked?)?
            .iter()
            .map(|l| l.width().div_ceil(width).max(1))
            .sum(),
    )
}

/// Marks a line the way a search hit is marked: `▸` and the selection style.
fn mark(line: Line<'static>, theme: &Theme) -> Line<'static> {
    let mut line = line;
    line.spans.insert(0, Span::styled("▸", theme.selection));
    line.patch_style(theme.selection)
}

fn item(app: &App, theme: &Theme) -> (String, Vec<Line<'static>>) {
    let (title, lines, _) = item_marked(app, theme);
    (title, lines)
}

/// The item's title and lines, and the index of the line a search hit marked.
fn item_marked(app: &App, theme: &Theme) -> (String, Vec<Line<'static>>, Option<usize>) {
    let lang = app.setup.lang;
    let Some((id, i)) = app.selected_item() else {
        return (
            t!(lang, "ui-details-title"),
            vec![Line::from(Span::styled(
                t!(lang, "ui-details-no-item"),
                theme.muted,
            ))],
            None,
        );
    };
    let mut marked = None;
    let it: &Item = &app.library.meeting(id).items[i];
    let mut lines = vec![Line::from(spans(&it.title, theme.header, theme))];
    lines.push(item_meta(it, theme, lang));
    lines.extend(hidden_warning(&item_fields(it), theme, lang));
    if let Some(n) = &it.notes {
        lines.push(Line::from(""));
        for (k, l) in block_lines(n, theme).into_iter().enumerate() {
            let here = app.details_mark == Some(DetailsMark::NotesLine(k));
            push_row(&mut lines, l, here, &mut marked, theme);
        }
    }
    let path = &app.library.meeting(id).path;
    lines.extend(super::record::document_lines(app, path, it, theme));
    push_outcomes(app, it, theme, &mut lines, &mut marked);
    push_actions(app, it, theme, &mut lines, &mut marked);
    lines.extend(since_last_time(app, id, &it.topic, theme));
    lines.extend(pending_on_topic(app, &it.topic, theme));
    (t!(lang, "ui-details-item"), lines, marked)
}

/// The item's topic, presenter, minutes, discussed mark, confidential and standing marks
/// and tags, on one line.
fn item_meta(it: &Item, theme: &Theme, lang: Lang) -> Line<'static> {
    let mut meta: Vec<Span> = vec![Span::styled(
        t!(lang, "ui-details-topic", topic = text::fit(&it.topic, 40)),
        theme.muted,
    )];
    if let Some(p) = &it.presenter {
        meta.push(Span::styled(
            format!(" {} ", t!(lang, "ui-details-presenter")),
            theme.muted,
        ));
        meta.extend(spans(p, theme.text, theme));
    }
    if let Some(n) = it.minutes {
        meta.push(Span::styled(
            format!(" {}", t!(lang, "ui-details-minutes-planned", minutes = n)),
            theme.muted,
        ));
    }
    match it.discussed {
        Some(Discussed::At(t)) => meta.push(Span::styled(
            format!(
                " {}",
                t!(
                    lang,
                    "ui-details-discussed-at",
                    time = t.format("%H:%M").to_string()
                )
            ),
            theme.discussed,
        )),
        Some(Discussed::Yes) => meta.push(Span::styled(
            format!(" {}", t!(lang, "ui-details-discussed")),
            theme.discussed,
        )),
        None => {}
    }
    if it.confidential {
        meta.push(Span::styled(
            format!(" {}", t!(lang, "ui-details-confidential")),
            theme.warning,
        ));
    }
    if it.standing {
        meta.push(Span::styled(
            format!(" {}", t!(lang, "ui-details-standing")),
            theme.muted,
        ));
    }
    for t in &it.tags {
        meta.push(Span::styled(" #", theme.muted));
        meta.extend(spans(t, theme.muted, theme));
    }
    Line::from(meta)
}

/// Every text of the item that hidden characters could hide in.
fn item_fields(it: &Item) -> Vec<&str> {
    let mut fields: Vec<&str> = vec![&it.title, &it.topic];
    fields.extend(it.notes.as_deref());
    fields.extend(it.presenter.as_deref());
    fields.extend(it.tags.iter().map(String::as_str));
    fields.extend(it.outcomes.iter().map(|o| o.text.as_str()));
    fields.extend(it.documents.iter().map(|d| d.target.as_str()));
    fields.extend(
        it.actions
            .iter()
            .flat_map(|a| std::iter::once(a.text.as_str()).chain(a.owner.as_deref())),
    );
    fields
}

/// The item's outcomes; the one a search hit marked is highlighted and its row kept.
fn push_outcomes(
    app: &App,
    it: &Item,
    theme: &Theme,
    lines: &mut Vec<Line<'static>>,
    marked: &mut Option<usize>,
) {
    let lang = app.setup.lang;
    if !it.outcomes.is_empty() {
        section(lines, t!(lang, "ui-details-outcomes"), theme);
        for (n, o) in it.outcomes.iter().enumerate() {
            let mut l = vec![Span::styled(
                format!("• {} ", kind_word(o.kind, lang)),
                kind_style(o.kind, theme),
            )];
            l.extend(spans(&o.text, theme.text, theme));
            let vote = super::record::vote_label(&o.vote, lang);
            if !vote.is_empty() {
                l.push(Span::styled(format!(" ({vote})"), theme.muted));
            }
            let here = app.details_mark == Some(DetailsMark::Outcome(n));
            push_row(lines, Line::from(l), here, marked, theme);
        }
    }
}

/// The item's actions; the one a search hit marked is highlighted and its row kept.
fn push_actions(
    app: &App,
    it: &Item,
    theme: &Theme,
    lines: &mut Vec<Line<'static>>,
    marked: &mut Option<usize>,
) {
    let lang = app.setup.lang;
    if !it.actions.is_empty() {
        section(lines, t!(lang, "ui-details-actions"), theme);
        for (n, a) in it.actions.iter().enumerate() {
            let here = app.details_mark == Some(DetailsMark::Action(n));
            push_row(lines, action_line(a, theme, lang), here, marked, theme);
        }
    }
}

/// A blank line and a section's heading.
fn section(lines: &mut Vec<Line<'static>>, heading: String, theme: &Theme) {
    lines.push(Line::from(""));
    lines.push(Line::from(Span::styled(heading, theme.header)));
}

/// A row of the details; the one a search hit marked is highlighted and its row kept.
fn push_row(
    lines: &mut Vec<Line<'static>>,
    line: Line<'static>,
    here: bool,
    marked: &mut Option<usize>,
    theme: &Theme,
) {
    if here {
        *marked = Some(lines.len());
        lines.push(mark(line, theme));
    } else {
        lines.push(line);
    }
}

/// The pending actions on the item's topic, with the meeting each came from.
fn pending_on_topic(app: &App, topic: &str, theme: &Theme) -> Vec<Line<'static>> {
    let lang = app.setup.lang;
    let mut lines = Vec::new();
    let on_topic: Vec<_> = app
        .pending_list
        .iter()
        .filter(|p| app.library.meeting(p.meeting).items[p.item].topic == topic)
        .collect();
    if !on_topic.is_empty() {
        section(&mut lines, t!(lang, "ui-details-pending-on-topic"), theme);
        for p in on_topic {
            let mut l = vec![Span::styled(
                format!("{:<8}", status_word(p.status, lang)),
                status_style(p.status, theme),
            )];
            l.extend(action_line(app.library.action(p), theme, lang).spans);
            l.push(Span::styled(
                format!(
                    " {}",
                    t!(
                        lang,
                        "ui-details-from",
                        date = crate::i18n::date_short(lang, app.library.meeting(p.meeting).date)
                    )
                ),
                theme.muted,
            ));
            lines.push(Line::from(l));
        }
    }
    lines
}

fn action_line(a: &FollowUp, theme: &Theme, lang: Lang) -> Line<'static> {
    let mut l = vec![Span::styled(
        if a.done.is_some() { "✓ " } else { "• " },
        theme.done,
    )];
    l.extend(spans(&a.text, theme.text, theme));
    if let Some(o) = &a.owner {
        l.push(Span::styled(" — ", theme.muted));
        l.extend(spans(o, theme.key, theme));
    }
    if let Some(d) = a.due {
        l.push(Span::styled(
            format!(" {}", t!(lang, "ui-details-due", due = d.label(lang))),
            theme.muted,
        ));
    }
    if let Some(done) = a.done {
        let (on, plain) = if a.dropped {
            ("ui-details-dropped-on", "ui-details-dropped")
        } else {
            ("ui-details-done-on", "ui-details-done")
        };
        let text = match done.date() {
            Some(d) => t!(lang, on, date = crate::i18n::date_short(lang, d)),
            None => t!(lang, plain),
        };
        l.push(Span::styled(format!(" {text}"), theme.done));
    }
    Line::from(l)
}

fn outcome(app: &App, theme: &Theme) -> (String, Vec<Line<'static>>) {
    let Some(p) = app.cursors[Pane::Outcomes]
        .selected()
        .and_then(|i| app.outcome_list.get(i))
    else {
        return item(app, theme);
    };
    let m = app.library.meeting(p.meeting);
    let it = &m.items[p.item];
    let o = app.library.outcome(p);
    let lang = app.setup.lang;
    let mut lines = vec![Line::from(Span::styled(
        kind_word(o.kind, lang),
        kind_style(o.kind, theme),
    ))];
    lines.extend(hidden_warning(&[&o.text], theme, lang));
    lines.extend(block_lines(&o.text, theme));
    lines.push(Line::from(""));
    let mut from = vec![Span::styled(format!("{} · ", m.date), theme.muted)];
    from.extend(spans(&m.title, theme.muted, theme));
    from.push(Span::styled(
        format!(" {} ", t!(lang, "ui-details-item-label")),
        theme.muted,
    ));
    from.extend(spans(&it.title, theme.muted, theme));
    lines.push(Line::from(from));
    (t!(lang, "ui-details-outcome"), lines)
}

fn pending(app: &App, theme: &Theme) -> (String, Vec<Line<'static>>) {
    let Some(p) = app.cursors[Pane::Pending]
        .selected()
        .and_then(|i| app.pending_list.get(i))
    else {
        return item(app, theme);
    };
    let m = app.library.meeting(p.meeting);
    let it = &m.items[p.item];
    let a = app.library.action(p);
    let lang = app.setup.lang;
    let mut status = vec![Span::styled(
        status_word(p.status, lang),
        status_style(p.status, theme),
    )];
    if let Some(d) = a.due {
        status.push(Span::styled(
            format!(" {}", t!(lang, "ui-details-due", due = d.label(lang))),
            theme.muted,
        ));
    }
    if let Some(d) = p
        .due_date
        .filter(|_| matches!(a.due, Some(crate::model::Due::Next)))
    {
        status.push(Span::styled(
            format!(
                " {}",
                t!(
                    lang,
                    "ui-details-meeting-of",
                    date = crate::i18n::date_short(lang, d)
                )
            ),
            theme.muted,
        ));
    }
    let mut lines = vec![Line::from(status)];
    lines.extend(hidden_warning(
        &[&a.text, a.owner.as_deref().unwrap_or("")],
        theme,
        lang,
    ));
    lines.push(action_line(a, theme, lang));
    lines.push(Line::from(""));
    let mut from = vec![Span::styled(
        format!(
            "{} ",
            t!(
                lang,
                "ui-details-promised-at",
                date = crate::i18n::date_short(lang, m.date)
            )
        ),
        theme.muted,
    )];
    from.extend(spans(&m.title, theme.muted, theme));
    from.push(Span::styled(
        format!(" {} ", t!(lang, "ui-details-item-label")),
        theme.muted,
    ));
    from.extend(spans(&it.title, theme.muted, theme));
    lines.push(Line::from(from));
    (t!(lang, "ui-details-pending-action"), lines)
}

/// What changed on the topic since the last meeting that had it on its agenda.
fn since_last_time(
    app: &App,
    id: crate::model::MeetingId,
    topic: &str,
    theme: &Theme,
) -> Vec<Line<'static>> {
    let lib = &app.library;
    let since = lib.since_last_time(topic, &crate::model::Target::Meeting(id));
    let Some(prev) = since.previous else {
        return Vec::new();
    };
    let mut lines = vec![
        Line::from(""),
        Line::from(Span::styled(
            t!(
                app.setup.lang,
                "ui-details-since",
                date = crate::i18n::date_short(app.setup.lang, lib.meeting(prev).date)
            ),
            theme.header,
        )),
    ];
    if since.is_empty() {
        lines.push(Line::from(Span::styled(
            t!(app.setup.lang, "ui-details-nothing-changed"),
            theme.muted,
        )));
    }
    for o in &since.outcomes_added {
        let mut l = vec![Span::styled(
            format!("{} ", t!(app.setup.lang, "ui-details-plus-outcome")),
            theme.agreement,
        )];
        l.extend(spans(&lib.outcome(o).text, theme.text, theme));
        lines.push(Line::from(l));
    }
    for (label, refs, style) in [
        ("ui-details-closed", &since.actions_closed, theme.done),
        ("ui-details-plus-action", &since.actions_added, theme.due),
    ] {
        for r in refs {
            let mut l = vec![Span::styled(
                format!("{} ", t!(app.setup.lang, label)),
                style,
            )];
            l.extend(spans(&lib.action_at(r).text, theme.text, theme));
            lines.push(Line::from(l));
        }
    }
    lines
}
