//! Dates a seller types inside an answer ("on 2026-09-03", "2026年9月3日", "Sept 3rd"),
//! written in the letter's style for the marketplace. A numeric date that could be read
//! day-first or month-first is never guessed: it stays as typed and lint names it.

use std::sync::LazyLock;

use chrono::NaiveDate;
use regex::{Captures, Regex};

use crate::case::{CaseDate, DateStyle};

use super::view::write_date;

const MONTH: &str = r"(?i:(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?)";

// Digits and word boundaries are ASCII: full-width digits are folded first, and Unicode
// ones would make compiling these patterns the costliest step of composing a letter.

/// 2026-09-03, 2026/9/3, 2026年9月3日 (号, spaces and full-width digits allowed).
static YEAR_FIRST: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)([0-9]{4})[-/.]([0-9]{1,2})[-/.]([0-9]{1,2})(?-u:\b)|([0-9]{4})\s*年\s*([0-9]{1,2})\s*月\s*([0-9]{1,2})\s*[日号]")
        .expect("the year-first date pattern compiles")
});
/// September 3, 2026 · Sept 3rd · 3 September 2026 · 3rd Sept.
static WRITTEN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?-u:\b){MONTH}\s+([0-9]{{1,2}})(?:st|nd|rd|th)?(?-u:\b)(?:,?\s+([0-9]{{4}})(?-u:\b))?|(?-u:\b)([0-9]{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTH}(?:\s+([0-9]{{4}})(?-u:\b))?"
    ))
    .expect("the written date pattern compiles")
});
/// 03/04/2026 or 3.4.26: day and month could be swapped.
static NUMERIC: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)([0-9]{1,2})[/.-]([0-9]{1,2})[/.-]([0-9]{2}|[0-9]{4})(?-u:\b)")
        .expect("the numeric date pattern compiles")
});

/// The answer with every date it holds written in `style`; a date that does not exist
/// (2026-02-30) or is ambiguous stays as typed.
pub fn restyle(answer: &str, style: DateStyle) -> String {
    let answer = fullwidth_digits(answer);
    let answer = YEAR_FIRST.replace_all(&answer, |c: &Captures| {
        let group = |a: usize, b: usize| c.get(a).or_else(|| c.get(b)).map(|m| m.as_str());
        let (y, m, d) = (group(1, 4), group(2, 5), group(3, 6));
        date(y, m, d)
            .map(|date| write_date(&date, style))
            .unwrap_or_else(|| c[0].to_string())
    });
    WRITTEN
        .replace_all(&answer, |c: &Captures| {
            let (month, day, year) = if c.get(1).is_some() {
                (&c[1], &c[2], c.get(3))
            } else {
                (&c[5], &c[4], c.get(6))
            };
            // "we may 3 times": lower-case "may" is the verb.
            let Some(month) = month_number(month).filter(|_| month != "may") else {
                return c[0].to_string();
            };
            match year {
                Some(year) => date(Some(year.as_str()), Some(&month.to_string()), Some(day))
                    .map(|date| write_date(&date, style))
                    .unwrap_or_else(|| c[0].to_string()),
                None => day_and_month(month, day, style).unwrap_or_else(|| c[0].to_string()),
            }
        })
        .into_owned()
}

/// The numeric dates in an answer that could be read two ways (03/04/2026), as typed.
pub fn ambiguous(answer: &str) -> Vec<String> {
    NUMERIC
        .captures_iter(&fullwidth_digits(answer))
        .filter(|c| {
            let (a, b) = (c[1].parse::<u32>(), c[2].parse::<u32>());
            matches!((a, b), (Ok(a), Ok(b)) if a <= 12 && b <= 12 && a != b)
        })
        .map(|c| c[0].to_string())
        .collect()
}

fn date(year: Option<&str>, month: Option<&str>, day: Option<&str>) -> Option<CaseDate> {
    let number = |s: Option<&str>| s?.parse::<u32>().ok();
    let year = i32::try_from(number(year)?).ok()?;
    NaiveDate::from_ymd_opt(year, number(month)?, number(day)?).map(CaseDate)
}

fn day_and_month(month: u32, day: &str, style: DateStyle) -> Option<String> {
    // A leap year, so 29 February is a day of some year.
    let date = NaiveDate::from_ymd_opt(2024, month, day.parse().ok()?)?;
    Some(match style {
        DateStyle::MonthDayYear => date.format("%B %-d").to_string(),
        DateStyle::DayMonthYear => date.format("%-d %B").to_string(),
    })
}

/// The month an English month name or its abbreviation (three letters or more, "Sept.") names.
pub(crate) fn month_number(word: &str) -> Option<u32> {
    let word = word.trim_end_matches('.').to_lowercase();
    const NAMES: [&str; 12] = [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ];
    NAMES
        .iter()
        .position(|name| {
            (word.len() >= 3 && name.starts_with(&word)) || (word == "sept" && *name == "september")
        })
        .map(|i| i as u32 + 1)
}

fn fullwidth_digits(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            '０'..='９' => char::from(b'0' + (c as u32 - '０' as u32) as u8),
            _ => c,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    const US: DateStyle = DateStyle::MonthDayYear;
    const UK: DateStyle = DateStyle::DayMonthYear;

    #[test]
    fn dates_in_answers_follow_the_marketplace() {
        assert_eq!(restyle("on 2026-09-03 we", US), "on September 3, 2026 we");
        assert_eq!(restyle("on 2026-09-03 we", UK), "on 3 September 2026 we");
        assert_eq!(restyle("于2026年9月3日停止", UK), "于3 September 2026停止");
        assert_eq!(restyle("2026 年 9 月 28 号", US), "September 28, 2026");
        assert_eq!(restyle("since Sept 3rd", UK), "since 3 September");
        assert_eq!(
            restyle("since 3 September 2026", US),
            "since September 3, 2026"
        );
        assert_eq!(restyle("September 3, 2026", US), "September 3, 2026");
    }

    #[test]
    fn what_is_not_a_date_stays() {
        assert_eq!(
            restyle("order 113-4829105-7731046", US),
            "order 113-4829105-7731046"
        );
        assert_eq!(restyle("we may 3 times", US), "we may 3 times");
        assert_eq!(restyle("on 2026-02-30", US), "on 2026-02-30");
        assert_eq!(restyle("sent 03/04/2026", US), "sent 03/04/2026");
    }

    #[test]
    fn numeric_dates_read_two_ways_are_found() {
        assert_eq!(ambiguous("sent 03/04/2026 and 25/04/2026"), ["03/04/2026"]);
        assert!(ambiguous("order 113-4829105-7731046").is_empty());
    }
}
