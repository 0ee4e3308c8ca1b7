//! Words as the originality check compares them: Unicode-normalised (NFKC), case-folded,
//! punctuation and quote styles ignored, each remembering where it stands in its text.

use std::ops::Range;

use unicode_normalization::UnicodeNormalization;

use crate::compose::SLOT;

/// A word's identity: the hash of its normalised form.
pub type Word = u64;

/// The word that stands for "a fact from the case goes here" in stock text.
pub const SLOT_WORD: Word = 0;

/// A text's words and the byte range of each in the original text.
#[derive(Debug, Clone, Default)]
pub struct Tokens {
    pub words: Vec<Word>,
    pub spans: Vec<Range<usize>>,
}

/// Splits text into normalised words. A [`SLOT`] becomes [`SLOT_WORD`].
pub fn tokenize(text: &str) -> Tokens {
    let mut tokens = Tokens::default();
    // The word being read, as written: normalised as a whole when it ends, so composed and
    // decomposed accents read alike.
    let mut start = None;
    let mut folded = String::new();
    let mut finish = |start: &mut Option<usize>, end: usize, tokens: &mut Tokens| {
        if let Some(from) = start.take()
            && fold(&text[from..end], &mut folded)
        {
            tokens.words.push(hash(&folded));
            tokens.spans.push(from..end);
        }
    };
    for (at, ch) in text.char_indices() {
        if ch == SLOT {
            finish(&mut start, at, &mut tokens);
            tokens.words.push(SLOT_WORD);
            tokens.spans.push(at..at + ch.len_utf8());
        } else if ch.is_alphanumeric() || (start.is_some() && (is_apostrophe(ch) || is_mark(ch))) {
            start.get_or_insert(at);
        } else {
            finish(&mut start, at, &mut tokens);
        }
    }
    finish(&mut start, text.len(), &mut tokens);
    tokens
}

/// A word's compared form: NFKC (ligatures and full-width letters read as plain ones),
/// lower case, letters and digits only. False when nothing is left.
fn fold(word: &str, into: &mut String) -> bool {
    into.clear();
    if word.is_ascii() {
        into.extend(
            word.chars()
                .filter(char::is_ascii_alphanumeric)
                .map(|ch| ch.to_ascii_lowercase()),
        );
    } else {
        into.extend(
            word.nfkc()
                .flat_map(char::to_lowercase)
                .filter(|ch| ch.is_alphanumeric()),
        );
    }
    !into.is_empty()
}

fn is_mark(ch: char) -> bool {
    unicode_normalization::char::is_combining_mark(ch)
}

fn is_apostrophe(ch: char) -> bool {
    matches!(ch, '\'' | '’' | '‘' | 'ʼ' | '′')
}

/// Stable across runs and platforms, and never the slot's 0.
fn hash(word: &str) -> Word {
    crate::stable_hash::fnv1a(word.bytes()).max(1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn case_quotes_punctuation_and_compatibility_forms_are_ignored() {
        let plain = tokenize("We took the store's \"first\" step -- today.");
        let styled = tokenize("WE  took the store’s “ﬁrst” step — TODAY");
        assert_eq!(plain.words, styled.words);
    }

    #[test]
    fn composed_and_decomposed_accents_read_alike() {
        assert_eq!(
            tokenize("caf\u{e9} ouvert").words,
            tokenize("cafe\u{301} ouvert").words
        );
        assert_eq!(tokenize("cafe\u{301}").spans, vec![0..6]);
    }

    #[test]
    fn words_keep_their_place_in_the_text() {
        let text = "Dear  team, thanks";
        let tokens = tokenize(text);
        let words: Vec<&str> = tokens.spans.iter().map(|s| &text[s.clone()]).collect();
        assert_eq!(words, ["Dear", "team", "thanks"]);
    }

    #[test]
    fn a_slot_is_its_own_word() {
        let tokens = tokenize(&format!("on {SLOT} we"));
        assert_eq!(tokens.words.len(), 3);
        assert_eq!(tokens.words[1], SLOT_WORD);
    }
}
