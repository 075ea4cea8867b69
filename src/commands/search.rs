//! `docket search [DIR] QUERY`: ranked hits as lines or JSON; `--list` prints every record.

use super::{CliError, CliResult, meetings_dir};
use crate::cli::SearchArgs;
use docket::i18n::Lang;
use docket::model::Library;
use docket::sanitize;
use docket::search::{Hit, Query, RecordId, SearchIndex};
use docket::t;
use serde_json::json;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// Characters of text shown before the first match on a plain line.
const LEAD: usize = 30;
/// Characters of text shown per plain line.
const WIDTH: usize = 100;

pub fn run(args: &SearchArgs, lang: Lang) -> CliResult {
    let (dir, query) = split_args(args, lang)?;
    let query = match &query {
        Some(q) => Some(Query::parse(q).map_err(|e| {
            CliError::Usage(format!(
                "{}: {}\n  {}\n  {}{}",
                t!(
                    lang,
                    "cli-search-query-error",
                    start = e.span.start,
                    end = e.span.end
                ),
                e.message(lang),
                sanitize::line(q),
                " ".repeat(q[..e.span.start].chars().count()),
                "^".repeat(q[e.span.clone()].chars().count().max(1))
            ))
        })?),
        None => None,
    };
    let loaded = super::load_reporting_cached(&dir, lang)?;
    let lib = &loaded.library;
    let index = SearchIndex::build(lib);
    let out = std::io::stdout().lock();
    let mut out = BufWriter::new(out);
    let written = match query {
        None => list(&mut out, lib, &index),
        Some(q) => {
            let hits = index.search(&q, Some(args.limit));
            if args.json {
                print_json(&mut out, lib, &index, &q, &hits)
            } else {
                hits.iter()
                    .try_for_each(|h| writeln!(out, "{}", line(lib, &index, &q, *h)))
            }
        }
    };
    written
        .and_then(|()| out.flush())
        .or_else(ignore_broken_pipe)
        .map_err(|e| CliError::Failed(e.to_string()))?;
    // The process ends here: freeing hundreds of thousands of strings one by one costs
    // more (10-15% of a search) than letting the OS take the memory back at exit.
    std::mem::forget(index);
    std::mem::forget(loaded);
    Ok(ExitCode::SUCCESS)
}

/// `[DIR] QUERY`, or `[DIR]` with `--list`.
fn split_args(args: &SearchArgs, lang: Lang) -> Result<(PathBuf, Option<String>), CliError> {
    let a = &args.args;
    if args.list {
        return match a.as_slice() {
            [] => Ok((meetings_dir(None), None)),
            [dir] => Ok((PathBuf::from(dir), None)),
            _ => Err(CliError::Usage(t!(lang, "cli-search-list-usage"))),
        };
    }
    match a.as_slice() {
        [q] => Ok((meetings_dir(None), Some(q.clone()))),
        [dir, q] => Ok((PathBuf::from(dir), Some(q.clone()))),
        _ => Err(CliError::Usage(t!(lang, "cli-search-usage"))),
    }
}

/// `| head` closing the pipe is not an error.
fn ignore_broken_pipe(e: std::io::Error) -> std::io::Result<()> {
    if e.kind() == std::io::ErrorKind::BrokenPipe {
        Ok(())
    } else {
        Err(e)
    }
}

/// Every record on one line, for fzf or grep; each ends in `path:line]`, so a tool that
/// picks a line knows which record it is.
fn list(out: &mut impl Write, lib: &Library, index: &SearchIndex) -> std::io::Result<()> {
    for id in index.ids() {
        let (head, context) = head_and_context(lib, index, id);
        writeln!(
            out,
            "{head} {}  [{context} · {}:{}]",
            sanitize::line(index.text(id)),
            display(index.path(id)),
            index.get(id).map_or(0, |r| r.line)
        )?;
    }
    Ok(())
}

/// `decision  2020-02-10 lovp` and `LOVP · item title`.
fn head_and_context(lib: &Library, index: &SearchIndex, id: RecordId) -> (String, String) {
    let Some(r) = index.get(id) else {
        return (String::new(), String::new());
    };
    let m = lib.get(r.meeting);
    let head = format!("{:<9} {} {:<10}", r.kind.as_str(), r.date, index.series(id));
    let title = m.map_or(String::new(), |m| sanitize::line(&m.title).into_owned());
    let item = r
        .item
        .and_then(|i| m.and_then(|m| m.items.get(i)))
        .map(|it| format!(" · {}", sanitize::line(&it.title)));
    (head, format!("{title}{}", item.unwrap_or_default()))
}

/// One hit: kind, date, series, the text around the first match, and where it is.
fn line(lib: &Library, index: &SearchIndex, q: &Query, hit: Hit) -> String {
    let id = hit.record;
    let (head, context) = head_and_context(lib, index, id);
    let marks = index.highlight(id, q);
    let text = sanitize::line(index.text(id));
    let from = marks.first().map_or(0, |&p| p.saturating_sub(LEAD));
    let total = text.chars().count();
    let mut shown: String = text.chars().skip(from).take(WIDTH).collect();
    if from > 0 {
        shown.insert(0, '…');
    }
    if from + WIDTH < total {
        shown.push('…');
    }
    format!(
        "{head} {shown}  [{context} · {}:{}]",
        display(index.path(id)),
        index.get(id).map_or(0, |r| r.line)
    )
}

fn display(p: &Path) -> String {
    sanitize::line(&p.display().to_string()).into_owned()
}

fn print_json(
    out: &mut impl Write,
    lib: &Library,
    index: &SearchIndex,
    q: &Query,
    hits: &[Hit],
) -> std::io::Result<()> {
    let arr: Vec<_> = hits
        .iter()
        .filter_map(|h| {
            let r = index.get(h.record)?;
            let m = lib.get(r.meeting)?;
            let item = r.item.and_then(|i| m.items.get(i));
            Some(json!({
                "kind": r.kind.as_str(),
                "text": index.text(h.record),
                "meeting_title": m.title,
                "date": r.date.to_string(),
                "series": index.series(h.record),
                "item_title": item.map(|i| &i.title),
                "item": r.item,
                "entry": r.entry,
                "path": index.path(h.record).display().to_string(),
                "line": r.line,
                "score": h.score,
                "words": h.words,
                "positions": index.highlight(h.record, q),
            }))
        })
        .collect();
    serde_json::to_writer_pretty(&mut *out, &arr)?;
    writeln!(out)
}
