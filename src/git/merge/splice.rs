//! The merged file as changes to our version's text: replaced ranges and inserted lines or
//! blocks, applied in one pass so every byte we do not touch is copied as it was.

use std::ops::Range;

#[derive(Debug, Clone)]
enum Kind {
    /// Replace the range (whole lines) with the text (whole lines, or nothing).
    Replace,
    /// Whole lines at a line start.
    Lines,
    /// A table block at a block start: set apart from its neighbours by a blank line.
    Block,
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

    pub fn insert_block(&mut self, at: usize, text: String) {
        self.push(at..at, text, Kind::Block);
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
                Kind::Block => {
                    line_start(&mut out, nl);
                    let at_end = s.range.start == base.len();
                    if at_end && !out.is_empty() && !ends_blank(&out) {
                        out.push_str(nl);
                    }
                    let mut block = ended(s.text, nl);
                    if !at_end && !ends_blank(&block) {
                        block.push_str(nl);
                    }
                    out.push_str(&block);
                }
            }
        }
        out.push_str(&base[at..]);
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

fn ends_blank(s: &str) -> bool {
    s.ends_with("\n\n") || s.ends_with("\n\r\n")
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
        s.insert_block(base.len(), "[[x]]\nc = 4".into());
        assert_eq!(
            s.apply(base, "\n").unwrap(),
            "a = 1\nb = 5\nz = 0\n\n[[x]]\nc = 3\n\n[[x]]\nc = 4\n"
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
