//! The header's git part: `⇅ 2 files to sync (S)` or `⇅ synced`, and `⇣ Anna 10:32`, the
//! last change someone else made. Nothing when the folder is not in a git repository. On a
//! narrow header it shrinks to `⇅ 2`, so the meeting clock keeps its room.

use crate::t;
use crate::tui::app::App;
use crate::tui::theme::Theme;
use ratatui::text::Span;

/// Below this header width only the count is shown.
const FULL_WIDTH: u16 = 110;

pub fn spans(app: &App, theme: &Theme, width: u16) -> Vec<Span<'static>> {
    let Some(status) = &app.git.status else {
        return Vec::new();
    };
    let full = width >= FULL_WIDTH;
    let mut out = Vec::new();
    let n = status.unsynced;
    if app.git.syncing {
        out.push(Span::styled(
            format!("{} ", t!(app.setup.lang, "ui-git-syncing")),
            theme.muted,
        ));
    } else if n > 0 && full {
        out.push(Span::styled(
            format!("{} ", t!(app.setup.lang, "ui-git-to-sync", count = n)),
            theme.warning,
        ));
    } else if n > 0 {
        out.push(Span::styled(format!("⇅ {n} "), theme.warning));
    } else {
        out.push(Span::styled(
            format!("{} ", t!(app.setup.lang, "ui-git-synced")),
            theme.muted,
        ));
    }
    if let Some(inc) = status.incoming.as_ref().filter(|_| full) {
        let when = if inc.at.date() == app.today {
            inc.at.format("%H:%M").to_string()
        } else {
            inc.at
                .date()
                .format_localized("%-d %b", crate::i18n::chrono_locale(app.setup.lang))
                .to_string()
        };
        let who = super::text::fit(&crate::sanitize::line(&inc.author), 16);
        out.push(Span::styled(format!("⇣ {who} {when} "), theme.header));
    }
    out
}
