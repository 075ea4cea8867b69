//! The event loop: read terminal events and the clock, turn them into actions, let the app
//! update, perform the effects it returns, draw.

use super::action::Action;
use super::app::{App, Effect};
use super::keymap;
use super::terminal::{Input, TerminalGuard, stop_signals};
use super::theme::Theme;
use super::ui;
use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;
use ratatui::crossterm::event;
use std::io;
use std::sync::atomic::Ordering;
use std::time::Duration;

/// How often the loop wakes without input: the clock ticks and signals are noticed.
const TICK: Duration = Duration::from_millis(250);

pub fn run(
    mut app: App,
    theme: Theme,
    clock: impl Fn() -> chrono::NaiveDateTime,
) -> io::Result<()> {
    let stop = stop_signals()?;
    let input = Input::open()?;
    let _guard = TerminalGuard::enter()?;
    let mut terminal = Terminal::new(CrosstermBackend::new(io::stdout()))?;
    let size = terminal.size()?;
    app.update(Action::Resize {
        width: size.width,
        height: size.height,
    });
    loop {
        if stop.load(Ordering::Relaxed) {
            return Ok(());
        }
        terminal.draw(|f| ui::render(&app, &theme, f))?;
        // Ends with an error when the terminal is gone; a signal ends the wait early.
        input.wait(TICK)?;
        // crossterm is asked even without input: it also delivers resizes (SIGWINCH).
        let mut handled = false;
        while event::poll(Duration::ZERO)? {
            handled = true;
            let ev = event::read()?;
            let Some(action) = keymap::map_event(app.mode(), &ev) else {
                continue;
            };
            if app.update(action).contains(&Effect::Quit) {
                return Ok(());
            }
        }
        if !handled {
            app.update(Action::Tick(clock()));
        }
    }
}
