//! The interview over one case file: saved after every answer, resumable, editable.

use std::io::Write;
use std::path::{Path, PathBuf};

use owo_colors::OwoColorize;
use toml::{Table, Value};

use super::ask::{Stop, Ui};
use super::flow::{Field, Kind, SECTIONS, Section, Shape};
use crate::case::Marketplace;
use crate::case::spans::SourceMap;
use crate::case::syntax_diagnostic;
use crate::error::Result;
use crate::fsio;
use crate::i18n::interview::Ask;

/// A case file being written by the wizard.
pub struct Session {
    pub path: PathBuf,
    pub doc: Table,
    pub ui: Ui,
}

impl Session {
    /// Writes the case as it stands, atomically, marked incomplete until the end.
    pub fn save(&mut self) -> Result<()> {
        if !self.doc.contains_key("status") {
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

    /// The index of the section to continue from: the last one with any answer.
    pub fn resume_point(&self) -> Option<usize> {
        SECTIONS.iter().rposition(|s| self.value(s.key).is_some())
    }

    /// Asks every section from `start`; the first one picks up where it stopped.
    pub fn interview(
        &mut self,
        start: usize,
        resuming: bool,
    ) -> std::result::Result<(), Interrupt> {
        for (i, section) in SECTIONS.iter().enumerate().skip(start) {
            self.section(section, resuming && i == start, false)?;
        }
        Ok(())
    }

    /// Asks one section. Resuming asks only what is missing; editing offers every
    /// answer for change.
    pub fn section(
        &mut self,
        section: &Section,
        resuming: bool,
        editing: bool,
    ) -> std::result::Result<(), Interrupt> {
        // Dates typed from here on are shown back as the letter will write them.
        if let Some(marketplace) = self
            .value("seller.marketplace")
            .and_then(Value::as_str)
            .and_then(|code| Marketplace::ALL.into_iter().find(|m| m.code() == code))
        {
            self.ui.date_style = marketplace.date_style();
        }
        // anstream drops the styling where NO_COLOR is set or stderr is no terminal.
        let _ = writeln!(
            anstream::stderr(),
            "\n{}\n{}",
            self.ui.text(section.title).bold().underline(),
            self.ui.text(section.intro)
        );
        match section.shape {
            Shape::Table(fields) => {
                for field in fields {
                    let key = format!("{}.{}", section.key, field.key);
                    let current = self.value(&key).cloned();
                    if current.is_some() && !editing {
                        continue;
                    }
                    let answer = self.ui.ask(field.ask, field.kind, current.as_ref())?;
                    self.set(&key, answer)?;
                }
            }
            Shape::Records { fields, min, add } => {
                self.records(section.key, fields, (min, add), resuming, editing)?
            }
            Shape::Answers {
                kind,
                min,
                ask,
                add,
            } => self.answers(section.key, (kind, ask), (min, add), resuming, editing)?,
        }
        Ok(())
    }

    fn records(
        &mut self,
        key: &str,
        fields: &[Field],
        (min, add): (usize, Ask),
        resuming: bool,
        editing: bool,
    ) -> std::result::Result<(), Interrupt> {
        let existing = self.array(key).len();
        if editing {
            self.review_items(key, fields, |session, i| {
                for field in fields {
                    let current = session.array(key)[i].get(field.key).cloned();
                    let answer = session.ui.ask(field.ask, field.kind, current.as_ref())?;
                    session.set_in_item(key, i, field.key, answer)?;
                }
                Ok(())
            })?;
        } else if resuming && existing > 0 {
            let last = existing - 1;
            for field in fields {
                if self.array(key)[last].get(field.key).is_none() {
                    let answer = self.ui.ask(field.ask, field.kind, None)?;
                    self.set_in_item(key, last, field.key, answer)?;
                }
            }
        } else if resuming && self.value(key).is_some() {
            return Ok(()); // declined before the interview stopped
        }
        let mut count = self.array(key).len();
        loop {
            if !self.wants_another(add, count, min)? {
                self.ensure_array(key)?;
                return Ok(());
            }
            for field in fields {
                let answer = self.ui.ask(field.ask, field.kind, None)?;
                if field.key == fields[0].key {
                    self.push(key, Value::Table(Table::new()))?;
                }
                self.set_in_item(key, count, field.key, answer)?;
            }
            count += 1;
        }
    }

    /// Whether the seller adds an item to a list of `count`: always below `min`, else asked.
    fn wants_another(&self, add: Ask, count: usize, min: usize) -> Result<bool, Stop> {
        if count < min {
            return Ok(true);
        }
        let question = if count == 0 { add } else { Ask::AddAnother };
        self.ui.confirm(question, false)
    }

    fn answers(
        &mut self,
        key: &str,
        (kind, ask): (Kind, Ask),
        (min, add): (usize, Ask),
        resuming: bool,
        editing: bool,
    ) -> std::result::Result<(), Interrupt> {
        if editing {
            self.review_items(key, &[], |session, i| {
                let current = session.array(key)[i].clone();
                let answer = session.ui.ask(ask, kind, Some(&current))?;
                session.array_mut(key)[i] = answer;
                session.save().map_err(Interrupt::Failed)
            })?;
        } else if resuming && self.value(key).is_some() && self.array(key).is_empty() {
            return Ok(());
        }
        let mut count = self.array(key).len();
        loop {
            if !self.wants_another(add, count, min)? {
                self.ensure_array(key)?;
                return Ok(());
            }
            let answer = self.ui.ask(ask, kind, None)?;
            self.push(key, answer)?;
            count += 1;
        }
    }

    /// For each existing item: keep it, change it, or remove it.
    fn review_items(
        &mut self,
        key: &str,
        fields: &[Field],
        mut change: impl FnMut(&mut Session, usize) -> std::result::Result<(), Interrupt>,
    ) -> std::result::Result<(), Interrupt> {
        let mut i = 0;
        while i < self.array(key).len() {
            let label = summary_of(&self.array(key)[i], fields, &self.ui);
            let options = [
                self.ui.text(Ask::Keep),
                self.ui.text(Ask::Change),
                self.ui.text(Ask::Remove),
            ];
            let chosen = dialoguer::Select::with_theme(&self.ui.theme)
                .with_prompt(label)
                .items(options)
                .default(0)
                .interact()
                .map_err(Stop::from)?;
            match chosen {
                1 => change(self, i)?,
                2 => {
                    self.array_mut(key).remove(i);
                    self.save().map_err(Interrupt::Failed)?;
                    continue;
                }
                _ => {}
            }
            i += 1;
        }
        Ok(())
    }

    /// A value at a dotted path (`seller.store`, `warning.asins`).
    pub fn value(&self, key: &str) -> Option<&Value> {
        let mut parts = key.split('.');
        let first = self.doc.get(parts.next()?)?;
        parts.try_fold(first, |value, part| value.get(part))
    }

    fn table_for(&mut self, key: &str) -> (&mut Table, String) {
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

    fn set(&mut self, key: &str, value: Value) -> std::result::Result<(), Interrupt> {
        let (table, last) = self.table_for(key);
        table.insert(last, value);
        self.save().map_err(Interrupt::Failed)
    }

    fn array(&self, key: &str) -> &[Value] {
        self.value(key)
            .and_then(Value::as_array)
            .map_or(&[], Vec::as_slice)
    }

    fn array_mut(&mut self, key: &str) -> &mut Vec<Value> {
        let (table, last) = self.table_for(key);
        let entry = table
            .entry(last)
            .or_insert_with(|| Value::Array(Vec::new()));
        if !entry.is_array() {
            *entry = Value::Array(Vec::new());
        }
        entry.as_array_mut().expect("made an array just above")
    }

    fn ensure_array(&mut self, key: &str) -> std::result::Result<(), Interrupt> {
        self.array_mut(key);
        self.save().map_err(Interrupt::Failed)
    }

    fn push(&mut self, key: &str, value: Value) -> std::result::Result<(), Interrupt> {
        self.array_mut(key).push(value);
        self.save().map_err(Interrupt::Failed)
    }

    fn set_in_item(
        &mut self,
        key: &str,
        index: usize,
        field: &str,
        value: Value,
    ) -> std::result::Result<(), Interrupt> {
        if let Some(item) = self
            .array_mut(key)
            .get_mut(index)
            .and_then(Value::as_table_mut)
        {
            item.insert(field.to_string(), value);
        }
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
fn summary_of(value: &Value, fields: &[Field], ui: &Ui) -> String {
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
