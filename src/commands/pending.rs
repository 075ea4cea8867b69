//! `docket pending`: the actions pending at a meeting, as the pending pane shows them.

use super::meeting_arg::{self, Named};
use super::{CliError, CliResult, meetings_dir, today};
use crate::cli::PendingArgs;
use docket::i18n::Lang;
use docket::model::{Library, MeetingId, PendingAction, Scope, Target};
use docket::sanitize;
use docket::t;
use serde_json::json;
use std::process::ExitCode;

pub fn run(args: &PendingArgs, today_arg: Option<chrono::NaiveDate>, lang: Lang) -> CliResult {
    let dir = meetings_dir(args.dir.as_deref());
    let loaded = super::load_reporting(&dir, lang)?;
    let lib = &loaded.library;
    let target = resolve_target(
        lib,
        args.for_meeting.as_deref(),
        args.series.as_deref(),
        today(today_arg),
        lang,
    )?;
    let scope = if args.all_series {
        Scope::AllSeries
    } else {
        Scope::Series
    };
    let pending = lib.pending(&target, scope);
    if args.json {
        let arr: Vec<_> = pending.iter().map(|p| to_json(lib, p)).collect();
        println!(
            "{}",
            serde_json::to_string_pretty(&arr).map_err(|e| CliError::Failed(e.to_string()))?
        );
    } else {
        println!("{}", heading(lib, &target, pending.len()));
        for p in &pending {
            println!("{}", line(lib, p));
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// Finds the meeting the command is about: `--for` a path or date, else the next upcoming
/// meeting (of `--series` if given), else the latest.
pub fn resolve_target(
    lib: &Library,
    for_meeting: Option<&str>,
    series: Option<&str>,
    today: chrono::NaiveDate,
    lang: Lang,
) -> Result<Target, CliError> {
    if let Some(s) = series
        && lib.series_meetings(s).is_empty()
        && for_meeting.is_none()
    {
        return Err(unknown_series(lib, s, lang));
    }
    let Some(spec) = for_meeting else {
        let ids: Vec<MeetingId> = match series {
            Some(s) => lib.series_meetings(s).to_vec(),
            None => lib.ids().collect(),
        };
        let id = ids
            .iter()
            .copied()
            .find(|&id| lib.meeting(id).date >= today)
            .or_else(|| ids.last().copied())
            .ok_or_else(|| CliError::Failed(t!(lang, "cli-no-meetings")))?;
        return Ok(Target::Meeting(id));
    };
    match meeting_arg::find(lib, spec, series, lang)? {
        Named::Meeting(id) => Ok(Target::Meeting(id)),
        Named::NoneOn(date) => match (series, lib.series_names().collect::<Vec<_>>().as_slice()) {
            (Some(s), _) => Ok(Target::Planned {
                series: s.to_string(),
                date,
            }),
            (None, [only]) => Ok(Target::Planned {
                series: only.to_string(),
                date,
            }),
            (None, _) => Err(CliError::Usage(t!(
                lang,
                "cli-no-meeting-name-series",
                date = date.to_string()
            ))),
        },
    }
}

fn unknown_series(lib: &Library, s: &str, lang: Lang) -> CliError {
    let known: Vec<&str> = lib.series_names().collect();
    CliError::Usage(t!(
        lang,
        "cli-no-series",
        series = s,
        known = known.join(", ")
    ))
}

fn heading(lib: &Library, target: &Target, n: usize) -> String {
    let what = match target {
        Target::Meeting(id) => {
            let m = lib.meeting(*id);
            format!("{} {}", sanitize::line(&m.title), m.date)
        }
        Target::Planned { series, date } => format!("{series} {date} (planned)"),
    };
    format!("{n} pending at {what}")
}

fn line(lib: &Library, p: &PendingAction) -> String {
    let m = lib.meeting(p.meeting);
    let item = &m.items[p.item];
    let a = lib.action(p);
    let due = a.due.map(|d| d.to_string()).unwrap_or_else(|| "-".into());
    let owner = a.owner.as_deref().map(sanitize::line).unwrap_or_default();
    let done = a.done.map(|_| " (done)").unwrap_or_default();
    format!(
        "{:<8} {:<10} {:<18} {}{done}  [{} {} · {}]",
        p.status.as_str(),
        due,
        owner,
        sanitize::line(&a.text),
        m.series,
        m.date,
        sanitize::line(&item.title)
    )
}

fn to_json(lib: &Library, p: &PendingAction) -> serde_json::Value {
    let m = lib.meeting(p.meeting);
    let item = &m.items[p.item];
    let a = lib.action(p);
    json!({
        "text": a.text,
        "owner": a.owner,
        "status": p.status.as_str(),
        "due": a.due.map(|d| d.to_string()),
        "due_date": p.due_date.map(|d| d.to_string()),
        "done": a.done.map(|d| match d.date() { Some(d) => json!(d.to_string()), None => json!(true) }),
        "meeting_date": m.date.to_string(),
        "meeting_title": m.title,
        "series": m.series,
        "topic": item.topic,
        "item_title": item.title,
        "path": m.path.display().to_string(),
        "line": a.line,
    })
}
