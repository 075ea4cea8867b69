//! Scoring one record against a query: which terms match which words in which fields, how
//! often, how close together; then a BM25-like score with field weights.

use super::query::{Query, RecordKind};
use super::record::{Field, Segment};
use super::words::{match_word, subsequence_in_word, tokens};
use std::ops::Range;

/// Most terms a query is scored on; further words still must match, but add no weight.
pub const MAX_TERMS: usize = 16;

/// A query word as matched: its word-characters (`e-mail` gives `e` and `mail`), or the
/// whole word when it has none (`🎉`), matched then as a literal piece of text.
#[derive(Debug, Clone)]
pub struct Term {
    pub text: String,
    pub literal: bool,
    /// Matched as a substring of a record word: scripts written without spaces (`议`).
    pub inside_words: bool,
}

pub fn terms(query: &Query) -> Vec<Term> {
    let mut out = Vec::new();
    for (word, _) in &query.words {
        let mut any = false;
        for r in tokens(word) {
            any = true;
            let text = word[r].to_string();
            let inside_words = text.chars().any(|c| c as u32 >= 0x2E80);
            out.push(Term {
                text,
                literal: false,
                inside_words,
            });
        }
        if !any {
            out.push(Term {
                text: word.clone(),
                literal: true,
                inside_words: false,
            });
        }
    }
    out
}

/// What the first pass learns about one record.
#[derive(Debug, Clone, Copy)]
pub struct Scan {
    /// Bit per term that matched somewhere.
    pub mask: u32,
    /// Per term: the weighted, length-normalised term frequency.
    pub tf: [f32; MAX_TERMS],
    /// Pairs of consecutive terms found within three words of each other.
    pub close_pairs: u8,
}

/// Per-field averages for length normalisation.
pub struct Norms {
    pub avg: [f32; Field::COUNT],
}

impl Norms {
    fn factor(&self, field: Field, len: usize) -> f32 {
        // Notes vary most in length, and a long text mentioning a word once says less.
        let b = match field {
            Field::Notes => 0.75,
            Field::Text => 0.5,
            _ => 0.3,
        };
        let avg = self.avg[field as usize].max(1.0);
        1.0 - b + b * len as f32 / avg
    }
}

/// Matches every term against the record's folded text, field by field.
pub fn scan(folded: &str, segments: &[Segment], terms: &[Term], norms: &Norms) -> Scan {
    let mut s = Scan {
        mask: 0,
        tf: [0.0; MAX_TERMS],
        close_pairs: 0,
    };
    let n = terms.len().min(MAX_TERMS);
    let mut start = 0usize;
    let mut word_no = 0usize;
    // Last word number each term matched at, for proximity.
    let mut last = [usize::MAX; MAX_TERMS];
    let mut close = 0u32;
    for seg in segments {
        let end = (seg.end as usize).min(folded.len());
        let text = folded.get(start..end).unwrap_or("");
        start = end;
        let mut seg_tf = [0.0f32; MAX_TERMS];
        for r in tokens(text) {
            word_no += 1;
            let w = &text.as_bytes()[r.clone()];
            for (t, term) in terms.iter().enumerate().take(n) {
                let q = quality(term, w, seg.field, &text[r.clone()]);
                if q == 0.0 {
                    continue;
                }
                seg_tf[t] += q;
                s.mask |= 1 << t;
                if t > 0 && word_no.wrapping_sub(last[t - 1]) <= 3 {
                    close |= 1 << t;
                }
                if t + 1 < n && word_no.wrapping_sub(last[t + 1]) <= 3 {
                    close |= 1 << (t + 1);
                }
                last[t] = word_no;
            }
        }
        for (t, term) in terms.iter().enumerate().take(n) {
            if term.literal && text.contains(term.text.as_str()) {
                seg_tf[t] += 1.0;
                s.mask |= 1 << t;
            }
        }
        // Word numbers do not carry proximity across fields.
        word_no += 8;
        let norm = norms.factor(seg.field, text.len());
        for (tf, seg_tf) in s.tf.iter_mut().zip(seg_tf).take(n) {
            if seg_tf > 0.0 {
                *tf += seg.field.weight() * seg_tf / norm;
            }
        }
    }
    s.close_pairs = close.count_ones() as u8;
    s
}

fn quality(term: &Term, w: &[u8], field: Field, word: &str) -> f32 {
    if term.literal {
        return 0.0;
    }
    if term.inside_words {
        return if word.contains(term.text.as_str()) {
            0.8
        } else {
            0.0
        };
    }
    let q = term.text.as_bytes();
    if let Some(m) = match_word(q, w) {
        return m.quality;
    }
    if field.is_short() && subsequence_in_word(q, w).is_some() {
        return 0.3;
    }
    0.0
}

/// Inverse document frequency: rarer terms weigh more.
pub fn idf(records: usize, df: usize) -> f32 {
    let (n, df) = (records as f32, df as f32);
    (1.0 + (n - df + 0.5) / (df + 0.5)).ln()
}

/// The BM25-like score of a scanned record, with bonuses for terms close together and
/// for decisions and agreements.
pub fn score(s: &Scan, idfs: &[f32], kind: RecordKind, terms: usize) -> f32 {
    const K1: f32 = 1.2;
    let mut total = 0.0;
    for (t, idf) in idfs.iter().enumerate() {
        let tf = s.tf[t];
        if tf > 0.0 {
            total += idf * tf * (K1 + 1.0) / (tf + K1);
        }
    }
    if terms > 1 {
        total *= 1.0 + 0.4 * f32::from(s.close_pairs) / (terms - 1) as f32;
    }
    total
        * match kind {
            RecordKind::Decision | RecordKind::Agreement => 1.15,
            RecordKind::Note => 0.9,
            _ => 1.0,
        }
}

/// Byte ranges of the shown part of the folded text (`..shown`) that the terms matched,
/// matched the same way as `scan` does.
pub fn matched_ranges(
    folded: &str,
    segments: &[Segment],
    shown: usize,
    terms: &[Term],
) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0usize;
    for seg in segments {
        let end = (seg.end as usize).min(shown);
        if start >= end {
            break;
        }
        let text = folded.get(start..end).unwrap_or("");
        for r in tokens(text) {
            let w = &text.as_bytes()[r.clone()];
            for term in terms.iter().filter(|t| !t.literal) {
                if quality(term, w, seg.field, &text[r.clone()]) == 0.0 {
                    continue;
                }
                let q = term.text.as_bytes();
                let at = start + r.start;
                if term.inside_words {
                    if let Some(i) = text[r.clone()].find(term.text.as_str()) {
                        out.push(at + i..at + i + term.text.len());
                    }
                } else if let Some(m) = match_word(q, w) {
                    out.push(at..at + m.len.min(w.len()));
                } else {
                    // A subsequence inside a word of a short field: mark its letters.
                    for r in subsequence_in_word(q, w).unwrap_or_default() {
                        out.push(at + r.start..at + r.end);
                    }
                }
            }
        }
        for term in terms.iter().filter(|t| t.literal) {
            let mut from = 0;
            while let Some(i) = text.get(from..).and_then(|s| s.find(term.text.as_str())) {
                out.push(start + from + i..start + from + i + term.text.len());
                from += i + term.text.len().max(1);
            }
        }
        start = end;
    }
    out
}
