//! The case file: its model, loading with source positions, and validation.

pub mod date;
pub mod formats;
pub mod model;
pub mod rounds;
pub mod spans;
mod structure;
pub mod typed;
pub mod validate;
pub mod written_date;

use std::path::Path;

use chrono::NaiveDate;

pub use date::CaseDate;
pub use model::*;

use crate::error::{Diagnostic, Error, Result};
use crate::i18n::{Bilingual, case as say};
use spans::SourceMap;
use validate::Severity;

/// A case read from disk, with the warnings validation raised (errors stop loading).
#[derive(Debug, Clone)]
pub struct Loaded {
    pub case: Case,
    pub warnings: Vec<Diagnostic>,
}

/// Whether a path names a case file: `.toml`, in any case (`CASE.TOML` as Windows tools
/// save it).
pub fn is_case_file(path: &Path) -> bool {
    path.extension()
        .is_some_and(|ext| ext.eq_ignore_ascii_case("toml"))
}

/// Reads, parses and validates a case file against today's date.
pub fn load(path: &Path) -> Result<Loaded> {
    let bytes = crate::fsio::read_bounded(path, crate::fsio::TEXT_LIMIT)?;
    let text = match String::from_utf8(bytes) {
        Ok(text) => crate::fsio::plain_text(text),
        Err(e) => {
            let offset = e.utf8_error().valid_up_to();
            let valid = String::from_utf8_lossy(&e.as_bytes()[..offset]).into_owned();
            let (line, column) = SourceMap::new(&valid).line_column(offset);
            return Err(Error::Invalid(vec![Diagnostic {
                file: path.to_path_buf(),
                line: Some(line),
                column: Some(column),
                field: String::new(),
                message: say::not_utf8(),
                help: Some(say::save_as_utf8()),
            }]));
        }
    };
    parse(&text, path, chrono::Local::now().date_naive())
}

/// Every text value of a case with its field path (`orders[1].sent`), for checks that read
/// all of the seller's words.
pub fn text_fields(case: &Case) -> Vec<(String, String)> {
    fn walk(value: serde_json::Value, path: String, found: &mut Vec<(String, String)>) {
        match value {
            serde_json::Value::String(text) => found.push((path, text)),
            serde_json::Value::Array(items) => {
                for (i, item) in items.into_iter().enumerate() {
                    walk(item, format!("{path}[{i}]"), found);
                }
            }
            serde_json::Value::Object(map) => {
                for (key, item) in map {
                    let path = if path.is_empty() {
                        key
                    } else {
                        format!("{path}.{key}")
                    };
                    walk(item, path, found);
                }
            }
            _ => {}
        }
    }
    let mut value = serde_json::to_value(case).expect("a case always serialises to JSON");
    // The rounds are the seller's record of Amazon's replies, not the seller's words.
    if let Some(map) = value.as_object_mut() {
        map.remove("rounds");
    }
    let mut found = Vec::new();
    walk(value, String::new(), &mut found);
    found
}

/// Parses and validates case text; `path` only names the file in diagnostics.
pub fn parse(text: &str, path: &Path, today: NaiveDate) -> Result<Loaded> {
    let map = SourceMap::new(text);
    let case: Case = toml::from_str(text).map_err(|e| {
        let mut problems = structure::problems(text, &map, path);
        if problems.is_empty() {
            problems.push(syntax_diagnostic(&e, &map, path));
        }
        Error::Invalid(problems)
    })?;
    let (errors, warnings): (Vec<_>, Vec<_>) = validate::validate(&case, today)
        .into_iter()
        .map(|problem| {
            let diagnostic =
                map.field_diagnostic(path, problem.path, problem.message, problem.help);
            (problem.severity, diagnostic)
        })
        .partition(|(severity, _)| *severity == Severity::Error);
    if !errors.is_empty() {
        let mut errors: Vec<Diagnostic> = errors.into_iter().map(|(_, d)| d).collect();
        errors.sort_by_key(|d| (d.line, d.column));
        return Err(Error::Invalid(errors));
    }
    Ok(Loaded {
        case,
        warnings: warnings.into_iter().map(|(_, d)| d).collect(),
    })
}

/// A TOML or type error placed at its line, with the field it concerns and a suggestion for
/// a misspelt key.
pub(crate) fn syntax_diagnostic(
    error: &toml::de::Error,
    map: &SourceMap,
    path: &Path,
) -> Diagnostic {
    let span = error.span();
    let place = span.as_ref().map(|s| map.line_column(s.start));
    let message = error.message().trim().to_string();
    Diagnostic {
        file: path.to_path_buf(),
        line: place.map(|p| p.0),
        column: place.map(|p| p.1),
        field: span.map(|s| map.path_at(s.start)).unwrap_or_default(),
        help: unknown_key_help(&message),
        message: say::syntax(&crate::i18n::excerpt_lines(&message)),
    }
}

/// Keys that belong at the top of the file: written after a `[table]` header, TOML reads
/// them as part of that table.
const TOP_LEVEL_KEYS: [&str; 5] = ["root_causes", "declarations", "policies", "notes", "status"];

/// For serde's "unknown field `x`, expected one of `a`, `b`": the closest valid key.
pub(crate) fn unknown_key_help(message: &str) -> Option<Bilingual> {
    let rest = message.strip_prefix("unknown field `")?;
    let (unknown, expected) = rest.split_once('`')?;
    if TOP_LEVEL_KEYS.contains(&unknown) {
        return Some(say::belongs_at_top(unknown));
    }
    let candidates: Vec<&str> = expected.split('`').skip(1).step_by(2).collect();
    let best = candidates
        .iter()
        .map(|c| (strsim::jaro_winkler(unknown, c), *c))
        .max_by(|a, b| a.0.total_cmp(&b.0))?;
    Some(if best.0 > 0.7 {
        say::did_you_mean(best.1)
    } else {
        say::valid_keys(&candidates.join(", "))
    })
}
