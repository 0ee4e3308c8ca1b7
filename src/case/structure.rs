//! Every structural problem of a case file in one pass: a misspelt key, a value of the
//! wrong type, an unknown choice, a missing key. serde stops at the first, so each one is
//! repaired in a copy of the file's tables (the key dropped, or a stand-in value put in)
//! and the copy read again, until it reads or nothing more can be repaired.

use std::path::Path;

use toml::{Table, Value};

use super::Case;
use super::spans::SourceMap;
use crate::error::Diagnostic;
use crate::i18n::case as say;

/// The most problems listed for one file, and the most readings spent finding them.
const MOST_PROBLEMS: usize = 50;
const MOST_READINGS: usize = 400;

/// Every problem that keeps `text` from reading as a case, each placed in `text`.
pub(crate) fn problems(text: &str, map: &SourceMap, path: &Path) -> Vec<Diagnostic> {
    let mut root = match toml::from_str::<Table>(text) {
        Ok(table) => Value::Table(table),
        Err(syntax) => return vec![super::syntax_diagnostic(&syntax, map, path)],
    };
    let mut found = Vec::new();
    // Values poa put in: what serde then says beneath them is not the seller's problem.
    let mut stand_ins: Vec<String> = Vec::new();
    let mut readings = 0;
    while let Some(problem) = first_problem(&root) {
        readings += 1;
        if readings > MOST_READINGS || found.len() >= MOST_PROBLEMS {
            break;
        }
        let own = !stand_ins.iter().any(|s| within(&problem.field, s));
        if own {
            found.push(map.field_diagnostic(
                path,
                problem.field.clone(),
                say::structure(&problem.field, &problem.message),
                super::unknown_key_help(&problem.message),
            ));
        }
        let repaired = if problem.message.starts_with("unknown field") {
            remove(&mut root, &problem.field).is_some()
        } else {
            let repaired = stand_in(&mut root, &problem);
            stand_ins.push(problem.field);
            repaired
        };
        if !repaired {
            break;
        }
    }
    found.sort_by_key(|d| (d.line, d.column));
    found
}

/// One problem serde reports: the field it concerns and serde's words.
#[derive(Debug, Clone, PartialEq)]
struct Problem {
    field: String,
    message: String,
}

/// The first problem in reading `table` as a case, or `None` when it reads.
fn first_problem(root: &Value) -> Option<Problem> {
    let text = toml::to_string(root).ok()?;
    let error = toml::from_str::<Case>(&text).err()?;
    let message = error.message().trim().to_string();
    let at = error
        .span()
        .map(|span| SourceMap::new(&text).path_at(span.start))
        .unwrap_or_default();
    let field = match missing_key(&message) {
        Some(key) if at.is_empty() => key.to_string(),
        Some(key) => format!("{at}.{key}"),
        None => at,
    };
    Some(Problem { field, message })
}

/// The key of serde's "missing field `x`".
fn missing_key(message: &str) -> Option<&str> {
    message.strip_prefix("missing field `")?.split('`').next()
}

/// Whether `field` is `base` or lies beneath it.
fn within(field: &str, base: &str) -> bool {
    field == base
        || field
            .strip_prefix(base)
            .is_some_and(|rest| rest.starts_with('.') || rest.starts_with('['))
}

/// Puts in, at the problem's field, the first stand-in value after which reading stops
/// failing there; false when none does.
fn stand_in(root: &mut Value, problem: &Problem) -> bool {
    let mut candidates: Vec<Value> = say::choices(&problem.message)
        .into_iter()
        .take(1)
        .map(Value::String)
        .collect();
    candidates.extend([
        Value::String("x".into()),
        Value::Integer(1),
        Value::Datetime("2026-01-01".parse().expect("a valid TOML date")),
        Value::Array(Vec::new()),
        Value::Table(Table::new()),
        Value::Boolean(false),
    ]);
    let original = at(root, &steps(&problem.field)).map(|v| v.clone());
    for candidate in candidates {
        if !set(root, &problem.field, candidate) {
            break;
        }
        match first_problem(root) {
            Some(next) if next.field == problem.field => continue,
            _ => return true,
        }
    }
    match original {
        Some(original) => set(root, &problem.field, original),
        None => remove(root, &problem.field).is_some(),
    };
    false
}

/// One step of a field path: a key of a table or an index of a list.
enum Step<'f> {
    Key(&'f str),
    Index(usize),
}

/// A field path split into steps: `orders[1].rating` → orders, 1, rating.
fn steps(field: &str) -> Vec<Step<'_>> {
    let mut out = Vec::new();
    for part in field.split('.').filter(|p| !p.is_empty()) {
        let (key, rest) = part.split_once('[').unwrap_or((part, ""));
        out.push(Step::Key(key));
        out.extend(
            rest.split('[')
                .filter_map(|i| i.trim_end_matches(']').parse().ok())
                .map(Step::Index),
        );
    }
    out
}

/// The value at `steps` under `value`.
fn at<'v>(mut value: &'v mut Value, steps: &[Step]) -> Option<&'v mut Value> {
    for step in steps {
        value = match (value, step) {
            (Value::Table(table), Step::Key(key)) => table.get_mut(*key)?,
            (Value::Array(items), Step::Index(i)) => items.get_mut(*i)?,
            _ => return None,
        };
    }
    Some(value)
}

/// Takes the value at `field` out (a list item is left in place: indexes must not move).
fn remove(root: &mut Value, field: &str) -> Option<Value> {
    let steps = steps(field);
    let (Step::Key(key), parent) = steps.split_last()? else {
        return None;
    };
    match at(root, parent)? {
        Value::Table(table) => table.remove(*key),
        _ => None,
    }
}

/// Puts `value` at `field`, adding the key when it is missing; false when its table is.
fn set(root: &mut Value, field: &str, value: Value) -> bool {
    let steps = steps(field);
    let Some((last, parent)) = steps.split_last() else {
        return false;
    };
    match (at(root, parent), last) {
        (Some(Value::Table(table)), Step::Key(key)) => {
            table.insert((*key).to_string(), value);
            true
        }
        (Some(Value::Array(items)), Step::Index(i)) if *i < items.len() => {
            items[*i] = value;
            true
        }
        _ => false,
    }
}
