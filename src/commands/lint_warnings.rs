//! Agenda lint as `docket check` warnings, for the meetings being prepared (the first meeting
//! on or after today in each series; see docs/prepare.md).

use docket::model::Target;
use docket::sanitize;
use docket::store::{Diagnostic, Loaded, Problem};

/// Adds a warning for every lint finding, keeping the problems sorted by path and position.
pub fn add(loaded: &mut Loaded, today: chrono::NaiveDate, lang: docket::i18n::Lang) {
    let lib = &loaded.library;
    let mut warnings = Vec::new();
    for id in lib.meetings_being_prepared(today) {
        for f in lib.lint_in(&Target::Meeting(id), lang) {
            let Some(path) = &f.path else { continue };
            let message = Problem::Lint {
                message: sanitize::line(&f.message).into_owned(),
                kind: f.kind.as_str(),
            };
            warnings.push(Diagnostic::warning(path, (f.line, 1), message));
        }
    }
    loaded.problems.append(&mut warnings);
    loaded
        .problems
        .sort_by(|a, b| a.sort_key().cmp(&b.sort_key()));
}
