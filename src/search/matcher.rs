//! The fuzzy matcher behind a small interface, so another one can replace it.
//! Both the text and the pattern reach the matcher already folded (lower case, no accents).

use fuzzy_matcher::FuzzyMatcher;
use fuzzy_matcher::skim::SkimMatcherV2;

/// Scores how well a pattern fuzzily matches a text; higher is better.
/// Implementations must be shareable across threads: searches run off the UI thread.
pub trait Matcher: Send + Sync {
    /// The score, or `None` when the pattern does not match.
    fn score(&self, text: &str, pattern: &str) -> Option<i64>;
    /// The score and the char indices of `text` that matched, for highlighting.
    fn positions(&self, text: &str, pattern: &str) -> Option<(i64, Vec<usize>)>;
}

/// The skim algorithm (`fuzzy-matcher` crate), as fzf-like tools rank.
pub struct SkimMatcher(SkimMatcherV2);

impl Default for SkimMatcher {
    fn default() -> Self {
        // Inputs are folded to lower case already; respecting case skips skim's own
        // case folding per character.
        SkimMatcher(SkimMatcherV2::default().respect_case())
    }
}

impl Matcher for SkimMatcher {
    fn score(&self, text: &str, pattern: &str) -> Option<i64> {
        // The byte-subsequence test is a necessary condition for a char subsequence, and
        // costs far less than skim's setup; most records fail it on real queries.
        if !is_byte_subsequence(text.as_bytes(), pattern.as_bytes()) {
            return None;
        }
        self.0.fuzzy_match(text, pattern)
    }

    fn positions(&self, text: &str, pattern: &str) -> Option<(i64, Vec<usize>)> {
        self.0.fuzzy_indices(text, pattern)
    }
}

/// Whether the bytes of `pattern` occur in `text` in order (not necessarily adjacent).
pub fn is_byte_subsequence(text: &[u8], pattern: &[u8]) -> bool {
    let mut rest = text;
    for &b in pattern {
        match memchr::memchr(b, rest) {
            Some(i) => rest = &rest[i + 1..],
            None => return false,
        }
    }
    true
}
