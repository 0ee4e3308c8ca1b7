//! DOCX: Word's own heading styles, real list numbering, a real table, page numbers.

use std::io::Cursor;

use std::sync::LazyLock;

use docx_rs::{
    AbstractNumbering, AlignmentType, BreakType, Docx, Footer, IndentLevel, Level, LevelJc,
    LevelOverride, LevelText, LineSpacing, NumPages, NumberFormat, Numbering, NumberingId,
    PageMargin, PageNum, Paragraph, Run, RunFonts, Start, Style, StyleType, Table, TableCell,
    TableCellMargins, TableLayoutType, TableRow, WidthType,
};

use super::pdf::FontSet;
use super::{columns, footer, keep, typography};
use crate::case::PageSize;
use crate::document::{Block, Document, Inline, plain_text};
use crate::lang::Lang;

/// Word's unit: twentieths of a point.
const TWIPS_PER_POINT: f32 = 20.0;
/// One-inch margins.
const MARGIN: u32 = 1440;
/// Body text, in points (Word counts half-points).
const BODY_SIZE: f32 = 11.0;
/// Table text, in points: a little smaller so five columns fit.
const TABLE_SIZE: f32 = 10.0;
/// A cell's inner margin left and right, in twips.
const CELL_MARGIN: usize = 80;

/// Liberation Serif's glyph widths, to size table columns as Word will lay them out (it
/// shares Times New Roman's metrics, which Word substitutes where it is not installed).
static METRICS: LazyLock<FontSet> = LazyLock::new(FontSet::builtin);

/// Numbering ids: docx-rs defines id 1 itself, so poa's start above it.
const BULLET_ID: usize = 2;
const FIRST_ORDERED_ID: usize = 3;

/// The document as DOCX bytes. Output is byte-identical for the same document.
pub fn render(document: &Document, page: PageSize, lang: Lang) -> std::io::Result<Vec<u8>> {
    // Word has every typographic character in every font, or substitutes one that has.
    let document = &typography::document(document, |_| true);
    let (page_width, _) = page_twips(page);
    let text_width = page_width - 2 * MARGIN;
    let mut docx = base(page, lang);
    let mut next_ordered = FIRST_ORDERED_ID;
    for (index, block) in document.blocks.iter().enumerate() {
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
                    None,
                ));
            }
            Block::Paragraph { content } => {
                let lines = (width(&plain_text(content), BODY_SIZE, false)
                    / (text_width as f32 / TWIPS_PER_POINT))
                    .ceil() as usize;
                let paragraph = Paragraph::new()
                    .keep_next(keep::introduces(
                        content,
                        lines.max(1),
                        document.blocks.get(index + 1),
                    ))
                    .keep_lines(keep::is_block_of_lines(content));
                docx = docx.add_paragraph(runs(paragraph, content, None));
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
                for (number, item) in items.iter().enumerate() {
                    // The first item is not split, so what introduces the list has whole
                    // lines to stay with.
                    let paragraph = Paragraph::new()
                        .style("ListParagraph")
                        .numbering(NumberingId::new(id), IndentLevel::new(0))
                        .keep_lines(number == 0);
                    docx = docx.add_paragraph(runs(paragraph, item, None));
                }
            }
            Block::Table { header, rows } => docx = docx.add_table(table(header, rows, text_width)),
        }
    }
    let mut xml = docx.build();
    xml.doc_props.core = core_properties(document);
    xml.document = no_break_hyphens(repeat_header_rows(xml.document));
    xml.styles = normal_as_default(xml.styles);
    let mut bytes = Cursor::new(Vec::new());
    xml.pack(&mut bytes).map_err(std::io::Error::other)?;
    Ok(bytes.into_inner())
}

/// Page, fonts, styles, numbering definitions and the footer every letter shares.
fn base(page: PageSize, lang: Lang) -> Docx {
    let (width, height) = page_twips(page);
    let inch = MARGIN as i32;
    let [before, between, after] = footer::words(lang);
    let mut footer = Paragraph::new()
        .align(AlignmentType::Center)
        .add_run(Run::new().add_text(before))
        .add_page_num(PageNum::new())
        .add_run(Run::new().add_text(between))
        .add_num_pages(NumPages::new());
    if !after.is_empty() {
        footer = footer.add_run(Run::new().add_text(after));
    }
    let footer = Footer::new().add_paragraph(footer);
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

/// The page's width and height in twips.
fn page_twips(page: PageSize) -> (u32, u32) {
    match page {
        PageSize::Letter => (12240, 15840),
        PageSize::A4 => (11906, 16838),
    }
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

/// Adds the content as runs, at `size` half-points where given (else the style's size).
fn runs(mut paragraph: Paragraph, content: &[Inline], size: Option<usize>) -> Paragraph {
    for inline in content {
        paragraph = paragraph.add_run(match inline {
            Inline::Text { text, bold, italic } => {
                let mut run = Run::new().add_text(unbreakable_hyphens(text));
                if let Some(size) = size {
                    run = run.size(size);
                }
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

/// The orders or reviews table: column widths from the content, so that an order id or an
/// ASIN is never broken, and a header row that stays with the first row.
fn table(header: &[Vec<Inline>], rows: &[Vec<Vec<Inline>>], text_width: u32) -> Table {
    let widths = column_widths(header, rows, text_width);
    let cell = |content: &[Inline], width: usize, bold: bool| {
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
        // A header cell keeps its row with the first row below it.
        let paragraph = Paragraph::new()
            .line_spacing(LineSpacing::new().after(0))
            .keep_next(bold);
        TableCell::new()
            .width(width, WidthType::Dxa)
            .add_paragraph(runs(paragraph, &content, Some(TABLE_HALF_POINTS)))
    };
    let row = |cells: &[Vec<Inline>], bold: bool| {
        TableRow::new(
            cells
                .iter()
                .zip(&widths)
                .map(|(c, w)| cell(c, *w, bold))
                .collect(),
        )
        .cant_split()
    };
    let mut table_rows = vec![row(header, true)];
    table_rows.extend(rows.iter().map(|r| row(r, false)));
    Table::new(table_rows)
        .set_grid(widths.clone())
        .width(widths.iter().sum(), WidthType::Dxa)
        .layout(TableLayoutType::Fixed)
        .margins(TableCellMargins::new().margin(40, CELL_MARGIN, 40, CELL_MARGIN))
}

/// Table text in half-points, Word's unit for type sizes.
const TABLE_HALF_POINTS: usize = (TABLE_SIZE * 2.0) as usize;

/// Column widths in twips: what each column's cells want on one line, and at least each
/// column's longest word, as Liberation Serif measures them at the table's size.
fn column_widths(header: &[Vec<Inline>], rows: &[Vec<Vec<Inline>>], text_width: u32) -> Vec<usize> {
    // Inner margins, plus a point for rounding in the reader's own layout.
    let padding = 2.0 * CELL_MARGIN as f32 / TWIPS_PER_POINT + 1.0;
    let measure = |cell: &[Inline], bold: bool| {
        let text = plain_text(cell);
        let longest = text
            .split(typography::breaks_line)
            .map(|word| width(word, TABLE_SIZE, bold))
            .fold(0.0, f32::max);
        (width(&text, TABLE_SIZE, bold) + padding, longest + padding)
    };
    let available = text_width as f32 / TWIPS_PER_POINT;
    columns::of_table(header, rows, available, measure)
        .into_iter()
        .map(|points| (points * TWIPS_PER_POINT).floor() as usize)
        .collect()
}

/// The width of `text` in points; a character Liberation Serif lacks (Chinese, for one)
/// counts as a full em, as a CJK font draws it.
fn width(text: &str, size: f32, bold: bool) -> f32 {
    let face = METRICS.face(bold, false);
    text.chars()
        .map(|ch| {
            let advance = face.width(ch.encode_utf8(&mut [0; 4]), size);
            if advance == 0.0 && !ch.is_whitespace() {
                size
            } else {
                advance
            }
        })
        .sum()
}

/// Stands for a hyphen between two digits until the XML is written, where it becomes Word's
/// own non-breaking hyphen (`w:noBreakHyphen`, what Ctrl+Shift+- types): an order id, a date
/// or a phone number never breaks at its hyphens, and its text holds no U+2011, which a reader
/// copying the id would get instead of a hyphen.
const NO_BREAK_HYPHEN: char = '\u{E011}';

/// The text with every hyphen between two digits marked [`NO_BREAK_HYPHEN`].
fn unbreakable_hyphens(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    chars
        .iter()
        .enumerate()
        .map(|(i, &ch)| {
            let between_digits = i > 0
                && chars[i - 1].is_ascii_digit()
                && chars.get(i + 1).is_some_and(char::is_ascii_digit);
            if ch == '-' && between_digits {
                NO_BREAK_HYPHEN
            } else {
                ch
            }
        })
        .collect()
}

/// Writes each [`NO_BREAK_HYPHEN`] as `w:noBreakHyphen` between the run's texts.
fn no_break_hyphens(document: Vec<u8>) -> Vec<u8> {
    replace_in_xml(
        document,
        &NO_BREAK_HYPHEN.to_string(),
        r#"</w:t><w:noBreakHyphen /><w:t xml:space="preserve">"#,
    )
}

/// Marks each table's first row as its header row, which Word and LibreOffice repeat at the
/// top of every page a long table runs onto (docx-rs has no setter for it).
fn repeat_header_rows(document: Vec<u8>) -> Vec<u8> {
    const FIRST_ROW: &str = "</w:tblGrid><w:tr><w:trPr><w:cantSplit />";
    replace_in_xml(document, FIRST_ROW, &format!("{FIRST_ROW}<w:tblHeader />"))
}

/// Marks `Normal` as the default paragraph style, so Word, LibreOffice and python-docx read a
/// paragraph without a style as Normal, and turns widow and orphan control on for it
/// (docx-rs writes Normal itself, without either).
fn normal_as_default(styles: Vec<u8>) -> Vec<u8> {
    replace_in_xml(
        styles,
        r#"<w:style w:type="paragraph" w:styleId="Normal"><w:name w:val="Normal" /><w:rPr /><w:pPr><w:rPr /></w:pPr><w:qFormat /></w:style>"#,
        r#"<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal" /><w:qFormat /><w:pPr><w:widowControl /></w:pPr></w:style>"#,
    )
}

fn replace_in_xml(xml: Vec<u8>, from: &str, to: &str) -> Vec<u8> {
    match String::from_utf8(xml) {
        Ok(xml) => xml.replace(from, to).into_bytes(),
        Err(not_text) => not_text.into_bytes(),
    }
}

/// Core properties with the letter's title, author and date (docx-rs has no setter for the
/// first two); the date is the letter's own, so the same case gives the same file.
fn core_properties(document: &Document) -> Vec<u8> {
    let title = quick_xml::escape::escape(&document.title);
    let author = quick_xml::escape::escape(&document.author);
    let date = document.date.map_or_else(
        || "2000-01-01".to_string(),
        |d| d.format("%Y-%m-%d").to_string(),
    );
    format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>{title}</dc:title><dc:creator>{author}</dc:creator><cp:lastModifiedBy>{author}</cp:lastModifiedBy><dcterms:created xsi:type="dcterms:W3CDTF">{date}T00:00:00Z</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">{date}T00:00:00Z</dcterms:modified><cp:revision>1</cp:revision></cp:coreProperties>"#
    )
    .into_bytes()
}
