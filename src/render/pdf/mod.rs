//! PDF: the letter laid out by poa's own code and drawn with printpdf, fonts embedded and
//! subset.

mod breaks;
mod fonts;
mod layout;

pub use fonts::FontSet;
pub use layout::{Draw, Geometry, layout};

use std::io::Write;

use flate2::{Compression, write::ZlibEncoder};
use printpdf::{
    Color, FontId, Greyscale, Line, LinePoint, Mm, Op, PaintMode, PdfDocument, PdfFont,
    PdfFontHandle, PdfPage, PdfSaveOptions, Point, Pt, Rect, TextItem,
};

use crate::case::PageSize;
use crate::document::{Block, Document, Inline, plain_text};
use crate::error::{Error, Result};
use crate::lang::Lang;
use crate::render::{footer, typography};
use crate::stable_hash::fnv1a;

const FOOTER_SIZE: f32 = 9.0;

/// The document as PDF bytes. A character the fonts cannot draw is an error naming it and
/// its place, never a silent gap.
pub fn render(document: &Document, page: PageSize, fonts: &FontSet, lang: Lang) -> Result<Vec<u8>> {
    let document = &typography::document(document, |ch| fonts.draws(ch));
    check_glyphs(document, fonts)?;
    let geometry = Geometry::for_page(page);
    let mut pages = layout(document, fonts, geometry);
    let count = pages.len();
    for (number, commands) in pages.iter_mut().enumerate() {
        let text = footer::page_of(number + 1, count, lang);
        let width = fonts.face(false, false).width(&text, FOOTER_SIZE);
        commands.push(Draw::Text {
            x: (geometry.width - width) / 2.0,
            y: geometry.margin / 2.0,
            bold: false,
            italic: false,
            size: FOOTER_SIZE,
            text,
        });
    }

    let mut pdf = PdfDocument::new(&document.title);
    pdf.metadata.info.author = document.author.clone();
    pdf.metadata.info.creator = "poa".into();
    pdf.metadata.info.producer = "poa".into();
    // The letter's own date, so the same case gives the same bytes.
    if let Some(date) = document.date
        && let Ok(created) = printpdf::OffsetDateTime::from_unix_timestamp(
            date.and_time(chrono::NaiveTime::MIN).and_utc().timestamp(),
        )
    {
        pdf.metadata.info.creation_date = created;
        pdf.metadata.info.modification_date = created;
        pdf.metadata.info.metadata_date = created;
    }
    // Fixed resource names keep the output identical run to run; a face the letter does
    // not use is not embedded.
    let ids: Vec<FontId> = (0..fonts::SLOTS).map(|i| FontId(format!("F{i}"))).collect();
    let mut used = [false; fonts::SLOTS];
    for command in pages.iter().flatten() {
        if let Draw::Text {
            bold, italic, text, ..
        } = command
        {
            for (slot, _) in fonts.runs(text, *bold, *italic) {
                used[slot] = true;
            }
        }
    }
    for (slot, id) in ids.iter().enumerate().filter(|(slot, _)| used[*slot]) {
        let face = fonts
            .slot_face(slot)
            .expect("runs name only slots the set has");
        pdf.resources.fonts.map.insert(
            id.clone(),
            PdfFont::new(
                face.pdf_font()
                    .expect("the built-in fonts and a --font file are checked when loaded")
                    .clone(),
            ),
        );
    }
    let (width, height) = (Mm::from(Pt(geometry.width)), Mm::from(Pt(geometry.height)));
    pdf.pages = pages
        .iter()
        .map(|commands| PdfPage::new(width, height, ops(commands, &ids, fonts)))
        .collect();
    let options = PdfSaveOptions {
        subset_fonts: true,
        // Compressed below, at a level that costs a few percent of size and a fraction
        // of the time of printpdf's maximum.
        optimize: false,
        ..PdfSaveOptions::default()
    };
    let mut warnings = Vec::new();
    let mut pdf = pdf.to_lopdf_document(&options, &mut warnings);
    compress_streams(&mut pdf);
    set_content_id(&mut pdf);
    let mut bytes = Vec::new();
    pdf.save_to(&mut bytes)
        .expect("writing a PDF into memory cannot fail");
    Ok(bytes)
}

/// Deflates every stream that may be compressed and is not already.
fn compress_streams(pdf: &mut lopdf::Document) {
    for object in pdf.objects.values_mut() {
        if let lopdf::Object::Stream(stream) = object
            && stream.allows_compression
            && stream.dict.get(b"Filter").is_err()
        {
            let mut encoder = ZlibEncoder::new(Vec::new(), Compression::new(4));
            // Writing to a Vec cannot fail.
            if encoder.write_all(&stream.content).is_ok()
                && let Ok(compressed) = encoder.finish()
                && compressed.len() < stream.content.len()
            {
                stream.dict.set("Filter", "FlateDecode");
                stream.set_content(compressed);
            }
        }
    }
}

/// Turns drawing commands into PDF operations; a text is drawn as runs, each in the face
/// that has its glyphs.
fn ops(commands: &[Draw], ids: &[FontId], fonts: &FontSet) -> Vec<Op> {
    let mut ops = vec![Op::SetFillColor {
        col: Color::Greyscale(Greyscale::new(0.0, None)),
    }];
    for command in commands {
        match command {
            Draw::Text {
                x,
                y,
                bold,
                italic,
                size,
                text,
            } => {
                let mut x = *x;
                for (slot, run) in fonts.runs(text, *bold, *italic) {
                    ops.extend([
                        Op::StartTextSection,
                        Op::SetFont {
                            font: PdfFontHandle::External(ids[slot].clone()),
                            size: Pt(*size),
                        },
                        Op::SetTextCursor {
                            pos: Point {
                                x: Pt(x),
                                y: Pt(*y),
                            },
                        },
                        Op::ShowText {
                            items: vec![TextItem::Text(run.to_string())],
                        },
                        Op::EndTextSection,
                    ]);
                    x += fonts
                        .slot_face(slot)
                        .expect("runs name only slots the set has")
                        .width(run, *size);
                }
            }
            Draw::Rule { x1, y1, x2, y2 } => ops.extend([
                Op::SetOutlineThickness { pt: Pt(0.6) },
                Op::DrawLine {
                    line: Line {
                        points: vec![
                            LinePoint {
                                p: Point {
                                    x: Pt(*x1),
                                    y: Pt(*y1),
                                },
                                bezier: false,
                            },
                            LinePoint {
                                p: Point {
                                    x: Pt(*x2),
                                    y: Pt(*y2),
                                },
                                bezier: false,
                            },
                        ],
                        is_closed: false,
                    },
                },
            ]),
            Draw::Shade {
                x,
                y,
                width,
                height,
            } => ops.extend([
                Op::SetFillColor {
                    col: Color::Greyscale(Greyscale::new(0.9, None)),
                },
                Op::DrawRectangle {
                    rectangle: Rect {
                        x: Pt(*x),
                        y: Pt(*y),
                        width: Pt(*width),
                        height: Pt(*height),
                        mode: Some(PaintMode::Fill),
                        winding_order: None,
                    },
                },
                Op::SetFillColor {
                    col: Color::Greyscale(Greyscale::new(0.0, None)),
                },
            ]),
        }
    }
    ops
}

/// Fails on the first character no font style can draw, naming the section and block.
fn check_glyphs(document: &Document, fonts: &FontSet) -> Result<()> {
    let mut section = String::from("the letter's start");
    for (index, block) in document.blocks.iter().enumerate() {
        let texts: Vec<&[Inline]> = match block {
            Block::Heading { content, .. } | Block::Paragraph { content } => vec![content],
            Block::List { items, .. } => items.iter().map(Vec::as_slice).collect(),
            Block::Table { header, rows } => header
                .iter()
                .chain(rows.iter().flatten())
                .map(Vec::as_slice)
                .collect(),
        };
        for content in texts {
            let text = plain_text(content);
            if let Some(ch) = fonts.missing_char(&text) {
                return Err(Error::MissingGlyph {
                    ch,
                    field: format!(
                        "{section}, block {} (\"{}\")",
                        index + 1,
                        excerpt(&text, ch)
                    ),
                });
            }
        }
        if let Block::Heading { content, .. } = block {
            section = format!("section \"{}\"", plain_text(content));
        }
    }
    Ok(())
}

/// A few words around the first occurrence of `ch`.
fn excerpt(text: &str, ch: char) -> String {
    let at = text.find(ch).unwrap_or(0);
    let start = text[..at]
        .char_indices()
        .rev()
        .nth(20)
        .map_or(0, |(i, _)| i);
    let end = text[at..]
        .char_indices()
        .nth(20)
        .map_or(text.len(), |(i, _)| at + i);
    text[start..end].to_string()
}

/// printpdf writes random document ids; a digest of the content instead makes the same
/// letter give the same bytes.
fn set_content_id(pdf: &mut lopdf::Document) {
    let streams = pdf.objects.values().filter_map(|object| match object {
        lopdf::Object::Stream(stream) => Some(stream.content.iter().copied()),
        _ => None,
    });
    let digest = fnv1a(streams.flatten()).to_be_bytes().repeat(2);
    let id = || lopdf::Object::String(digest.clone(), lopdf::StringFormat::Hexadecimal);
    pdf.trailer
        .set("ID", lopdf::Object::Array(vec![id(), id()]));
}
