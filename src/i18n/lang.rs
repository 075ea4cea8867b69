//! Which language to speak: `--lang`, else `language` in the config file, else the locale
//! (`LC_ALL`, `LC_MESSAGES`, `LANG`, the first one set), else English.

use std::fmt;
use std::str::FromStr;
use unic_langid::LanguageIdentifier;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Hash)]
pub enum Lang {
    #[default]
    En,
    Nl,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown language `{0}`: use `nl` or `en`")]
pub struct LangError(pub String);

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Nl];

    /// The ISO 639-1 code, as used in `--lang`, the config file and HTML `lang`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Nl => "nl",
        }
    }

    pub(crate) fn langid(self) -> LanguageIdentifier {
        // Both codes are valid language tags; `und` would only lose plural rules.
        self.code().parse().unwrap_or_default()
    }

    /// The language of a POSIX locale value (`nl_NL.UTF-8`, `nl_BE@euro`, `en_GB`): Dutch for
    /// any `nl` locale, English for every other one; `None` when the value is empty.
    pub fn from_locale(value: &str) -> Option<Lang> {
        let v = value.trim();
        if v.is_empty() {
            return None;
        }
        let language = v
            .split(['_', '-', '.', '@'])
            .next()
            .unwrap_or("")
            .to_ascii_lowercase();
        Some(if language == "nl" { Lang::Nl } else { Lang::En })
    }
}

impl FromStr for Lang {
    type Err = LangError;
    /// `nl`/`en`, also `nl-NL`, `nl_BE`, `Dutch`, `Nederlands`, `English`, any case.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let lower = s.trim().to_ascii_lowercase();
        let language = lower.split(['_', '-', '.']).next().unwrap_or("");
        match language {
            "nl" | "dutch" | "nederlands" => Ok(Lang::Nl),
            "en" | "english" | "engels" => Ok(Lang::En),
            _ => Err(LangError(s.to_string())),
        }
    }
}

/// In the config file: `language = "nl"`; anything else is an error at its position.
impl<'de> serde::Deserialize<'de> for Lang {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// Resolves the language. `env` reads an environment variable (injected for tests). (A
/// config value that names no known language is refused when the config file is read.)
pub fn resolve(
    flag: Option<Lang>,
    config: Option<Lang>,
    env: impl Fn(&str) -> Option<String>,
) -> Lang {
    if let Some(l) = flag.or(config) {
        return l;
    }
    // POSIX precedence: the first of these that is set and not empty decides.
    for var in ["LC_ALL", "LC_MESSAGES", "LANG"] {
        if let Some(l) = env(var).as_deref().and_then(Lang::from_locale) {
            return l;
        }
    }
    Lang::En
}
