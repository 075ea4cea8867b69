//! The check a clean merge must pass before it is written: the result loads, and holds every
//! outcome and action either side added.

use super::{MergeError, Unsupported};
use crate::model::Meeting;
use crate::store::parse_meeting;
use std::collections::HashMap;
use std::path::Path;

/// A clean result must load and hold every outcome and action either side added; otherwise
/// the text merge is the safer answer.
pub(super) fn verify(
    path: &Path,
    bytes: &[u8],
    changes: [(&Meeting, &Meeting); 2],
) -> Result<(), MergeError> {
    let result = parse_meeting(path, bytes)
        .map_err(|d| Unsupported::DoesNotLoad(d.into_iter().next().map(|d| *d.message)))?;
    let in_result = tally(&result);
    for (base, side) in changes {
        let in_base = tally(base);
        for (key, n) in tally(side) {
            let had = |t: &HashMap<_, usize>| t.get(&key).copied().unwrap_or(0);
            if had(&in_result) < n && had(&in_base) < n {
                let (kind, text) = (key.2, key.3.to_string());
                return Err(Unsupported::WouldBeLost { kind, text }.into());
            }
        }
    }
    Ok(())
}

type Entry<'m> = (&'m str, &'m str, &'static str, &'m str);

/// How often each (topic, title, kind, text) of an outcome or action occurs.
fn tally(m: &Meeting) -> HashMap<Entry<'_>, usize> {
    let mut out = HashMap::new();
    for i in &m.items {
        let texts = i.outcomes.iter().map(|o| ("outcome", &o.text));
        for (kind, text) in texts.chain(i.actions.iter().map(|a| ("action", &a.text))) {
            *out.entry((i.topic.as_str(), i.title.as_str(), kind, text.as_str()))
                .or_insert(0) += 1;
        }
    }
    out
}
