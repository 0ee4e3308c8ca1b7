//! The document model between the templates and the renderers.
//!
//! Templates produce Markdown; it is parsed once into a [`Document`], and every renderer
//! (DOCX, PDF, Markdown) and every check (originality, lint) reads only this model.

use std::fmt::Write as _;

use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};
use serde::Serialize;

/// A letter: metadata plus a flat list of blocks in reading order.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Document {
    /// Title for the file's metadata (DOCX core properties, PDF info).
    pub title: String,
    /// Author for the file's metadata: the seller's contact.
    pub author: String,
    /// The letter's date, for the file's metadata (none for a draft read from a file).
    #[serde(skip)]
    pub date: Option<chrono::NaiveDate>,
    /// The body, top to bottom.
    pub blocks: Vec<Block>,
    /// Which part of the letter (its template: `root_cause`, `closing`, …) each run of blocks
    /// comes from, for a format that splits the letter by part (the appeal form's text);
    /// empty for a draft read from a file.
    #[serde(skip)]
    pub parts: Vec<PartSpan>,
}

/// The blocks one part of the letter wrote.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PartSpan {
    /// The part's name, as in [`crate::compose::PARTS`].
    pub part: &'static str,
    pub blocks: std::ops::Range<usize>,
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
    List {
        ordered: bool,
        items: Vec<Vec<Inline>>,
    },
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
    Text {
        text: String,
        bold: bool,
        italic: bool,
    },
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
///
/// Soft breaks read as spaces, hard breaks as [`Inline::Break`]; links and inline code keep
/// their text, so no word of the input is lost.
pub fn from_markdown(markdown: &str, title: &str, author: &str) -> Document {
    let mut builder = Builder::default();
    for event in Parser::new_ext(markdown, Options::ENABLE_TABLES) {
        builder.event(event);
    }
    Document {
        title: title.to_string(),
        author: author.to_string(),
        date: None,
        blocks: builder.blocks,
        parts: Vec::new(),
    }
}

/// Parses each part's Markdown on its own and keeps where each part's blocks lie, so a
/// renderer can tell the parts apart (see [`PartSpan`]).
pub fn from_markdown_parts(
    parts: &[(&'static str, String)],
    title: &str,
    author: &str,
) -> Document {
    let mut document = from_markdown("", title, author);
    for (part, markdown) in parts {
        let start = document.blocks.len();
        document
            .blocks
            .extend(from_markdown(markdown, title, author).blocks);
        document.parts.push(PartSpan {
            part,
            blocks: start..document.blocks.len(),
        });
    }
    document
}

/// Text made inert for Markdown, the one escaper of the program: every character that could
/// start inline structure (emphasis, code, links, tables, HTML) is escaped, and so is a
/// start that would open a block (a list item, a heading, a quote), because text may be
/// placed at the start of a line. A backslash before ASCII punctuation is always read as
/// the character itself, so escaping more than needed never shows.
pub fn escape_markdown(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    for (at, ch) in text.char_indices() {
        // A line end inside text (typed as `&#13;`) would end the line: keep it a reference.
        if matches!(ch, '\r' | '\n') {
            let _ = write!(out, "&#{};", u32::from(ch));
            continue;
        }
        if matches!(
            ch,
            '\\' | '`' | '*' | '_' | '[' | ']' | '#' | '|' | '<' | '>'
        ) || (ch == '&' && starts_entity(&text[at + 1..]))
        {
            out.push('\\');
        }
        out.push(ch);
    }
    if opens_a_block(&out) {
        let digits = out.chars().take_while(char::is_ascii_digit).count();
        out.insert(digits, '\\');
    }
    out
}

/// Whether text at the start of a line would open a list item ("- x", "+ x", "2. x"), a
/// thematic break or a heading underline ("---", "==="), or a code fence ("~~~"; a
/// backtick fence is escaped already): "+1 415 555" and "3.5" do not.
fn opens_a_block(text: &str) -> bool {
    let ends_marker = |rest: &str| rest.is_empty() || rest.starts_with([' ', '\t']);
    let digits = text.chars().take_while(char::is_ascii_digit).count();
    let only = |mark: char| text.chars().all(|c| c == mark || c == ' ' || c == '\t');
    match text.chars().next() {
        Some('-' | '+') => ends_marker(&text[1..]) || only('-'),
        Some('=') => only('='),
        Some('~') => text.starts_with("~~~"),
        Some(_) if digits > 0 => {
            text[digits..].starts_with(['.', ')']) && ends_marker(&text[digits + 1..])
        }
        _ => false,
    }
}

/// Whether the text after a `&` would be read as an entity (`&amp;`, `&#169;`).
fn starts_entity(rest: &str) -> bool {
    let name = rest
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '#'))
        .unwrap_or(rest.len());
    name > 0 && rest[name..].starts_with(';')
}

/// Walks pulldown-cmark's events, collecting inline runs until their block ends.
#[derive(Default)]
struct Builder {
    blocks: Vec<Block>,
    inlines: Vec<Inline>,
    bold: usize,
    italic: usize,
    /// The open outermost list: (ordered, finished items). The model's lists are flat, so a
    /// nested list's items join it, in reading order.
    list: Option<(bool, Vec<Vec<Inline>>)>,
    /// How many lists are open.
    list_depth: usize,
    /// The text of the open code block (lines indented four spaces or fenced).
    code: Option<String>,
    table: Option<TableBuilder>,
}

/// The content on one line, a line break read as a space: a heading is written on one line.
fn one_line(content: Vec<Inline>) -> Vec<Inline> {
    let mut line: Vec<Inline> = Vec::new();
    for inline in content {
        match inline {
            Inline::Text { text, bold, italic } => push_run(&mut line, &text, bold, italic),
            Inline::Break => push_run(&mut line, " ", false, false),
        }
    }
    line
}

/// Appends text to runs, merging it into the last run when the style is the same.
fn push_run(runs: &mut Vec<Inline>, text: &str, bold: bool, italic: bool) {
    if let Some(Inline::Text {
        text: last,
        bold: b,
        italic: i,
    }) = runs.last_mut()
        && (*b, *i) == (bold, italic)
    {
        last.push_str(text);
        return;
    }
    runs.push(Inline::Text {
        text: text.to_string(),
        bold,
        italic,
    });
}

/// Drops the whitespace at both ends of a line of runs, and runs left empty.
fn trim_line(line: &mut Vec<Inline>) {
    // CommonMark's whitespace, which a parser drops at the ends of a line.
    const BLANK: [char; 6] = [' ', '\t', '\u{b}', '\u{c}', '\r', '\n'];
    while let Some(Inline::Text { text, .. }) = line.first_mut() {
        *text = text.trim_start_matches(BLANK).to_string();
        if !text.is_empty() {
            break;
        }
        line.remove(0);
    }
    while let Some(Inline::Text { text, .. }) = line.last_mut() {
        text.truncate(text.trim_end_matches(BLANK).len());
        if !text.is_empty() {
            break;
        }
        line.pop();
    }
}

#[derive(Default)]
struct TableBuilder {
    header: Vec<Vec<Inline>>,
    rows: Vec<Vec<Vec<Inline>>>,
    row: Vec<Vec<Inline>>,
}

impl Builder {
    fn event(&mut self, event: Event) {
        match event {
            Event::Start(Tag::Strong) => self.bold += 1,
            Event::End(TagEnd::Strong) => self.bold -= 1,
            Event::Start(Tag::Emphasis) => self.italic += 1,
            Event::End(TagEnd::Emphasis) => self.italic -= 1,
            Event::Start(Tag::List(start)) => {
                if self.list_depth == 0 {
                    self.list = Some((start.is_some(), Vec::new()));
                } else {
                    self.end_item();
                }
                self.list_depth += 1;
            }
            Event::End(TagEnd::List(_)) => {
                self.list_depth -= 1;
                if self.list_depth == 0
                    && let Some((ordered, items)) = self.list.take()
                    && !items.is_empty()
                {
                    self.blocks.push(Block::List { ordered, items });
                }
            }
            Event::End(TagEnd::Item) => self.end_item(),
            // Inside an item every block is a run of its text: a loose list's paragraphs, a
            // heading or a table typed in an item.
            Event::End(TagEnd::Paragraph | TagEnd::Heading(_) | TagEnd::TableCell)
                if self.list_depth > 0 =>
            {
                self.push_text(" ");
            }
            Event::End(TagEnd::Paragraph) => self.end_paragraph(),
            Event::Start(Tag::CodeBlock(_)) => self.code = Some(String::new()),
            // The model has no code: its lines read as one run of words, as a paragraph's do.
            Event::End(TagEnd::CodeBlock) => {
                let code = self.code.take().unwrap_or_default();
                // A lone carriage return ends a line too.
                let words: Vec<&str> = code
                    .split(['\r', '\n'])
                    .map(str::trim)
                    .filter(|line| !line.is_empty())
                    .collect();
                self.push_text(&words.join(" "));
                if self.list_depth > 0 {
                    self.push_text(" ");
                } else {
                    self.end_paragraph();
                }
            }
            Event::End(TagEnd::Heading(level)) => {
                let content = one_line(self.take_content());
                self.blocks.push(Block::Heading {
                    level: level as u8,
                    content,
                });
            }
            Event::Start(Tag::Table(_)) if self.list_depth == 0 => {
                self.table = Some(TableBuilder::default());
            }
            Event::End(TagEnd::Table) => {
                if let Some(table) = self.table.take() {
                    self.blocks.push(Block::Table {
                        header: table.header,
                        rows: table.rows,
                    });
                }
            }
            Event::End(TagEnd::TableCell) => {
                let cell = self.take_content();
                if let Some(table) = self.table.as_mut() {
                    table.row.push(cell);
                }
            }
            Event::End(TagEnd::TableHead) => {
                if let Some(table) = self.table.as_mut() {
                    table.header = std::mem::take(&mut table.row);
                }
            }
            Event::End(TagEnd::TableRow) => {
                if let Some(table) = self.table.as_mut() {
                    let row = std::mem::take(&mut table.row);
                    table.rows.push(row);
                }
            }
            Event::Text(text) => match self.code.as_mut() {
                Some(code) => code.push_str(&text),
                None => self.push_text(&text),
            },
            Event::Code(text) => self.push_text(&text),
            Event::SoftBreak => self.push_text(" "),
            Event::HardBreak => self.inlines.push(Inline::Break),
            _ => {}
        }
    }

    fn end_paragraph(&mut self) {
        let content = self.take_content();
        if !content.is_empty() {
            self.blocks.push(Block::Paragraph { content });
        }
    }

    /// Ends the open item: one with no words is no item.
    fn end_item(&mut self) {
        let content = self.take_content();
        if let Some((_, items)) = self.list.as_mut()
            && !content.is_empty()
        {
            items.push(content);
        }
    }

    /// The content of the block that ends, as written Markdown would read back: a line
    /// neither starts nor ends with whitespace, and no line is empty (a line break at
    /// either end or after another would be written as a blank line).
    fn take_content(&mut self) -> Vec<Inline> {
        let mut lines: Vec<Vec<Inline>> = vec![Vec::new()];
        for inline in std::mem::take(&mut self.inlines) {
            match inline {
                Inline::Break => lines.push(Vec::new()),
                text => lines.last_mut().expect("one line at least").push(text),
            }
        }
        let mut content = Vec::new();
        for mut line in lines {
            trim_line(&mut line);
            if line.is_empty() {
                continue;
            }
            if !content.is_empty() {
                content.push(Inline::Break);
            }
            content.extend(line);
        }
        content
    }

    /// Appends text in the open style.
    fn push_text(&mut self, text: &str) {
        push_run(&mut self.inlines, text, self.bold > 0, self.italic > 0);
    }
}
