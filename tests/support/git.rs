//! Real git repositories in a temp folder for the git tests (tests/git/, tests/e2e/git.rs):
//! a bare remote and clones, with a private HOME and global config so the user's own git
//! setup cannot interfere.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

pub const MEETING: &str = r#"# LOVP, maart
title = "LOVP"
date = 2020-03-09

[[item]]
title = "Opening"

[[item]]
title = "Budget 2024"
minutes = 30

[[item.outcome]]
text = "Eerste lezing"

[[item]]
title = "Rondvraag"
"#;

pub const FILE: &str = "meetings/lovp/2020-03-09.toml";

pub struct Team {
    pub tmp: tempfile::TempDir,
}

impl Team {
    /// A bare remote holding one meeting, and no clones yet.
    pub fn new() -> Team {
        let tmp = tempfile::tempdir().expect("tempdir");
        let home = tmp.path().join("home");
        std::fs::create_dir_all(&home).expect("home");
        std::fs::write(
            home.join("gitconfig"),
            "[user]\n\tname = Test\n\temail = test@example.org\n[init]\n\tdefaultBranch = main\n[advice]\n\tdetachedHead = false\n",
        )
        .expect("gitconfig");
        let team = Team { tmp };
        team.git(team.root(), &["init", "--quiet", "--bare", "remote.git"]);
        let seed = team.clone_as("seed", "Seed");
        let file = seed.join(FILE);
        std::fs::create_dir_all(file.parent().expect("parent")).expect("mkdir");
        std::fs::write(&file, MEETING).expect("write");
        team.git(&seed, &["add", "."]);
        team.git(&seed, &["commit", "--quiet", "-m", "first meeting"]);
        team.git(&seed, &["push", "--quiet", "origin", "HEAD:main"]);
        team
    }

    pub fn root(&self) -> &Path {
        self.tmp.path()
    }

    pub fn remote(&self) -> PathBuf {
        self.root().join("remote.git")
    }

    /// A clone of the remote for one person.
    pub fn clone_as(&self, dir: &str, name: &str) -> PathBuf {
        let remote = self.remote();
        self.git(
            self.root(),
            &["clone", "--quiet", remote.to_str().expect("utf8"), dir],
        );
        let path = self.root().join(dir);
        self.git(&path, &["config", "user.name", name]);
        self.git(
            &path,
            &[
                "config",
                "user.email",
                &format!("{}@example.org", name.to_lowercase()),
            ],
        );
        path
    }

    fn env(&self, cmd: &mut Command) {
        let home = self.root().join("home");
        cmd.env("HOME", &home)
            .env("GIT_CONFIG_GLOBAL", home.join("gitconfig"))
            .env("GIT_CONFIG_NOSYSTEM", "1")
            .env("XDG_CACHE_HOME", home.join(".cache"))
            .env_remove("GIT_DIR")
            .env_remove("GIT_WORK_TREE")
            .env("LC_ALL", "C");
    }

    /// Runs git and insists it succeeds.
    pub fn git(&self, dir: &Path, args: &[&str]) -> String {
        let out = self.git_output(dir, args);
        assert!(
            out.status.success(),
            "git {args:?} in {}: {}",
            dir.display(),
            text(&out.stderr)
        );
        text(&out.stdout)
    }

    pub fn git_output(&self, dir: &Path, args: &[&str]) -> Output {
        let mut cmd = Command::new("git");
        cmd.arg("-C").arg(dir).args(args);
        self.env(&mut cmd);
        cmd.output().expect("run git")
    }

    /// Runs docket in `dir`.
    pub fn docket(&self, dir: &Path, args: &[&str]) -> Output {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_docket"));
        cmd.current_dir(dir).args(args);
        self.env(&mut cmd);
        cmd.output().expect("run docket")
    }

    /// Rewrites the meeting file of a clone with `f`.
    pub fn edit(&self, clone: &Path, f: impl FnOnce(&str) -> String) {
        let path = clone.join(FILE);
        let old = std::fs::read_to_string(&path).expect("read");
        let new = f(&old);
        assert_ne!(old, new, "the edit changed nothing");
        std::fs::write(&path, new).expect("write");
    }

    pub fn read(&self, clone: &Path) -> String {
        std::fs::read_to_string(clone.join(FILE)).expect("read")
    }

    /// Whether the clone is clean: nothing changed, nothing half merged.
    pub fn assert_clean(&self, clone: &Path) {
        assert_eq!(self.git(clone, &["status", "--porcelain"]), "");
        let merging = self.git_output(clone, &["rev-parse", "-q", "--verify", "MERGE_HEAD"]);
        assert!(!merging.status.success(), "left in the middle of a merge");
    }
}

pub fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

/// `after` with `add` inserted right after the first `anchor`.
pub fn insert_after(s: &str, anchor: &str, add: &str) -> String {
    assert!(s.contains(anchor), "{anchor:?} not in {s}");
    s.replacen(anchor, &format!("{anchor}{add}"), 1)
}
