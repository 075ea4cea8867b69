//! The header's git part: `⇅ 2 to sync (S)` or `⇅ synced`, and `⇣ Anna 10:32`, the last
//! change someone else made. Nothing when the folder is not in a git repository.

use crate::t;
use crate::tui::app::App;
use crate::tui::theme::Theme;
use ratatui::text::Span;

pub fn spans(app: &App, theme: &Theme) -> Vec<Span<'static>> {
    let Some(status) = &app.git.status else {
        return Vec::new();
    };
    let mut out = Vec::new();
    if app.git.syncing {
        out.push(Span::styled(
            format!("{} ", t!(app.lang, "ui-git-syncing")),
            theme.muted,
        ));
    } else if status.unsynced > 0 {
        let n = status.unsynced;
        out.push(Span::styled(
            format!("{} ", t!(app.lang, "ui-git-to-sync", count = n)),
            theme.warning,
        ));
    } else {
        out.push(Span::styled(
            format!("{} ", t!(app.lang, "ui-git-synced")),
            theme.muted,
        ));
    }
    if let Some(inc) = &status.incoming {
        let when = if inc.at.date() == app.today {
            inc.at.format("%H:%M").to_string()
        } else {
            inc.at
                .date()
                .format_localized("%-d %b", crate::i18n::chrono_locale(app.lang))
                .to_string()
        };
        let who = super::text::fit(&crate::sanitize::line(&inc.author), 16);
        out.push(Span::styled(format!("⇣ {who} {when} "), theme.header));
    }
    out
}
