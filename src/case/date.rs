//! Calendar dates in case files: TOML dates (`2026-03-02`) or the same as a string.

use std::fmt;

use chrono::NaiveDate;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A calendar date without time or zone.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct CaseDate(pub NaiveDate);

impl CaseDate {
    /// Parses `YYYY-MM-DD`.
    pub fn parse_iso(text: &str) -> Option<Self> {
        NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d")
            .ok()
            .map(CaseDate)
    }
}

impl fmt::Display for CaseDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0.format("%Y-%m-%d"))
    }
}

impl Serialize for CaseDate {
    /// Written back as a bare TOML date, as a person would type it.
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let datetime: toml::value::Datetime = self
            .to_string()
            .parse()
            .map_err(serde::ser::Error::custom)?;
        datetime.serialize(serializer)
    }
}

impl<'de> Deserialize<'de> for CaseDate {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        #[derive(Deserialize)]
        #[serde(untagged)]
        enum Raw {
            Toml(toml::value::Datetime),
            Text(String),
        }
        let text = match Raw::deserialize(deserializer)? {
            Raw::Toml(datetime) if datetime.time.is_none() && datetime.offset.is_none() => {
                datetime.to_string()
            }
            Raw::Toml(datetime) => {
                return Err(serde::de::Error::custom(format!(
                    "expected a date like 2026-03-02, found date-time {datetime}"
                )));
            }
            Raw::Text(text) => text,
        };
        CaseDate::parse_iso(&text).ok_or_else(|| {
            serde::de::Error::custom(format!("expected a date like 2026-03-02, found {text:?}"))
        })
    }
}

impl schemars::JsonSchema for CaseDate {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Date".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({ "type": "string", "format": "date" })
    }
}
