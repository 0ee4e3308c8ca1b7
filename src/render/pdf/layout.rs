//! Page layout: wraps text by real glyph widths and places every block on pages.
//!
//! The result is a list of pages of simple drawing commands, independent of the PDF
//! library, so the layout can be tested on its own.

use crate::case::PageSize;
use crate::document::{Block, Document, Inline};

use super::breaks;
use super::fonts::FontSet;
use crate::render::{columns, keep, typography};

/// A drawing command in points, origin at the bottom left of the page.
#[derive(Debug, Clone, PartialEq)]
pub enum Draw {
    /// Text of one style starting at (x, y) on the baseline.
    Text {
        x: f32,
        y: f32,
        bold: bool,
        italic: bool,
        size: f32,
        text: String,
    },
    /// A straight rule.
    Rule { x1: f32, y1: f32, x2: f32, y2: f32 },
    /// A grey filled rectangle (table header background).
    Shade {
        x: f32,
        y: f32,
        width: f32,
        height: f32,
    },
}

/// Page geometry and type sizes.
#[derive(Debug, Clone, Copy)]
pub struct Geometry {
    pub width: f32,
    pub height: f32,
    pub margin: f32,
}

impl Geometry {
    /// US Letter or A4, with one-inch margins.
    pub fn for_page(page: PageSize) -> Self {
        let (width, height) = match page {
            PageSize::Letter => (612.0, 792.0),
            PageSize::A4 => (595.28, 841.89),
        };
        Geometry {
            width,
            height,
            margin: 72.0,
        }
    }

    fn text_width(&self) -> f32 {
        self.width - 2.0 * self.margin
    }
}

const BODY: f32 = 11.0;
const LEADING: f32 = 1.35;
const PARAGRAPH_GAP: f32 = 7.0;
const LIST_INDENT: f32 = 22.0;
const CELL_PAD: f32 = 4.0;
const TABLE_SIZE: f32 = 9.5;

/// A word (or the space before it) with its style.
#[derive(Debug, Clone)]
struct Piece {
    text: String,
    bold: bool,
    italic: bool,
    space_before: bool,
}

/// One laid-out line: pieces with their x offsets from the line start.
type Line = Vec<(f32, Piece)>;

/// Lays the document out; returns the pages' drawing commands (without page numbers).
pub fn layout(document: &Document, fonts: &FontSet, geometry: Geometry) -> Vec<Vec<Draw>> {
    let mut pages = Pages::new(geometry);
    let blocks = &document.blocks;
    let width = geometry.text_width();
    // Paragraphs and tables are measured once, for what must start on one page and to draw.
    let measured: Vec<Measured> = blocks
        .iter()
        .map(|block| Measured::of(block, fonts, width))
        .collect();
    let starts = start_heights(blocks, &measured);
    for (index, (block, measured)) in blocks.iter().zip(&measured).enumerate() {
        match block {
            Block::Heading { level, content } => {
                let size = match level {
                    1 => 17.0,
                    2 => 13.5,
                    _ => 11.5,
                };
                let pieces = pieces(content, true);
                let lines = wrap(&pieces, fonts, size, geometry.text_width());
                let gap_before = if index == 0 { 0.0 } else { size * 0.9 };
                // A heading stays with the start of what follows it.
                let needed = gap_before
                    + lines.len() as f32 * size * LEADING
                    + PARAGRAPH_GAP * 0.6
                    + starts[index + 1];
                pages.ensure(needed);
                pages.advance(gap_before);
                for line in &lines {
                    pages.line(line, 0.0, size);
                }
                pages.advance(PARAGRAPH_GAP * 0.6);
            }
            Block::Paragraph { .. } => {
                let Measured::Paragraph(lines) = measured else {
                    unreachable!("a paragraph is measured as one")
                };
                pages.ensure(starts[index]);
                for line in lines {
                    pages.line(line, 0.0, BODY);
                }
                pages.advance(PARAGRAPH_GAP);
            }
            Block::List { ordered, items } => {
                for (number, item) in items.iter().enumerate() {
                    let width = geometry.text_width() - LIST_INDENT;
                    let lines = wrap(&pieces(item, false), fonts, BODY, width);
                    let marker = if *ordered {
                        format!("{}.", number + 1)
                    } else {
                        "•".into()
                    };
                    pages.ensure(BODY * LEADING);
                    pages.marker(&marker, fonts, BODY);
                    for line in &lines {
                        pages.line(line, LIST_INDENT, BODY);
                    }
                    pages.advance(PARAGRAPH_GAP * 0.4);
                }
                pages.advance(PARAGRAPH_GAP * 0.6);
            }
            Block::Table { .. } => {
                let Measured::Table(table) = measured else {
                    unreachable!("a table is measured as one")
                };
                table.place(&mut pages);
                pages.advance(PARAGRAPH_GAP * 1.5);
            }
        }
    }
    pages.finish()
}

/// A block measured before it is placed: a paragraph's lines, a table's rows.
enum Measured {
    Paragraph(Vec<Line>),
    Table(Table),
    Other,
}

impl Measured {
    fn of(block: &Block, fonts: &FontSet, width: f32) -> Self {
        match block {
            Block::Paragraph { content } => {
                Measured::Paragraph(wrap(&pieces(content, false), fonts, BODY, width))
            }
            Block::Table { header, rows } => {
                Measured::Table(Table::measure(fonts, header, rows, width))
            }
            Block::Heading { .. } | Block::List { .. } => Measured::Other,
        }
    }
}

/// For each block, how much of it must begin on the page it starts on (one more entry, 0, for
/// the end): a paragraph's first two lines (no lone line at the foot of a page), all of a
/// paragraph of broken lines (a signature), a table's header and first row, a list's first
/// lines. A paragraph that introduces what follows (a short one before a table or list, "the
/// following orders:", or a one-line "Kind regards," before the signature) adds the start of
/// that.
fn start_heights(blocks: &[Block], measured: &[Measured]) -> Vec<f32> {
    let lines = |n: usize| n as f32 * BODY * LEADING;
    let mut starts = vec![0.0; blocks.len() + 1];
    for index in (0..blocks.len()).rev() {
        starts[index] = match (&blocks[index], &measured[index]) {
            (Block::Paragraph { content }, Measured::Paragraph(wrapped)) => {
                let count = wrapped.len();
                if keep::introduces(content, count, blocks.get(index + 1)) {
                    lines(count) + PARAGRAPH_GAP + starts[index + 1]
                } else if keep::is_block_of_lines(content) {
                    lines(count)
                } else {
                    lines(count.min(2))
                }
            }
            (_, Measured::Table(table)) => table.start_height(),
            (Block::List { .. }, _) => lines(2),
            _ => lines(3),
        };
    }
    starts
}

/// Splits inline content into words that remember their style and spacing; a hard break
/// becomes an empty piece that forces a new line.
fn pieces(content: &[Inline], force_bold: bool) -> Vec<Piece> {
    let mut out = Vec::new();
    let mut space = false;
    for inline in content {
        match inline {
            Inline::Break => {
                out.push(Piece {
                    text: String::new(),
                    bold: false,
                    italic: false,
                    space_before: false,
                });
                space = false;
            }
            Inline::Text { text, bold, italic } => {
                let mut chars = text.char_indices().peekable();
                while let Some(&(start, ch)) = chars.peek() {
                    if typography::breaks_line(ch) {
                        space = true;
                        chars.next();
                        continue;
                    }
                    // A word ends at a space, or where Chinese may break without one.
                    let mut end = text.len();
                    let mut previous = None;
                    while let Some(&(i, c)) = chars.peek() {
                        if typography::breaks_line(c)
                            || previous.is_some_and(|p| breaks::between(p, c))
                        {
                            end = i;
                            break;
                        }
                        previous = Some(c);
                        chars.next();
                    }
                    out.push(Piece {
                        text: text[start..end].to_string(),
                        bold: *bold || force_bold,
                        italic: *italic,
                        space_before: space && !out.is_empty(),
                    });
                    space = false;
                }
            }
        }
    }
    out
}

/// Greedy line filling by measured widths.
fn wrap(pieces: &[Piece], fonts: &FontSet, size: f32, width: f32) -> Vec<Line> {
    let mut lines = vec![Line::new()];
    let mut x = 0.0;
    for piece in pieces.iter().flat_map(|p| fit(p, fonts, size, width)) {
        if piece.text.is_empty() {
            lines.push(Line::new());
            x = 0.0;
            continue;
        }
        let measure = |text: &str| fonts.width(text, piece.bold, piece.italic, size);
        let space = if piece.space_before {
            measure(" ")
        } else {
            0.0
        };
        let word = measure(&piece.text);
        let current = lines.last_mut().expect("there is always a line");
        if !current.is_empty() && x + space + word > width {
            lines.push(vec![(0.0, piece)]);
            x = word;
        } else {
            let start = if current.is_empty() { 0.0 } else { x + space };
            current.push((start, piece));
            x = start + word;
        }
    }
    lines
}

/// A word wider than the line (a long link or file name) is cut into parts that each fill a
/// line, so nothing runs past the margin; any other word is kept whole.
fn fit(piece: &Piece, fonts: &FontSet, size: f32, width: f32) -> Vec<Piece> {
    let measure = |text: &str| fonts.width(text, piece.bold, piece.italic, size);
    if measure(&piece.text) <= width {
        return vec![piece.clone()];
    }
    let part = |text: &str, first: bool| Piece {
        text: text.to_string(),
        bold: piece.bold,
        italic: piece.italic,
        space_before: first && piece.space_before,
    };
    let mut parts = Vec::new();
    let (mut start, mut used) = (0, 0.0);
    for (i, ch) in piece.text.char_indices() {
        let advance = measure(ch.encode_utf8(&mut [0; 4]));
        // Every part holds at least one character, however narrow the line.
        if used + advance > width && i > start {
            parts.push(part(&piece.text[start..i], parts.is_empty()));
            (start, used) = (i, 0.0);
        }
        used += advance;
    }
    parts.push(part(&piece.text[start..], parts.is_empty()));
    parts
}

/// The pages being filled, and the cursor on the current one.
struct Pages {
    geometry: Geometry,
    done: Vec<Vec<Draw>>,
    current: Vec<Draw>,
    /// Baseline of the next line, from the page bottom.
    y: f32,
}

impl Pages {
    fn new(geometry: Geometry) -> Self {
        Pages {
            geometry,
            done: Vec::new(),
            current: Vec::new(),
            y: geometry.height - geometry.margin,
        }
    }

    fn bottom(&self) -> f32 {
        self.geometry.margin
    }

    /// Starts a new page unless `height` more points fit on this one.
    fn ensure(&mut self, height: f32) {
        if self.y - height < self.bottom() && !self.current.is_empty() {
            self.done.push(std::mem::take(&mut self.current));
            self.y = self.geometry.height - self.geometry.margin;
        }
    }

    fn advance(&mut self, height: f32) {
        self.y -= height;
    }

    /// Draws one line at `indent` from the left margin, breaking the page if needed.
    fn line(&mut self, line: &Line, indent: f32, size: f32) {
        self.ensure(size * LEADING);
        self.y -= size;
        let x0 = self.geometry.margin + indent;
        draw_line(&mut self.current, line, x0, self.y, size);
        self.y -= size * (LEADING - 1.0);
    }

    /// Draws a list marker on the line about to be written.
    fn marker(&mut self, marker: &str, fonts: &FontSet, size: f32) {
        let x =
            self.geometry.margin + LIST_INDENT - 6.0 - fonts.face(false, false).width(marker, size);
        self.current.push(Draw::Text {
            x,
            y: self.y - size,
            bold: false,
            italic: false,
            size,
            text: marker.to_string(),
        });
    }

    fn finish(mut self) -> Vec<Vec<Draw>> {
        if !self.current.is_empty() || self.done.is_empty() {
            self.done.push(self.current);
        }
        self.done
    }
}

/// Emits a line's pieces, joining neighbours of one style into a single text command.
fn draw_line(out: &mut Vec<Draw>, line: &Line, x0: f32, y: f32, size: f32) {
    let mut run: Option<(f32, bool, bool, String)> = None;
    for (x, piece) in line {
        match &mut run {
            Some((_, bold, italic, text)) if (*bold, *italic) == (piece.bold, piece.italic) => {
                if piece.space_before {
                    text.push(' ');
                }
                text.push_str(&piece.text);
            }
            _ => {
                if let Some((rx, bold, italic, text)) = run.take() {
                    out.push(Draw::Text {
                        x: rx,
                        y,
                        bold,
                        italic,
                        size,
                        text,
                    });
                }
                run = Some((x0 + x, piece.bold, piece.italic, piece.text.clone()));
            }
        }
    }
    if let Some((x, bold, italic, text)) = run {
        out.push(Draw::Text {
            x,
            y,
            bold,
            italic,
            size,
            text,
        });
    }
}

/// A table row wrapped to its columns: each cell's lines, the row's height, and whether it
/// is the shaded header.
type Row = (Vec<Vec<Line>>, f32, bool);

/// A table measured for the page: column widths and every row wrapped, the header first.
struct Table {
    widths: Vec<f32>,
    header: Row,
    rows: Vec<Row>,
}

impl Table {
    fn measure(
        fonts: &FontSet,
        header: &[Vec<Inline>],
        rows: &[Vec<Vec<Inline>>],
        available: f32,
    ) -> Self {
        let widths = column_widths(fonts, header, rows, available);
        let measure_row = |cells: &[Vec<Inline>], shaded: bool| {
            let wrapped: Vec<Vec<Line>> = cells
                .iter()
                .zip(&widths)
                .map(|(cell, w)| wrap(&pieces(cell, shaded), fonts, TABLE_SIZE, w - 2.0 * CELL_PAD))
                .collect();
            let lines = wrapped.iter().map(Vec::len).max().unwrap_or(1);
            let height = lines as f32 * TABLE_SIZE * LEADING + 2.0 * CELL_PAD;
            (wrapped, height, shaded)
        };
        Table {
            header: measure_row(header, true),
            rows: rows.iter().map(|row| measure_row(row, false)).collect(),
            widths,
        }
    }

    /// The height of the header and the first row: the least worth starting a page with.
    fn start_height(&self) -> f32 {
        self.header.1 + self.rows.first().map_or(0.0, |row| row.1)
    }

    /// Draws the table, its header repeated at the top of each new page.
    fn place(&self, pages: &mut Pages) {
        pages.ensure(self.start_height());
        place_row(pages, &self.widths, &self.header);
        for row in &self.rows {
            let before = pages.done.len();
            pages.ensure(row.1);
            if pages.done.len() != before {
                place_row(pages, &self.widths, &self.header);
            }
            place_row(pages, &self.widths, row);
        }
    }
}

fn place_row(pages: &mut Pages, widths: &[f32], row: &Row) {
    let (cells, height, shaded) = row;
    let top = pages.y;
    let left = pages.geometry.margin;
    let right = left + widths.iter().sum::<f32>();
    if *shaded {
        pages.current.push(Draw::Shade {
            x: left,
            y: top - height,
            width: right - left,
            height: *height,
        });
    }
    let mut x = left;
    for (lines, width) in cells.iter().zip(widths) {
        let mut y = top - CELL_PAD;
        for line in lines {
            y -= TABLE_SIZE;
            draw_line(&mut pages.current, line, x + CELL_PAD, y, TABLE_SIZE);
            y -= TABLE_SIZE * (LEADING - 1.0);
        }
        pages.current.push(Draw::Rule {
            x1: x,
            y1: top,
            x2: x,
            y2: top - height,
        });
        x += width;
    }
    pages.current.push(Draw::Rule {
        x1: right,
        y1: top,
        x2: right,
        y2: top - height,
    });
    pages.current.push(Draw::Rule {
        x1: left,
        y1: top,
        x2: right,
        y2: top,
    });
    pages.current.push(Draw::Rule {
        x1: left,
        y1: top - height,
        x2: right,
        y2: top - height,
    });
    pages.y = top - height;
}

/// Each column's width from what its cells want on one line and their longest words.
fn column_widths(
    fonts: &FontSet,
    header: &[Vec<Inline>],
    rows: &[Vec<Vec<Inline>>],
    available: f32,
) -> Vec<f32> {
    let measure = |cell: &[Inline], bold: bool| {
        let pieces = pieces(cell, bold);
        let width = |p: &Piece, text: &str| fonts.width(text, p.bold, p.italic, TABLE_SIZE);
        let natural: f32 = pieces
            .iter()
            .enumerate()
            // Each word with a space after it; Chinese, split between characters, has none.
            .map(|(i, p)| {
                let space = i == 0 || p.space_before;
                width(p, &p.text) + if space { width(p, " ") } else { 0.0 }
            })
            .sum();
        let longest = pieces.iter().map(|p| width(p, &p.text)).fold(0.0, f32::max);
        (natural + 2.0 * CELL_PAD, longest + 2.0 * CELL_PAD)
    };
    columns::of_table(header, rows, available, measure)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(text: &str) -> Vec<Inline> {
        vec![Inline::Text {
            text: text.into(),
            bold: false,
            italic: false,
        }]
    }

    /// Every text command of the pages, with whether it ends inside the right margin.
    fn drawn(document: &Document, fonts: &FontSet) -> Vec<(String, bool)> {
        let geometry = Geometry::for_page(PageSize::A4);
        let right = geometry.width - geometry.margin;
        layout(document, fonts, geometry)
            .into_iter()
            .flatten()
            .filter_map(|draw| match draw {
                Draw::Text {
                    x,
                    text,
                    size,
                    bold,
                    italic,
                    ..
                } => {
                    let end = x + fonts.face(bold, italic).width(&text, size);
                    Some((text, end <= right + 0.01))
                }
                _ => None,
            })
            .collect()
    }

    #[test]
    fn an_overlong_word_is_cut_to_the_line_and_keeps_every_character() {
        let fonts = FontSet::builtin();
        let link = format!("https://example.com/{}", "evidence-folder/".repeat(40));
        let document = Document {
            blocks: vec![
                Block::Paragraph {
                    content: text(&format!("See {link} for the files.")),
                },
                Block::Table {
                    header: vec![text("File"), text("Shows")],
                    rows: vec![vec![text(&link), text(&link)]],
                },
            ],
            ..Document::default()
        };
        let drawn = drawn(&document, &fonts);
        assert!(drawn.iter().all(|(_, inside)| *inside), "{drawn:?}");
        let all: String = drawn.iter().map(|(t, _)| t.as_str()).collect();
        assert_eq!(all.matches(&link).count(), 3, "{all}");
    }

    #[test]
    fn words_that_fit_are_never_cut() {
        let fonts = FontSet::builtin();
        let words =
            "We refunded order 112-1234567-1234567 on 2026-03-02 and removed the card. ".repeat(20);
        let document = Document {
            blocks: vec![Block::Paragraph {
                content: text(&words),
            }],
            ..Document::default()
        };
        let lines: Vec<String> = drawn(&document, &fonts)
            .into_iter()
            .map(|(t, _)| t)
            .collect();
        assert!(lines.len() > 10, "{lines:?}");
        let drawn: Vec<&str> = lines.iter().flat_map(|l| l.split_whitespace()).collect();
        assert_eq!(drawn, words.split_whitespace().collect::<Vec<_>>());
    }

    #[test]
    fn a_heading_and_an_introduction_stay_on_the_page_of_what_they_introduce() {
        let fonts = FontSet::builtin();
        let geometry = Geometry::for_page(PageSize::A4);
        let page_of = |pages: &[Vec<Draw>], wanted: &str| {
            pages.iter().position(|page| {
                page.iter()
                    .any(|d| matches!(d, Draw::Text { text, .. } if text == wanted))
            })
        };
        let row = || vec![text("113-4829105-7731046"), text("B0C7KXR2M1")];
        let signature = [
            Inline::Text {
                text: "Chen Jing".into(),
                bold: false,
                italic: false,
            },
            Inline::Break,
            Inline::Text {
                text: "Director".into(),
                bold: false,
                italic: false,
            },
        ];
        // What follows the introduction, and the lines that must share its page.
        let followers = [
            (
                Block::Table {
                    header: vec![text("Order"), text("ASIN")],
                    rows: vec![row(), row(), row()],
                },
                vec!["Order"],
            ),
            (
                Block::List {
                    ordered: true,
                    items: vec![text("Refunded."), text("Retrained.")],
                },
                vec!["Refunded."],
            ),
            (
                Block::Paragraph {
                    content: signature.to_vec(),
                },
                vec!["Chen Jing", "Director"],
            ),
        ];
        for (next, kept) in followers {
            // Filler of every length, so that the introduction falls on each line of a page.
            for filler in 0..70 {
                let mut blocks: Vec<Block> = (0..filler)
                    .map(|_| Block::Paragraph {
                        content: text("Filler."),
                    })
                    .collect();
                blocks.push(Block::Heading {
                    level: 3,
                    content: text("Heading"),
                });
                blocks.push(Block::Paragraph {
                    content: text("Introduction:"),
                });
                blocks.push(next.clone());
                let document = Document {
                    blocks,
                    ..Document::default()
                };
                let pages = layout(&document, &fonts, geometry);
                let heading = page_of(&pages, "Heading");
                for line in ["Introduction:"].iter().chain(&kept) {
                    assert_eq!(heading, page_of(&pages, line), "{line} after {filler}");
                }
            }
        }
    }
}
