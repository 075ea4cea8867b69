//! The real binary in a real pseudo-terminal: keys in, screen out.

use std::path::Path;

use crate::support::pty::Term;

/// docket with these arguments (and environment) in a pseudo-terminal.
fn docket(env: &[(&str, &str)], args: &str, width: u16, height: u16) -> Term {
    let vars: String = env.iter().map(|(k, v)| format!("{k}='{v}' ")).collect();
    Term::start(
        &format!("exec env {vars}{} {args}", env!("CARGO_BIN_EXE_docket")),
        width,
        height,
    )
}

/// Waits until docket has ended.
fn wait_gone(t: &Term) {
    t.wait_ended();
}

#[test]
fn browse_the_bundled_meetings_and_quit() {
    let t = docket(&[], "meetings --today 2026-11-28", 100, 30);
    let s = t.wait_for("Pending (lovp) 7");
    assert!(s.contains("LOVP · Mon 9 Mar 2020"), "{s}");
    assert!(s.contains("▸  1 Inzetbaarheid van politie"), "{s}");
    t.keys(&["j"]);
    let s = t.wait_for("Previous outcomes: Ondermijning");
    assert!(s.contains("De incidentele middelen"), "{s}");
    t.keys(&["["]);
    t.wait_for("Mon 10 Feb 2020");
    t.keys(&["?"]);
    t.wait_for("previous pane");
    // Esc right before another key reads as Alt+key in any terminal: wait for it to land.
    t.keys(&["Escape"]);
    t.wait_without("previous pane");
    t.keys(&["m"]);
    t.wait_for("Filter:");
    t.keys(&["m", "a", "r", "Enter"]);
    t.wait_for("Mon 9 Mar 2020");
    t.keys(&["q"]);
    wait_gone(&t);
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
    let t = docket(
        &[],
        &format!("{} --today 2020-03-09", dir.path().display()),
        110,
        30,
    );
    t.wait_for("Pending (lovp) 7");
    t.keys(&["Space"]);
    t.wait_for("1/2 discussed");
    t.keys(&["o"]);
    t.wait_for("Outcome [agreement");
    t.type_text("Rapport besproken");
    t.wait_for("Rapport besproken▏");
    t.keys(&["Enter"]);
    t.wait_for("saved: add outcome");
    t.keys(&["q"]);
    wait_gone(&t);
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
    let t = docket(
        &[],
        &format!("{} --today 2020-03-09", dir.path().display()),
        100,
        30,
    );
    t.wait_for("Pending (lovp) 7");
    t.keys(&["j", "Tab", "j", "x"]);
    t.wait_for("x closes an action: select one"); // x in the outcomes pane writes nothing
    t.keys(&["[", "m"]);
    t.wait_for("Filter:");
    t.keys(&["Escape"]);
    t.wait_without("Filter:");
    t.keys(&["?"]);
    t.wait_for("╔ Keys ");
    t.keys(&["Escape"]);
    t.wait_without("╔ Keys ");
    t.keys(&["Tab", "G", "q"]);
    wait_gone(&t);
    assert_eq!(snapshot(dir.path()), before);
}

#[test]
fn e_runs_the_editor_at_the_item_line_and_reloads() {
    let dir = copy_meetings();
    let script = dir.path().join("fake-editor.sh");
    let log = dir.path().join("editor.log");
    std::fs::write(
        &script,
        format!(
            "#!/bin/sh\necho \"$1 $2\" > {}\nprintf '# via the editor\\n' >> \"$2\"\n",
            log.display()
        ),
    )
    .expect("script");
    std::fs::set_permissions(&script, std::os::unix::fs::PermissionsExt::from_mode(0o755))
        .expect("chmod");
    let args = format!("{} --today 2020-03-09", dir.path().display());
    let t = docket(&[("VISUAL", &script.display().to_string())], &args, 100, 30);
    t.wait_for("Pending (lovp) 7");
    t.keys(&["j", "e"]);
    t.wait_for("reloaded after");
    t.keys(&["q"]);
    wait_gone(&t);
    let logged = std::fs::read_to_string(&log).expect("editor ran");
    assert!(
        logged.starts_with("+13 ") && logged.trim_end().ends_with("2020-03-09.toml"),
        "{logged}"
    );
    let text = std::fs::read_to_string(dir.path().join("2020-03-09.toml")).expect("read");
    assert!(text.ends_with("# via the editor\n"), "{text}");
}

#[test]
fn missing_folder_is_exit_2_with_a_hint() {
    let out = crate::support::cli::command()
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
