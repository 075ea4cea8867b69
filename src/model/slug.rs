//! Slugs (`"Eén agenda"` → `een-agenda`) and diacritic folding, shared by topic keys,
//! series keys and search.

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

/// Removes diacritics: `"financiële"` → `"financiele"`, `"Müller"` → `"Muller"`.
/// Letters that do not decompose (ß, æ, ø, ł…) are spelled out in ASCII. Case is kept.
pub fn fold_diacritics(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.nfd() {
        if is_combining_mark(c) {
            continue;
        }
        match spelled_out(c) {
            Some(rep) => out.push_str(rep),
            None => out.push(c),
        }
    }
    out
}

/// ASCII spellings of letters that Unicode does not decompose into base + mark.
pub(crate) fn spelled_out(c: char) -> Option<&'static str> {
    Some(match c {
        'ß' => "ss",
        'æ' => "ae",
        'Æ' => "AE",
        'œ' => "oe",
        'Œ' => "OE",
        'ø' => "o",
        'Ø' => "O",
        'ł' => "l",
        'Ł' => "L",
        'đ' => "d",
        'Đ' => "D",
        'þ' => "th",
        'Þ' => "TH",
        'ı' => "i",
        _ => return None,
    })
}

/// The slug of a title: lower case, diacritics removed, runs of anything but `a-z0-9`
/// become one `-`, trimmed of `-`.
pub fn slug(s: &str) -> String {
    let folded = fold_diacritics(s).to_lowercase();
    let mut out = String::with_capacity(folded.len());
    let mut dash = false;
    for c in folded.chars() {
        if c.is_ascii_lowercase() || c.is_ascii_digit() {
            if dash && !out.is_empty() {
                out.push('-');
            }
            dash = false;
            out.push(c);
        } else {
            dash = true;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_from_the_format() {
        assert_eq!(
            slug("Hoger en anders opgeleiden"),
            "hoger-en-anders-opgeleiden"
        );
        assert_eq!(slug("Eén agenda"), "een-agenda");
    }

    #[test]
    fn slug_edges() {
        assert_eq!(slug("  --Vuurwerk!!  "), "vuurwerk");
        assert_eq!(slug("WODC-onderzoek"), "wodc-onderzoek");
        assert_eq!(slug("(H)BVS model 2.0"), "h-bvs-model-2-0");
        assert_eq!(slug("Straße & Øresund"), "strasse-oresund");
        assert_eq!(slug("???"), "");
        assert_eq!(slug("日本語"), "");
        assert_eq!(slug("Incorporator's Report"), "incorporator-s-report");
    }

    #[test]
    fn folding_keeps_case_and_drops_marks() {
        assert_eq!(
            fold_diacritics("Één financiële Müller"),
            "Een financiele Muller"
        );
        assert_eq!(fold_diacritics("plain"), "plain");
    }
}
