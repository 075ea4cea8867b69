//! The header's git part: `⇅ 2 to sync (S)` or `⇅ synced`, and `⇣ Anna 10:32`, the last
//! change someone else made. Nothing when the folder is not in a git repository.

use crate::tui::app::App;
use crate::tui::theme::Theme;
use ratatui::text::Span;

pub fn spans(app: &App, theme: &Theme) -> Vec<Span<'static>> {
    let Some(status) = &app.git.status else {
        return Vec::new();
    };
    let mut out = Vec::new();
    if app.git.syncing {
        out.push(Span::styled("⇅ syncing… ", theme.muted));
    } else if status.unsynced > 0 {
        let n = status.unsynced;
        let files = if n == 1 { "file" } else { "files" };
        out.push(Span::styled(
            format!("⇅ {n} {files} to sync (S) "),
            theme.warning,
        ));
    } else {
        out.push(Span::styled("⇅ synced ", theme.muted));
    }
    if let Some(inc) = &status.incoming {
        let when = if inc.at.date() == app.today {
            inc.at.format("%H:%M").to_string()
        } else {
            inc.at.format("%-d %b").to_string()
        };
        let who = super::text::fit(&crate::sanitize::line(&inc.author), 16);
        out.push(Span::styled(format!("⇣ {who} {when} "), theme.header));
    }
    out
}
