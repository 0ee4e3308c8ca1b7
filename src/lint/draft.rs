//! Lint of a letter as written: the wording rules clause by clause, each in the parts it
//! reads, the dates of the actions, the length and the three parts.

use crate::document::{Block, plain_text};
use crate::draft::Draft;
use crate::findings::{Finding, Severity};
use crate::i18n::{Bilingual, checks as say};
use crate::rules::{Rule, RuleSet, Scope};

use super::clauses::{clauses, fold_quotes, mask_quoted, negated};
use super::parts::{ACTIONS, PREVENTION, Parts, ROOT_CAUSE};
use super::{WORDS, finding};

/// Which rules read a letter: all of them for a draft; for a letter written from a case,
/// only those of the whole letter, since the case's causes, actions and measures are read
/// at their fields.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reading {
    Draft,
    FromCase,
}

/// A block of the letter as the rules read it.
struct Unit<'d> {
    block: &'d Block,
    /// Its text, quotes folded.
    text: String,
    part: Option<usize>,
    /// The heading above it, as written.
    section: String,
    /// Its first line (or paragraph) in the file.
    start: usize,
}

/// Every finding on a draft: wording, dates of actions, length and parts.
pub fn lint(rules: &RuleSet, parts: &Parts, draft: &Draft, reading: Reading) -> Vec<Finding> {
    let mut draft = draft.clone();
    parts.promote_headings(&mut draft);
    let units = units(parts, &draft);
    let mut findings = Vec::new();
    for unit in &units {
        findings.extend(wording(rules, unit, &draft, reading));
    }
    if reading == Reading::Draft {
        findings.extend(undated_actions(parts, &units, &draft));
    }
    findings.extend(structure(parts, &draft, &units));
    findings
}

fn units<'d>(parts: &Parts, draft: &'d Draft) -> Vec<Unit<'d>> {
    let blocks = &draft.document.blocks;
    let part_of = parts.of_blocks(blocks);
    let mut section = String::from("opening");
    let mut units = Vec::new();
    for (i, block) in blocks.iter().enumerate() {
        let text = match block {
            Block::Heading { content, .. } => {
                section = plain_text(content);
                continue;
            }
            Block::Paragraph { content } => plain_text(content),
            Block::List { items, .. } => items
                .iter()
                .map(|item| plain_text(item))
                .collect::<Vec<_>>()
                .join("\n"),
            Block::Table { rows, .. } => rows
                .iter()
                .map(|row| {
                    row.iter()
                        .map(|c| plain_text(c))
                        .collect::<Vec<_>>()
                        .join(" | ")
                })
                .collect::<Vec<_>>()
                .join("\n"),
        };
        units.push(Unit {
            block,
            text: fold_quotes(&text),
            part: part_of[i],
            section: section.clone(),
            start: draft.starts.get(i).copied().unwrap_or(i + 1),
        });
    }
    units
}

/// Where a clause starting at `offset` in a unit stands: "line 12 (Root cause)".
fn place(draft: &Draft, unit: &Unit, offset: usize) -> String {
    if draft.paragraphs {
        format!("paragraph {} ({})", unit.start, unit.section)
    } else {
        let line = unit.start + unit.text[..offset].matches('\n').count();
        format!("line {line} ({})", unit.section)
    }
}

/// The rule scopes that read a part.
fn reads(rule: &Rule, part: Option<usize>, reading: Reading) -> bool {
    match rule.scope {
        Scope::Letter => true,
        Scope::RootCause => reading == Reading::Draft && part == Some(ROOT_CAUSE),
        Scope::Actions => reading == Reading::Draft && part == Some(ACTIONS),
        Scope::Measures => reading == Reading::Draft && part == Some(PREVENTION),
        Scope::Message => false,
    }
}

/// The wording rules on one block, clause by clause, quoted text left out.
fn wording(rules: &RuleSet, unit: &Unit, draft: &Draft, reading: Reading) -> Vec<Finding> {
    let masked = mask_quoted(&unit.text);
    let mut findings = Vec::new();
    for clause in clauses(&masked) {
        let words = &masked[clause.clone()];
        for rule in rules.rules.iter().filter(|r| reads(r, unit.part, reading)) {
            let hit = rule
                .matches(words)
                .into_iter()
                .any(|found| !(rule.skip_negated && negated(words, found)));
            let context = if rule.unless_in_paragraph {
                masked.as_str()
            } else {
                words
            };
            if hit && !rule.answered_in(context) {
                findings.push(finding(
                    &rule.id,
                    rule.severity,
                    place(draft, unit, clause.start),
                    rule.message(),
                    Some(unit.text[clause.clone()].replace('\n', " ")),
                ));
            }
        }
    }
    findings
}

/// The actions the actions part lists: its list items when it has lists, otherwise its
/// paragraphs (a paragraph of one sentence per line is one action per line); a line that
/// introduces a list (ending in a colon) is none. An action is dated by its own words or by
/// the heading it stands under.
fn undated_actions(parts: &Parts, units: &[Unit], draft: &Draft) -> Option<Finding> {
    let actions: Vec<&Unit> = units.iter().filter(|u| u.part == Some(ACTIONS)).collect();
    let has_list = actions
        .iter()
        .any(|u| matches!(u.block, Block::List { .. }));
    let mut undated = Vec::new();
    for unit in actions
        .iter()
        .filter(|u| !has_list || matches!(u.block, Block::List { .. }))
    {
        let one_per_line = matches!(unit.block, Block::List { .. })
            || unit
                .text
                .lines()
                .all(|l| l.trim_end().ends_with(['.', '!', '?', ';']));
        let items: Vec<&str> = if one_per_line {
            unit.text.lines().collect()
        } else {
            vec![unit.text.as_str()]
        };
        for item in items {
            let offset = item.as_ptr() as usize - unit.text.as_ptr() as usize;
            // Actions grouped under a date ("14 May 2026", then what was done that day)
            // take the date of their heading.
            if !item.trim_end().ends_with([':', '：'])
                && !parts.has_date(item)
                && !parts.has_date(&unit.section)
            {
                undated.push((place(draft, unit, offset), item.trim().to_string()));
            }
        }
    }
    let (first_place, first) = undated.first()?;
    let check = parts.check("actions-undated");
    let places: Vec<&str> = undated.iter().map(|(p, _)| p.as_str()).collect();
    Some(finding(
        &check.id,
        check.severity(),
        first_place.clone(),
        say::undated(&check.why, &check.why_zh, undated.len(), &places.join("; ")),
        Some(first.clone()),
    ))
}

/// Length and the three parts, in order.
fn structure(parts: &Parts, draft: &Draft, units: &[Unit]) -> Vec<Finding> {
    let mut findings = Vec::new();
    let words: usize = units
        .iter()
        .map(|u| u.text.split_whitespace().count())
        .sum();
    if !WORDS.contains(&words) {
        findings.push(finding(
            "length",
            Severity::Warning,
            "the letter".into(),
            say::length(words, *WORDS.start(), *WORDS.end()),
            None,
        ));
    }
    let positions = parts.positions(&draft.document.blocks);
    let missing = parts.check("parts-missing");
    for (part, position) in parts.parts.iter().zip(&positions) {
        if position.is_none() {
            findings.push(finding(
                &missing.id,
                missing.severity(),
                "the letter".into(),
                say::part_missing(&part.name, &missing.fix, &part.name_zh, &missing.fix_zh),
                None,
            ));
        }
    }
    let found: Vec<usize> = positions.iter().flatten().copied().collect();
    if found.windows(2).any(|w| w[0] > w[1]) {
        let order = parts.check("parts-order");
        findings.push(finding(
            &order.id,
            order.severity(),
            "the letter".into(),
            Bilingual {
                en: order.why.clone(),
                zh: order.why_zh.clone(),
            },
            None,
        ));
    }
    findings
}
