//! Word shingles and winnowing (Schleimer, Wilkerson and Aiken, "Winnowing: local
//! algorithms for document fingerprinting", the technique behind MOSS), and an inverted index
//! from fingerprints to the documents that hold them, which the originality check builds
//! over the reference texts.

use std::collections::HashMap;

use super::tokens::{SLOT_WORD, Word};

/// Words per shingle.
pub const SHINGLE: usize = 5;
/// Winnowing window, in shingles. Any run of `SHINGLE + WINDOW - 1` (8) words that two
/// texts share is guaranteed to share a selected fingerprint.
pub const WINDOW: usize = 4;

/// The hash of every `SHINGLE`-word run that holds no slot, with its first word's position.
pub fn shingles(words: &[Word]) -> Vec<(usize, u64)> {
    words
        .windows(SHINGLE)
        .enumerate()
        .filter(|(_, run)| !run.contains(&SLOT_WORD))
        .map(|(at, run)| {
            let hash = run.iter().fold(0xcbf2_9ce4_8422_2325u64, |h, w| {
                (h ^ w).wrapping_mul(0x0100_0000_01b3).rotate_left(5)
            });
            (at, hash)
        })
        .collect()
}

/// Robust winnowing: the smallest hash of each window of shingles (the rightmost on ties),
/// each selected once.
pub fn winnow(shingles: &[(usize, u64)]) -> Vec<(usize, u64)> {
    if shingles.len() <= WINDOW {
        return shingles
            .iter()
            .min_by_key(|(_, h)| *h)
            .into_iter()
            .copied()
            .collect();
    }
    let mut selected: Vec<(usize, u64)> = Vec::new();
    for window in shingles.windows(WINDOW) {
        let mut best = window[0];
        for &candidate in &window[1..] {
            if candidate.1 <= best.1 {
                best = candidate;
            }
        }
        if selected.last() != Some(&best) {
            selected.push(best);
        }
    }
    selected
}

/// Where a fingerprint occurs: document and word position.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Posting {
    pub document: u32,
    pub position: u32,
}

/// Fingerprints of many documents, built once and queried many times.
#[derive(Debug, Default)]
pub struct Index {
    documents: Vec<Vec<Word>>,
    postings: HashMap<u64, Vec<Posting>>,
}

impl Index {
    /// An empty index.
    pub fn new() -> Self {
        Index::default()
    }

    /// Adds a document's words; returns its number.
    pub fn add(&mut self, words: Vec<Word>) -> u32 {
        let document = self.documents.len() as u32;
        for (position, hash) in winnow(&shingles(&words)) {
            self.postings.entry(hash).or_default().push(Posting {
                document,
                position: position as u32,
            });
        }
        self.documents.push(words);
        document
    }

    /// The words of a document.
    pub fn words(&self, document: u32) -> &[Word] {
        &self.documents[document as usize]
    }

    /// How many documents the index holds.
    pub fn len(&self) -> usize {
        self.documents.len()
    }

    /// Whether the index holds no document.
    pub fn is_empty(&self) -> bool {
        self.documents.is_empty()
    }

    /// Where a shingle hash was selected as a fingerprint.
    pub fn lookup(&self, hash: u64) -> &[Posting] {
        self.postings.get(&hash).map_or(&[], Vec::as_slice)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(n: u64, from: u64) -> Vec<Word> {
        (from..from + n).collect()
    }

    #[test]
    fn every_shared_run_of_eight_words_shares_a_fingerprint() {
        let reference: Vec<Word> = words(200, 1000);
        let selected: std::collections::HashSet<u64> = winnow(&shingles(&reference))
            .into_iter()
            .map(|(_, h)| h)
            .collect();
        for start in 0..=(reference.len() - 8) {
            let run = &reference[start..start + 8];
            assert!(
                shingles(run).iter().any(|(_, h)| selected.contains(h)),
                "run at {start} missed"
            );
        }
    }

    #[test]
    fn shingles_never_span_a_slot() {
        let mut text = words(12, 10);
        text[6] = SLOT_WORD;
        assert!(
            shingles(&text)
                .iter()
                .all(|&(at, _)| !(at..at + SHINGLE).contains(&6))
        );
    }
}
