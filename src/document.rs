//! The document model between the templates and the renderers.
//!
//! Templates produce Markdown; it is parsed once into a [`Document`], and every renderer
//! (DOCX, PDF, Markdown) and every check (originality, lint) reads only this model.

use serde::Serialize;

/// A letter: metadata plus a flat list of blocks in reading order.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Document {
    /// Title for the file's metadata (DOCX core properties, PDF info).
    pub title: String,
    /// Author for the file's metadata: the seller's contact.
    pub author: String,
    /// The body, top to bottom.
    pub blocks: Vec<Block>,
}

/// One block-level element of the letter.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Block {
    /// A heading; level 1 is the letter's title, 2 its parts, 3 sub-parts.
    Heading { level: u8, content: Vec<Inline> },
    /// A paragraph of text.
    Paragraph { content: Vec<Inline> },
    /// A list; each item is one paragraph of inline content.
    List { ordered: bool, items: Vec<Vec<Inline>> },
    /// A table with a header row; every row has as many cells as the header.
    Table {
        header: Vec<Vec<Inline>>,
        rows: Vec<Vec<Vec<Inline>>>,
    },
}

/// Inline content: styled text or a hard line break.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Inline {
    /// A run of text sharing one style.
    Text { text: String, bold: bool, italic: bool },
    /// A line break inside a paragraph (signature lines, addresses).
    Break,
}

impl Inline {
    /// Plain, unstyled text.
    pub fn plain(text: impl Into<String>) -> Self {
        Inline::Text {
            text: text.into(),
            bold: false,
            italic: false,
        }
    }
}

/// The plain text of inline content, a line break read as a newline.
pub fn plain_text(content: &[Inline]) -> String {
    content
        .iter()
        .map(|inline| match inline {
            Inline::Text { text, .. } => text.as_str(),
            Inline::Break => "\n",
        })
        .collect()
}

/// Parses the Markdown the templates produce into a [`Document`].
pub fn from_markdown(markdown: &str, title: &str, author: &str) -> Document {
    Document {
        title: title.to_string(),
        author: author.to_string(),
        blocks: markdown
            .split("\n\n")
            .map(|p| Block::Paragraph {
                content: vec![Inline::plain(p)],
            })
            .collect(),
    }
}
