//! `poa revise`: a reply from Seller Performance read into requests the seller can act on,
//! and what changed in the case in answer.

pub mod changes;

use serde::Serialize;

use crate::i18n::revise::Revise;
use crate::lang::Lang;
use crate::reply::{Part, Reading, ReplyRules, Request};

/// A request as `--json` prints it: the reading plus what it means in the seller's language.
#[derive(Debug, Serialize)]
pub struct Described<'a> {
    #[serde(flatten)]
    pub request: &'a Request,
    pub what: &'a str,
}

/// The reading as `--json` prints it.
#[derive(Debug, Serialize)]
pub struct DescribedReading<'a> {
    /// The round the revised letter will be.
    pub round: usize,
    pub requests: Vec<Described<'a>>,
    pub unknown: &'a [String],
}

impl<'a> DescribedReading<'a> {
    pub fn new(reading: &'a Reading, rules: &'a ReplyRules, round: usize, lang: Lang) -> Self {
        DescribedReading {
            round,
            requests: reading
                .requests
                .iter()
                .map(|request| Described {
                    request,
                    what: rules.rule(&request.id).map_or("", |r| r.what(lang)),
                })
                .collect(),
            unknown: &reading.unknown,
        }
    }
}

/// What the reply asks for, part by part, each request with the reviewer's sentence.
pub fn describe(reading: &Reading, rules: &ReplyRules, lang: Lang) -> String {
    let mut out = String::new();
    if reading.requests.is_empty() && reading.unknown.is_empty() {
        out.push_str(Revise::NoRequest.get(lang));
        out.push('\n');
        return out;
    }
    out.push_str(Revise::Asks.get(lang));
    out.push('\n');
    for part in Part::ALL {
        let requests: Vec<&Request> = reading.requests.iter().filter(|r| r.part == part).collect();
        if requests.is_empty() {
            continue;
        }
        out.push_str(&format!("\n{}\n", part_name(part).get(lang)));
        for kind in by_kind(requests) {
            out.push_str(&describe_kind(&kind, rules, lang));
        }
    }
    if !reading.unknown.is_empty() {
        out.push_str(&format!("\n{}\n", Revise::Unknown.get(lang)));
        for sentence in &reading.unknown {
            out.push_str(&format!("  “{sentence}”\n"));
        }
    }
    out
}

/// Requests grouped by kind (rule), in the order each kind first appears.
pub fn by_kind<'a>(requests: impl IntoIterator<Item = &'a Request>) -> Vec<Vec<&'a Request>> {
    let mut groups: Vec<Vec<&Request>> = Vec::new();
    for request in requests {
        match groups.iter_mut().find(|g| g[0].id == request.id) {
            Some(group) => group.push(request),
            None => groups.push(vec![request]),
        }
    }
    groups
}

/// One kind of request: what it asks, every sentence that asks it, and the periods and
/// ASINs they name.
pub fn describe_kind(requests: &[&Request], rules: &ReplyRules, lang: Lang) -> String {
    let Some(first) = requests.first() else {
        return String::new();
    };
    let rule = rules.rule(&first.id);
    let mut out = format!("  • {}\n", rule.map_or("", |r| r.what(lang)));
    let distinct = |values: &mut dyn Iterator<Item = &String>| {
        let mut seen: Vec<&str> = Vec::new();
        for value in values {
            if !seen.contains(&value.as_str()) {
                seen.push(value);
            }
        }
        seen.join("; ")
    };
    let sentences = requests.iter().map(|r| &r.sentence);
    let mut seen: Vec<&str> = Vec::new();
    for sentence in sentences {
        if !seen.contains(&sentence.as_str()) {
            seen.push(sentence);
            out.push_str(&format!("    {} “{sentence}”\n", Revise::Wrote.get(lang)));
        }
    }
    if rule.is_some_and(|r| r.shows_match) {
        let periods = distinct(&mut requests.iter().map(|r| &r.matched));
        out.push_str(&format!("    {} {periods}\n", Revise::Period.get(lang)));
    }
    let asins = distinct(&mut requests.iter().flat_map(|r| &r.asins));
    if !asins.is_empty() {
        out.push_str(&format!(
            "    {} {}\n",
            Revise::Asins.get(lang),
            asins.replace(';', ",")
        ));
    }
    if first.sections.is_empty() {
        out.push_str(&format!("    {}\n", Revise::NoSection.get(lang)));
    }
    out
}

/// A part's name for the seller.
fn part_name(part: Part) -> Revise {
    match part {
        Part::RootCause => Revise::PartRootCause,
        Part::Actions => Revise::PartActions,
        Part::Prevention => Revise::PartPrevention,
        Part::Evidence => Revise::PartEvidence,
        Part::Other => Revise::PartOther,
    }
}
