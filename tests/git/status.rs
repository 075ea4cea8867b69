//! The header's git probe on real repositories: meeting files changed here or committed
//! and not pushed, and the last change someone else made. One test in this binary, because
//! it points git at a private config through the process environment.

use crate::support::git::{Team, insert_after};
use docket::git::status::probe;

#[test]
fn probe_counts_unsynced_meeting_files_and_finds_the_last_change_by_someone_else() {
    let team = Team::new();
    let home = team.root().join("home");
    // SAFETY: the only test of this binary, set before any thread runs git.
    unsafe {
        std::env::set_var("HOME", &home);
        std::env::set_var("GIT_CONFIG_GLOBAL", home.join("gitconfig"));
        std::env::set_var("GIT_CONFIG_NOSYSTEM", "1");
    }
    let outside = tempfile::tempdir().expect("tempdir");
    assert_eq!(probe(outside.path()), None, "not a repository");

    let anna = team.clone_as("anna", "Anna");
    let meetings = anna.join("meetings");
    let s = probe(&meetings).expect("a repository");
    assert_eq!(s.unsynced, 0);
    let seed = s.incoming.expect("the seed commit is someone else's");
    assert_eq!(seed.author, "Seed");

    // One file changed, one new, and a README that is not a meeting file.
    team.edit(&anna, |s| {
        insert_after(s, "minutes = 30\n", "discussed = true\n")
    });
    std::fs::write(
        meetings.join("lovp/2020-04-06.toml"),
        "title = \"LOVP\"\ndate = 2020-04-06\n",
    )
    .expect("write");
    std::fs::write(meetings.join("README.md"), "notes\n").expect("write");
    assert_eq!(probe(&meetings).expect("repo").unsynced, 2);

    // Committed but not pushed still counts; pushed does not.
    team.git(&anna, &["add", "."]);
    team.git(&anna, &["commit", "--quiet", "-m", "work"]);
    let s = probe(&meetings).expect("repo");
    assert_eq!(s.unsynced, 2);
    assert_eq!(
        s.incoming.map(|i| i.author),
        Some("Seed".into()),
        "Anna's own commit is not incoming"
    );
    team.git(&anna, &["push", "--quiet"]);
    assert_eq!(probe(&meetings).expect("repo").unsynced, 0);
}
