//! Typography, applied where text is written (DOCX, PDF, Markdown) and never in the document
//! model, so Markdown read back gives the same document: curly quotes and apostrophes, en
//! dashes in number ranges typed with a hyphen ("1-3 star", "2024-2026"), and non-breaking
//! spaces where a line must not break ("5 star", "page 1 of 3").
//!
//! Every change replaces one character by one, so a run keeps its length in characters and
//! quotes are judged across the runs of a paragraph ("**bold**" inside quotes).

use crate::document::{Block, Document, Inline};

/// A space that joins two words on one line.
pub const NO_BREAK_SPACE: char = '\u{a0}';

/// Words after which a number is an identifier, not a range ("SKU 100-200").
const IDENTIFIER_WORDS: [&str; 10] = [
    "sku", "#", "no", "number", "model", "part", "item", "tel", "phone", "ext",
];

/// A copy of the document with typography applied to every text. A typographic character
/// that `can_draw` refuses (a font without curly quotes) is left as the plain one it replaces.
pub fn document(document: &Document, can_draw: impl Fn(char) -> bool) -> Document {
    let set = |content: &Vec<Inline>| -> Vec<Inline> {
        inlines(content)
            .into_iter()
            .map(|inline| match inline {
                Inline::Text { text, bold, italic } => Inline::Text {
                    text: text
                        .chars()
                        .map(
                            |ch| match REPLACEMENTS.iter().find(|(fancy, _)| *fancy == ch) {
                                Some((fancy, plain)) if !can_draw(*fancy) => *plain,
                                _ => ch,
                            },
                        )
                        .collect(),
                    bold,
                    italic,
                },
                Inline::Break => Inline::Break,
            })
            .collect()
    };
    let blocks = document
        .blocks
        .iter()
        .map(|block| match block {
            Block::Heading { level, content } => Block::Heading {
                level: *level,
                content: set(content),
            },
            Block::Paragraph { content } => Block::Paragraph {
                content: set(content),
            },
            Block::List { ordered, items } => Block::List {
                ordered: *ordered,
                items: items.iter().map(set).collect(),
            },
            Block::Table { header, rows } => Block::Table {
                header: header.iter().map(set).collect(),
                rows: rows
                    .iter()
                    .map(|row| row.iter().map(set).collect())
                    .collect(),
            },
        })
        .collect();
    Document {
        title: document.title.clone(),
        author: document.author.clone(),
        date: document.date,
        blocks,
        parts: document.parts.clone(),
    }
}

/// The content with typography applied; styles and line breaks are kept as they are.
pub fn inlines(content: &[Inline]) -> Vec<Inline> {
    let mut chars: Vec<char> = content
        .iter()
        .flat_map(|inline| match inline {
            Inline::Text { text, .. } => text.chars().collect::<Vec<_>>(),
            Inline::Break => vec!['\n'],
        })
        .collect();
    typeset(&mut chars);
    let mut rest = chars.as_slice();
    content
        .iter()
        .map(|inline| match inline {
            Inline::Text { text, bold, italic } => {
                let (run, after) = rest.split_at(text.chars().count());
                rest = after;
                Inline::Text {
                    text: run.iter().collect(),
                    bold: *bold,
                    italic: *italic,
                }
            }
            Inline::Break => {
                rest = &rest[1..];
                Inline::Break
            }
        })
        .collect()
}

/// One line of text with typography applied (a footer, a label).
pub fn text(text: &str) -> String {
    let mut chars: Vec<char> = text.chars().collect();
    typeset(&mut chars);
    chars.into_iter().collect()
}

/// The typographic characters this module writes, each with the plain one it replaces, for
/// a font that lacks one.
pub const REPLACEMENTS: [(char, char); 6] = [
    ('\u{201c}', '"'),
    ('\u{201d}', '"'),
    ('\u{2018}', '\''),
    ('\u{2019}', '\''),
    ('\u{2013}', '-'),
    (NO_BREAK_SPACE, ' '),
];

/// The text with each typographic character this module writes turned back into the plain
/// one, so rules written for straight quotes and hyphens match a typeset draft too.
pub fn plain(text: &str) -> std::borrow::Cow<'_, str> {
    if !text.chars().any(|ch| plain_char(ch) != ch) {
        return text.into();
    }
    text.chars().map(plain_char).collect()
}

/// The plain character a typographic one replaced; any other character as it is.
fn plain_char(ch: char) -> char {
    REPLACEMENTS
        .iter()
        .find(|(fancy, _)| *fancy == ch)
        .map_or(ch, |(_, plain)| *plain)
}

fn typeset(chars: &mut [char]) {
    let words = words(chars);
    ranges(chars, &words);
    no_breaks(chars, &words);
    quotes(chars);
}

/// The index ranges of the whitespace-separated words.
fn words(chars: &[char]) -> Vec<std::ops::Range<usize>> {
    let mut words = Vec::new();
    let mut start = None;
    for (i, ch) in chars.iter().enumerate() {
        match (ch.is_whitespace(), start) {
            (true, Some(s)) => {
                words.push(s..i);
                start = None;
            }
            (false, None) => start = Some(i),
            _ => {}
        }
    }
    if let Some(s) = start {
        words.push(s..chars.len());
    }
    words
}

/// A word without the brackets and punctuation around it, lower-cased. Quotes already
/// curled count as the straight ones they were, so text typeset twice is typeset once.
fn bare(chars: &[char]) -> String {
    let is_edge = |c: &char| {
        matches!(
            plain_char(*c),
            '(' | ')' | '.' | ',' | ';' | ':' | '!' | '?' | '"'
        )
    };
    let start = chars
        .iter()
        .position(|c| !is_edge(c))
        .unwrap_or(chars.len());
    let end = chars
        .iter()
        .rposition(|c| !is_edge(c))
        .map_or(start, |e| e + 1);
    chars[start..end.max(start)]
        .iter()
        .flat_map(|c| c.to_lowercase())
        .collect()
}

/// "1-3" and "2024-2026" become en-dash ranges. Only a word that is two numbers joined by
/// one hyphen qualifies, so order ids, dates, phone numbers and file names never change;
/// the numbers must rise, and be short or both years, so "555-1234" stays a number.
fn ranges(chars: &mut [char], words: &[std::ops::Range<usize>]) {
    for (index, word) in words.iter().enumerate() {
        let bare_word = bare(&chars[word.clone()]);
        let Some((low, high)) = bare_word.split_once('-') else {
            continue;
        };
        let number = |s: &str| {
            (!s.is_empty()
                && s.len() <= 4
                && s.bytes().all(|b| b.is_ascii_digit())
                && !(s.len() > 1 && s.starts_with('0')))
            .then(|| s.parse::<u32>().ok())
            .flatten()
        };
        let (Some(a), Some(b)) = (number(low), number(high)) else {
            continue;
        };
        let years = low.len() == 4 && high.len() == 4 && (1900..2100).contains(&a);
        let small = low.len() <= 3 && high.len() <= 3;
        let after_identifier = index > 0
            && IDENTIFIER_WORDS.contains(&bare(&chars[words[index - 1].clone()]).as_str());
        if a < b
            && (years || small)
            && !after_identifier
            && let Some(at) = chars[word.clone()].iter().position(|&c| c == '-')
        {
            chars[word.start + at] = '\u{2013}';
        }
    }
}

/// A number and "star", and "page 1 of 3", stay on one line.
fn no_breaks(chars: &mut [char], words: &[std::ops::Range<usize>]) {
    let is_number = |word: &str| !word.is_empty() && word.chars().all(|c| c.is_ascii_digit());
    let mut joins = Vec::new();
    for (index, word) in words.iter().enumerate() {
        let bare_word = bare(&chars[word.clone()]);
        if index > 0
            && matches!(bare_word.as_str(), "star" | "stars")
            && chars[words[index - 1].clone()]
                .last()
                .is_some_and(|c| c.is_ascii_digit())
        {
            joins.push(index - 1);
        }
        if bare_word == "page" && index + 3 < words.len() {
            let following: Vec<String> = words[index + 1..index + 4]
                .iter()
                .map(|w| bare(&chars[w.clone()]))
                .collect();
            if is_number(&following[0]) && following[1] == "of" && is_number(&following[2]) {
                joins.extend(index..index + 3);
            }
        }
    }
    for left in joins {
        let gap = words[left].end;
        // Only a single plain space is replaced; a line break stays one.
        if words[left + 1].start == gap + 1 && chars[gap] == ' ' {
            chars[gap] = NO_BREAK_SPACE;
        }
    }
}

/// Whether a line may break at `ch`: at whitespace other than a no-break space.
pub fn breaks_line(ch: char) -> bool {
    ch.is_whitespace() && ch != NO_BREAK_SPACE
}

/// Straight quotes become curly: opening after a space, an opening bracket or a dash (or at
/// the start), closing otherwise; an apostrophe is a closing single quote.
fn quotes(chars: &mut [char]) {
    let mut previous: Option<char> = None;
    for i in 0..chars.len() {
        let ch = chars[i];
        let opens = previous.is_none_or(|p| {
            p.is_whitespace()
                || matches!(
                    p,
                    '(' | '[' | '{' | '\u{2013}' | '\u{2014}' | '\u{201c}' | '\u{2018}' | '/'
                )
        });
        chars[i] = match ch {
            '"' if opens => '\u{201c}',
            '"' => '\u{201d}',
            // '90s and 'em are apostrophes even at a word's start.
            '\'' if opens && chars.get(i + 1).is_some_and(|n| n.is_alphabetic()) => '\u{2018}',
            '\'' => '\u{2019}',
            other => other,
        };
        previous = Some(ch);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quotes_open_and_close_around_words_and_apostrophes_curl() {
        assert_eq!(
            text(r#"He said "don't" and 'ok'."#),
            "He said \u{201c}don\u{2019}t\u{201d} and \u{2018}ok\u{2019}."
        );
        assert_eq!(text("the '90s"), "the \u{2019}90s");
    }

    #[test]
    fn number_ranges_get_an_en_dash_and_identifiers_keep_their_hyphens() {
        assert_eq!(text("1-3 star reviews"), "1\u{2013}3\u{a0}star reviews");
        assert_eq!(text("(2024-2026)."), "(2024\u{2013}2026).");
        for kept in [
            "113-4829105-7731046",
            "2026-03-02",
            "555-1234",
            "+1 415-555-0142",
            "report-1-3.pdf",
            "1-3.pdf",
            "SKU 100-200",
            "03-05",
            "3-1",
            "B0C7KXR2M1",
        ] {
            assert_eq!(text(kept), kept, "{kept}");
        }
    }

    /// Markdown written typeset is read and written again: the second pass changes nothing.
    #[test]
    fn text_typeset_twice_is_typeset_once() {
        for source in [
            "\"No 1-4",
            "(\"SKU\" 2-5)",
            "\"5 stars\" and 'no' 1-3",
            "\"page 1 of 3\"",
            "'em 'No 1-2 '' \"\" \"a\"b\"",
            "\u{c}\"No\t\t1-4\r\r1-4S",
        ] {
            let once = text(source);
            assert_eq!(text(&once), once, "{source:?}");
        }
    }

    #[test]
    fn page_numbers_and_star_ratings_do_not_break() {
        assert_eq!(text("Page 1 of 3"), "Page\u{a0}1\u{a0}of\u{a0}3");
        assert_eq!(text("a 5 star review"), "a 5\u{a0}star review");
        assert_eq!(text("5\nstar"), "5\nstar");
    }

    #[test]
    fn a_character_the_font_lacks_stays_plain_and_plain_reads_a_typeset_text_back() {
        let document = Document {
            blocks: vec![Block::Paragraph {
                content: vec![Inline::plain("\"Don't\" 1-3 star")],
            }],
            ..Document::default()
        };
        let without_curly = |ch: char| !matches!(ch, '\u{201c}' | '\u{201d}');
        let Block::Paragraph { content } = &super::document(&document, without_curly).blocks[0]
        else {
            unreachable!()
        };
        let set = crate::document::plain_text(content);
        assert_eq!(set, "\"Don\u{2019}t\" 1\u{2013}3\u{a0}star");
        assert_eq!(plain(&set), "\"Don't\" 1-3 star");
    }

    #[test]
    fn runs_keep_their_styles_and_quotes_span_them() {
        let content = vec![
            Inline::plain("a \""),
            Inline::Text {
                text: "bold".into(),
                bold: true,
                italic: false,
            },
            Inline::plain("\" end"),
            Inline::Break,
            Inline::plain("\"next\""),
        ];
        let set = inlines(&content);
        assert_eq!(
            crate::document::plain_text(&set),
            "a \u{201c}bold\u{201d} end\n\u{201c}next\u{201d}"
        );
        assert_eq!(set[1], content[1]);
    }
}
