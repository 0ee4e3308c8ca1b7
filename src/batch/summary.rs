//! The batch summary: a table for people, the same as JSON for scripts.

use std::io::Write;

use owo_colors::OwoColorize;

use super::{Status, Summary};

/// The table, then every error in full, then the drafts that read alike.
pub fn print(summary: &Summary, out: &mut impl Write) -> std::io::Result<()> {
    let name_width = summary
        .cases
        .iter()
        .map(|c| c.case.display().to_string().chars().count())
        .max()
        .unwrap_or(4)
        .max(4);
    writeln!(
        out,
        "{:<name_width$}  {:<10}  {:>7}  files",
        "case", "status", "copied"
    )?;
    for case in &summary.cases {
        let name = label(case.status);
        let status = match case.status {
            Status::Written => name.green().to_string(),
            Status::UpToDate => name.to_string(),
            Status::Invalid => name.red().to_string(),
            Status::Failed => name.red().bold().to_string(),
            Status::NotStarted => name.yellow().to_string(),
        };
        // Pad by the visible width: colour codes are not columns.
        let pad = 10usize.saturating_sub(name.chars().count());
        let copied = case
            .copied_percent
            .map_or_else(|| "-".into(), |p| format!("{p:.1}%"));
        let files: Vec<String> = case
            .written
            .iter()
            .filter_map(|p| p.file_name())
            .map(|n| n.to_string_lossy().into_owned())
            .collect();
        writeln!(
            out,
            "{:<name_width$}  {status}{}  {copied:>7}  {}",
            case.case.display(),
            " ".repeat(pad),
            files.join(" ")
        )?;
    }
    let count = |status| summary.cases.iter().filter(|c| c.status == status).count();
    writeln!(
        out,
        "\n{} cases: {} written, {} up to date, {} invalid, {} failed{}",
        summary.cases.len(),
        count(Status::Written),
        count(Status::UpToDate),
        count(Status::Invalid),
        count(Status::Failed),
        if summary.interrupted {
            format!(", {} not started (interrupted)", count(Status::NotStarted))
        } else {
            String::new()
        }
    )?;
    for case in summary.cases.iter().filter(|c| c.error.is_some()) {
        writeln!(
            out,
            "\n{} {}:",
            "error in".red().bold(),
            case.case.display()
        )?;
        for line in case.error.iter().flat_map(|e| e.lines()) {
            writeln!(out, "  {line}")?;
        }
    }
    for pair in &summary.similar {
        writeln!(
            out,
            "\n{} {} and {} share {:.0}% of their own wording; rewrite one of them:",
            "alike:".yellow().bold(),
            pair.first.display(),
            pair.second.display(),
            pair.shared_percent
        )?;
        const SHOWN: usize = 5;
        for passage in pair.passages.iter().take(SHOWN) {
            let passage = passage.replace('\n', " ");
            let short: String = passage.chars().take(160).collect();
            let more = if short.len() < passage.len() {
                "…"
            } else {
                ""
            };
            writeln!(out, "  “{short}{more}”")?;
        }
        if pair.passages.len() > SHOWN {
            writeln!(
                out,
                "  … and {} more passages (--json lists all)",
                pair.passages.len() - SHOWN
            )?;
        }
    }
    Ok(())
}

fn label(status: Status) -> &'static str {
    match status {
        Status::Written => "written",
        Status::UpToDate => "up to date",
        Status::Invalid => "invalid",
        Status::Failed => "failed",
        Status::NotStarted => "not started",
    }
}
