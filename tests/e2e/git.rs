//! The real binary in a real pseudo-terminal on a clone of a shared repository: the header
//! shows the repository's state, a mark made in the interface counts as a file to sync, and
//! `S` syncs it with the result in the status line.

use crate::support::git::{FILE, Team};
use crate::support::pty::Term;

#[test]
fn mark_an_item_discussed_and_sync_it_from_the_interface() {
    let team = Team::new();
    let anna = team.clone_as("anna", "Anna");
    let home = team.root().join("home");
    let command = format!(
        "exec env HOME='{home}' GIT_CONFIG_GLOBAL='{config}' GIT_CONFIG_NOSYSTEM=1 {exe} '{dir}' --today 2020-03-09",
        home = home.display(),
        config = home.join("gitconfig").display(),
        exe = env!("CARGO_BIN_EXE_docket"),
        dir = anna.join("meetings").display(),
    );
    let t = Term::start(&command, 140, 30);
    let s = t.wait_for("⇅ synced");
    assert!(
        s.contains("⇣ Seed"),
        "the seed commit is someone else's:\n{s}"
    );

    // Space marks the first item discussed: written to the file, so one file to sync.
    t.keys(&["Space"]);
    t.wait_for("⇅ 1 file to sync (S)");
    t.keys(&["S"]);
    t.wait_for("synced: pushed to origin");
    // The header follows once the repository probe has run again after the sync.
    t.wait_for("⇅ synced");

    let pushed = team.git(&team.remote(), &["show", &format!("main:{FILE}")]);
    assert!(pushed.contains("discussed = 2020-03-09T"), "{pushed}");
    let subject = team.git(&team.remote(), &["log", "-1", "--format=%s", "main"]);
    assert_eq!(subject, "LOVP 2020-03-09: 1 item discussed\n");
    t.keys(&["q"]);
}

#[test]
fn an_edit_during_a_sync_is_held_not_raced() {
    let team = Team::new();
    let anna = team.clone_as("anna", "Anna");
    let home = team.root().join("home");
    // A slow remote: the push waits (bounded) until the test lets it go.
    let go = team.root().join("go");
    let hook = anna.join(".git/hooks/pre-push");
    std::fs::write(
        &hook,
        format!(
            "#!/bin/sh\ni=0\nwhile [ ! -e '{go}' ] && [ $i -lt 400 ]; do sleep 0.05; i=$((i+1)); done\n",
            go = go.display()
        ),
    )
    .expect("hook");
    std::fs::set_permissions(&hook, std::os::unix::fs::PermissionsExt::from_mode(0o755))
        .expect("chmod");
    let command = format!(
        "exec env HOME='{home}' GIT_CONFIG_GLOBAL='{config}' GIT_CONFIG_NOSYSTEM=1 {exe} '{dir}' --today 2020-03-09",
        home = home.display(),
        config = home.join("gitconfig").display(),
        exe = env!("CARGO_BIN_EXE_docket"),
        dir = anna.join("meetings").display(),
    );
    let t = Term::start(&command, 140, 30);
    t.wait_for("⇅ synced");
    t.keys(&["S"]);
    t.wait_for("⇅ syncing…");
    t.keys(&["Space"]);
    t.wait_for("not saved: a sync is running; try again when it is done");
    assert!(
        !team.read(&anna).contains("discussed"),
        "nothing written while git works"
    );
    std::fs::write(&go, "").expect("go");
    t.wait_for("synced: pushed to origin");
    t.keys(&["Space"]);
    t.wait_for("⇅ 1 file to sync (S)");
    assert!(team.read(&anna).contains("discussed = 2020-03-09T"));
    t.keys(&["q"]);
}
