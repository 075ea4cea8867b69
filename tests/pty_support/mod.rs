//! A private tmux server running docket in a real pseudo-terminal, kept after docket ends
//! (`remain-on-exit`) so the pane's modes can be read back; plus /proc helpers.
#![allow(dead_code)] // each test file uses part of it

use std::path::Path;
use std::process::{Command, Output};
use std::time::{Duration, Instant};

pub struct Tmux {
    socket: String,
}

impl Tmux {
    /// Starts `command` (a shell command line; use `exec` so the pane's pid is docket's).
    pub fn start(command: &str, width: u16, height: u16) -> Tmux {
        let socket = format!("docket-pty-{}-{}", std::process::id(), nanos());
        let t = Tmux { socket };
        let (w, h) = (width.to_string(), height.to_string());
        let out = t.tmux(&[
            "-f",
            "/dev/null",
            "new-session",
            "-d",
            "-s",
            "e2e",
            "-x",
            &w,
            "-y",
            &h,
            command,
            ";",
            "set-option",
            "-t",
            "e2e",
            "remain-on-exit",
            "on",
        ]);
        assert!(
            out.status.success(),
            "tmux failed to start: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        t
    }

    /// Like `start`, but every byte the pane's program writes is appended to `log` (tmux
    /// `pipe-pane`), from its very first one: the command waits for a line before it runs.
    pub fn start_logged(command: &str, width: u16, height: u16, log: &Path) -> Tmux {
        let gated = format!("read _; {command}");
        let t = Tmux::start(&gated, width, height);
        let pipe = format!("cat >> '{}'", log.display());
        let out = t.tmux(&["pipe-pane", "-o", "-t", "e2e", &pipe]);
        assert!(out.status.success(), "pipe-pane failed");
        t.keys(&["Enter"]);
        t
    }

    pub fn tmux(&self, args: &[&str]) -> Output {
        Command::new("tmux")
            .arg("-L")
            .arg(&self.socket)
            .args(args)
            .current_dir(Path::new(env!("CARGO_MANIFEST_DIR")))
            .env("TERM", "xterm-256color")
            .env_remove("NO_COLOR")
            .output()
            .expect("tmux must be installed (the CI script installs it)")
    }

    /// A pane format such as `#{alternate_on}`.
    pub fn format(&self, f: &str) -> String {
        let out = self.tmux(&["display-message", "-p", "-t", "e2e", f]);
        String::from_utf8_lossy(&out.stdout).trim().to_string()
    }

    pub fn screen(&self) -> String {
        String::from_utf8_lossy(&self.tmux(&["capture-pane", "-p", "-t", "e2e"]).stdout)
            .into_owned()
    }

    pub fn keys(&self, keys: &[&str]) {
        for k in keys {
            self.tmux(&["send-keys", "-t", "e2e", k]);
        }
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
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    /// Waits until the screen no longer shows `text`.
    pub fn wait_without(&self, text: &str) {
        let gone = wait_until(Duration::from_secs(10), || !self.screen().contains(text));
        assert!(gone.is_some(), "{text:?} still shown:\n{}", self.screen());
    }

    pub fn pid(&self) -> i32 {
        self.format("#{pane_pid}").parse().expect("pane pid")
    }

    pub fn kill_server(&self) {
        let _ = self.tmux(&["kill-server"]);
    }
}

impl Drop for Tmux {
    fn drop(&mut self) {
        self.kill_server();
    }
}

fn nanos() -> u128 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_nanos())
        .unwrap_or(0)
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

/// Gone or a zombie: it has ended (a container's init may never reap it).
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
