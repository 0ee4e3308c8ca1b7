//! Drafts in one batch that read alike. Each draft is reduced to fingerprints of its own
//! wording (facts from its case masked, stock template text left out, since the
//! originality score already reports it), kept sorted; merging those lists visits each
//! fingerprint with the drafts that hold it, which yields the pairs to look at without
//! comparing every pair of texts or building an index of them all.

use std::cmp::Reverse;
use std::collections::{BinaryHeap, HashMap, HashSet};

use serde::Serialize;

use crate::case::{Case, CaseDate};
use crate::check::originality::fingerprint::{shingles, winnow};
use crate::check::originality::tokens::{SLOT_WORD, Word, tokenize};
use crate::check::originality::{FlatText, Reference};
use crate::compose::view::write_date;
use crate::document::Document;

/// A fingerprint held by more drafts than this (wording pasted into many clients' cases)
/// pairs each of them with the first draft holding it, instead of with each other, so the
/// work stays linear in the number of drafts.
pub const MAX_POSTINGS: usize = 64;
/// Fewest shared fingerprints for a pair to be reported, whatever the share.
const MIN_SHARED: usize = 3;

/// Fingerprints of every stock passage, so drafts are compared on their own words only.
pub struct StockPrints(HashSet<u64>);

impl StockPrints {
    /// All shingles of the stock references.
    pub fn new(references: &[Reference]) -> Self {
        StockPrints(
            references
                .iter()
                .flat_map(|r| shingles(&tokenize(&r.text).words))
                .map(|(_, h)| h)
                .collect(),
        )
    }
}

/// A fingerprint as a batch keeps it: 32 bits are plenty to tell drafts' wording apart
/// (a chance collision adds one shared fingerprint to one pair) and halve the memory every
/// draft holds until the batch ends.
pub type Print = u32;

/// A draft's own-wording fingerprints, sorted, each once.
pub fn fingerprints(document: &Document, case: &Case, stock: &StockPrints) -> Vec<Print> {
    let mut words = tokenize(&FlatText::new(document).text).words;
    mask_facts(&mut words, case);
    let mut prints: Vec<Print> = winnow(&shingles(&words))
        .into_iter()
        .map(|(_, h)| h)
        .filter(|h| !stock.0.contains(h))
        .map(|h| (h ^ (h >> 32)) as Print)
        .collect();
    prints.sort_unstable();
    prints.dedup();
    prints
}

/// Replaces the case's facts (names, ids, dates, numbers, the notice, the policy names) by
/// slots, so two letters are not alike for sharing a policy name or a date.
pub fn mask_facts(words: &mut [Word], case: &Case) {
    let style = case.seller.marketplace.date_style();
    let date = |d: &CaseDate| write_date(d, style);
    let seller = &case.seller;
    let mut facts: Vec<String> = vec![
        seller.store.clone(),
        seller.contact.clone(),
        seller.role.clone(),
        seller.email.clone(),
    ];
    facts.extend(
        [
            &seller.seller_id,
            &seller.phone,
            &case.warning.reference,
            &case.warning.quote,
            &case.warning.summary,
        ]
        .into_iter()
        .flatten()
        .cloned(),
    );
    facts.extend(case.warning.asins.iter().cloned());
    facts.extend(case.policies.iter().cloned());
    facts.push(date(&case.warning.received));
    for person in &case.people {
        facts.extend(person.name.iter().cloned());
        facts.push(person.role.clone());
        facts.push(date(&person.started));
    }
    facts.extend(case.timeline.iter().map(|e| date(&e.date)));
    for order in &case.orders {
        facts.extend([order.id.clone(), order.asin.clone(), date(&order.date)]);
    }
    facts.extend(
        case.reviews
            .iter()
            .flat_map(|r| [r.id.clone(), r.asin.clone()]),
    );
    facts.extend(
        case.evidence
            .iter()
            .flat_map(|e| std::iter::once(e.file.clone()).chain(e.asin_list(&case.warning.asins))),
    );
    facts.extend(case.actions.iter().map(|a| date(&a.date)));
    for measure in &case.measures {
        facts.extend([measure.owner.clone(), date(&measure.since)]);
    }
    let sequences: Vec<Vec<Word>> = facts
        .iter()
        .map(|f| tokenize(f).words)
        .filter(|w| !w.is_empty())
        .collect();
    let mut starts: HashMap<Word, Vec<&[Word]>> = HashMap::new();
    for sequence in &sequences {
        starts.entry(sequence[0]).or_default().push(sequence);
    }
    let mut at = 0;
    while at < words.len() {
        let length = starts
            .get(&words[at])
            .and_then(|candidates| {
                candidates
                    .iter()
                    .filter(|s| words[at..].starts_with(s))
                    .map(|s| s.len())
                    .max()
            })
            .unwrap_or(0);
        for word in &mut words[at..at + length] {
            *word = SLOT_WORD;
        }
        at += length.max(1);
    }
}

/// Two drafts that share their own wording, by share of the smaller one's fingerprints.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Pair {
    pub first: usize,
    pub second: usize,
    pub shared_percent: f64,
}

/// Every pair of drafts sharing more than `max_percent` of their own wording.
pub fn similar_pairs(prints: &[Vec<Print>], max_percent: f64) -> Vec<Pair> {
    // The smallest unvisited fingerprint of each draft; popping equal ones gathers the
    // drafts holding a fingerprint, in draft order.
    let mut heads: BinaryHeap<Reverse<(Print, u32, usize)>> = prints
        .iter()
        .enumerate()
        .filter_map(|(draft, list)| list.first().map(|&h| Reverse((h, draft as u32, 0))))
        .collect();
    let mut shared: HashMap<(u32, u32), usize> = HashMap::new();
    let mut drafts = Vec::new();
    while let Some(&Reverse((print, _, _))) = heads.peek() {
        drafts.clear();
        while let Some(Reverse((h, draft, at))) = heads.peek().copied()
            && h == print
        {
            heads.pop();
            drafts.push(draft);
            if let Some(&next) = prints[draft as usize].get(at + 1) {
                heads.push(Reverse((next, draft, at + 1)));
            }
        }
        if drafts.len() > MAX_POSTINGS {
            for second in &drafts[1..] {
                *shared.entry((drafts[0], *second)).or_default() += 1;
            }
            continue;
        }
        for (i, first) in drafts.iter().enumerate() {
            for second in &drafts[i + 1..] {
                *shared.entry((*first, *second)).or_default() += 1;
            }
        }
    }
    let mut pairs: Vec<Pair> = shared
        .into_iter()
        .filter(|(_, count)| *count >= MIN_SHARED)
        .map(|((a, b), count)| {
            let smaller = prints[a as usize]
                .len()
                .min(prints[b as usize].len())
                .max(1);
            Pair {
                first: a as usize,
                second: b as usize,
                shared_percent: 100.0 * count as f64 / smaller as f64,
            }
        })
        .filter(|pair| pair.shared_percent > max_percent)
        .collect();
    pairs.sort_by(|a, b| {
        b.shared_percent
            .total_cmp(&a.shared_percent)
            .then((a.first, a.second).cmp(&(b.first, b.second)))
    });
    pairs
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_pairs_above_the_limit_are_reported() {
        let a: Vec<Print> = (0..100).collect();
        let b: Vec<Print> = (50..150).collect();
        let c: Vec<Print> = (1000..1100).collect();
        let pairs = similar_pairs(&[a, b, c], 30.0);
        assert_eq!(
            pairs,
            [Pair {
                first: 0,
                second: 1,
                shared_percent: 50.0
            }]
        );
        assert!(similar_pairs(&[(0..100).collect(), (50..150).collect()], 60.0).is_empty());
    }

    #[test]
    fn wording_pasted_into_many_drafts_pairs_each_with_the_first() {
        let prints: Vec<Vec<Print>> = (0..200)
            .map(|i| (0..50).chain([1000 + i]).collect())
            .collect();
        let pairs = similar_pairs(&prints, 30.0);
        assert_eq!(pairs.len(), 199);
        assert!(pairs.iter().all(|p| p.first == 0));
    }
}
