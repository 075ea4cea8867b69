//! The vote in a decision capture: `Begroting vastgesteld for:4 against:1 abstain:0`, or
//! `unanimous`; in Dutch too: `voor:4 tegen:1 onthouding:0`, `unaniem`. The vote words are
//! taken out; the rest is the decision's text.

use crate::i18n::Lang;
use crate::model::Vote;
use crate::t;

/// Splits a decision capture into its text and vote; an error says why in `lang`.
pub fn parse_decision(input: &str, lang: Lang) -> Result<(String, Vote), String> {
    let mut vote = Vote::default();
    let mut words = Vec::new();
    for w in input.split_whitespace() {
        if w.eq_ignore_ascii_case("unanimous") || w.eq_ignore_ascii_case("unaniem") {
            vote.unanimous = true;
            continue;
        }
        // `tegen:` without a number is text ("Bezwaar tegen: geen").
        let Some((key, n)) = w.split_once(':').filter(|(_, n)| !n.is_empty()) else {
            words.push(w);
            continue;
        };
        let slot = match key.to_ascii_lowercase().as_str() {
            "for" | "voor" => &mut vote.for_,
            "against" | "tegen" => &mut vote.against,
            "abstain" | "onthouding" | "onthoudingen" => &mut vote.abstain,
            _ => {
                words.push(w);
                continue;
            }
        };
        if slot.is_some() {
            return Err(t!(lang, "ui-vote-twice", key = key));
        }
        *slot = Some(
            n.parse()
                .map_err(|_| t!(lang, "ui-vote-not-a-number", word = w))?,
        );
    }
    if vote.unanimous && vote.against.is_some_and(|n| n > 0) {
        return Err(t!(lang, "ui-vote-unanimous-against"));
    }
    let text = words.join(" ");
    if text.is_empty() {
        return Err(t!(lang, "ui-vote-no-text"));
    }
    Ok((text, vote))
}

/// Whether a capture holds vote words (refused for outcomes that are not decisions).
pub fn has_vote_words(input: &str) -> bool {
    parse_decision(input, Lang::En).is_ok_and(|(_, v)| !v.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn vote_words_are_taken_out_anywhere() {
        let (text, vote) =
            parse_decision("for:4 Begroting against:1 vastgesteld abstain:0", Lang::En)
                .expect("valid");
        assert_eq!(text, "Begroting vastgesteld");
        assert_eq!(
            vote,
            Vote {
                for_: Some(4),
                against: Some(1),
                abstain: Some(0),
                unanimous: false
            }
        );
        let (text, vote) =
            parse_decision("Unanimous Data 2026 vastgesteld", Lang::En).expect("valid");
        assert_eq!(
            (text.as_str(), vote.unanimous),
            ("Data 2026 vastgesteld", true)
        );
        let (text, vote) =
            parse_decision("Vastgesteld voor:5 tegen:0 onthouding:1", Lang::En).expect("nl");
        assert_eq!(text, "Vastgesteld");
        assert_eq!(
            (vote.for_, vote.against, vote.abstain),
            (Some(5), Some(0), Some(1))
        );
        assert!(
            parse_decision("Akkoord unaniem", Lang::En)
                .expect("nl")
                .1
                .unanimous
        );
        let (text, vote) = parse_decision("Bezwaar tegen: geen", Lang::En).expect("plain text");
        assert_eq!(
            (text.as_str(), vote.is_empty()),
            ("Bezwaar tegen: geen", true)
        );
        let (text, vote) = parse_decision("Zie bijlage: punt 3", Lang::En).expect("plain text");
        assert_eq!(
            (text.as_str(), vote.is_empty()),
            ("Zie bijlage: punt 3", true)
        );
    }

    #[test]
    fn bad_votes_say_why() {
        assert_eq!(
            parse_decision("x against:-1", Lang::En),
            Err("against:-1: the number of votes must be a whole number, 0 or more".into())
        );
        assert_eq!(
            parse_decision("x for:1 for:2", Lang::En),
            Err("for: is given twice".into())
        );
        assert!(parse_decision("x unanimous against:2", Lang::En).is_err());
        assert_eq!(
            parse_decision("for:3", Lang::En),
            Err("type the decision".into())
        );
        assert!(has_vote_words("a for:1") && !has_vote_words("a b"));
    }
}

#[cfg(test)]
mod dutch {
    use super::*;

    #[test]
    fn bad_votes_say_why_in_dutch() {
        assert_eq!(
            parse_decision("x tegen:-1", Lang::Nl),
            Err("tegen:-1: het aantal stemmen is een heel getal, 0 of meer".into())
        );
        assert_eq!(
            parse_decision("x voor:1 voor:2", Lang::Nl),
            Err("voor: staat er twee keer".into())
        );
        assert_eq!(
            parse_decision("voor:3", Lang::Nl),
            Err("typ het besluit".into())
        );
    }
}
