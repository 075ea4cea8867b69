//! The Word documents docket writes, checked as strictly as can be done without Word or
//! LibreOffice: the package (every part well-formed with its namespaces declared, content
//! types and relationships consistent, no orphan or missing part), the WordprocessingML
//! (children in the order `wml.xsd` requires, only the attributes the schema gives each
//! element, table and cell structure, styles and numbering that exist and are unique), and
//! docx-rs's own reader reading it back with the text in it. Run on the LOVP meetings, an ASF
//! board meeting and the hostile board fixture, minutes and agenda, in both languages.

use docket::export::docx::schema::SEQUENCES;
use docket::export::{ExportOptions, Format, Paper, export};
use docket::i18n::Lang;
use docket::model::Library;
use quick_xml::events::{BytesStart, Event};
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::io::Read;
use std::path::Path;

const W: &str = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

/// The `w:` attributes the transitional schema allows on each element docket's documents
/// use (generated from `wml.xsd`, every type an element of that name has). An element not
/// listed fails the test, so a new one is looked up before it ships.
/// The attributes of a border (`w:top`, `w:left`, … of a table or paragraph).
const BORDER: &[&str] = &[
    "color",
    "frame",
    "shadow",
    "space",
    "sz",
    "themeColor",
    "themeShade",
    "themeTint",
    "type",
    "val",
    "w",
];

const ATTRIBUTES: &[(&str, &[&str])] = &[
    ("abstractNum", &["abstractNumId"]),
    ("abstractNumId", &["val"]),
    ("b", &["val"]),
    ("bCs", &["val"]),
    ("balanceSingleByteDoubleByteWidth", &["val"]),
    ("basedOn", &["val"]),
    ("body", &[]),
    ("bottom", BORDER),
    ("br", &["clear", "type"]),
    ("charset", &["characterSet", "val"]),
    ("cols", &["equalWidth", "num", "sep", "space"]),
    ("color", &["themeColor", "themeShade", "themeTint", "val"]),
    ("compat", &[]),
    ("compatSetting", &["name", "uri", "val"]),
    ("defaultTabStop", &["val"]),
    ("doNotExpandShiftReturn", &["val"]),
    ("doNotLeaveBackslashAlone", &["val"]),
    ("docDefaults", &[]),
    ("document", &["conformance"]),
    ("family", &["val"]),
    ("font", &["name"]),
    ("fonts", &[]),
    ("gridCol", &["w"]),
    ("i", &["val"]),
    ("iCs", &["val"]),
    ("ilvl", &["val"]),
    (
        "ind",
        &[
            "end",
            "endChars",
            "firstLine",
            "firstLineChars",
            "hanging",
            "hangingChars",
            "left",
            "leftChars",
            "right",
            "rightChars",
            "start",
            "startChars",
        ],
    ),
    (
        "insideH",
        &[
            "color",
            "frame",
            "shadow",
            "space",
            "sz",
            "themeColor",
            "themeShade",
            "themeTint",
            "val",
        ],
    ),
    (
        "insideV",
        &[
            "color",
            "frame",
            "shadow",
            "space",
            "sz",
            "themeColor",
            "themeShade",
            "themeTint",
            "val",
        ],
    ),
    ("jc", &["val"]),
    ("keepNext", &["val"]),
    ("keepLines", &["val"]),
    ("left", BORDER),
    ("lvl", &["ilvl", "tentative", "tplc"]),
    ("lvlJc", &["val"]),
    ("lvlText", &["null", "val"]),
    ("name", &["decorated", "val"]),
    ("next", &["val"]),
    ("num", &["numId"]),
    ("numFmt", &["format", "val"]),
    ("numId", &["val"]),
    ("numPr", &[]),
    ("numbering", &[]),
    ("outlineLvl", &["val"]),
    (
        "p",
        &["rsidDel", "rsidP", "rsidR", "rsidRDefault", "rsidRPr"],
    ),
    ("pPr", &[]),
    ("pPrDefault", &[]),
    ("pStyle", &["val"]),
    ("pageBreakBefore", &["val"]),
    (
        "pgMar",
        &[
            "bottom", "footer", "gutter", "header", "left", "right", "top",
        ],
    ),
    ("pgSz", &["code", "h", "orient", "w"]),
    ("pitch", &["val"]),
    ("qFormat", &["val"]),
    ("r", &["rsidDel", "rsidR", "rsidRPr"]),
    (
        "rFonts",
        &[
            "ascii",
            "asciiTheme",
            "cs",
            "cstheme",
            "eastAsia",
            "eastAsiaTheme",
            "hAnsi",
            "hAnsiTheme",
            "hint",
        ],
    ),
    ("rPr", &[]),
    ("rPrDefault", &[]),
    ("right", BORDER),
    ("sectPr", &["rsidDel", "rsidR", "rsidRPr", "rsidSect"]),
    ("settings", &[]),
    ("spaceForUL", &["val"]),
    (
        "spacing",
        &[
            "after",
            "afterAutospacing",
            "afterLines",
            "before",
            "beforeAutospacing",
            "beforeLines",
            "line",
            "lineRule",
            "val",
        ],
    ),
    ("start", BORDER),
    (
        "style",
        &["customStyle", "default", "styleId", "type", "val"],
    ),
    ("styles", &[]),
    ("sz", &["val"]),
    ("szCs", &["val"]),
    ("t", &[]),
    ("tab", &["leader", "pos", "val"]),
    ("tbl", &[]),
    ("tblBorders", &[]),
    ("tblGrid", &[]),
    ("tblPr", &[]),
    ("tblW", &["type", "w"]),
    ("tc", &["id"]),
    ("tcPr", &[]),
    ("tcW", &["type", "w"]),
    ("top", BORDER),
    ("tr", &["rsidDel", "rsidR", "rsidRPr", "rsidTr"]),
    ("trPr", &[]),
    (
        "u",
        &["color", "themeColor", "themeShade", "themeTint", "val"],
    ),
    ("ulTrailSpace", &["val"]),
    ("useFELayout", &["val"]),
    ("zoom", &["percent", "val"]),
];

/// Children that may repeat inside their ordered parent.
const REPEATS: &[&str] = &[
    "style",
    "lvl",
    "abstractNum",
    "num",
    "lvlOverride",
    "compatSetting",
    "headerReference",
    "footerReference",
];

struct Package {
    parts: BTreeMap<String, Vec<u8>>,
}

impl Package {
    fn open(bytes: &[u8]) -> Package {
        let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).expect("a zip package");
        let mut parts = BTreeMap::new();
        for i in 0..zip.len() {
            let mut f = zip.by_index(i).expect("entry");
            if f.is_dir() {
                continue;
            }
            let mut b = Vec::new();
            f.read_to_end(&mut b).expect("readable entry");
            assert!(
                parts.insert(f.name().to_string(), b).is_none(),
                "{} twice",
                f.name()
            );
        }
        Package { parts }
    }

    fn xml(&self, name: &str) -> &str {
        let b = self
            .parts
            .get(name)
            .unwrap_or_else(|| panic!("{name} missing"));
        std::str::from_utf8(b).unwrap_or_else(|_| panic!("{name} is not UTF-8"))
    }
}

/// A parsed element: namespace-resolved name, attributes by qualified name, children.
#[derive(Debug)]
struct El {
    ns: String,
    local: String,
    attrs: BTreeMap<String, String>,
    children: Vec<El>,
    text: String,
}

impl El {
    fn attr(&self, name: &str) -> Option<&str> {
        self.attrs.get(name).map(String::as_str)
    }
    fn all<'a>(&'a self, local: &str, out: &mut Vec<&'a El>) {
        if self.local == local {
            out.push(self);
        }
        for c in &self.children {
            c.all(local, out);
        }
    }
    fn find(&self, local: &str) -> Vec<&El> {
        let mut out = Vec::new();
        self.all(local, &mut out);
        out
    }
}

/// Parses a part; a syntax error or an undeclared namespace prefix fails the test.
fn parse(name: &str, xml: &str) -> El {
    let mut reader = quick_xml::NsReader::from_str(xml);
    let mut stack: Vec<El> = Vec::new();
    let mut root = None;
    let element = |reader: &quick_xml::NsReader<&[u8]>, e: &BytesStart<'_>| -> El {
        let (ns, local) = reader.resolver().resolve_element(e.name());
        let ns = match ns {
            quick_xml::name::ResolveResult::Bound(n) => {
                String::from_utf8_lossy(n.as_ref()).into_owned()
            }
            quick_xml::name::ResolveResult::Unbound => String::new(),
            quick_xml::name::ResolveResult::Unknown(p) => {
                panic!("{name}: undeclared prefix {}", String::from_utf8_lossy(&p))
            }
        };
        let mut attrs = BTreeMap::new();
        for a in e.attributes() {
            let a = a.unwrap_or_else(|err| panic!("{name}: bad attribute: {err}"));
            let (ans, _) = reader.resolver().resolve_attribute(a.key);
            if let quick_xml::name::ResolveResult::Unknown(p) = ans {
                panic!(
                    "{name}: undeclared attribute prefix {}",
                    String::from_utf8_lossy(&p)
                );
            }
            let key = String::from_utf8_lossy(a.key.as_ref()).into_owned();
            let value = a
                .decoded_and_normalized_value(quick_xml::XmlVersion::Implicit1_0, reader.decoder())
                .unwrap_or_else(|err| panic!("{name}: {err}"));
            assert!(
                attrs.insert(key.clone(), value.into_owned()).is_none(),
                "{name}: {key} twice"
            );
        }
        El {
            ns,
            local: String::from_utf8_lossy(local.as_ref()).into_owned(),
            attrs,
            children: Vec::new(),
            text: String::new(),
        }
    };
    loop {
        match reader.read_event() {
            Ok(Event::Start(e)) => {
                let el = element(&reader, &e);
                stack.push(el);
            }
            Ok(Event::Empty(e)) => {
                let el = element(&reader, &e);
                match stack.last_mut() {
                    Some(p) => p.children.push(el),
                    None => root = Some(el),
                }
            }
            Ok(Event::End(_)) => {
                let el = stack.pop().expect("balanced");
                match stack.last_mut() {
                    Some(p) => p.children.push(el),
                    None => root = Some(el),
                }
            }
            Ok(Event::Text(t)) => {
                if let Some(p) = stack.last_mut() {
                    p.text
                        .push_str(&t.decode().unwrap_or_else(|e| panic!("{name}: {e}")));
                }
            }
            Ok(Event::GeneralRef(r)) => {
                if let Some(p) = stack.last_mut() {
                    let entity = String::from_utf8_lossy(&r).into_owned();
                    let ch = match entity.as_str() {
                        "amp" => "&",
                        "lt" => "<",
                        "gt" => ">",
                        "quot" => "\"",
                        "apos" => "'",
                        other => panic!("{name}: unknown entity &{other};"),
                    };
                    p.text.push_str(ch);
                }
            }
            Ok(Event::Eof) => break,
            Ok(_) => {}
            Err(e) => panic!("{name}: not well-formed XML: {e}"),
        }
    }
    assert!(stack.is_empty(), "{name}: unclosed elements");
    root.unwrap_or_else(|| panic!("{name}: no root element"))
}

/// Content types and relationships: every part typed, every override and every internal
/// target an existing part, every part but the package's own reachable by a relationship.
fn check_package(pkg: &Package) {
    let types = parse("[Content_Types].xml", pkg.xml("[Content_Types].xml"));
    let mut defaults = HashMap::new();
    let mut overrides = HashMap::new();
    for c in &types.children {
        match c.local.as_str() {
            "Default" => {
                defaults.insert(
                    c.attr("Extension").expect("Extension").to_ascii_lowercase(),
                    c.attr("ContentType").expect("ContentType").to_string(),
                );
            }
            "Override" => {
                let part = c.attr("PartName").expect("PartName");
                let part = part.strip_prefix('/').expect("a PartName starts with /");
                assert!(
                    pkg.parts.contains_key(part),
                    "an Override names {part}, which is not in the package"
                );
                overrides.insert(
                    part.to_string(),
                    c.attr("ContentType").expect("ContentType").to_string(),
                );
            }
            other => panic!("[Content_Types].xml: unexpected {other}"),
        }
    }
    for name in pkg.parts.keys().filter(|n| *n != "[Content_Types].xml") {
        let ext = name.rsplit('.').next().unwrap_or("").to_ascii_lowercase();
        let ty = overrides.get(name).or_else(|| defaults.get(&ext));
        let ty = ty.unwrap_or_else(|| panic!("{name} has no content type"));
        if name.starts_with("word/") && name.ends_with(".xml") {
            assert!(
                ty.contains("wordprocessingml") && overrides.contains_key(name),
                "{name}: typed only as {ty}"
            );
        }
    }
    assert_eq!(
        overrides.get("word/document.xml").map(String::as_str),
        Some("application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml")
    );

    let mut reachable = BTreeSet::new();
    for rels in pkg.parts.keys().filter(|n| n.ends_with(".rels")) {
        let source_dir = rels
            .trim_end_matches(".rels")
            .rsplit_once("_rels/")
            .map_or("", |(d, _)| d);
        let root = parse(rels, pkg.xml(rels));
        let mut ids = BTreeSet::new();
        for r in &root.children {
            assert_eq!(r.local, "Relationship", "{rels}");
            let id = r.attr("Id").expect("Id");
            assert!(ids.insert(id.to_string()), "{rels}: Id {id} twice");
            if r.attr("TargetMode") == Some("External") {
                continue;
            }
            let target = r.attr("Target").expect("Target");
            let part = match target.strip_prefix('/') {
                Some(abs) => abs.to_string(),
                None => format!("{source_dir}{target}"),
            };
            assert!(
                pkg.parts.contains_key(&part),
                "{rels}: {id} points at {part}, which is missing"
            );
            reachable.insert(part);
        }
    }
    let package_rels = parse("_rels/.rels", pkg.xml("_rels/.rels"));
    assert!(
        package_rels.children.iter().any(|r| r
            .attr("Type")
            .is_some_and(|t| t.ends_with("/officeDocument"))
            && r.attr("Target") == Some("word/document.xml")),
        "no officeDocument relationship to word/document.xml"
    );
    for name in pkg.parts.keys() {
        let own = name == "[Content_Types].xml" || name.ends_with(".rels");
        assert!(
            own || reachable.contains(name),
            "{name} is in the package but nothing refers to it"
        );
    }
}

/// Children in schema order, only known elements, only allowed attributes.
fn check_schema(part: &str, el: &El) {
    if el.ns == W {
        let allowed = ATTRIBUTES
            .iter()
            .find(|(n, _)| *n == el.local)
            .unwrap_or_else(|| {
                panic!(
                    "{part}: w:{} is not in the checked list; look it up in wml.xsd",
                    el.local
                )
            })
            .1;
        for key in el.attrs.keys() {
            if let Some(local) = key.strip_prefix("w:") {
                assert!(
                    allowed.contains(&local),
                    "{part}: w:{} has no attribute w:{local} in the schema",
                    el.local
                );
            }
        }
        if let Some((_, order)) = SEQUENCES.iter().find(|(p, _)| *p == el.local) {
            let mut last: Option<usize> = None;
            for c in el.children.iter().filter(|c| c.ns == W) {
                let name = if el.local == "sectPr" && c.local == "footerReference" {
                    "headerReference"
                } else {
                    c.local.as_str()
                };
                let at = order
                    .iter()
                    .position(|o| *o == name)
                    .unwrap_or_else(|| panic!("{part}: w:{} may not hold w:{}", el.local, c.local));
                if let Some(l) = last {
                    let repeat = at == l && REPEATS.contains(&name);
                    assert!(
                        at > l || repeat,
                        "{part}: inside w:{}, w:{} comes after w:{}, against the schema's order",
                        el.local,
                        c.local,
                        order[l]
                    );
                }
                last = Some(at);
            }
        }
    }
    for c in &el.children {
        check_schema(part, c);
    }
}

/// Paragraphs, runs, tables and cells shaped as Word requires.
fn check_structure(doc: &El) {
    let body = &doc
        .children
        .iter()
        .find(|c| c.local == "body")
        .expect("w:body");
    let sect = body.children.iter().position(|c| c.local == "sectPr");
    if let Some(at) = sect {
        assert_eq!(
            at,
            body.children.len() - 1,
            "w:sectPr is the body's last child"
        );
    }
    for p in doc.find("p") {
        for (i, c) in p.children.iter().enumerate() {
            assert!(
                c.local != "pPr" || i == 0,
                "w:pPr is a paragraph's first child"
            );
        }
    }
    for r in doc.find("r") {
        for (i, c) in r.children.iter().enumerate() {
            assert!(c.local != "rPr" || i == 0, "w:rPr is a run's first child");
        }
    }
    for tbl in doc.find("tbl") {
        let names: Vec<&str> = tbl.children.iter().map(|c| c.local.as_str()).collect();
        assert_eq!(
            &names[..2],
            ["tblPr", "tblGrid"],
            "a table starts with its properties and grid"
        );
        assert!(
            names[2..].iter().all(|n| *n == "tr") && names.len() > 2,
            "then rows: {names:?}"
        );
        let grid = tbl.children[1].children.len();
        assert!(grid > 0, "the grid has columns");
        for tr in tbl.children.iter().filter(|c| c.local == "tr") {
            let cells: Vec<&El> = tr.children.iter().filter(|c| c.local == "tc").collect();
            assert_eq!(
                cells.len(),
                grid,
                "a row has as many cells as the grid has columns"
            );
            for tc in cells {
                let last = tc.children.last().expect("a cell holds something");
                assert_eq!(last.local, "p", "a cell ends with a paragraph");
                for (i, c) in tc.children.iter().enumerate() {
                    assert!(
                        c.local != "tcPr" || i == 0,
                        "w:tcPr is a cell's first child"
                    );
                }
            }
        }
    }
}

/// Styles and numbering the document names exist, once each.
fn check_references(doc: &El, styles: &El, numbering: Option<&El>) {
    let mut style_ids = BTreeSet::new();
    for s in styles.find("style") {
        let id = s.attr("w:styleId").expect("w:styleId");
        assert!(style_ids.insert(id.to_string()), "style {id} twice");
    }
    for el in [doc, styles] {
        for r in ["pStyle", "basedOn", "next"]
            .into_iter()
            .flat_map(|n| el.find(n))
        {
            let v = r.attr("w:val").expect("w:val");
            assert!(
                style_ids.contains(v),
                "w:{} names style {v}, which does not exist",
                r.local
            );
        }
    }
    let Some(numbering) = numbering else {
        assert!(
            doc.find("numId").is_empty(),
            "lists without a numbering part"
        );
        return;
    };
    let mut abstract_ids = BTreeSet::new();
    for a in numbering.find("abstractNum") {
        let id = a.attr("w:abstractNumId").expect("id");
        assert!(
            abstract_ids.insert(id.to_string()),
            "abstractNum {id} twice"
        );
    }
    let mut num_ids = BTreeSet::new();
    for n in numbering.find("num") {
        let id = n.attr("w:numId").expect("id");
        assert!(num_ids.insert(id.to_string()), "num {id} twice");
        let a = n.find("abstractNumId");
        let a = a
            .first()
            .and_then(|a| a.attr("w:val"))
            .expect("abstractNumId");
        assert!(
            abstract_ids.contains(a),
            "num {id} uses abstractNum {a}, which does not exist"
        );
    }
    for n in doc.find("numId") {
        let v = n.attr("w:val").expect("w:val");
        assert!(
            num_ids.contains(v),
            "a list uses num {v}, which does not exist"
        );
    }
}

/// All the checks on one exported document; returns the text docx-rs reads back.
fn validate(bytes: &[u8]) -> String {
    let pkg = Package::open(bytes);
    check_package(&pkg);
    let mut parsed = BTreeMap::new();
    for name in pkg
        .parts
        .keys()
        .filter(|n| n.ends_with(".xml") || n.ends_with(".rels"))
    {
        let el = parse(name, pkg.xml(name));
        if name.starts_with("word/") {
            check_schema(name, &el);
        }
        parsed.insert(name.clone(), el);
    }
    let doc = &parsed["word/document.xml"];
    check_structure(doc);
    check_references(
        doc,
        &parsed["word/styles.xml"],
        parsed.get("word/numbering.xml"),
    );

    let read = docx_rs::read_docx(bytes).expect("docx-rs reads the document back");
    let mut text = String::new();
    for child in &read.document.children {
        match child {
            docx_rs::DocumentChild::Paragraph(p) => {
                text.push_str(&p.raw_text());
                text.push('\n');
            }
            docx_rs::DocumentChild::Table(t) => {
                for docx_rs::TableChild::TableRow(row) in &t.rows {
                    for docx_rs::TableRowChild::TableCell(cell) in &row.cells {
                        for c in &cell.children {
                            if let docx_rs::TableCellContent::Paragraph(p) = c {
                                text.push_str(&p.raw_text());
                                text.push('\t');
                            }
                        }
                    }
                    text.push('\n');
                }
            }
            _ => {}
        }
    }
    text
}

fn library(dir: &str) -> Library {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(dir);
    let loaded = docket::store::load_dir(&path).expect("fixture folder loads");
    assert_eq!(loaded.bad_file_count(), 0, "{dir}");
    loaded.library
}

fn docx(lib: &Library, date: &str, lang: Lang, paper: Paper) -> Vec<u8> {
    let d = chrono::NaiveDate::parse_from_str(date, "%Y-%m-%d").expect("date");
    let id = lib.find_by_date(d, None)[0];
    let opts = ExportOptions {
        lang,
        paper,
        ..ExportOptions::default()
    };
    export(lib, id, &opts, Format::Docx).expect("docx")
}

#[test]
fn lovp_minutes_and_agenda_are_valid_word_documents_in_both_languages() {
    let lib = library("meetings");
    for lang in Lang::ALL {
        for paper in [Paper::Minutes, Paper::Agenda] {
            for date in ["2020-02-10", "2020-03-09"] {
                let text = validate(&docx(&lib, date, lang, paper));
                assert!(text.contains("LOVP"), "{date} {lang:?}");
            }
        }
    }
    let nl = validate(&docx(&lib, "2020-02-10", Lang::Nl, Paper::Minutes));
    for want in [
        "maandag 10 februari 2020",
        "Besluitenlijst",
        "Actielijst",
        "Eenheidschefs",
    ] {
        assert!(nl.contains(want), "{want} not read back:\n{nl}");
    }
    assert!(
        nl.lines().any(|l| l.starts_with("Actie\tWie\tWanneer\t")),
        "the action list's header row is read back as a table:\n{nl}"
    );
}

#[test]
fn an_asf_board_meeting_and_hostile_text_are_valid_too() {
    let asf = library("tests/fixtures/asf");
    for lang in Lang::ALL {
        let text = validate(&docx(&asf, "2015-04-22", lang, Paper::Minutes));
        assert!(text.len() > 1000, "{lang:?}: {} characters", text.len());
    }
    let board = library("tests/fixtures/prep/board");
    for date in ["2024-01-10", "2024-02-14"] {
        for paper in [Paper::Minutes, Paper::Agenda] {
            validate(&docx(&board, date, Lang::En, paper));
        }
    }
}

#[test]
fn the_checks_catch_what_docx_rs_writes_unordered() {
    // What docx-rs emits before docket puts it in order: rPr first inside pPr, numId before
    // ilvl. The checker must refuse both, or it proves nothing.
    let bad = [
        "<w:document xmlns:w=\"W\"><w:body><w:p><w:pPr><w:rPr/><w:pStyle w:val=\"x\"/></w:pPr></w:p></w:body></w:document>",
        "<w:document xmlns:w=\"W\"><w:body><w:p><w:pPr><w:numPr><w:numId w:val=\"2\"/><w:ilvl w:val=\"0\"/></w:numPr></w:pPr></w:p></w:body></w:document>",
        "<w:document xmlns:w=\"W\"><w:body><w:tbl><w:tblPr/><w:tblGrid><w:gridCol w:w=\"1\" w:type=\"dxa\"/></w:tblGrid></w:tbl></w:body></w:document>",
    ];
    for xml in bad {
        let xml = xml.replace("\"W\"", &format!("\"{W}\""));
        let el = parse("t.xml", &xml);
        let refused = std::panic::catch_unwind(|| check_schema("t.xml", &el)).is_err();
        assert!(refused, "not refused: {xml}");
    }
}
