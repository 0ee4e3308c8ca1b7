//! The case as templates see it: escaped for Markdown, dates written for the marketplace.
//!
//! A separate view keeps template variable names independent of the case file's keys, and
//! escaping every value here means no template can forget to.

use serde::Serialize;

use super::{dates, wording};
use crate::case::{Acceptance, Case, CaseDate, DateStyle, ReviewStatus, Voice};
use crate::document::escape_markdown;

/// Everything a letter template can use.
#[derive(Debug, Clone, Serialize)]
pub struct LetterView {
    pub store: String,
    /// Empty when the case gives none (templates test it with `if`).
    pub seller_id: String,
    pub marketplace: String,
    /// Who signs, and their role unless the name already says it.
    pub signer: String,
    pub signer_role: String,
    pub email: String,
    pub phone: String,
    /// `we`, `i` or `the-owner`: the person the stock sentences speak in.
    pub voice: &'static str,
    pub warning: WarningView,
    pub policy_list: String,
    pub investigation: Vec<InvestigationView>,
    pub people: Vec<PersonView>,
    pub timeline: Vec<EventView>,
    pub orders: Vec<OrderView>,
    pub reviews: Vec<ReviewView>,
    pub evidence: Vec<EvidenceView>,
    pub root_causes: Vec<Answer>,
    pub actions: Vec<ActionView>,
    /// The actions grouped by the day they were completed, in date order.
    pub action_days: Vec<ActionDay>,
    pub measures: Vec<MeasureView>,
    /// The measures grouped by owner, in the order each owner first appears.
    pub measure_owners: Vec<OwnerMeasures>,
    pub declarations: Vec<Answer>,
}

/// A seller's answer in the two shapes a template may place it: as a sentence of its own
/// (`item`: capitalised, one final stop) or as a cell or label value (`cell`: no stop).
#[derive(Debug, Clone, Serialize)]
pub struct Answer {
    pub item: String,
    pub cell: String,
}

impl Answer {
    fn new(value: &str, style: DateStyle) -> Self {
        let value = dates::restyle(value, style);
        Answer {
            item: wording::item(&value),
            cell: wording::cell(&value),
        }
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct WarningView {
    pub received: String,
    pub reference: String,
    /// The notice's exact words, quoted; empty when the case gives only a summary.
    pub quote: String,
    pub summary: Option<Answer>,
    /// `in-full`, `in-part`, `no`, or empty when the case does not say.
    pub acceptance: &'static str,
    pub acceptance_detail: Option<Answer>,
    pub asin_list: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct InvestigationView {
    pub date: String,
    pub examined: Answer,
    pub found: Answer,
}

#[derive(Debug, Clone, Serialize)]
pub struct PersonView {
    /// Role and name together, each said once: "Customer service lead, Mei Lin".
    pub who: String,
    pub role: String,
    /// Empty when not given or when the role already says it.
    pub name: String,
    pub started: String,
    pub conduct: Option<Answer>,
}

#[derive(Debug, Clone, Serialize)]
pub struct EventView {
    pub date: String,
    pub event: Answer,
}

#[derive(Debug, Clone, Serialize)]
pub struct OrderView {
    pub id: String,
    pub asin: String,
    pub date: String,
    pub sent: Answer,
    pub outcome: Answer,
}

#[derive(Debug, Clone, Serialize)]
pub struct ReviewView {
    pub id: String,
    pub asin: String,
    pub rating: String,
    /// `live` or `removed`.
    pub status: &'static str,
}

#[derive(Debug, Clone, Serialize)]
pub struct EvidenceView {
    pub file: String,
    pub shows: Answer,
    pub asin: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct ActionView {
    pub date: String,
    pub action: Answer,
}

#[derive(Debug, Clone, Serialize)]
pub struct ActionDay {
    pub date: String,
    pub actions: Vec<Answer>,
}

#[derive(Debug, Clone, Serialize)]
pub struct MeasureView {
    pub measure: Answer,
    pub owner: String,
    pub frequency: Answer,
    pub since: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct OwnerMeasures {
    pub owner: String,
    pub measures: Vec<MeasureView>,
}

impl LetterView {
    /// Builds the view of a case: values escaped, answers shaped to stand alone, dates in
    /// the marketplace's style, timeline and actions by date.
    pub fn new(case: &Case) -> Self {
        let style = case.seller.marketplace.date_style();
        let date = |d: &CaseDate| write_date(d, style);
        let answer = |value: &str| Answer::new(value, style);
        let optional_answer = |value: &Option<String>| {
            value
                .as_deref()
                .filter(|v| !v.trim().is_empty())
                .map(answer)
        };
        let mut timeline = case.timeline.clone();
        timeline.sort_by_key(|event| event.date);
        let mut actions = case.actions.clone();
        actions.sort_by_key(|action| action.date);
        let actions: Vec<ActionView> = actions
            .iter()
            .map(|action| ActionView {
                date: date(&action.date),
                action: answer(&action.action),
            })
            .collect();
        let measures: Vec<MeasureView> = case
            .measures
            .iter()
            .map(|measure| MeasureView {
                measure: answer(&measure.measure),
                owner: wording::cell(&measure.owner),
                frequency: answer(&measure.frequency),
                since: date(&measure.since),
            })
            .collect();
        let (signer, signer_role) = wording::name_and_role(&case.seller.contact, &case.seller.role);
        let warning = &case.warning;
        LetterView {
            store: text(&case.seller.store),
            seller_id: optional(&case.seller.seller_id),
            marketplace: case.seller.marketplace.domain().to_string(),
            signer,
            signer_role: wording::cell(&signer_role),
            email: text(&case.seller.email),
            phone: optional(&case.seller.phone),
            voice: match case.seller.voice {
                Voice::We => "we",
                Voice::I => "i",
                Voice::TheOwner => "the-owner",
            },
            warning: WarningView {
                received: date(&warning.received),
                reference: optional(&warning.reference),
                quote: optional(&warning.quote),
                summary: optional_answer(&warning.summary),
                acceptance: match warning.acceptance {
                    None => "",
                    Some(Acceptance::InFull) => "in-full",
                    Some(Acceptance::InPart) => "in-part",
                    Some(Acceptance::No) => "no",
                },
                acceptance_detail: optional_answer(&warning.acceptance_detail),
                asin_list: join_words(&warning.asins.iter().map(|a| text(a)).collect::<Vec<_>>()),
            },
            policy_list: join_words(&case.policies.iter().map(|p| text(p)).collect::<Vec<_>>()),
            investigation: case
                .investigation
                .iter()
                .map(|step| InvestigationView {
                    date: date(&step.date),
                    examined: answer(&step.examined),
                    found: answer(&step.found),
                })
                .collect(),
            people: case
                .people
                .iter()
                .map(|person| {
                    let (name, role) =
                        wording::name_and_role(person.name.as_deref().unwrap_or(""), &person.role);
                    PersonView {
                        who: [role.as_str(), name.as_str()]
                            .into_iter()
                            .filter(|part| !part.is_empty())
                            .collect::<Vec<_>>()
                            .join(", "),
                        role,
                        name,
                        started: date(&person.started),
                        conduct: optional_answer(&person.conduct),
                    }
                })
                .collect(),
            timeline: timeline
                .iter()
                .map(|event| EventView {
                    date: date(&event.date),
                    event: answer(&event.event),
                })
                .collect(),
            orders: case
                .orders
                .iter()
                .map(|order| OrderView {
                    id: text(&order.id),
                    asin: text(&order.asin),
                    date: date(&order.date),
                    sent: answer(&order.sent),
                    outcome: answer(&order.outcome),
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
                        ReviewStatus::Live => "live",
                        ReviewStatus::Removed => "removed",
                    },
                })
                .collect(),
            evidence: case
                .evidence
                .iter()
                .map(|item| EvidenceView {
                    file: text(&item.file),
                    shows: answer(&item.shows),
                    asin: join_words(
                        &item
                            .asin_list(&case.warning.asins)
                            .iter()
                            .map(|asin| text(asin))
                            .collect::<Vec<_>>(),
                    ),
                })
                .collect(),
            root_causes: case.root_causes.iter().map(|c| answer(c)).collect(),
            action_days: group(&actions, |a| a.date.clone(), |a| a.action.clone())
                .into_iter()
                .map(|(date, actions)| ActionDay { date, actions })
                .collect(),
            actions,
            measure_owners: group(&measures, |m| m.owner.clone(), Clone::clone)
                .into_iter()
                .map(|(owner, measures)| OwnerMeasures { owner, measures })
                .collect(),
            measures,
            declarations: case.declarations.iter().map(|d| answer(d)).collect(),
        }
    }
}

/// Items grouped by a key, groups in the order their key first appears.
fn group<T, U>(
    items: &[T],
    key: impl Fn(&T) -> String,
    value: impl Fn(&T) -> U,
) -> Vec<(String, Vec<U>)> {
    let mut groups: Vec<(String, Vec<U>)> = Vec::new();
    for item in items {
        let k = key(item);
        match groups.iter_mut().find(|(g, _)| *g == k) {
            Some((_, values)) => values.push(value(item)),
            None => groups.push((k, vec![value(item)])),
        }
    }
    groups
}

/// Writes a date as the marketplace does: "March 2, 2026" or "2 March 2026".
pub fn write_date(date: &CaseDate, style: DateStyle) -> String {
    match style {
        DateStyle::MonthDayYear => date.0.format("%B %-d, %Y").to_string(),
        DateStyle::DayMonthYear => date.0.format("%-d %B %Y").to_string(),
    }
}

/// Case text made inert for Markdown, on one line.
pub fn text(value: &str) -> String {
    escape_markdown(&value.split_whitespace().collect::<Vec<_>>().join(" "))
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
