//! Failing commands say why in the chosen language: the refusal is Dutch with `--lang nl`,
//! names the file it concerns, and is English without it.

use crate::support::cli::{docket, stderr};

#[test]
fn export_refuses_to_overwrite_in_dutch_and_names_the_file() {
    let dir = tempfile::tempdir().expect("tempdir");
    let out = dir.path().join("verslag.md");
    std::fs::write(&out, "al hier\n").expect("write");
    let shown = out.display().to_string();
    let args = [
        "export",
        "meetings",
        "2020-02-10",
        "--format",
        "md",
        "--out",
        shown.as_str(),
    ];
    let nl = docket(&[&args[..], &["--lang", "nl"]].concat());
    assert_eq!(nl.status.code(), Some(1));
    assert!(
        stderr(&nl).contains(&format!(
            "{shown}: bestaat al; docket overschrijft het niet (kies een andere naam met --out)"
        )),
        "{}",
        stderr(&nl)
    );
    let en = docket(&[&args[..], &["--lang", "en"]].concat());
    assert!(
        stderr(&en).contains(&format!("{shown}: already exists")),
        "{}",
        stderr(&en)
    );
    assert_eq!(std::fs::read_to_string(&out).expect("read"), "al hier\n");
}

#[test]
fn search_with_an_unknown_filter_explains_in_dutch() {
    let o = docket(&["--lang", "nl", "search", "meetings", "besluit:ja"]);
    assert_eq!(o.status.code(), Some(2));
    let err = stderr(&o);
    assert!(
        err.contains("onbekend filter `besluit:`; bekend: kind:, series:"),
        "{err}"
    );
    assert!(!err.contains("unknown filter"), "{err}");
}

#[test]
fn a_missing_folder_is_named_in_dutch() {
    let o = docket(&["check", "geen-map-hier", "--lang", "nl"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("geen-map-hier: deze map bestaat niet"),
        "{}",
        stderr(&o)
    );
}
