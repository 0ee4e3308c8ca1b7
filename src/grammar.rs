//! Grammar hints on the seller's own English, offline.
//!
//! The seller's answers go into the letter word for word, beside fluent stock text; a
//! sentence such as "We has stopped" reads worse there than in the interview. Each answer the
//! letter prints as the seller's sentence is checked as it stands in the letter (capital and
//! final stop added) with harper-core, an offline grammar checker. Its rules and dictionary
//! take about half a second to load, so they are loaded on the first check, and only
//! `poa lint` and the interview check: never `render` or `batch`. Built without the cargo
//! feature `grammar`, poa gives no hints.
//!
//! Whether an action is written as done and a measure as in force is poa's own check (the
//! lint rules), not a grammar hint.

use std::ops::Range;

use crate::case::{Case, Marketplace};
use crate::compose::wording;
use crate::findings::{Finding, Severity};
use crate::i18n::Bilingual;

/// The rule id of a grammar hint among lint's findings.
pub const RULE: &str = "grammar";

/// The answers the letter prints as the seller's own sentences: (section, field), the field
/// empty for a list of answers such as `root_causes`.
pub const FIELDS: &[(&str, &str)] = &[
    ("root_causes", ""),
    ("declarations", ""),
    ("timeline", "event"),
    ("investigation", "examined"),
    ("investigation", "found"),
    ("actions", "action"),
    ("measures", "measure"),
    ("evidence", "shows"),
    ("warning", "summary"),
    ("warning", "acceptance_detail"),
];

/// Whether the answer at `section`/`field` is one the grammar hints read.
pub fn checks(section: &str, field: &str) -> bool {
    FIELDS.contains(&(section, field))
}

/// A hint on one answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hint {
    /// Where, in characters of the sentence as the letter has it.
    pub span: Range<usize>,
    /// The words the hint is about.
    pub words: String,
    /// What may be wrong, with the checker's suggestions as they are.
    pub message: Bilingual,
}

/// The hints on `answer` as the letter of a `marketplace` case prints it. Empty when poa is
/// built without the `grammar` feature.
pub fn hints(answer: &str, marketplace: Marketplace) -> Vec<Hint> {
    on_sentence(&wording::sentence(answer), marketplace)
}

/// The hints on a sentence already made as the letter prints it (for callers that show it).
pub(crate) fn on_sentence(sentence: &str, marketplace: Marketplace) -> Vec<Hint> {
    if sentence.is_empty() {
        return Vec::new();
    }
    checker::hints(sentence, marketplace)
}

/// Every hint on a case's sentences, as warnings naming the field.
pub fn lint_case(case: &Case) -> Vec<Finding> {
    let marketplace = case.seller.marketplace;
    crate::case::text_fields(case)
        .into_iter()
        .filter(|(path, _)| {
            let (section, field) = section_and_field(path);
            checks(section, field)
        })
        .flat_map(|(path, answer)| {
            let sentence = wording::sentence(&answer);
            on_sentence(&sentence, marketplace)
                .into_iter()
                .map(move |hint| Finding {
                    rule: RULE.into(),
                    severity: Severity::Warning,
                    place: path.clone(),
                    message: hint.message,
                    // The message names the words; the sentence shows where they stand.
                    excerpt: Some(sentence.clone()),
                })
        })
        .collect()
}

/// `timeline[2].event` → (`timeline`, `event`); `root_causes[0]` → (`root_causes`, ``).
fn section_and_field(path: &str) -> (&str, &str) {
    let (section, field) = path.split_once('.').unwrap_or((path, ""));
    let unindexed = |part: &str| part.find('[').unwrap_or(part.len());
    (&section[..unindexed(section)], &field[..unindexed(field)])
}

#[cfg(feature = "grammar")]
mod checker {
    use std::cell::RefCell;
    use std::sync::Arc;

    use harper_core::linting::{LintGroup, LintKind, Linter, Suggestion};
    use harper_core::spell::FstDictionary;
    use harper_core::{Dialect, Document};

    use super::Hint;
    use crate::case::Marketplace;
    use crate::i18n::grammar::{self as say, Hint as Kind};

    thread_local! {
        /// The checker of the last dialect asked for, loaded on first use.
        static LOADED: RefCell<Option<(Dialect, LintGroup)>> = const { RefCell::new(None) };
    }

    pub fn hints(sentence: &str, marketplace: Marketplace) -> Vec<Hint> {
        let dialect = dialect(marketplace);
        let dictionary = FstDictionary::curated();
        let document = Document::new_plain_english(sentence, &dictionary);
        let chars: Vec<char> = sentence.chars().collect();
        let lints = LOADED.with_borrow_mut(|loaded| {
            if loaded.as_ref().is_none_or(|(d, _)| *d != dialect) {
                *loaded = Some((dialect, linter(&dictionary, dialect)));
            }
            let (_, linter) = loaded.as_mut().expect("loaded just above");
            linter.lint(&document)
        });
        let mut hints: Vec<Hint> = lints
            .into_iter()
            .filter_map(|lint| {
                let kind = kind(lint.lint_kind)?;
                let span = lint.span.start..lint.span.end;
                let words: String = chars.get(span.clone())?.iter().collect();
                let suggestions: Vec<String> = lint
                    .suggestions
                    .iter()
                    .filter_map(|s| match s {
                        Suggestion::ReplaceWith(with) => Some(with.iter().collect()),
                        Suggestion::InsertAfter(after) => {
                            Some(format!("{words}{}", after.iter().collect::<String>()))
                        }
                        Suggestion::Remove => None,
                    })
                    .collect();
                Some(Hint {
                    message: say::hint(kind, &words, &suggestions),
                    span,
                    words,
                })
            })
            .collect();
        hints.sort_by(|a, b| {
            (a.span.start, a.span.end, &a.message.en).cmp(&(
                b.span.start,
                b.span.end,
                &b.message.en,
            ))
        });
        hints
    }

    /// Rules that, tried on sellers' letters, flag correct English more often than not:
    /// a missing article before a compound such as "the agency's send log", a product
    /// name written as the seller's listing writes it ("bath mat"), and "one another's".
    const MISLEADING: [&str; 3] = ["MissingDeterminer", "CompoundNouns", "SplitWords"];

    /// harper's curated rules for `dialect`, less the [`MISLEADING`] ones.
    fn linter(dictionary: &Arc<FstDictionary>, dialect: Dialect) -> LintGroup {
        let mut linter = LintGroup::new_curated(Arc::clone(dictionary), dialect);
        for rule in MISLEADING {
            linter.config.set_rule_enabled(rule, false);
        }
        linter
    }

    /// The English the letter is written in: the marketplace's.
    fn dialect(marketplace: Marketplace) -> Dialect {
        use Marketplace::*;
        match marketplace {
            US | MX | BR | JP => Dialect::American,
            CA => Dialect::Canadian,
            AU => Dialect::Australian,
            IN => Dialect::Indian,
            UK | IE | DE | FR | IT | ES | NL | SE | PL | BE | SG | AE | SA => Dialect::British,
        }
    }

    /// Our text for a kind of lint; `None` for the kinds that are not errors of grammar:
    /// spelling (it flags the names of people, stores and products the letter keeps as
    /// typed), style and readability advice, regional usage, and typesetting (poa's writers
    /// set dashes and quotes themselves).
    fn kind(kind: LintKind) -> Option<Kind> {
        Some(match kind {
            LintKind::Agreement => Kind::Agreement,
            LintKind::BoundaryError => Kind::WordBoundary,
            LintKind::Capitalization => Kind::Capitals,
            LintKind::Eggcorn | LintKind::Malapropism => Kind::SoundAlike,
            LintKind::Grammar => Kind::Grammar,
            LintKind::Punctuation => Kind::Punctuation,
            LintKind::Nonstandard | LintKind::Usage | LintKind::WordChoice => Kind::WordChoice,
            LintKind::Redundancy | LintKind::Repetition => Kind::Repeated,
            LintKind::Typo => Kind::Typo,
            LintKind::WordOrder => Kind::WordOrder,
            LintKind::Miscellaneous => Kind::Other,
            LintKind::Spelling
            | LintKind::Enhancement
            | LintKind::Readability
            | LintKind::Style
            | LintKind::Regionalism
            | LintKind::Formatting => return None,
        })
    }
}

#[cfg(not(feature = "grammar"))]
mod checker {
    use super::Hint;
    use crate::case::Marketplace;

    /// Built without the grammar checker: no hints.
    pub fn hints(_sentence: &str, _marketplace: Marketplace) -> Vec<Hint> {
        Vec::new()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_name_their_section_and_field() {
        assert_eq!(
            section_and_field("timeline[2].event"),
            ("timeline", "event")
        );
        assert_eq!(section_and_field("root_causes[0]"), ("root_causes", ""));
        assert_eq!(section_and_field("warning.summary"), ("warning", "summary"));
    }
}
