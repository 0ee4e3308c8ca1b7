//! The originality report, for a terminal (copied passages highlighted) and as JSON.

use std::io::Write;

use owo_colors::OwoColorize;

use super::Report;
use crate::i18n::report as say;
use crate::lang::Lang;

/// Writes the report for people; colour only when the stream supports it (`anstream`
/// honours NO_COLOR and non-terminals).
pub fn print(
    report: &Report,
    max_copied: f64,
    lang: Lang,
    out: &mut impl Write,
) -> std::io::Result<()> {
    let verdict = if report.copied_percent > max_copied {
        say::too_much().get(lang).red().bold().to_string()
    } else {
        say::ok().get(lang).green().to_string()
    };
    let share = say::copied_share(report.copied_percent, report.words, max_copied);
    let colon = if lang == Lang::Zh { "：" } else { ": " };
    writeln!(out, "{}{colon}{verdict}", share.get(lang))?;
    for passage in &report.passages {
        let head = say::passage(
            passage.place.section.bold(),
            passage.place.paragraph,
            passage.words,
            passage.source.cyan(),
        );
        let also = if passage.also.is_empty() {
            String::new()
        } else {
            crate::i18n::checks::also_in(&passage.also.join(", "))
                .get(lang)
                .to_string()
        };
        writeln!(out, "\n{}{also}", head.get(lang))?;
        writeln!(out, "  {}", passage.text.replace('\n', " ").yellow())?;
    }
    if !report.passages.is_empty() {
        writeln!(out, "\n{}", say::rewrite().get(lang))?;
    }
    Ok(())
}

/// One line for `poa render`.
pub fn summary(report: &Report, max_copied: f64, lang: Lang) -> String {
    let line = say::originality(report.copied_percent, report.passages.len(), max_copied);
    let hint = if report.copied_percent > max_copied {
        say::see_passages().get(lang).to_string()
    } else {
        String::new()
    };
    format!("{}{hint}", line.get(lang))
}
