//! The keys of the formal record: `members`, `present`, `quorum` on the meeting; `for`,
//! `against`, `abstain`, `unanimous` on a decision; `documents` on an item.

use super::{Checker, Ctx};
use crate::model::{Document, OutcomeKind, Vote};
use crate::store::problem::{Expected, Problem};
use toml::de::{DeTable, DeValue};

pub(super) const MEETING_KEYS: &[&str] = &["members", "present", "quorum"];
pub(super) const ITEM_KEYS: &[&str] = &["documents"];
pub(super) const OUTCOME_KEYS: &[&str] = &["for", "against", "abstain", "unanimous"];

/// The meeting's attendance keys.
pub(super) struct Record {
    pub members: Vec<String>,
    pub present: Vec<String>,
    pub quorum: Option<u32>,
}

impl Checker<'_> {
    pub(super) fn record(&mut self, root: &DeTable<'_>) -> Record {
        let ctx = Ctx::Meeting;
        let members = self.strings(ctx, root, "members");
        let present = self.strings(ctx, root, "present");
        let quorum = self.count(ctx, root, "quorum", Expected::Members);
        if let (Some(q), Some(v)) = (quorum, root.get("quorum"))
            && !members.is_empty()
            && q as usize > members.len()
        {
            let members = members.len();
            self.error(v.span(), Problem::QuorumAboveMembers { quorum: q, members });
        }
        Record {
            members,
            present,
            quorum,
        }
    }

    /// A whole number ≥ 0 (votes, a quorum).
    fn count(&mut self, ctx: Ctx, t: &DeTable<'_>, key: &str, expected: Expected) -> Option<u32> {
        let v = t.get(key)?;
        let n = v
            .get_ref()
            .as_integer()
            .and_then(|i| i64::from_str_radix(i.as_str(), i.radix()).ok())
            .and_then(|n| u32::try_from(n).ok());
        if n.is_none() {
            self.wrong(ctx, key, v, expected);
        }
        n
    }

    /// The vote of an outcome; an error when a non-decision has one.
    pub(super) fn vote(&mut self, ctx: Ctx, t: &DeTable<'_>, kind: Option<OutcomeKind>) -> Vote {
        let votes = Expected::Votes;
        let vote = Vote {
            for_: self.count(ctx, t, "for", votes),
            against: self.count(ctx, t, "against", votes),
            abstain: self.count(ctx, t, "abstain", votes),
            unanimous: self.bool(ctx, t, "unanimous").unwrap_or(false),
        };
        if kind.is_some_and(|k| k != OutcomeKind::Decision) {
            for key in OUTCOME_KEYS {
                if let Some((k, _)) = t.get_key_value(*key) {
                    let (place, key) = (ctx, key.to_string());
                    self.error(k.span(), Problem::VoteNotDecision { place, key });
                }
            }
        }
        if vote.unanimous
            && let Some(against) = vote.against.filter(|&n| n > 0)
            && let Some(v) = t.get("against")
        {
            self.error(
                v.span(),
                Problem::UnanimousAgainst {
                    place: ctx,
                    against,
                },
            );
        }
        vote
    }

    /// `documents = ["stukken/begroting.pdf", "https://…"]`, each with its position.
    pub(super) fn documents(&mut self, ctx: Ctx, t: &DeTable<'_>) -> Vec<Document> {
        let expected = Expected::Documents;
        let Some(v) = t.get("documents") else {
            return Vec::new();
        };
        let Some(arr) = v.get_ref().as_array() else {
            self.wrong(ctx, "documents", v, expected);
            return Vec::new();
        };
        let mut out = Vec::new();
        for e in arr.iter() {
            match e.get_ref() {
                DeValue::String(s) if !s.trim().is_empty() => {
                    let (line, col) = self.index.position(e.span().start);
                    out.push(Document {
                        target: s.to_string(),
                        line,
                        col,
                    });
                }
                DeValue::String(_) => self.error(e.span(), Problem::EmptyDocument { place: ctx }),
                _ => self.wrong(ctx, "documents", e, expected),
            }
        }
        out
    }
}
