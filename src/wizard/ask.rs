//! One question: the prompt in the seller's language, the check as it is typed, and the
//! answer as a TOML value.

use chrono::NaiveDate;
use dialoguer::Select;
use dialoguer::theme::ColorfulTheme;
use toml::Value;

use super::flow::{Kind, MARKETPLACES};
use super::line::LineEditor;
use crate::case::{ALL_ASINS, CaseDate, DateStyle, formats, typed, validate, written_date};
use crate::compose::view::write_date;
use crate::i18n::interview::{self, Ask};
use crate::i18n::{Bilingual, case as say};
use crate::lang::Lang;
use crate::lint::Linter;
use crate::render::pdf::FontSet;
use crate::rules::Scope;

/// Why a question ended without an answer.
#[derive(Debug)]
pub enum Stop {
    /// Ctrl-C or a closed terminal: answers so far are saved.
    Interrupted,
    /// "back" (返回) typed: the previous question again.
    Back,
    /// Esc: in `poa edit`, leave this part as it is; in `poa new`, the previous question.
    Escape,
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
    /// Where free-text answers are typed (choices are picked from dialoguer's lists).
    pub line: LineEditor,
    pub today: NaiveDate,
    /// An answer the PDF cannot draw is re-asked here rather than failing the render.
    pub fonts: FontSet,
    /// How the letter will write dates (from the marketplace, once chosen): typed dates are
    /// shown back in that style.
    pub date_style: DateStyle,
}

/// Words read as yes or no, in either language (a Chinese keyboard gives 是/否/对/不).
const YES: &[&str] = &["y", "yes", "是", "是的", "对", "对的", "好", "要"];
const NO: &[&str] = &["n", "no", "否", "不", "不是", "不要", "没有", "无"];

impl Ui {
    /// A text of the interview in the seller's language.
    pub fn text(&self, text: Ask) -> &'static str {
        text.get(self.lang)
    }

    /// A yes/no question, answered y/n or 是/否 (对/不), Enter for the default.
    pub fn confirm(&self, question: Ask, default: bool) -> Result<bool, Stop> {
        let choices = if default {
            Ask::YesNoDefaultYes
        } else {
            Ask::YesNoDefaultNo
        };
        let prompt = format!("{}{}", self.text(question), self.text(choices));
        loop {
            let typed = typed::fold(&self.line.read(&prompt, "")?);
            let word = typed.trim().to_lowercase();
            if word.is_empty() {
                return Ok(default);
            }
            if YES.contains(&word.as_str()) {
                return Ok(true);
            }
            if NO.contains(&word.as_str()) {
                return Ok(false);
            }
            self.refuse(self.text(Ask::NotYesNo));
        }
    }

    /// Asks one field; `current` is offered for editing, and a refused answer comes back in
    /// the box. `others` says what the case's other answers make of it. Optional answers
    /// left empty come back as an empty string, so a resumed interview knows they were
    /// answered.
    pub fn ask(
        &self,
        question: Ask,
        kind: Kind,
        current: Option<&Value>,
        others: &dyn Fn(&Value) -> Option<Concern>,
    ) -> Result<Value, Stop> {
        let prompt = self.text(question);
        match kind {
            Kind::Marketplace => return self.choose(prompt, MARKETPLACES, MARKETPLACES, current),
            Kind::Choice(choices) => {
                let values: Vec<&str> = choices.iter().map(|(value, _)| *value).collect();
                let labels: Vec<&str> =
                    choices.iter().map(|(_, label)| self.text(*label)).collect();
                return self.choose(prompt, &values, &labels, current);
            }
            _ => {}
        }
        let mut shown = current.map(shown).unwrap_or_default();
        loop {
            let typed = self.line.read(prompt, &shown)?;
            let text = one_line(&typed);
            if kind != Kind::Date && text != typed.trim() {
                // Pasted lines joined, or Chinese punctuation made English: shown as kept.
                eprintln!("  → {text}");
            }
            shown = text.clone();
            let value = match self.parse(kind, &text) {
                Ok(value) => value,
                Err(why) => {
                    self.refuse(&why);
                    continue;
                }
            };
            let kept = match self.doubt(kind, &text).or_else(|| others(&value)) {
                None => true,
                Some(Concern::Refused(why)) => {
                    self.refuse(self.say(&why));
                    false
                }
                // The seller may keep it: lint or validation then say why again.
                Some(Concern::Doubt(why)) => self.confirm_after(&why)?,
            };
            if !kept {
                continue;
            }
            if let Value::Datetime(date) = &value
                && let Some(date) = CaseDate::parse_iso(&date.to_string())
            {
                eprintln!("  → {} ({date})", write_date(&date, self.date_style));
            }
            return Ok(value);
        }
    }

    /// The typed answer as the value stored, or why it cannot be.
    fn parse(&self, kind: Kind, text: &str) -> Result<Value, String> {
        // A date is read, not written as typed: 年, 月 and 日 are fine there.
        if let Some(ch) = self.fonts.missing_char(text).filter(|_| kind != Kind::Date) {
            return Err(interview::glyph(ch).get(self.lang).to_string());
        }
        let checked = match kind {
            Kind::Text | Kind::Done | Kind::InForce => validate::non_empty(text),
            Kind::Email => validate::email(text),
            Kind::Asin => formats::asin(&text.to_uppercase()),
            Kind::AsinList => asin_list(text)
                .iter()
                .filter(|asin| *asin != ALL_ASINS)
                .try_for_each(|asin| formats::asin(asin)),
            Kind::OrderId => formats::order_id(text),
            Kind::ReviewId => formats::review_id(&text.to_uppercase()),
            Kind::Rating => text
                .parse::<u8>()
                .map_err(|_| say::not_a_rating(text))
                .and_then(validate::rating),
            Kind::Date => {
                let date = written_date::parse_past(text, self.today)
                    .map_err(|why| self.say(&why).to_string())?;
                return date
                    .to_string()
                    .parse()
                    .map(Value::Datetime)
                    .map_err(|e| e.to_string());
            }
            Kind::Optional | Kind::Marketplace | Kind::Choice(_) => Ok(()),
        };
        checked.map_err(|why| self.say(&why).to_string())?;
        Ok(match kind {
            Kind::Rating => Value::Integer(text.parse().unwrap_or(1)),
            Kind::AsinList => {
                Value::Array(asin_list(text).into_iter().map(Value::String).collect())
            }
            Kind::Asin | Kind::ReviewId => Value::String(text.to_uppercase()),
            _ => Value::String(text.to_string()),
        })
    }

    /// A doubt about an answer taken alone: an action or a measure that reads as a promise.
    fn doubt(&self, kind: Kind, text: &str) -> Option<Concern> {
        let why = match kind {
            Kind::Done => Linter::shared()
                .promise(text, Scope::Actions)
                .map(|words| interview::action_is_a_promise(&words)),
            Kind::InForce => Linter::shared()
                .promise(text, Scope::Measures)
                .map(|words| interview::measure_is_a_promise(&words)),
            _ => None,
        };
        why.map(Concern::Doubt)
    }

    /// Shows why an answer may be wrong and asks whether to keep it (default: type it again).
    fn confirm_after(&self, why: &Bilingual) -> Result<bool, Stop> {
        eprintln!("  {}", self.say(why));
        self.confirm(Ask::KeepAnyway, false)
    }

    /// Says why an answer was refused; it is then asked again with the answer in the box.
    fn refuse(&self, why: &str) {
        eprintln!("  ✘ {why}");
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
            .interact_opt()?
            .ok_or(Stop::Escape)?;
        Ok(Value::String(values[chosen].to_string()))
    }

    /// A message in the seller's language.
    fn say<'a>(&self, message: &'a Bilingual) -> &'a str {
        message.get(self.lang)
    }
}

/// What the rest of the case makes of an answer.
pub enum Concern {
    /// It cannot be right (an order after the warning): asked again.
    Refused(Bilingual),
    /// It may be wrong (an ASIN the notice does not name): the seller decides.
    Doubt(Bilingual),
}

/// A stored answer as it is offered for editing.
fn shown(value: &Value) -> String {
    match value {
        Value::String(text) => text.clone(),
        Value::Array(items) => items
            .iter()
            .filter_map(Value::as_str)
            .collect::<Vec<_>>()
            .join(", "),
        other => other.to_string(),
    }
}

/// A typed or pasted answer as one line of English: pasted lines joined by spaces, Chinese
/// punctuation made ASCII, trimmed.
fn one_line(typed: &str) -> String {
    let joined = typed
        .lines()
        .map(str::trim)
        .filter(|line| !line.is_empty())
        .collect::<Vec<_>>()
        .join(" ");
    typed::english(&joined).trim().to_string()
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
