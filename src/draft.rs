//! Reading a draft for the checks: poa's own Markdown, a DOCX (also one edited in Word
//! since), or plain text, each into the [`Document`] model.

use std::io::Read;
use std::path::Path;

use quick_xml::escape::resolve_predefined_entity;
use quick_xml::events::Event;

use crate::document::{self, Block, Document, Inline};
use crate::error::{Diagnostic, Error, Result};
use crate::fsio;
use crate::i18n::checks as say;

/// Reads a draft by its extension: `.docx`, `.md`/`.markdown`, anything else as text.
pub fn load(path: &Path) -> Result<Document> {
    let extension = path
        .extension()
        .map(|e| e.to_string_lossy().to_ascii_lowercase())
        .unwrap_or_default();
    match extension.as_str() {
        "docx" => {
            let bytes = std::fs::read(path).map_err(|source| Error::Read {
                path: path.to_path_buf(),
                source,
            })?;
            from_docx(&bytes).map_err(|message| {
                Error::Invalid(vec![Diagnostic {
                    file: path.to_path_buf(),
                    line: None,
                    column: None,
                    field: String::new(),
                    message: say::unreadable_docx(&message),
                    help: Some(say::save_as_docx()),
                }])
            })
        }
        "md" | "markdown" => Ok(document::from_markdown(&fsio::read_text(path)?, "", "")),
        _ => Ok(from_text(&fsio::read_text(path)?)),
    }
}

/// Plain text: paragraphs separated by blank lines.
pub fn from_text(text: &str) -> Document {
    Document {
        blocks: text
            .split("\n\n")
            .map(str::trim)
            .filter(|p| !p.is_empty())
            .map(|p| Block::Paragraph {
                content: vec![Inline::plain(p)],
            })
            .collect(),
        ..Document::default()
    }
}

/// A DOCX's paragraphs in order: Word's heading and title styles become headings; runs are
/// joined however Word split them; tabs read as spaces; deleted tracked text is left out.
pub fn from_docx(bytes: &[u8]) -> Result<Document, String> {
    let mut archive =
        zip::ZipArchive::new(std::io::Cursor::new(bytes)).map_err(|e| e.to_string())?;
    let mut xml = String::new();
    archive
        .by_name("word/document.xml")
        .map_err(|e| e.to_string())?
        .read_to_string(&mut xml)
        .map_err(|e| e.to_string())?;
    let mut reader = quick_xml::Reader::from_str(&xml);
    let mut blocks = Vec::new();
    let mut text = String::new();
    let mut heading: Option<u8> = None;
    let mut in_text = false;
    loop {
        match reader.read_event().map_err(|e| e.to_string())? {
            Event::Start(tag) | Event::Empty(tag) => match tag.local_name().as_ref() {
                b"p" => {
                    text.clear();
                    heading = None;
                }
                b"pStyle" => {
                    heading = tag
                        .attributes()
                        .flatten()
                        .find(|a| a.key.local_name().as_ref() == b"val")
                        .and_then(|a| heading_level(&String::from_utf8_lossy(&a.value)))
                }
                b"t" => in_text = true,
                b"tab" => text.push(' '),
                b"br" | b"cr" => text.push('\n'),
                _ => {}
            },
            Event::Text(content) if in_text => {
                text.push_str(&content.decode().map_err(|e| e.to_string())?);
            }
            Event::GeneralRef(reference) if in_text => {
                if let Some(ch) = reference.resolve_char_ref().map_err(|e| e.to_string())? {
                    text.push(ch);
                } else {
                    let name = reference.decode().map_err(|e| e.to_string())?;
                    text.push_str(resolve_predefined_entity(&name).unwrap_or_default());
                }
            }
            Event::End(tag) => match tag.local_name().as_ref() {
                b"t" => in_text = false,
                b"p" if !text.trim().is_empty() => {
                    let content = vec![Inline::plain(text.trim())];
                    blocks.push(match heading {
                        Some(level) => Block::Heading { level, content },
                        None => Block::Paragraph { content },
                    });
                }
                _ => {}
            },
            Event::Eof => break,
            _ => {}
        }
    }
    Ok(Document {
        blocks,
        ..Document::default()
    })
}

/// Title is level 1, "Heading N" (any spelling Word or LibreOffice uses) is N + 1.
fn heading_level(style: &str) -> Option<u8> {
    let style = style.to_ascii_lowercase().replace(' ', "");
    if style == "title" {
        return Some(1);
    }
    style
        .strip_prefix("heading")
        .and_then(|n| n.parse::<u8>().ok())
        .map(|n| n.saturating_add(1))
}
