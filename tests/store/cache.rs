//! The load cache: loads through it equal loads without it, whatever happened to the files
//! or to the cache in between; it lives in the cache folder, never in the meetings folder.

use docket::store::{self, Loaded};
use std::fs;
use std::path::{Path, PathBuf};

fn asf() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/asf-board")
}

/// A copy of the ASF meetings, and an empty cache folder.
fn setup() -> (tempfile::TempDir, PathBuf, PathBuf) {
    let tmp = tempfile::tempdir().expect("temp dir");
    let meetings = tmp.path().join("meetings");
    let cache = tmp.path().join("cache");
    fs::create_dir(&meetings).expect("mkdir");
    for e in fs::read_dir(asf()).expect("fixture") {
        let p = e.expect("entry").path();
        if p.extension().is_some_and(|x| x == "toml") {
            fs::copy(&p, meetings.join(p.file_name().expect("name"))).expect("copy");
        }
    }
    (tmp, meetings, cache)
}

/// Everything a load produced, comparable.
fn same(a: &Loaded, b: &Loaded) {
    let ma: Vec<_> = a.library.iter().map(|(_, m)| m).collect();
    let mb: Vec<_> = b.library.iter().map(|(_, m)| m).collect();
    assert_eq!(ma, mb, "the meetings");
    let pa: Vec<String> = a.problems.iter().map(|d| d.to_string()).collect();
    let pb: Vec<String> = b.problems.iter().map(|d| d.to_string()).collect();
    assert_eq!(pa, pb, "the problems");
    let sa: Vec<_> = a.sources.iter().map(|s| (&s.path, s.hash)).collect();
    let sb: Vec<_> = b.sources.iter().map(|s| (&s.path, s.hash)).collect();
    assert_eq!(sa, sb, "the sources");
}

fn cached(meetings: &Path, cache: &Path) -> (Loaded, usize) {
    store::load_dir_cached(meetings, cache).expect("loads")
}

fn plain(meetings: &Path) -> Loaded {
    store::load_dir(meetings).expect("loads")
}

#[test]
fn a_warm_load_equals_a_cold_one_and_parses_nothing() {
    let (_tmp, meetings, cache) = setup();
    let (cold, hits) = cached(&meetings, &cache);
    assert_eq!(hits, 0);
    same(&cold, &plain(&meetings));
    let (warm, hits) = cached(&meetings, &cache);
    assert_eq!(hits, 25, "every file from the cache");
    same(&warm, &plain(&meetings));
    // The cache is in the cache folder, and nothing new is in the meetings folder.
    assert_eq!(fs::read_dir(&cache).expect("cache").count(), 1);
    assert_eq!(fs::read_dir(&meetings).expect("meetings").count(), 25);
}

#[test]
fn changed_added_and_removed_files_are_read_alone() {
    let (_tmp, meetings, cache) = setup();
    cached(&meetings, &cache);
    // Changed: same size, different bytes (a letter of a title).
    let changed = meetings.join("2010-01-20.toml");
    let text = fs::read_to_string(&changed).expect("read");
    let edited = text.replacen("Call to order", "Call to ORDER", 1);
    assert_eq!(edited.len(), text.len());
    fs::write(&changed, edited).expect("write");
    // Added, and removed.
    fs::copy(
        meetings.join("2015-04-22.toml"),
        meetings.join("2016-01-01.toml"),
    )
    .expect("add");
    fs::remove_file(meetings.join("1999-04-13.toml")).expect("remove");
    let (loaded, hits) = cached(&meetings, &cache);
    assert_eq!(hits, 23, "all but the changed and the added file");
    same(&loaded, &plain(&meetings));
    let m = loaded
        .library
        .iter()
        .map(|(_, m)| m)
        .find(|m| m.path == changed)
        .expect("the changed meeting");
    assert_eq!(m.items[0].title, "Call to ORDER");
    let (_, hits) = cached(&meetings, &cache);
    assert_eq!(hits, 25);
}

#[test]
fn a_file_with_problems_is_never_cached() {
    let (_tmp, meetings, cache) = setup();
    fs::write(
        meetings.join("2020-01-01.toml"),
        "title = \"x\"\ndate = 2020-13-01\n",
    )
    .expect("bad");
    let (cold, _) = cached(&meetings, &cache);
    assert!(!cold.problems.is_empty());
    let (warm, hits) = cached(&meetings, &cache);
    assert_eq!(hits, 25, "the good ones only");
    same(&warm, &plain(&meetings));
}

#[test]
fn a_corrupt_or_foreign_cache_is_ignored_and_rebuilt() {
    let (_tmp, meetings, cache) = setup();
    cached(&meetings, &cache);
    let file = fs::read_dir(&cache)
        .expect("cache")
        .next()
        .expect("a cache file")
        .expect("entry")
        .path();
    let good = fs::read(&file).expect("cache bytes");
    let corruptions: Vec<(&str, Vec<u8>)> = vec![
        ("empty", Vec::new()),
        ("truncated", good[..good.len() / 2].to_vec()),
        ("one byte short", good[..good.len() - 1].to_vec()),
        ("trailing garbage", [good.as_slice(), b"x"].concat()),
        ("another format", {
            let mut b = good.clone();
            b[8] ^= 0xff;
            b
        }),
        (
            "garbage",
            (0..5000u32).map(|i| (i * 7919 % 251) as u8).collect(),
        ),
        ("a flipped byte in a text", {
            let mut b = good.clone();
            let at = good.len() - 40;
            b[at] ^= 0x01;
            b
        }),
        ("a huge count", {
            // Flip the high bytes of whatever lies far into the file.
            let mut b = good.clone();
            let at = good.len() / 3;
            b[at] = 0xff;
            b[at + 1] = 0xff;
            b
        }),
    ];
    for (what, bytes) in corruptions {
        fs::write(&file, &bytes).expect("corrupt");
        let (loaded, hits) = cached(&meetings, &cache);
        same(&loaded, &plain(&meetings));
        assert_eq!(hits, 0, "{what}");
        // Rebuilt: the next load is served from it.
        let (_, hits) = cached(&meetings, &cache);
        assert_eq!(hits, 25, "{what}: rebuilt");
    }
}

#[test]
fn the_cache_of_one_folder_is_not_used_for_another() {
    let (tmp, meetings, cache) = setup();
    cached(&meetings, &cache);
    let other = tmp.path().join("other");
    fs::create_dir(&other).expect("mkdir");
    fs::copy(
        meetings.join("2015-04-22.toml"),
        other.join("2015-04-22.toml"),
    )
    .expect("copy");
    let (loaded, hits) = cached(&other, &cache);
    assert_eq!(hits, 0);
    same(&loaded, &plain(&other));
}

#[test]
fn an_unwritable_cache_folder_is_not_an_error() {
    let (tmp, meetings, _) = setup();
    // A file where the cache folder should be.
    let blocked = tmp.path().join("blocked");
    fs::write(&blocked, "not a folder").expect("file");
    let (loaded, hits) = cached(&meetings, &blocked.join("docket"));
    assert_eq!(hits, 0);
    same(&loaded, &plain(&meetings));
}

/// The folder (kept alive), its meetings, the cache file, its good bytes, and the
/// meetings a plain load gives (as text).
type Damaged = (tempfile::TempDir, PathBuf, PathBuf, Vec<u8>, Vec<String>);

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(48))]

    /// Any bytes changed anywhere in the cache file: the load is still the one without it.
    #[test]
    fn any_damage_to_the_cache_changes_nothing(
        flips in proptest::collection::vec((0.0f64..1.0, 1u8..=255), 1..4),
        cut in proptest::option::of(0.0f64..1.0),
    ) {
        use std::sync::LazyLock;
        static FIXTURE: LazyLock<Damaged> =
            LazyLock::new(|| {
                let (tmp, meetings, cache) = setup();
                cached(&meetings, &cache);
                let file = fs::read_dir(&cache)
                    .expect("cache")
                    .next()
                    .expect("a cache file")
                    .expect("entry")
                    .path();
                let good = fs::read(&file).expect("bytes");
                let want = plain(&meetings)
                    .library
                    .iter()
                    .map(|(_, m)| format!("{m:?}"))
                    .collect();
                (tmp, meetings, file, good, want)
            });
        let (_, meetings, file, good, want) = &*FIXTURE;
        let mut bytes = good.clone();
        for (at, x) in flips {
            let i = ((bytes.len() - 1) as f64 * at) as usize;
            bytes[i] ^= x;
        }
        if let Some(c) = cut {
            bytes.truncate((bytes.len() as f64 * c) as usize);
        }
        // A private cache folder per case: the damaged file is the only one there.
        let dir = tempfile::tempdir().expect("temp dir");
        let name = file.file_name().expect("name");
        fs::write(dir.path().join(name), &bytes).expect("write");
        let (loaded, hits) = cached(meetings, dir.path());
        let got: Vec<String> = loaded.library.iter().map(|(_, m)| format!("{m:?}")).collect();
        proptest::prop_assert_eq!(&got, want);
        proptest::prop_assert_eq!(hits, 0);
    }
}

#[test]
fn the_record_survives_the_cache() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let meetings = tmp.path().join("meetings");
    let cache = tmp.path().join("cache");
    fs::create_dir(&meetings).expect("mkdir");
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/record/good");
    fs::copy(
        src.join("2025-03-10.toml"),
        meetings.join("2025-03-10.toml"),
    )
    .expect("copy");
    let (cold, _) = cached(&meetings, &cache);
    let (warm, hits) = cached(&meetings, &cache);
    assert_eq!(hits, 1, "read from the cache");
    same(&warm, &cold);
    let m = &warm.library.meetings()[0];
    assert_eq!(
        (m.members.len(), m.present.len(), m.quorum),
        (5, 3, Some(3))
    );
    assert_eq!(m.items[0].documents.len(), 3);
    assert_eq!(m.items[0].outcomes[0].vote.against, Some(1));
    assert!(m.items[1].outcomes[0].vote.unanimous);
}
