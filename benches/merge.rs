//! The merge driver's cost on meeting files of growing size: both sides add an outcome and
//! an action to different items and mark one discussed, so every part of the merge runs
//! (cutting three versions, matching items, splicing, checking the result loads).
//!
//! cargo bench --bench merge

use docket::git::merge::merge_meeting;
use std::fmt::Write;
use std::path::Path;

fn meeting(items: usize) -> String {
    let mut s = String::from("# generated\ntitle = \"Board\"\ndate = 2024-05-13\n");
    for i in 0..items {
        let _ = write!(
            s,
            "\n[[item]]\ntitle = \"Item {i}\"   # topic {i}\nminutes = 10\nnotes = \"\"\"\nSome notes on item {i}.\n\"\"\"\n\n[[item.outcome]]\ntext = \"Outcome {i}\"\n\n[[item.action]]\ntext = \"Action {i}\"\nowner = \"Anna\"\n"
        );
    }
    s
}

fn sides(items: usize) -> (String, String, String) {
    let base = meeting(items);
    let last = items - 1;
    let ours = base
        .replace(
            "text = \"Outcome 0\"\n",
            "text = \"Outcome 0\"\n\n[[item.outcome]]\ntext = \"Ours\"\n",
        )
        .replace(
            &format!("title = \"Item {last}\"   # topic {last}\n"),
            &format!("title = \"Item {last}\"   # topic {last}\ndiscussed = true\n"),
        );
    let theirs = base.replace(
        &format!("text = \"Action {last}\"\n"),
        &format!("text = \"Action {last}\"\n\n[[item.action]]\ntext = \"Theirs\"\n"),
    );
    (base, ours, theirs)
}

#[divan::bench(args = [10, 100, 1000])]
fn merge(bencher: divan::Bencher, items: usize) {
    let (base, ours, theirs) = sides(items);
    bencher.bench(|| {
        let m = merge_meeting(
            Path::new("m.toml"),
            base.as_bytes(),
            ours.as_bytes(),
            theirs.as_bytes(),
        )
        .expect("merged");
        assert!(m.conflicts.is_empty());
        m
    });
}

fn main() {
    divan::main();
}
