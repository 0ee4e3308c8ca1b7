//! Checks of one answer against the case's other answers, made as it is typed so the
//! seller corrects it at once rather than after the last question.

use toml::{Table, Value};

use super::ask::Concern;
use crate::case::{CaseDate, Marketplace};
use crate::compose::wording;
use crate::grammar;
use crate::i18n::{Bilingual, case as say, grammar as say_grammar, interview};

/// Where an answer goes: its section, its field and, in a list, the item's index.
#[derive(Debug, Clone, Copy)]
pub struct Place<'a> {
    pub section: &'a str,
    pub field: &'a str,
    pub item: Option<usize>,
}

/// What the rest of `doc` makes of `value` at `place`, if anything.
pub fn concern(doc: &Table, place: Place, value: &Value) -> Option<Concern> {
    let notice_asins = list(doc, "warning", "asins");
    let others = |section: &str| -> Vec<(usize, &Table)> {
        records(doc, section)
            .filter(|(i, _)| Some(*i) != place.item)
            .collect()
    };
    let this_item = place
        .item
        .and_then(|i| records(doc, place.section).find(|(at, _)| *at == i))
        .map(|(_, item)| item);
    match (place.section, place.field, value) {
        ("orders", "date", Value::Datetime(date)) => {
            let date = CaseDate::parse_iso(&date.to_string())?;
            let received = doc
                .get("warning")
                .and_then(|w| w.get("received"))
                .and_then(Value::as_datetime)
                .and_then(|d| CaseDate::parse_iso(&d.to_string()))?;
            (date > received).then(|| {
                let (why, fix) = (
                    say::order_after_warning(date, received),
                    say::correct_order_date(),
                );
                Concern::Refused(Bilingual {
                    en: format!("{}; {}", why.en, fix.en),
                    zh: format!("{}；{}", why.zh, fix.zh),
                })
            })
        }
        ("orders", "id", Value::String(id)) => others("orders")
            .into_iter()
            .find(|(_, order)| text(order, "id") == Some(id))
            .map(|(at, _)| Concern::Doubt(interview::order_listed(id, at + 1))),
        ("orders", "asin", Value::String(asin)) => {
            let id = this_item.and_then(|item| text(item, "id"));
            let twice = others("orders")
                .into_iter()
                .find(|(_, order)| text(order, "id") == id && text(order, "asin") == Some(asin));
            match twice {
                Some((at, _)) => Some(Concern::Refused(interview::order_twice(
                    id.map_or("", String::as_str),
                    asin,
                    at + 1,
                ))),
                None => not_in_notice(&notice_asins, std::iter::once(asin.as_str())),
            }
        }
        ("reviews", "id", Value::String(id)) => others("reviews")
            .into_iter()
            .find(|(_, review)| text(review, "id") == Some(id))
            .map(|(at, _)| Concern::Refused(interview::review_twice(id, at + 1))),
        ("reviews", "asin", Value::String(asin)) => {
            not_in_notice(&notice_asins, std::iter::once(asin.as_str()))
        }
        ("evidence", "asins", Value::Array(asins)) => {
            not_in_notice(&notice_asins, asins.iter().filter_map(Value::as_str))
        }
        ("warning.asins", _, Value::String(asin)) => notice_asins
            .iter()
            .enumerate()
            .find(|(at, listed)| Some(*at) != place.item && *listed == asin)
            .map(|_| Concern::Refused(interview::asin_twice(asin))),
        (section, field, Value::String(answer)) if grammar::checks(section, field) => {
            grammar_hints(doc, answer)
        }
        _ => None,
    }
}

/// Grammar hints on an answer the letter prints as the seller's sentence: the seller may
/// keep it as it is.
fn grammar_hints(doc: &Table, answer: &str) -> Option<Concern> {
    let marketplace = doc
        .get("seller")
        .and_then(|seller| seller.get("marketplace"))
        .and_then(|m| m.clone().try_into().ok())
        .unwrap_or(Marketplace::US);
    let sentence = wording::sentence(answer);
    let hints = grammar::on_sentence(&sentence, marketplace);
    if hints.is_empty() {
        return None;
    }
    let messages: Vec<Bilingual> = hints.into_iter().map(|hint| hint.message).collect();
    Some(Concern::Doubt(say_grammar::in_answer(&sentence, &messages)))
}

/// The first ASIN of `asins` that the notice's list does not hold (none when the seller
/// gave no list: then nothing can be compared).
fn not_in_notice<'a>(
    notice: &[String],
    mut asins: impl Iterator<Item = &'a str>,
) -> Option<Concern> {
    if notice.is_empty() {
        return None;
    }
    asins
        .find(|asin| *asin != crate::case::ALL_ASINS && !notice.iter().any(|n| n == asin))
        .map(|asin| Concern::Doubt(interview::asin_not_in_notice(asin, &notice.join(", "))))
}

fn records<'a>(doc: &'a Table, key: &str) -> impl Iterator<Item = (usize, &'a Table)> {
    doc.get(key)
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .enumerate()
        .filter_map(|(i, item)| item.as_table().map(|t| (i, t)))
}

fn list(doc: &Table, table: &str, key: &str) -> Vec<String> {
    doc.get(table)
        .and_then(|t| t.get(key))
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(Value::as_str)
        .map(String::from)
        .collect()
}

fn text<'a>(table: &'a Table, key: &str) -> Option<&'a String> {
    match table.get(key) {
        Some(Value::String(text)) => Some(text),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn case() -> Table {
        toml::from_str(
            r#"
            [warning]
            received = 2026-03-02
            asins = ["B0C7KXR2M1"]
            [[orders]]
            id = "113-4829105-7731046"
            asin = "B0C7KXR2M1"
            date = 2026-01-16
            [[orders]]
            id = "113-4829105-7731046"
            "#,
        )
        .unwrap()
    }

    fn at(section: &'static str, field: &'static str, item: usize) -> Place<'static> {
        Place {
            section,
            field,
            item: Some(item),
        }
    }

    fn refused(concern: Option<Concern>) -> Option<String> {
        match concern {
            Some(Concern::Refused(why)) => Some(why.en),
            _ => None,
        }
    }

    fn doubted(concern: Option<Concern>) -> Option<String> {
        match concern {
            Some(Concern::Doubt(why)) => Some(why.en),
            _ => None,
        }
    }

    #[test]
    fn an_order_after_the_warning_is_refused() {
        let late: Value = Value::Datetime("2026-03-03".parse().unwrap());
        let why = refused(concern(&case(), at("orders", "date", 1), &late)).unwrap();
        assert!(why.contains("2026-03-02"), "{why}");
        let on_time: Value = Value::Datetime("2026-03-02".parse().unwrap());
        assert!(concern(&case(), at("orders", "date", 1), &on_time).is_none());
    }

    #[test]
    fn the_same_order_and_asin_twice_is_refused_and_a_second_item_doubted() {
        let id = Value::String("113-4829105-7731046".into());
        assert!(doubted(concern(&case(), at("orders", "id", 2), &id)).is_some());
        let asin = Value::String("B0C7KXR2M1".into());
        let why = refused(concern(&case(), at("orders", "asin", 1), &asin)).unwrap();
        assert!(why.contains("order 1"), "{why}");
    }

    #[test]
    fn an_asin_the_notice_does_not_name_is_doubted() {
        let other = Value::String("B0C7KXR2M9".into());
        let why = doubted(concern(&case(), at("reviews", "asin", 0), &other)).unwrap();
        assert!(
            why.contains("B0C7KXR2M1"),
            "names the notice's ASINs: {why}"
        );
        let listed = Value::Array(vec![Value::String("all".into())]);
        assert!(concern(&case(), at("evidence", "asins", 0), &listed).is_none());
    }
}
