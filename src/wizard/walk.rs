//! The order of the questions, one step at a time: forward after each answer, backward on
//! "back", so any earlier answer can be changed before the end. Where the seller is follows
//! from the answers saved, so a resumed interview can go back as far as a fresh one.

use std::io::Write;

use owo_colors::OwoColorize;
use toml::{Table, Value};

use super::ask::Stop;
use super::cross::{self, Place};
use super::flow::{Field, SECTIONS, Section, Shape};
use super::session::{Interrupt, Session};
use crate::case::Marketplace;
use crate::i18n::interview::Ask;

/// One question of the interview.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    /// A field of a table (`item` none), or of item `item` of a list.
    Field {
        section: usize,
        item: Option<usize>,
        field: usize,
    },
    /// Whether to add an item to a list that holds `count`.
    Add { section: usize, count: usize },
    /// Past the last question.
    End,
}

impl Step {
    pub(super) fn section(self) -> Option<usize> {
        match self {
            Step::Field { section, .. } | Step::Add { section, .. } => Some(section),
            Step::End => None,
        }
    }
}

/// How a walk through the questions ended.
#[derive(Debug, PartialEq, Eq)]
pub enum Left {
    /// Past its last question.
    Done,
    /// Esc in `poa edit`: the rest left as it was.
    Escaped,
    /// "back" at its first question.
    BackOut,
}

/// The question `at` of a section (a list of answers has one).
fn field(section: &Section, at: usize) -> Field {
    match section.shape {
        Shape::Answers { kind, ask, .. } => Field { key: "", kind, ask },
        shape => shape.fields()[at],
    }
}

fn field_count(section: &Section) -> usize {
    match section.shape {
        Shape::Answers { .. } => 1,
        shape => shape.fields().len(),
    }
}

/// The fewest items a list section needs (none for a table).
fn min(section: &Section) -> usize {
    match section.shape {
        Shape::Records { min, .. } | Shape::Answers { min, .. } => min,
        Shape::Table(_) => 0,
    }
}

impl Session {
    /// The first question of section `s` on the way forward.
    pub fn first_of(&self, s: usize) -> Step {
        let Some(section) = SECTIONS.get(s) else {
            return Step::End;
        };
        if let Shape::Table(_) = section.shape {
            return Step::Field {
                section: s,
                item: None,
                field: 0,
            };
        }
        let count = self.array(section.key).len();
        if count < min(section) {
            Step::Field {
                section: s,
                item: Some(count),
                field: 0,
            }
        } else {
            Step::Add { section: s, count }
        }
    }

    /// Where a resumed interview goes on: the first unanswered question of the last section
    /// with an answer.
    pub fn resume_step(&self) -> Step {
        let Some(s) = SECTIONS.iter().rposition(|s| self.value(s.key).is_some()) else {
            return self.first_of(0);
        };
        let section = &SECTIONS[s];
        let items = self.array(section.key);
        let missing = |table: Option<&Value>| {
            (0..field_count(section))
                .find(|&f| table.and_then(|t| t.get(field(section, f).key)).is_none())
        };
        match section.shape {
            Shape::Table(_) => match missing(self.value(section.key)) {
                Some(f) => Step::Field {
                    section: s,
                    item: None,
                    field: f,
                },
                None => self.first_of(s + 1),
            },
            // A list declined before the interview stopped.
            _ if items.is_empty() => self.first_of(s + 1),
            Shape::Records { .. } => match missing(items.last()) {
                Some(f) => Step::Field {
                    section: s,
                    item: Some(items.len() - 1),
                    field: f,
                },
                None => self.first_of(s),
            },
            Shape::Answers { .. } => self.first_of(s),
        }
    }

    /// The question after `step`; `added` is the answer to an [`Step::Add`].
    fn next(&self, step: Step, added: bool) -> Step {
        match step {
            Step::Field {
                section: s,
                item,
                field: f,
            } => {
                let section = &SECTIONS[s];
                if f + 1 < field_count(section) {
                    return Step::Field {
                        section: s,
                        item,
                        field: f + 1,
                    };
                }
                match item {
                    None => self.first_of(s + 1),
                    Some(i) if i + 1 < min(section) => Step::Field {
                        section: s,
                        item: Some(i + 1),
                        field: 0,
                    },
                    Some(i) => Step::Add {
                        section: s,
                        count: i + 1,
                    },
                }
            }
            Step::Add { section, count } if added => Step::Field {
                section,
                item: Some(count),
                field: 0,
            },
            Step::Add { section, .. } => self.first_of(section + 1),
            Step::End => Step::End,
        }
    }

    /// The question before `step`, if there is one.
    fn previous(&self, step: Step) -> Option<Step> {
        let last_field = |s: usize, item: usize| Step::Field {
            section: s,
            item: Some(item),
            field: field_count(&SECTIONS[s]) - 1,
        };
        match step {
            Step::Field {
                section: s,
                item,
                field: f,
            } if f > 0 => Some(Step::Field {
                section: s,
                item,
                field: f - 1,
            }),
            Step::Field {
                section: s,
                item: Some(i),
                ..
            } if i >= min(&SECTIONS[s]) => Some(Step::Add {
                section: s,
                count: i,
            }),
            Step::Field {
                section: s,
                item: Some(i),
                ..
            } if i > 0 => Some(last_field(s, i - 1)),
            Step::Add { section: s, count } if count > 0 => Some(last_field(s, count - 1)),
            Step::Field { section: s, .. } | Step::Add { section: s, .. } => {
                self.last_of(s.checked_sub(1)?)
            }
            Step::End => self.last_of(SECTIONS.len() - 1),
        }
    }

    /// The last question of section `s`, as it was answered.
    fn last_of(&self, s: usize) -> Option<Step> {
        let section = &SECTIONS[s];
        if let Shape::Table(fields) = section.shape {
            return Some(Step::Field {
                section: s,
                item: None,
                field: fields.len() - 1,
            });
        }
        let count = self.array(section.key).len();
        Some(if count >= min(section) {
            Step::Add { section: s, count }
        } else {
            Step::Field {
                section: s,
                item: Some(count.saturating_sub(1)),
                field: 0,
            }
        })
    }

    /// Asks the questions from `from` while `within` holds. "back" goes to the previous
    /// question (leaving the walk at its first); Esc leaves the walk if `esc_leaves`, else
    /// goes back.
    pub fn walk(
        &mut self,
        from: Step,
        within: &dyn Fn(Step) -> bool,
        esc_leaves: bool,
    ) -> Result<Left, Interrupt> {
        let mut step = from;
        // In `poa edit` a list's heading is shown above its items, before the walk.
        let mut heading = esc_leaves.then(|| step.section()).flatten();
        loop {
            if step == Step::End || !within(step) {
                return Ok(Left::Done);
            }
            if heading != step.section() {
                heading = step.section();
                self.heading(&SECTIONS[heading.unwrap_or_default()]);
            }
            match self.ask_step(step) {
                Ok(next) => step = next,
                Err(Interrupt::Stopped(Stop::Escape)) if esc_leaves => return Ok(Left::Escaped),
                Err(Interrupt::Stopped(Stop::Back | Stop::Escape)) => match self.previous(step) {
                    Some(previous) if within(previous) => step = previous,
                    Some(_) => return Ok(Left::BackOut),
                    None => eprintln!("  {}", self.ui.text(Ask::NothingBefore)),
                },
                Err(other) => return Err(other),
            }
        }
    }

    /// The section's title and what it is for; dates typed from here on are shown back as
    /// the letter will write them.
    pub fn heading(&mut self, section: &Section) {
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
    }

    /// Asks one question, stores the answer and says which question follows.
    fn ask_step(&mut self, step: Step) -> Result<Step, Interrupt> {
        match step {
            Step::Field {
                section: s,
                item,
                field: f,
            } => {
                let section = &SECTIONS[s];
                let question = field(section, f);
                let current = self.current(section, item, question.key).cloned();
                let place = Place {
                    section: section.key,
                    field: question.key,
                    item,
                };
                let doc = &self.doc;
                let answer =
                    self.ui
                        .ask(question.ask, question.kind, current.as_ref(), &|value| {
                            cross::concern(doc, place, value)
                        })?;
                self.store(section, item, question.key, answer)?;
                Ok(self.next(step, false))
            }
            Step::Add { section: s, count } => {
                let section = &SECTIONS[s];
                let added = count < min(section) || {
                    let (add, existing) = match section.shape {
                        Shape::Records { add, .. } | Shape::Answers { add, .. } => {
                            (add, self.array(section.key).len())
                        }
                        Shape::Table(_) => return Ok(self.next(step, false)),
                    };
                    let question = if count == 0 { add } else { Ask::AddAnother };
                    // Back at a list whose next item exists: adding (keeping) it is the default.
                    self.ui.confirm(question, existing > count)?
                };
                if !added {
                    self.drop_incomplete(section, count);
                    self.ensure_array(section.key)?;
                }
                Ok(self.next(step, added))
            }
            Step::End => Ok(Step::End),
        }
    }

    /// The stored answer to a question, if any.
    fn current(&self, section: &Section, item: Option<usize>, key: &str) -> Option<&Value> {
        match (item, section.shape) {
            (None, _) => self.value(&format!("{}.{key}", section.key)),
            (Some(i), Shape::Answers { .. }) => self.array(section.key).get(i),
            (Some(i), _) => self.array(section.key).get(i)?.get(key),
        }
    }

    fn store(
        &mut self,
        section: &Section,
        item: Option<usize>,
        key: &str,
        answer: Value,
    ) -> Result<(), Interrupt> {
        let Some(i) = item else {
            return self.set(&format!("{}.{key}", section.key), answer);
        };
        let items = self.array_mut(section.key);
        let fresh = match section.shape {
            Shape::Answers { .. } => answer.clone(),
            _ => Value::Table(Table::new()),
        };
        if i >= items.len() {
            items.push(fresh);
        }
        match (&mut items[i], section.shape) {
            (Value::Table(table), Shape::Records { .. }) => {
                table.insert(key.to_string(), answer);
            }
            (slot, _) => *slot = answer,
        }
        self.save().map_err(Interrupt::Failed)
    }

    /// Removes the items from `from` on that lack an answer (one begun, then gone back
    /// from): complete ones are kept, they are removed only on request.
    pub fn drop_incomplete(&mut self, section: &Section, from: usize) {
        let Shape::Records { fields, .. } = section.shape else {
            return;
        };
        let mut at = 0;
        self.array_mut(section.key).retain(|item| {
            at += 1;
            at <= from || fields.iter().all(|f| item.get(f.key).is_some())
        });
    }
}
