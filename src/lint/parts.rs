//! The three parts of a draft, recognised by what their headings mean (rules/parts.toml):
//! which part each block belongs to, sub-headings included.

use std::path::Path;

use regex_automata::meta::Regex;
use serde::Deserialize;

use crate::document::{Block, Inline, plain_text};
use crate::draft::{Draft, heading_line};
use crate::error::{Error, Result};
use crate::findings::Severity;
use crate::rules::compile_list;

const BUILTIN: &str = include_str!("../../rules/parts.toml");

/// The three parts in letter order.
pub const ROOT_CAUSE: usize = 0;
pub const ACTIONS: usize = 1;
pub const PREVENTION: usize = 2;

/// Headings that open a part are at most this many words; a one-line paragraph this short
/// whose words open a part is read as a heading.
const HEADING_WORDS: usize = 12;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    part: Vec<PartSpec>,
    neutral: Vec<String>,
    dates: Vec<String>,
    check: Vec<Check>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PartSpec {
    id: String,
    name: String,
    name_zh: String,
    headings: Vec<String>,
}

/// A structural check's words, kept as data with their Chinese twins.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Check {
    pub id: String,
    severity: String,
    pub why: String,
    pub why_zh: String,
    pub fix: String,
    pub fix_zh: String,
}

impl Check {
    pub fn severity(&self) -> Severity {
        if self.severity == "warning" {
            Severity::Warning
        } else {
            Severity::Error
        }
    }
}

/// A part: its id, names and how its headings read.
pub struct Part {
    pub id: String,
    pub name: String,
    pub name_zh: String,
    headings: Regex,
}

/// The parts, the headings that close a part, dates, and the structural checks' words.
pub struct Parts {
    pub parts: Vec<Part>,
    neutral: Regex,
    dates: Regex,
    checks: Vec<Check>,
}

/// What a heading does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Opens {
    Part(usize),
    Neutral,
    Nothing,
}

impl Parts {
    /// The built-in wordings.
    pub fn builtin() -> Result<Self> {
        Self::parse(BUILTIN, Path::new("rules/parts.toml"))
    }

    fn parse(text: &str, path: &Path) -> Result<Self> {
        let file: File = toml::from_str(text).map_err(|e| {
            let map = crate::case::spans::SourceMap::new(text);
            Error::Invalid(vec![crate::case::syntax_diagnostic(&e, &map, path)])
        })?;
        let compile = |list: &[String], field: &str| compile_list(list, path, text, field);
        let mut parts = Vec::new();
        for (i, spec) in file.part.into_iter().enumerate() {
            parts.push(Part {
                headings: compile(&spec.headings, &format!("part[{i}].headings"))?,
                id: spec.id,
                name: spec.name,
                name_zh: spec.name_zh,
            });
        }
        Ok(Parts {
            parts,
            neutral: compile(&file.neutral, "neutral")?,
            dates: compile(&file.dates, "dates")?,
            checks: file.check,
        })
    }

    /// The words of a structural check.
    pub fn check(&self, id: &str) -> &Check {
        self.checks
            .iter()
            .find(|c| c.id == id)
            .unwrap_or_else(|| panic!("rules/parts.toml has no check {id}"))
    }

    /// Whether a text names a date.
    pub fn has_date(&self, text: &str) -> bool {
        self.dates.is_match(text.as_bytes())
    }

    /// What a heading opens: the latest part whose wording it matches, or a neutral close.
    fn opens(&self, heading: &str) -> Opens {
        let words = heading_words(heading);
        if self.neutral.is_match(words.as_bytes()) {
            return Opens::Neutral;
        }
        self.parts
            .iter()
            .rposition(|part| part.headings.is_match(words.as_bytes()))
            .map_or(Opens::Nothing, Opens::Part)
    }

    /// A paragraph's first line or a numbered item that says what a part heading says ("2.
    /// Actions we have taken to resolve the issue.") becomes that heading; a list is split
    /// there.
    pub fn promote_headings(&self, draft: &mut Draft) {
        let blocks = std::mem::take(&mut draft.document.blocks);
        let starts = std::mem::take(&mut draft.starts);
        for (i, block) in blocks.into_iter().enumerate() {
            let start = starts.get(i).copied().unwrap_or(i + 1);
            let mut push = |block: Block, start: usize| {
                draft.document.blocks.push(block);
                draft.starts.push(start);
            };
            match block {
                // In plain text a heading line may sit right above its first paragraph.
                Block::Paragraph { content } => {
                    let text = plain_text(&content);
                    let (first, rest) = text.split_once('\n').unwrap_or((&text, ""));
                    match self.as_heading(first) {
                        Some(heading) => {
                            push(heading, start);
                            if !rest.trim().is_empty() {
                                let content = vec![Inline::plain(rest)];
                                push(Block::Paragraph { content }, start + 1);
                            }
                        }
                        None => push(Block::Paragraph { content }, start),
                    }
                }
                Block::List {
                    ordered: true,
                    items,
                } => {
                    let mut line = start;
                    let mut run: Vec<Vec<Inline>> = Vec::new();
                    let mut run_start = start;
                    for item in items {
                        let text = plain_text(&item);
                        let lines = text.matches('\n').count() + 1;
                        if let Some(heading) = self.as_heading(&text) {
                            if !run.is_empty() {
                                push(
                                    Block::List {
                                        ordered: true,
                                        items: std::mem::take(&mut run),
                                    },
                                    run_start,
                                );
                            }
                            push(heading, line);
                            run_start = line + 1;
                        } else {
                            if run.is_empty() {
                                run_start = line;
                            }
                            run.push(item);
                        }
                        line += lines;
                    }
                    if !run.is_empty() {
                        push(
                            Block::List {
                                ordered: true,
                                items: run,
                            },
                            run_start,
                        );
                    }
                }
                block => push(block, start),
            }
        }
    }

    /// A short line whose words open a part, as that part's heading.
    fn as_heading(&self, text: &str) -> Option<Block> {
        let line = text.trim().trim_end_matches(['.', ':', '：']);
        if text.contains('\n') || line.split_whitespace().count() > HEADING_WORDS {
            return None;
        }
        matches!(self.opens(line), Opens::Part(_)).then(|| Block::Heading {
            level: 2,
            content: vec![Inline::plain(line)],
        })
    }

    /// The part each block belongs to. A heading that opens no part stays in the part above
    /// it (a sub-heading) unless it is neutral or of a higher level than that part's heading.
    pub fn of_blocks(&self, blocks: &[Block]) -> Vec<Option<usize>> {
        let mut current: Option<(usize, u8)> = None;
        blocks
            .iter()
            .map(|block| {
                if let Block::Heading { level, content } = block {
                    current = match self.opens(&plain_text(content)) {
                        Opens::Part(part) => Some((part, *level)),
                        Opens::Neutral => None,
                        Opens::Nothing => current.filter(|(_, at)| level >= at),
                    };
                }
                current.map(|(part, _)| part)
            })
            .collect()
    }

    /// Each part's first heading, by block index, if the draft has it.
    pub fn positions(&self, blocks: &[Block]) -> Vec<Option<usize>> {
        let opened: Vec<Option<usize>> = blocks
            .iter()
            .map(|block| match block {
                Block::Heading { content, .. } => match self.opens(&plain_text(content)) {
                    Opens::Part(part) => Some(part),
                    _ => None,
                },
                _ => None,
            })
            .collect();
        (0..self.parts.len())
            .map(|part| opened.iter().position(|p| *p == Some(part)))
            .collect()
    }
}

/// A heading's words without numbering, bullets or a closing colon, lower case.
fn heading_words(heading: &str) -> String {
    let line = heading.trim();
    let body = heading_line(line, true).map_or(line.to_string(), |h| h.heading);
    strip_leading_marks(&body).to_lowercase()
}

/// "1. ", "A) ", "一、" and the like were taken off by `heading_line`; bold stars, dashes
/// and other marks may remain.
fn strip_leading_marks(text: &str) -> &str {
    text.trim_start_matches(|c: char| !c.is_alphanumeric())
        .trim_end_matches([':', '：', '.', ' '])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn part(heading: &str) -> Option<&'static str> {
        let parts = Parts::builtin().unwrap();
        match parts.opens(heading) {
            Opens::Part(ROOT_CAUSE) => Some("root"),
            Opens::Part(ACTIONS) => Some("actions"),
            Opens::Part(PREVENTION) => Some("prevention"),
            _ => None,
        }
    }

    #[test]
    fn real_world_headings_open_their_part() {
        for (heading, expected) in [
            ("Root cause", "root"),
            ("1. What reasons caused the issue:", "root"),
            ("The root causes of the late dispatches", "root"),
            ("A) What went wrong", "root"),
            ("What happened", "root"),
            ("Why it happened", "root"),
            ("ROOT CAUSE OF THE PROBLEM", "root"),
            ("一、根本原因 Root cause", "root"),
            ("Corrective Actions Taken", "actions"),
            ("2. Actions we have taken to resolve the issue.", "actions"),
            ("Issue resolution", "actions"),
            ("What we have done", "actions"),
            ("What we changed", "actions"),
            ("B) What we have done to fix the problems", "actions"),
            ("二、已采取的纠正措施", "actions"),
            (
                "Steps we have taken to prevent this in the future",
                "prevention",
            ),
            (
                "C) What we have done to prevent the problems from happening again",
                "prevention",
            ),
            ("How we prevent it", "prevention"),
            ("How we keep it from happening again", "prevention"),
            (
                "3. Steps we will take to prevent similar issues:",
                "prevention",
            ),
            ("三、预防措施", "prevention"),
        ] {
            assert_eq!(part(heading), Some(expected), "{heading}");
        }
        for heading in [
            "Plan of Action – Greenleaf Kitchen",
            "Appendix",
            "Insert cards",
        ] {
            assert_eq!(part(heading), None, "{heading}");
        }
    }
}
