//! A child process saves in a loop and is killed with SIGKILL at random moments: the file
//! is always exactly the old or the new content, and the clean-up leaves no temp file.

use chrono::NaiveDateTime;
use docket::store::edit::{Edit, ItemRef};
use docket::store::{Access, FolderLock, load_file, parse_meeting, remove_stale_temps, save_edit};
use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

const MEETING: &str = "# a comment\r\ntitle = \"LOVP\"\r\ndate = 2020-02-10\r\n\r\n[[item]]\r\ntitle = \"Bewaken\"\r\nnotes = \"\"\"\r\nlang verhaal\r\n\"\"\"\r\n";
const CHILD: &str = "DOCKET_CRASH_CHILD";

/// In the child: mark and un-mark the item for ever.
fn child(path: &Path) {
    let dir = path.parent().unwrap_or(Path::new("."));
    let lock = loop {
        // The previous child's lock goes when the kernel reaps it; wait for that.
        if let Access::Write(lock) = FolderLock::acquire(dir) {
            break lock;
        }
        std::thread::sleep(Duration::from_millis(1));
    };
    let at = NaiveDateTime::parse_from_str("2020-02-10T10:32", "%Y-%m-%dT%H:%M").expect("time");
    println!("started");
    loop {
        let (m, hash) = load_file(path).expect("child load");
        let item = ItemRef::of(&m, 0).expect("item");
        let edit = match m.items[0].discussed {
            Some(_) => Edit::unmark_discussed(item),
            None => Edit::mark_discussed(item, at),
        };
        save_edit(&lock, path, hash, &edit).expect("child save");
    }
}

/// A small xorshift: random enough kill moments without a dependency.
struct Rng(u64);
impl Rng {
    fn below(&mut self, n: u64) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0 % n
    }
}

#[test]
fn sigkill_at_random_moments_leaves_old_or_new() {
    if let Ok(p) = std::env::var(CHILD) {
        child(Path::new(&p));
        return;
    }
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("m.toml");
    std::fs::write(&path, MEETING).expect("write");
    let old = MEETING.as_bytes().to_vec();
    let new = MEETING
        .replace("\"\"\"\r\n\"\"\"", "")
        .replace(
            "lang verhaal\r\n\"\"\"\r\n",
            "lang verhaal\r\n\"\"\"\r\ndiscussed = 2020-02-10T10:32:00\r\n",
        )
        .into_bytes();
    let seed = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(1, |d| d.as_nanos() as u64)
        | 1;
    eprintln!("seed {seed}");
    let mut rng = Rng(seed);
    let (mut olds, mut news, mut temps_seen) = (0, 0, 0);
    let exe = std::env::current_exe().expect("exe");
    for round in 0..40 {
        let mut child = Command::new(&exe)
            .args([
                "--exact",
                "crash::sigkill_at_random_moments_leaves_old_or_new",
                "--nocapture",
            ])
            .env(CHILD, &path)
            .stdout(Stdio::piped())
            .spawn()
            .expect("spawn");
        let out = child.stdout.take().expect("stdout");
        let mut lines = BufReader::new(out).lines();
        let started = Instant::now();
        while let Some(Ok(line)) = lines.next() {
            if line.contains("started") || started.elapsed() > Duration::from_secs(20) {
                break;
            }
        }
        std::thread::sleep(Duration::from_micros(rng.below(20_000)));
        child.kill().expect("SIGKILL"); // Child::kill sends SIGKILL on Unix
        let status = child.wait().expect("wait");
        assert!(
            !status.success(),
            "round {round}: the child died of the kill, not a panic"
        );
        let bytes = std::fs::read(&path).expect("read");
        if bytes == old {
            olds += 1;
        } else if bytes == new {
            news += 1;
        } else {
            panic!(
                "round {round}: torn file:\n{}",
                String::from_utf8_lossy(&bytes)
            );
        }
        parse_meeting(&path, &bytes).expect("parses");
        temps_seen += count_temps(dir.path());
    }
    eprintln!("old {olds}, new {news}, temp files left by kills {temps_seen}");
    assert!(
        olds > 0 && news > 0,
        "kills landed in both states: old {olds}, new {news}"
    );
    let Access::Write(lock) = FolderLock::acquire(dir.path()) else {
        panic!("the lock is free once the child is dead")
    };
    remove_stale_temps(&lock, dir.path());
    assert_eq!(count_temps(dir.path()), 0);
}

fn count_temps(dir: &Path) -> usize {
    std::fs::read_dir(dir)
        .expect("dir")
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().contains(".docket-tmp-"))
        .count()
}
