//! The wizard's words, one table per language.

mod en;
mod zh;

use crate::lang::Lang;

/// The text for a key in a language (English when a key is missing, never a panic).
pub fn get(lang: Lang, key: &str) -> &'static str {
    let found = match lang {
        Lang::En => en::text(key),
        Lang::Zh => zh::text(key),
    };
    found.or_else(|| en::text(key)).unwrap_or("?")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::wizard::flow::text_keys;

    #[test]
    fn every_language_has_every_text() {
        for key in text_keys() {
            assert!(en::text(&key).is_some(), "English lacks {key}");
            assert!(zh::text(&key).is_some(), "Chinese lacks {key}");
        }
    }

    #[test]
    fn every_reason_an_answer_is_refused_is_in_chinese() {
        for reason in [
            "glyph",
            "text",
            "email",
            "asin",
            "order_id",
            "review_id",
            "rating",
            "date",
        ] {
            assert!(zh::text(&format!("why.{reason}")).is_some(), "{reason}");
        }
    }
}
