//! Text as a Chinese keyboard types it, made into the ASCII the English letter uses:
//! full-width letters, digits and punctuation (，。：；（）！？), Chinese quotes and the
//! ideographic space.

/// The ASCII counterpart of a full-width or Chinese punctuation character, if it has one.
pub fn ascii(ch: char) -> Option<char> {
    Some(match ch {
        // The full-width forms of ASCII sit at a fixed offset from it.
        '\u{FF01}'..='\u{FF5E}' => char::from_u32(ch as u32 - 0xFEE0)?,
        '\u{3000}' => ' ',
        '。' | '｡' => '.',
        '、' => ',',
        '“' | '”' | '「' | '」' | '『' | '』' => '"',
        '‘' | '’' => '\'',
        '【' => '[',
        '】' => ']',
        _ => return None,
    })
}

/// Every character folded with [`ascii`], nothing else changed (for dates and ids).
pub fn fold(text: &str) -> String {
    text.chars().map(|ch| ascii(ch).unwrap_or(ch)).collect()
}

/// An English answer typed with Chinese punctuation, as English writes it: each mark made
/// ASCII, with the space after a comma or full stop (and around brackets) that a Chinese
/// keyboard leaves out, and none before it.
pub fn english(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    for (i, &ch) in chars.iter().enumerate() {
        let Some(plain) = ascii(ch).filter(|_| !ch.is_ascii()) else {
            out.push(ch);
            continue;
        };
        let next = chars.get(i + 1).copied();
        let word_follows = next.is_some_and(|c| c.is_alphanumeric() || c == '(' || c == '（');
        match plain {
            ',' | '.' | ':' | ';' | '!' | '?' | ')' => {
                let kept = out.trim_end_matches(' ').len();
                out.truncate(kept);
                out.push(plain);
                if word_follows {
                    out.push(' ');
                }
            }
            '(' => {
                if out.ends_with(|c: char| c.is_alphanumeric()) {
                    out.push(' ');
                }
                out.push(plain);
            }
            '"' | '\'' if matches!(ch, '“' | '‘' | '「' | '『') => {
                if out.ends_with(|c: char| c.is_alphanumeric()) {
                    out.push(' ');
                }
                out.push(plain);
            }
            '"' | '\'' if matches!(ch, '”' | '」' | '』') => {
                out.push(plain);
                if word_follows {
                    out.push(' ');
                }
            }
            _ => out.push(plain),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chinese_punctuation_becomes_english_punctuation_with_its_spaces() {
        for (typed, english_text) in [
            (
                "We stopped，and checked。Then：nothing",
                "We stopped, and checked. Then: nothing",
            ),
            (
                "Mei Lin（customer service）approves it",
                "Mei Lin (customer service) approves it",
            ),
            (
                "She wrote “change it”to them",
                "She wrote \"change it\" to them",
            ),
            ("buyer’s review！Why？", "buyer's review! Why?"),
            ("Ｂ０Ｃ７ＫＸＲ２Ｍ１", "B0C7KXR2M1"),
            ("already fine, and ASCII.", "already fine, and ASCII."),
            ("ends here 。", "ends here."),
        ] {
            assert_eq!(english(typed), english_text, "{typed}");
        }
    }

    #[test]
    fn fold_changes_characters_only() {
        assert_eq!(fold("２０２６年９月２８日。"), "2026年9月28日.");
        assert_eq!(fold("陈静"), "陈静");
    }
}
