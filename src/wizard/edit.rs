//! `poa edit` (and `poa revise`) on one section: each answer offered for change, each
//! item of a list kept, changed or removed, then more added; Esc leaves the section as it
//! stands.

use super::ask::Stop;
use super::flow::{SECTIONS, Shape};
use super::session::{Interrupt, Session, summary_of};
use super::walk::{Left, Step};
use crate::i18n::interview::Ask;

impl Session {
    /// `poa edit` of one section: every answer offered for change, items of a list kept,
    /// changed or removed, then more added. Esc leaves the section as it stands.
    pub fn edit_section(&mut self, s: usize) -> Result<(), Interrupt> {
        let section = &SECTIONS[s];
        let in_section = |step: Step| step.section() == Some(s);
        self.heading(section);
        let reviewed = match section.shape {
            Shape::Table(_) => Left::Done,
            _ => self.review_items(s)?,
        };
        let result = match reviewed {
            Left::Escaped => Ok(()),
            _ => self.walk(self.first_of(s), &in_section, true).map(|_| ()),
        };
        self.drop_incomplete(section, 0);
        self.save().map_err(Interrupt::Failed)?;
        result
    }

    /// For each existing item: keep it, change it, or remove it.
    fn review_items(&mut self, s: usize) -> Result<Left, Interrupt> {
        let section = &SECTIONS[s];
        let mut i = 0;
        while i < self.array(section.key).len() {
            let label = summary_of(
                &self.array(section.key)[i],
                section.shape.fields(),
                &self.ui,
            );
            let options = [
                self.ui.text(Ask::Keep),
                self.ui.text(Ask::Change),
                self.ui.text(Ask::Remove),
            ];
            let chosen = dialoguer::Select::with_theme(&self.ui.theme)
                .with_prompt(label)
                .items(options)
                .default(0)
                .interact_opt()
                .map_err(Stop::from)?;
            match chosen {
                None => return Ok(Left::Escaped),
                Some(1) => {
                    let this_item = |step: Step| {
                        matches!(step, Step::Field { section, item: Some(at), .. }
                            if section == s && at == i)
                    };
                    let first = Step::Field {
                        section: s,
                        item: Some(i),
                        field: 0,
                    };
                    if self.walk(first, &this_item, true)? == Left::Escaped {
                        return Ok(Left::Escaped);
                    }
                }
                Some(2) => {
                    self.array_mut(section.key).remove(i);
                    self.save().map_err(Interrupt::Failed)?;
                    continue;
                }
                _ => {}
            }
            i += 1;
        }
        Ok(Left::Done)
    }
}
