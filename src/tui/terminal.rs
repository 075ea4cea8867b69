//! Taking over the terminal and always giving it back: on quit, on error (the guard's
//! `Drop`), on panic (a hook), and on SIGTERM/SIGHUP/SIGINT (a flag the loop checks).

use ratatui::crossterm::event::{
    DisableBracketedPaste, DisableMouseCapture, EnableBracketedPaste, EnableMouseCapture,
};
use ratatui::crossterm::execute;
use ratatui::crossterm::terminal::{
    EnterAlternateScreen, LeaveAlternateScreen, disable_raw_mode, enable_raw_mode,
};
use std::fs::File;
use std::io::{self, IsTerminal, Write};
use std::os::fd::{AsRawFd, RawFd};
use std::sync::Arc;
use std::sync::atomic::AtomicBool;
use std::time::Duration;

/// Restores the terminal when dropped.
pub struct TerminalGuard;

impl TerminalGuard {
    pub fn enter() -> io::Result<TerminalGuard> {
        install_panic_hook();
        enable_raw_mode()?;
        let guard = TerminalGuard;
        execute!(
            io::stdout(),
            EnterAlternateScreen,
            EnableMouseCapture,
            EnableBracketedPaste
        )?;
        Ok(guard)
    }
}

impl Drop for TerminalGuard {
    fn drop(&mut self) {
        restore();
    }
}

/// Raw mode on, alternate screen, mouse capture, bracketed paste.
pub fn enter_screen() -> io::Result<()> {
    enable_raw_mode()?;
    execute!(
        io::stdout(),
        EnterAlternateScreen,
        EnableMouseCapture,
        EnableBracketedPaste
    )
}

/// Raw mode off, mouse capture off, main screen, cursor shown. Safe to call twice.
pub fn restore() {
    let _ = disable_raw_mode();
    let mut out = io::stdout();
    let _ = execute!(
        out,
        DisableBracketedPaste,
        DisableMouseCapture,
        LeaveAlternateScreen,
        ratatui::crossterm::cursor::Show
    );
    let _ = out.flush();
}

fn install_panic_hook() {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        restore();
        previous(info);
    }));
}

/// A flag set when SIGTERM, SIGHUP or SIGINT arrives; the event loop ends when it is set.
pub fn stop_signals() -> io::Result<Arc<AtomicBool>> {
    let flag = Arc::new(AtomicBool::new(false));
    for sig in [
        signal_hook::consts::SIGTERM,
        signal_hook::consts::SIGHUP,
        signal_hook::consts::SIGINT,
    ] {
        signal_hook::flag::register(sig, Arc::clone(&flag))?;
    }
    Ok(flag)
}

/// The terminal's input, watched with poll(2) before crossterm is asked to read it.
/// crossterm 0.29 reads in a loop that treats end-of-file and EIO as "no data yet", so on a
/// hung-up terminal it spins for ever inside `event::poll`/`read` and never returns to the
/// loop that would notice. docket sees the hang-up here first and ends.
pub struct TtyInput {
    fd: RawFd,
    /// Keeps /dev/tty open when stdin is not the terminal.
    _tty: Option<File>,
}

/// What a wait ended with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ready {
    Input,
    /// The time ran out or a signal arrived (so a stop flag is seen at once).
    Idle,
}

impl TtyInput {
    /// The same file crossterm reads: stdin when it is a terminal, else /dev/tty.
    pub fn open() -> io::Result<TtyInput> {
        if io::stdin().is_terminal() {
            return Ok(TtyInput {
                fd: io::stdin().as_raw_fd(),
                _tty: None,
            });
        }
        let tty = File::open("/dev/tty")?;
        Ok(TtyInput {
            fd: tty.as_raw_fd(),
            _tty: Some(tty),
        })
    }

    /// Waits up to `timeout` for input; an error when the terminal has gone away.
    pub fn wait(&self, timeout: Duration) -> io::Result<Ready> {
        let mut p = libc::pollfd {
            fd: self.fd,
            events: libc::POLLIN,
            revents: 0,
        };
        let ms = i32::try_from(timeout.as_millis()).unwrap_or(i32::MAX);
        // SAFETY: one valid pollfd for the duration of the call.
        if unsafe { libc::poll(&mut p, 1, ms) } < 0 {
            let e = io::Error::last_os_error();
            return match e.kind() {
                io::ErrorKind::Interrupted => Ok(Ready::Idle),
                _ => Err(e),
            };
        }
        // A hung-up terminal also reports POLLIN (reads return 0): check the hang-up first.
        if p.revents & (libc::POLLHUP | libc::POLLERR | libc::POLLNVAL) != 0 {
            return Err(io::Error::new(
                io::ErrorKind::BrokenPipe,
                "the terminal went away",
            ));
        }
        Ok(match p.revents & libc::POLLIN {
            0 => Ready::Idle,
            _ => Ready::Input,
        })
    }
}
