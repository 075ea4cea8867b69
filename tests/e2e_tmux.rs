//! The real binary in a real terminal (tmux): keys in, screen out.

use std::path::Path;
use std::process::{Command, Output};
use std::time::{Duration, Instant};

/// A private tmux server running docket; killed when dropped.
struct Tmux {
    socket: String,
}

impl Tmux {
    fn start(args: &str, width: u16, height: u16) -> Tmux {
        let socket = format!("docket-e2e-{}-{}", std::process::id(), rand_suffix());
        let t = Tmux { socket };
        let cmd = format!("{} {args}", env!("CARGO_BIN_EXE_docket"));
        let out = t.tmux(&[
            "new-session",
            "-d",
            "-s",
            "e2e",
            "-x",
            &width.to_string(),
            "-y",
            &height.to_string(),
            &cmd,
        ]);
        assert!(
            out.status.success(),
            "tmux failed to start: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        t
    }

    fn tmux(&self, args: &[&str]) -> Output {
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

    fn screen(&self) -> String {
        String::from_utf8_lossy(&self.tmux(&["capture-pane", "-p", "-t", "e2e"]).stdout)
            .into_owned()
    }

    fn keys(&self, keys: &[&str]) {
        for k in keys {
            self.tmux(&["send-keys", "-t", "e2e", k]);
        }
    }

    /// Waits until the screen shows `text` (polling a condition, with a deadline).
    fn wait_for(&self, text: &str) -> String {
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
            std::thread::sleep(Duration::from_millis(30));
        }
    }

    /// Waits until the screen no longer shows `text`.
    fn wait_without(&self, text: &str) {
        let deadline = Instant::now() + Duration::from_secs(10);
        while self.screen().contains(text) {
            assert!(
                Instant::now() < deadline,
                "{text:?} did not go away; screen:\n{}",
                self.screen()
            );
            std::thread::sleep(Duration::from_millis(30));
        }
    }

    fn wait_gone(&self) {
        let deadline = Instant::now() + Duration::from_secs(10);
        while self.tmux(&["has-session", "-t", "e2e"]).status.success() {
            assert!(
                Instant::now() < deadline,
                "docket did not quit; screen:\n{}",
                self.screen()
            );
            std::thread::sleep(Duration::from_millis(30));
        }
    }
}

impl Drop for Tmux {
    fn drop(&mut self) {
        let _ = self.tmux(&["kill-server"]);
    }
}

fn rand_suffix() -> u128 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_nanos())
        .unwrap_or(0)
}

#[test]
fn browse_the_bundled_meetings_and_quit() {
    let t = Tmux::start("meetings --today 2026-11-28", 100, 30);
    let s = t.wait_for("Pending (lovp) 7");
    assert!(s.contains("LOVP · Mon 9 Mar 2020"), "{s}");
    assert!(s.contains("▸  1 Inzetbaarheid van politie"), "{s}");
    t.keys(&["j"]);
    let s = t.wait_for("Previous outcomes: Ondermijning");
    assert!(s.contains("De incidentele middelen"), "{s}");
    t.keys(&["["]);
    t.wait_for("Mon 10 Feb 2020");
    t.keys(&["?"]);
    t.wait_for("previous meeting (date order, all series)");
    // Esc right before another key reads as Alt+key in any terminal: wait for it to land.
    t.keys(&["Escape"]);
    t.wait_without("previous meeting (date order");
    t.keys(&["m"]);
    t.wait_for("Filter:");
    t.keys(&["m", "a", "r", "Enter"]);
    t.wait_for("Mon 9 Mar 2020");
    t.keys(&["q"]);
    t.wait_gone();
}

/// A copy of the bundled meetings in a temporary folder.
fn copy_meetings() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("tmp");
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("meetings/lovp");
    for f in ["2020-02-10.toml", "2020-03-09.toml"] {
        std::fs::copy(src.join(f), dir.path().join(f)).expect("copy");
    }
    dir
}

fn snapshot(dir: &Path) -> Vec<(String, Vec<u8>, std::time::SystemTime)> {
    let mut out: Vec<_> = std::fs::read_dir(dir)
        .expect("dir")
        .flatten()
        .filter(|e| e.path().extension().is_some_and(|x| x == "toml"))
        .map(|e| {
            let meta = e.metadata().expect("meta");
            (
                e.file_name().to_string_lossy().into_owned(),
                std::fs::read(e.path()).expect("read"),
                meta.modified().expect("mtime"),
            )
        })
        .collect();
    out.sort();
    out
}

#[test]
fn mark_an_item_add_an_outcome_quit_and_the_file_has_both() {
    let dir = copy_meetings();
    let t = Tmux::start(
        &format!("{} --today 2020-03-09", dir.path().display()),
        110,
        30,
    );
    t.wait_for("Pending (lovp) 7");
    t.keys(&["Space"]);
    t.wait_for("1/2 discussed");
    t.keys(&["o"]);
    t.wait_for("Outcome [agreement");
    t.tmux(&["send-keys", "-t", "e2e", "-l", "Rapport besproken"]);
    t.wait_for("Rapport besproken▏");
    t.keys(&["Enter"]);
    t.wait_for("saved: add outcome");
    t.keys(&["q"]);
    t.wait_gone();
    let text = std::fs::read_to_string(dir.path().join("2020-03-09.toml")).expect("read");
    assert!(
        text.contains("topic = \"inzetbaarheid\"\ndiscussed = 2020-03-09T"),
        "{text}"
    );
    assert!(
        text.contains("\n[[item.outcome]]\ntext = \"Rapport besproken\"\nkind = \"agreement\"\n"),
        "{text}"
    );
    assert!(
        std::fs::read_dir(dir.path())
            .expect("dir")
            .flatten()
            .all(|e| !e.file_name().to_string_lossy().contains("docket-tmp"))
    );
}

#[test]
fn browsing_without_edits_leaves_files_byte_identical_with_the_same_mtime() {
    let dir = copy_meetings();
    let before = snapshot(dir.path());
    let t = Tmux::start(
        &format!("{} --today 2020-03-09", dir.path().display()),
        100,
        30,
    );
    t.wait_for("Pending (lovp) 7");
    t.keys(&["j", "Tab", "j", "x"]);
    t.wait_for("x marks a pending action"); // x outside the pending pane writes nothing
    t.keys(&["[", "m"]);
    t.wait_for("Filter:");
    t.keys(&["Escape"]);
    t.wait_without("Filter:");
    t.keys(&["?"]);
    t.wait_for("╔ Keys ");
    t.keys(&["Escape"]);
    t.wait_without("╔ Keys ");
    t.keys(&["Tab", "G", "q"]);
    t.wait_gone();
    assert_eq!(snapshot(dir.path()), before);
}

#[test]
fn missing_folder_is_exit_2_with_a_hint() {
    let out = Command::new(env!("CARGO_BIN_EXE_docket"))
        .arg("no/such/folder")
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("no/such/folder: no such folder") && err.contains("hint:"),
        "{err}"
    );
}
