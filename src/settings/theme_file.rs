//! Finding and reading a theme: a bundled one by name, a user theme in the config folder,
//! or a file path. Parsing is `Theme::from_toml`.

use crate::i18n::Lang;
use crate::t;
use crate::tui::theme::{BUNDLED, Theme, ThemeError};
use std::path::{Path, PathBuf};

impl ThemeError {
    /// In `lang`; the TOML parser's and the platform's own words stay as they give them.
    pub fn message(&self, lang: Lang) -> String {
        match self {
            ThemeError::Invalid { .. } => self.to_string(),
            ThemeError::Unreadable(path, why) => {
                t!(lang, "err-theme-unreadable", path = path, why = why)
            }
            ThemeError::Unknown(name) => t!(lang, "err-theme-unknown", name = name),
        }
    }
}

/// A bundled theme by name, a user theme in the config folder, or a file path.
pub fn load_theme(name_or_path: &str, config_dir: Option<&Path>) -> Result<Theme, ThemeError> {
    let as_path = Path::new(name_or_path);
    let is_path =
        name_or_path.contains(std::path::MAIN_SEPARATOR) || name_or_path.ends_with(".toml");
    let user = config_dir.map(|d| d.join("themes").join(format!("{name_or_path}.toml")));
    let file: Option<PathBuf> = if is_path {
        Some(as_path.to_path_buf())
    } else {
        user.filter(|p| p.is_file())
    };
    if let Some(path) = file {
        let label = path.display().to_string();
        let text = std::fs::read_to_string(&path)
            .map_err(|e| ThemeError::Unreadable(label.clone(), crate::store::plain_io(&e)))?;
        return Theme::from_toml(&label, &text);
    }
    match BUNDLED.iter().find(|(n, _)| *n == name_or_path) {
        Some((n, text)) => Theme::from_toml(&format!("themes/{n}.toml"), text),
        None => Err(ThemeError::Unknown(name_or_path.to_string())),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bundled_themes_load_and_unknown_names_say_so() {
        for (name, _) in BUNDLED {
            load_theme(name, None).unwrap_or_else(|e| panic!("{name}: {e}"));
        }
        assert_ne!(
            load_theme("light", None).ok(),
            load_theme("default", None).ok()
        );
        assert!(matches!(
            load_theme("nope", None),
            Err(ThemeError::Unknown(_))
        ));
    }

    #[test]
    fn a_user_theme_in_the_config_folder_is_found_by_name() {
        let dir = tempfile::tempdir().expect("tmp");
        std::fs::create_dir(dir.path().join("themes")).expect("mkdir");
        std::fs::write(
            dir.path().join("themes/mine.toml"),
            "title = { fg = \"red\" }\n",
        )
        .expect("write");
        let t = load_theme("mine", Some(dir.path())).expect("found");
        assert_eq!(t.title.fg, Some(ratatui::style::Color::Red));
        let missing = load_theme("/nowhere/x.toml", None).expect_err("no file");
        assert!(matches!(missing, ThemeError::Unreadable(..)), "{missing}");
    }

    #[test]
    fn theme_errors_are_worded_in_dutch() {
        let missing = load_theme("/nowhere/x.toml", None).expect_err("no file");
        assert_eq!(missing.message(Lang::En), missing.to_string());
        let nl = missing.message(Lang::Nl);
        assert!(
            nl.starts_with("/nowhere/x.toml: kan het themabestand niet lezen: "),
            "{nl}"
        );
        let unknown = load_theme("paars", None).expect_err("unknown");
        assert_eq!(unknown.message(Lang::En), unknown.to_string());
        assert_eq!(
            unknown.message(Lang::Nl),
            "geen thema met de naam `paars` (meegeleverd: default, light, high-contrast; of geef het pad naar een .toml-bestand)"
        );
    }
}
