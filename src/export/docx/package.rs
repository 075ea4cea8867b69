//! docx-rs's package made to follow the standard, since Word refuses what the schema does
//! not allow: the children of the property elements put in the order `wml.xsd` requires
//! (`schema.rs`), and the parts docx-rs always adds but docket never fills (comments,
//! footnotes) left out with their content types and relationships, so no part is orphaned.

use super::schema::rank;
use quick_xml::events::{BytesStart, Event};
use quick_xml::{Reader, Writer};
use std::io::{Cursor, Read, Write};

/// Parts docx-rs writes whatever the document holds; docket's documents use none of them.
const UNUSED: &[&str] = &[
    "word/comments.xml",
    "word/commentsExtended.xml",
    "word/footnotes.xml",
];

/// The XML parts whose elements are put in schema order.
const ORDERED: &[&str] = &[
    "word/document.xml",
    "word/styles.xml",
    "word/numbering.xml",
    "word/settings.xml",
];

/// Rewrites the package: same parts and text, in schema order, without the unused parts.
pub fn normalize(docx: &[u8]) -> Result<Vec<u8>, String> {
    let mut zip = zip::ZipArchive::new(Cursor::new(docx)).map_err(|e| e.to_string())?;
    let mut parts = Vec::new();
    for i in 0..zip.len() {
        let mut f = zip.by_index(i).map_err(|e| e.to_string())?;
        if f.is_dir() {
            continue;
        }
        let mut bytes = Vec::new();
        f.read_to_end(&mut bytes).map_err(|e| e.to_string())?;
        parts.push((f.name().to_string(), bytes));
    }
    // What the document refers to, less the unused parts; docx-rs also writes a numbering
    // part for a document without lists, and then refers to it nowhere.
    let referred = match parts.iter().find(|(n, _)| n == DOCUMENT_RELS) {
        Some((_, rels)) => targets(&parse(rels)?),
        None => Vec::new(),
    };
    let drop: Vec<String> = parts
        .iter()
        .map(|(n, _)| n.clone())
        .filter(|n| {
            UNUSED.contains(&n.as_str())
                || (n.starts_with("word/")
                    && n.ends_with(".xml")
                    && n != "word/document.xml"
                    && !referred.iter().any(|t| format!("word/{t}") == *n))
        })
        .collect();
    parts.retain(|(n, _)| !drop.contains(n));
    for (name, bytes) in parts.iter_mut() {
        let mut nodes = match name.as_str() {
            "[Content_Types].xml" | DOCUMENT_RELS => parse(bytes)?,
            n if ORDERED.contains(&n) => parse(bytes)?,
            _ => continue,
        };
        match name.as_str() {
            "[Content_Types].xml" => drop_refs(&mut nodes, "Override", "PartName", &drop),
            DOCUMENT_RELS => drop_refs(&mut nodes, "Relationship", "Target", &drop),
            _ => order(&mut nodes, None),
        }
        *bytes = write(&nodes)?;
    }
    // The content types first, as packages conventionally start.
    parts.sort_by_key(|(name, _)| name != "[Content_Types].xml");
    let mut out = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    for (name, bytes) in &parts {
        out.start_file(name, options).map_err(|e| e.to_string())?;
        out.write_all(bytes).map_err(|e| e.to_string())?;
    }
    let out = out.finish().map_err(|e| e.to_string())?;
    Ok(out.into_inner())
}

const DOCUMENT_RELS: &str = "word/_rels/document.xml.rels";

/// The `Target`s of a relationships part.
fn targets(nodes: &[Node]) -> Vec<String> {
    let mut out = Vec::new();
    for n in nodes {
        if let Node::Element { children, .. } = n {
            for c in children {
                if let Node::Element { start, .. } = c
                    && let Some(t) = attribute(start, "Target")
                {
                    out.push(t);
                }
            }
        }
    }
    out
}

fn attribute(start: &BytesStart<'_>, name: &str) -> Option<String> {
    start
        .try_get_attribute(name)
        .ok()
        .flatten()
        .map(|a| String::from_utf8_lossy(&a.value).into_owned())
}

/// An XML node: an element with its children, or anything else (declaration, text).
enum Node {
    Element {
        start: BytesStart<'static>,
        children: Vec<Node>,
        empty: bool,
    },
    Other(Event<'static>),
}

fn parse(xml: &[u8]) -> Result<Vec<Node>, String> {
    let mut reader = Reader::from_reader(xml);
    let mut stack: Vec<(BytesStart<'static>, Vec<Node>)> = Vec::new();
    let mut top = Vec::new();
    let mut buf = Vec::new();
    loop {
        let event = reader
            .read_event_into(&mut buf)
            .map_err(|e| e.to_string())?
            .into_owned();
        let node = match event {
            Event::Eof => break,
            Event::Start(start) => {
                stack.push((start, Vec::new()));
                buf.clear();
                continue;
            }
            Event::End(_) => {
                let (start, children) = stack.pop().ok_or("an end tag without its start")?;
                Node::Element {
                    start,
                    children,
                    empty: false,
                }
            }
            Event::Empty(start) => Node::Element {
                start,
                children: Vec::new(),
                empty: true,
            },
            other => Node::Other(other),
        };
        match stack.last_mut() {
            Some((_, children)) => children.push(node),
            None => top.push(node),
        }
        buf.clear();
    }
    if stack.is_empty() {
        Ok(top)
    } else {
        Err("an element is not closed".into())
    }
}

fn write(nodes: &[Node]) -> Result<Vec<u8>, String> {
    fn put(w: &mut Writer<Vec<u8>>, node: &Node) -> std::io::Result<()> {
        match node {
            Node::Element {
                start,
                children,
                empty: true,
            } if children.is_empty() => w.write_event(Event::Empty(start.borrow())),
            Node::Element {
                start, children, ..
            } => {
                w.write_event(Event::Start(start.borrow()))?;
                for c in children {
                    put(w, c)?;
                }
                w.write_event(Event::End(start.to_end()))
            }
            Node::Other(e) => w.write_event(e.borrow()),
        }
    }
    let mut w = Writer::new(Vec::new());
    for n in nodes {
        put(&mut w, n).map_err(|e| e.to_string())?;
    }
    Ok(w.into_inner())
}

/// The local name of a `w:` element, else `None`.
fn w_name(start: &BytesStart<'_>) -> Option<String> {
    let name = start.name();
    let name = std::str::from_utf8(name.as_ref()).ok()?;
    name.strip_prefix("w:").map(str::to_string)
}

/// Sorts, at every depth, the children of the elements the schema orders; a child the
/// schema does not name for its parent keeps its place after the one before it.
fn order(nodes: &mut Vec<Node>, parent: Option<&str>) {
    if let Some(parent) = parent {
        let mut last = 0;
        let mut keyed: Vec<(usize, Node)> = Vec::with_capacity(nodes.len());
        for n in std::mem::take(nodes) {
            let key = match &n {
                Node::Element { start, .. } => w_name(start)
                    .and_then(|child| rank(parent, &child).flatten())
                    .unwrap_or(last),
                Node::Other(_) => last,
            };
            last = key;
            keyed.push((key, n));
        }
        keyed.sort_by_key(|(k, _)| *k);
        *nodes = keyed.into_iter().map(|(_, n)| n).collect();
    }
    for n in nodes.iter_mut() {
        if let Node::Element {
            start, children, ..
        } = n
        {
            let name = w_name(start);
            if name.as_deref() == Some("gridCol") {
                // docx-rs adds `w:type`, which `CT_TblGridCol` does not have.
                *start = without_attribute(start, b"w:type");
            }
            let ordered = name.as_deref().filter(|p| rank(p, "").is_some());
            order(children, ordered);
        }
    }
}

fn without_attribute(start: &BytesStart<'_>, name: &[u8]) -> BytesStart<'static> {
    let mut out = BytesStart::new(String::from_utf8_lossy(start.name().as_ref()).into_owned());
    for a in start.attributes().flatten() {
        if a.key.as_ref() != name {
            out.push_attribute(a);
        }
    }
    out
}

/// Removes the root's children named `element` whose `attr` names a dropped part.
fn drop_refs(nodes: &mut [Node], element: &str, attr: &str, dropped: &[String]) {
    for n in nodes.iter_mut() {
        let Node::Element { children, .. } = n else {
            continue;
        };
        children.retain(|c| {
            let Node::Element { start, .. } = c else {
                return true;
            };
            if start.name().as_ref() != element.as_bytes() {
                return true;
            }
            let target = attribute(start, attr).unwrap_or_default();
            let target = target.trim_start_matches('/');
            !dropped
                .iter()
                .any(|d| d == target || d.strip_prefix("word/") == Some(target))
        });
    }
}
