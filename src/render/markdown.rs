//! The letter as Markdown text, written from the Document (not from the template output), so
//! every format shows the same structure.

use crate::document::{Block, Document, Inline, escape_markdown};
use crate::render::typography;

/// Writes the document as CommonMark with pipe tables.
pub fn render(document: &Document) -> String {
    let document = typography::document(document, |_| true);
    let mut previous_list = None;
    let mut marker_alternates = false;
    let mut blocks: Vec<String> = Vec::new();
    for block in &document.blocks {
        // Two lists of one kind in a row would read back as one: the second takes the other
        // marker CommonMark has for its kind.
        let list = match block {
            Block::List { ordered, .. } => Some(*ordered),
            _ => None,
        };
        marker_alternates = list.is_some() && list == previous_list && !marker_alternates;
        previous_list = list;
        blocks.push(write_block(block, marker_alternates));
    }
    blocks.join("\n\n") + "\n"
}

/// A block as Markdown; a list with its other marker (`*`, `1)`) if `marker_alternates`.
fn write_block(block: &Block, marker_alternates: bool) -> String {
    match block {
        Block::Heading { level, content } => {
            format!("{} {}", "#".repeat(usize::from(*level)), inlines(content))
        }
        Block::Paragraph { content } => inlines(content),
        Block::List { ordered, items } => items
            .iter()
            .enumerate()
            .map(|(i, item)| {
                let marker = match (*ordered, marker_alternates) {
                    (true, false) => format!("{}.", i + 1),
                    (true, true) => format!("{})", i + 1),
                    (false, false) => "-".into(),
                    (false, true) => "*".into(),
                };
                format!("{marker} {}", inlines(item))
            })
            .collect::<Vec<_>>()
            .join("\n"),
        Block::Table { header, rows } => {
            let row = |cells: &[Vec<Inline>]| {
                let cells: Vec<String> = cells.iter().map(|c| inlines(c)).collect();
                format!("| {} |", cells.join(" | "))
            };
            let mut lines = vec![row(header), format!("|{}", " --- |".repeat(header.len()))];
            lines.extend(rows.iter().map(|r| row(r)));
            lines.join("\n")
        }
    }
}

fn inlines(content: &[Inline]) -> String {
    content
        .iter()
        .map(|inline| match inline {
            Inline::Text { text, bold, italic } => {
                let text = escape_markdown(text);
                let text = text.as_str();
                match (bold, italic) {
                    (true, true) => format!("***{text}***"),
                    (true, false) => format!("**{text}**"),
                    (false, true) => format!("*{text}*"),
                    (false, false) => text.to_string(),
                }
            }
            Inline::Break => "  \n".to_string(),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::from_markdown;

    #[test]
    fn markdown_round_trips_through_the_document() {
        let source = "# Title\n\nSome **bold** and *italic* \"quoted\" text, 1-3 star.\n\n1. first\n2. second\n\n- a\n- b\n\n| A | B |\n| --- | --- |\n| 1 | 2 \\| 3 |\n\nName  \nRole\n";
        let document = from_markdown(source, "t", "a");
        let written = render(&document);
        let again = from_markdown(&written, "t", "a");
        assert_eq!(typography::document(&document, |_| true), again);
        assert_eq!(render(&again), written);
    }
}
