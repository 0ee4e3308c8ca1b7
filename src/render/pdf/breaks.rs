//! Where a line may break inside text written without spaces: Chinese (and Japanese) breaks
//! between any two characters, except that closing punctuation never starts a line and
//! opening punctuation never ends one.

/// Whether a line may break between `before` and `after`, two characters of one word.
pub fn between(before: char, after: char) -> bool {
    (is_wide(before) || is_wide(after)) && !closes(after) && !opens(before)
}

/// Han ideographs, kana, and the full-width forms and punctuation written with them.
fn is_wide(ch: char) -> bool {
    matches!(ch,
        '\u{2E80}'..='\u{9FFF}' | '\u{F900}'..='\u{FAFF}' | '\u{FE30}'..='\u{FE4F}'
        | '\u{FF00}'..='\u{FFEF}' | '\u{20000}'..='\u{3FFFF}')
}

/// Punctuation that belongs to the end of what comes before it.
fn closes(ch: char) -> bool {
    matches!(
        ch,
        '，' | '。'
            | '、'
            | '；'
            | '：'
            | '！'
            | '？'
            | '）'
            | '」'
            | '』'
            | '》'
            | '】'
            | '”'
            | '’'
            | ','
            | '.'
            | ';'
            | ':'
            | '!'
            | '?'
            | ')'
            | '…'
    )
}

/// Punctuation that belongs to the start of what follows it.
fn opens(ch: char) -> bool {
    matches!(ch, '（' | '「' | '『' | '《' | '【' | '“' | '‘' | '(')
}

#[cfg(test)]
mod tests {
    use super::between;

    #[test]
    fn chinese_breaks_between_characters_but_not_before_closing_punctuation() {
        assert!(between('卖', '家'));
        assert!(between('号', 'A'));
        assert!(!between('号', '：'));
        assert!(!between('（', 'P'));
        assert!(!between('n', ')'));
        assert!(!between('a', 'b'), "Latin words stay whole");
    }
}
