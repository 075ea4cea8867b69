//! Running the person's own `git` program (so their credentials, hooks and config apply),
//! with its output captured and its error reported in its own words.

use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

/// `message(lang)` says it in a language (git's own words stay as git wrote them);
/// `Display` is English.
#[derive(Debug, Clone, thiserror::Error)]
pub enum GitError {
    Spawn(String),
    NotARepo(PathBuf),
    Failed { args: String, message: String },
}

impl GitError {
    pub fn message(&self, lang: crate::i18n::Lang) -> String {
        use crate::t;
        match self {
            GitError::Spawn(why) => t!(lang, "git-cannot-run", why = why),
            GitError::NotARepo(dir) => {
                t!(lang, "git-not-a-repo", dir = dir.display().to_string())
            }
            GitError::Failed { args, message } => {
                t!(lang, "git-failed", command = args, message = message)
            }
        }
    }
}

impl std::fmt::Display for GitError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message(crate::i18n::Lang::En))
    }
}

/// `git` run in one folder.
#[derive(Debug, Clone)]
pub struct Git {
    dir: PathBuf,
    /// Whether git may ask on the terminal (a password); not from inside the interface.
    prompt: bool,
}

impl Git {
    pub fn new(dir: &Path, prompt: bool) -> Git {
        Git {
            dir: dir.to_path_buf(),
            prompt,
        }
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// Runs git and returns its whole output, whatever its exit status.
    pub fn output(&self, args: &[&str]) -> Result<Output, GitError> {
        let mut cmd = Command::new("git");
        cmd.arg("-C").arg(&self.dir).args(args);
        cmd.stdin(if self.prompt {
            Stdio::inherit()
        } else {
            Stdio::null()
        });
        if !self.prompt {
            cmd.env("GIT_TERMINAL_PROMPT", "0");
            // Its own session, without the interface's terminal: ssh cannot ask for a
            // passphrase on it and garble the screen, it fails with a message instead.
            // SAFETY: setsid is async-signal-safe, the only call between fork and exec.
            unsafe {
                cmd.pre_exec(|| {
                    if libc::setsid() < 0 {
                        return Err(std::io::Error::last_os_error());
                    }
                    Ok(())
                });
            }
        }
        cmd.output().map_err(|e| GitError::Spawn(e.to_string()))
    }

    /// Runs git; its standard output when it succeeds, else its message as an error.
    pub fn run(&self, args: &[&str]) -> Result<String, GitError> {
        let out = self.output(args)?;
        if out.status.success() {
            Ok(String::from_utf8_lossy(&out.stdout).into_owned())
        } else {
            Err(failed(args, &out))
        }
    }

    /// Whether git succeeds (for questions like "is this an ancestor").
    pub fn ok(&self, args: &[&str]) -> Result<bool, GitError> {
        Ok(self.output(args)?.status.success())
    }

    /// The top of the repository holding the folder.
    pub fn toplevel(&self) -> Result<PathBuf, GitError> {
        match self.run(&["rev-parse", "--show-toplevel"]) {
            Ok(s) => Ok(PathBuf::from(s.trim_end_matches(['\n', '\r']))),
            Err(GitError::Failed { .. }) => Err(GitError::NotARepo(self.dir.clone())),
            Err(e) => Err(e),
        }
    }
}

/// git's own words for a failure: its standard error, else its standard output.
pub fn failed(args: &[&str], out: &Output) -> GitError {
    let mut message = String::from_utf8_lossy(&out.stderr).trim().to_string();
    if message.is_empty() {
        message = String::from_utf8_lossy(&out.stdout).trim().to_string();
    }
    GitError::Failed {
        args: args.first().copied().unwrap_or_default().to_string(),
        message,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The session git's own child runs in (`/proc/<pid>/stat`, field 6).
    fn session_of_gits_shell(prompt: bool) -> String {
        let git = Git::new(Path::new("/"), prompt);
        let out = git
            .output(&["-c", "alias.sid=!cut -d' ' -f6 /proc/$$/stat", "sid"])
            .unwrap();
        String::from_utf8_lossy(&out.stdout).trim().to_string()
    }

    #[test]
    fn errors_in_both_languages_keep_gits_own_words() {
        use crate::i18n::Lang;
        let e = GitError::Failed {
            args: "push".into(),
            message: "remote: denied".into(),
        };
        assert_eq!(e.to_string(), "git push failed:\nremote: denied");
        assert_eq!(e.message(Lang::Nl), "git push mislukte:\nremote: denied");
        let repo = GitError::NotARepo(PathBuf::from("/m"));
        assert_eq!(
            repo.message(Lang::Nl),
            "/m ligt niet in een git-repository; zie docs/team.md om er een op te zetten"
        );
        let spawn = GitError::Spawn("not found".into());
        assert!(
            spawn
                .message(Lang::Nl)
                .starts_with("kan git niet starten (not found)")
        );
    }

    #[test]
    fn without_prompts_git_runs_in_its_own_session() {
        // SAFETY: getsid only reads the calling process's session id.
        let ours = unsafe { libc::getsid(0) }.to_string();
        assert_eq!(session_of_gits_shell(true), ours);
        assert_ne!(session_of_gits_shell(false), ours);
    }
}
