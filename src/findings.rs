//! What the checks report, printed in one place for people and as JSON for scripts.

use std::io::Write;

use owo_colors::OwoColorize;
use serde::Serialize;

/// How serious a finding is: errors fail the command, warnings are advice.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
}

/// One thing a check found.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Finding {
    /// The rule's id, e.g. `blames-others`.
    pub rule: String,
    pub severity: Severity,
    /// Where: a case field (`measures[1].owner`) or a place in the letter.
    pub place: String,
    /// What is wrong and why, in a line.
    pub message: String,
    /// The words that triggered it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub excerpt: Option<String>,
}

/// How many findings are errors.
pub fn errors(findings: &[Finding]) -> usize {
    findings
        .iter()
        .filter(|f| f.severity == Severity::Error)
        .count()
}

/// "2 errors, 1 warning".
pub fn counts(findings: &[Finding]) -> String {
    let errors = errors(findings);
    let warnings = findings.len() - errors;
    let plural = |n: usize, word: &str| format!("{n} {word}{}", if n == 1 { "" } else { "s" });
    format!(
        "{}, {}",
        plural(errors, "error"),
        plural(warnings, "warning")
    )
}

/// Exit code: 1 with any error, 0 with only warnings.
pub fn exit_code(findings: &[Finding]) -> u8 {
    u8::from(errors(findings) > 0)
}

/// Every finding on its own lines, without colour: for messages and error reports.
pub fn in_full(findings: &[Finding]) -> String {
    findings
        .iter()
        .map(|finding| {
            let label = match finding.severity {
                Severity::Error => "error",
                Severity::Warning => "warning",
            };
            let mut line = format!(
                "{label}[{}] {}: {}",
                finding.rule, finding.place, finding.message
            );
            if let Some(excerpt) = &finding.excerpt {
                line.push_str(&format!("\n    “{excerpt}”"));
            }
            line
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// Each finding on its own lines, then the counts.
pub fn print(findings: &[Finding], out: &mut impl Write) -> std::io::Result<()> {
    for finding in findings {
        let label = match finding.severity {
            Severity::Error => "error".red().bold().to_string(),
            Severity::Warning => "warning".yellow().bold().to_string(),
        };
        writeln!(
            out,
            "{label}[{}] {}: {}",
            finding.rule,
            finding.place.bold(),
            finding.message
        )?;
        if let Some(excerpt) = &finding.excerpt {
            writeln!(out, "    “{}”", excerpt.cyan())?;
        }
    }
    writeln!(out, "{}", counts(findings))
}

/// Findings as a JSON document, or written for a terminal; a closed pipe ends quietly.
pub fn emit(findings: &[Finding], json: bool) -> crate::error::Result<()> {
    if json {
        return crate::fsio::print_json(findings);
    }
    crate::fsio::to_stdout(|out| print(findings, out))
}
