//! The letter as text for Amazon's appeal form, which asks its questions one box at a time:
//! one block per question (root cause, actions taken, preventive measures, other
//! information), each under its heading, in plain text that pastes into a box as it is.
//! The opening and the signature are left out: the form is sent from the seller's account.

use crate::compose::BUILTIN_CATALOGUE;
use crate::document::{Block, Document, plain_text};
use crate::lang::Lang;
use crate::render::{keep, typography};

/// The most characters a box is assumed to take unless told otherwise: a round figure, not
/// a promise about Amazon's form, whose limits change (`render --form-limit`).
pub const DEFAULT_LIMIT: usize = 2000;

/// A question of the appeal form, in the order the form asks them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Question {
    RootCause,
    Actions,
    Prevention,
    Other,
}

impl Question {
    /// Every question, in the form's order.
    pub const ALL: [Question; 4] = [
        Question::RootCause,
        Question::Actions,
        Question::Prevention,
        Question::Other,
    ];

    /// The question a part of the letter answers; the opening answers none.
    fn of_part(part: &str) -> Option<Question> {
        match part {
            "root_cause" => Some(Question::RootCause),
            "actions" => Some(Question::Actions),
            "measures" => Some(Question::Prevention),
            "closing" | "appendix" => Some(Question::Other),
            _ => None,
        }
    }

    /// The id of the block's heading in the stock sentences.
    pub fn stock_id(self) -> &'static str {
        match self {
            Question::RootCause => "form.root-cause",
            Question::Actions => "form.actions",
            Question::Prevention => "form.prevention",
            Question::Other => "form.other",
        }
    }

    /// The block's heading in `lang`: English in the text, the seller's language in reports.
    pub fn heading(self, lang: Lang) -> &'static str {
        let sentence = BUILTIN_CATALOGUE
            .get(self.stock_id())
            .expect("a test proves every form heading is a stock sentence");
        match lang {
            Lang::En => &sentence.en,
            Lang::Zh => &sentence.zh,
        }
    }
}

/// One box of the form: its question and the text to paste into it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FormBlock {
    pub question: Question,
    pub text: String,
}

impl FormBlock {
    /// The length of the text as the form counts it: characters, a line break as one.
    pub fn chars(&self) -> usize {
        self.text.chars().count()
    }
}

/// The letter as the form's blocks, typeset as the other formats are; a question the letter
/// has nothing for is left out.
pub fn blocks(document: &Document) -> Vec<FormBlock> {
    let document = typography::document(document, |_| true);
    Question::ALL
        .into_iter()
        .filter_map(|question| {
            let paragraphs: Vec<String> = document
                .parts
                .iter()
                .filter(|span| Question::of_part(span.part) == Some(question))
                .flat_map(|span| {
                    let blocks = &document.blocks[span.blocks.clone()];
                    let blocks = match span.part {
                        "closing" => without_signature(blocks),
                        "appendix" => blocks,
                        // The part's own heading: the block's heading stands for it.
                        _ => match blocks {
                            [Block::Heading { level: 2, .. }, rest @ ..] => rest,
                            _ => blocks,
                        },
                    };
                    blocks.iter().map(text).collect::<Vec<_>>()
                })
                .collect();
            (!paragraphs.is_empty()).then(|| FormBlock {
                question,
                text: paragraphs.join("\n\n"),
            })
        })
        .collect()
}

/// The whole text: each block under its heading in capitals, so the seller sees where one
/// box ends and the next begins.
pub fn render(document: &Document) -> String {
    let blocks: Vec<String> = blocks(document)
        .iter()
        .map(|block| {
            format!(
                "{}\n\n{}",
                block.question.heading(Lang::En).to_uppercase(),
                block.text
            )
        })
        .collect();
    blocks.join("\n\n\n") + "\n"
}

/// The closing without its sign-off and signature: the lines of the signature and the
/// paragraph that introduces them ("Respectfully,").
fn without_signature(blocks: &[Block]) -> &[Block] {
    let signature = blocks.iter().rposition(
        |block| matches!(block, Block::Paragraph { content } if keep::is_block_of_lines(content)),
    );
    let Some(signature) = signature else {
        return blocks;
    };
    let sign_off = signature
        .checked_sub(1)
        .filter(|&before| match &blocks[before] {
            Block::Paragraph { content } => keep::introduces(content, 1, blocks.get(signature)),
            _ => false,
        });
    &blocks[..sign_off.unwrap_or(signature)]
}

/// A block as plain lines: lists and table rows as numbered lines, a table's cells each
/// named by its column.
fn text(block: &Block) -> String {
    match block {
        Block::Heading { content, .. } | Block::Paragraph { content } => plain_text(content),
        Block::List { items, .. } => numbered(items.iter().map(|item| plain_text(item))),
        Block::Table { header, rows } => numbered(rows.iter().map(|row| {
            let cells: Vec<String> = header
                .iter()
                .zip(row)
                .map(|(name, cell)| (plain_text(name), plain_text(cell)))
                .filter(|(_, cell)| !cell.trim().is_empty())
                .map(|(name, cell)| format!("{name}: {cell}"))
                .collect();
            cells.join("; ")
        })),
    }
}

fn numbered(lines: impl Iterator<Item = String>) -> String {
    let lines: Vec<String> = lines
        .enumerate()
        .map(|(i, line)| format!("{}. {line}", i + 1))
        .collect();
    lines.join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::Inline;

    #[test]
    fn every_form_heading_is_a_stock_sentence() {
        for question in Question::ALL {
            for lang in Lang::ALL {
                assert!(!question.heading(lang).is_empty(), "{question:?}");
            }
        }
    }

    #[test]
    fn the_sign_off_and_signature_are_left_out_and_declarations_kept() {
        let paragraph = |text: &str| Block::Paragraph {
            content: vec![Inline::plain(text)],
        };
        let blocks = vec![
            paragraph("We state the following:"),
            Block::List {
                ordered: false,
                items: vec![vec![Inline::plain("No other messages were sent.")]],
            },
            paragraph("Respectfully,"),
            Block::Paragraph {
                content: vec![
                    Inline::plain("Chen Jing"),
                    Inline::Break,
                    Inline::plain("Director"),
                ],
            },
        ];
        assert_eq!(without_signature(&blocks), &blocks[..2]);
        assert_eq!(text(&blocks[1]), "1. No other messages were sent.");
    }
}
