//! `poa lint`: a POA read as Seller Performance reads it. This file reads a case and the
//! letter written from it; `draft` reads any letter as written. The wording rules are data
//! (rules/lint.toml), and so are the ways the three parts are headed (rules/parts.toml).

mod clauses;
pub mod draft;
pub mod parts;

use std::path::Path;
use std::sync::LazyLock;

use crate::case::Case;
use crate::check::originality::FlatText;
use crate::document::Document;
use crate::draft::Draft;
use crate::error::Result;
use crate::findings::{Finding, Severity};
use crate::i18n::{Bilingual, checks as say};
use crate::rules::{RuleSet, Scope};

use draft::Reading;
use parts::Parts;

const BUILTIN_RULES: &str = include_str!("../rules/lint.toml");

/// A letter a reviewer reads in a few minutes (200–250 words a minute): under 250 words
/// cannot cover cause, actions and measures with facts; over 1,500 buries them.
pub const WORDS: std::ops::RangeInclusive<usize> = 250..=1_500;

/// Rules whose errors are certain on a case file, because they read its structure rather
/// than judge its wording: a promise among completed actions, a part or an order missing
/// from the letter, an ASIN of the notice without evidence. Every other rule is advice there.
const CERTAIN_ON_A_CASE: [&str; 5] = [
    "action-not-done",
    "order-missing",
    "evidence-missing",
    "parts-missing",
    "parts-order",
];

/// Owners that name no one.
const VAGUE_OWNERS: [&str; 10] = [
    "we",
    "us",
    "team",
    "staff",
    "everyone",
    "someone",
    "management",
    "tbd",
    "n/a",
    "all",
];
/// Frequencies that promise nothing checkable.
const VAGUE_FREQUENCIES: [&str; 8] = [
    "as needed",
    "sometimes",
    "regularly",
    "when possible",
    "ongoing",
    "tbd",
    "n/a",
    "from time to time",
];

/// The rules, loaded once.
pub struct Linter {
    rules: RuleSet,
    parts: Parts,
}

/// The built-in rules, compiled on first use; tests prove they compile.
static BUILTIN: LazyLock<Linter> =
    LazyLock::new(|| Linter::builtin().expect("the built-in lint rules compile"));

/// The rule that finds a plan or a promise in each part that must state facts.
fn promise_rule(scope: Scope) -> Option<&'static str> {
    match scope {
        Scope::Actions => Some("action-not-done"),
        Scope::Measures => Some("measure-is-a-promise"),
        Scope::Letter | Scope::RootCause | Scope::Message => None,
    }
}

impl Linter {
    /// The built-in rules, shared by every caller of the process.
    pub fn shared() -> &'static Linter {
        &BUILTIN
    }

    /// The words that make `text` a plan or a promise where `scope` wants facts (an action
    /// already done, a measure already in force); `None` when it states one.
    pub fn promise(&self, text: &str, scope: Scope) -> Option<String> {
        let rule = promise_rule(scope)?;
        self.rules
            .scan(text, scope)
            .into_iter()
            .find(|hit| hit.rule.id == rule)
            .map(|hit| hit.words)
    }

    /// The built-in rules.
    pub fn builtin() -> Result<Self> {
        Ok(Linter {
            rules: RuleSet::parse(BUILTIN_RULES, Path::new("rules/lint.toml"))?,
            parts: Parts::builtin()?,
        })
    }

    /// The wording rules.
    pub fn rules(&self) -> &RuleSet {
        &self.rules
    }

    /// A draft: the wording rules clause by clause in the parts they read, the dates of the
    /// actions, its length and its three parts.
    pub fn lint_draft(&self, draft: &Draft) -> Vec<Finding> {
        draft::lint(&self.rules, &self.parts, draft, Reading::Draft)
    }

    /// A case and the letter written from it: rules on the seller's own answers, placed at
    /// their fields, plus every rule a draft gets.
    pub fn lint_case(&self, case: &Case, letter: &Document) -> Vec<Finding> {
        let flat = FlatText::new(letter);
        let text = &flat.text;
        let mut findings = Vec::new();
        for (i, cause) in case.root_causes.iter().enumerate() {
            if !names_the_gap(cause, case) {
                findings.push(finding(
                    "root-cause-vague",
                    Severity::Error,
                    format!("root_causes[{i}]"),
                    say::vague_cause(),
                    Some(cause.clone()),
                ));
            }
            if let Some(fact) = restated_fact(cause, case) {
                findings.push(finding(
                    "root-cause-restates",
                    Severity::Warning,
                    format!("root_causes[{i}]"),
                    say::restated_fact(&fact),
                    Some(cause.clone()),
                ));
            }
        }
        // A date a seller typed inside an answer that could be read day-first or month-first
        // stays as typed in the letter; the seller must say which it is.
        for (field, answer) in crate::case::text_fields(case) {
            if field == "notes" {
                continue;
            }
            for date in crate::compose::dates::ambiguous(&answer) {
                findings.push(finding(
                    "date-ambiguous",
                    Severity::Warning,
                    field.clone(),
                    say::ambiguous_date(&date),
                    Some(answer.clone()),
                ));
            }
        }
        for (i, order) in case.orders.iter().enumerate() {
            if !text.contains(&order.id) {
                findings.push(finding(
                    "order-missing",
                    Severity::Error,
                    format!("orders[{i}].id"),
                    say::order_missing(&order.id),
                    None,
                ));
            }
        }
        for (i, cause) in case.root_causes.iter().enumerate() {
            findings.extend(self.scan(cause, Scope::RootCause, &format!("root_causes[{i}]")));
        }
        for (i, action) in case.actions.iter().enumerate() {
            findings.extend(self.scan(
                &action.action,
                Scope::Actions,
                &format!("actions[{i}].action"),
            ));
        }
        for (i, measure) in case.measures.iter().enumerate() {
            findings.extend(self.scan(
                &measure.measure,
                Scope::Measures,
                &format!("measures[{i}].measure"),
            ));
            if VAGUE_OWNERS.contains(&measure.owner.trim().to_lowercase().as_str()) {
                findings.push(finding(
                    "measure-owner-vague",
                    Severity::Warning,
                    format!("measures[{i}].owner"),
                    say::vague_owner(),
                    Some(measure.owner.clone()),
                ));
            }
            if VAGUE_FREQUENCIES.contains(&measure.frequency.trim().to_lowercase().as_str()) {
                findings.push(finding(
                    "measure-frequency-vague",
                    Severity::Warning,
                    format!("measures[{i}].frequency"),
                    say::vague_frequency(),
                    Some(measure.frequency.clone()),
                ));
            }
        }
        for (i, asin) in case.warning.asins.iter().enumerate() {
            if !case
                .evidence
                .iter()
                .any(|e| e.asin_list(&case.warning.asins).contains(asin))
            {
                findings.push(finding(
                    "evidence-missing",
                    Severity::Error,
                    format!("warning.asins[{i}]"),
                    say::evidence_missing(asin),
                    None,
                ));
            }
        }
        // The case's own actions and measures were read at their fields above.
        findings.extend(draft::lint(
            &self.rules,
            &self.parts,
            &Draft::from(letter.clone()),
            Reading::FromCase,
        ));
        // On a case, an error stops the letter: only what poa can be sure of stays one.
        for finding in &mut findings {
            if !CERTAIN_ON_A_CASE.contains(&finding.rule.as_str()) {
                finding.severity = finding.severity.max(Severity::Warning);
            }
        }
        findings
    }

    fn scan(&self, text: &str, scope: Scope, place: &str) -> Vec<Finding> {
        self.rules
            .scan(text, scope)
            .into_iter()
            .map(|hit| {
                finding(
                    &hit.rule.id,
                    hit.rule.severity,
                    place.to_string(),
                    hit.rule.message(),
                    Some(hit.words),
                )
            })
            .collect()
    }
}

/// Parts of a business that can fail: naming one says what failed.
const WHAT_FAILS: [&str; 40] = [
    "process",
    "procedure",
    "form",
    "rule",
    "check",
    "review",
    "train",
    "approv",
    "target",
    "goal",
    "bonus",
    "incentive",
    "inbox",
    "message",
    "template",
    "script",
    "supplier",
    "agency",
    "contract",
    "packag",
    "insert",
    "card",
    "proof",
    "software",
    "tool",
    "system",
    "setting",
    "permission",
    "access",
    "checklist",
    "guideline",
    "policy",
    "workflow",
    "account",
    "refund",
    "staff",
    "employee",
    "team",
    "manager",
    "owner",
];
/// Words that say why it could happen: something missing, unchecked or allowed.
const WHY_POSSIBLE: [&str; 16] = [
    "no ",
    "not ",
    "never",
    "nobody",
    "no one",
    "without",
    "only",
    "alone",
    "let ",
    "allowed",
    "because",
    "lack",
    "missing",
    "unchecked",
    "so ",
    "nothing",
];

/// A root cause is concrete when it names the gap: who or what failed (a person or role of
/// the case, or a part of the business) and why it could (something missing or allowed).
/// Dates and orders belong to the timeline and the orders table, not here.
fn names_the_gap(cause: &str, case: &Case) -> bool {
    let lower = format!("{} ", cause.to_lowercase());
    let who = case.people.iter().any(|p| {
        p.name
            .as_deref()
            .is_some_and(|n| lower.contains(&n.to_lowercase()))
            || lower.contains(&p.role.to_lowercase())
    }) || WHAT_FAILS.iter().any(|w| lower.contains(w));
    who && WHY_POSSIBLE.iter().any(|w| lower.contains(w))
}

/// A date or an order id told in a root cause, which the timeline or the table already give.
fn restated_fact(cause: &str, case: &Case) -> Option<String> {
    if let Some(order) = case.orders.iter().find(|o| cause.contains(&o.id)) {
        return Some(order.id.clone());
    }
    DATE_IN_CAUSE.find(cause).map(|m| m.as_str().to_string())
}

/// A date as a root cause would tell it (2026-03-02, March 2, 2 Mar); digits are ASCII, as
/// the letter writes them.
static DATE_IN_CAUSE: LazyLock<regex::Regex> = LazyLock::new(|| {
    regex::Regex::new(
        r"(?i-u)\b[0-9]{4}-[0-9]{2}-[0-9]{2}\b|\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? [0-9]{1,2}\b|\b[0-9]{1,2} (jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b",
    )
    .expect("the date pattern compiles")
});

fn finding(
    rule: &str,
    severity: Severity,
    place: String,
    message: Bilingual,
    excerpt: Option<String>,
) -> Finding {
    Finding {
        rule: rule.into(),
        severity,
        place,
        message,
        excerpt,
    }
}
