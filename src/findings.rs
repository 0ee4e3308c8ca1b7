//! What the checks report, printed in one place for people and as JSON for scripts.

use std::io::Write;
use std::path::Path;

use owo_colors::OwoColorize;
use serde::Serialize;

use crate::i18n::{Bilingual, checks as say, report};
use crate::lang::Lang;
use crate::pipeline::ComposeOptions;

/// How serious a finding is: errors fail the command, warnings are advice.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
}

/// One thing a check found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    /// The rule's id, e.g. `blames-others`.
    pub rule: String,
    pub severity: Severity,
    /// Where: a case field (`measures[1].owner`) or a place in the letter.
    pub place: String,
    /// What is wrong and why, in a line.
    pub message: Bilingual,
    /// The words that triggered it.
    pub excerpt: Option<String>,
}

/// A finding as JSON shows it: the same keys in every language, the message in one.
#[derive(Serialize)]
struct Shown<'a> {
    rule: &'a str,
    severity: Severity,
    place: &'a str,
    message: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    excerpt: Option<&'a str>,
}

impl Finding {
    fn shown(&self, lang: Lang) -> Shown<'_> {
        Shown {
            rule: &self.rule,
            severity: self.severity,
            place: &self.place,
            message: self.message.get(lang),
            excerpt: self.excerpt.as_deref(),
        }
    }
}

/// How many findings are errors.
pub fn errors(findings: &[Finding]) -> usize {
    findings
        .iter()
        .filter(|f| f.severity == Severity::Error)
        .count()
}

/// "2 errors, 1 warning".
pub fn counts(findings: &[Finding], lang: Lang) -> String {
    let errors = errors(findings);
    say::counts(errors, findings.len() - errors)
        .get(lang)
        .to_string()
}

/// Exit code: 1 with any error, 0 with only warnings.
pub fn exit_code(findings: &[Finding]) -> u8 {
    u8::from(errors(findings) > 0)
}

/// Every finding on its own lines, without colour: for messages and error reports.
pub fn in_full(findings: &[Finding], lang: Lang) -> String {
    findings
        .iter()
        .map(|finding| shown_lines(finding, lang, false))
        .collect::<Vec<_>>()
        .join("\n")
}

/// What `render` says of its letter's lint, and `batch` of each case's: every finding in
/// full, then the counts with the `poa lint` command that shows them again (naming the
/// templates and variant the letter was written with).
pub fn after_render(
    findings: &[Finding],
    case: &Path,
    compose: &ComposeOptions,
    lang: Lang,
) -> String {
    let counts = counts(findings, lang);
    if findings.is_empty() {
        return report::lint_clean(&counts).get(lang).to_string();
    }
    let mut command = case.display().to_string();
    if let Some(templates) = &compose.templates {
        command += &format!(" --templates {}", templates.display());
    }
    if let Some(variant) = compose.variant {
        command += &format!(" --variant {variant}");
    }
    format!(
        "{}\n{}",
        in_full(findings, lang),
        report::lint_line(&counts, command).get(lang)
    )
}

/// Each finding on its own lines, then the counts.
pub fn print(findings: &[Finding], lang: Lang, out: &mut impl Write) -> std::io::Result<()> {
    for finding in findings {
        writeln!(out, "{}", shown_lines(finding, lang, true))?;
    }
    writeln!(out, "{}", counts(findings, lang))
}

/// One finding: severity, rule, place (also the field as the interview names it), message,
/// and the words that triggered it on a line of their own.
fn shown_lines(finding: &Finding, lang: Lang, colour: bool) -> String {
    let label = match finding.severity {
        Severity::Error => say::error(),
        Severity::Warning => say::warning(),
    };
    let label = label.get(lang);
    let field = crate::i18n::fields::named(&finding.place, lang);
    let (label, place, excerpt) = match (colour, finding.severity) {
        (false, _) => (
            label.to_string(),
            finding.place.clone(),
            finding.excerpt.clone(),
        ),
        (true, severity) => (
            if severity == Severity::Error {
                label.red().bold().to_string()
            } else {
                label.yellow().bold().to_string()
            },
            finding.place.bold().to_string(),
            finding.excerpt.as_ref().map(|e| e.cyan().to_string()),
        ),
    };
    let mut line = format!(
        "{label}[{}] {place}{field}: {}",
        finding.rule,
        finding.message.get(lang)
    );
    if let Some(excerpt) = excerpt {
        line.push_str(&format!("\n    “{excerpt}”"));
    }
    line
}

/// Findings as a JSON document, or written for a terminal; a closed pipe ends quietly.
pub fn emit(findings: &[Finding], json: bool, lang: Lang) -> crate::error::Result<()> {
    if json {
        let shown: Vec<Shown> = findings.iter().map(|f| f.shown(lang)).collect();
        return crate::fsio::print_json(&shown);
    }
    crate::fsio::to_stdout(|out| print(findings, lang, out))
}
