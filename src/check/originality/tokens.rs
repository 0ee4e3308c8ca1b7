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
    let mut word = String::new();
    let mut start = 0;
    let finish = |word: &mut String, start: usize, end: usize, tokens: &mut Tokens| {
        if !word.is_empty() {
            tokens.words.push(hash(word));
            tokens.spans.push(start..end);
            word.clear();
        }
    };
    for (at, ch) in text.char_indices() {
        if ch == SLOT {
            finish(&mut word, start, at, &mut tokens);
            tokens.words.push(SLOT_WORD);
            tokens.spans.push(at..at + ch.len_utf8());
            continue;
        }
        // Compatibility forms (ligatures, full-width letters) read as their plain letters.
        let mut any = false;
        for folded in std::iter::once(ch).nfkc().flat_map(char::to_lowercase) {
            if folded.is_alphanumeric() {
                if word.is_empty() {
                    start = at;
                }
                word.push(folded);
                any = true;
            }
        }
        // Apostrophes of any style join a word ("store's", "store’s"); other marks split.
        let joins_word = is_apostrophe(ch) && !word.is_empty();
        if !any && !joins_word {
            finish(&mut word, start, at, &mut tokens);
        }
    }
    finish(&mut word, start, text.len(), &mut tokens);
    tokens
}

fn is_apostrophe(ch: char) -> bool {
    matches!(ch, '\'' | '’' | '‘' | 'ʼ' | '′')
}

/// FNV-1a: stable across runs and platforms, and never the slot's 0 in practice.
fn hash(word: &str) -> Word {
    let h = word.bytes().fold(0xcbf2_9ce4_8422_2325u64, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    });
    h.max(1)
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
