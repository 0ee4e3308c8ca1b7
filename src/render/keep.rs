//! What must stay on one page with what follows it, decided once for every format that
//! breaks pages (the PDF's layout and the DOCX's keep-with-next).

use crate::document::{Block, Inline, plain_text};

/// Whether a paragraph of `lines` lines introduces the block after it and so belongs on the
/// page where that block starts: a short paragraph before a table or list ("The request
/// reached the buyers of the following orders:"), or a one-line sign-off before the next
/// paragraph: ending in a comma or colon ("Sincerely,"), or before a signature ("谨上").
pub fn introduces(paragraph: &[Inline], lines: usize, next: Option<&Block>) -> bool {
    match next {
        Some(Block::Table { .. } | Block::List { .. }) => lines <= 3,
        Some(Block::Paragraph { content }) => {
            lines == 1
                && (plain_text(paragraph)
                    .trim_end()
                    .ends_with([',', ':', '，', '：'])
                    || is_block_of_lines(content))
        }
        _ => false,
    }
}

/// Whether a paragraph is made of broken lines (a signature, an address), which are never
/// split across pages.
pub fn is_block_of_lines(paragraph: &[Inline]) -> bool {
    paragraph.contains(&Inline::Break)
}
