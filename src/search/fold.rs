//! Folding for matching: lower case and no diacritics, so `een` finds `één` and `Müller`
//! finds `Muller` (both directions: the query and the records are folded the same way).

use crate::model::spelled_out;
use unicode_normalization::char::{decompose_canonical, is_combining_mark};

/// Calls `emit(folded_char, original_char_index)` for every character the folded form of
/// `s` holds. One original character may give none (a combining mark), one, or several
/// (`ß` → `ss`); each folded character knows where it came from, for highlighting.
pub fn fold_each(s: &str, mut emit: impl FnMut(char, usize)) {
    for (i, c) in s.chars().enumerate() {
        // Most text is ASCII: skip the decomposition tables for it.
        if c.is_ascii() {
            emit(c.to_ascii_lowercase(), i);
            continue;
        }
        decompose_canonical(c, |d| {
            if is_combining_mark(d) {
                return;
            }
            match spelled_out(d) {
                Some(rep) => rep.chars().for_each(|r| emit(r.to_ascii_lowercase(), i)),
                None => d
                    .to_lowercase()
                    .filter(|l| !is_combining_mark(*l))
                    .for_each(|l| emit(l, i)),
            }
        });
    }
}

/// Appends the folded form of `s` to `out`.
pub fn fold_into(s: &str, out: &mut String) {
    out.reserve(s.len());
    let mut rest = s;
    while !rest.is_empty() {
        // Runs of ASCII (most text) are copied and lowered in place, at memory speed; only
        // the other characters go through the decomposition tables.
        let ascii = rest
            .bytes()
            .position(|b| !b.is_ascii())
            .unwrap_or(rest.len());
        let start = out.len();
        out.push_str(&rest[..ascii]);
        out[start..].make_ascii_lowercase();
        rest = &rest[ascii..];
        let Some(c) = rest.chars().next() else {
            break;
        };
        fold_each(c.encode_utf8(&mut [0; 4]), |f, _| out.push(f));
        rest = &rest[c.len_utf8()..];
    }
}

/// The folded form of `s`: `"Financiële ÉÉN"` → `"financiele een"`.
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    fold_into(s, &mut out);
    out
}

/// For each character of `fold(s)`, the index of the character of `s` it came from.
pub fn fold_map(s: &str) -> Vec<usize> {
    let mut map = Vec::with_capacity(s.len());
    fold_each(s, |_, i| map.push(i));
    map
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fold_into_agrees_with_folding_char_by_char() {
        for s in [
            "",
            "ABC",
            "Financiële ÉÉN Straße",
            "a·b — Ø æ",
            "会议 🎉 Überblick",
            "x\u{301}y",
        ] {
            let mut slow = String::new();
            fold_each(s, |c, _| slow.push(c));
            let mut fast = String::from("keep ");
            fold_into(s, &mut fast);
            assert_eq!(fast, format!("keep {slow}"), "{s}");
        }
    }
}
