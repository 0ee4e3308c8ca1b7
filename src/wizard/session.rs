//! The interview over one case file: saved after every answer, resumable, editable.

use std::path::{Path, PathBuf};

use toml::{Table, Value};

use super::ask::{Stop, Ui};
use super::flow::{Field, Kind, SECTIONS};
use crate::case::spans::SourceMap;
use crate::case::syntax_diagnostic;
use crate::error::Result;
use crate::fsio;

/// A case file being written by the wizard.
pub struct Session {
    pub path: PathBuf,
    pub doc: Table,
    pub ui: Ui,
    /// A finished case being edited stays finished as each answer is saved.
    pub finished: bool,
}

impl Session {
    /// Writes the case as it stands, atomically, marked incomplete until the end (unless
    /// it was finished before).
    pub fn save(&mut self) -> Result<()> {
        if !self.finished && !self.doc.contains_key("status") {
            let mut doc = Table::new();
            doc.insert("status".into(), Value::String("incomplete".into()));
            doc.extend(std::mem::take(&mut self.doc));
            self.doc = doc;
        }
        self.write()
    }

    /// Writes the case durably; a case that cannot be written as TOML is an error, never an
    /// empty file in place of the seller's answers.
    fn write(&self) -> Result<()> {
        let text = toml::to_string(&self.doc).map_err(|e| crate::error::Error::Write {
            path: self.path.clone(),
            source: std::io::Error::other(e),
        })?;
        fsio::write_durable(&self.path, text.as_bytes())
    }

    /// A value at a dotted path (`seller.store`, `warning.asins`).
    pub fn value(&self, key: &str) -> Option<&Value> {
        let mut parts = key.split('.');
        let first = self.doc.get(parts.next()?)?;
        parts.try_fold(first, |value, part| value.get(part))
    }

    pub(super) fn table_for(&mut self, key: &str) -> (&mut Table, String) {
        let mut parts: Vec<&str> = key.split('.').collect();
        let last = parts.pop().unwrap_or_default().to_string();
        let mut table = &mut self.doc;
        for part in parts {
            let entry = table
                .entry(part.to_string())
                .or_insert_with(|| Value::Table(Table::new()));
            // A hand-edited file may hold something else here; the wizard's answer wins.
            if !entry.is_table() {
                *entry = Value::Table(Table::new());
            }
            table = entry.as_table_mut().expect("made a table just above");
        }
        (table, last)
    }

    pub(super) fn set(&mut self, key: &str, value: Value) -> std::result::Result<(), Interrupt> {
        let (table, last) = self.table_for(key);
        table.insert(last, value);
        self.save().map_err(Interrupt::Failed)
    }

    pub(super) fn array(&self, key: &str) -> &[Value] {
        self.value(key)
            .and_then(Value::as_array)
            .map_or(&[], Vec::as_slice)
    }

    pub(super) fn array_mut(&mut self, key: &str) -> &mut Vec<Value> {
        let (table, last) = self.table_for(key);
        let entry = table
            .entry(last)
            .or_insert_with(|| Value::Array(Vec::new()));
        if !entry.is_array() {
            *entry = Value::Array(Vec::new());
        }
        entry.as_array_mut().expect("made an array just above")
    }

    pub(super) fn ensure_array(&mut self, key: &str) -> std::result::Result<(), Interrupt> {
        self.array_mut(key);
        self.save().map_err(Interrupt::Failed)
    }

    /// The case as a finished file: optional answers left empty and empty lists removed,
    /// no longer marked incomplete.
    pub fn finish(&mut self) -> Result<()> {
        self.doc.remove("status");
        // The only policy area poa writes for so far; never asked.
        let (warning, _) = self.table_for("warning.policy");
        warning
            .entry("policy")
            .or_insert_with(|| Value::String("review-manipulation".into()));
        tidy(&mut self.doc);
        self.write()
    }

    /// One line per section, for the summary screen and the edit menu.
    pub fn summaries(&self) -> Vec<String> {
        SECTIONS
            .iter()
            .map(|section| {
                let title = self.ui.text(section.title);
                let fields = section.shape.fields();
                let detail = match self.value(section.key) {
                    Some(Value::Array(items)) => format!(
                        "{} × {}",
                        items.len(),
                        items
                            .first()
                            .map(|item| summary_of(item, fields, &self.ui))
                            .unwrap_or_default()
                    ),
                    Some(value) => summary_of(value, fields, &self.ui),
                    None => "—".into(),
                };
                format!("{title}: {detail}")
            })
            .collect()
    }
}

/// A short line for a value: a table's answers joined (fixed choices named in the seller's
/// language), text cut to fit a line.
pub(super) fn summary_of(value: &Value, fields: &[Field], ui: &Ui) -> String {
    let answer = |key: &str, value: &Value| {
        let kind = fields.iter().find(|f| f.key == key).map(|f| f.kind);
        let label = match (kind, value) {
            (Some(Kind::Choice(choices)), Value::String(choice)) => choices
                .iter()
                .find(|(value, _)| value == choice)
                .map(|(_, label)| ui.text(*label)),
            _ => None,
        };
        label.map_or_else(|| plain(value), String::from)
    };
    let text = match value {
        Value::Table(table) => table
            .iter()
            .filter(|(_, v)| !matches!(v, Value::Array(_) | Value::Table(_)))
            .map(|(key, v)| answer(key, v))
            .collect::<Vec<_>>()
            .join(" · "),
        other => plain(other),
    };
    let short: String = text.chars().take(70).collect();
    if short.len() < text.len() {
        format!("{short}…")
    } else {
        short
    }
}

fn plain(value: &Value) -> String {
    match value {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

/// Removes empty strings (skipped optional answers) and empty lists, at any depth.
fn tidy(table: &mut Table) {
    table.retain(|_, value| match value {
        Value::String(s) => !s.is_empty(),
        Value::Array(items) => {
            items
                .iter_mut()
                .filter_map(Value::as_table_mut)
                .for_each(tidy);
            !items.is_empty()
        }
        Value::Table(inner) => {
            tidy(inner);
            true
        }
        _ => true,
    });
}

/// Why an interview ended early.
#[derive(Debug)]
pub enum Interrupt {
    Stopped(Stop),
    Failed(crate::error::Error),
}

impl From<Stop> for Interrupt {
    fn from(stop: Stop) -> Self {
        Interrupt::Stopped(stop)
    }
}

/// Reads a case file as the wizard's table (it may be unfinished).
pub fn read(path: &Path) -> Result<Table> {
    let text = fsio::read_text(path, fsio::TEXT_LIMIT)?;
    toml::from_str(&text).map_err(|e| {
        let mut diagnostic = syntax_diagnostic(&e, &SourceMap::new(&text), path);
        diagnostic.help = Some(crate::i18n::case::fix_by_hand());
        crate::error::Error::Invalid(vec![diagnostic])
    })
}
