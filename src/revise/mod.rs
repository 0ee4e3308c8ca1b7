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
        for request in requests {
            out.push_str(&describe_request(request, rules, lang));
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

/// One request: what it asks, the sentence it comes from, the ASINs it names.
pub fn describe_request(request: &Request, rules: &ReplyRules, lang: Lang) -> String {
    let rule = rules.rule(&request.id);
    let what = rule.map_or("", |r| r.what(lang));
    let mut out = format!(
        "  • {what}\n    {} “{}”\n",
        Revise::Wrote.get(lang),
        request.sentence
    );
    if rule.is_some_and(|r| r.shows_match) {
        out.push_str(&format!(
            "    {} {}\n",
            Revise::Period.get(lang),
            request.matched
        ));
    }
    if !request.asins.is_empty() {
        out.push_str(&format!(
            "    {} {}\n",
            Revise::Asins.get(lang),
            request.asins.join(", ")
        ));
    }
    if request.sections.is_empty() {
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
