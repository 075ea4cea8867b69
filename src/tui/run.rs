//! The event loop on the real terminal: raw mode and the alternate screen (given back on
//! every way out), stop signals, and a `Console` that reads crossterm's events after
//! poll(2) says there is input. The loop itself is `shell.rs`.

use super::app::App;
use super::shell::{Console, Shell};
use super::terminal::{TerminalGuard, TtyInput, enter_screen, restore, stop_signals};
use super::theme::Theme;
use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;
use ratatui::crossterm::event::{self, Event};
use ratatui::crossterm::execute;
use ratatui::crossterm::terminal::{BeginSynchronizedUpdate, EndSynchronizedUpdate};
use std::io;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

pub use super::shell::{Session, perform_save};

/// The terminal docket runs in.
struct RealConsole {
    input: TtyInput,
    stop: Arc<AtomicBool>,
}

impl Console for RealConsole {
    fn wait(&mut self, timeout: Duration) -> io::Result<()> {
        // Ends with an error when the terminal is gone; a signal ends the wait early.
        self.input.wait(timeout).map(|_| ())
    }

    fn next_event(&mut self) -> io::Result<Option<Event>> {
        // crossterm is asked even without input: it also delivers resizes (SIGWINCH).
        if event::poll(Duration::ZERO)? {
            event::read().map(Some)
        } else {
            Ok(None)
        }
    }

    fn stopped(&self) -> bool {
        self.stop.load(Ordering::Relaxed)
    }

    /// A terminal that knows mode 2026 shows the frame whole (no torn frame on a slow link
    /// or a projector); others ignore the two sequences.
    fn begin_frame(&mut self) -> io::Result<()> {
        execute!(io::stdout(), BeginSynchronizedUpdate)
    }

    fn end_frame(&mut self) -> io::Result<()> {
        execute!(io::stdout(), EndSynchronizedUpdate)
    }

    fn suspend(&mut self) {
        restore();
    }

    fn resume(&mut self) -> io::Result<()> {
        enter_screen()
    }
}

pub fn run(
    app: App,
    theme: Theme,
    session: Session,
    clock: impl Fn() -> chrono::NaiveDateTime + 'static,
) -> io::Result<()> {
    let stop = stop_signals()?;
    let input = TtyInput::open()?;
    let _guard = TerminalGuard::enter()?;
    let terminal = Terminal::new(CrosstermBackend::new(io::stdout()))?;
    let console = RealConsole { input, stop };
    Shell::new(app, theme, session, terminal, console, clock)?.run()
}
