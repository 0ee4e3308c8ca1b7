//! DOCX: Word's own heading styles, real list numbering, a real table, page numbers.

use std::io::Cursor;

use docx_rs::{
    AbstractNumbering, AlignmentType, BreakType, Docx, Footer, IndentLevel, Level, LevelJc,
    LevelOverride, LevelText, LineSpacing, NumPages, NumberFormat, Numbering, NumberingId,
    PageMargin, PageNum, Paragraph, Run, RunFonts, Start, Style, StyleType, Table, TableCell,
    TableRow,
};

use crate::case::PageSize;
use crate::document::{Block, Document, Inline};

/// Numbering ids: docx-rs defines id 1 itself, so poa's start above it.
const BULLET_ID: usize = 2;
const FIRST_ORDERED_ID: usize = 3;

/// The document as DOCX bytes. Output is byte-identical for the same document.
pub fn render(document: &Document, page: PageSize) -> std::io::Result<Vec<u8>> {
    let mut docx = base(page);
    let mut next_ordered = FIRST_ORDERED_ID;
    for block in &document.blocks {
        match block {
            Block::Heading { level, content } => {
                let style = if *level == 1 {
                    "Title".to_string()
                } else {
                    format!("Heading{}", level - 1)
                };
                docx = docx.add_paragraph(runs(
                    Paragraph::new().style(&style).keep_next(true),
                    content,
                ));
            }
            Block::Paragraph { content } => {
                docx = docx.add_paragraph(runs(Paragraph::new(), content));
            }
            Block::List { ordered, items } => {
                let id = if *ordered {
                    // Each ordered list gets its own numbering instance so it restarts at 1.
                    docx = docx.add_numbering(
                        Numbering::new(next_ordered, FIRST_ORDERED_ID)
                            .add_override(LevelOverride::new(0).start(1)),
                    );
                    next_ordered += 1;
                    next_ordered - 1
                } else {
                    BULLET_ID
                };
                for item in items {
                    let paragraph = Paragraph::new()
                        .style("ListParagraph")
                        .numbering(NumberingId::new(id), IndentLevel::new(0));
                    docx = docx.add_paragraph(runs(paragraph, item));
                }
            }
            Block::Table { header, rows } => docx = docx.add_table(table(header, rows)),
        }
    }
    let mut xml = docx.build();
    xml.doc_props.core = core_properties(&document.title, &document.author);
    xml.document = repeat_header_rows(xml.document);
    let mut bytes = Cursor::new(Vec::new());
    xml.pack(&mut bytes).map_err(std::io::Error::other)?;
    Ok(bytes.into_inner())
}

/// Page, fonts, styles, numbering definitions and the footer every letter shares.
fn base(page: PageSize) -> Docx {
    let (width, height) = match page {
        PageSize::Letter => (12240, 15840),
        PageSize::A4 => (11906, 16838),
    };
    let inch = 1440;
    let footer = Footer::new().add_paragraph(
        Paragraph::new()
            .align(AlignmentType::Center)
            .add_run(Run::new().add_text("Page "))
            .add_page_num(PageNum::new())
            .add_run(Run::new().add_text(" of "))
            .add_num_pages(NumPages::new()),
    );
    let heading = |id: &str, name: &str, size: usize| {
        Style::new(id, StyleType::Paragraph)
            .name(name)
            .based_on("Normal")
            .next("Normal")
            .q_format(true)
            .bold()
            .size(size)
            .line_spacing(LineSpacing::new().before(240).after(120))
    };
    Docx::new()
        .page_size(width, height)
        .page_margin(
            PageMargin::new()
                .top(inch)
                .bottom(inch)
                .left(inch)
                .right(inch)
                .footer(inch / 2),
        )
        .default_fonts(
            RunFonts::new()
                .ascii("Liberation Serif")
                .hi_ansi("Liberation Serif"),
        )
        .default_size(22)
        .default_line_spacing(LineSpacing::new().after(160).line(264))
        .created_at("2000-01-01T00:00:00Z")
        .updated_at("2000-01-01T00:00:00Z")
        // Names in Word's own spelling make Word, LibreOffice and python-docx see built-ins.
        .add_style(heading("Title", "Title", 32).line_spacing(LineSpacing::new().after(240)))
        .add_style(heading("Heading1", "heading 1", 26))
        .add_style(heading("Heading2", "heading 2", 23))
        .add_style(
            Style::new("ListParagraph", StyleType::Paragraph)
                .name("List Paragraph")
                .based_on("Normal")
                .line_spacing(LineSpacing::new().after(80)),
        )
        .add_abstract_numbering(list_definition(BULLET_ID, NumberFormat::new("bullet"), "•"))
        .add_abstract_numbering(list_definition(
            FIRST_ORDERED_ID,
            NumberFormat::new("decimal"),
            "%1.",
        ))
        .add_numbering(Numbering::new(BULLET_ID, BULLET_ID))
        .footer(footer)
}

fn list_definition(id: usize, format: NumberFormat, text: &str) -> AbstractNumbering {
    AbstractNumbering::new(id).add_level(
        Level::new(
            0,
            Start::new(1),
            format,
            LevelText::new(text),
            LevelJc::new("left"),
        )
        .indent(
            Some(720),
            Some(docx_rs::SpecialIndentType::Hanging(360)),
            None,
            None,
        ),
    )
}

fn runs(mut paragraph: Paragraph, content: &[Inline]) -> Paragraph {
    for inline in content {
        paragraph = paragraph.add_run(match inline {
            Inline::Text { text, bold, italic } => {
                let mut run = Run::new().add_text(text);
                if *bold {
                    run = run.bold();
                }
                if *italic {
                    run = run.italic();
                }
                run
            }
            Inline::Break => Run::new().add_break(BreakType::TextWrapping),
        });
    }
    paragraph
}

fn table(header: &[Vec<Inline>], rows: &[Vec<Vec<Inline>>]) -> Table {
    let cell = |content: &[Inline], bold: bool| {
        let content: Vec<Inline> = content
            .iter()
            .map(|inline| match inline {
                Inline::Text { text, italic, .. } => Inline::Text {
                    text: text.clone(),
                    bold,
                    italic: *italic,
                },
                Inline::Break => Inline::Break,
            })
            .collect();
        let paragraph = Paragraph::new().line_spacing(LineSpacing::new().after(0));
        TableCell::new().add_paragraph(runs(paragraph, &content))
    };
    let mut table_rows =
        vec![TableRow::new(header.iter().map(|c| cell(c, true)).collect()).cant_split()];
    table_rows.extend(
        rows.iter()
            .map(|row| TableRow::new(row.iter().map(|c| cell(c, false)).collect()).cant_split()),
    );
    Table::new(table_rows)
}

/// Marks each table's first row as its header row, which Word and LibreOffice repeat at the
/// top of every page a long table runs onto (docx-rs has no setter for it).
fn repeat_header_rows(document: Vec<u8>) -> Vec<u8> {
    const FIRST_ROW: &str = "<w:tblGrid /><w:tr><w:trPr><w:cantSplit />";
    match String::from_utf8(document) {
        Ok(xml) => xml
            .replace(FIRST_ROW, &format!("{FIRST_ROW}<w:tblHeader />"))
            .into_bytes(),
        Err(not_text) => not_text.into_bytes(),
    }
}

/// Core properties with the letter's title and author (docx-rs has no setter for them).
fn core_properties(title: &str, author: &str) -> Vec<u8> {
    let title = quick_xml::escape::escape(title);
    let author = quick_xml::escape::escape(author);
    format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>{title}</dc:title><dc:creator>{author}</dc:creator><cp:lastModifiedBy>{author}</cp:lastModifiedBy><dcterms:created xsi:type="dcterms:W3CDTF">2000-01-01T00:00:00Z</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">2000-01-01T00:00:00Z</dcterms:modified><cp:revision>1</cp:revision></cp:coreProperties>"#
    )
    .into_bytes()
}
