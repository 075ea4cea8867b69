//! `docket sync` between clones of one bare remote: setup, structural merges, conflicts that
//! leave the repository clean, a push refused and retried, a remote that cannot be reached.

use crate::support::git::{FILE, Team, insert_after, text};

const OUTCOME_ANCHOR: &str = "text = \"Eerste lezing\"\n";

#[test]
fn the_first_sync_sets_up_the_driver_and_commits_with_a_message_naming_the_meeting() {
    let team = Team::new();
    let anna = team.clone_as("anna", "Anna");
    team.edit(&anna, |s| {
        let s = s.replace(
            "title = \"Opening\"\n",
            "title = \"Opening\"\ndiscussed = 2020-03-09T10:00:00\n",
        );
        insert_after(
            &s,
            OUTCOME_ANCHOR,
            "\n[[item.outcome]]\ntext = \"Akkoord\"\n\n[[item.action]]\ntext = \"Brief\"\n",
        )
    });
    let out = team.docket(&anna, &["sync", "meetings"]);
    let stdout = text(&out.stdout);
    assert!(out.status.success(), "{stdout}{}", text(&out.stderr));
    assert!(stdout.contains("set up docket's merge driver"), "{stdout}");
    assert!(
        stdout.contains("added `meetings/**/*.toml merge=docket` to .gitattributes"),
        "{stdout}"
    );
    assert!(
        stdout.contains("committed LOVP 2020-03-09: 1 item discussed, 1 outcome, 1 action"),
        "{stdout}"
    );
    assert!(stdout.ends_with("synced: pushed to origin\n"), "{stdout}");
    let log = team.git(&team.remote(), &["log", "--format=%s", "main"]);
    assert_eq!(
        log,
        "LOVP 2020-03-09: 1 item discussed, 1 outcome, 1 action\ndocket: merge meeting files item by item\nfirst meeting\n"
    );
    let driver = team.git(&anna, &["config", "merge.docket.driver"]);
    assert!(driver.trim_end().ends_with("merge %O %A %B %P"), "{driver}");
    team.assert_clean(&anna);

    // The second time there is nothing to set up, and nothing to do.
    let again = team.docket(&anna, &["sync", "meetings"]);
    assert_eq!(text(&again.stdout), "synced: up to date\n");
}

#[test]
fn outcomes_added_on_both_sides_merge_without_a_conflict() {
    let team = Team::new();
    let anna = team.clone_as("anna", "Anna");
    let bert = team.clone_as("bert", "Bert");
    assert!(team.docket(&anna, &["sync", "meetings"]).status.success());
    team.edit(&anna, |s| {
        insert_after(
            s,
            OUTCOME_ANCHOR,
            "\n[[item.outcome]]\ntext = \"Van Anna\"\n",
        )
    });
    team.edit(&bert, |s| {
        let s = insert_after(
            s,
            OUTCOME_ANCHOR,
            "\n[[item.outcome]]\ntext = \"Van Bert\"\n",
        );
        s.replace(
            "title = \"Rondvraag\"\n",
            "title = \"Rondvraag\"\ndiscussed = true\n",
        )
    });
    assert!(team.docket(&anna, &["sync", "meetings"]).status.success());
    let out = team.docket(&bert, &["sync", "meetings"]);
    let stdout = text(&out.stdout);
    assert!(out.status.success(), "{stdout}{}", text(&out.stderr));
    assert!(
        stdout.contains("brought in 2 changes from others:\n  Anna: LOVP 2020-03-09: 1 outcome\n"),
        "{stdout}"
    );
    let merged = team.read(&bert);
    let want = insert_after(
        &crate::support::git::MEETING.replace(
            "title = \"Rondvraag\"\n",
            "title = \"Rondvraag\"\ndiscussed = true\n",
        ),
        OUTCOME_ANCHOR,
        "\n[[item.outcome]]\ntext = \"Van Bert\"\n\n[[item.outcome]]\ntext = \"Van Anna\"\n",
    );
    assert_eq!(merged, want);
    team.assert_clean(&bert);
    assert!(team.docket(&anna, &["sync", "meetings"]).status.success());
    assert_eq!(team.read(&anna), want);
    let check = team.docket(&anna, &["check", "meetings"]);
    assert!(check.status.success(), "{}", text(&check.stderr));
}

#[test]
fn a_conflict_puts_the_repository_back_and_keeps_the_local_commit() {
    let team = Team::new();
    let anna = team.clone_as("anna", "Anna");
    let bert = team.clone_as("bert", "Bert");
    assert!(team.docket(&anna, &["sync", "meetings"]).status.success());
    team.edit(&anna, |s| s.replace("minutes = 30", "minutes = 45"));
    team.edit(&bert, |s| s.replace("minutes = 30", "minutes = 20"));
    assert!(team.docket(&anna, &["sync", "meetings"]).status.success());
    let before = team.git(&bert, &["rev-parse", "HEAD"]);
    let out = team.docket(&bert, &["sync", "meetings"]);
    let stderr = text(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.contains(&format!(
            "  LOVP 2020-03-09 ({FILE}): item 'Budget 2024': `minutes` differs\n"
        )),
        "{stderr}"
    );
    assert!(
        stderr.contains("to resolve: run `git merge origin/main`"),
        "{stderr}"
    );
    assert!(
        !stderr.contains("conflicting lines"),
        "named once, by docket: {stderr}"
    );
    team.assert_clean(&bert);
    let head = team.git(&bert, &["log", "-1", "--format=%s"]);
    assert_eq!(head, "LOVP 2020-03-09: edited\n");
    assert_ne!(
        team.git(&bert, &["rev-parse", "HEAD"]),
        before,
        "the local change was committed"
    );
    assert!(team.read(&bert).contains("minutes = 20"));
    assert_eq!(
        team.git(&team.remote(), &["log", "-1", "--format=%an", "main"]),
        "Anna\n"
    );

    // Resolving as the message says: merge, see the markers in check, keep one side.
    let merge = team.git_output(&bert, &["merge", "origin/main"]);
    assert!(!merge.status.success());
    let check = team.docket(&bert, &["check", "meetings"]);
    let errors = text(&check.stderr);
    assert!(
        errors.starts_with("meetings/lovp/2020-03-09.toml:10:1: unresolved merge conflict"),
        "{errors}"
    );
    team.edit(&bert, |s| {
        s.replace("<<<<<<< ours\nminutes = 20\n=======\n", "")
            .replace(">>>>>>> theirs\n", "")
    });
    team.git(&bert, &["commit", "--quiet", "-am", "resolved"]);
    let out = team.docket(&bert, &["sync", "meetings"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(team.read(&bert).contains("minutes = 45"));
}

#[test]
fn a_push_refused_because_someone_pushed_meanwhile_is_retried_after_a_pull() {
    let team = Team::new();
    let anna = team.clone_as("anna", "Anna");
    let bert = team.clone_as("bert", "Bert");
    assert!(team.docket(&anna, &["sync", "meetings"]).status.success());
    assert!(team.docket(&bert, &["sync", "meetings"]).status.success());
    assert!(team.docket(&anna, &["sync", "meetings"]).status.success());
    // Anna pushes while Bert's push is on its way: Bert's pre-push hook makes her do it once.
    team.edit(&anna, |s| {
        s.replace(
            "title = \"Opening\"\n",
            "title = \"Opening\"\npresenter = \"Anna\"\n",
        )
    });
    team.git(&anna, &["commit", "--quiet", "-am", "Anna's change"]);
    let hook = bert.join(".git/hooks/pre-push");
    let once = team.root().join("raced");
    std::fs::write(
        &hook,
        format!(
            "#!/bin/sh\nif [ ! -e '{once}' ]; then\n  touch '{once}'\n  unset GIT_DIR GIT_WORK_TREE GIT_INDEX_FILE\n  git -C '{anna}' push --quiet origin HEAD:main >&2\nfi\n",
            once = once.display(),
            anna = anna.display()
        ),
    )
    .expect("hook");
    std::fs::set_permissions(&hook, std::os::unix::fs::PermissionsExt::from_mode(0o755))
        .expect("chmod");
    team.edit(&bert, |s| {
        insert_after(
            s,
            OUTCOME_ANCHOR,
            "\n[[item.outcome]]\ntext = \"Van Bert\"\n",
        )
    });
    let out = team.docket(&bert, &["sync", "meetings"]);
    let stdout = text(&out.stdout);
    assert!(out.status.success(), "{stdout}{}", text(&out.stderr));
    assert!(once.exists(), "the race was not staged");
    assert!(
        stdout.contains("the push was refused because someone else pushed meanwhile"),
        "{stdout}"
    );
    team.assert_clean(&bert);
    let remote_file = team.git(&team.remote(), &["show", &format!("main:{FILE}")]);
    assert!(
        remote_file.contains("presenter = \"Anna\""),
        "{remote_file}"
    );
    assert!(remote_file.contains("Van Bert"), "{remote_file}");
}

#[test]
fn an_unreachable_remote_reports_gits_error_and_keeps_the_commit() {
    let team = Team::new();
    let anna = team.clone_as("anna", "Anna");
    let gone = team.root().join("gone.git");
    team.git(
        &anna,
        &["remote", "set-url", "origin", gone.to_str().expect("utf8")],
    );
    team.edit(&anna, |s| s.replace("minutes = 30", "minutes = 35"));
    let out = team.docket(&anna, &["sync", "meetings"]);
    let stderr = text(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("not synced: git fetch failed:"), "{stderr}");
    assert!(stderr.contains("gone.git"), "{stderr}");
    assert!(stderr.contains("nothing is lost"), "{stderr}");
    assert_eq!(
        team.git(&anna, &["log", "-1", "--format=%s"]),
        "LOVP 2020-03-09: edited\n"
    );
    team.assert_clean(&anna);
}

#[test]
fn a_meeting_file_with_errors_is_not_committed() {
    let team = Team::new();
    let anna = team.clone_as("anna", "Anna");
    team.edit(&anna, |s| s.replace("minutes = 30", "minutes = \"dertig\""));
    let head = team.git(&anna, &["rev-parse", "HEAD"]);
    let out = team.docket(&anna, &["sync", "meetings"]);
    let stderr = text(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.contains("meetings/lovp/2020-03-09.toml:10:11: item 2: `minutes`"),
        "{stderr}"
    );
    assert!(
        stderr.ends_with("nothing was committed or pushed\n"),
        "{stderr}"
    );
    // Only the setup commit was made.
    assert_eq!(
        team.git(
            &anna,
            &["rev-list", "--count", &format!("{}..HEAD", head.trim())]
        ),
        "1\n"
    );
}

#[test]
fn outside_a_repository_sync_says_so() {
    let tmp = tempfile::tempdir().expect("tempdir");
    std::fs::create_dir(tmp.path().join("meetings")).expect("mkdir");
    let team = Team::new();
    let out = team.docket(tmp.path(), &["sync", "meetings"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        text(&out.stderr).contains("is not inside a git repository"),
        "{}",
        text(&out.stderr)
    );
}

#[test]
fn a_repository_of_only_meetings_without_a_remote_commits_locally() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let team = Team::new();
    let repo = tmp.path().join("raad");
    std::fs::create_dir(&repo).expect("mkdir");
    team.git(&repo, &["init", "--quiet"]);
    std::fs::write(
        repo.join("2024-05-13.toml"),
        "title = \"Raad \\u001b[31mrood\"\ndate = 2024-05-13\n",
    )
    .expect("write");
    std::fs::write(
        repo.join("old.toml"),
        "title = \"Oud\"\ndate = 2020-01-01\n",
    )
    .expect("write");
    std::fs::write(repo.join("notes.txt"), "not a meeting\n").expect("write");
    let out = team.docket(&repo, &["sync", "."]);
    let stdout = text(&out.stdout);
    assert!(out.status.success(), "{stdout}{}", text(&out.stderr));
    assert!(
        stdout.contains("added `*.toml merge=docket` to .gitattributes"),
        "{stdout}"
    );
    // The title's escape sequence is shown as a placeholder, here and in the commit message.
    assert!(
        stdout.contains("committed Raad ␛[31mrood 2024-05-13: new meeting"),
        "{stdout}"
    );
    assert!(
        stdout.ends_with("committed here; this repository has no remote to sync with\n"),
        "{stdout}"
    );
    assert_eq!(
        team.git(&repo, &["status", "--porcelain"]),
        "?? notes.txt\n"
    );
    let subject = team.git(&repo, &["log", "-1", "--format=%s"]);
    assert_eq!(
        subject,
        "Raad ␛[31mrood 2024-05-13: new meeting (and 1 more meeting)\n"
    );

    std::fs::remove_file(repo.join("old.toml")).expect("rm");
    let out = team.docket(&repo, &["sync", "."]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(
        text(&out.stdout).contains("committed old.toml: removed"),
        "{}",
        text(&out.stdout)
    );
    assert_eq!(
        team.git(&repo, &["ls-files"]),
        ".gitattributes\n2024-05-13.toml\n"
    );
}

#[test]
fn a_detached_head_is_refused_before_anything_is_committed() {
    let team = Team::new();
    let anna = team.clone_as("anna", "Anna");
    team.git(&anna, &["checkout", "--quiet", "--detach"]);
    team.edit(&anna, |s| s.replace("minutes = 30", "minutes = 35"));
    let head = team.git(&anna, &["rev-parse", "HEAD"]);
    let out = team.docket(&anna, &["sync", "meetings"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        text(&out.stderr).contains("not on a branch"),
        "{}",
        text(&out.stderr)
    );
    assert_eq!(team.git(&anna, &["rev-parse", "HEAD"]), head);
    assert_eq!(
        team.git(&anna, &["status", "--porcelain"]),
        format!(" M {FILE}\n")
    );
}

#[test]
fn others_commit_messages_reach_the_terminal_sanitised() {
    let team = Team::new();
    let anna = team.clone_as("anna", "Anna");
    let bert = team.clone_as("bert", "Bert");
    team.edit(&anna, |s| s.replace("minutes = 30", "minutes = 31"));
    team.git(
        &anna,
        &[
            "commit",
            "--quiet",
            "-am",
            "rood \u{1b}[31m\u{202e}omgekeerd",
        ],
    );
    team.git(&anna, &["push", "--quiet"]);
    let out = team.docket(&bert, &["sync", "meetings"]);
    let stdout = text(&out.stdout);
    assert!(out.status.success(), "{stdout}{}", text(&out.stderr));
    assert!(
        stdout.contains("  Anna: rood ␛[31m⍰omgekeerd\n"),
        "{stdout}"
    );
    assert!(
        !stdout.contains('\u{1b}') && !stdout.contains('\u{202e}'),
        "{stdout:?}"
    );
}

#[test]
fn a_conflict_in_another_file_is_named_and_undone_too() {
    let team = Team::new();
    let anna = team.clone_as("anna", "Anna");
    let bert = team.clone_as("bert", "Bert");
    for (who, line) in [(&anna, "Anna's line\n"), (&bert, "Bert's line\n")] {
        std::fs::write(who.join("README.md"), line).expect("write");
        team.git(who, &["add", "README.md"]);
        team.git(who, &["commit", "--quiet", "-m", "readme"]);
    }
    team.git(&anna, &["push", "--quiet", "origin", "HEAD:main"]);
    let head = team.git(&bert, &["rev-parse", "HEAD"]);
    let out = team.docket(&bert, &["sync", "meetings"]);
    let stderr = text(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.contains("  README.md: conflicting lines\n"),
        "{stderr}"
    );
    team.assert_clean(&bert);
    // Bert's commits are kept: his README commit, then the driver setup.
    assert_eq!(
        team.git(
            &bert,
            &["rev-list", "--count", &format!("{}..HEAD", head.trim())]
        ),
        "1\n"
    );
    assert_eq!(
        std::fs::read_to_string(bert.join("README.md")).expect("read"),
        "Bert's line\n"
    );
}
