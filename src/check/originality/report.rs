//! The originality report, for a terminal (copied passages highlighted) and as JSON.

use std::io::Write;

use owo_colors::OwoColorize;

use super::Report;

/// Writes the report for people; colour only when the stream supports it (`anstream`
/// honours NO_COLOR and non-terminals).
pub fn print(report: &Report, max_copied: f64, out: &mut impl Write) -> std::io::Result<()> {
    writeln!(
        out,
        "{:.1}% of {} words are copied template text (limit {max_copied:.0}%): {}",
        report.copied_percent,
        report.words,
        if report.copied_percent > max_copied {
            "too much".red().bold().to_string()
        } else {
            "ok".green().to_string()
        }
    )?;
    for passage in &report.passages {
        writeln!(
            out,
            "\n{} › paragraph {} — {} words from {}{}",
            passage.place.section.bold(),
            passage.place.paragraph,
            passage.words,
            passage.source.cyan(),
            if passage.also.is_empty() {
                String::new()
            } else {
                crate::i18n::checks::also_in(&passage.also.join(", ")).en
            }
        )?;
        writeln!(out, "  {}", passage.text.replace('\n', " ").yellow())?;
    }
    if !report.passages.is_empty() {
        writeln!(
            out,
            "\nRewrite the passages above in your own words, with your own facts."
        )?;
    }
    Ok(())
}

/// One line for `poa render`.
pub fn summary(report: &Report, max_copied: f64) -> String {
    format!(
        "originality: {:.1}% copied template text in {} passage{} (limit {max_copied:.0}%){}",
        report.copied_percent,
        report.passages.len(),
        if report.passages.len() == 1 { "" } else { "s" },
        if report.copied_percent > max_copied {
            "; run `poa check` on the draft to see them"
        } else {
            ""
        }
    )
}
