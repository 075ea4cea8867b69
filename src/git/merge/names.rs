//! The meeting's `present` list, merged as a set of names: two people marking attendance on
//! two machines is the ordinary case, not a conflict. Our list stays in its order; names
//! they added come after it; names they took out go.

/// The merged list, or `None` when a side's value is not a list of texts (then the key is
/// merged like any other).
pub(super) fn merged(
    base: Option<&toml::Value>,
    ours: Option<&toml::Value>,
    theirs: Option<&toml::Value>,
) -> Option<Vec<String>> {
    let (b, o, t) = (names(base)?, names(ours)?, names(theirs)?);
    let mut out: Vec<String> = o
        .iter()
        // Kept unless they took it out.
        .filter(|n| !b.contains(n) || t.contains(n))
        .cloned()
        .collect();
    for n in t {
        if !b.contains(&n) && !out.contains(&n) {
            out.push(n);
        }
    }
    Some(out)
}

/// The names of a list of texts; an absent key is an empty list. A key's value comes as
/// the table `{ present = [...] }` (read from its own line).
fn names(v: Option<&toml::Value>) -> Option<Vec<String>> {
    match v {
        None => Some(Vec::new()),
        Some(toml::Value::Table(t)) if t.len() == 1 => names(t.get("present")),
        Some(toml::Value::Array(a)) => a.iter().map(|x| x.as_str().map(str::to_string)).collect(),
        Some(_) => None,
    }
}

/// `present = ["A", "B"]`, as a TOML line (without its line ending).
pub(super) fn line(list: &[String]) -> String {
    let quoted: Vec<String> = list
        .iter()
        .map(|n| toml::Value::String(n.clone()).to_string())
        .collect();
    format!("present = [{}]", quoted.join(", "))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn v(names: &[&str]) -> toml::Value {
        toml::Value::Array(
            names
                .iter()
                .map(|n| toml::Value::String(n.to_string()))
                .collect(),
        )
    }

    #[test]
    fn additions_on_both_sides_are_kept_and_removals_taken() {
        let m = |b: &[&str], o: &[&str], t: &[&str]| merged(Some(&v(b)), Some(&v(o)), Some(&v(t)));
        assert_eq!(
            m(&["A"], &["A", "B"], &["A", "C"]),
            Some(vec!["A".into(), "B".into(), "C".into()])
        );
        assert_eq!(
            m(&["A", "B"], &["A", "B", "C"], &["B"]),
            Some(vec!["B".into(), "C".into()])
        );
        assert_eq!(m(&[], &["B"], &["B"]), Some(vec!["B".into()]));
        assert_eq!(
            merged(None, None, Some(&v(&["Zoë \"x\""]))).map(|l| line(&l)),
            Some("present = ['Zoë \"x\"']".to_string())
        );
        assert_eq!(merged(None, Some(&toml::Value::Integer(1)), None), None);
    }
}
