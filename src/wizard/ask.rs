//! One question: the prompt in the seller's language, the check as it is typed, and the
//! answer as a TOML value.

use chrono::NaiveDate;
use dialoguer::theme::ColorfulTheme;
use dialoguer::{Confirm, Input, Select};
use toml::Value;

use super::flow::{Kind, MARKETPLACES};
use crate::case::{ALL_ASINS, DateStyle, formats, validate, written_date};
use crate::compose::view::write_date;
use crate::i18n::interview::{self, Ask};
use crate::i18n::{Bilingual, case as say};
use crate::lang::Lang;
use crate::lint::Linter;
use crate::render::pdf::FontSet;
use crate::rules::Scope;

/// Why the interview stopped before its end.
#[derive(Debug)]
pub enum Stop {
    /// Ctrl-C or a closed terminal: answers so far are saved.
    Interrupted,
    /// The terminal failed.
    Io(std::io::Error),
}

impl From<dialoguer::Error> for Stop {
    fn from(error: dialoguer::Error) -> Self {
        let dialoguer::Error::IO(error) = error;
        match error.kind() {
            std::io::ErrorKind::Interrupted | std::io::ErrorKind::UnexpectedEof => {
                Stop::Interrupted
            }
            _ => Stop::Io(error),
        }
    }
}

/// The seller's language, the look of the prompts, today's date and the letter's fonts.
pub struct Ui {
    pub lang: Lang,
    pub theme: ColorfulTheme,
    pub today: NaiveDate,
    /// An answer the PDF cannot draw is re-asked here rather than failing the render.
    pub fonts: FontSet,
    /// How the letter will write dates (from the marketplace, once chosen): typed dates are
    /// shown back in that style.
    pub date_style: DateStyle,
}

impl Ui {
    /// A text of the interview in the seller's language.
    pub fn text(&self, text: Ask) -> &'static str {
        text.get(self.lang)
    }

    /// A yes/no question.
    pub fn confirm(&self, question: Ask, default: bool) -> Result<bool, Stop> {
        Ok(Confirm::with_theme(&self.theme)
            .with_prompt(self.text(question))
            .default(default)
            .interact()?)
    }

    /// Asks one field; `current` is offered for editing. Optional answers left empty come
    /// back as an empty string, so a resumed interview knows they were answered.
    pub fn ask(&self, question: Ask, kind: Kind, current: Option<&Value>) -> Result<Value, Stop> {
        let prompt = self.text(question);
        match kind {
            Kind::Marketplace => self.choose(prompt, MARKETPLACES, MARKETPLACES, current),
            Kind::Choice(choices) => {
                let values: Vec<&str> = choices.iter().map(|(value, _)| *value).collect();
                let labels: Vec<&str> =
                    choices.iter().map(|(_, label)| self.text(*label)).collect();
                self.choose(prompt, &values, &labels, current)
            }
            Kind::Rating => {
                let text = self.input(prompt, current.map(|v| v.to_string()), |s| {
                    s.trim()
                        .parse::<u8>()
                        .map_err(|_| say::not_a_rating(s.trim()))
                        .and_then(validate::rating)
                        .map_err(|why| self.say(&why))
                })?;
                Ok(Value::Integer(text.trim().parse().unwrap_or(1)))
            }
            Kind::Date => {
                let today = self.today;
                let shown = current.map(|v| v.to_string());
                let text = self.input(prompt, shown, |s| {
                    written_date::parse_past(s, today)
                        .map(|_| ())
                        .map_err(|why| self.say(&why))
                })?;
                let date = written_date::parse_past(&text, today)
                    .map_err(|e| Stop::Io(std::io::Error::other(e.en)))?;
                eprintln!("  → {} ({date})", write_date(&date, self.date_style));
                Ok(Value::Datetime(
                    date.to_string()
                        .parse()
                        .map_err(|e| Stop::Io(std::io::Error::other(e)))?,
                ))
            }
            Kind::AsinList => {
                let shown = current.and_then(Value::as_array).map(|asins| {
                    let asins: Vec<&str> = asins.iter().filter_map(Value::as_str).collect();
                    asins.join(", ")
                });
                let text = self.input(prompt, shown, |s| self.check(kind, s))?;
                Ok(Value::Array(
                    asin_list(&text).into_iter().map(Value::String).collect(),
                ))
            }
            Kind::Done | Kind::InForce => {
                let mut shown = current.and_then(Value::as_str).map(String::from);
                loop {
                    let text =
                        normalise(kind, &self.input(prompt, shown, |s| self.check(kind, s))?);
                    let promise = match kind {
                        Kind::Done => Linter::shared()
                            .promise(&text, Scope::Actions)
                            .map(|words| interview::action_is_a_promise(&words)),
                        _ => Linter::shared()
                            .promise(&text, Scope::Measures)
                            .map(|words| interview::measure_is_a_promise(&words)),
                    };
                    // The seller may keep it: lint then stops the letter, saying why.
                    match promise {
                        Some(why) if !self.confirm_after(&why)? => shown = Some(text),
                        _ => return Ok(Value::String(text)),
                    }
                }
            }
            _ => {
                let shown = current.and_then(Value::as_str).map(String::from);
                let text = self.input(prompt, shown, |s| self.check(kind, s))?;
                Ok(Value::String(normalise(kind, &text)))
            }
        }
    }

    /// Shows why an answer may be wrong and asks whether to keep it (default: type it again).
    fn confirm_after(&self, why: &Bilingual) -> Result<bool, Stop> {
        eprintln!("  {}", self.say(why));
        self.confirm(Ask::KeepAnyway, false)
    }

    /// One of fixed `values`, shown as `labels`; the current value is preselected.
    fn choose(
        &self,
        prompt: &str,
        values: &[&str],
        labels: &[&str],
        current: Option<&Value>,
    ) -> Result<Value, Stop> {
        let at = current
            .and_then(Value::as_str)
            .and_then(|c| values.iter().position(|v| *v == c))
            .unwrap_or(0);
        let chosen = Select::with_theme(&self.theme)
            .with_prompt(prompt)
            .items(labels)
            .default(at)
            .interact()?;
        Ok(Value::String(values[chosen].to_string()))
    }

    fn input(
        &self,
        prompt: &str,
        current: Option<String>,
        check: impl Fn(&str) -> Result<(), String>,
    ) -> Result<String, Stop> {
        let mut input = Input::<String>::with_theme(&self.theme)
            .with_prompt(prompt)
            .allow_empty(true);
        if let Some(current) = current {
            input = input.with_initial_text(current);
        }
        Ok(input.validate_with(|s: &String| check(s)).interact_text()?)
    }

    /// The check for a typed answer, before it is accepted; the reason in the seller's
    /// language.
    fn check(&self, kind: Kind, text: &str) -> Result<(), String> {
        let value = normalise(kind, text);
        if let Some(ch) = self.fonts.missing_char(&value) {
            return Err(interview::glyph(ch).get(self.lang).to_string());
        }
        let result = match kind {
            Kind::Text | Kind::Done | Kind::InForce => validate::non_empty(text),
            Kind::Email => validate::email(&value),
            Kind::Asin => formats::asin(&value),
            Kind::AsinList => asin_list(text)
                .iter()
                .filter(|asin| *asin != ALL_ASINS)
                .try_for_each(|asin| formats::asin(asin)),
            Kind::OrderId => formats::order_id(&value),
            Kind::ReviewId => formats::review_id(&value),
            Kind::Optional | Kind::Date | Kind::Rating | Kind::Marketplace | Kind::Choice(_) => {
                Ok(())
            }
        };
        result.map_err(|why| self.say(&why))
    }

    /// A message in the seller's language.
    fn say(&self, message: &Bilingual) -> String {
        message.get(self.lang).to_string()
    }
}

/// The ASINs of a typed list, in capitals; "all" (or 全部, 所有) as [`ALL_ASINS`].
fn asin_list(text: &str) -> Vec<String> {
    text.split([',', '，', ';', '；', ' ', '、'])
        .filter(|item| !item.is_empty())
        .map(|item| match item.to_lowercase().as_str() {
            "all" | "全部" | "所有" => ALL_ASINS.to_string(),
            _ => item.to_uppercase(),
        })
        .collect()
}

/// What is stored: trimmed, and ids in capitals as Amazon writes them.
fn normalise(kind: Kind, text: &str) -> String {
    let text = text.trim();
    match kind {
        Kind::Asin | Kind::ReviewId => text.to_uppercase(),
        _ => text.to_string(),
    }
}
