//! Dates as people type them: ISO, the common written English forms and Chinese
//! (2026年3月2日, 2026 年 9 月 28 号, full-width digits, a closing 。). A numeric date is read
//! day-first or month-first only where one of its numbers cannot be a month (14/10/2026,
//! 10/14/2026); one whose day and month could be swapped (03/02/2026) is refused.

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
    let folded = super::typed::fold(text);
    let trimmed = folded.trim().trim_end_matches('.').trim_end();
    let cleaned = if trimmed.contains(['年', '月']) {
        chinese(trimmed)
    } else {
        // "2nd", "3rd" read as plain numbers.
        strip_ordinals(&trimmed.split_whitespace().collect::<Vec<_>>().join(" "))
    };
    for format in FORMATS {
        if let Ok(date) = NaiveDate::parse_from_str(&cleaned, format) {
            return Ok(CaseDate(date));
        }
    }
    numeric(&cleaned).unwrap_or_else(|| Err(say::not_a_date(text.trim())))
}

/// A Chinese date without its spaces, 号 read as 日 and a missing 日 supplied.
fn chinese(text: &str) -> String {
    let mut date: String = text
        .chars()
        .filter(|c| !c.is_whitespace())
        .map(|c| if c == '号' { '日' } else { c })
        .collect();
    if date.ends_with(|c: char| c.is_ascii_digit()) && date.contains('月') {
        date.push('日');
    }
    date
}

/// Day, month and year in numbers: read when only one order makes a date (a number over
/// 12 is the day), refused as ambiguous when both do.
fn numeric(text: &str) -> Option<Result<CaseDate, Bilingual>> {
    let parts: Vec<&str> = text.split(['/', '-', '.']).collect();
    let [first, second, year] = parts[..] else {
        return None;
    };
    if first.len() > 2 || second.len() > 2 || year.len() != 4 {
        return None;
    }
    let (first, second, year): (u32, u32, i32) = (
        first.parse().ok()?,
        second.parse().ok()?,
        year.parse().ok()?,
    );
    let day_first = NaiveDate::from_ymd_opt(year, second, first);
    let month_first = NaiveDate::from_ymd_opt(year, first, second);
    Some(match (day_first, month_first) {
        (Some(date), None) | (None, Some(date)) => Ok(CaseDate(date)),
        (Some(day), Some(month)) if first != second => {
            Err(say::ambiguous_typed_date(text, day, month))
        }
        (Some(date), Some(_)) => Ok(CaseDate(date)),
        (None, None) => Err(say::not_a_date(text)),
    })
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
            "2026年3月2号",
            "2026 年 3 月 2 日",
            "２０２６年３月２日",
            "2026年3月2日。",
            "2026年3月2",
        ] {
            assert_eq!(iso(text), "2026-03-02", "{text}");
        }
    }

    #[test]
    fn ambiguous_and_impossible_dates_are_refused_with_a_reason() {
        assert!(iso("03/02/2026").contains("day-first or month-first"));
        assert!(iso("3/2/2026").contains("2026-02-03 or 2026-03-02"));
        assert!(iso("13/14/2026").contains("not a date"));
        assert!(iso("2026-02-30").contains("not a date"));
        assert!(iso("yesterday").contains("not a date"));
    }

    #[test]
    fn a_numeric_date_is_read_where_only_one_order_makes_a_date() {
        assert_eq!(iso("10/14/2026"), "2026-10-14", "US, month first");
        assert_eq!(iso("14/10/2026"), "2026-10-14", "day first");
        assert_eq!(iso("１０/１４/２０２６"), "2026-10-14");
        assert_eq!(iso("5/5/2026"), "2026-05-05", "both orders give one date");
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
