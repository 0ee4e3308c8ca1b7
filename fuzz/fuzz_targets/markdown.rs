//! Arbitrary Markdown into the document model, and the model written back: reading and writing
//! never panic, and where the writer promises a faithful copy it is one. The writer sets the
//! type (curly quotes, dashes), so what it wrote must read back as the typeset document and,
//! written again, give the same Markdown.
//!
//! The promise covers bold and italic runs that start and end with a letter or digit and are
//! set off from their neighbours by a space, as in `tests/markdown.rs`: CommonMark cannot say
//! "bold up to this semicolon" in every context, and the letters' templates never need it.
#![no_main]

use libfuzzer_sys::fuzz_target;
use poa::document::{Block, Inline, from_markdown};
use poa::render::{markdown, typography};

fuzz_target!(|text: &str| {
    let document = from_markdown(text, "t", "a");
    let written = markdown::render(&document);
    let read = from_markdown(&written, "t", "a");
    if !document.blocks.iter().all(styles_are_writable) {
        return;
    }
    assert_eq!(
        read,
        typography::document(&document, |_| true),
        "written:\n{written}"
    );
    assert_eq!(markdown::render(&read), written, "written:\n{written}");
});

fn styles_are_writable(block: &Block) -> bool {
    match block {
        Block::Heading { content, .. } | Block::Paragraph { content } => writable(content),
        Block::List { items, .. } => items.iter().all(|item| writable(item)),
        Block::Table { header, rows } => header
            .iter()
            .chain(rows.iter().flatten())
            .all(|cell| writable(cell)),
    }
}

/// Whether every styled run starts and ends with a letter or digit and has a space, a line
/// break or the block's edge on each side.
fn writable(content: &[Inline]) -> bool {
    fn text(inline: Option<&Inline>) -> Option<&str> {
        match inline {
            Some(Inline::Text { text, .. }) => Some(text),
            _ => None,
        }
    }
    content.iter().enumerate().all(|(at, inline)| {
        let Inline::Text {
            text: run,
            bold,
            italic,
        } = inline
        else {
            return true;
        };
        if !bold && !italic {
            return true;
        }
        let alphanumeric = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
        let spaced = |c: Option<char>| c.is_none_or(char::is_whitespace);
        let before = at.checked_sub(1).and_then(|at| text(content.get(at)));
        let after = text(content.get(at + 1));
        alphanumeric(run.chars().next())
            && alphanumeric(run.chars().last())
            && spaced(before.and_then(|t| t.chars().last()))
            && spaced(after.and_then(|t| t.chars().next()))
    })
}
