//! From shared fingerprints to copied passages: seeds are extended to maximal identical
//! runs, and runs separated by a small edit or by a fact filled into a slot are merged.

use std::collections::HashMap;
use std::ops::Range;

use super::fingerprint::{Index, SHINGLE, shingles};
use super::tokens::{SLOT_WORD, Word};

/// Words of the draft and the reference that may differ between two parts of one passage
/// (a changed name, a date, a swapped word).
pub const MAX_EDIT: usize = 3;
/// Words a fact filled into one slot may take (a name, a date, an order id).
pub const MAX_FACT: usize = 12;

/// A stretch of the draft copied from one reference document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Match {
    pub document: u32,
    /// Other documents that hold the same passage, in index order.
    pub also: Vec<u32>,
    /// Word range in the draft.
    pub draft: Range<usize>,
    /// Word range in the reference.
    pub reference: Range<usize>,
    /// The longest run of identical words inside the passage.
    pub longest_run: usize,
}

/// Every passage copied from an indexed document that holds a run of at least `min_words`
/// identical words (around it, small edits and filled-in facts are absorbed); where passages
/// from different documents overlap, the longer is kept, and where several documents hold the
/// same passage, the first in index order is its source and the others are named with it, so
/// the same draft and references always give the same report.
pub fn find(index: &Index, draft: &[Word], min_words: usize) -> Vec<Match> {
    let mut runs: HashMap<u32, Vec<Match>> = HashMap::new();
    // Furthest draft word reached on each alignment, so a run is extended only once.
    let mut reached: HashMap<(u32, isize), usize> = HashMap::new();
    for (at, hash) in shingles(draft) {
        for posting in index.lookup(hash) {
            let reference = index.words(posting.document);
            let position = posting.position as usize;
            let diagonal = position as isize - at as isize;
            let key = (posting.document, diagonal);
            if reached.get(&key).is_some_and(|&end| at < end) {
                continue;
            }
            if draft[at..at + SHINGLE] != reference[position..position + SHINGLE] {
                continue; // a hash collision
            }
            let run = extend(draft, reference, at, position, posting.document);
            reached.insert(key, run.draft.end);
            runs.entry(posting.document).or_default().push(run);
        }
    }
    let mut passages: Vec<Match> = runs
        .into_values()
        .flat_map(|runs| merge(runs, index))
        .map(|m| {
            let reference = index.words(m.document);
            grow(m, draft, reference)
        })
        .filter(|m| m.longest_run >= min_words)
        .collect();
    passages.sort_by(|a, b| {
        b.draft
            .len()
            .cmp(&a.draft.len())
            .then(a.draft.start.cmp(&b.draft.start))
            .then(a.document.cmp(&b.document))
    });
    let mut kept: Vec<Match> = Vec::new();
    for passage in passages {
        if let Some(same) = kept.iter_mut().find(|k| k.draft == passage.draft) {
            if same.document != passage.document && !same.also.contains(&passage.document) {
                same.also.push(passage.document);
            }
            continue;
        }
        let covered = kept
            .iter()
            .any(|k| k.draft.start <= passage.draft.start && passage.draft.end <= k.draft.end);
        if !covered {
            kept.push(passage);
        }
    }
    kept.sort_by_key(|m| m.draft.start);
    kept
}

/// The maximal identical run through a seed.
fn extend(draft: &[Word], reference: &[Word], at: usize, position: usize, document: u32) -> Match {
    let back = draft[..at]
        .iter()
        .rev()
        .zip(reference[..position].iter().rev())
        .take_while(|(a, b)| a == b)
        .count();
    let forward = draft[at..]
        .iter()
        .zip(&reference[position..])
        .take_while(|(a, b)| a == b)
        .count();
    Match {
        document,
        also: Vec::new(),
        draft: at - back..at + forward,
        reference: position - back..position + forward,
        longest_run: back + forward,
    }
}

/// Joins runs of one document that follow each other in both texts across a small gap.
fn merge(mut runs: Vec<Match>, index: &Index) -> Vec<Match> {
    runs.sort_by_key(|r| (r.draft.start, r.reference.start));
    let mut merged: Vec<Match> = Vec::new();
    for run in runs {
        if let Some(last) = merged.last_mut()
            && joinable(last, &run, index.words(run.document))
        {
            last.draft.end = last.draft.end.max(run.draft.end);
            last.reference.end = last.reference.end.max(run.reference.end);
            last.longest_run = last.longest_run.max(run.longest_run);
            continue;
        }
        merged.push(run);
    }
    merged
}

fn joinable(first: &Match, next: &Match, reference: &[Word]) -> bool {
    if next.draft.start < first.draft.start || next.reference.start < first.reference.start {
        return false;
    }
    let draft_gap = next.draft.start.saturating_sub(first.draft.end);
    let gap = &reference[first.reference.end.min(next.reference.start)..next.reference.start];
    small_gap(draft_gap, gap)
}

/// Whether differing stretches of `draft_gap` draft words and of `gap` reference words are
/// a small edit, or a fact filled into the reference's slots.
fn small_gap(draft_gap: usize, gap: &[Word]) -> bool {
    let only_slots = !gap.is_empty() && gap.iter().all(|w| *w == SLOT_WORD);
    (draft_gap <= MAX_EDIT && gap.len() <= MAX_EDIT)
        || (only_slots && gap.len() <= 2 && draft_gap <= MAX_FACT)
}

/// Words that must agree beyond an edit at a passage's edge before the passage grows over
/// it: one shared word after a gap is too likely to be chance.
const EDGE_RUN: usize = 2;

/// Extends a passage over small edits at its edges ("We have *thoroughly* investigated…"),
/// where the identical words beyond the edit are too few to have been found as a seed.
fn grow(mut passage: Match, draft: &[Word], reference: &[Word]) -> Match {
    'left: loop {
        for draft_gap in 0..=MAX_FACT.min(passage.draft.start) {
            for reference_gap in 0..=MAX_EDIT.min(passage.reference.start) {
                let (d, r) = (
                    passage.draft.start - draft_gap,
                    passage.reference.start - reference_gap,
                );
                let gap = &reference[r..passage.reference.start];
                if (draft_gap, reference_gap) == (0, 0) || !small_gap(draft_gap, gap) {
                    continue;
                }
                let run = draft[..d]
                    .iter()
                    .rev()
                    .zip(reference[..r].iter().rev())
                    .take_while(|(a, b)| a == b)
                    .count();
                if run >= EDGE_RUN {
                    passage.draft.start = d - run;
                    passage.reference.start = r - run;
                    continue 'left;
                }
            }
        }
        break;
    }
    'right: loop {
        for draft_gap in 0..=MAX_FACT.min(draft.len() - passage.draft.end) {
            for reference_gap in 0..=MAX_EDIT.min(reference.len() - passage.reference.end) {
                let (d, r) = (
                    passage.draft.end + draft_gap,
                    passage.reference.end + reference_gap,
                );
                let gap = &reference[passage.reference.end..r];
                if (draft_gap, reference_gap) == (0, 0) || !small_gap(draft_gap, gap) {
                    continue;
                }
                let run = draft[d..]
                    .iter()
                    .zip(&reference[r..])
                    .take_while(|(a, b)| a == b)
                    .count();
                if run >= EDGE_RUN {
                    passage.draft.end = d + run;
                    passage.reference.end = r + run;
                    continue 'right;
                }
            }
        }
        break;
    }
    passage
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::originality::tokens::tokenize;

    fn index_of(texts: &[&str]) -> Index {
        let mut index = Index::new();
        for text in texts {
            index.add(tokenize(text).words);
        }
        index
    }

    #[test]
    fn a_copied_sentence_with_a_fact_filled_in_is_one_passage() {
        let slot = crate::compose::SLOT;
        let index = index_of(&[&format!(
            "we have investigated the notice received on {slot} and we accept full responsibility for what our staff did"
        )]);
        let draft = tokenize(
            "Our own words first. We have investigated the notice received on March 2, 2026 and we accept full responsibility for what our staff did.",
        );
        let found = find(&index, &draft.words, 8);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].draft, 4..24);
    }
}
