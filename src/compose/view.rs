//! The case as templates see it: escaped for Markdown, dates written for the marketplace.
//!
//! A separate view keeps template variable names independent of the case file's keys, and
//! escaping every value here means no template can forget to.

use serde::Serialize;

use crate::case::{Case, CaseDate, DateStyle, ReviewStatus};

/// Everything a letter template can use.
#[derive(Debug, Clone, Serialize)]
pub struct LetterView {
    pub store: String,
    /// Empty when the case gives none (templates test it with `if`).
    pub seller_id: String,
    pub marketplace: String,
    pub contact: String,
    pub role: String,
    pub email: String,
    pub phone: String,
    pub warning: WarningView,
    pub policy_list: String,
    pub people: Vec<PersonView>,
    pub timeline: Vec<EventView>,
    pub orders: Vec<OrderView>,
    pub reviews: Vec<ReviewView>,
    pub reviews_total: usize,
    pub reviews_live: usize,
    pub reviews_removed: usize,
    pub evidence: Vec<EvidenceView>,
    pub root_causes: Vec<String>,
    pub actions: Vec<ActionView>,
    pub measures: Vec<MeasureView>,
    pub declarations: Vec<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct WarningView {
    pub received: String,
    pub reference: String,
    pub notice: String,
    pub asin_list: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct PersonView {
    pub role: String,
    pub name: String,
    pub started: String,
    pub conduct: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct EventView {
    pub date: String,
    pub event: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct OrderView {
    pub id: String,
    pub asin: String,
    pub date: String,
    pub sent: String,
    pub outcome: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct ReviewView {
    pub id: String,
    pub asin: String,
    pub rating: String,
    pub status: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct EvidenceView {
    pub file: String,
    pub shows: String,
    pub asin: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct ActionView {
    pub date: String,
    pub action: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct MeasureView {
    pub measure: String,
    pub owner: String,
    pub frequency: String,
    pub since: String,
}

impl LetterView {
    /// Builds the view of a case: values escaped, sentences without their final stop (the
    /// templates punctuate), dates in the marketplace's style, timeline and actions by date.
    pub fn new(case: &Case) -> Self {
        let style = case.seller.marketplace.date_style();
        let date = |d: &CaseDate| write_date(d, style);
        let mut timeline = case.timeline.clone();
        timeline.sort_by_key(|event| event.date);
        let mut actions = case.actions.clone();
        actions.sort_by_key(|action| action.date);
        let live = case
            .reviews
            .iter()
            .filter(|review| review.status == ReviewStatus::Live)
            .count();
        LetterView {
            store: text(&case.seller.store),
            seller_id: optional(&case.seller.seller_id),
            marketplace: case.seller.marketplace.domain().to_string(),
            contact: text(&case.seller.contact),
            role: text(&case.seller.role),
            email: text(&case.seller.email),
            phone: optional(&case.seller.phone),
            warning: WarningView {
                received: date(&case.warning.received),
                reference: optional(&case.warning.reference),
                notice: sentence(&case.warning.notice),
                asin_list: join_words(
                    &case
                        .warning
                        .asins
                        .iter()
                        .map(|a| text(a))
                        .collect::<Vec<_>>(),
                ),
            },
            policy_list: join_words(&case.policies.iter().map(|p| text(p)).collect::<Vec<_>>()),
            people: case
                .people
                .iter()
                .map(|person| PersonView {
                    role: text(&person.role),
                    name: optional(&person.name),
                    started: date(&person.started),
                    conduct: sentence(&person.conduct),
                })
                .collect(),
            timeline: timeline
                .iter()
                .map(|event| EventView {
                    date: date(&event.date),
                    event: sentence(&event.event),
                })
                .collect(),
            orders: case
                .orders
                .iter()
                .map(|order| OrderView {
                    id: text(&order.id),
                    asin: text(&order.asin),
                    date: date(&order.date),
                    sent: sentence(&order.sent),
                    outcome: sentence(&order.outcome),
                })
                .collect(),
            reviews: case
                .reviews
                .iter()
                .map(|review| ReviewView {
                    id: text(&review.id),
                    asin: text(&review.asin),
                    rating: review.rating.to_string(),
                    status: match review.status {
                        ReviewStatus::Live => "still live".to_string(),
                        ReviewStatus::Removed => "removed".to_string(),
                    },
                })
                .collect(),
            reviews_total: case.reviews.len(),
            reviews_live: live,
            reviews_removed: case.reviews.len() - live,
            evidence: case
                .evidence
                .iter()
                .map(|item| EvidenceView {
                    file: text(&item.file),
                    shows: sentence(&item.shows),
                    asin: optional(&item.asin),
                })
                .collect(),
            root_causes: case.root_causes.iter().map(|c| sentence(c)).collect(),
            actions: actions
                .iter()
                .map(|action| ActionView {
                    date: date(&action.date),
                    action: sentence(&action.action),
                })
                .collect(),
            measures: case
                .measures
                .iter()
                .map(|measure| MeasureView {
                    measure: sentence(&measure.measure),
                    owner: text(&measure.owner),
                    frequency: sentence(&measure.frequency),
                    since: date(&measure.since),
                })
                .collect(),
            declarations: case.declarations.iter().map(|d| sentence(d)).collect(),
        }
    }
}

/// Writes a date as the marketplace does: "March 2, 2026" or "2 March 2026".
pub fn write_date(date: &CaseDate, style: DateStyle) -> String {
    match style {
        DateStyle::MonthDayYear => date.0.format("%B %-d, %Y").to_string(),
        DateStyle::DayMonthYear => date.0.format("%-d %B %Y").to_string(),
    }
}

/// Case text made inert for Markdown: one line, with every character that could start
/// structure (emphasis, links, tables, headings, HTML) escaped.
pub fn text(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for word in value.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        for ch in word.chars() {
            if matches!(
                ch,
                '\\' | '`' | '*' | '_' | '[' | ']' | '#' | '|' | '<' | '>' | '~' | '!'
            ) {
                out.push('\\');
            }
            out.push(ch);
        }
    }
    // A value opening a list item must not start a list of its own ("- x", "2. x").
    let digits = out.chars().take_while(char::is_ascii_digit).count();
    if out.starts_with(['-', '+']) {
        out.insert(0, '\\');
    } else if digits > 0 && out[digits..].starts_with(['.', ')']) {
        out.insert(digits, '\\');
    }
    out
}

/// Like [`text`], without a final full stop, so the template's punctuation is not doubled.
fn sentence(value: &str) -> String {
    text(value.trim_end().trim_end_matches(['.', ';', ',']))
}

fn optional(value: &Option<String>) -> String {
    value.as_deref().map(text).unwrap_or_default()
}

/// "A", "A and B", "A, B and C".
fn join_words(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markdown_structure_in_case_text_is_escaped() {
        assert_eq!(
            text("*5 stars* | #1 [link]"),
            r"\*5 stars\* \| \#1 \[link\]"
        );
        assert_eq!(text("- not a list"), r"\- not a list");
        assert_eq!(text("12. not a list"), r"12\. not a list");
    }

    #[test]
    fn lines_are_joined_and_final_stops_dropped() {
        assert_eq!(
            sentence("We refunded\n the order. "),
            "We refunded the order"
        );
    }

    #[test]
    fn lists_read_as_english() {
        let words = |v: &[&str]| join_words(&v.iter().map(|s| s.to_string()).collect::<Vec<_>>());
        assert_eq!(words(&["A"]), "A");
        assert_eq!(words(&["A", "B"]), "A and B");
        assert_eq!(words(&["A", "B", "C"]), "A, B and C");
    }

    #[test]
    fn dates_follow_the_marketplace_style() {
        let d = CaseDate::parse_iso("2026-03-02").unwrap();
        assert_eq!(write_date(&d, DateStyle::MonthDayYear), "March 2, 2026");
        assert_eq!(write_date(&d, DateStyle::DayMonthYear), "2 March 2026");
    }
}
