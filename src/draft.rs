//! Reading a draft for the checks: poa's own Markdown, a DOCX (also one edited in Word
//! since), or plain text, each into the [`Document`] model, with the headings a hand-made
//! draft shows (Word's heading styles, bold-only paragraphs, heading lines in plain text)
//! and where each block starts, so a finding can name its line.

mod text;

pub use text::{HeadingLine, heading_line};

use std::io::Read;
use std::path::Path;
use std::sync::LazyLock;

use quick_xml::escape::resolve_predefined_entity;
use quick_xml::events::Event;
use regex::bytes::Regex;

use crate::document::{self, Block, Document, Inline};
use crate::error::{Diagnostic, Error, Result};
use crate::fsio;
use crate::i18n::{Bilingual, checks as say};

/// A draft and where each of its blocks starts in the file.
#[derive(Debug, Clone, Default)]
pub struct Draft {
    pub document: Document,
    /// Each block's first line (text, Markdown) or paragraph (DOCX), counted from 1.
    pub starts: Vec<usize>,
    /// Whether `starts` counts a DOCX's paragraphs rather than lines.
    pub paragraphs: bool,
}

/// A document made in memory (a letter just composed): its blocks numbered as paragraphs.
impl From<Document> for Draft {
    fn from(document: Document) -> Self {
        Draft {
            starts: (1..=document.blocks.len()).collect(),
            document,
            paragraphs: true,
        }
    }
}

/// The most entries a DOCX may hold (Word writes a dozen or two, more with images).
const DOCX_ENTRIES: usize = 10_000;
/// The most a DOCX may weigh, its images included (a letter with photos weighs a few MB):
/// it bounds the zip's central directory, which is read whole before anything else.
const DOCX_LIMIT: u64 = 64 << 20;
/// The entry of a DOCX that holds its text.
const DOCX_TEXT: &str = "word/document.xml";

/// Reads a draft by its extension: `.docx`, `.md`/`.markdown`, anything else as text.
pub fn load(path: &Path) -> Result<Document> {
    Ok(read(path)?.document)
}

/// Reads a draft by its extension, keeping where each block starts. A draft with no
/// readable text is refused: an empty draft would pass every check.
pub fn read(path: &Path) -> Result<Draft> {
    let extension = path
        .extension()
        .map(|e| e.to_string_lossy().to_ascii_lowercase())
        .unwrap_or_default();
    let draft = match extension.as_str() {
        "docx" => read_docx(path)?,
        "md" | "markdown" => markdown_draft(&fsio::read_text(path, fsio::DRAFT_LIMIT)?),
        _ => text_draft(&fsio::read_text(path, fsio::DRAFT_LIMIT)?),
    };
    if !has_words(&draft.document) {
        return Err(unreadable(path, say::no_readable_text()));
    }
    Ok(draft)
}

fn read_docx(path: &Path) -> Result<Draft> {
    let file = std::fs::File::open(path).map_err(|source| Error::Read {
        path: path.to_path_buf(),
        source,
    })?;
    from_docx(file, path)
}

/// A DOCX as a draft, its size, entries and uncompressed text bounded; `path` names it in
/// errors.
pub fn from_docx(archive: impl Read, path: &Path) -> Result<Draft> {
    let bytes = fsio::read_limited(archive, DOCX_LIMIT, path)?;
    // The zip reader reads every entry an end record declares before they can be counted.
    let declared = declared_entries(&bytes);
    if declared > DOCX_ENTRIES as u64 {
        let declared = usize::try_from(declared).unwrap_or(usize::MAX);
        return Err(unreadable(
            path,
            say::too_many_entries(declared, DOCX_ENTRIES),
        ));
    }
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes))
        .map_err(|e| not_docx(path, e.to_string()))?;
    // An end record may leave the count to a zip64 record that is not there: up to 65,535.
    if archive.len() > DOCX_ENTRIES {
        return Err(unreadable(
            path,
            say::too_many_entries(archive.len(), DOCX_ENTRIES),
        ));
    }
    let entry = archive
        .by_name(DOCX_TEXT)
        .map_err(|e| not_docx(path, format!("{DOCX_TEXT}: {e}")))?;
    let name = path.join(DOCX_TEXT);
    let xml = fsio::utf8(fsio::read_limited(entry, fsio::DRAFT_LIMIT, &name)?, &name)?;
    docx_draft(&xml).map_err(|message| not_docx(path, message))
}

/// The most entries any end-of-central-directory record in a zip declares (classic or
/// zip64): the zip reader may use any of them, trying each from the end.
fn declared_entries(zip: &[u8]) -> u64 {
    static END_RECORD: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?-u)PK\x05\x06|PK\x06\x06").expect("the signatures are a valid pattern")
    });
    END_RECORD
        .find_iter(zip)
        .filter_map(|found| {
            let record = &zip[found.start()..];
            if record[3] == 5 {
                // 0xFFFF says the count is in the zip64 record.
                let count = u16::from_le_bytes(record.get(10..12)?.try_into().ok()?);
                (count != u16::MAX).then_some(u64::from(count))
            } else {
                Some(u64::from_le_bytes(record.get(32..40)?.try_into().ok()?))
            }
        })
        .max()
        .unwrap_or(0)
}

/// A DOCX poa cannot read, and the reader's reason.
fn not_docx(path: &Path, why: String) -> Error {
    unreadable(path, say::unreadable_docx(&why))
}

/// A draft poa cannot read as a document.
fn unreadable(path: &Path, message: Bilingual) -> Error {
    Error::Invalid(vec![Diagnostic {
        file: path.to_path_buf(),
        line: None,
        column: None,
        field: String::new(),
        message,
        help: Some(say::save_as_docx()),
    }])
}

/// Whether any block holds a letter or digit.
fn has_words(document: &Document) -> bool {
    let inlines = document.blocks.iter().flat_map(|block| match block {
        Block::Heading { content, .. } | Block::Paragraph { content } => vec![content],
        Block::List { items, .. } => items.iter().collect(),
        Block::Table { header, rows } => header.iter().chain(rows.iter().flatten()).collect(),
    });
    inlines.flatten().any(|inline| {
        matches!(inline, Inline::Text { text, .. } if text.chars().any(char::is_alphanumeric))
    })
}

/// Plain text: heading lines, lists and paragraphs (blank lines between paragraphs; CRLF
/// reads like LF).
pub fn from_text(text: &str) -> Document {
    text_draft(text).document
}

/// Plain text, with the line each block starts on.
pub fn text_draft(text: &str) -> Draft {
    let (blocks, starts) = text::parse(text);
    Draft {
        document: Document {
            blocks,
            ..Document::default()
        },
        starts,
        paragraphs: false,
    }
}

/// Markdown, with the line each block starts on; a paragraph that is bold and nothing else
/// reads as a heading, as hand-written Markdown letters use it.
pub fn markdown_draft(markdown: &str) -> Draft {
    let mut document = document::from_markdown(markdown, "", "");
    promote_bold_paragraphs(&mut document.blocks);
    let starts = markdown_starts(markdown);
    debug_assert_eq!(starts.len(), document.blocks.len());
    Draft {
        document,
        starts,
        paragraphs: false,
    }
}

/// The line each block of [`document::from_markdown`] starts on: blocks are made where a
/// heading, a paragraph outside lists, a whole list or a table ends.
fn markdown_starts(markdown: &str) -> Vec<usize> {
    use pulldown_cmark::{Event, Options, Parser, TagEnd};
    let line_of = |offset: usize| markdown[..offset].matches('\n').count() + 1;
    let mut starts = Vec::new();
    let mut lists = 0usize;
    for (event, range) in Parser::new_ext(markdown, Options::ENABLE_TABLES).into_offset_iter() {
        match event {
            Event::Start(pulldown_cmark::Tag::List(_)) => lists += 1,
            Event::End(TagEnd::List(_)) => {
                lists -= 1;
                starts.push(line_of(range.start));
            }
            Event::End(TagEnd::Paragraph) if lists == 0 => starts.push(line_of(range.start)),
            Event::End(TagEnd::Heading(_) | TagEnd::Table) => starts.push(line_of(range.start)),
            _ => {}
        }
    }
    starts
}

/// A short paragraph in bold and nothing else is a heading (level 2).
fn promote_bold_paragraphs(blocks: &mut [Block]) {
    for block in blocks {
        if let Block::Paragraph { content } = block {
            let text = document::plain_text(content);
            let bold = content.iter().all(|inline| match inline {
                Inline::Text { text, bold, .. } => *bold || text.trim().is_empty(),
                Inline::Break => false,
            });
            if bold && !text.trim().is_empty() && text.split_whitespace().count() <= 12 {
                *block = Block::Heading {
                    level: 2,
                    content: vec![Inline::plain(text.trim().trim_end_matches([':', '：']))],
                };
            }
        }
    }
}

/// A DOCX, with each block's paragraph number; short paragraphs that act as headings
/// (ending in a colon, all capitals, numbered, Title Case) are headings too.
fn docx_draft(xml: &str) -> Result<Draft, String> {
    let mut document = from_document_xml(xml)?;
    promote_bold_paragraphs(&mut document.blocks);
    let mut blocks = Vec::new();
    let mut starts = Vec::new();
    for (i, block) in document.blocks.into_iter().enumerate() {
        if let Block::Paragraph { content } = &block
            && let Some(found) = heading_line(&document::plain_text(content), false)
                .or_else(|| text::inline_label(&document::plain_text(content)))
        {
            blocks.push(Block::Heading {
                level: 2,
                content: vec![Inline::plain(found.heading)],
            });
            starts.push(i + 1);
            if let Some(rest) = found.rest {
                blocks.push(Block::Paragraph {
                    content: vec![Inline::plain(rest)],
                });
                starts.push(i + 1);
            }
            continue;
        }
        blocks.push(block);
        starts.push(i + 1);
    }
    Ok(Draft {
        document: Document {
            blocks,
            ..Document::default()
        },
        starts,
        paragraphs: true,
    })
}

/// A DOCX's paragraphs in order: Word's heading and title styles become headings; runs are
/// joined however Word split them; tabs read as spaces; deleted tracked text is left out. A
/// paragraph whose every run is bold is one bold run.
fn from_document_xml(xml: &str) -> Result<Document, String> {
    let mut reader = quick_xml::Reader::from_str(xml);
    let mut blocks = Vec::new();
    let mut text = String::new();
    let mut heading: Option<u8> = None;
    let mut in_text = false;
    // Bold is read from each run's own properties, not from the paragraph mark's.
    let mut in_run = false;
    let mut run_bold = false;
    let mut all_bold = true;
    loop {
        match reader.read_event().map_err(|e| e.to_string())? {
            Event::Start(tag) | Event::Empty(tag) => match tag.local_name().as_ref() {
                b"p" => {
                    text.clear();
                    heading = None;
                    all_bold = true;
                }
                b"r" => {
                    in_run = true;
                    run_bold = false;
                }
                b"b" if in_run => {
                    run_bold = !tag.attributes().flatten().any(|a| {
                        a.key.local_name().as_ref() == b"val"
                            && matches!(a.value.as_ref(), b"0" | b"false" | b"off")
                    })
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
                b"noBreakHyphen" => text.push('-'),
                _ => {}
            },
            Event::Text(content) if in_text => {
                let content = content.decode().map_err(|e| e.to_string())?;
                all_bold &= run_bold || content.trim().is_empty();
                text.push_str(&content);
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
                b"r" => in_run = false,
                b"p" if !text.trim().is_empty() => {
                    let content = vec![Inline::Text {
                        text: text.trim().to_string(),
                        bold: all_bold,
                        italic: false,
                    }];
                    blocks.push(match heading {
                        Some(level) => Block::Heading { level, content },
                        None => Block::Paragraph { content },
                    });
                }
                _ => {}
            },
            // Word never writes one; entities defined in it would be text poa cannot see.
            Event::DocType(_) => return Err("it declares a DTD (<!DOCTYPE>)".into()),
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
