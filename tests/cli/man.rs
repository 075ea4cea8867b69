//! `docket man`: a manual page generated from the same definitions as `--help`.

use crate::support::prep::*;

fn subcommands() -> Vec<String> {
    let help = stdout(&docket(&["--help"]));
    let start = help.find("Commands:").expect("a command list");
    help[start..]
        .lines()
        .skip(1)
        .take_while(|l| l.starts_with("  "))
        .filter_map(|l| l.split_whitespace().next().map(str::to_string))
        .filter(|c| c != "help")
        .collect()
}

#[test]
fn the_main_page_names_every_subcommand_of_help() {
    let o = docket(&["man"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let page = stdout(&o);
    assert!(
        page.starts_with(".ie \\n(.g .ds Aq \\(aq"),
        "{}",
        &page[..80.min(page.len())]
    );
    assert!(page.contains(".TH docket 1"), "{page}");
    let subs = subcommands();
    assert!(subs.len() >= 10, "{subs:?}");
    for sub in &subs {
        assert!(
            page.contains(&format!("docket\\-{sub}(1)")),
            "`{sub}` missing from the page"
        );
    }
}

#[test]
fn each_subcommand_page_has_the_options_of_its_help() {
    for sub in subcommands() {
        let o = docket(&["man", &sub]);
        assert_eq!(o.status.code(), Some(0), "{sub}: {}", stderr(&o));
        let page = stdout(&o);
        assert!(
            page.contains(&format!(".TH docket-{sub} 1")),
            "{sub}: {page}"
        );
        let help = stdout(&docket(&[&sub, "--help"]));
        for flag in help.split_whitespace().filter(|w| w.starts_with("--")) {
            let flag = flag.trim_end_matches([',', '.', ')']);
            let long = flag.split('=').next().unwrap_or(flag).replace('-', "\\-");
            if flag.len() > 2 && help.contains(&format!("  {flag}")) {
                assert!(
                    page.contains(&long),
                    "{sub}: {flag} in --help, not in the page"
                );
            }
        }
    }
}

#[test]
fn an_unknown_command_is_a_usage_error() {
    let o = docket(&["man", "nope"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).starts_with("docket: no command `nope`; one of: check, "),
        "{}",
        stderr(&o)
    );
}
