//! The rules a case must meet before poa writes a letter from it. Each rule is defined
//! once; the wizard reuses the per-answer checks.

use chrono::NaiveDate;

use super::CaseDate;
use super::formats;
use super::model::{Acceptance, Case, CaseStatus};
pub use crate::findings::Severity;
use crate::i18n::{Bilingual, case as say};

/// One broken rule, at a field path such as `orders[2].id`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub path: String,
    pub message: Bilingual,
    pub help: Option<Bilingual>,
    pub severity: Severity,
}

/// A required answer: not empty, not only spaces.
pub fn non_empty(text: &str) -> Result<(), Bilingual> {
    if text.trim().is_empty() {
        Err(say::empty())
    } else {
        Ok(())
    }
}

/// A date the seller reports as past: today at the latest.
pub fn not_future(date: CaseDate, today: NaiveDate) -> Result<(), Bilingual> {
    if date.0 > today {
        Err(say::in_the_future(date, today))
    } else {
        Ok(())
    }
}

/// An email address, loosely: something@domain.tld, no spaces.
pub fn email(text: &str) -> Result<(), Bilingual> {
    let ok = text.split_once('@').is_some_and(|(user, domain)| {
        !user.is_empty()
            && domain.contains('.')
            && !domain.starts_with('.')
            && !domain.ends_with('.')
    }) && !text.contains(char::is_whitespace);
    ok.then_some(()).ok_or_else(|| say::not_an_email(text))
}

/// A star rating.
pub fn rating(stars: u8) -> Result<(), Bilingual> {
    (1..=5)
        .contains(&stars)
        .then_some(())
        .ok_or_else(|| say::not_a_rating(stars))
}

/// Every problem with a case, errors and warnings, in file order.
pub fn validate(case: &Case, today: NaiveDate) -> Vec<Problem> {
    let mut rules = Rules::default();
    if case.status == CaseStatus::Incomplete {
        rules.error("status", say::unfinished(), Some(say::finish_it()));
    }
    let seller = &case.seller;
    rules.check("seller.store", non_empty(&seller.store));
    rules.check("seller.contact", non_empty(&seller.contact));
    rules.check("seller.role", non_empty(&seller.role));
    rules.check("seller.email", email(&seller.email));

    if let Some(date) = case.letter_date {
        rules.check("letter_date", not_future(date, today));
    }
    let warning = &case.warning;
    rules.check("warning.received", not_future(warning.received, today));
    let given = |text: &Option<String>| text.as_deref().is_some_and(|t| !t.trim().is_empty());
    if !given(&warning.quote) && !given(&warning.summary) {
        rules.error(
            "warning",
            say::notice_missing(),
            Some(say::give_quote_or_summary()),
        );
    }
    if matches!(
        warning.acceptance,
        Some(Acceptance::InPart | Acceptance::No)
    ) && !given(&warning.acceptance_detail)
    {
        rules.error(
            "warning.acceptance",
            say::acceptance_without_detail(),
            Some(say::add_acceptance_detail()),
        );
    }
    for (i, step) in case.investigation.iter().enumerate() {
        let at = |field: &str| format!("investigation[{i}].{field}");
        rules.check(&at("date"), not_future(step.date, today));
        rules.check(&at("examined"), non_empty(&step.examined));
        rules.check(&at("found"), non_empty(&step.found));
    }
    for (i, asin) in warning.asins.iter().enumerate() {
        rules.check(&format!("warning.asins[{i}]"), formats::asin(asin));
    }
    rules.unique(
        |i| format!("warning.asins[{i}]"),
        warning
            .asins
            .iter()
            .map(|a| Bilingual::same(format!("ASIN {a}"))),
    );

    for (i, person) in case.people.iter().enumerate() {
        rules.check(&format!("people[{i}].role"), non_empty(&person.role));
        rules.check(
            &format!("people[{i}].started"),
            not_future(person.started, today),
        );
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
                say::order_after_warning(order.date, warning.received),
                Some(say::correct_order_date()),
            );
        } else if let Some(first) = first_event
            && order.date < first
        {
            rules.warn(
                &at("date"),
                say::order_before_timeline(order.date, first),
                Some(say::check_order_date()),
            );
        }
        rules.check(&at("sent"), non_empty(&order.sent));
        rules.check(&at("outcome"), non_empty(&order.outcome));
        if formats::asin(&order.asin).is_ok() && !warning.asins.contains(&order.asin) {
            rules.warn(
                &at("asin"),
                say::asin_not_in_warning(&order.asin),
                Some(say::check_asin()),
            );
        }
    }
    rules.unique(
        |i| format!("orders[{i}].id"),
        case.orders.iter().map(|o| say::order_item(&o.id, &o.asin)),
    );
    for (i, review) in case.reviews.iter().enumerate() {
        rules.check(&format!("reviews[{i}].id"), formats::review_id(&review.id));
        rules.check(&format!("reviews[{i}].asin"), formats::asin(&review.asin));
        rules.check(&format!("reviews[{i}].rating"), rating(review.rating));
    }
    rules.unique(
        |i| format!("reviews[{i}].id"),
        case.reviews.iter().map(|r| say::review_item(&r.id)),
    );
    for (i, item) in case.evidence.iter().enumerate() {
        rules.check(&format!("evidence[{i}].file"), non_empty(&item.file));
        rules.check(&format!("evidence[{i}].shows"), non_empty(&item.shows));
        if let Some(asin) = &item.asin {
            rules.check(&format!("evidence[{i}].asin"), formats::asin(asin));
        }
        for (j, asin) in item.asins.iter().enumerate() {
            if !asin.eq_ignore_ascii_case(crate::case::ALL_ASINS) {
                rules.check(&format!("evidence[{i}].asins[{j}]"), formats::asin(asin));
            }
        }
    }
    rules.required_list("root_causes", &case.root_causes, say::add_root_cause());
    for (i, cause) in case.root_causes.iter().enumerate() {
        rules.check(&format!("root_causes[{i}]"), non_empty(cause));
    }
    rules.required_list("actions", &case.actions, say::add_action());
    for (i, action) in case.actions.iter().enumerate() {
        rules.check(
            &format!("actions[{i}].date"),
            not_future(action.date, today),
        );
        rules.check(&format!("actions[{i}].action"), non_empty(&action.action));
    }
    rules.required_list("measures", &case.measures, say::add_measure());
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
    rules.characters(case);
    rules.problems
}

#[derive(Default)]
struct Rules {
    problems: Vec<Problem>,
}

impl Rules {
    fn check(&mut self, path: &str, result: Result<(), Bilingual>) {
        if let Err(message) = result {
            self.error(path, message, None);
        }
    }

    fn error(&mut self, path: &str, message: Bilingual, help: Option<Bilingual>) {
        self.push(path, message, help, Severity::Error);
    }

    fn warn(&mut self, path: &str, message: Bilingual, help: Option<Bilingual>) {
        self.push(path, message, help, Severity::Warning);
    }

    fn push(
        &mut self,
        path: &str,
        message: Bilingual,
        help: Option<Bilingual>,
        severity: Severity,
    ) {
        self.problems.push(Problem {
            path: path.to_string(),
            message,
            help,
            severity,
        });
    }

    fn required_list<T>(&mut self, path: &str, items: &[T], help: Bilingual) {
        if items.is_empty() {
            self.error(path, say::missing(), Some(help));
        }
    }

    /// Each item once: a second entry for the same order, review or ASIN is a slip that
    /// would list it twice in the letter.
    fn unique(&mut self, path: impl Fn(usize) -> String, items: impl Iterator<Item = Bilingual>) {
        let mut seen: Vec<Bilingual> = Vec::new();
        for (i, item) in items.enumerate() {
            if let Some(first) = seen.iter().position(|s| *s == item) {
                self.error(
                    &path(i),
                    say::listed_twice(&item, &path(first)),
                    Some(say::remove_one()),
                );
            }
            seen.push(item);
        }
    }

    /// Characters a reader cannot show are refused; invisible ones are refused where they
    /// make two names or ids that look alike differ, and warned about elsewhere.
    fn characters(&mut self, case: &Case) {
        for (path, text) in super::text_fields(case) {
            let first = |found: fn(char) -> bool| {
                (text.chars().zip(1..)).find_map(|(c, at)| found(c).then_some((c as u32, at)))
            };
            if let Some((code, at)) = first(unshowable) {
                let message = say::unshowable_character(code, at);
                self.error(&path, message, Some(say::retype()));
            } else if let Some((code, at)) = first(invisible) {
                let message = say::invisible_character(code, at);
                if is_name_or_id(&path) {
                    self.error(&path, message, Some(say::invisible_in_name()));
                } else {
                    self.warn(&path, message, Some(say::retype()));
                }
            }
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
            self.error(&path, say::placeholder(&text), Some(say::fill_in()));
        }
    }
}

/// Control characters other than tab and line break (a DOCX holding one does not open) and
/// the bidi overrides and isolates that reorder the text shown around them.
fn unshowable(c: char) -> bool {
    (c.is_control() && !matches!(c, '\t' | '\n'))
        || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// Zero-width spaces, joiners and the word joiner: they show as nothing.
fn invisible(c: char) -> bool {
    matches!(c, '\u{200b}'..='\u{200d}' | '\u{2060}' | '\u{feff}')
}

/// Fields that name or identify something, where an invisible character would make two
/// values that look the same differ.
fn is_name_or_id(path: &str) -> bool {
    const KEYS: [&str; 11] = [
        "store",
        "contact",
        "seller_id",
        "email",
        "phone",
        "name",
        "id",
        "asin",
        "asins",
        "reference",
        "file",
    ];
    let key = path.rsplit('.').next().unwrap_or(path);
    KEYS.contains(&key.split('[').next().unwrap_or(key))
}
