//! Dates as people type them: ISO, the common written English forms and Chinese
//! (2026年3月2日). Forms whose day and month could be swapped (03/02/2026) are refused.

use chrono::NaiveDate;

use super::CaseDate;
use crate::i18n::{Bilingual, case as say};

/// Formats tried in order; none of them is ambiguous.
const FORMATS: [&str; 10] = [
    "%Y-%m-%d",
    "%Y/%m/%d",
    "%Y.%m.%d",
    "%B %d, %Y",
    "%B %d %Y",
    "%b %d, %Y",
    "%b %d %Y",
    "%d %B %Y",
    "%d %b %Y",
    "%Y年%m月%d日",
];

/// Parses a typed date; the error says why and what would work.
pub fn parse(text: &str) -> Result<CaseDate, Bilingual> {
    let text = text.trim().trim_end_matches('.');
    let cleaned: String = text
        .replace(['\u{3000}', ' '], " ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    // "2nd", "3rd" read as plain numbers.
    let cleaned = strip_ordinals(&cleaned);
    for format in FORMATS {
        if let Ok(date) = NaiveDate::parse_from_str(&cleaned, format) {
            return Ok(CaseDate(date));
        }
    }
    let parts: Vec<&str> = cleaned.split(['/', '-', '.']).collect();
    let numeric = cleaned
        .chars()
        .all(|c| c.is_ascii_digit() || "/-.".contains(c));
    // Year first is unambiguous (and already tried); day/month first could be either.
    if numeric && parts.len() == 3 && parts[0].len() <= 2 && parts[1].len() <= 2 {
        return Err(say::ambiguous_date(text));
    }
    Err(say::not_a_date(text))
}

fn strip_ordinals(text: &str) -> String {
    text.split(' ')
        .map(|word| {
            let digits = word.trim_end_matches(',');
            for suffix in ["st", "nd", "rd", "th"] {
                if let Some(number) = digits.strip_suffix(suffix)
                    && !number.is_empty()
                    && number.chars().all(|c| c.is_ascii_digit())
                {
                    return word.replacen(suffix, "", 1);
                }
            }
            word.to_string()
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// A typed date that is also not after `today`.
pub fn parse_past(text: &str, today: NaiveDate) -> Result<CaseDate, Bilingual> {
    let date = parse(text)?;
    super::validate::not_future(date, today)?;
    Ok(date)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn iso(text: &str) -> String {
        parse(text).map(|d| d.to_string()).unwrap_or_else(|e| e.en)
    }

    #[test]
    fn common_written_forms_are_read() {
        for text in [
            "2026-03-02",
            "2026/3/2",
            "March 2, 2026",
            "2 Mar 2026",
            "Mar 2 2026",
            "2nd March 2026",
            "2026年3月2日",
            " 2 march 2026 ",
        ] {
            assert_eq!(iso(text), "2026-03-02", "{text}");
        }
    }

    #[test]
    fn ambiguous_and_impossible_dates_are_refused_with_a_reason() {
        assert!(iso("03/02/2026").contains("day-first or month-first"));
        assert!(iso("2026-02-30").contains("not a date"));
        assert!(iso("yesterday").contains("not a date"));
    }

    #[test]
    fn a_future_date_is_refused() {
        let today = NaiveDate::from_ymd_opt(2026, 3, 1).unwrap();
        assert!(
            parse_past("2026-03-02", today)
                .unwrap_err()
                .en
                .contains("future")
        );
    }
}
