//! The rules a case must meet before poa writes a letter from it. Each rule is defined
//! once; the wizard reuses the per-answer checks.

use chrono::NaiveDate;

use super::CaseDate;
use super::formats;
use super::model::{Case, CaseStatus};
pub use crate::findings::Severity;

/// One broken rule, at a field path such as `orders[2].id`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub path: String,
    pub message: String,
    pub help: Option<String>,
    pub severity: Severity,
}

/// A required answer: not empty, not only spaces.
pub fn non_empty(text: &str) -> Result<(), String> {
    if text.trim().is_empty() {
        Err("this cannot be empty".into())
    } else {
        Ok(())
    }
}

/// A date the seller reports as past: today at the latest.
pub fn not_future(date: CaseDate, today: NaiveDate) -> Result<(), String> {
    if date.0 > today {
        Err(format!("{date} is in the future (today is {today})"))
    } else {
        Ok(())
    }
}

/// An email address, loosely: something@domain.tld, no spaces.
pub fn email(text: &str) -> Result<(), String> {
    let ok = text.split_once('@').is_some_and(|(user, domain)| {
        !user.is_empty()
            && domain.contains('.')
            && !domain.starts_with('.')
            && !domain.ends_with('.')
    }) && !text.contains(char::is_whitespace);
    ok.then_some(())
        .ok_or_else(|| format!("{text:?} is not an email address; expected name@example.com"))
}

/// A star rating.
pub fn rating(stars: u8) -> Result<(), String> {
    (1..=5)
        .contains(&stars)
        .then_some(())
        .ok_or_else(|| format!("{stars} is not a star rating; expected 1 to 5"))
}

/// Every problem with a case, errors and warnings, in file order.
pub fn validate(case: &Case, today: NaiveDate) -> Vec<Problem> {
    let mut rules = Rules::default();
    if case.status == CaseStatus::Incomplete {
        rules.error(
            "status",
            "this case is unfinished".into(),
            Some("finish it with `poa new FILE`, then render it"),
        );
    }
    let seller = &case.seller;
    rules.check("seller.store", non_empty(&seller.store));
    rules.check("seller.contact", non_empty(&seller.contact));
    rules.check("seller.role", non_empty(&seller.role));
    rules.check("seller.email", email(&seller.email));

    let warning = &case.warning;
    rules.check("warning.received", not_future(warning.received, today));
    rules.check("warning.notice", non_empty(&warning.notice));
    for (i, asin) in warning.asins.iter().enumerate() {
        rules.check(&format!("warning.asins[{i}]"), formats::asin(asin));
    }
    rules.unique(
        |i| format!("warning.asins[{i}]"),
        warning.asins.iter().map(|a| format!("ASIN {a}")),
    );

    for (i, person) in case.people.iter().enumerate() {
        rules.check(&format!("people[{i}].role"), non_empty(&person.role));
        rules.check(
            &format!("people[{i}].started"),
            not_future(person.started, today),
        );
        rules.check(&format!("people[{i}].conduct"), non_empty(&person.conduct));
    }
    for (i, event) in case.timeline.iter().enumerate() {
        rules.check(
            &format!("timeline[{i}].date"),
            not_future(event.date, today),
        );
        rules.check(&format!("timeline[{i}].event"), non_empty(&event.event));
    }
    let first_event = case.timeline.iter().map(|e| e.date).min();
    for (i, order) in case.orders.iter().enumerate() {
        let at = |field: &str| format!("orders[{i}].{field}");
        rules.check(&at("id"), formats::order_id(&order.id));
        rules.check(&at("asin"), formats::asin(&order.asin));
        rules.check(&at("date"), not_future(order.date, today));
        // An order may precede the first request (the buyer ordered, then was written
        // to), so that is a warning; an order after the warning cannot be part of it.
        if order.date > warning.received {
            rules.error(
                &at("date"),
                format!("{} is after the warning ({})", order.date, warning.received),
                Some("correct the date: the warning can only concern earlier orders"),
            );
        } else if let Some(first) = first_event
            && order.date < first
        {
            rules.warn(
                &at("date"),
                format!(
                    "{} is before the first timeline event ({first})",
                    order.date
                ),
                Some("check the date, or add the timeline event that covers this order"),
            );
        }
        rules.check(&at("sent"), non_empty(&order.sent));
        rules.check(&at("outcome"), non_empty(&order.outcome));
        if formats::asin(&order.asin).is_ok() && !warning.asins.contains(&order.asin) {
            rules.warn(
                &at("asin"),
                format!("{} is not among the ASINs the warning names", order.asin),
                Some("check the ASIN, or add it to warning.asins if the notice names it"),
            );
        }
    }
    rules.unique(
        |i| format!("orders[{i}].id"),
        case.orders
            .iter()
            .map(|o| format!("order {} for ASIN {}", o.id, o.asin)),
    );
    for (i, review) in case.reviews.iter().enumerate() {
        rules.check(&format!("reviews[{i}].id"), formats::review_id(&review.id));
        rules.check(&format!("reviews[{i}].asin"), formats::asin(&review.asin));
        rules.check(&format!("reviews[{i}].rating"), rating(review.rating));
    }
    rules.unique(
        |i| format!("reviews[{i}].id"),
        case.reviews.iter().map(|r| format!("review {}", r.id)),
    );
    for (i, item) in case.evidence.iter().enumerate() {
        rules.check(&format!("evidence[{i}].file"), non_empty(&item.file));
        rules.check(&format!("evidence[{i}].shows"), non_empty(&item.shows));
        if let Some(asin) = &item.asin {
            rules.check(&format!("evidence[{i}].asin"), formats::asin(asin));
        }
    }
    rules.required_list(
        "root_causes",
        &case.root_causes,
        "the root cause, in your own words: who did what, when, and why it was possible",
    );
    for (i, cause) in case.root_causes.iter().enumerate() {
        rules.check(&format!("root_causes[{i}]"), non_empty(cause));
    }
    rules.required_list(
        "actions",
        &case.actions,
        "at least one completed action with its date",
    );
    for (i, action) in case.actions.iter().enumerate() {
        rules.check(
            &format!("actions[{i}].date"),
            not_future(action.date, today),
        );
        rules.check(&format!("actions[{i}].action"), non_empty(&action.action));
    }
    rules.required_list(
        "measures",
        &case.measures,
        "at least one preventive measure with owner, frequency and start date",
    );
    for (i, measure) in case.measures.iter().enumerate() {
        let at = |field: &str| format!("measures[{i}].{field}");
        rules.check(&at("measure"), non_empty(&measure.measure));
        rules.check(&at("owner"), non_empty(&measure.owner));
        rules.check(&at("frequency"), non_empty(&measure.frequency));
        rules.check(&at("since"), not_future(measure.since, today));
    }
    for (i, declaration) in case.declarations.iter().enumerate() {
        rules.check(&format!("declarations[{i}]"), non_empty(declaration));
    }
    for (i, policy) in case.policies.iter().enumerate() {
        rules.check(&format!("policies[{i}]"), non_empty(policy));
    }
    rules.placeholders(case);
    rules.problems
}

#[derive(Default)]
struct Rules {
    problems: Vec<Problem>,
}

impl Rules {
    fn check(&mut self, path: &str, result: Result<(), String>) {
        if let Err(message) = result {
            self.error(path, message, None);
        }
    }

    fn error(&mut self, path: &str, message: String, help: Option<&str>) {
        self.push(path, message, help, Severity::Error);
    }

    fn warn(&mut self, path: &str, message: String, help: Option<&str>) {
        self.push(path, message, help, Severity::Warning);
    }

    fn push(&mut self, path: &str, message: String, help: Option<&str>, severity: Severity) {
        self.problems.push(Problem {
            path: path.to_string(),
            message,
            help: help.map(String::from),
            severity,
        });
    }

    fn required_list<T>(&mut self, path: &str, items: &[T], what: &str) {
        if items.is_empty() {
            self.error(
                path,
                "is missing; poa does not write a letter without it".into(),
                Some(&format!("add {what}")),
            );
        }
    }

    /// Each item once: a second entry for the same order, review or ASIN is a slip that
    /// would list it twice in the letter.
    fn unique(&mut self, path: impl Fn(usize) -> String, items: impl Iterator<Item = String>) {
        let mut seen: Vec<String> = Vec::new();
        for (i, item) in items.enumerate() {
            if let Some(first) = seen.iter().position(|s| *s == item) {
                self.error(
                    &path(i),
                    format!("{item} is listed twice (first at {})", path(first)),
                    Some("remove one of them, or correct the id"),
                );
            }
            seen.push(item);
        }
    }

    /// `poa init` writes `<...>` placeholders; any left means the case is not filled in.
    fn placeholders(&mut self, case: &Case) {
        let found: Vec<(String, String)> = super::text_fields(case)
            .into_iter()
            .filter(|(_, text)| text.trim().starts_with('<') && text.trim().ends_with('>'))
            .collect();
        // A placeholder is the one thing to say about its field.
        self.problems
            .retain(|p| !found.iter().any(|(path, _)| *path == p.path));
        for (path, text) in found {
            self.error(
                &path,
                format!("{text} is a placeholder"),
                Some("fill in your own answer"),
            );
        }
    }
}
