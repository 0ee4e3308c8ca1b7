//! The stock sentences: every word the templates write themselves, by id, in English and
//! Chinese, with the case fields that license each one.
//!
//! Templates call `say(id="…", name=value…)`; the letter and its Chinese reading copy are
//! the same templates rendered with `lang` set to `en` or `zh`, so they share one structure.

use std::collections::BTreeMap;
use std::sync::{Arc, LazyLock};

use serde::Deserialize;

use crate::case::Voice;
use crate::lang::Lang;

const BUILTIN: &str = include_str!("../../templates/stock.toml");

/// Marks the start of a stock sentence in a marked letter; its id follows, then [`BODY`].
pub const OPEN: char = '\u{E000}';
/// Separates a marked sentence's id from its text.
pub const BODY: char = '\u{E001}';
/// Marks the end of a stock sentence in a marked letter.
pub const CLOSE: char = '\u{E002}';

/// One stock sentence (or label, or heading).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Sentence {
    pub id: String,
    /// Case fields (`warning.quote`, `investigation`) that must be present for the sentence
    /// to be true; empty for framing that is true of every letter.
    #[serde(default)]
    pub needs: Vec<String>,
    pub en: String,
    pub zh: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    sentence: Vec<Sentence>,
}

/// Every stock sentence, by id.
#[derive(Debug)]
pub struct Catalogue {
    sentences: BTreeMap<String, Sentence>,
}

/// The built-in catalogue; a test proves it parses.
pub static BUILTIN_CATALOGUE: LazyLock<Arc<Catalogue>> = LazyLock::new(|| {
    Arc::new(Catalogue::parse(BUILTIN).expect("the built-in stock sentences parse"))
});

impl Catalogue {
    /// Parses a catalogue; an id given twice is an error.
    pub fn parse(text: &str) -> Result<Self, String> {
        let file: File = toml::from_str(text).map_err(|e| e.to_string())?;
        let mut sentences = BTreeMap::new();
        for sentence in file.sentence {
            let id = sentence.id.clone();
            if sentences.insert(id.clone(), sentence).is_some() {
                return Err(format!("stock sentence {id:?} is defined twice"));
            }
        }
        Ok(Catalogue { sentences })
    }

    /// The sentence with this id.
    pub fn get(&self, id: &str) -> Option<&Sentence> {
        self.sentences.get(id)
    }

    /// Every sentence, by id.
    pub fn sentences(&self) -> impl Iterator<Item = &Sentence> {
        self.sentences.values()
    }

    /// A sentence in `lang`, its `{name}` slots filled from `args` and its pronouns from
    /// `voice`.
    pub fn say(
        &self,
        id: &str,
        lang: Lang,
        voice: Voice,
        args: &[(String, String)],
    ) -> Result<String, String> {
        let sentence = self
            .get(id)
            .ok_or_else(|| format!("no stock sentence has the id {id:?}"))?;
        let template = match lang {
            Lang::En => &sentence.en,
            Lang::Zh => &sentence.zh,
        };
        fill(template, |name| {
            args.iter()
                .find(|(key, _)| key == name)
                .map(|(_, value)| value.clone())
                .or_else(|| pronoun(name, lang, voice).map(String::from))
        })
        .map_err(|slot| format!("stock sentence {id:?}: nothing fills {{{slot}}}"))
    }
}

/// Replaces each `{name}` by `value(name)`; the error names a slot nothing fills.
fn fill(template: &str, value: impl Fn(&str) -> Option<String>) -> Result<String, String> {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some(start) = rest.find('{') {
        out.push_str(&rest[..start]);
        let after = &rest[start + 1..];
        let end = after.find('}').ok_or_else(|| after.to_string())?;
        let name = &after[..end];
        out.push_str(&value(name).ok_or_else(|| name.to_string())?);
        rest = &after[end + 1..];
    }
    out.push_str(rest);
    Ok(out)
}

/// Pronouns and the verb endings that agree with them, by voice.
fn pronoun(name: &str, lang: Lang, voice: Voice) -> Option<&'static str> {
    let forms: [&str; 3] = match (lang, name) {
        (Lang::En, "we") => ["we", "I", "the owner"],
        (Lang::En, "We") => ["We", "I", "The owner"],
        (Lang::En, "our") => ["our", "my", "the owner's"],
        (Lang::En, "Our") => ["Our", "My", "The owner's"],
        (Lang::En, "s") => ["", "", "s"],
        (Lang::En, "es") => ["", "", "es"],
        (Lang::En, "have") => ["have", "have", "has"],
        (Lang::Zh, "we" | "We") => ["我们", "我", "店主"],
        (Lang::Zh, "our" | "Our") => ["我们的", "我的", "店主的"],
        (Lang::Zh, "s" | "es" | "have") => ["", "", ""],
        _ => return None,
    };
    Some(match voice {
        Voice::We => forms[0],
        Voice::I => forms[1],
        Voice::TheOwner => forms[2],
    })
}

/// The template function `say(id=…, …)`: a stock sentence in the context's `lang` and
/// `voice`, marked with its id when the context sets `mark_stock`.
pub fn register(tera: &mut tera::Tera, catalogue: Arc<Catalogue>) {
    tera.register_function(
        "say",
        move |kwargs: tera::Kwargs, state: &tera::State| -> tera::TeraResult<String> {
            let id: String = kwargs.must_get::<&str>("id")?.to_string();
            let args: Vec<(String, String)> = kwargs
                .iter()
                .filter(|(key, _)| key.as_str() != Some("id"))
                .map(|(key, value)| {
                    let key = key.as_str().unwrap_or_default().to_string();
                    (key, value_text(value))
                })
                .collect();
            let lang = match state.get::<String>("lang")?.as_deref() {
                Some("zh") => Lang::Zh,
                _ => Lang::En,
            };
            let voice = match state.get::<String>("voice")?.as_deref() {
                Some("i") => Voice::I,
                Some("the-owner") => Voice::TheOwner,
                _ => Voice::We,
            };
            let said = catalogue
                .say(&id, lang, voice, &args)
                .map_err(tera::Error::message)?;
            Ok(if state.get::<bool>("mark_stock")?.unwrap_or(false) {
                format!("{OPEN}{id}{BODY}{said}{CLOSE}")
            } else {
                said
            })
        },
    );
}

/// A marked letter with every stock sentence taken out.
pub fn without_stock(marked: &str) -> String {
    let mut out = String::with_capacity(marked.len());
    let mut depth = 0usize;
    for ch in marked.chars() {
        match ch {
            OPEN => depth += 1,
            CLOSE => depth = depth.saturating_sub(1),
            _ if depth == 0 => out.push(ch),
            _ => {}
        }
    }
    out
}

/// The ids of the stock sentences in a marked letter, in order.
pub fn marked_ids(marked: &str) -> Vec<&str> {
    marked
        .split(OPEN)
        .skip(1)
        .filter_map(|rest| rest.split_once(BODY).map(|(id, _)| id))
        .collect()
}

fn value_text(value: &tera::Value) -> String {
    value
        .as_str()
        .map(String::from)
        .unwrap_or_else(|| value.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slots_and_pronouns_are_filled() {
        let catalogue = Catalogue::parse(
            "[[sentence]]\nid = \"a\"\nneeds = [\"x\"]\nen = \"{We} accept{s} it on {date}.\"\nzh = \"{we}于{date}接受。\"\n",
        )
        .unwrap();
        let args = [("date".to_string(), "May 1".to_string())];
        assert_eq!(
            catalogue
                .say("a", Lang::En, Voice::TheOwner, &args)
                .unwrap(),
            "The owner accepts it on May 1."
        );
        assert_eq!(
            catalogue.say("a", Lang::En, Voice::I, &args).unwrap(),
            "I accept it on May 1."
        );
        assert_eq!(
            catalogue.say("a", Lang::Zh, Voice::We, &args).unwrap(),
            "我们于May 1接受。"
        );
        assert!(catalogue.say("a", Lang::En, Voice::We, &[]).is_err());
        assert!(catalogue.say("b", Lang::En, Voice::We, &[]).is_err());
    }

    #[test]
    fn an_id_given_twice_is_refused() {
        let one = "[[sentence]]\nid = \"a\"\nen = \"A\"\nzh = \"甲\"\n";
        assert!(Catalogue::parse(&format!("{one}{one}")).is_err());
    }
}
