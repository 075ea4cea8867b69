//! The user's config file: `$XDG_CONFIG_HOME/docket/config.toml` (or `~/.config/...`), with
//! the keys `theme`, `dir`, `language` and `space_moves_on`. Read once at start-up into a
//! typed struct.

use crate::store::LineIndex;
use serde::Deserialize;
use std::path::{Path, PathBuf};

#[derive(Debug, Default, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Config {
    pub theme: Option<String>,
    pub dir: Option<PathBuf>,
    /// Space marks an item discussed and moves to the next one (default true); false keeps
    /// the selection on the marked item.
    pub space_moves_on: Option<bool>,
    /// `nl` or `en`; `--lang` wins, the locale comes after.
    pub language: Option<crate::i18n::Lang>,
}

#[derive(Debug, thiserror::Error)]
#[error("{path}:{line}:{col}: {message}")]
pub struct ConfigError {
    pub path: String,
    pub line: usize,
    pub col: usize,
    pub message: String,
}

/// The folder that holds docket's config (and user themes).
pub fn config_dir() -> Option<PathBuf> {
    let base = std::env::var_os("XDG_CONFIG_HOME")
        .filter(|v| !v.is_empty())
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".config")))?;
    Some(base.join("docket"))
}

impl Config {
    /// Reads the config file in `dir`; a missing file is an empty config.
    pub fn load(dir: Option<&Path>) -> Result<Config, ConfigError> {
        let Some(path) = dir.map(|d| d.join("config.toml")) else {
            return Ok(Config::default());
        };
        let Ok(text) = std::fs::read_to_string(&path) else {
            return Ok(Config::default());
        };
        toml::from_str(&text).map_err(|e| {
            let (line, col) = LineIndex::new(&text).position(e.span().map_or(0, |s| s.start));
            ConfigError {
                path: path.display().to_string(),
                line,
                col,
                message: e.message().trim().to_string(),
            }
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn language_is_nl_or_en_else_an_error_at_its_position() {
        let dir = tempfile::tempdir().expect("tmp");
        std::fs::write(dir.path().join("config.toml"), "language = \"nl\"\n").expect("write");
        let c = Config::load(Some(dir.path())).expect("valid");
        assert_eq!(c.language, Some(crate::i18n::Lang::Nl));
        std::fs::write(
            dir.path().join("config.toml"),
            "theme = \"light\"\nlanguage = \"fr\"\n",
        )
        .expect("write");
        let e = Config::load(Some(dir.path())).expect_err("unknown language");
        assert!(
            e.to_string()
                .contains("config.toml:2:12: unknown language `fr`: use `nl` or `en`"),
            "{e}"
        );
    }

    #[test]
    fn reads_keys_and_refuses_unknown_ones() {
        let dir = tempfile::tempdir().expect("tmp");
        std::fs::write(
            dir.path().join("config.toml"),
            "theme = \"light\"\ndir = \"/m\"\n",
        )
        .expect("write");
        let c = Config::load(Some(dir.path())).expect("valid");
        assert_eq!(
            c,
            Config {
                theme: Some("light".into()),
                dir: Some("/m".into()),
                space_moves_on: None,
                language: None,
            }
        );
        std::fs::write(
            dir.path().join("config.toml"),
            "theme = \"light\"\nthem = 1\n",
        )
        .expect("write");
        let e = Config::load(Some(dir.path())).expect_err("unknown key");
        assert!(
            e.to_string()
                .contains("config.toml:2:1: unknown field `them`"),
            "{e}"
        );
        assert_eq!(
            Config::load(Some(&dir.path().join("none"))).expect("missing is fine"),
            Config::default()
        );
    }
}
