//! Guards applied to a file's bytes before the TOML parser sees them.

/// Files larger than this are refused unread: meeting files are a few KiB; 4 MiB leaves
/// room for very long minutes while keeping a hostile file from stalling the load.
pub const MAX_FILE_BYTES: u64 = 4 * 1024 * 1024;

/// Deepest nesting of arrays and inline tables accepted. Meeting files need 2; the cap
/// keeps a hostile `[[[[…` from exhausting the stack of a recursive parser.
pub const MAX_NESTING: usize = 32;

/// Scans TOML text for the deepest nesting of `[`/`{` inside values, skipping strings and
/// comments. Table headers (`[a]`, `[[a]]`) count at most 2. Returns the byte offset where
/// the limit is first exceeded.
pub fn nesting_exceeds(text: &str, limit: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    let mut depth = 0usize;
    let mut i = 0;
    while i < bytes.len() {
        // Most bytes are plain text: skip them in a tight loop (this scan runs on every file).
        while i < bytes.len() && !SPECIAL[bytes[i] as usize] {
            i += 1;
        }
        let Some(&b) = bytes.get(i) else { break };
        match b {
            b'#' => {
                while i < bytes.len() && bytes[i] != b'\n' {
                    i += 1;
                }
                continue;
            }
            b'"' | b'\'' => {
                i = skip_string(bytes, i);
                continue;
            }
            b'[' | b'{' => {
                depth += 1;
                if depth > limit {
                    return Some(i);
                }
            }
            b']' | b'}' => depth = depth.saturating_sub(1),
            _ => {}
        }
        i += 1;
    }
    None
}

/// The bytes the nesting scan acts on.
const SPECIAL: [bool; 256] = {
    let mut t = [false; 256];
    let mut k = 0;
    let set = *b"#\"'[]{}";
    while k < set.len() {
        t[set[k] as usize] = true;
        k += 1;
    }
    t
};

/// Returns the index just past the string starting at `i` (basic, literal or multi-line).
fn skip_string(bytes: &[u8], i: usize) -> usize {
    let quote = bytes[i];
    let triple = bytes.get(i..i + 3) == Some(&[quote, quote, quote][..]);
    let mut j = if triple { i + 3 } else { i + 1 };
    while j < bytes.len() {
        let b = bytes[j];
        if b == b'\\' && quote == b'"' {
            j += 2;
            continue;
        }
        if !triple && b == b'\n' {
            return j; // unterminated: the parser will report it
        }
        if b == quote {
            if !triple {
                return j + 1;
            }
            if bytes.get(j..j + 3) == Some(&[quote, quote, quote][..]) {
                // Up to two extra quotes may close a multi-line string (`""""`).
                let mut end = j + 3;
                while end < bytes.len() && bytes[end] == quote && end < j + 5 {
                    end += 1;
                }
                return end;
            }
        }
        j += 1;
    }
    j
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_nesting_outside_strings_and_comments() {
        assert_eq!(nesting_exceeds("a = [[1], [2]]\n[[item]]\n", 2), None);
        assert_eq!(nesting_exceeds("a = [[[1]]]", 2), Some(6));
        assert_eq!(
            nesting_exceeds("a = \"[[[[[\" # [[[[[\nb = '{{{{'", 1),
            None
        );
        assert_eq!(nesting_exceeds("a = \"\"\"\n[[[[\\\"\"\"\"\"\n", 1), None);
        assert_eq!(nesting_exceeds("a = '''[[[[''''", 1), None);
    }

    #[test]
    fn deep_input_is_found_quickly() {
        let deep = format!("a = {}1{}", "[".repeat(100_000), "]".repeat(100_000));
        assert_eq!(nesting_exceeds(&deep, MAX_NESTING), Some(4 + MAX_NESTING));
    }
}
