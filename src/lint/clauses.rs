//! A draft's text as the wording rules read it: quotes folded to straight ones, quoted text
//! (the policy's or the notice's words, not the seller's) blanked out, split into clauses,
//! and whether a clause negates what a rule matched.

use std::ops::Range;

/// Curly and typographic quotes as straight ones, so one pattern covers both; every later
/// step reads this folded text.
pub fn fold_quotes(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            '\u{2018}' | '\u{2019}' | '\u{201a}' | '\u{2032}' | '`' => '\'',
            '\u{201c}' | '\u{201d}' | '\u{201e}' | '\u{2033}' | '«' | '»' | '「' | '」' | '『'
            | '』' => '"',
            c => c,
        })
        .collect()
}

/// The folded text with every quoted passage replaced by spaces of the same length, so
/// offsets stay the same: "…" always, '…' when the quotes stand apart from words (an
/// apostrophe in "don't" opens nothing).
pub fn mask_quoted(text: &str) -> String {
    let mut masked = text.as_bytes().to_vec();
    let bytes = text.as_bytes();
    let mut open: Option<(u8, usize)> = None;
    for (at, &b) in bytes.iter().enumerate() {
        match (open, b) {
            (_, b'\n') => open = None,
            (None, b'"') => open = Some((b'"', at)),
            (None, b'\'') if at == 0 || !bytes[at - 1].is_ascii_alphanumeric() => {
                open = Some((b'\'', at))
            }
            (Some((quote, start)), b) if b == quote => {
                let closes = quote == b'"'
                    || bytes
                        .get(at + 1)
                        .is_none_or(|next| !next.is_ascii_alphanumeric());
                if closes {
                    masked[start + 1..at].fill(b' ');
                    open = None;
                }
            }
            _ => {}
        }
    }
    // Only ASCII spaces replaced whole quoted spans, so the bytes are still UTF-8… unless a
    // span started or ended inside a character, which quotes (ASCII) cannot.
    String::from_utf8(masked).unwrap_or_else(|_| text.to_string())
}

/// The clauses of a block: sentences (ended by . ! ? or ;), and lines that start anew
/// (a line break before a capital letter, a digit or a bullet, or after end punctuation).
pub fn clauses(text: &str) -> Vec<Range<usize>> {
    let bytes = text.as_bytes();
    let mut clauses = Vec::new();
    let mut start = 0;
    for (at, ch) in text.char_indices() {
        let next = text[at + ch.len_utf8()..].chars().next();
        let ends = match ch {
            '.' | '!' | '?' | ';' => {
                next.is_none_or(char::is_whitespace) && !is_abbreviation(&text[start..at])
            }
            '。' | '！' | '？' | '；' => true,
            '\n' => {
                let before = text[start..at].trim_end();
                before.ends_with([':', '.', '!', '?', ';'])
                    || next.is_none_or(|c| !c.is_lowercase())
            }
            _ => false,
        };
        if ends {
            push_clause(&mut clauses, bytes, start, at + ch.len_utf8());
            start = at + ch.len_utf8();
        }
    }
    push_clause(&mut clauses, bytes, start, text.len());
    clauses
}

fn push_clause(clauses: &mut Vec<Range<usize>>, bytes: &[u8], start: usize, end: usize) {
    let mut range = start..end;
    while range.start < range.end && bytes[range.start].is_ascii_whitespace() {
        range.start += 1;
    }
    while range.end > range.start && bytes[range.end - 1].is_ascii_whitespace() {
        range.end -= 1;
    }
    if !range.is_empty() {
        clauses.push(range);
    }
}

/// "e.g." and "Mr." do not end a sentence.
fn is_abbreviation(before: &str) -> bool {
    let word = before
        .rsplit(|c: char| c.is_whitespace() || c == '(')
        .next()
        .unwrap_or("")
        .to_ascii_lowercase();
    matches!(
        word.as_str(),
        "e.g"
            | "i.e"
            | "mr"
            | "mrs"
            | "ms"
            | "dr"
            | "no"
            | "vs"
            | "etc"
            | "approx"
            | "inc"
            | "ltd"
            | "co"
    ) || (word.len() == 1 && word.chars().all(|c| c.is_ascii_alphabetic()))
}

/// Words that negate what follows them within a few words.
const NEGATIONS: [&str; 9] = [
    "not", "never", "no", "nor", "without", "cannot", "neither", "none", "nothing",
];
/// How far back a negation reaches, in words.
const NEGATION_REACH: usize = 6;

/// Whether a match (`found` in `clause`) is negated: a negation within a few words before
/// it, not cut off by a comma or "but" ("it was not the buyers' fault"), or right after it
/// ("we will never trade …").
pub fn negated(clause: &str, found: std::ops::Range<usize>) -> bool {
    let is_negation = |word: &str| {
        let word = word.to_ascii_lowercase();
        NEGATIONS.contains(&word.as_str()) || word.ends_with("n't")
    };
    let words = |text: &str| -> Vec<String> {
        text.split(|c: char| !c.is_alphanumeric() && c != '\'')
            .filter(|w| !w.is_empty())
            .map(str::to_string)
            .collect()
    };
    if words(&clause[found.end..])
        .iter()
        .take(1)
        .any(|w| is_negation(w))
    {
        return true;
    }
    let before = &clause[..found.start];
    let before = before
        .rsplit_once([',', ':'])
        .map_or(before, |(_, after)| after);
    let before = before
        .rsplit_once(" but ")
        .map_or(before, |(_, after)| after);
    words(before)
        .iter()
        .rev()
        .take(NEGATION_REACH)
        .any(|w| is_negation(w))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quoted_text_is_blanked_and_apostrophes_are_not_quotes() {
        let text = fold_quotes("The notice said “refunds for reviews are unfair”; we don’t argue.");
        let masked = mask_quoted(&text);
        assert!(!masked.contains("unfair"));
        assert!(masked.contains("we don't argue"));
        assert_eq!(masked.len(), text.len());
    }

    #[test]
    fn clauses_end_at_sentences_and_new_lines() {
        let text = "We removed it on 3 March. This won't happen again; we checked.\nAnother line\nand its end";
        let found: Vec<&str> = clauses(text).into_iter().map(|r| &text[r]).collect();
        assert_eq!(
            found,
            [
                "We removed it on 3 March.",
                "This won't happen again;",
                "we checked.",
                "Another line\nand its end"
            ]
        );
    }

    #[test]
    fn negation_reaches_a_few_words_back_within_the_clause() {
        let clause = "We will never trade products for reviews";
        assert!(negated(clause, 0..7));
        let clause = "It was not the buyers' fault";
        assert!(negated(
            clause,
            clause.find("buyers").unwrap()..clause.len()
        ));
        let clause = "It was not our fault, the buyer lied";
        assert!(!negated(
            clause,
            clause.find("buyer").unwrap()..clause.len()
        ));
    }
}
