//! A cache of what loading produced: for each meeting file that parsed, its meeting, keyed
//! by the file's path, size and content hash. Loading still reads every file (to hash it);
//! only a file whose bytes match its cached key skips parsing. One cache file per meetings
//! folder, in the XDG cache directory (never in the meetings folder).
//!
//! Correctness never depends on the cache: a missing, corrupt, truncated or foreign cache
//! (another format, another build of docket, another folder) is ignored and rebuilt, and
//! failing to write it is not an error. Files with problems are never cached, so their
//! diagnostics come out of the parser every time.
//!
//! Format (little endian): magic, format number, build identity, folder, entry count, a
//! checksum of the rest, then per entry: relative path, size, content hash, and the meeting's fields in order.

use super::ContentHash;
use crate::model::{
    Discussed, Document, Done, Due, FollowUp, Item, Library, Meeting, Outcome, OutcomeKind, Vote,
};
use chrono::{Datelike, NaiveDate, NaiveDateTime, NaiveTime, Timelike};
use std::collections::HashMap;
use std::path::{Path, PathBuf};

const MAGIC: &[u8; 8] = b"DOCKETLC";
/// Bump when the encoding or what parsing produces changes.
const FORMAT: u32 = 2;
/// Environment variable that turns the cache off (`DOCKET_CACHE=off`).
pub const CACHE_ENV: &str = "DOCKET_CACHE";

/// Where caches go: `$XDG_CACHE_HOME/docket`, else `~/.cache/docket`; `None` when neither is
/// known or the cache is turned off.
pub fn default_dir() -> Option<PathBuf> {
    if std::env::var_os(CACHE_ENV).is_some_and(|v| v == "off") {
        return None;
    }
    let xdg = std::env::var_os("XDG_CACHE_HOME")
        .map(PathBuf::from)
        .filter(|p| p.is_absolute());
    let base = xdg.or_else(|| {
        std::env::var_os("HOME")
            .map(PathBuf::from)
            .filter(|p| p.is_absolute())
            .map(|h| h.join(".cache"))
    })?;
    Some(base.join("docket"))
}

struct Entry {
    size: u64,
    hash: ContentHash,
    meeting: Meeting,
}

/// The cache of one meetings folder while a load runs.
pub struct LoadCache {
    file: PathBuf,
    /// The folder as given (files found below it start with it) and canonical (its identity).
    root: PathBuf,
    folder: PathBuf,
    old: HashMap<PathBuf, Entry>,
    /// Entries the cache held when opened.
    old_count: usize,
    new: Vec<(PathBuf, u64, ContentHash)>,
    dirty: bool,
    /// How many files were served from the cache (for tests and measurements).
    pub hits: usize,
}

impl LoadCache {
    /// Opens the cache of `folder` in `cache_dir`; an unreadable or invalid one is empty.
    pub fn open(cache_dir: &Path, root: &Path) -> LoadCache {
        let folder = root.canonicalize().unwrap_or_else(|_| root.to_path_buf());
        let file = cache_dir.join(format!(
            "load-{:016x}.bin",
            ContentHash::of(folder.as_os_str().as_encoded_bytes()).0
        ));
        let old = std::fs::read(&file)
            .ok()
            .and_then(|bytes| decode_file(&bytes, &folder))
            .unwrap_or_default();
        LoadCache {
            file,
            root: root.to_path_buf(),
            folder,
            old_count: old.len(),
            old,
            new: Vec::new(),
            dirty: false,
            hits: 0,
        }
    }

    /// The cached meeting for a file with these bytes, if its key matches.
    pub fn get(&mut self, path: &Path, size: u64, hash: ContentHash) -> Option<Meeting> {
        let rel = self.relative(path)?;
        if !self
            .old
            .get(&rel)
            .is_some_and(|e| e.size == size && e.hash == hash)
        {
            return None;
        }
        let mut m = self.old.remove(&rel)?.meeting;
        m.path = path.to_path_buf();
        self.keep(rel, size, hash);
        self.hits += 1;
        Some(m)
    }

    /// Records a freshly parsed meeting.
    pub fn put(&mut self, path: &Path, size: u64, hash: ContentHash) {
        if let Some(rel) = self.relative(path) {
            self.dirty = true;
            self.keep(rel, size, hash);
        }
    }

    fn keep(&mut self, rel: PathBuf, size: u64, hash: ContentHash) {
        self.new.push((rel, size, hash));
    }

    fn relative(&self, path: &Path) -> Option<PathBuf> {
        path.strip_prefix(&self.root).ok().map(Path::to_path_buf)
    }

    /// Writes the cache of the meetings loaded (`lib`) when something changed (a file parsed
    /// anew, or one gone); any failure leaves the old cache or none, never a half-written one.
    pub fn save(self, lib: &Library) {
        let gone = self.old_count != self.new.len();
        if !self.dirty && !gone {
            return;
        }
        let keys: HashMap<&Path, (&Path, u64, ContentHash)> = self
            .new
            .iter()
            .map(|(rel, size, hash)| (rel.as_path(), (rel.as_path(), *size, *hash)))
            .collect();
        let mut out = Vec::new();
        let mut count = 0u32;
        for (_, m) in lib.iter() {
            let Some(&(rel, size, hash)) = m
                .path
                .strip_prefix(&self.root)
                .ok()
                .and_then(|rel| keys.get(rel))
            else {
                continue;
            };
            let mut w = Writer(&mut out);
            w.str(&rel.to_string_lossy());
            w.u64(size);
            w.u64(hash.0);
            w.meeting(m);
            count += 1;
        }
        let Some(dir) = self.file.parent() else {
            return;
        };
        if std::fs::create_dir_all(dir).is_err() {
            return;
        }
        let mut bytes = Vec::with_capacity(out.len() + 256);
        let mut w = Writer(&mut bytes);
        w.0.extend_from_slice(MAGIC);
        w.u32(FORMAT);
        w.str(&build_identity());
        w.str(&self.folder.to_string_lossy());
        w.u32(count);
        // A checksum of the entries: a flipped byte inside a text would still decode.
        w.u64(ContentHash::of(&out).0);
        bytes.extend_from_slice(&out);
        let Ok(mut tmp) = tempfile::NamedTempFile::new_in(dir) else {
            return;
        };
        use std::io::Write;
        if tmp.write_all(&bytes).is_ok() {
            let _ = tmp.persist(&self.file);
        }
    }
}

/// This build of docket: a cache written by another one may hold what another parser made.
fn build_identity() -> String {
    let exe = std::env::current_exe()
        .ok()
        .and_then(|p| std::fs::metadata(p).ok());
    let (size, mtime) = exe.map_or((0, 0), |m| {
        let t = m
            .modified()
            .ok()
            .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
            .map_or(0, |d| d.as_nanos());
        (m.len(), t)
    });
    format!("{} {size} {mtime}", env!("CARGO_PKG_VERSION"))
}

fn decode_file(bytes: &[u8], folder: &Path) -> Option<HashMap<PathBuf, Entry>> {
    let mut r = Reader(bytes);
    if r.take(MAGIC.len())? != MAGIC || r.u32()? != FORMAT || r.str()? != build_identity() {
        return None;
    }
    if r.str()? != folder.to_string_lossy() {
        return None;
    }
    let count = r.u32()? as usize;
    if r.u64()? != ContentHash::of(r.0).0 {
        return None;
    }
    let mut out = HashMap::with_capacity(count.min(1 << 20));
    for _ in 0..count {
        let rel = PathBuf::from(r.str()?);
        let size = r.u64()?;
        let hash = ContentHash(r.u64()?);
        let meeting = r.meeting(folder.join(&rel))?;
        out.insert(
            rel,
            Entry {
                size,
                hash,
                meeting,
            },
        );
    }
    r.0.is_empty().then_some(out)
}

struct Writer<'a>(&'a mut Vec<u8>);

impl Writer<'_> {
    fn u8(&mut self, v: u8) {
        self.0.push(v);
    }
    fn u32(&mut self, v: u32) {
        self.0.extend_from_slice(&v.to_le_bytes());
    }
    fn i32(&mut self, v: i32) {
        self.0.extend_from_slice(&v.to_le_bytes());
    }
    fn u64(&mut self, v: u64) {
        self.0.extend_from_slice(&v.to_le_bytes());
    }
    fn str(&mut self, s: &str) {
        self.u32(s.len() as u32);
        self.0.extend_from_slice(s.as_bytes());
    }
    fn opt_str(&mut self, s: Option<&str>) {
        match s {
            Some(s) => {
                self.u8(1);
                self.str(s);
            }
            None => self.u8(0),
        }
    }
    fn opt_u32(&mut self, v: Option<u32>) {
        match v {
            Some(v) => {
                self.u8(1);
                self.u32(v);
            }
            None => self.u8(0),
        }
    }
    fn strs(&mut self, v: &[String]) {
        self.u32(v.len() as u32);
        v.iter().for_each(|s| self.str(s));
    }
    fn date(&mut self, d: NaiveDate) {
        self.i32(d.num_days_from_ce());
    }
    fn time(&mut self, t: NaiveTime) {
        self.u32(t.num_seconds_from_midnight());
        self.u32(t.nanosecond());
    }
    fn opt_time(&mut self, t: Option<NaiveTime>) {
        match t {
            Some(t) => {
                self.u8(1);
                self.time(t);
            }
            None => self.u8(0),
        }
    }
    fn datetime(&mut self, dt: NaiveDateTime) {
        self.date(dt.date());
        self.time(dt.time());
    }

    fn meeting(&mut self, m: &Meeting) {
        // Destructured in full: a new field fails to compile here until it is cached.
        let Meeting {
            path: _,
            title,
            series,
            date,
            start,
            end,
            length,
            location,
            chair,
            attendees,
            members,
            present,
            quorum,
            source,
            notes,
            items,
        } = m;
        self.str(title);
        self.str(series);
        self.date(*date);
        self.opt_time(*start);
        self.opt_time(*end);
        self.opt_u32(*length);
        self.opt_str(location.as_deref());
        self.opt_str(chair.as_deref());
        self.strs(attendees);
        self.strs(members);
        self.strs(present);
        self.opt_u32(*quorum);
        self.opt_str(source.as_deref());
        self.opt_str(notes.as_deref());
        self.u32(items.len() as u32);
        items.iter().for_each(|i| self.item(i));
    }

    fn item(&mut self, it: &Item) {
        let Item {
            title,
            topic,
            minutes,
            presenter,
            tags,
            notes,
            discussed,
            confidential,
            standing,
            documents,
            outcomes,
            actions,
            line,
        } = it;
        self.str(title);
        self.str(topic);
        self.opt_u32(*minutes);
        self.opt_str(presenter.as_deref());
        self.strs(tags);
        self.opt_str(notes.as_deref());
        match discussed {
            None => self.u8(0),
            Some(Discussed::Yes) => self.u8(1),
            Some(Discussed::At(dt)) => {
                self.u8(2);
                self.datetime(*dt);
            }
        }
        self.u8(u8::from(*confidential));
        self.u8(u8::from(*standing));
        self.u32(documents.len() as u32);
        for Document { target, line, col } in documents {
            self.str(target);
            self.u64(*line as u64);
            self.u64(*col as u64);
        }
        self.u32(outcomes.len() as u32);
        for Outcome {
            text,
            kind,
            vote,
            line,
        } in outcomes
        {
            self.str(text);
            self.u8(*kind as u8);
            let Vote {
                for_,
                against,
                abstain,
                unanimous,
            } = vote;
            self.opt_u32(*for_);
            self.opt_u32(*against);
            self.opt_u32(*abstain);
            self.u8(u8::from(*unanimous));
            self.u64(*line as u64);
        }
        self.u32(actions.len() as u32);
        for a in actions {
            self.action(a);
        }
        self.u64(*line as u64);
    }

    fn action(&mut self, a: &FollowUp) {
        let FollowUp {
            text,
            owner,
            due,
            done,
            dropped,
            line,
        } = a;
        self.str(text);
        self.opt_str(owner.as_deref());
        match due {
            None => self.u8(0),
            Some(Due::Next) => self.u8(1),
            Some(Due::Date(d)) => {
                self.u8(2);
                self.date(*d);
            }
            Some(Due::Month { year, month }) => {
                self.u8(3);
                self.i32(*year);
                self.u32(*month);
            }
        }
        match done {
            None => self.u8(0),
            Some(Done::Yes) => self.u8(1),
            Some(Done::Date(d)) => {
                self.u8(2);
                self.date(*d);
            }
            Some(Done::DateTime(dt)) => {
                self.u8(3);
                self.datetime(*dt);
            }
        }
        self.u8(u8::from(*dropped));
        self.u64(*line as u64);
    }
}

/// Reads what `Writer` wrote; every read checks bounds, so a corrupt file gives `None`.
struct Reader<'a>(&'a [u8]);

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Option<&'a [u8]> {
        if self.0.len() < n {
            return None;
        }
        let (head, rest) = self.0.split_at(n);
        self.0 = rest;
        Some(head)
    }
    fn u8(&mut self) -> Option<u8> {
        self.take(1).map(|b| b[0])
    }
    fn u32(&mut self) -> Option<u32> {
        Some(u32::from_le_bytes(self.take(4)?.try_into().ok()?))
    }
    fn i32(&mut self) -> Option<i32> {
        Some(i32::from_le_bytes(self.take(4)?.try_into().ok()?))
    }
    fn u64(&mut self) -> Option<u64> {
        Some(u64::from_le_bytes(self.take(8)?.try_into().ok()?))
    }
    fn usize(&mut self) -> Option<usize> {
        usize::try_from(self.u64()?).ok()
    }
    fn str(&mut self) -> Option<String> {
        let n = self.u32()? as usize;
        String::from_utf8(self.take(n)?.to_vec()).ok()
    }
    fn opt<T>(&mut self, f: impl FnOnce(&mut Self) -> Option<T>) -> Option<Option<T>> {
        match self.u8()? {
            0 => Some(None),
            1 => f(self).map(Some),
            _ => None,
        }
    }
    /// A count of things each at least `min` bytes long: bounded by what is left, so a
    /// corrupt count cannot ask for a huge allocation.
    fn count(&mut self, min: usize) -> Option<usize> {
        let n = self.u32()? as usize;
        (n.saturating_mul(min) <= self.0.len()).then_some(n)
    }
    fn strs(&mut self) -> Option<Vec<String>> {
        let n = self.count(4)?;
        (0..n).map(|_| self.str()).collect()
    }
    fn date(&mut self) -> Option<NaiveDate> {
        NaiveDate::from_num_days_from_ce_opt(self.i32()?)
    }
    fn time(&mut self) -> Option<NaiveTime> {
        NaiveTime::from_num_seconds_from_midnight_opt(self.u32()?, self.u32()?)
    }
    fn datetime(&mut self) -> Option<NaiveDateTime> {
        Some(NaiveDateTime::new(self.date()?, self.time()?))
    }

    fn meeting(&mut self, path: PathBuf) -> Option<Meeting> {
        Some(Meeting {
            path,
            title: self.str()?,
            series: self.str()?,
            date: self.date()?,
            start: self.opt(Self::time)?,
            end: self.opt(Self::time)?,
            length: self.opt(Self::u32)?,
            location: self.opt(Self::str)?,
            chair: self.opt(Self::str)?,
            attendees: self.strs()?,
            members: self.strs()?,
            present: self.strs()?,
            quorum: self.opt(Self::u32)?,
            source: self.opt(Self::str)?,
            notes: self.opt(Self::str)?,
            items: {
                let n = self.count(8)?;
                (0..n).map(|_| self.item()).collect::<Option<_>>()?
            },
        })
    }

    fn item(&mut self) -> Option<Item> {
        Some(Item {
            title: self.str()?,
            topic: self.str()?,
            minutes: self.opt(Self::u32)?,
            presenter: self.opt(Self::str)?,
            tags: self.strs()?,
            notes: self.opt(Self::str)?,
            discussed: match self.u8()? {
                0 => None,
                1 => Some(Discussed::Yes),
                2 => Some(Discussed::At(self.datetime()?)),
                _ => return None,
            },
            confidential: self.bool()?,
            standing: self.bool()?,
            documents: {
                let n = self.count(20)?;
                (0..n)
                    .map(|_| {
                        Some(Document {
                            target: self.str()?,
                            line: self.usize()?,
                            col: self.usize()?,
                        })
                    })
                    .collect::<Option<_>>()?
            },
            outcomes: {
                let n = self.count(17)?;
                (0..n)
                    .map(|_| {
                        Some(Outcome {
                            text: self.str()?,
                            kind: *OutcomeKind::ALL.get(usize::from(self.u8()?))?,
                            vote: Vote {
                                for_: self.opt(Self::u32)?,
                                against: self.opt(Self::u32)?,
                                abstain: self.opt(Self::u32)?,
                                unanimous: match self.u8()? {
                                    0 => false,
                                    1 => true,
                                    _ => return None,
                                },
                            },
                            line: self.usize()?,
                        })
                    })
                    .collect::<Option<_>>()?
            },
            actions: {
                let n = self.count(14)?;
                (0..n).map(|_| self.action()).collect::<Option<_>>()?
            },
            line: self.usize()?,
        })
    }

    fn action(&mut self) -> Option<FollowUp> {
        Some(FollowUp {
            text: self.str()?,
            owner: self.opt(Self::str)?,
            due: match self.u8()? {
                0 => None,
                1 => Some(Due::Next),
                2 => Some(Due::Date(self.date()?)),
                3 => Some(Due::Month {
                    year: self.i32()?,
                    month: self.u32()?,
                }),
                _ => return None,
            },
            done: match self.u8()? {
                0 => None,
                1 => Some(Done::Yes),
                2 => Some(Done::Date(self.date()?)),
                3 => Some(Done::DateTime(self.datetime()?)),
                _ => return None,
            },
            dropped: self.bool()?,
            line: self.usize()?,
        })
    }

    fn bool(&mut self) -> Option<bool> {
        match self.u8()? {
            0 => Some(false),
            1 => Some(true),
            _ => None,
        }
    }
}
