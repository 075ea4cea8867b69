//! Word-level matching: a query word matches a word of a record exactly, as a prefix, or
//! within a few edits that grow with its length. Both sides are folded already (lower case,
//! no accents), so comparisons are on bytes.

use fuzzy_matcher::FuzzyMatcher;
use fuzzy_matcher::skim::SkimMatcherV2;
use std::ops::Range;
use std::sync::LazyLock;

/// How well a query word matched one word of a record.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct WordMatch {
    /// 1.0 for the same word, less for a prefix or a word with edits.
    pub quality: f32,
    /// Bytes of the record's word that matched, from its start (for highlighting).
    pub len: usize,
}

/// Edits allowed for a query word of `len` bytes: none up to 3 (too many short words are
/// one edit apart), one up to 7, two from 8 (`incubatr`, `bookeeping`).
pub fn max_edits(len: usize) -> usize {
    match len {
        0..=3 => 0,
        4..=7 => 1,
        _ => 2,
    }
}

/// Longest record word that edit distances are computed for; longer ones match only
/// exactly or by prefix.
const MAX_FUZZY_WORD: usize = 40;

/// Matches query word `q` against record word `w`. All three ways require the same first
/// letter: a typo in the first letter is rare and would let every query word reach far too
/// many words.
pub fn match_word(q: &[u8], w: &[u8]) -> Option<WordMatch> {
    let (&q0, &w0) = (q.first()?, w.first()?);
    if q0 != w0 {
        return None;
    }
    if w.starts_with(q) {
        let quality = if w.len() == q.len() {
            1.0
        } else {
            // A longer prefix says more: `incub` for `incubator` beats `in`.
            0.7 + 0.2 * q.len() as f32 / w.len() as f32
        };
        return Some(WordMatch {
            quality,
            len: q.len(),
        });
    }
    if let Some(stem) = stem(q)
        && w.starts_with(stem)
    {
        // Another form of the same word: `graduation` → graduated, `elections` → elected.
        return Some(WordMatch {
            quality: 0.55,
            len: stem.len(),
        });
    }
    let k = max_edits(q.len());
    if k == 0 || w.len() > MAX_FUZZY_WORD || w.len() + k < q.len() {
        return None;
    }
    let (full, prefix, prefix_len) = edit_distances(q, w, k)?;
    if full <= k && full <= prefix {
        Some(WordMatch {
            quality: 0.65 - 0.15 * (full as f32 - 1.0),
            len: w.len(),
        })
    } else if prefix <= k {
        Some(WordMatch {
            quality: 0.5 - 0.15 * (prefix as f32 - 1.0),
            len: prefix_len,
        })
    } else {
        None
    }
}

/// Word endings that make other forms of a word (English and Dutch), longest first.
const ENDINGS: [&[u8]; 11] = [
    b"ations", b"ation", b"ings", b"ing", b"ions", b"ion", b"ed", b"es", b"en", b"s", b"e",
];

/// The query word without its ending, when at least five letters remain: a light stemmer
/// (FTS5's porter goes further), so that a word finds other forms of itself.
pub fn stem(q: &[u8]) -> Option<&[u8]> {
    ENDINGS
        .iter()
        .filter(|e| q.ends_with(e) && q.len() >= e.len() + 5)
        .map(|e| &q[..q.len() - e.len()])
        .next()
}

/// Optimal-string-alignment distances (a swap of two neighbours is one edit) from `q` to
/// `w` and to the closest prefix of `w`, with that prefix's length; `None` when both
/// exceed `k` (the rows stop early once every cell does).
fn edit_distances(q: &[u8], w: &[u8], k: usize) -> Option<(usize, usize, usize)> {
    const N: usize = MAX_FUZZY_WORD + 1;
    let n = w.len();
    let mut prev2 = [0usize; N];
    let mut prev: [usize; N] = std::array::from_fn(|j| j);
    let mut cur = [0usize; N];
    for i in 1..=q.len() {
        cur[0] = i;
        let mut row_min = cur[0];
        for j in 1..=n {
            let cost = usize::from(q[i - 1] != w[j - 1]);
            let mut d = (prev[j] + 1).min(cur[j - 1] + 1).min(prev[j - 1] + cost);
            if i > 1 && j > 1 && q[i - 1] == w[j - 2] && q[i - 2] == w[j - 1] {
                d = d.min(prev2[j - 2] + 1);
            }
            cur[j] = d;
            row_min = row_min.min(d);
        }
        if row_min > k {
            return None;
        }
        prev2[..=n].copy_from_slice(&prev[..=n]);
        prev[..=n].copy_from_slice(&cur[..=n]);
    }
    let full = prev[n];
    let (prefix_len, prefix) = (1..=n)
        .map(|j| (j, prev[j]))
        .min_by_key(|&(j, d)| (d, j))
        .unwrap_or((0, q.len()));
    Some((full, prefix, prefix_len))
}

/// fuzzy-matcher's skim algorithm, for subsequences inside one word of a short field.
static SUBSEQUENCE: LazyLock<SkimMatcherV2> =
    LazyLock::new(|| SkimMatcherV2::default().respect_case());

/// Where `q` occurs in `w` as a subsequence (`vrwrk` in `vuurwerk`) with the same first
/// letter, as byte ranges of `w`'s matched letters: the matching people expect in short
/// fields such as titles and names (fuzzy-matcher, as fzf and skim match). Both are folded.
pub fn subsequence_in_word(q: &[u8], w: &[u8]) -> Option<Vec<Range<usize>>> {
    if q.len() < 3 || q.first() != w.first() || q.len() > w.len() {
        return None;
    }
    let (q, w) = (std::str::from_utf8(q).ok()?, std::str::from_utf8(w).ok()?);
    let (_, at) = SUBSEQUENCE.fuzzy_indices(w, q)?;
    let chars: Vec<(usize, char)> = w.char_indices().collect();
    Some(
        at.into_iter()
            .filter_map(|i| chars.get(i).map(|&(b, c)| b..b + c.len_utf8()))
            .collect(),
    )
}

/// The words of folded text: runs of letters and digits, as byte ranges.
pub fn tokens(text: &str) -> impl Iterator<Item = Range<usize>> + '_ {
    let bytes = text.as_bytes();
    let mut i = 0;
    std::iter::from_fn(move || {
        while i < bytes.len() && !is_word_at(text, bytes, i) {
            i += char_len(bytes[i]);
        }
        if i >= bytes.len() {
            return None;
        }
        let start = i;
        while i < bytes.len() && is_word_at(text, bytes, i) {
            i += char_len(bytes[i]);
        }
        Some(start..i)
    })
}

#[inline(always)]
fn is_word_at(text: &str, bytes: &[u8], i: usize) -> bool {
    let b = bytes[i];
    if b.is_ascii() {
        return b.is_ascii_alphanumeric();
    }
    non_ascii_word_char(text, i)
}

#[cold]
fn non_ascii_word_char(text: &str, i: usize) -> bool {
    text.get(i..)
        .and_then(|s| s.chars().next())
        .is_some_and(char::is_alphanumeric)
}

/// Length of the UTF-8 sequence that starts with byte `b` (1 for a continuation byte, so
/// a scan always moves on).
fn char_len(b: u8) -> usize {
    match b {
        0xF0..=0xFF => 4,
        0xE0..=0xEF => 3,
        0xC0..=0xDF => 2,
        _ => 1,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn m(q: &str, w: &str) -> Option<f32> {
        match_word(q.as_bytes(), w.as_bytes()).map(|m| m.quality)
    }

    #[test]
    fn exact_beats_prefix_beats_edits() {
        let exact = m("incubator", "incubator").expect("exact");
        let prefix = m("incub", "incubator").expect("prefix");
        let typo = m("incubatr", "incubator").expect("one edit");
        assert!(exact > prefix && prefix > typo, "{exact} {prefix} {typo}");
    }

    #[test]
    fn edits_grow_with_length() {
        assert_eq!(m("vuu", "vuurwerk").map(|_| ()), Some(()), "prefix");
        assert!(m("cat", "cut").is_none(), "3 letters: no edits");
        assert!(m("jakrta", "jakarta").is_some(), "6 letters: one edit");
        assert!(m("jkrta", "jakarta").is_none(), "5 letters: not two edits");
        assert!(m("bookeeping", "bookkeeping").is_some());
        assert!(m("tradmarks", "trademarks").is_some());
        assert!(m("sysadmn", "sysadmin").is_some());
        assert!(m("bylawz", "bylaws").is_some(), "substitution");
        assert!(m("tresurer", "treasurer").is_some());
        assert!(
            m("finacnieel", "financieel").is_some(),
            "a swap is one edit"
        );
        assert!(m("incubator", "graduation").is_none());
        assert!(m("budget", "xbudget").is_none(), "first letter must agree");
    }

    #[test]
    fn other_forms_of_a_word() {
        assert!(m("graduation", "graduated").is_some());
        assert!(m("elections", "elected").is_some());
        assert!(m("inactive", "inactivity").is_some());
        assert!(m("meetings", "meet").is_none(), "a stem keeps five letters");
        let form = m("graduation", "graduated").expect("a form");
        let prefix = m("gradu", "graduated").expect("a prefix");
        assert!(form < prefix);
    }

    #[test]
    fn fuzzy_prefix_of_a_longer_word() {
        // `spamasass` is two edits from no word, but one from the prefix `spamassass`.
        let hit = match_word(b"spamasass", b"spamassassin").expect("fuzzy prefix");
        assert!((9..=10).contains(&hit.len), "{hit:?}");
    }

    #[test]
    fn subsequence_stays_inside_one_word() {
        assert!(subsequence_in_word(b"vrwrk", b"vuurwerk").is_some());
        assert!(
            subsequence_in_word(b"vr", b"vuurwerk").is_none(),
            "too short"
        );
        assert!(
            subsequence_in_word(b"urwrk", b"vuurwerk").is_none(),
            "first letter"
        );
        // The matched letters, as byte ranges (an accent-folded word stays ASCII here).
        let at = subsequence_in_word(b"vrwrk", b"vuurwerk").expect("match");
        assert_eq!(at.len(), 5);
        assert_eq!(at[0], 0..1);
    }

    #[test]
    fn tokens_are_letter_and_digit_runs() {
        let t = "één · 2020-03, wörd's";
        let words: Vec<&str> = tokens(t).map(|r| &t[r]).collect();
        assert_eq!(words, ["één", "2020", "03", "wörd", "s"]);
    }
}
