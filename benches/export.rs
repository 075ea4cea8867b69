//! Export benchmarks on the largest real meeting in the fixtures (ASF board, 2015-04-22: 60
//! items, long notes) and its series: building the document once, and rendering it to each
//! format. The running action list walks the series, so it is measured with the build.
//!
//! cargo bench --bench export

use docket::export::{ExportOptions, Format, Paper, document, export};
use docket::i18n::Lang;
use docket::model::{Library, MeetingId};
use std::path::Path;
use std::sync::LazyLock;

static LIB: LazyLock<(Library, MeetingId)> = LazyLock::new(|| {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/asf");
    let lib = docket::store::load_dir(&dir)
        .expect("fixtures load")
        .library;
    let d = chrono::NaiveDate::from_ymd_opt(2015, 4, 22).expect("date");
    let id = lib.find_by_date(d, None)[0];
    (lib, id)
});

fn opts(paper: Paper) -> ExportOptions {
    ExportOptions {
        lang: Lang::Nl,
        paper,
        ..ExportOptions::default()
    }
}

#[divan::bench(args = [Paper::Minutes, Paper::Agenda])]
fn build_document(b: divan::Bencher, paper: Paper) {
    let (lib, id) = &*LIB;
    b.bench(|| document(lib, *id, &opts(paper)));
}

#[divan::bench(args = ["md", "html", "docx"])]
fn render_minutes(b: divan::Bencher, format: &str) {
    let (lib, id) = &*LIB;
    let format = match format {
        "md" => Format::Markdown,
        "html" => Format::Html,
        _ => Format::Docx,
    };
    b.bench(|| export(lib, *id, &opts(Paper::Minutes), format).expect("export"));
}

fn main() {
    divan::main();
}
