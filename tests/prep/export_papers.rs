//! Exports in Dutch and English on real meetings: insta snapshots of the minutes and the
//! agenda (Markdown and HTML) on the bundled LOVP meetings and an ASF board meeting, and the
//! Word document checked by unzipping it.

use crate::support::prep::*;
use docket::export::{ExportOptions, Format, Paper, export};
use docket::i18n::Lang;
use docket::model::{Library, MeetingId};
use std::io::Read;
use std::path::Path;

fn library(dir: &str) -> Library {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(dir);
    let loaded = docket::store::load_dir(&path).expect("fixture folder loads");
    assert_eq!(loaded.bad_file_count(), 0);
    loaded.library
}

fn meeting(lib: &Library, date: &str) -> MeetingId {
    let d = chrono::NaiveDate::parse_from_str(date, "%Y-%m-%d").expect("date");
    lib.find_by_date(d, None)[0]
}

fn text(lib: &Library, id: MeetingId, opts: ExportOptions, format: Format) -> String {
    String::from_utf8(export(lib, id, &opts, format).expect("export")).expect("utf-8")
}

fn opts(lang: Lang, paper: Paper) -> ExportOptions {
    ExportOptions {
        lang,
        paper,
        ..ExportOptions::default()
    }
}

#[test]
fn snapshots_in_both_languages() {
    let cases = [
        ("meetings", "2020-02-10", "lovp", Paper::Minutes),
        ("meetings", "2020-03-09", "lovp-agenda", Paper::Agenda),
        ("tests/fixtures/asf", "2015-03-18", "asf", Paper::Minutes),
        (
            "tests/fixtures/asf",
            "2015-04-22",
            "asf-agenda",
            Paper::Agenda,
        ),
    ];
    for (dir, date, name, paper) in cases {
        let lib = library(dir);
        let id = meeting(&lib, date);
        for lang in Lang::ALL {
            let o = opts(lang, paper);
            insta::assert_snapshot!(
                format!("{name}-{lang}-md"),
                text(&lib, id, o, Format::Markdown)
            );
            insta::assert_snapshot!(
                format!("{name}-{lang}-html"),
                text(&lib, id, o, Format::Html)
            );
        }
    }
}

#[test]
fn due_next_is_the_date_of_the_next_meeting_when_there_is_one() {
    let lib = library("meetings");
    let md = text(
        &lib,
        meeting(&lib, "2020-02-10"),
        opts(Lang::Nl, Paper::Minutes),
        Format::Markdown,
    );
    assert!(md.contains("(uiterlijk 9 maart 2020)"), "{md}");
    assert!(!md.contains("next") && !md.contains("volgende vergadering"));
    // The last meeting of a series has no next meeting yet.
    let lib = library("tests/fixtures/asf");
    let last = meeting(&lib, "2015-04-22");
    let nl = text(&lib, last, opts(Lang::Nl, Paper::Minutes), Format::Markdown);
    let en = text(&lib, last, opts(Lang::En, Paper::Minutes), Format::Markdown);
    assert!(nl.contains("volgende vergadering"), "{nl}");
    assert!(en.contains("next meeting"), "{en}");
}

#[test]
fn the_action_list_runs_across_the_series() {
    let lib = library("tests/fixtures/asf");
    let md = text(
        &lib,
        meeting(&lib, "2015-04-22"),
        opts(Lang::En, Paper::Minutes),
        Format::Markdown,
    );
    let list = md.split("## Action list").nth(1).expect("action list");
    // Actions of the March meeting closed at the April one are listed as done, with origin.
    assert!(list.contains("Wed 18 Mar 2015:"), "{list}");
    assert!(list.contains("done"), "{list}");
}

#[test]
fn no_raw_tags_and_no_empty_headings() {
    let lib = library("tests/fixtures/asf");
    let md = text(
        &lib,
        meeting(&lib, "2015-03-18"),
        opts(Lang::En, Paper::Minutes),
        Format::Markdown,
    );
    assert!(!md.contains("(agreement)") && !md.contains("(decision)"));
    let lines: Vec<&str> = md.lines().collect();
    for w in lines.windows(3) {
        if w[0].starts_with("### ") {
            assert!(
                w[1].is_empty() && !w[2].starts_with('#'),
                "empty heading {:?}",
                w[0]
            );
        }
    }
}

#[test]
fn html_declares_its_language_and_breaks_pages_between_sections() {
    let lib = library("meetings");
    let id = meeting(&lib, "2020-02-10");
    let nl = text(&lib, id, opts(Lang::Nl, Paper::Minutes), Format::Html);
    assert!(nl.contains("<html lang=\"nl\">"));
    assert!(nl.contains("section+section{break-before:page}"));
    assert_eq!(nl.matches("<section>").count(), 3);
    let en = text(&lib, id, opts(Lang::En, Paper::Minutes), Format::Html);
    assert!(en.contains("<html lang=\"en\">"));
}

/// The parts of a docx package, by name.
fn unzip(bytes: &[u8]) -> std::collections::BTreeMap<String, String> {
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).expect("a zip package");
    let mut parts = std::collections::BTreeMap::new();
    for i in 0..zip.len() {
        let mut f = zip.by_index(i).expect("entry");
        let mut s = String::new();
        if f.read_to_string(&mut s).is_ok() {
            parts.insert(f.name().to_string(), s);
        }
    }
    parts
}

#[test]
fn docx_is_a_word_package_that_holds_the_text() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let out = tmp.path().join("verslag.docx");
    let o = docket(&[
        "export",
        "meetings",
        "2020-02-10",
        "--lang",
        "nl",
        "--format",
        "docx",
        "--out",
        out.to_str().expect("utf-8"),
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let parts = unzip(&std::fs::read(&out).expect("written"));
    for part in [
        "[Content_Types].xml",
        "_rels/.rels",
        "word/document.xml",
        "word/styles.xml",
        "word/numbering.xml",
    ] {
        assert!(
            parts.contains_key(part),
            "{part} missing: {:?}",
            parts.keys()
        );
    }
    let doc = &parts["word/document.xml"];
    for text in [
        "Verslag",
        "Besluitenlijst",
        "Actielijst",
        "maandag 10 februari 2020",
        "Het rapport van de Algemene Rekenkamer over inzetbaarheid wordt besproken in het volgende LOVP.",
        "Eenheidschefs",
    ] {
        assert!(doc.contains(text), "{text} not in document.xml");
    }
    assert!(doc.contains("<w:tbl>"), "the action list is a table");
    assert!(doc.contains("w:pStyle w:val=\"Heading1\""), "real headings");
    assert!(
        doc.contains("<w:pageBreakBefore"),
        "sections start on a new page"
    );
    assert!(parts["word/styles.xml"].contains("heading 1"));
    // Every part is well-formed XML, and the content types name the main document.
    for (name, xml) in &parts {
        if name.ends_with(".xml") || name.ends_with(".rels") {
            well_formed(name, xml);
        }
    }
    assert!(parts["[Content_Types].xml"].contains("wordprocessingml.document.main+xml"));
    assert!(parts["_rels/.rels"].contains("word/document.xml"));
}

fn well_formed(name: &str, xml: &str) {
    let mut reader = quick_xml::Reader::from_str(xml);
    let mut depth = 0i64;
    loop {
        match reader.read_event() {
            Ok(quick_xml::events::Event::Start(_)) => depth += 1,
            Ok(quick_xml::events::Event::End(_)) => depth -= 1,
            Ok(quick_xml::events::Event::Eof) => break,
            Ok(_) => {}
            Err(e) => panic!("{name}: not well-formed XML: {e}"),
        }
    }
    assert_eq!(depth, 0, "{name}: unbalanced elements");
}

#[test]
fn docx_escapes_hostile_text_and_leaves_confidential_items_out() {
    let dir = fixtures().join("board");
    let lib = {
        let loaded = docket::store::load_dir(&dir).expect("loads");
        loaded.library
    };
    let id = meeting(&lib, "2024-01-10");
    let hidden = export(&lib, id, &opts(Lang::En, Paper::Minutes), Format::Docx).expect("docx");
    let doc = &unzip(&hidden)["word/document.xml"];
    assert!(
        doc.contains("Draft budget &lt;v2&gt; &amp; reserves."),
        "escaped"
    );
    assert!(!doc.contains("Secret") && !doc.contains("Staff matter"));
    let all = ExportOptions {
        include_confidential: true,
        ..opts(Lang::En, Paper::Minutes)
    };
    let shown = export(&lib, id, &all, Format::Docx).expect("docx");
    let doc = &unzip(&shown)["word/document.xml"];
    assert!(doc.contains("Secret decision") && doc.contains("Staff matter"));
}

#[test]
fn confidential_items_stay_out_of_every_paper_and_format() {
    let lib = library("tests/fixtures/prep/board");
    let id = meeting(&lib, "2024-01-10");
    for paper in [Paper::Minutes, Paper::Agenda] {
        for lang in Lang::ALL {
            for format in [Format::Markdown, Format::Html] {
                let t = text(&lib, id, opts(lang, paper), format);
                assert!(!t.contains("Secret") && !t.contains("Staff matter"), "{t}");
            }
        }
    }
}

#[test]
fn docx_refuses_a_terminal_but_writes_to_a_pipe() {
    let o = docket(&["export", "meetings", "2020-02-10", "--format", "docx"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(o.stdout.starts_with(b"PK"), "a zip package on the pipe");
}

#[test]
fn language_from_the_locale_when_not_given() {
    let run = |envs: &[(&str, &str)]| {
        let mut c = crate::support::cli::command();
        c.args(["export", "meetings", "2020-02-10"])
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .env_remove("LANG")
            .env("XDG_CONFIG_HOME", "/nonexistent");
        for (k, v) in envs {
            c.env(k, v);
        }
        String::from_utf8(c.output().expect("run").stdout).expect("utf-8")
    };
    assert!(run(&[("LANG", "nl_NL.UTF-8")]).contains("## Besluitenlijst"));
    assert!(run(&[]).contains("## Decision list"));
    assert!(
        run(&[("LANG", "nl_NL.UTF-8"), ("LC_ALL", "en_GB.UTF-8")]).contains("## Decision list")
    );
}

/// A series of three meetings written for the action list's edges.
fn series_folder() -> tempfile::TempDir {
    let tmp = tempfile::tempdir().expect("tempdir");
    let write =
        |name: &str, text: &str| std::fs::write(tmp.path().join(name), text).expect("write");
    write(
        "1.toml",
        r#"title = "Raad"
date = 2024-01-10
[[item]]
title = "Begroting"
[[item.action]]
text = "Open since January"
due = "next"
[[item.action]]
text = "Closed in January already"
done = 2024-01-20
[[item.action]]
text = "Closed for ever, date unknown"
done = true
[[item.action]]
text = "Closed on the day of the second meeting"
done = 2024-02-14
[[item]]
title = "Geheim"
confidential = true
[[item.action]]
text = "Hidden action"
"#,
    );
    write(
        "2.toml",
        r#"title = "Raad"
date = 2024-02-14
[[item]]
title = "Begroting"
[[item.action]]
text = "Made in February, closed in March"
done = 2024-03-13
"#,
    );
    write(
        "3.toml",
        "title = \"Raad\"\ndate = 2024-03-13\n[[item]]\ntitle = \"Rondvraag\"\n",
    );
    tmp
}

#[test]
fn action_list_edges_open_closed_since_previous_and_hidden() {
    let tmp = series_folder();
    let lib = docket::store::load_dir(tmp.path()).expect("loads").library;
    let list_at = |date: &str| {
        let md = text(
            &lib,
            meeting(&lib, date),
            opts(Lang::En, Paper::Minutes),
            Format::Markdown,
        );
        md.split("## Action list").nth(1).expect("list").to_string()
    };
    let feb = list_at("2024-02-14");
    assert!(feb.contains("Open since January | "), "{feb}");
    assert!(
        feb.contains("| 14 February 2024 |"),
        "due next = the February meeting"
    );
    assert!(
        feb.contains("Closed in January already") && feb.contains("done Sat 20 Jan 2024"),
        "closed since the previous meeting: {feb}"
    );
    assert!(feb.contains("Closed on the day of the second meeting"));
    assert!(feb.contains("Made in February, closed in March |") && feb.contains("| open |"));
    assert!(
        !feb.contains("Closed for ever"),
        "done = true is not news in February"
    );
    assert!(!feb.contains("Hidden action"));
    let mar = list_at("2024-03-13");
    assert!(
        !mar.contains("Closed in January already"),
        "closed before the previous meeting"
    );
    assert!(
        mar.contains("Closed on the day of the second meeting"),
        "closed at the previous meeting: still news at this one"
    );
    assert!(
        mar.contains("Made in February, closed in March") && mar.contains("done Wed 13 Mar 2024")
    );
    assert!(mar.contains("Open since January"));
}

#[test]
fn hostile_text_stays_text_in_every_format() {
    let tmp = tempfile::tempdir().expect("tempdir");
    std::fs::write(
        tmp.path().join("m.toml"),
        "title = \"<script>alert(1)</script>\"\ndate = 2024-01-10\n\
         [[item]]\ntitle = \"# not a heading\\u001b[31m\"\nnotes = \"| a | b |\\n\\n- list?\\u202e\"\n\
         [[item.action]]\ntext = \"x]]></w:t><w:t>y\\u0007\"\nowner = \"*bold*\"\n",
    )
    .expect("write");
    let lib = docket::store::load_dir(tmp.path()).expect("loads").library;
    let id = meeting(&lib, "2024-01-10");
    for lang in Lang::ALL {
        let o = opts(lang, Paper::Minutes);
        let md = text(&lib, id, o, Format::Markdown);
        assert!(!md.contains('\u{1b}') && !md.contains('\u{202e}') && !md.contains('\u{7}'));
        assert!(
            md.contains("\\<script\\>") && md.contains("\\*bold\\*"),
            "{md}"
        );
        assert!(md.contains("\\# not a heading") && md.contains("\\| a \\| b \\|"));
        let html = text(&lib, id, o, Format::Html);
        assert!(!html.contains("<script>") && html.contains("&lt;script&gt;"));
        let docx = export(&lib, id, &o, Format::Docx).expect("docx");
        let doc = &unzip(&docx)["word/document.xml"];
        assert!(
            doc.contains("x]]&gt;&lt;/w:t&gt;&lt;w:t&gt;y"),
            "escaped in XML"
        );
        assert!(!doc.contains('\u{1b}') && !doc.contains('\u{7}'));
    }
}

#[test]
fn a_closed_output_pipe_is_not_an_error() {
    use std::process::Stdio;
    let mut child = crate::support::cli::command()
        .args([
            "export",
            "tests/fixtures/asf",
            "2015-03-18",
            "--format",
            "html",
        ])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn");
    drop(child.stdout.take());
    let out = child.wait_with_output().expect("wait");
    // Like other Unix tools: a clean exit, or the quiet end SIGPIPE brings; never a message.
    use std::os::unix::process::ExitStatusExt;
    assert!(
        out.status.code() == Some(0) || out.status.signal() == Some(libc::SIGPIPE),
        "{:?}",
        out.status
    );
    assert!(
        out.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}
