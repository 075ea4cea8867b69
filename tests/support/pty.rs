//! The real binary in a real pseudo-terminal, driven from Rust: `openpty(3)` gives the
//! terminal, the program runs as the leader of its own session with the pty as its
//! controlling terminal (as under any terminal emulator), and every byte it writes is fed
//! to the `vt100` emulator, so a test reads the screen a person would see. Nothing outside
//! cargo is needed (tmux is only for trying docket by hand). Plus /proc helpers.
#![allow(dead_code)] // each test file uses part of it

use std::io::Write;
use std::num::NonZeroU16;
use std::os::fd::{AsRawFd, FromRawFd, OwnedFd};
use std::os::unix::process::CommandExt;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

/// The emulator's answers to the program: the window title it set, and the replies owed to
/// its queries (a cursor position report), which the reader writes back.
#[derive(Default)]
struct Answers {
    title: Vec<u8>,
    replies: Vec<Vec<u8>>,
}

impl vt100::Callbacks for Answers {
    fn set_window_title(&mut self, _: &mut vt100::Screen, title: &[u8]) {
        self.title = title.to_vec();
    }

    fn unhandled_csi(
        &mut self,
        screen: &mut vt100::Screen,
        i1: Option<u8>,
        _i2: Option<u8>,
        params: &[&[u16]],
        c: char,
    ) {
        // Device status report 6: where is the cursor (1-based)?
        if i1.is_none() && c == 'n' && params == [&[6]] {
            let (row, col) = screen.cursor_position();
            let reply = format!("\x1b[{};{}R", row + 1, col + 1);
            self.replies.push(reply.into_bytes());
        }
    }
}

struct Shared {
    parser: vt100::Parser<Answers>,
    /// Every byte the program wrote, in order.
    output: Vec<u8>,
    /// The program's side of the terminal is closed and everything it wrote was read.
    eof: bool,
    /// Bytes of a frame still being written (from a synchronized-update start that has no
    /// end yet): fed to the emulator when the frame ends, so a test never reads half a frame.
    held: Vec<u8>,
}

/// A program running in a pseudo-terminal of a fixed size.
pub struct Term {
    master: Option<Arc<OwnedFd>>,
    child: Mutex<Child>,
    shared: Arc<Mutex<Shared>>,
    stop: Arc<AtomicBool>,
    reader: Option<JoinHandle<()>>,
}

impl Term {
    /// Starts `command`, a `sh -c` command line (use `exec` so the child's pid is the
    /// program's), in the crate's folder with `TERM=xterm-256color` and no `NO_COLOR`.
    pub fn start(command: &str, width: u16, height: u16) -> Term {
        let (master, slave) = open_pty(width, height);
        let io = |fd: &OwnedFd| Stdio::from(fd.try_clone().expect("dup pty"));
        let mut cmd = Command::new("sh");
        cmd.arg("-c")
            .arg(command)
            .current_dir(Path::new(env!("CARGO_MANIFEST_DIR")))
            .env("TERM", "xterm-256color")
            // The screens the tests read are the English ones, whatever the machine's locale.
            .env("LC_ALL", "C")
            // The load cache under target/, never the person's own.
            .env(
                "XDG_CACHE_HOME",
                concat!(env!("CARGO_TARGET_TMPDIR"), "/xdg-cache"),
            )
            .env_remove("NO_COLOR")
            .stdin(io(&slave))
            .stdout(io(&slave))
            .stderr(io(&slave));
        // SAFETY: only async-signal-safe calls between fork and exec: a new session, then the
        // pty (already on fd 0) becomes its controlling terminal.
        unsafe {
            cmd.pre_exec(|| {
                if libc::setsid() < 0 || libc::ioctl(0, libc::TIOCSCTTY, 0) < 0 {
                    return Err(std::io::Error::last_os_error());
                }
                Ok(())
            });
        }
        let child = cmd.spawn().expect("start the program in the pty");
        drop(slave); // the child holds it now; its exit then reads as end of file
        let master = Arc::new(master);
        let shared = Arc::new(Mutex::new(Shared {
            parser: vt100::Parser::new_with_callbacks(
                NonZeroU16::new(height).expect("a terminal at least one row high"),
                NonZeroU16::new(width).expect("a terminal at least one column wide"),
                0,
                Answers::default(),
            ),
            output: Vec::new(),
            eof: false,
            held: Vec::new(),
        }));
        let stop = Arc::new(AtomicBool::new(false));
        let reader = {
            let (master, shared, stop) = (master.clone(), shared.clone(), stop.clone());
            std::thread::spawn(move || read_loop(&master, &shared, &stop))
        };
        Term {
            master: Some(master),
            child: Mutex::new(child),
            shared,
            stop,
            reader: Some(reader),
        }
    }

    fn shared(&self) -> MutexGuard<'_, Shared> {
        self.shared.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// The screen as text, one line per row, trailing blanks trimmed.
    pub fn screen(&self) -> String {
        let s = self.shared();
        let (_, cols) = s.parser.screen().size();
        let rows: Vec<String> = s.parser.screen().rows(0, cols.get()).collect();
        rows.iter()
            .map(|r| r.trim_end())
            .collect::<Vec<_>>()
            .join("\n")
            + "\n"
    }

    /// Every byte the program has written so far.
    pub fn output(&self) -> Vec<u8> {
        self.shared().output.clone()
    }

    pub fn alternate_screen(&self) -> bool {
        self.shared().parser.screen().alternate_screen()
    }

    /// Whether the program asked for mouse reports (any protocol, any encoding but plain).
    pub fn mouse_reporting(&self) -> (bool, bool) {
        let s = self.shared();
        let screen = s.parser.screen();
        (
            screen.mouse_protocol_mode() != vt100::MouseProtocolMode::None,
            screen.mouse_protocol_encoding() != vt100::MouseProtocolEncoding::Default,
        )
    }

    pub fn title(&self) -> String {
        String::from_utf8_lossy(&self.shared().parser.callbacks().title).into_owned()
    }

    /// Types keys by name: a single character as itself, or `Enter`, `Escape`, `Space`,
    /// `Tab`, `BTab`, `BSpace`, `Up`, `Down`, `Left`, `Right`, `Home`, `End`, `PageUp`,
    /// `PageDown`, `DC` (delete), `C-x` (control) and `M-x` (alt). Each key is its own write;
    /// still, an Escape followed at once by another key reads as Alt+key in any terminal,
    /// so wait for an Escape's effect before the next key.
    pub fn keys(&self, keys: &[&str]) {
        for k in keys {
            self.write(&key_bytes(k));
        }
    }

    /// Types `text` literally (as a person typing, not as a paste).
    pub fn type_text(&self, text: &str) {
        self.write(text.as_bytes());
    }

    /// Pastes `text` as a terminal does with bracketed paste on.
    pub fn paste(&self, text: &str) {
        self.write(format!("\x1b[200~{text}\x1b[201~").as_bytes());
    }

    fn write(&self, bytes: &[u8]) {
        let Some(master) = &self.master else { return };
        let mut f = std::fs::File::from(master.try_clone().expect("dup pty"));
        // A program that already ended leaves nobody to read: that is not the test's failure.
        let _ = f.write_all(bytes);
    }

    /// Waits until the screen shows `text` (polling with a deadline).
    pub fn wait_for(&self, text: &str) -> String {
        let deadline = Instant::now() + Duration::from_secs(10);
        loop {
            let s = self.screen();
            if s.contains(text) {
                return s;
            }
            assert!(
                Instant::now() < deadline,
                "timed out waiting for {text:?}; screen:\n{s}"
            );
            std::thread::sleep(Duration::from_millis(10));
        }
    }

    /// Waits until the screen no longer shows `text`.
    pub fn wait_without(&self, text: &str) {
        let gone = wait_until(Duration::from_secs(10), || !self.screen().contains(text));
        assert!(gone.is_some(), "{text:?} still shown:\n{}", self.screen());
    }

    /// The pid of the started process (the program itself when the line `exec`s it).
    pub fn pid(&self) -> i32 {
        let child = self.child.lock().unwrap_or_else(|e| e.into_inner());
        i32::try_from(child.id()).expect("pid fits")
    }

    /// The process ended and all it wrote was read.
    pub fn ended(&self) -> bool {
        let eof = self.shared().eof;
        let mut child = self.child.lock().unwrap_or_else(|e| e.into_inner());
        eof && matches!(child.try_wait(), Ok(Some(_)))
    }

    /// Waits until the program has ended; panics with the screen if it does not.
    pub fn wait_ended(&self) {
        let done = wait_until(Duration::from_secs(10), || self.ended());
        assert!(done.is_some(), "still running; screen:\n{}", self.screen());
    }

    /// The program's exit code, once it ended (None for a signal or while running).
    pub fn exit_code(&self) -> Option<i32> {
        let mut child = self.child.lock().unwrap_or_else(|e| e.into_inner());
        child.try_wait().ok().flatten().and_then(|s| s.code())
    }

    /// Closes the terminal, as when its window is closed: the kernel hangs up the
    /// program's side (SIGHUP to its session) and its reads end.
    pub fn close(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
        if let Some(r) = self.reader.take() {
            let _ = r.join();
        }
        self.master = None;
    }
}

impl Drop for Term {
    fn drop(&mut self) {
        self.close();
        let child = self.child.get_mut().unwrap_or_else(|e| e.into_inner());
        if wait_until(Duration::from_secs(2), || {
            matches!(child.try_wait(), Ok(Some(_)))
        })
        .is_none()
        {
            let _ = child.kill();
            let _ = child.wait();
        }
    }
}

fn open_pty(width: u16, height: u16) -> (OwnedFd, OwnedFd) {
    let (mut master, mut slave) = (-1, -1);
    let size = libc::winsize {
        ws_row: height,
        ws_col: width,
        ws_xpixel: 0,
        ws_ypixel: 0,
    };
    // SAFETY: openpty writes two new descriptors, which we own from here on.
    let rc = unsafe {
        libc::openpty(
            &mut master,
            &mut slave,
            std::ptr::null_mut(),
            std::ptr::null(),
            &size,
        )
    };
    assert_eq!(rc, 0, "openpty: {}", std::io::Error::last_os_error());
    // Not inherited: a child holding the master open would never see its terminal close.
    for fd in [master, slave] {
        // SAFETY: fcntl on descriptors we just got.
        unsafe { libc::fcntl(fd, libc::F_SETFD, libc::FD_CLOEXEC) };
    }
    // SAFETY: both are valid, open and owned by nobody else.
    unsafe { (OwnedFd::from_raw_fd(master), OwnedFd::from_raw_fd(slave)) }
}

/// Reads the program's output into the emulator until end of file or `stop`, answering
/// its queries. Waits in poll(2) with a short timeout so `close` can end it.
fn read_loop(master: &OwnedFd, shared: &Mutex<Shared>, stop: &AtomicBool) {
    let fd = master.as_raw_fd();
    let mut buf = [0u8; 8192];
    while !stop.load(Ordering::SeqCst) {
        let mut p = libc::pollfd {
            fd,
            events: libc::POLLIN,
            revents: 0,
        };
        // SAFETY: one valid pollfd.
        let ready = unsafe { libc::poll(&mut p, 1, 20) };
        if ready <= 0 {
            continue;
        }
        // SAFETY: reads into our own buffer from a descriptor we hold open.
        let n = unsafe { libc::read(fd, buf.as_mut_ptr().cast(), buf.len()) };
        let mut s = shared.lock().unwrap_or_else(|e| e.into_inner());
        if n <= 0 {
            // EIO: every holder of the program's side has closed it.
            s.eof = true;
            return;
        }
        let bytes = &buf[..n as usize];
        s.output.extend_from_slice(bytes);
        s.held.extend_from_slice(bytes);
        let ready = whole_frames(&s.held);
        let shown: Vec<u8> = s.held.drain(..ready).collect();
        s.parser.process(&shown);
        let replies = std::mem::take(&mut s.parser.callbacks_mut().replies);
        drop(s);
        for r in replies {
            // SAFETY: writes our own bytes to a descriptor we hold open.
            unsafe { libc::write(fd, r.as_ptr().cast(), r.len()) };
        }
    }
}

const FRAME_START: &[u8] = b"\x1b[?2026h";
const FRAME_END: &[u8] = b"\x1b[?2026l";

/// How much of `bytes` can be shown: all of it, except a frame whose end has not arrived
/// yet (or the start of a marker split between two reads).
fn whole_frames(bytes: &[u8]) -> usize {
    let find = |from: usize, pat: &[u8]| {
        bytes[from..]
            .windows(pat.len())
            .position(|w| w == pat)
            .map(|i| from + i)
    };
    let mut at = 0;
    while let Some(start) = find(at, FRAME_START) {
        match find(start, FRAME_END) {
            Some(end) => at = end + FRAME_END.len(),
            None => return start,
        }
    }
    // A marker cut by the read: hold its first bytes until the rest comes.
    (1..FRAME_START.len())
        .rev()
        .find(|&k| bytes.len() >= at + k && bytes.ends_with(&FRAME_START[..k]))
        .map_or(bytes.len(), |k| bytes.len() - k)
}

#[test]
fn a_frame_is_shown_only_when_whole() {
    assert_eq!(whole_frames(b"abc"), 3);
    assert_eq!(whole_frames(b"ab\x1b[?2026hcd"), 2);
    assert_eq!(whole_frames(b"ab\x1b[?2026hcd\x1b[?2026lef"), 22);
    assert_eq!(whole_frames(b"ab\x1b[?20"), 2);
    assert_eq!(whole_frames(b"ab\x1b"), 2);
}

/// The bytes a terminal sends for a key named as tmux names them.
fn key_bytes(name: &str) -> Vec<u8> {
    let named: &[u8] = match name {
        "Enter" => b"\r",
        "Escape" => b"\x1b",
        "Space" => b" ",
        "Tab" => b"\t",
        "BTab" => b"\x1b[Z",
        "BSpace" => b"\x7f",
        "Up" => b"\x1b[A",
        "Down" => b"\x1b[B",
        "Right" => b"\x1b[C",
        "Left" => b"\x1b[D",
        "Home" => b"\x1b[H",
        "End" => b"\x1b[F",
        "PageUp" => b"\x1b[5~",
        "PageDown" => b"\x1b[6~",
        "DC" => b"\x1b[3~",
        _ => b"",
    };
    if !named.is_empty() {
        return named.to_vec();
    }
    if let Some(c) = name.strip_prefix("C-").filter(|c| c.len() == 1) {
        return vec![c.as_bytes()[0].to_ascii_lowercase() & 0x1f];
    }
    if let Some(c) = name.strip_prefix("M-").filter(|c| c.chars().count() == 1) {
        return [b"\x1b", c.as_bytes()].concat();
    }
    assert_eq!(name.chars().count(), 1, "unknown key name {name:?}");
    name.as_bytes().to_vec()
}

/// Polls `cond` every 10 ms until it holds or `limit` passes; returns how long it took.
pub fn wait_until(limit: Duration, mut cond: impl FnMut() -> bool) -> Option<Duration> {
    let start = Instant::now();
    loop {
        if cond() {
            return Some(start.elapsed());
        }
        if start.elapsed() > limit {
            return None;
        }
        std::thread::sleep(Duration::from_millis(10));
    }
}

/// The process's state letter and user+system CPU time in clock ticks (1/100 s), or None
/// once it is gone.
pub fn proc_stat(pid: i32) -> Option<(char, u64)> {
    let s = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    let rest = &s[s.rfind(')')? + 2..];
    let f: Vec<&str> = rest.split(' ').collect();
    let state = f.first()?.chars().next()?;
    let (utime, stime): (u64, u64) = (f.get(11)?.parse().ok()?, f.get(12)?.parse().ok()?);
    Some((state, utime + stime))
}

/// Gone or a zombie: it has ended (nobody may have reaped it yet).
pub fn ended(pid: i32) -> bool {
    proc_stat(pid).is_none_or(|(state, _)| state == 'Z' || state == 'X')
}

/// A copy of the bundled meetings in a temporary folder, and their bytes.
pub fn meetings_copy() -> (tempfile::TempDir, Vec<(std::path::PathBuf, Vec<u8>)>) {
    let dir = tempfile::tempdir().expect("temp dir");
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("meetings/lovp");
    let dst = dir.path().join("lovp");
    std::fs::create_dir(&dst).expect("mkdir");
    let mut files = Vec::new();
    for e in std::fs::read_dir(&src).expect("meetings") {
        let p = e.expect("entry").path();
        let to = dst.join(p.file_name().expect("name"));
        std::fs::copy(&p, &to).expect("copy");
        files.push((to.clone(), std::fs::read(&to).expect("read")));
    }
    (dir, files)
}

pub fn unchanged(files: &[(std::path::PathBuf, Vec<u8>)]) -> bool {
    files
        .iter()
        .all(|(p, b)| std::fs::read(p).is_ok_and(|now| &now == b))
}

/// The pids of a process's children.
pub fn children(pid: i32) -> Vec<i32> {
    std::fs::read_to_string(format!("/proc/{pid}/task/{pid}/children"))
        .unwrap_or_default()
        .split_whitespace()
        .filter_map(|s| s.parse().ok())
        .collect()
}

/// The last state each private mode (`CSI ? n h` / `CSI ? n l`) was left in by `bytes`.
pub fn final_modes(bytes: &[u8]) -> std::collections::BTreeMap<u32, char> {
    let mut modes = std::collections::BTreeMap::new();
    let mut i = 0;
    while let Some(p) = bytes[i..].windows(3).position(|w| w == b"\x1b[?") {
        let start = i + p + 3;
        let end = bytes[start..]
            .iter()
            .position(|b| !(b.is_ascii_digit() || *b == b';'))
            .map_or(bytes.len(), |e| start + e);
        if let Some(&f @ (b'h' | b'l')) = bytes.get(end) {
            let params = String::from_utf8_lossy(&bytes[start..end]).into_owned();
            for n in params.split(';').filter_map(|n| n.parse().ok()) {
                modes.insert(n, f as char);
            }
        }
        i = end;
    }
    modes
}

#[test]
fn key_names_become_the_bytes_a_terminal_sends() {
    assert_eq!(key_bytes("Enter"), b"\r");
    assert_eq!(key_bytes("C-c"), [3]);
    assert_eq!(key_bytes("C-W"), [0x17]);
    assert_eq!(key_bytes("M-x"), b"\x1bx");
    assert_eq!(key_bytes("é"), "é".as_bytes());
}
