//! The case's history with Seller Performance: each reply to a submitted letter, what it
//! asked for, and what the seller changed in answer. Kept for the seller and never printed
//! in the letter; the letter only learns which round it is.

use serde::{Deserialize, Serialize};

use super::date::CaseDate;

/// One reply from Seller Performance and the revision that answered it. The letter written
/// after the n-th reply is round n + 1.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Round {
    /// The day the reply was read into the case.
    pub date: CaseDate,
    /// The reply's text as poa extracted it.
    pub reply: String,
    /// What poa found the reply asks for.
    #[serde(default)]
    pub requests: Vec<RoundRequest>,
    /// What changed in the case in answer, section by section.
    #[serde(default)]
    pub changes: Vec<Change>,
    /// Why a requested part was left as it was, in the seller's words.
    #[serde(default)]
    pub reasons: Vec<Reason>,
}

/// A request found in a reply: the rule's id and the reviewer's sentence.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RoundRequest {
    pub id: String,
    pub sentence: String,
}

/// How one section of the case changed in a round.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Change {
    /// The section's key: `root_causes`, `actions`, `evidence`, …
    pub section: String,
    #[serde(default)]
    pub added: usize,
    #[serde(default)]
    pub changed: usize,
    #[serde(default)]
    pub removed: usize,
}

/// The seller's reason for leaving a requested part unchanged.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Reason {
    /// The request's id.
    pub request: String,
    pub reason: String,
}

/// The round of the letter a case writes now: 1 before any reply.
pub fn current(rounds: &[Round]) -> usize {
    rounds.len() + 1
}

/// The output name for a round: the first round's letter keeps the plain name, later ones
/// add `.r2`, `.r3`, … so an earlier round's letter is never written over.
pub fn output_stem(stem: &str, round: usize) -> String {
    if round <= 1 {
        stem.to_string()
    } else {
        format!("{stem}.r{round}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn later_rounds_get_their_own_names() {
        assert_eq!(output_stem("acme", 1), "acme");
        assert_eq!(output_stem("acme", 2), "acme.r2");
        assert_eq!(current(&[]), 1);
    }
}
