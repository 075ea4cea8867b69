//! What golden tests of file edits compare: the lines an edit removed and added.

/// Lines removed and added: what is left after the common leading and trailing lines.
pub fn diff(old: &[u8], new: &[u8]) -> (Vec<String>, Vec<String>) {
    let lines = |b: &[u8]| -> Vec<String> {
        String::from_utf8_lossy(b)
            .split_inclusive('\n')
            .map(str::to_string)
            .collect()
    };
    let (old, new) = (lines(old), lines(new));
    let p = old.iter().zip(&new).take_while(|(a, b)| a == b).count();
    let max_s = old.len().min(new.len()) - p;
    let s = old
        .iter()
        .rev()
        .zip(new.iter().rev())
        .take(max_s)
        .take_while(|(a, b)| a == b)
        .count();
    (
        old[p..old.len() - s].to_vec(),
        new[p..new.len() - s].to_vec(),
    )
}
