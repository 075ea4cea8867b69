//! Every error a person can meet has its words in both languages: for each variant of each
//! error type, the Dutch message differs from the English one, is no missing-message id,
//! names the file or folder it concerns, and the English message is its `Display`.
//! `name` matches without a wildcard, so a new variant does not compile until it is named
//! here; `ALL` then fails until it has a sample.

use docket::export::ExportError;
use docket::i18n::Lang;
use docket::prepare::import::ImportError;
use docket::prepare::parked::ParkedError;
use docket::search::{QueryError, QueryErrorKind};
use docket::store::edit::{EditError, Subject, Unchanged};
use docket::store::{
    Diagnostic, LockError, NewFileError, Overtaken, Problem, ReadOnly, SaveError, StoreError,
    Touched, WatchError, WriteError,
};
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

const FILE: &str = "/vergaderingen/2020-03-09.toml";

fn file() -> PathBuf {
    PathBuf::from(FILE)
}

/// One sample: its variant's name, English and Dutch message, and English `Display`.
struct Sample {
    name: &'static str,
    en: String,
    nl: String,
    display: String,
}

macro_rules! sample {
    ($name:expr, $e:expr) => {{
        let e = &$e;
        Sample {
            name: $name,
            en: e.message(Lang::En),
            nl: e.message(Lang::Nl),
            display: e.to_string(),
        }
    }};
}

fn diagnostic() -> Diagnostic {
    Diagnostic::error(
        Path::new(FILE),
        (3, 1),
        Problem::Required {
            place: docket::store::Place::Meeting,
            key: "title".into(),
        },
    )
}

fn edit_name(e: &EditError) -> &'static str {
    match e {
        EditError::Invalid { .. } => "edit-invalid",
        EditError::NotFound { .. } => "edit-not-found",
        EditError::Ambiguous { .. } => "edit-ambiguous",
        EditError::Inline { .. } => "edit-inline",
        EditError::Unchanged { .. } => "edit-unchanged",
        EditError::TooLarge { .. } => "edit-too-large",
        EditError::Empty { .. } => "edit-empty",
        EditError::Verify { .. } => "edit-verify",
    }
}

fn edits() -> Vec<EditError> {
    let path = file();
    vec![
        EditError::Invalid {
            path: path.clone(),
            first: Some(Box::new(diagnostic())),
        },
        EditError::NotFound {
            path: path.clone(),
            what: Subject::Item("Begroting".into()),
        },
        EditError::Ambiguous {
            path: path.clone(),
            what: Subject::Outcome("Vastgesteld".into()),
            count: 2,
        },
        EditError::Inline {
            path: path.clone(),
            what: Subject::List("action"),
        },
        EditError::Unchanged {
            path: path.clone(),
            what: Unchanged::NoChange(Subject::Action("Brief sturen".into())),
        },
        EditError::TooLarge {
            path: path.clone(),
            kib: 1100,
            cap_kib: 1024,
        },
        EditError::Empty { path: path.clone() },
        EditError::Verify {
            path,
            detail: "x".into(),
        },
    ]
}

fn subject_name(s: &Subject) -> &'static str {
    match s {
        Subject::Item(_) => "subject-item",
        Subject::Outcome(_) => "subject-outcome",
        Subject::Action(_) => "subject-action",
        Subject::Named(_) => "subject-named",
        Subject::List(_) => "subject-list",
    }
}

/// Subjects whose words change with the language (a bare “name” does not).
fn subjects() -> Vec<Subject> {
    vec![
        Subject::Item("Begroting".into()),
        Subject::Outcome("Vastgesteld".into()),
        Subject::Action("Brief sturen".into()),
        Subject::List("item"),
        Subject::List("outcome"),
        Subject::List("action"),
    ]
}

fn unchanged_name(u: &Unchanged) -> &'static str {
    match u {
        Unchanged::SameAsNeighbour(_) => "unchanged-same",
        Unchanged::AlreadyFirst(_) => "unchanged-first",
        Unchanged::AlreadyLast(_) => "unchanged-last",
        Unchanged::NoChange(_) => "unchanged-no-change",
        Unchanged::NothingAsked => "unchanged-nothing-asked",
        Unchanged::ClosedSinceAdded(_) => "unchanged-closed",
        Unchanged::AlreadyHas(..) => "unchanged-already-has",
        Unchanged::HasNo(..) => "unchanged-has-no",
        Unchanged::AlreadyPresent(_) => "unchanged-present",
        Unchanged::NotPresent(_) => "unchanged-not-present",
    }
}

fn unchanged() -> Vec<Unchanged> {
    let item = || Subject::Item("Begroting".into());
    vec![
        Unchanged::SameAsNeighbour(item()),
        Unchanged::AlreadyFirst(item()),
        Unchanged::AlreadyLast(item()),
        Unchanged::NoChange(item()),
        Unchanged::NothingAsked,
        Unchanged::ClosedSinceAdded(Subject::Action("Brief sturen".into())),
        Unchanged::AlreadyHas(item(), "discussed".into()),
        Unchanged::HasNo(item(), "discussed".into()),
        Unchanged::AlreadyPresent("Anna".into()),
        Unchanged::NotPresent("Anna".into()),
    ]
}

fn write_name(e: &WriteError) -> &'static str {
    match e {
        WriteError::Io { .. } => "write-io",
        WriteError::ReadOnly { .. } => "write-read-only",
        WriteError::Changed { .. } => "write-changed",
        WriteError::Temp { .. } => "write-temp",
    }
}

fn writes() -> Vec<WriteError> {
    let path = file();
    vec![
        WriteError::Io {
            path: path.clone(),
            why: "disk full".into(),
        },
        WriteError::ReadOnly { path: path.clone() },
        WriteError::Changed { path: path.clone() },
        WriteError::Temp {
            path,
            why: "disk full".into(),
        },
    ]
}

fn new_file_name(e: &NewFileError) -> &'static str {
    match e {
        NewFileError::Exists(_) => "new-file-exists",
        NewFileError::Io { .. } => "new-file-io",
    }
}

fn new_files() -> Vec<NewFileError> {
    vec![
        NewFileError::Exists(file()),
        NewFileError::Io {
            path: file(),
            reason: "disk full".into(),
        },
    ]
}

fn lock_name(e: &LockError) -> &'static str {
    match e {
        LockError::Unresolved { .. } => "lock-unresolved",
        LockError::HeldAbove { .. } => "lock-held-above",
        LockError::Held { .. } => "lock-held",
        LockError::OpenLock { .. } => "lock-open",
        LockError::Flock { .. } => "lock-flock",
        LockError::CreateDir { .. } => "lock-create-dir",
        LockError::UseDir { .. } => "lock-use-dir",
        LockError::NotPrivate { .. } => "lock-not-private",
        LockError::LinkUnresolved { .. } => "lock-link-unresolved",
        LockError::LinkHeld { .. } => "lock-link-held",
    }
}

/// Lock errors about the meetings folder or a file in it (the lock files live elsewhere,
/// so those name the meetings folder as the lock's place for this test).
fn locks() -> Vec<LockError> {
    let dir = PathBuf::from(FILE);
    let why = || "I/O error".to_string();
    vec![
        LockError::Unresolved {
            dir: dir.clone(),
            why: why(),
        },
        LockError::HeldAbove {
            above: "/".into(),
            dir: dir.clone(),
        },
        LockError::Held { dir: dir.clone() },
        LockError::OpenLock {
            path: dir.clone(),
            why: why(),
        },
        LockError::Flock {
            path: dir.clone(),
            why: why(),
        },
        LockError::CreateDir {
            dir: dir.clone(),
            why: why(),
        },
        LockError::UseDir {
            dir: dir.clone(),
            why: why(),
        },
        LockError::NotPrivate { dir: dir.clone() },
        LockError::LinkUnresolved {
            path: dir.clone(),
            why: why(),
        },
        LockError::LinkHeld {
            path: dir.clone(),
            target: "/elders/b.toml".into(),
            why: Box::new(LockError::Held { dir }),
        },
    ]
}

fn save_name(e: &SaveError) -> &'static str {
    match e {
        SaveError::Edit(_) => "save-edit",
        SaveError::Write(_) => "save-write",
        SaveError::Read(_) => "save-read",
        SaveError::NewFile(_) => "save-new-file",
        SaveError::Locked(_) => "save-locked",
        SaveError::ChangedSince { .. } => "save-changed-since",
        SaveError::Busy { .. } => "save-busy",
        SaveError::ItemLines { .. } => "save-item-lines",
        SaveError::NotTakenBack { .. } => "save-not-taken-back",
    }
}

fn saves() -> Vec<SaveError> {
    let path = file();
    vec![
        SaveError::Edit(EditError::Empty { path: path.clone() }),
        SaveError::Write(WriteError::ReadOnly { path: path.clone() }),
        SaveError::Read(Box::new(diagnostic())),
        SaveError::NewFile(NewFileError::Exists(path.clone())),
        SaveError::Locked(LockError::Held { dir: path.clone() }),
        SaveError::ChangedSince {
            path: path.clone(),
            what: Touched::Action("Brief sturen".into()),
        },
        SaveError::Busy { path: path.clone() },
        SaveError::ItemLines { path: path.clone() },
        SaveError::NotTakenBack {
            first: Box::new(SaveError::Busy { path: path.clone() }),
            copy: "/vergaderingen/.parked-lovp.toml".into(),
            back: Box::new(SaveError::Write(WriteError::ReadOnly { path })),
        },
    ]
}

fn touched_name(t: &Touched) -> &'static str {
    match t {
        Touched::Presence(_) => "touched-presence",
        Touched::Discussed(_) => "touched-discussed",
        Touched::Action(_) => "touched-action",
        Touched::Outcome(_) => "touched-outcome",
    }
}

fn store_name(e: &StoreError) -> &'static str {
    match e {
        StoreError::NoFolder(_) => "store-no-folder",
        StoreError::NotAFolder(_) => "store-not-a-folder",
    }
}

fn query_name(k: &QueryErrorKind) -> &'static str {
    match k {
        QueryErrorKind::UnknownFilter(_) => "query-unknown-filter",
        QueryErrorKind::MissingValue(..) => "query-missing-value",
        QueryErrorKind::BadKind(_) => "query-bad-kind",
        QueryErrorKind::BadStatus(_) => "query-bad-status",
        QueryErrorKind::BadDate(_) => "query-bad-date",
    }
}

fn export_name(e: &ExportError) -> &'static str {
    match e {
        ExportError::Docx(_) => "export-docx",
    }
}

fn import_name(e: &ImportError) -> &'static str {
    match e {
        ImportError::NoDate => "import-no-date",
        ImportError::NoItems => "import-no-items",
    }
}

/// Samples that concern a file or folder (the path must appear in both languages).
fn with_path() -> Vec<Sample> {
    let mut out = Vec::new();
    for e in edits() {
        out.push(sample!(edit_name(&e), e));
    }
    for e in writes() {
        out.push(sample!(write_name(&e), e));
    }
    for e in new_files() {
        out.push(sample!(new_file_name(&e), e));
    }
    for e in locks() {
        out.push(sample!(lock_name(&e), e));
    }
    for e in saves() {
        out.push(sample!(save_name(&e), e));
    }
    out.push(sample!(
        "read-only",
        ReadOnly(LockError::Held { dir: file() })
    ));
    out.push(sample!("overtaken", Overtaken { path: file() }));
    for e in [StoreError::NoFolder(file()), StoreError::NotAFolder(file())] {
        out.push(sample!(store_name(&e), e));
    }
    out.push(sample!(
        "watch",
        WatchError {
            path: file(),
            why: "inotify limit".into()
        }
    ));
    out.push(sample!("parked", ParkedError(vec![diagnostic()])));
    out
}

/// Samples about text the person typed or a document: no path of their own.
fn without_path() -> Vec<Sample> {
    let mut out = Vec::new();
    for t in [
        Touched::Presence("Anna".into()),
        Touched::Discussed("Begroting".into()),
        Touched::Action("Brief sturen".into()),
        Touched::Outcome("Vastgesteld".into()),
    ] {
        out.push(sample!(touched_name(&t), t));
    }
    for kind in [
        QueryErrorKind::UnknownFilter("besluit".into()),
        QueryErrorKind::MissingValue("kind:".into(), "kind:decision"),
        QueryErrorKind::BadKind("besluit".into()),
        QueryErrorKind::BadStatus("open".into()),
        QueryErrorKind::BadDate("maart".into()),
    ] {
        let name = query_name(&kind);
        out.push(sample!(name, QueryError { kind, span: 0..1 }));
    }
    for s in subjects() {
        out.push(sample!(subject_name(&s), s));
    }
    for u in unchanged() {
        out.push(sample!(unchanged_name(&u), u));
    }
    let docx = ExportError::Docx("zip".into());
    out.push(sample!(export_name(&docx), docx));
    for e in [ImportError::NoDate, ImportError::NoItems] {
        out.push(sample!(import_name(&e), e));
    }
    out
}

/// edit 8, write 4, new file 2, lock 10, save 9, touched 4, store 2, query 5, export 1,
/// import 2, the single-case read-only, overtaken, watch and parked: 4; subject 5 but
/// `Named` (a bare “text”, the same in both languages) has its own test; unchanged 10.
const ALL: usize = 8 + 4 + 2 + 10 + 9 + 4 + 2 + 5 + 1 + 2 + 4 + 4 + 10;

#[test]
fn every_error_is_worded_in_dutch_and_english() {
    let with = with_path();
    let without = without_path();
    let names: BTreeSet<&str> = with.iter().chain(&without).map(|s| s.name).collect();
    assert_eq!(names.len(), ALL, "a variant has no sample: {names:?}");
    for s in with.iter().chain(&without) {
        assert_eq!(
            s.en, s.display,
            "{}: English message and Display differ",
            s.name
        );
        assert_ne!(s.nl, s.en, "{}: the Dutch message is English", s.name);
        for text in [&s.nl, &s.en] {
            assert!(
                !text.contains("err-") && !text.contains("problem-"),
                "{}: a message is missing: {text}",
                s.name
            );
        }
    }
    for s in &with {
        assert!(s.nl.contains(FILE), "{}: no path in {}", s.name, s.nl);
    }
}

#[test]
fn dutch_messages_say_it_in_dutch() {
    let nl: Vec<(&str, String)> = with_path()
        .into_iter()
        .chain(without_path())
        .map(|s| (s.name, s.nl))
        .collect();
    let find = |name: &str| {
        nl.iter()
            .find(|(n, _)| *n == name)
            .map(|(_, t)| t.clone())
            .unwrap_or_default()
    };
    assert_eq!(
        find("new-file-exists"),
        format!("{FILE}: bestaat al; docket overschrijft het niet")
    );
    assert_eq!(
        find("edit-invalid"),
        format!(
            "{FILE}: kan niet worden bewerkt zolang er fouten in staan ({FILE}:3:1: `title` is verplicht); herstel eerst het bestand"
        )
    );
    assert_eq!(
        find("save-changed-since"),
        format!(
            "{FILE}: de actie “Brief sturen” is sindsdien door iemand anders gewijzigd; niet ongedaan gemaakt, die wijziging blijft staan"
        )
    );
    assert_eq!(
        find("read-only"),
        format!("alleen-lezen: een andere docket schrijft in {FILE} of een map daarin")
    );
    assert_eq!(
        find("save-not-taken-back"),
        format!(
            "{FILE}: het bestand bleef veranderen terwijl docket het probeerde te schrijven; er is niets geschreven; en de kopie in /vergaderingen/.parked-lovp.toml kon niet worden teruggenomen: {FILE}: het bestand is alleen-lezen; er is niets geschreven"
        )
    );
    assert_eq!(
        find("query-unknown-filter"),
        "onbekend filter `besluit:`; bekend: kind:, series:, after:, before:, is: (en #tag, @persoon)"
    );
}

#[test]
fn a_bare_name_is_the_same_in_both_languages_and_every_subject_has_a_name() {
    let named = Subject::Named("Begroting".into());
    assert_eq!(subject_name(&named), "subject-named");
    assert_eq!(named.message(Lang::Nl), "“Begroting”");
    assert_eq!(named.message(Lang::En), named.to_string());
    let nl: Vec<String> = subjects().iter().map(|s| s.message(Lang::Nl)).collect();
    assert_eq!(
        nl,
        [
            "agendapunt “Begroting”",
            "uitkomst “Vastgesteld”",
            "actie “Brief sturen”",
            "de lijst met agendapunten",
            "de lijst met uitkomsten",
            "de lijst met acties"
        ]
    );
}
