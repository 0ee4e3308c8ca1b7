//! Plain text as sellers paste it into Amazon's appeal form: the lines that act as headings
//! ("Root cause:", "1. Corrective actions", "PREVENTIVE MEASURES", "What We Changed", a short
//! line standing alone), bulleted and numbered lists, and paragraphs.

use crate::document::{Block, Inline};

/// A heading line: its words without numbering or colon, and any text after an inline
/// label ("Root cause: the agent sent …").
#[derive(Debug, PartialEq, Eq)]
pub struct HeadingLine {
    pub heading: String,
    pub rest: Option<String>,
}

/// Headings are short: at most this many words (or CJK characters / 2).
const HEADING_WORDS: usize = 12;
/// A line standing alone with no end punctuation is a heading up to this many words.
const ALONE_WORDS: usize = 8;
/// An inline label ("Corrective actions: …") has at most this many words.
const LABEL_WORDS: usize = 6;

/// The blocks of a plain-text draft and the line (1-based) each starts on.
pub fn parse(text: &str) -> (Vec<Block>, Vec<usize>) {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let lines: Vec<&str> = text.lines().collect();
    let mut out = Out::default();
    for (i, raw) in lines.iter().enumerate() {
        let number = i + 1;
        let line = raw.trim();
        if line.is_empty() {
            out.flush();
            continue;
        }
        let blank = |j: Option<usize>| {
            j.and_then(|j| lines.get(j))
                .is_none_or(|l| l.trim().is_empty())
        };
        let alone = blank(i.checked_sub(1)) && blank(Some(i + 1));
        let starts_paragraph = out.paragraph.is_empty() && out.list.is_none();
        let found = heading_line(line, alone)
            .or_else(|| starts_paragraph.then(|| inline_label(line)).flatten());
        if let Some(found) = found {
            out.flush();
            out.push(
                Block::Heading {
                    level: 2,
                    content: vec![Inline::plain(found.heading)],
                },
                number,
            );
            if let Some(rest) = found.rest {
                out.paragraph.push(rest);
                out.paragraph_line = number;
            }
        } else if let Some((ordered, item)) = list_item(line) {
            if !out.paragraph.is_empty() || out.list.as_ref().is_some_and(|(o, _, _)| *o != ordered)
            {
                out.flush();
            }
            match &mut out.list {
                Some((_, items, _)) => items.push(item.to_string()),
                None => out.list = Some((ordered, vec![item.to_string()], number)),
            }
        } else if let Some((_, items, _)) = out
            .list
            .as_mut()
            .filter(|_| raw.starts_with(char::is_whitespace))
        {
            // An indented line continues the item above it.
            if let Some(last) = items.last_mut() {
                last.push('\n');
                last.push_str(line);
            }
        } else {
            if out.list.is_some() {
                out.flush();
            }
            if out.paragraph.is_empty() {
                out.paragraph_line = number;
            }
            out.paragraph.push(line.to_string());
        }
    }
    out.flush();
    (out.blocks, out.starts)
}

#[derive(Default)]
struct Out {
    blocks: Vec<Block>,
    starts: Vec<usize>,
    paragraph: Vec<String>,
    paragraph_line: usize,
    /// An open list: ordered, its items, its first line.
    list: Option<(bool, Vec<String>, usize)>,
}

impl Out {
    fn push(&mut self, block: Block, line: usize) {
        self.blocks.push(block);
        self.starts.push(line);
    }

    fn flush(&mut self) {
        if !self.paragraph.is_empty() {
            let text = std::mem::take(&mut self.paragraph).join("\n");
            self.push(
                Block::Paragraph {
                    content: vec![Inline::plain(text)],
                },
                self.paragraph_line,
            );
        }
        if let Some((ordered, items, line)) = self.list.take() {
            let items = items.into_iter().map(|i| vec![Inline::plain(i)]).collect();
            self.push(Block::List { ordered, items }, line);
        }
    }
}

/// Whether a line acts as a heading; `alone`: blank lines (or the file's ends) around it.
pub fn heading_line(line: &str, alone: bool) -> Option<HeadingLine> {
    let (numbered, body) = strip_numbering(line);
    let body = body.trim();
    let words = word_count(body);
    if words == 0 || words > HEADING_WORDS || !body.chars().any(char::is_alphabetic) {
        return None;
    }
    let ends_sentence = body.ends_with(['.', '!', '?', ';', ',', '。', '！', '？', '；', '，']);
    let heading = |text: &str| {
        Some(HeadingLine {
            heading: text.trim().to_string(),
            rest: None,
        })
    };
    if let Some(label) = body.strip_suffix([':', '：']) {
        return heading(label);
    }
    if ends_sentence {
        return None;
    }
    if is_all_caps(body) || (numbered && words <= ALONE_WORDS) || is_title_case(body) {
        return heading(body);
    }
    if alone && words <= ALONE_WORDS && !body.starts_with(|c: char| c.is_lowercase()) {
        return heading(body);
    }
    None
}

/// An inline label at the start of a paragraph: "Root cause: the agent …" → the label
/// "Root cause" and the text after it. Labels hold no digits, so times and order ids are
/// not labels.
pub fn inline_label(line: &str) -> Option<HeadingLine> {
    let (_, body) = strip_numbering(line);
    let (label, rest) = body.split_once([':', '：'])?;
    // An ASCII colon ends a label only before a space ("https://…", "10:30" do not).
    let spaced = body[label.len()..].starts_with('：') || rest.starts_with(char::is_whitespace);
    let rest = rest.trim();
    let words = word_count(label);
    (words > 0
        && words <= LABEL_WORDS
        && !rest.is_empty()
        && spaced
        && label.chars().next().is_some_and(char::is_alphabetic)
        && !label.chars().any(|c| c.is_ascii_digit()))
    .then(|| HeadingLine {
        heading: label.trim().to_string(),
        rest: Some(rest.to_string()),
    })
}

/// Removes a leading "1.", "2)", "(3)", "A)", "b.", "IV.", "Step 2:", "一、" or "（二）", and
/// says whether there was one.
fn strip_numbering(line: &str) -> (bool, &str) {
    let trimmed = line.trim_start();
    let mut end = 0;
    let chars: Vec<(usize, char)> = trimmed.char_indices().collect();
    let opens = chars.first().is_some_and(|(_, c)| matches!(c, '(' | '（'));
    let from = usize::from(opens);
    let mut i = from;
    while i < chars.len()
        && (chars[i].1.is_ascii_digit() || "一二三四五六七八九十".contains(chars[i].1))
    {
        i += 1;
    }
    let digits = i > from;
    if !digits {
        // One letter or a roman numeral (I, II, IV…) followed by "." or ")".
        while i < chars.len() && chars[i].1.is_ascii_alphabetic() && i - from < 4 {
            i += 1;
        }
        let token: String = chars[from..i].iter().map(|(_, c)| *c).collect();
        let roman = !token.is_empty() && token.chars().all(|c| "IVXivx".contains(c));
        if !(token.chars().count() == 1 || roman) {
            return (false, line);
        }
    }
    match chars.get(i).map(|(_, c)| *c) {
        Some('.' | ')' | '、' | '）' | ':') => {
            end = chars.get(i + 1).map_or(trimmed.len(), |(at, _)| *at)
        }
        // "14 May 2026" is a date, not item 14.
        Some(c)
            if c.is_whitespace()
                && digits
                && !opens
                && !starts_with_month(&trimmed[chars[i].0..]) =>
        {
            end = chars[i].0
        }
        _ => {}
    }
    if end == 0 || (opens && !matches!(chars.get(i).map(|(_, c)| *c), Some(')' | '）'))) {
        return (false, line);
    }
    let rest = &trimmed[end..];
    // "1.5 kg" or "3.30pm" are not numbering.
    if !rest.starts_with(char::is_whitespace) && !rest.starts_with(|c: char| !c.is_ascii()) {
        return (false, line);
    }
    (true, rest.trim_start())
}

/// Whether text starts with an English month's name or its abbreviation ("May", "Sept.").
fn starts_with_month(text: &str) -> bool {
    let word = text
        .trim_start()
        .chars()
        .take_while(char::is_ascii_alphabetic)
        .collect::<String>()
        .to_ascii_lowercase();
    crate::compose::dates::month_number(&word).is_some()
}

/// A list item: a bullet ("•", "-", "*", "–", "·") or a number followed by text that reads
/// as a sentence.
fn list_item(line: &str) -> Option<(bool, &str)> {
    for bullet in ['•', '-', '*', '–', '·', '‣', '▪', '●'] {
        if let Some(rest) = line.strip_prefix(bullet)
            && rest.starts_with(char::is_whitespace)
        {
            return Some((false, rest.trim()));
        }
    }
    match strip_numbering(line) {
        (true, rest) if !rest.is_empty() => Some((true, rest)),
        _ => None,
    }
}

/// Words, counting CJK text as one word per two characters.
fn word_count(text: &str) -> usize {
    let cjk = text.chars().filter(|c| is_cjk(*c)).count();
    text.split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric) && !w.chars().all(is_cjk))
        .count()
        + cjk.div_ceil(2)
}

fn is_cjk(c: char) -> bool {
    matches!(c, '\u{4e00}'..='\u{9fff}' | '\u{3040}'..='\u{30ff}' | '\u{3400}'..='\u{4dbf}')
}

/// "ROOT CAUSE OF THE PROBLEM": at least three letters, none lower case.
fn is_all_caps(text: &str) -> bool {
    text.chars().filter(|c| c.is_alphabetic()).count() >= 3 && !text.chars().any(char::is_lowercase)
}

/// "Corrective Actions Taken": two or more words, the first and every word of four or more
/// letters capitalised, no digits (a date or id is not a heading).
fn is_title_case(text: &str) -> bool {
    let words: Vec<&str> = text.split_whitespace().collect();
    let capital = |w: &str| {
        w.chars()
            .find(|c| c.is_alphabetic())
            .is_some_and(char::is_uppercase)
    };
    words.len() >= 2
        && !text.chars().any(|c| c.is_ascii_digit())
        && words.first().is_some_and(|w| capital(w))
        && words
            .iter()
            .filter(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 4)
            .all(|w| capital(w))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_date_standing_alone_is_a_heading_not_a_numbered_one() {
        let found = heading_line("14 May 2026", true).expect("a heading");
        assert_eq!(found.heading, "14 May 2026");
        assert_eq!(strip_numbering("3 Sept. 2026"), (false, "3 Sept. 2026"));
        assert_eq!(
            strip_numbering("2 Corrective actions"),
            (true, "Corrective actions")
        );
    }

    #[test]
    fn inline_labels_end_at_either_colon() {
        let label = inline_label("卖家编号： A1F4W8ZP0C6NJE").unwrap();
        assert_eq!(label.heading, "卖家编号");
        assert_eq!(label.rest.as_deref(), Some("A1F4W8ZP0C6NJE"));
        assert_eq!(
            inline_label("Root cause: the agent").unwrap().heading,
            "Root cause"
        );
        assert_eq!(inline_label("See https://amazon.com for it"), None);
    }

    #[test]
    fn numbering_is_stripped_only_when_it_is_numbering() {
        assert_eq!(strip_numbering("1. Root cause"), (true, "Root cause"));
        assert_eq!(strip_numbering("(2) Actions"), (true, "Actions"));
        assert_eq!(strip_numbering("B) What we did"), (true, "What we did"));
        assert_eq!(strip_numbering("IV. Prevention"), (true, "Prevention"));
        assert_eq!(strip_numbering("一、根本原因"), (true, "根本原因"));
        assert_eq!(strip_numbering("1.5 kg of rice"), (false, "1.5 kg of rice"));
        assert_eq!(strip_numbering("In March we"), (false, "In March we"));
    }
}
