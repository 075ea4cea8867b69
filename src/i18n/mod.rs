//! Dutch and English: the language in use, message lookup (Project Fluent, one message file
//! per language under `locales/`, embedded at build time) and dates as people write them.
//!
//! Fluent because its messages carry their own grammar (plurals, selectors) in the file a
//! translator edits, so the code never glues words together; the concurrent bundle lets the
//! parsed files live in one `static`.

mod date;
mod lang;

pub use date::{chrono_locale, date_long, date_short, day_month_year, month_year, weekday_iso};
pub use lang::{Lang, LangError, resolve};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use std::sync::OnceLock;

/// The message files, as shipped.
pub const EN_FTL: &str = include_str!("../../locales/en.ftl");
pub const NL_FTL: &str = include_str!("../../locales/nl.ftl");

/// An argument of a message: text or a whole number (numbers pick plural forms).
#[derive(Debug, Clone)]
pub enum Arg {
    Text(String),
    Number(i64),
}

impl From<&str> for Arg {
    fn from(s: &str) -> Self {
        Arg::Text(s.to_string())
    }
}
impl From<String> for Arg {
    fn from(s: String) -> Self {
        Arg::Text(s)
    }
}
impl From<&String> for Arg {
    fn from(s: &String) -> Self {
        Arg::Text(s.clone())
    }
}
impl From<i64> for Arg {
    fn from(n: i64) -> Self {
        Arg::Number(n)
    }
}
impl From<usize> for Arg {
    fn from(n: usize) -> Self {
        Arg::Number(i64::try_from(n).unwrap_or(i64::MAX))
    }
}
impl From<u64> for Arg {
    fn from(n: u64) -> Self {
        Arg::Number(i64::try_from(n).unwrap_or(i64::MAX))
    }
}

impl From<u32> for Arg {
    fn from(n: u32) -> Self {
        Arg::Number(i64::from(n))
    }
}

type Bundle = FluentBundle<FluentResource>;

fn bundle_for(lang: Lang) -> &'static Bundle {
    static BUNDLES: OnceLock<[Bundle; 2]> = OnceLock::new();
    let bundles = BUNDLES.get_or_init(|| [build(Lang::En), build(Lang::Nl)]);
    match lang {
        Lang::En => &bundles[0],
        Lang::Nl => &bundles[1],
    }
}

fn build(lang: Lang) -> Bundle {
    let source = match lang {
        Lang::En => EN_FTL,
        Lang::Nl => NL_FTL,
    };
    // A syntax error keeps the messages that did parse; the test suite refuses any error.
    let resource = FluentResource::try_new(source.to_string()).unwrap_or_else(|(res, _)| res);
    let mut bundle = Bundle::new_concurrent(vec![lang.langid()]);
    // No Unicode isolation marks: the text goes to terminals and plain-text files.
    bundle.set_use_isolating(false);
    // Ids are unique in the shipped files (tested), so adding cannot fail in practice; a
    // duplicate would only keep the first.
    let _ = bundle.add_resource(resource);
    bundle
}

/// The message `id` in `lang` with its arguments. A missing message yields its id, so a
/// gap shows on screen instead of crashing (and `tests` refuse gaps).
pub fn tr(lang: Lang, id: &str, args: &[(&str, Arg)]) -> String {
    let bundle = bundle_for(lang);
    let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else {
        return id.to_string();
    };
    let mut fargs = FluentArgs::new();
    for (k, v) in args {
        match v {
            Arg::Text(s) => fargs.set(*k, FluentValue::from(s.as_str())),
            Arg::Number(n) => fargs.set(*k, FluentValue::from(*n)),
        }
    }
    let mut errors = Vec::new();
    bundle
        .format_pattern(pattern, Some(&fargs), &mut errors)
        .into_owned()
}

/// The message `id` in `lang` when the file has it (for texts that are optional, like the
/// help of an option that has none).
pub fn tr_opt(lang: Lang, id: &str) -> Option<String> {
    bundle_for(lang)
        .get_message(id)
        .and_then(|m| m.value())
        .map(|_| tr(lang, id, &[]))
}

/// `t!(lang, "id")` or `t!(lang, "id", name = value, ...)`: a message with arguments.
#[macro_export]
macro_rules! t {
    ($lang:expr, $id:expr) => {
        $crate::i18n::tr($lang, $id, &[])
    };
    ($lang:expr, $id:expr, $($k:ident = $v:expr),+ $(,)?) => {
        $crate::i18n::tr($lang, $id, &[$((stringify!($k), $crate::i18n::Arg::from($v))),+])
    };
}

#[cfg(test)]
mod tests;
