//! Themes: semantic styles (what a thing means, not which colour it is), read from TOML once
//! and resolved into a `Theme`. Widgets ask the theme for meanings, never for raw colours.

use crate::store::LineIndex;
use ratatui::style::{Color, Modifier, Style};
use serde::Deserialize;
use toml::Spanned;

/// The bundled themes, built into the binary so names work wherever docket is installed.
pub const BUNDLED: &[(&str, &str)] = &[
    ("default", include_str!("../../themes/default.toml")),
    ("light", include_str!("../../themes/light.toml")),
    (
        "high-contrast",
        include_str!("../../themes/high-contrast.toml"),
    ),
];

macro_rules! theme_styles {
    ($($name:ident),* $(,)?) => {
        /// Resolved styles, one per meaning.
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        pub struct Theme { $(pub $name: Style,)* }

        /// A theme file: every style optional, unknown keys refused.
        #[derive(Debug, Deserialize, Default)]
        #[serde(deny_unknown_fields)]
        struct ThemeFile { $($name: Option<StyleSpec>,)* }

        impl Theme {
            fn apply(&mut self, file: ThemeFile) -> Result<(), (std::ops::Range<usize>, String)> {
                $(if let Some(spec) = file.$name { self.$name = spec.resolve(stringify!($name))?; })*
                Ok(())
            }

            fn map(self, f: impl Fn(Style) -> Style) -> Theme {
                Theme { $($name: f(self.$name),)* }
            }
        }
    };
}

theme_styles!(
    text,
    muted,
    title,
    header,
    border,
    border_focused,
    selection,
    discussed,
    overdue,
    due,
    later,
    none,
    done,
    decision,
    agreement,
    note,
    match_highlight,
    error,
    warning,
    key,
    placeholder,
);

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct StyleSpec {
    fg: Option<Spanned<String>>,
    bg: Option<Spanned<String>>,
    #[serde(default)]
    bold: bool,
    #[serde(default)]
    italic: bool,
    #[serde(default)]
    underline: bool,
    #[serde(default)]
    dim: bool,
    #[serde(default)]
    reversed: bool,
}

impl StyleSpec {
    fn resolve(self, name: &str) -> Result<Style, (std::ops::Range<usize>, String)> {
        let mut style = Style::new();
        for (which, spec) in [("fg", &self.fg), ("bg", &self.bg)] {
            if let Some(s) = spec {
                let color = parse_color(s.get_ref()).ok_or_else(|| {
                    (s.span(), format!("`{name}.{which}`: unknown colour \"{}\" (use a name like \"cyan\", \"#88c0d0\" or 0-255)", s.get_ref()))
                })?;
                style = if which == "fg" {
                    style.fg(color)
                } else {
                    style.bg(color)
                };
            }
        }
        for (on, m) in [
            (self.bold, Modifier::BOLD),
            (self.italic, Modifier::ITALIC),
            (self.underline, Modifier::UNDERLINED),
            (self.dim, Modifier::DIM),
            (self.reversed, Modifier::REVERSED),
        ] {
            if on {
                style = style.add_modifier(m);
            }
        }
        Ok(style)
    }
}

fn parse_color(s: &str) -> Option<Color> {
    if let Ok(n) = s.parse::<u8>() {
        return Some(Color::Indexed(n));
    }
    s.parse::<Color>().ok()
}

#[derive(Debug, thiserror::Error)]
pub enum ThemeError {
    #[error("{path}:{line}:{col}: {message}")]
    Invalid {
        path: String,
        line: usize,
        col: usize,
        message: String,
    },
    #[error("{0}: cannot read theme file: {1}")]
    Unreadable(String, String),
    #[error(
        "no theme named `{0}` (bundled: default, light, high-contrast; or give a path to a .toml file)"
    )]
    Unknown(String),
}

impl Theme {
    /// The built-in dark default, under every theme file.
    pub fn builtin() -> Theme {
        let fg = |c| Style::new().fg(c);
        Theme {
            text: Style::new(),
            muted: fg(Color::DarkGray),
            title: fg(Color::Cyan).add_modifier(Modifier::BOLD),
            header: Style::new().add_modifier(Modifier::BOLD),
            border: fg(Color::DarkGray),
            border_focused: fg(Color::Cyan),
            selection: Style::new()
                .bg(Color::Indexed(236))
                .add_modifier(Modifier::BOLD),
            discussed: fg(Color::Green),
            overdue: fg(Color::Red).add_modifier(Modifier::BOLD),
            due: fg(Color::Yellow),
            later: fg(Color::Blue),
            none: fg(Color::DarkGray),
            done: fg(Color::Green),
            decision: fg(Color::Magenta),
            agreement: fg(Color::Cyan),
            note: fg(Color::Gray),
            match_highlight: fg(Color::Yellow).add_modifier(Modifier::BOLD | Modifier::UNDERLINED),
            error: fg(Color::Red).add_modifier(Modifier::BOLD),
            warning: fg(Color::Yellow),
            key: fg(Color::Cyan).add_modifier(Modifier::BOLD),
            placeholder: fg(Color::Magenta).add_modifier(Modifier::REVERSED),
        }
    }

    /// Reads a theme file's text over the built-in default. `label` names it in errors.
    pub fn from_toml(label: &str, text: &str) -> Result<Theme, ThemeError> {
        let invalid = |span: Option<std::ops::Range<usize>>, message: String| {
            let (line, col) = LineIndex::new(text).position(span.map_or(0, |s| s.start));
            ThemeError::Invalid {
                path: label.to_string(),
                line,
                col,
                message,
            }
        };
        let file: ThemeFile =
            toml::from_str(text).map_err(|e| invalid(e.span(), e.message().trim().to_string()))?;
        let mut theme = Theme::builtin();
        theme
            .apply(file)
            .map_err(|(span, msg)| invalid(Some(span), msg))?;
        Ok(theme)
    }

    /// NO_COLOR: keep bold, underline and reverse, drop every colour. Selection reverses so
    /// it still shows.
    pub fn without_color(self) -> Theme {
        let mut t = self.map(|s| Style {
            fg: None,
            bg: None,
            ..s
        });
        t.selection = t.selection.add_modifier(Modifier::REVERSED);
        t.border_focused = t.border_focused.add_modifier(Modifier::BOLD);
        t
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn missing_styles_fall_back_to_builtin() {
        let t = Theme::from_toml("t.toml", "overdue = { fg = \"#ff0000\", bold = true }\n")
            .expect("valid");
        assert_eq!(
            t.overdue,
            Style::new()
                .fg(Color::Rgb(255, 0, 0))
                .add_modifier(Modifier::BOLD)
        );
        assert_eq!(t.due, Theme::builtin().due);
    }

    #[test]
    fn bad_theme_names_file_line_and_key() {
        let e = Theme::from_toml(
            "t.toml",
            "title = { fg = \"cyan\" }\noverdeu = { fg = \"red\" }\n",
        )
        .expect_err("bad key");
        let msg = e.to_string();
        assert!(
            msg.starts_with("t.toml:2:1: unknown field `overdeu`"),
            "{msg}"
        );
        let e = Theme::from_toml("t.toml", "title = { fg = \"cyann\" }\n").expect_err("bad colour");
        assert_eq!(
            e.to_string(),
            "t.toml:1:16: `title.fg`: unknown colour \"cyann\" (use a name like \"cyan\", \"#88c0d0\" or 0-255)"
        );
    }

    #[test]
    fn no_color_drops_colours_but_keeps_selection_visible() {
        let t = Theme::builtin().without_color();
        assert_eq!(t.overdue.fg, None);
        assert!(t.selection.add_modifier.contains(Modifier::REVERSED));
    }
}
