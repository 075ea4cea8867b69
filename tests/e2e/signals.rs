//! Signals and a vanished terminal, in real pseudo-terminals: docket ends promptly, gives
//! the terminal back, leaves every file byte for byte as it was, and never spins.

use crate::support::pty::{
    Term, children, ended, final_modes, meetings_copy, proc_stat, unchanged, wait_until,
};
use std::time::{Duration, Instant};

/// Starts docket (through `wrap`, e.g. `setsid -w`) on a copy of the bundled meetings and
/// waits for its first screen.
fn start_docket(dir: &std::path::Path, wrap: &str) -> Term {
    let cmd = format!(
        "exec {wrap} {} {} --today 2026-11-28",
        env!("CARGO_BIN_EXE_docket"),
        dir.display()
    );
    let t = Term::start(&cmd, 100, 30);
    t.wait_for("Pending (lovp)");
    assert!(t.alternate_screen(), "docket took the screen");
    assert_eq!(
        t.mouse_reporting(),
        (true, true),
        "docket captures the mouse"
    );
    t
}

fn ends_on_signal(sig: i32, name: &str) {
    let (dir, files) = meetings_copy();
    let t = start_docket(dir.path(), "");
    let pid = t.pid();
    let sent = Instant::now();
    // SAFETY: plain kill(2) on the pid of the process we started.
    assert_eq!(unsafe { libc::kill(pid, sig) }, 0);
    // docket has ended once it is a zombie (nothing reaps it until the terminal is asked).
    let took = wait_until(Duration::from_secs(3), || ended(pid));
    let took = took.unwrap_or_else(|| panic!("{name}: docket still running after 3 s"));
    let dead = wait_until(Duration::from_secs(10), || t.ended());
    assert!(
        dead.is_some(),
        "{name}: the terminal never saw the end of docket's output"
    );
    eprintln!("{name}: ended after {} ms", took.as_millis());
    assert!(took < Duration::from_secs(1), "{name}: took {took:?}");
    assert!(sent.elapsed() < Duration::from_secs(2));
    // The emulator's view of the terminal after docket: main screen, no mouse reports.
    assert!(
        !t.alternate_screen(),
        "{name}: still on the alternate screen"
    );
    assert_eq!(t.mouse_reporting(), (false, false), "{name}: mouse left on");
    // What docket itself last said about each mode: cursor shown, everything else off.
    // (restore() writes these right after leaving raw mode; the terminal hangs up when
    // docket, its session leader, exits, so its termios cannot be read back afterwards.)
    let bytes = t.output();
    let last = final_modes(&bytes);
    assert_eq!(last.get(&25), Some(&'h'), "{name}: cursor left hidden");
    for m in [1049, 1000, 1002, 1003, 1006, 1015, 2004] {
        assert_eq!(
            last.get(&m),
            Some(&'l'),
            "{name}: mode {m} left on: {last:?}"
        );
    }
    assert!(unchanged(&files), "{name}: a meeting file changed");
    // No temporary or lock file was left behind either.
    let names = std::fs::read_dir(dir.path().join("lovp")).map(|d| d.count());
    assert_eq!(names.ok(), Some(files.len()), "{name}: files left behind");
}

#[test]
fn sigterm_ends_docket_and_restores_the_terminal() {
    ends_on_signal(libc::SIGTERM, "SIGTERM");
}

#[test]
fn sighup_ends_docket_and_restores_the_terminal() {
    ends_on_signal(libc::SIGHUP, "SIGHUP");
}

#[test]
fn sigint_ends_docket_and_restores_the_terminal() {
    ends_on_signal(libc::SIGINT, "SIGINT");
}

/// CPU ticks (1/100 s) the process uses while it lives for up to `window`.
fn cpu_while_alive(pid: i32, window: Duration) -> (u64, bool) {
    let first = proc_stat(pid).map_or(0, |(_, t)| t);
    let mut last = first;
    let alive = wait_until(window, || match proc_stat(pid) {
        Some((s, t)) if s != 'Z' && s != 'X' => {
            last = t;
            false
        }
        _ => true,
    })
    .is_none();
    (last - first, alive)
}

/// Closes the pseudo-terminal under docket (its master side) and checks docket ends within two seconds without burning CPU. `wrap`
/// decides whether docket also gets SIGHUP: with `setsid -w` it runs in a session of its
/// own without a controlling terminal, so only the hang-up itself can tell it.
fn ends_when_the_terminal_vanishes(wrap: &str, name: &str) {
    let (dir, files) = meetings_copy();
    let mut t = start_docket(dir.path(), wrap);
    let pid = match wrap {
        "" => t.pid(),
        _ => *children(t.pid()).first().expect("docket runs under setsid"),
    };
    let (idle, _) = cpu_while_alive(pid, Duration::from_millis(500));
    eprintln!("{name}: idle CPU {idle} ticks (1/100 s) in 500 ms");
    assert!(
        idle <= 10,
        "{name}: CPU used while idle: {idle} ticks in 0.5 s"
    );
    let before = proc_stat(pid).map_or(0, |(_, t)| t);
    let mut cpu = 0;
    t.close();
    let took = wait_until(Duration::from_secs(2), || {
        if let Some((s, t)) = proc_stat(pid) {
            cpu = t - before;
            return s == 'Z' || s == 'X';
        }
        true
    });
    eprintln!("{name}: ended after {took:?}, using {cpu} CPU ticks meanwhile");
    assert!(
        took.is_some(),
        "{name}: docket still running 2 s after its terminal went away"
    );
    assert!(cpu <= 20, "{name}: spun the CPU: {cpu} ticks");
    assert!(ended(pid));
    assert!(unchanged(&files));
}

#[test]
fn closing_the_terminal_ends_docket_within_two_seconds() {
    ends_when_the_terminal_vanishes("", "pty closed + SIGHUP");
}

#[test]
fn closing_the_terminal_ends_docket_even_without_sighup() {
    ends_when_the_terminal_vanishes("setsid -w", "pty closed, no SIGHUP");
}
