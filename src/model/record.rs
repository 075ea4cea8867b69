//! The formal record of a meeting: who is expected and present against the quorum, how a
//! decision was voted, and the documents an item is about. Plain data; no I/O.

use super::{Library, MeetingId};
use std::path::PathBuf;

/// How a decision was voted. Every count is optional; `unanimous` may stand alone.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Hash)]
pub struct Vote {
    pub for_: Option<u32>,
    pub against: Option<u32>,
    pub abstain: Option<u32>,
    pub unanimous: bool,
}

impl Vote {
    pub fn is_empty(&self) -> bool {
        *self == Vote::default()
    }

    /// The vote in the words of the capture line: `unanimous for:4 against:1 abstain:0`.
    pub fn words(&self) -> String {
        let mut out = Vec::new();
        if self.unanimous {
            out.push("unanimous".to_string());
        }
        for (key, n) in [
            ("for", self.for_),
            ("against", self.against),
            ("abstain", self.abstain),
        ] {
            if let Some(n) = n {
                out.push(format!("{key}:{n}"));
            }
        }
        out.join(" ")
    }
}

/// A document of an item as written: a path relative to the meeting file's folder, or a URL.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Document {
    pub target: String,
    /// 1-based position of the text in the file (0 when unknown).
    pub line: usize,
    pub col: usize,
}

/// Where a document is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DocumentTarget {
    Url(String),
    File(PathBuf),
}

impl Document {
    pub fn new(target: &str) -> Self {
        Document {
            target: target.to_string(),
            line: 0,
            col: 0,
        }
    }

    /// A URL (`https://…`, `mailto:…`) or a file below the meeting file's folder.
    pub fn resolve(&self, meeting_path: &std::path::Path) -> DocumentTarget {
        if is_url(&self.target) {
            return DocumentTarget::Url(self.target.clone());
        }
        let dir = meeting_path.parent().unwrap_or(std::path::Path::new(""));
        DocumentTarget::File(dir.join(&self.target))
    }

    /// The name to show: the last part of a path, or the URL.
    pub fn label(&self) -> &str {
        if is_url(&self.target) {
            return &self.target;
        }
        self.target
            .rsplit('/')
            .find(|s| !s.is_empty())
            .unwrap_or(&self.target)
    }
}

/// `scheme://…` or `mailto:…`, with a scheme of letters, digits, `+`, `-`, `.`.
pub fn is_url(s: &str) -> bool {
    let Some((scheme, rest)) = s.split_once(':') else {
        return false;
    };
    let scheme_ok = scheme.len() > 1
        && scheme.starts_with(|c: char| c.is_ascii_alphabetic())
        && scheme
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'));
    scheme_ok && (rest.starts_with("//") || scheme.eq_ignore_ascii_case("mailto"))
}

/// Where the expected members of a meeting come from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MembersFrom {
    /// `members` of the meeting itself.
    Meeting,
    /// The latest earlier meeting of the series that lists `members`.
    Previous(MeetingId),
    None,
}

/// Attendance of one meeting against its quorum.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Attendance {
    pub members: Vec<String>,
    pub from: MembersFrom,
    pub present: Vec<String>,
    pub quorum: Option<u32>,
}

/// One row of the attendance list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AttendanceRow {
    pub name: String,
    pub member: bool,
    pub present: bool,
}

impl Attendance {
    /// Members first (in their order), then anyone present who is not a member.
    pub fn rows(&self) -> Vec<AttendanceRow> {
        let mut rows: Vec<AttendanceRow> = self
            .members
            .iter()
            .map(|m| AttendanceRow {
                name: m.clone(),
                member: true,
                present: self.present.contains(m),
            })
            .collect();
        for p in &self.present {
            if !rows.iter().any(|r| &r.name == p) {
                rows.push(AttendanceRow {
                    name: p.clone(),
                    member: false,
                    present: true,
                });
            }
        }
        rows
    }

    /// How many members are present (guests do not count towards the quorum).
    pub fn members_present(&self) -> usize {
        self.members
            .iter()
            .filter(|m| self.present.contains(m))
            .count()
    }

    /// Counted towards the quorum: present members, or everyone present when no members
    /// are known.
    pub fn counted(&self) -> usize {
        if self.members.is_empty() {
            self.present.len()
        } else {
            self.members_present()
        }
    }

    /// Whether the quorum is met; `None` without a quorum.
    pub fn quorate(&self) -> Option<bool> {
        self.quorum.map(|q| self.counted() >= q as usize)
    }

    /// Nothing to show: no members, no one present, no quorum.
    pub fn is_empty(&self) -> bool {
        self.members.is_empty() && self.present.is_empty() && self.quorum.is_none()
    }
}

impl Library {
    /// Attendance of a meeting; without its own `members`, those of the latest earlier
    /// meeting of the series that has them are offered.
    pub fn attendance(&self, id: MeetingId) -> Attendance {
        let m = self.meeting(id);
        let (members, from) = if !m.members.is_empty() {
            (m.members.clone(), MembersFrom::Meeting)
        } else {
            match self.previous_with_members(id) {
                Some(prev) => (
                    self.meeting(prev).members.clone(),
                    MembersFrom::Previous(prev),
                ),
                None => (Vec::new(), MembersFrom::None),
            }
        };
        Attendance {
            members,
            from,
            present: m.present.clone(),
            quorum: m.quorum,
        }
    }

    fn previous_with_members(&self, id: MeetingId) -> Option<MeetingId> {
        let list = self.series_meetings(&self.meeting(id).series);
        let pos = list.iter().position(|&m| m == id)?;
        list[..pos]
            .iter()
            .rev()
            .copied()
            .find(|&o| !self.meeting(o).members.is_empty())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    #[test]
    fn urls_have_a_scheme_and_everything_else_is_a_path_beside_the_meeting() {
        for url in [
            "https://x.org/a b",
            "http://x",
            "mailto:secretaris@raad.nl",
            "ftp+s://x",
        ] {
            assert!(is_url(url), "{url}");
        }
        for path in [
            "stukken/a.pdf",
            "C:/stukken",
            "javascript:alert(1)",
            "-rf",
            "x:",
            ":/x",
        ] {
            assert!(!is_url(path), "{path}");
        }
        let doc = Document::new("stukken/begroting 2025.pdf");
        assert_eq!(
            doc.resolve(Path::new("meetings/raad/2025.toml")),
            DocumentTarget::File("meetings/raad/stukken/begroting 2025.pdf".into())
        );
        assert_eq!(doc.label(), "begroting 2025.pdf");
        assert_eq!(
            Document::new("https://x.org/a/").label(),
            "https://x.org/a/"
        );
        assert_eq!(
            Document::new("a.pdf").resolve(Path::new("m.toml")),
            DocumentTarget::File("a.pdf".into())
        );
    }

    #[test]
    fn quorum_counts_members_only_unless_there_are_none() {
        let att = Attendance {
            members: vec!["A".into(), "B".into(), "C".into()],
            from: MembersFrom::Meeting,
            present: vec!["A".into(), "X".into(), "Y".into()],
            quorum: Some(2),
        };
        assert_eq!((att.counted(), att.quorate()), (1, Some(false)));
        let open = Attendance {
            members: Vec::new(),
            from: MembersFrom::None,
            ..att.clone()
        };
        assert_eq!((open.counted(), open.quorate()), (3, Some(true)));
        let no_quorum = Attendance {
            quorum: None,
            ..att
        };
        assert_eq!(no_quorum.quorate(), None);
        assert!(!no_quorum.is_empty());
    }

    #[test]
    fn vote_words_round_trip_the_capture() {
        let v = Vote {
            for_: Some(4),
            against: Some(1),
            abstain: None,
            unanimous: false,
        };
        assert_eq!(v.words(), "for:4 against:1");
        assert!(Vote::default().is_empty() && Vote::default().words().is_empty());
    }
}
