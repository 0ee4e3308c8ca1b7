//! The originality check: how much of a draft is stock template text or a circulated
//! public template, and where each copied passage is.
//!
//! References (template variants with their facts replaced by slots, and any documents the
//! user adds) are fingerprinted once into an inverted index; a draft is then looked up
//! shingle by shingle, never compared with each reference in turn.

pub mod fingerprint;
pub mod folder;
pub mod matching;
pub mod report;
pub mod tokens;

use std::ops::Range;

use serde::Serialize;

use crate::compose::{Composer, StockText};
use crate::document::{self, Block, Document, plain_text};
use crate::error::Result;

use fingerprint::Index;
use tokens::tokenize;

/// A passage is reported only when it holds a run of at least this many identical words:
/// salutations, closings, labels and the few words every letter needs ("Dear Seller
/// Performance Team", "Sincerely", "Order", "ASINs named in the notice") are shorter, and a
/// run of eight identical words is already a copied clause.
pub const DEFAULT_MIN_WORDS: usize = 8;

/// The share of copied words (percent) above which a draft fails the check.
pub const DEFAULT_MAX_COPIED: f64 = 35.0;

/// A text copies may come from, and its name in reports.
#[derive(Debug, Clone)]
pub struct Reference {
    pub source: String,
    pub text: String,
}

/// Where a block of a draft stands: the section heading above it and its paragraph number
/// within that section.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Place {
    pub section: String,
    pub paragraph: usize,
}

/// A draft flattened to one text, remembering which block each byte came from.
#[derive(Debug, Clone, Default)]
pub struct FlatText {
    pub text: String,
    /// Each block's byte range in `text`, and its place.
    pub blocks: Vec<(Range<usize>, Place)>,
}

impl FlatText {
    /// The document's text, block after block.
    pub fn new(document: &Document) -> Self {
        let mut flat = FlatText::default();
        let mut section = String::from("(opening)");
        let mut paragraph = 0;
        for block in &document.blocks {
            let text = match block {
                Block::Heading { content, .. } => {
                    section = plain_text(content);
                    paragraph = 0;
                    continue;
                }
                Block::Paragraph { content } => plain_text(content),
                Block::List { items, .. } => items
                    .iter()
                    .map(|i| plain_text(i))
                    .collect::<Vec<_>>()
                    .join("\n"),
                // A header row is labels, not prose: only the cells count.
                Block::Table { rows, .. } => rows
                    .iter()
                    .flatten()
                    .map(|cell| plain_text(cell))
                    .collect::<Vec<_>>()
                    .join(" | "),
            };
            paragraph += 1;
            let start = flat.text.len();
            flat.text.push_str(&text);
            flat.blocks.push((
                start..flat.text.len(),
                Place {
                    section: section.clone(),
                    paragraph,
                },
            ));
            flat.text.push_str("\n\n");
        }
        flat
    }
}

/// Stock text as references: each template variant, flattened like a draft.
pub fn stock_references(composer: &Composer) -> Result<Vec<Reference>> {
    Ok(composer
        .stock_text()?
        .into_iter()
        .map(
            |StockText {
                 source,
                 variant,
                 markdown,
             }| Reference {
                source: format!("{source} (variant {variant})"),
                text: FlatText::new(&document::from_markdown(&markdown, "", "")).text,
            },
        )
        .collect())
}

/// One copied passage of a draft.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Passage {
    pub place: Place,
    /// Byte range in the flattened draft text.
    #[serde(skip)]
    pub span: Range<usize>,
    pub words: usize,
    /// The reference it was copied from: the first in order of those that hold it.
    pub source: String,
    /// The other references that hold the same passage, in order (folder files by path).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub also: Vec<String>,
    pub text: String,
}

/// The result of checking one draft.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Report {
    pub words: usize,
    pub copied_words: usize,
    /// Percent of the draft's words inside copied passages.
    pub copied_percent: f64,
    pub passages: Vec<Passage>,
}

/// References indexed once, ready to check any number of drafts.
pub struct Checker {
    index: Index,
    sources: Vec<String>,
}

impl Checker {
    /// Indexes the references.
    pub fn new(references: &[Reference]) -> Self {
        let mut index = Index::new();
        let sources = references
            .iter()
            .map(|reference| {
                index.add(tokenize(&reference.text).words);
                reference.source.clone()
            })
            .collect();
        Checker { index, sources }
    }

    /// Finds the passages of a draft copied from the references. Each block (paragraph,
    /// list, table) is matched on its own, so no passage runs across two of them.
    pub fn check(&self, draft: &Document, min_words: usize) -> Report {
        let flat = FlatText::new(draft);
        let mut words = 0;
        let mut copied_words = 0;
        let mut passages = Vec::new();
        for (range, place) in &flat.blocks {
            let text = &flat.text[range.clone()];
            let tokens = tokenize(text);
            words += tokens.words.len();
            let mut covered = vec![false; tokens.words.len()];
            for found in matching::find(&self.index, &tokens.words, min_words.max(1)) {
                covered[found.draft.clone()]
                    .iter_mut()
                    .for_each(|c| *c = true);
                let span =
                    tokens.spans[found.draft.start].start..tokens.spans[found.draft.end - 1].end;
                passages.push(Passage {
                    place: place.clone(),
                    words: found.draft.len(),
                    source: self.sources[found.document as usize].clone(),
                    also: found
                        .also
                        .iter()
                        .map(|d| self.sources[*d as usize].clone())
                        .collect(),
                    text: text[span.clone()].to_string(),
                    span: range.start + span.start..range.start + span.end,
                });
            }
            copied_words += covered.iter().filter(|c| **c).count();
        }
        Report {
            words,
            copied_words,
            copied_percent: if words == 0 {
                0.0
            } else {
                100.0 * copied_words as f64 / words as f64
            },
            passages,
        }
    }
}
