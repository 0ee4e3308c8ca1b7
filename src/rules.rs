//! Phrase rules kept as data (TOML): each a set of regular expressions for the wording
//! that breaks it, compiled once. Lint and message-check read their rules from such files;
//! users add their own with the same format.
//!
//! Patterns are compiled in ASCII mode (`\w`, `\b`, `\s` and case folding cover ASCII; a
//! pattern opts into Unicode classes with `(?u)`) and without literal prefilters: the rules
//! are English wording, and this keeps compiling them a small part of one `poa render`.

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
    /// Why the rule exists, shown with each finding.
    why: String,
    /// What the rule reads; a misspelt scope is a parse error naming its line.
    #[serde(default)]
    scope: Scope,
    /// Regular expressions, matched case-insensitively.
    patterns: Vec<String>,
    /// Matches that also match one of these are not findings (e.g. links to Amazon).
    #[serde(default)]
    except: Vec<String>,
    /// Fire when no pattern matches (e.g. "include the order id").
    #[serde(default)]
    when_absent: bool,
    /// Fire only when the patterns match this many times in all.
    #[serde(default = "one")]
    min_matches: usize,
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
    /// A message to a buyer, read whole.
    Message,
}

fn one() -> usize {
    1
}

/// A compiled rule.
#[derive(Debug)]
pub struct Rule {
    pub id: String,
    pub severity: Severity,
    pub why: String,
    pub scope: Scope,
    /// Every pattern of the rule, as one alternation.
    patterns: Regex,
    except: Option<Regex>,
    when_absent: bool,
    min_matches: usize,
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
            let Some(patterns) = compile_all(&spec.patterns, "patterns")? else {
                return Err(invalid(
                    format!("rule[{i}].patterns"),
                    say::no_patterns(&spec.id),
                ));
            };
            let except = compile_all(&spec.except, "except")?;
            rules.push(Rule {
                id: spec.id,
                severity: match spec.severity {
                    SeverityName::Error => Severity::Error,
                    SeverityName::Warning => Severity::Warning,
                },
                why: spec.why,
                scope: spec.scope,
                patterns,
                except,
                when_absent: spec.when_absent,
                min_matches: spec.min_matches,
            });
        }
        Ok(RuleSet { rules })
    }

    /// Reads and adds the rules of a user's file.
    pub fn extend_from(&mut self, path: &Path) -> Result<()> {
        let extra = RuleSet::parse(&crate::fsio::read_text(path)?, path)?;
        self.rules.extend(extra.rules);
        Ok(())
    }

    /// Every rule of `scope` that fires on `text`, with the words that fired it.
    pub fn scan<'r>(&'r self, text: &str, scope: Scope) -> Vec<Hit<'r>> {
        let mut hits = Vec::new();
        for rule in self.rules.iter().filter(|r| r.scope == scope) {
            let found: Vec<String> = rule
                .patterns
                .find_iter(text.as_bytes())
                .map(|m| &text.as_bytes()[m.range()])
                .filter(|found| !rule.except.as_ref().is_some_and(|e| e.is_match(*found)))
                .map(|found| String::from_utf8_lossy(found).into_owned())
                .collect();
            if rule.when_absent {
                if found.is_empty() {
                    hits.push(Hit {
                        rule,
                        words: String::new(),
                    });
                }
            } else if found.len() >= rule.min_matches {
                hits.push(Hit {
                    rule,
                    words: found.join(" … "),
                });
            }
        }
        hits
    }
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
