//! Phrase rules kept as data (TOML): each a set of regular expressions for the wording
//! that breaks it, compiled once. Lint and message-check read their rules from such files;
//! users add their own with the same format.
//!
//! A rule may also need a second pattern near its match (`with`, within so many sentences,
//! joined by a `link` such as "as soon as"), stay quiet when the sentence or paragraph says
//! something that answers it (`unless`), or when its words are negated ("we will never …").
//! Messages hold patterns per language (`[rule.lang.de]`); they all apply to every text.
//!
//! Patterns are compiled in ASCII mode (`\w`, `\b`, `\s` and case folding cover ASCII; a
//! pattern opts into Unicode classes with `(?u)`) and without literal prefilters: the rules
//! are English wording, and this keeps compiling them a small part of one `poa render`.

use std::collections::BTreeMap;
use std::ops::Range;
use std::path::Path;

use regex_automata::meta::{Config, Regex};
use regex_automata::nfa::thompson::WhichCaptures;
use regex_automata::util::syntax;
use serde::Deserialize;

use crate::case::spans::SourceMap;
use crate::case::syntax_diagnostic;
use crate::error::{Error, Result};
use crate::findings::Severity;
use crate::i18n::{Bilingual, checks as say};

/// A rule file: `[[rule]]` tables.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    #[serde(default)]
    rule: Vec<RuleSpec>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RuleSpec {
    id: String,
    severity: SeverityName,
    /// Why the rule exists, shown with each finding, and its Chinese twin.
    why: String,
    #[serde(default)]
    why_zh: Option<String>,
    /// How to fix what the rule found, and its Chinese twin.
    #[serde(default)]
    fix: Option<String>,
    #[serde(default)]
    fix_zh: Option<String>,
    /// What the rule reads; a misspelt scope is a parse error naming its line.
    #[serde(default)]
    scope: Scope,
    /// Regular expressions, matched case-insensitively.
    #[serde(default)]
    patterns: Vec<String>,
    /// Patterns of which one must also match within `within` sentences of the match.
    #[serde(default)]
    with: Vec<String>,
    #[serde(default)]
    within: usize,
    /// Patterns of which one must match in the sentences holding the match and its `with`.
    #[serde(default)]
    link: Vec<String>,
    /// Where one of these matches, the rule stays quiet (in `unless_within`: `sentence` or
    /// `paragraph`), e.g. a cause that blames a person but also names the missing check.
    #[serde(default)]
    unless: Vec<String>,
    #[serde(default)]
    unless_within: UnlessWithin,
    /// A match preceded in its clause by a negation ("never", "not") is not a finding.
    #[serde(default)]
    skip_negated: bool,
    /// More patterns, `with` and `link`, per language (`[rule.lang.de]`).
    #[serde(default)]
    lang: BTreeMap<String, LangSpec>,
    /// Matches that also match one of these, read from the match's start to a few words past
    /// it, are not findings (e.g. links to Amazon, "Best Sellers Rank").
    #[serde(default)]
    except: Vec<String>,
    /// Fire when no pattern matches (e.g. "include the order id").
    #[serde(default)]
    when_absent: bool,
    /// Fire only when the patterns match this many times in all.
    #[serde(default = "one")]
    min_matches: usize,
}

/// A rule's wording in one language.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct LangSpec {
    #[serde(default)]
    patterns: Vec<String>,
    #[serde(default)]
    with: Vec<String>,
    #[serde(default)]
    link: Vec<String>,
}

#[derive(Debug, Clone, Copy, Deserialize)]
#[serde(rename_all = "lowercase")]
enum SeverityName {
    Error,
    Warning,
}

/// What text a rule reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Scope {
    /// Every paragraph of a letter, and every text field of a case.
    #[default]
    Letter,
    /// The actions taken: that section of a letter, or each `actions[i].action`.
    Actions,
    /// The preventive measures: that section, or each `measures[i].measure`.
    Measures,
    /// The root cause: that part of a draft, or each `root_causes[i]`.
    #[serde(rename = "root-cause")]
    RootCause,
    /// A message to a buyer, read whole.
    Message,
}

fn one() -> usize {
    1
}

/// Where a rule's `unless` patterns are looked for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize)]
#[serde(rename_all = "lowercase")]
enum UnlessWithin {
    #[default]
    Sentence,
    Paragraph,
}

/// A compiled rule.
#[derive(Debug)]
pub struct Rule {
    pub id: String,
    pub severity: Severity,
    pub why: String,
    pub why_zh: Option<String>,
    pub fix: Option<String>,
    pub fix_zh: Option<String>,
    pub scope: Scope,
    /// Every pattern of the rule, as one alternation.
    patterns: Regex,
    except: Option<Regex>,
    with: Option<Regex>,
    within: usize,
    link: Option<Regex>,
    unless: Option<Regex>,
    /// `unless` is read in the whole paragraph rather than the sentence.
    pub unless_in_paragraph: bool,
    pub skip_negated: bool,
    when_absent: bool,
    min_matches: usize,
}

impl Rule {
    /// What the rule says: why, and how to fix it when the rule says; a user's rule without
    /// Chinese texts is shown in English.
    pub fn message(&self) -> Bilingual {
        let why_zh = self.why_zh.as_ref().unwrap_or(&self.why);
        match &self.fix {
            Some(fix) => Bilingual {
                en: format!("{} — {fix}", self.why),
                zh: format!("{why_zh}——{}", self.fix_zh.as_ref().unwrap_or(fix)),
            },
            None => Bilingual {
                en: self.why.clone(),
                zh: why_zh.clone(),
            },
        }
    }
}

/// Where a rule fired in a text.
#[derive(Debug, Clone)]
pub struct Hit<'r> {
    pub rule: &'r Rule,
    /// The matched words, or empty for a rule that fires on absence.
    pub words: String,
}

/// A set of compiled rules.
#[derive(Debug, Default)]
pub struct RuleSet {
    pub rules: Vec<Rule>,
}

impl RuleSet {
    /// Parses and compiles a rule file; every error names the file, line and rule.
    pub fn parse(text: &str, path: &Path) -> Result<Self> {
        let map = SourceMap::new(text);
        let invalid = |field: String, message: Bilingual| {
            Error::Invalid(vec![map.field_diagnostic(path, field, message, None)])
        };
        let file: File = toml::from_str(text)
            .map_err(|e| Error::Invalid(vec![syntax_diagnostic(&e, &map, path)]))?;
        let mut rules = Vec::new();
        for (i, spec) in file.rule.into_iter().enumerate() {
            let compile_all = |list: &[String], key: &str| {
                compile_field(list, &map, path, &format!("rule[{i}].{key}"), &spec.id)
            };
            let mut patterns = spec.patterns.clone();
            let mut with = spec.with.clone();
            let mut link = spec.link.clone();
            for wording in spec.lang.values() {
                patterns.extend(wording.patterns.iter().cloned());
                with.extend(wording.with.iter().cloned());
                link.extend(wording.link.iter().cloned());
            }
            let Some(patterns) = compile_all(&patterns, "patterns")? else {
                return Err(invalid(
                    format!("rule[{i}].patterns"),
                    say::no_patterns(&spec.id),
                ));
            };
            rules.push(Rule {
                severity: match spec.severity {
                    SeverityName::Error => Severity::Error,
                    SeverityName::Warning => Severity::Warning,
                },
                patterns,
                except: compile_all(&spec.except, "except")?,
                with: compile_all(&with, "with")?,
                within: spec.within,
                link: compile_all(&link, "link")?,
                unless: compile_all(&spec.unless, "unless")?,
                unless_in_paragraph: spec.unless_within == UnlessWithin::Paragraph,
                skip_negated: spec.skip_negated,
                when_absent: spec.when_absent,
                min_matches: spec.min_matches,
                id: spec.id,
                why: spec.why,
                why_zh: spec.why_zh,
                fix: spec.fix,
                fix_zh: spec.fix_zh,
                scope: spec.scope,
            });
        }
        Ok(RuleSet { rules })
    }

    /// Reads and adds the rules of a user's file.
    pub fn extend_from(&mut self, path: &Path) -> Result<()> {
        let extra = RuleSet::parse(
            &crate::fsio::read_text(path, crate::fsio::TEXT_LIMIT)?,
            path,
        )?;
        self.rules.extend(extra.rules);
        Ok(())
    }

    /// Every rule of `scope` that fires on `text`, with the words that fired it.
    pub fn scan<'r>(&'r self, text: &str, scope: Scope) -> Vec<Hit<'r>> {
        // A typeset draft (curly quotes, en dashes, no-break spaces) reads as typed.
        let text = &*crate::render::typography::plain(text);
        let sentences = sentence_starts(text);
        let mut hits = Vec::new();
        for rule in self.rules.iter().filter(|r| r.scope == scope) {
            let found: Vec<String> = rule
                .matches(text)
                .into_iter()
                .filter(|found| rule.paired(text, found, &sentences))
                .map(|found| text[found].to_string())
                .collect();
            if rule.when_absent {
                if found.is_empty() {
                    hits.push(Hit {
                        rule,
                        words: String::new(),
                    });
                }
            } else if found.len() >= rule.min_matches {
                // Entries sharing an id (one wording in a sentence, one across two) report once.
                match hits.iter_mut().find(|hit| hit.rule.id == rule.id) {
                    Some(hit) => {
                        hit.words.push_str(" … ");
                        hit.words.push_str(&found.join(" … "));
                    }
                    None => hits.push(Hit {
                        rule,
                        words: found.join(" … "),
                    }),
                }
            }
        }
        hits
    }
}

impl Rule {
    /// Where the patterns match `text`, leaving out matches an `except` pattern covers.
    pub fn matches(&self, text: &str) -> Vec<Range<usize>> {
        self.patterns
            .find_iter(text.as_bytes())
            .map(|m| m.range())
            .filter(|found| {
                text.is_char_boundary(found.start)
                    && text.is_char_boundary(found.end)
                    && !self.except.as_ref().is_some_and(|e| {
                        e.is_match(&text.as_bytes()[found.start..except_end(text, found.end)])
                    })
            })
            .collect()
    }

    /// Whether an `unless` pattern matches `context`, which answers the rule.
    pub fn answered_in(&self, context: &str) -> bool {
        self.unless
            .as_ref()
            .is_some_and(|unless| unless.is_match(context.as_bytes()))
    }

    /// A match stands when the rule needs no `with`, or a `with` matches within `within`
    /// sentences of it and a `link` (if any) matches in the sentences that hold both.
    fn paired(&self, text: &str, found: &Range<usize>, sentences: &[usize]) -> bool {
        let Some(with) = &self.with else {
            return true;
        };
        let sentence_of = |offset: usize| sentences.partition_point(|&s| s <= offset) - 1;
        let here = sentence_of(found.start);
        let from = sentences[here.saturating_sub(self.within)];
        let to = sentences
            .get(here + self.within + 1)
            .copied()
            .unwrap_or(text.len());
        with.find_iter(&text.as_bytes()[from..to]).any(|w| {
            let partner = sentence_of(from + w.start());
            let span = sentences[here.min(partner)]
                ..sentences
                    .get(here.max(partner) + 1)
                    .copied()
                    .unwrap_or(text.len());
            self.link
                .as_ref()
                .is_none_or(|link| link.is_match(&text.as_bytes()[span]))
        })
    }
}

/// How far past a match its `except` patterns read: "best seller" is a pitch, "Best
/// Sellers Rank" is Amazon's metric.
const EXCEPT_READS_ON: usize = 24;

fn except_end(text: &str, end: usize) -> usize {
    let mut end = (end + EXCEPT_READS_ON).min(text.len());
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    end
}

/// Where each sentence of a text starts (the first is 0): after ., !, ?, 。, ！ or ？ and
/// the spaces that follow, and at each new line.
pub fn sentence_starts(text: &str) -> Vec<usize> {
    let mut starts = vec![0];
    let mut chars = text.char_indices().peekable();
    while let Some((at, ch)) = chars.next() {
        let ends = match ch {
            '\n' | '。' | '！' | '？' => true,
            '.' | '!' | '?' => chars.peek().is_none_or(|(_, next)| next.is_whitespace()),
            _ => false,
        };
        if ends {
            let mut next = at + ch.len_utf8();
            while let Some(&(i, c)) = chars.peek() {
                if !c.is_whitespace() {
                    break;
                }
                next = i + c.len_utf8();
                chars.next();
            }
            if next < text.len() && *starts.last().unwrap_or(&0) != next {
                starts.push(next);
            }
        }
    }
    starts
}

/// A list of patterns compiled into one regex (one pass over a text per rule); `None` for an
/// empty list. An error names the file, the line and the field of the bad pattern.
pub(crate) fn compile_field(
    list: &[String],
    map: &SourceMap,
    path: &Path,
    field: &str,
    id: &str,
) -> Result<Option<Regex>> {
    if list.is_empty() {
        return Ok(None);
    }
    let invalid = |field: String, message: Bilingual| {
        Error::Invalid(vec![map.field_diagnostic(path, field, message, None)])
    };
    compile(list)
        .map(Some)
        .map_err(|e| match (e.pattern(), e.syntax_error()) {
            (Some(j), Some(syntax)) => invalid(
                format!("{field}[{}]", j.as_usize()),
                say::bad_pattern(id, &syntax.to_string(), unicode_hint(syntax)),
            ),
            _ => invalid(
                field.to_string(),
                say::rule_failed(id, &std::error::Error::source(&e).unwrap_or(&e).to_string()),
            ),
        })
}

/// Patterns are ASCII unless they say otherwise; an error about Unicode says how.
fn unicode_hint(error: &impl std::fmt::Display) -> &'static str {
    if error.to_string().contains("Unicode") {
        " (character classes here are ASCII; start the pattern with (?u) for Unicode ones)"
    } else {
        ""
    }
}

/// Case-insensitive, ASCII unless a pattern says `(?u)`.
fn syntax_config() -> syntax::Config {
    syntax::Config::new()
        .case_insensitive(true)
        .unicode(false)
        .utf8(false)
}

fn compile(
    patterns: &[String],
) -> std::result::Result<Regex, Box<regex_automata::meta::BuildError>> {
    Regex::builder()
        .configure(
            Config::new()
                .auto_prefilter(false)
                .onepass(false)
                .backtrack(false)
                .dfa(false)
                // Rules report where they matched, never what groups captured.
                .which_captures(WhichCaptures::Implicit),
        )
        .syntax(syntax_config())
        .build_many(patterns)
        .map_err(Box::new)
}

/// Compiles a list of patterns from a data file other than a rule file (case-insensitive,
/// ASCII unless `(?u)`), naming the file and field when one is broken.
pub fn compile_list(list: &[String], path: &Path, text: &str, field: &str) -> Result<Regex> {
    compile(list).map_err(|e| {
        let map = SourceMap::new(text);
        let (field, message) = match (e.pattern(), e.syntax_error()) {
            (Some(j), Some(syntax)) => (
                format!("{field}[{}]", j.as_usize()),
                say::bad_data_pattern(&syntax.to_string(), unicode_hint(syntax)),
            ),
            _ => (field.to_string(), Bilingual::same(e.to_string())),
        };
        Error::Invalid(vec![map.field_diagnostic(path, field, message, None)])
    })
}
