//! Measures how often docket's save overwrites another program's write to the same file:
//! a child process appends a numbered comment line every `--every-ms` (opening, appending
//! and closing the file each time, as a script or a sync tool would), while docket marks and
//! un-marks an item as fast as it can. At the end every appended line should be in the
//! file; the ones that are not were written between docket's last check and its rename.
//!
//! cargo run --release --example overwrite_racer -- --marks 1000 --every-ms 10

use docket::store::{self, Access, ContentHash, FolderLock, edit::Edit, edit::ItemRef};
use std::io::Write;
use std::time::{Duration, Instant};

const MEETING: &str = "title = \"Raad\"\ndate = 2020-03-09\n\n[[item]]\ntitle = \"Opening\"\n\n[[item]]\ntitle = \"Rondvraag\"\n";

fn arg(name: &str, default: u64) -> u64 {
    let args: Vec<String> = std::env::args().collect();
    args.iter()
        .position(|a| a == name)
        .and_then(|i| args.get(i + 1))
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

/// The child: appends `# appended N` lines until its stdin closes; prints how many.
fn append(path: &str, every: Duration) {
    let stop = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let flag = stop.clone();
    std::thread::spawn(move || {
        let _ = std::io::stdin().read_line(&mut String::new());
        flag.store(true, std::sync::atomic::Ordering::Relaxed);
    });
    let mut n = 0u64;
    while !stop.load(std::sync::atomic::Ordering::Relaxed) {
        if let Ok(mut f) = std::fs::OpenOptions::new().append(true).open(path) {
            // One write call per line, as a logger with O_APPEND does.
            let _ = f.write_all(format!("# appended {n}\n").as_bytes());
            n += 1;
        }
        std::thread::sleep(every);
    }
    println!("{n}");
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    if args.get(1).map(String::as_str) == Some("append") {
        let path = args.get(2).cloned().unwrap_or_default();
        append(&path, Duration::from_millis(arg("--every-ms", 10)));
        return;
    }
    let marks = arg("--marks", 1000);
    let every = arg("--every-ms", 10);
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("m.toml");
    std::fs::write(&path, MEETING).expect("write");
    let Access::Write(lock) = FolderLock::acquire(dir.path()) else {
        panic!("lock")
    };
    let mut child = std::process::Command::new(std::env::current_exe().expect("exe"))
        .args([
            "append",
            &path.display().to_string(),
            "--every-ms",
            &every.to_string(),
        ])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .expect("appender");
    let old_order = std::env::args().any(|a| a == "--old-order");
    let start = Instant::now();
    let (mut saved, mut refused) = (0u64, std::collections::BTreeMap::<String, u64>::new());
    let mut warned = 0u64;
    for _ in 0..marks {
        let bytes = std::fs::read(&path).expect("read");
        let meeting = store::parse_meeting(&path, &bytes).expect("parses");
        let item = ItemRef::of(&meeting, 0).expect("item");
        let edit = match meeting.items[0].discussed {
            None => Edit::mark_discussed_untimed(item),
            Some(_) => Edit::unmark_discussed(item),
        };
        let result = if old_order {
            save_old_order(&path, ContentHash::of(&bytes), &edit)
        } else {
            store::save_edit(&lock, &path, ContentHash::of(&bytes), &edit)
                .map(|a| {
                    if a.warning.is_some() {
                        warned += 1;
                    }
                })
                .map_err(|e| e.to_string())
        };
        match result {
            Ok(()) => saved += 1,
            Err(e) => {
                let kind = if e.contains("kept changing") {
                    "the file kept changing"
                } else {
                    "other"
                };
                *refused.entry(kind.into()).or_default() += 1;
            }
        }
    }
    let took = start.elapsed();
    drop(child.stdin.take());
    let out = child.wait_with_output().expect("appender ends");
    let appended: u64 = String::from_utf8_lossy(&out.stdout)
        .trim()
        .parse()
        .unwrap_or(0);
    let text = std::fs::read_to_string(&path).expect("read");
    let kept = (0..appended)
        .filter(|n| text.contains(&format!("# appended {n}\n")))
        .count() as u64;
    let lost = appended - kept;
    println!(
        "{}: {saved} saves ({warned} told a change may be missing; {refused:?} refused) in {:.1} s against {appended} appends every {every} ms: \
         {lost} appends lost ({:.2} per 1000 saves)",
        if old_order {
            "check before the temp write (before)"
        } else {
            "check after the flush, right before the rename"
        },
        took.as_secs_f64(),
        lost as f64 * 1000.0 / saved.max(1) as f64
    );
}

/// The order before the fix: the last check came before the temp file was written and
/// flushed, so the window was the whole write.
fn save_old_order(path: &std::path::Path, loaded: ContentHash, edit: &Edit) -> Result<(), String> {
    for _ in 0..3 {
        let bytes = std::fs::read(path).map_err(|e| e.to_string())?;
        let hash = ContentHash::of(&bytes);
        let result = store::edit::apply_edit(path, &bytes, edit, hash != loaded)
            .map_err(|e| e.to_string())?;
        if ContentHash::of(&std::fs::read(path).map_err(|e| e.to_string())?) != hash {
            continue;
        }
        return store::write_atomic(path, &result.bytes).map_err(|e| e.to_string());
    }
    Err("the file kept changing".into())
}
