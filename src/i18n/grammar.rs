//! What the grammar hints say: a short text of our own for each kind of hint the grammar
//! checker gives (its own messages are English only), and how one hint is shown.

use super::{Bilingual, texts};

texts! {
    /// A kind of grammar hint.
    pub enum Hint {
        Agreement => "the verb does not agree with its subject", "动词与主语不一致";
        WordBoundary => "words joined or split in the wrong place", "词语的连写或拆分有误";
        Capitals => "capital letters", "大小写有误";
        SoundAlike => "a word that sounds like the one meant", "用了读音相近的另一个词";
        Grammar => "grammar", "语法有误";
        Punctuation => "punctuation", "标点有误";
        WordChoice => "word choice or usage", "用词不当";
        Repeated => "repeated or redundant words", "词语重复或多余";
        Typo => "a mistyped word", "词语有笔误";
        WordOrder => "word order", "语序有误";
        Other => "check this wording", "请检查这里的措辞";
    }
}

/// One hint: what kind, the words it is about, and the checker's suggestions as they are
/// ("checked" → "check"), or nothing to suggest.
pub fn hint(kind: Hint, words: &str, suggestions: &[String]) -> Bilingual {
    use crate::lang::Lang;
    let quoted = |open: &str, close: &str| {
        suggestions
            .iter()
            .map(|s| format!("{open}{s}{close}"))
            .collect::<Vec<_>>()
    };
    match suggestions {
        [] => Bilingual {
            en: format!("{}: \"{words}\"", kind.get(Lang::En)),
            zh: format!("{}：“{words}”", kind.get(Lang::Zh)),
        },
        _ => Bilingual {
            en: format!(
                "{}: \"{words}\" → {}",
                kind.get(Lang::En),
                quoted("\"", "\"").join(" or ")
            ),
            zh: format!(
                "{}：“{words}” → {}",
                kind.get(Lang::Zh),
                quoted("“", "”").join(" 或 ")
            ),
        },
    }
}

/// The hints on one answer of the interview, under the sentence as the letter prints it.
pub fn in_answer(sentence: &str, hints: &[Bilingual]) -> Bilingual {
    let lines = |pick: fn(&Bilingual) -> &str| {
        hints
            .iter()
            .map(|hint| format!("\n    {}", pick(hint)))
            .collect::<String>()
    };
    Bilingual {
        en: format!(
            "Grammar hints on \"{sentence}\" (as the letter prints it):{}",
            lines(|h| &h.en)
        ),
        zh: format!("语法提示（信中写作“{sentence}”）：{}", lines(|h| &h.zh)),
    }
}
