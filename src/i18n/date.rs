//! Dates as people write them: "maandag 9 maart 2020" / "Monday 9 March 2020", and short
//! "ma 9 mrt 2020" / "Mon 9 Mar 2020". The names come from chrono's `unstable-locales`
//! (glibc's locale data compiled in): no system locale needed, no ICU data tables, and it is
//! the date library the model already uses.

use super::Lang;
use chrono::{Locale, NaiveDate};

/// chrono's locale for the language, for formats the functions here do not cover.
pub fn chrono_locale(lang: Lang) -> Locale {
    locale(lang)
}

fn locale(lang: Lang) -> Locale {
    match lang {
        Lang::En => Locale::en_GB,
        Lang::Nl => Locale::nl_NL,
    }
}

/// "maandag 9 maart 2020" / "Monday 9 March 2020".
pub fn date_long(lang: Lang, d: NaiveDate) -> String {
    d.format_localized("%A %-d %B %Y", locale(lang)).to_string()
}

/// "ma 9 mrt 2020" / "Mon 9 Mar 2020".
pub fn date_short(lang: Lang, d: NaiveDate) -> String {
    d.format_localized("%a %-d %b %Y", locale(lang))
        .to_string()
        .replace('.', "")
}

/// "9 maart 2020" / "9 March 2020".
pub fn day_month_year(lang: Lang, d: NaiveDate) -> String {
    d.format_localized("%-d %B %Y", locale(lang)).to_string()
}

/// "juni 2020" / "June 2020"; `None` for a month that does not exist.
pub fn month_year(lang: Lang, year: i32, month: u32) -> Option<String> {
    let d = NaiveDate::from_ymd_opt(year, month, 1)?;
    Some(d.format_localized("%B %Y", locale(lang)).to_string())
}

/// "ma 2020-03-09" / "Mon 2020-03-09": a sortable date with its weekday, for lists.
pub fn weekday_iso(lang: Lang, d: NaiveDate) -> String {
    d.format_localized("%a %Y-%m-%d", locale(lang))
        .to_string()
        .replace('.', "")
}
