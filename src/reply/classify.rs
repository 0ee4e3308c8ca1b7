//! What a reply asks for: each sentence tested against the request rules of
//! `rules/reply.toml`, in English and Chinese.

use std::path::Path;

use regex_automata::meta::Regex;
use serde::{Deserialize, Serialize};

use super::sentences::sentences;
use crate::case::spans::SourceMap;
use crate::case::syntax_diagnostic;
use crate::error::{Error, Result};
use crate::i18n::revise as say;
use crate::lang::Lang;
use crate::rules::compile_field;
use crate::wizard::flow::SECTIONS;

/// The built-in request rules.
const BUILTIN: &str = include_str!("../../rules/reply.toml");

/// The part of the letter a request concerns, in the order a letter has them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Part {
    RootCause,
    Actions,
    Prevention,
    Evidence,
    Other,
}

impl Part {
    /// Every part, in the letter's order.
    pub const ALL: [Part; 5] = [
        Part::RootCause,
        Part::Actions,
        Part::Prevention,
        Part::Evidence,
        Part::Other,
    ];

    /// The name used in the rule file and in JSON.
    pub fn key(self) -> &'static str {
        match self {
            Part::RootCause => "root_cause",
            Part::Actions => "actions",
            Part::Prevention => "prevention",
            Part::Evidence => "evidence",
            Part::Other => "other",
        }
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    unknown: UnknownSpec,
    #[serde(default)]
    request: Vec<RequestSpec>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct UnknownSpec {
    cues: Vec<String>,
    #[serde(default)]
    ignore: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RequestSpec {
    id: String,
    part: Part,
    sections: Vec<String>,
    what: String,
    what_zh: String,
    patterns: Vec<String>,
    #[serde(default)]
    except: Vec<String>,
    #[serde(default)]
    shows_match: bool,
}

/// One kind of request a reply can make.
#[derive(Debug)]
pub struct RequestRule {
    pub id: String,
    pub part: Part,
    /// The case sections that answer it (keys of the interview's sections).
    pub sections: Vec<String>,
    what: String,
    what_zh: String,
    /// Whether the matched words are shown on their own (a period asked for).
    pub shows_match: bool,
    patterns: Regex,
    except: Option<Regex>,
}

impl RequestRule {
    /// What Amazon asks for, in the seller's language.
    pub fn what(&self, lang: Lang) -> &str {
        match lang {
            Lang::En => &self.what,
            Lang::Zh => &self.what_zh,
        }
    }
}

/// The compiled request rules.
#[derive(Debug)]
pub struct ReplyRules {
    pub rules: Vec<RequestRule>,
    cues: Regex,
    ignore: Option<Regex>,
}

/// One request found in a reply.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Request {
    /// The rule's id, e.g. `prevention-frequency`.
    pub id: String,
    pub part: Part,
    /// The case sections to revise for it.
    pub sections: Vec<String>,
    /// The reviewer's sentence, as written.
    pub sentence: String,
    /// The words in it that matched (for a time window, the window itself).
    pub matched: String,
    /// ASINs the sentence names.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub asins: Vec<String>,
}

/// Everything a reply asks for.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Reading {
    /// Requests poa knows, in the order of the reply.
    pub requests: Vec<Request>,
    /// Sentences that ask for something poa has no rule for.
    pub unknown: Vec<String>,
}

impl Reading {
    /// Whether every request maps to something poa knows (and there is at least one).
    pub fn all_known(&self) -> bool {
        self.unknown.is_empty() && !self.requests.is_empty()
    }

    /// The case sections the requests reopen, each once, in the interview's order.
    pub fn sections(&self) -> Vec<&'static str> {
        SECTIONS
            .iter()
            .map(|s| s.key)
            .filter(|key| {
                self.requests
                    .iter()
                    .any(|r| r.sections.iter().any(|s| s == key))
            })
            .collect()
    }
}

impl ReplyRules {
    /// The built-in rules; tests prove they compile.
    pub fn builtin() -> Result<Self> {
        ReplyRules::parse(BUILTIN, Path::new("rules/reply.toml"))
    }

    /// Parses and compiles a rule file; every error names the file, line and field.
    pub fn parse(text: &str, path: &Path) -> Result<Self> {
        let map = SourceMap::new(text);
        let file: File = toml::from_str(text)
            .map_err(|e| Error::Invalid(vec![syntax_diagnostic(&e, &map, path)]))?;
        let required = |list: &[String], field: &str, id: &str| -> Result<Regex> {
            compile_field(list, &map, path, field, id)?.ok_or_else(|| {
                Error::Invalid(vec![map.field_diagnostic(
                    path,
                    field.to_string(),
                    crate::i18n::checks::no_patterns(id),
                    None,
                )])
            })
        };
        let cues = required(&file.unknown.cues, "unknown.cues", "unknown")?;
        let ignore = compile_field(
            &file.unknown.ignore,
            &map,
            path,
            "unknown.ignore",
            "unknown",
        )?;
        let mut rules = Vec::new();
        for (i, spec) in file.request.into_iter().enumerate() {
            if let Some((j, bad)) = spec
                .sections
                .iter()
                .enumerate()
                .find(|(_, s)| !SECTIONS.iter().any(|section| section.key == s.as_str()))
            {
                return Err(Error::Invalid(vec![
                    map.field_diagnostic(
                        path,
                        format!("request[{i}].sections[{j}]"),
                        say::not_a_section(&spec.id, bad),
                        Some(say::one_of(
                            &SECTIONS
                                .iter()
                                .map(|s| s.key)
                                .collect::<Vec<_>>()
                                .join(", "),
                        )),
                    ),
                ]));
            }
            rules.push(RequestRule {
                patterns: required(&spec.patterns, &format!("request[{i}].patterns"), &spec.id)?,
                except: compile_field(
                    &spec.except,
                    &map,
                    path,
                    &format!("request[{i}].except"),
                    &spec.id,
                )?,
                id: spec.id,
                part: spec.part,
                sections: spec.sections,
                what: spec.what,
                what_zh: spec.what_zh,
                shows_match: spec.shows_match,
            });
        }
        Ok(ReplyRules {
            rules,
            cues,
            ignore,
        })
    }

    /// The rule with this id.
    pub fn rule(&self, id: &str) -> Option<&RequestRule> {
        self.rules.iter().find(|r| r.id == id)
    }

    /// Every request in a reply's text, with the sentence that makes it.
    pub fn classify(&self, text: &str) -> Reading {
        let mut reading = Reading::default();
        for sentence in sentences(text) {
            let bytes = sentence.as_bytes();
            let mut known = false;
            for rule in &self.rules {
                let Some(found) = rule.patterns.find(bytes) else {
                    continue;
                };
                if rule.except.as_ref().is_some_and(|e| e.is_match(bytes)) {
                    continue;
                }
                known = true;
                reading.requests.push(Request {
                    id: rule.id.clone(),
                    part: rule.part,
                    sections: rule.sections.clone(),
                    matched: sentence[found.range()].to_string(),
                    asins: asins(&sentence),
                    sentence: sentence.clone(),
                });
            }
            if !known
                && self.cues.is_match(bytes)
                && !self.ignore.as_ref().is_some_and(|i| i.is_match(bytes))
            {
                reading.unknown.push(sentence);
            }
        }
        reading
    }
}

/// The ASINs a sentence names: ten capitals and digits with at least one digit, so a
/// shouted word is not taken for one.
fn asins(sentence: &str) -> Vec<String> {
    let mut found: Vec<String> = Vec::new();
    for word in sentence.split(|c: char| !c.is_ascii_alphanumeric()) {
        let looks_like = word.len() == 10
            && word
                .bytes()
                .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
            && word.bytes().any(|b| b.is_ascii_digit());
        if looks_like && !found.iter().any(|f| f == word) {
            found.push(word.to_string());
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_rules_compile() {
        let rules = ReplyRules::builtin().unwrap();
        assert!(rules.rules.len() >= 12);
    }

    #[test]
    fn a_section_the_case_lacks_is_refused_with_its_line() {
        let text = "[unknown]\ncues = ['x']\n[[request]]\nid = \"a\"\npart = \"actions\"\nsections = [\"acts\"]\nwhat = \"w\"\nwhat_zh = \"w\"\npatterns = ['x']\n";
        let error = ReplyRules::parse(text, Path::new("r.toml"))
            .unwrap_err()
            .to_string();
        assert!(error.contains("r.toml:6"), "{error}");
        assert!(error.contains("\"acts\" is not a section"), "{error}");
    }

    #[test]
    fn asins_need_a_digit() {
        assert_eq!(
            asins("ASIN B0C7KXR2M1 and DEACTIVATE, B0C7KXR2M1."),
            ["B0C7KXR2M1"]
        );
    }
}
