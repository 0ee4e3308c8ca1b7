//! Every message poa shows a person, in each language it speaks.
//!
//! Texts are typed tables written with [`texts!`] and [`messages!`]: each entry names its
//! English and its Chinese, so a text missing in one language does not compile.
//! Formatted messages come back as [`Bilingual`] and the language is picked where they are
//! printed, so the library never needs to know who is reading.

pub mod case;
pub mod checks;
pub mod errors;
pub mod fields;
pub mod grammar;
pub mod interview;
pub mod report;
pub mod revise;

use crate::lang::Lang;

/// A message in every language poa speaks; printed in one of them.
#[derive(Debug, Clone, PartialEq, Eq, Hash, serde::Serialize)]
pub struct Bilingual {
    pub en: String,
    pub zh: String,
}

impl Bilingual {
    /// Text that reads the same in every language: an id, or words from another program.
    pub fn same(text: impl Into<String>) -> Self {
        let text = text.into();
        Bilingual {
            en: text.clone(),
            zh: text,
        }
    }

    /// The message in `lang`.
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::En => &self.en,
            Lang::Zh => &self.zh,
        }
    }
}

/// The most characters of a seller's value an error message quotes.
const EXCERPT: usize = 60;

/// Text as an error message shows it: on one line, and cut short (with "…") past
/// [`EXCERPT`] characters, so a huge field does not flood the terminal.
pub fn excerpt_lines(text: &str) -> String {
    let one_line: String = text
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    if one_line.chars().count() <= EXCERPT {
        return one_line;
    }
    let cut: String = one_line.chars().take(EXCERPT).collect();
    format!("{cut}…")
}

/// An enum of fixed texts, each with its English and Chinese, and `get(lang)`.
macro_rules! texts {
    ($(#[$meta:meta])* $vis:vis enum $name:ident {
        $($(#[$doc:meta])* $id:ident => $en:literal, $zh:literal;)*
    }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        $vis enum $name { $($(#[$doc])* $id,)* }

        impl $name {
            /// Every text of the table, for the catalogue's tests.
            #[cfg(test)]
            pub const ALL: &[$name] = &[$($name::$id,)*];

            /// The text in `lang`.
            pub fn get(self, lang: $crate::lang::Lang) -> &'static str {
                match (self, lang) {
                    $(
                        ($name::$id, $crate::lang::Lang::En) => $en,
                        ($name::$id, $crate::lang::Lang::Zh) => $zh,
                    )*
                }
            }
        }
    };
}

/// Functions that fill their arguments into an English and a Chinese text (`{name}`
/// placeholders, as in `format!`) and return both as a [`Bilingual`].
macro_rules! messages {
    ($($(#[$doc:meta])* $vis:vis fn $id:ident($($arg:ident: $ty:ty),* $(,)?) => $en:literal, $zh:literal;)*) => {
        $(
            $(#[$doc])*
            $vis fn $id($($arg: $ty),*) -> $crate::i18n::Bilingual {
                $crate::i18n::Bilingual { en: format!($en), zh: format!($zh) }
            }
        )*

        /// Each message's name and its English and Chinese texts, for the catalogue's tests.
        #[cfg(test)]
        pub const FORMATS: &[(&str, &str, &str)] = &[$((stringify!($id), $en, $zh),)*];
    };
}

pub(crate) use {messages, texts};

#[cfg(test)]
mod tests {
    use super::*;

    fn has_chinese(text: &str) -> bool {
        text.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c))
    }

    /// The placeholders of a format text, in order of first use.
    fn placeholders(text: &str) -> Vec<&str> {
        let mut found: Vec<&str> = text
            .split('{')
            .skip(1)
            .filter_map(|rest| rest.split_once('}'))
            .map(|(name, _)| name.split(':').next().unwrap_or(name))
            .collect();
        found.sort_unstable();
        found.dedup();
        found
    }

    /// Every formatted message, as (name, English, Chinese).
    fn formats() -> impl Iterator<Item = (&'static str, &'static str, &'static str)> {
        [
            interview::FORMATS,
            case::FORMATS,
            checks::FORMATS,
            errors::FORMATS,
            report::FORMATS,
            revise::FORMATS,
        ]
        .into_iter()
        .flatten()
        .copied()
    }

    /// Every table's texts, as (English, Chinese).
    pub(super) fn every_text() -> Vec<(&'static str, &'static str)> {
        let mut all: Vec<_> = interview::Ask::ALL
            .iter()
            .map(|t| (t.get(Lang::En), t.get(Lang::Zh)))
            .collect();
        all.extend(
            report::Batch::ALL
                .iter()
                .map(|t| (t.get(Lang::En), t.get(Lang::Zh))),
        );
        all.extend(
            fields::Item::ALL
                .iter()
                .map(|t| (t.get(Lang::En), t.get(Lang::Zh))),
        );
        all.extend(
            grammar::Hint::ALL
                .iter()
                .map(|t| (t.get(Lang::En), t.get(Lang::Zh))),
        );
        all.extend(
            revise::Revise::ALL
                .iter()
                .map(|t| (t.get(Lang::En), t.get(Lang::Zh))),
        );
        all.extend(formats().map(|(_, en, zh)| (en, zh)));
        all
    }

    #[test]
    fn every_chinese_text_is_chinese_and_every_english_one_is_not() {
        for (en, zh) in every_text() {
            assert!(has_chinese(zh), "not translated: {zh:?}");
            assert!(!has_chinese(en), "Chinese in the English text: {en:?}");
        }
    }

    #[test]
    fn both_languages_of_a_message_fill_in_the_same_values() {
        for (name, en, zh) in formats() {
            assert_eq!(placeholders(en), placeholders(zh), "{name}");
        }
    }
}
