//! The batch summary: a table for people, the same as JSON for scripts.

use std::io::Write;

use owo_colors::OwoColorize;
use unicode_width::UnicodeWidthStr;

use super::{Status, Summary};
use crate::findings;
use crate::i18n::report::{self as said, Batch};
use crate::lang::Lang;
use crate::pipeline::ComposeOptions;

/// The table, then each letter's lint as `render` shows it (`compose`: how the letters were
/// written, named in the pointer to `poa lint`), every error in full, and the drafts that
/// read alike.
pub fn print(
    summary: &Summary,
    compose: &ComposeOptions,
    lang: Lang,
    out: &mut impl Write,
) -> std::io::Result<()> {
    let name_width = summary
        .cases
        .iter()
        .map(|c| c.case.display().to_string().width())
        .max()
        .unwrap_or(4)
        .max(4);
    writeln!(
        out,
        "{}  {}  {}  {}",
        padded(Batch::Case.get(lang), name_width),
        padded(Batch::Status.get(lang), STATUS_WIDTH),
        right(Batch::Copied.get(lang), 7),
        Batch::Files.get(lang)
    )?;
    for case in &summary.cases {
        let name = label(case.status).get(lang);
        let status = match case.status {
            Status::Written => name.green().to_string(),
            Status::UpToDate => name.to_string(),
            Status::Invalid => name.red().to_string(),
            Status::Failed => name.red().bold().to_string(),
            Status::NotStarted => name.yellow().to_string(),
        };
        // Pad by the visible width: colour codes are not columns.
        let pad = STATUS_WIDTH.saturating_sub(name.width());
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
            "{}  {status}{}  {copied:>7}  {}",
            padded(&case.case.display().to_string(), name_width),
            " ".repeat(pad),
            files.join(" ")
        )?;
    }
    let count = |status| summary.cases.iter().filter(|c| c.status == status).count();
    let totals = said::batch_totals(
        summary.cases.len(),
        count(Status::Written),
        count(Status::UpToDate),
        count(Status::Invalid),
        count(Status::Failed),
    );
    let interrupted = if summary.interrupted {
        said::batch_interrupted(count(Status::NotStarted))
            .get(lang)
            .to_string()
    } else {
        String::new()
    };
    writeln!(out, "\n{}{interrupted}", totals.get(lang))?;
    for case in summary.cases.iter().filter(|c| !c.lint.is_empty()) {
        writeln!(
            out,
            "\n{} {}:",
            Batch::LintOf.get(lang).bold(),
            case.case.display()
        )?;
        for line in findings::after_render(&case.lint, &case.case, compose, lang).lines() {
            writeln!(out, "  {line}")?;
        }
    }
    print_errors(summary, lang, out)?;
    for pair in &summary.similar {
        let alike = said::drafts_alike(
            pair.first.display(),
            pair.second.display(),
            pair.shared_percent,
        );
        writeln!(
            out,
            "\n{} {}",
            Batch::Alike.get(lang).yellow().bold(),
            alike.get(lang)
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
                "{}",
                said::more_passages(pair.passages.len() - SHOWN).get(lang)
            )?;
        }
    }
    Ok(())
}

/// Every case's error in full, each after a blank line: all that `--quiet` prints.
pub fn print_errors(summary: &Summary, lang: Lang, out: &mut impl Write) -> std::io::Result<()> {
    for case in summary.cases.iter().filter(|c| c.error.is_some()) {
        writeln!(
            out,
            "\n{} {}:",
            Batch::ErrorIn.get(lang).red().bold(),
            case.case.display()
        )?;
        for line in case.error.iter().flat_map(|e| e.lines()) {
            writeln!(out, "  {line}")?;
        }
    }
    Ok(())
}

const STATUS_WIDTH: usize = 10;

/// Text followed by spaces up to `width` columns (a Chinese character takes two).
fn padded(text: &str, width: usize) -> String {
    format!("{text}{}", " ".repeat(width.saturating_sub(text.width())))
}

/// Text after spaces up to `width` columns.
fn right(text: &str, width: usize) -> String {
    format!("{}{text}", " ".repeat(width.saturating_sub(text.width())))
}

fn label(status: Status) -> Batch {
    match status {
        Status::Written => Batch::Written,
        Status::UpToDate => Batch::UpToDate,
        Status::Invalid => Batch::Invalid,
        Status::Failed => Batch::Failed,
        Status::NotStarted => Batch::NotStarted,
    }
}
