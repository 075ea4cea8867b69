//! The merged file as changes to our version's text: replaced ranges and inserted lines or
//! blocks, applied in one pass so every byte we do not touch is copied as it was.

use std::ops::Range;

#[derive(Debug, Clone)]
enum Kind {
    /// Replace the range (whole lines) with the text (whole lines, or nothing).
    Replace,
    /// Whole lines at a line start.
    Lines,
    /// Text carried over as it was (a table with the blank lines and comments before it),
    /// at a line end.
    Raw,
}

#[derive(Debug, Clone)]
struct Splice {
    range: Range<usize>,
    text: String,
    kind: Kind,
    seq: usize,
}

/// The changes collected so far, in the order they were made.
#[derive(Debug, Default)]
pub struct Splices {
    list: Vec<Splice>,
}

impl Splices {
    pub fn replace(&mut self, range: Range<usize>, text: String) {
        self.push(range, text, Kind::Replace);
    }

    pub fn insert_lines(&mut self, at: usize, text: String) {
        self.push(at..at, text, Kind::Lines);
    }

    pub fn insert_raw(&mut self, at: usize, text: String) {
        self.push(at..at, text, Kind::Raw);
    }

    fn push(&mut self, range: Range<usize>, text: String, kind: Kind) {
        let seq = self.list.len();
        self.list.push(Splice {
            range,
            text,
            kind,
            seq,
        });
    }

    /// Applies every change to `base`, or `None` when two changes overlap (a bug we would
    /// rather fall back on than write).
    pub fn apply(mut self, base: &str, nl: &str) -> Option<String> {
        // Insertions at a point go before a replacement starting there; otherwise in order.
        self.list.sort_by_key(|s| {
            let is_replace = matches!(s.kind, Kind::Replace);
            (s.range.start, is_replace, s.seq)
        });
        let mut out = String::with_capacity(base.len() + 256);
        let mut at = 0;
        for s in self.list {
            if s.range.start < at {
                return None;
            }
            out.push_str(&base[at..s.range.start]);
            at = s.range.end;
            match s.kind {
                Kind::Replace => {
                    if !s.text.is_empty() {
                        line_start(&mut out, nl);
                    }
                    out.push_str(&s.text);
                }
                Kind::Lines => {
                    line_start(&mut out, nl);
                    out.push_str(&ended(s.text, nl));
                }
                Kind::Raw => {
                    line_start(&mut out, nl);
                    out.push_str(&s.text);
                    if s.range.start < base.len() {
                        line_start(&mut out, nl);
                    }
                }
            }
        }
        out.push_str(&base[at..]);
        // A missing final newline stays missing, as docket's own edits keep it.
        if !base.is_empty() && !base.ends_with('\n') {
            let trimmed = out.strip_suffix(nl).or_else(|| out.strip_suffix('\n'));
            if let Some(t) = trimmed {
                out.truncate(t.len());
            }
        }
        Some(out)
    }
}

fn line_start(out: &mut String, nl: &str) {
    if !out.is_empty() && !out.ends_with('\n') {
        out.push_str(nl);
    }
}

fn ended(mut s: String, nl: &str) -> String {
    if !s.is_empty() && !s.ends_with('\n') {
        s.push_str(nl);
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn untouched_bytes_are_copied_and_changes_land_in_place() {
        let base = "a = 1\nb = 2\n\n[[x]]\nc = 3";
        let mut s = Splices::default();
        s.replace(6..12, "b = 5\n".into());
        s.insert_lines(12, "z = 0".into());
        s.insert_raw(base.len(), "\n[[x]]\nc = 4".into());
        assert_eq!(
            s.apply(base, "\n").unwrap(),
            "a = 1\nb = 5\nz = 0\n\n[[x]]\nc = 3\n\n[[x]]\nc = 4"
        );
    }

    #[test]
    fn overlapping_changes_are_refused() {
        let mut s = Splices::default();
        s.replace(0..6, String::new());
        s.replace(3..8, String::new());
        assert!(s.apply("a = 1\nb = 2\n", "\n").is_none());
    }
}
