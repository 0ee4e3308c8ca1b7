//! Tera: the letter's templates, the case's view and the choice of phrasing; Case → Markdown.

pub mod dates;
pub mod stock;
pub mod templates;
pub mod variant;
pub mod view;
pub mod wording;

use std::sync::Arc;

use crate::budget;
use crate::case::Case;
use crate::document::{self, Document};
use crate::error::{Error, Result};
use crate::i18n::{Bilingual, errors as said};
use crate::lang::Lang;

pub use stock::{BUILTIN_CATALOGUE, Catalogue};
pub use templates::{PARTS, Templates, VARIANTS};
pub use view::LetterView;

/// Marks where a fact from the case goes in stock template text.
pub const SLOT: char = '\u{FFFC}';

/// A template's stock wording for one variant, facts replaced by [`SLOT`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StockText {
    /// The template file, e.g. `opening.md.tera`.
    pub source: String,
    pub variant: usize,
    /// The rendered Markdown with every case value replaced by [`SLOT`].
    pub markdown: String,
}

/// The most one part of the letter may hold once rendered.
pub const PART_LIMIT: usize = 4 << 20;

/// A loaded template set, ready to render letters.
pub struct Composer {
    tera: tera::Tera,
    /// The user's templates by name, with their files: rendered under [`budget`] limits.
    user: Vec<(String, std::path::PathBuf)>,
}

/// How one letter is written: its language, phrasing and whether stock sentences are marked.
#[derive(Debug, Clone, Copy)]
pub struct Wording {
    /// `En` for the letter, `Zh` for its reading copy.
    pub lang: Lang,
    /// The phrasing forced for every part (`--variant`); else chosen from the case.
    pub variant: Option<usize>,
    /// Wraps each stock sentence in [`stock::OPEN`] id [`stock::BODY`] text [`stock::CLOSE`],
    /// so a check can tell stock wording from the seller's.
    pub mark_stock: bool,
}

impl Wording {
    /// The letter itself, in English.
    pub fn letter(variant: Option<usize>) -> Self {
        Wording {
            lang: Lang::En,
            variant,
            mark_stock: false,
        }
    }
}

impl Composer {
    /// Parses every template of the set; a syntax error names the file and line.
    pub fn new(templates: &Templates) -> Result<Self> {
        let mut tera = tera::Tera::default();
        // Markdown output: HTML escaping would corrupt it (case text is escaped in the view).
        tera.autoescape_on(Vec::<&str>::new());
        stock::register(&mut tera, Arc::clone(&BUILTIN_CATALOGUE));
        // All at once, so a template may include a partial whatever their order.
        tera.add_raw_templates(templates.sources.iter().map(|s| (&s.name, &s.text)))
            .map_err(|e| {
                let named = templates
                    .sources
                    .iter()
                    .rev()
                    .find(|s| e.to_string().contains(&format!("--> {}:", s.name)));
                template_error(named.map_or("(templates)", |s| s.name.as_str()), &e)
            })?;
        for part in PARTS {
            let name = templates::file_name(part);
            if !templates.sources.iter().any(|s| s.name == name) {
                return Err(Error::Template {
                    template: name,
                    message: said::template_missing(),
                });
            }
        }
        let user = templates
            .sources
            .iter()
            .filter_map(|s| Some((s.name.clone(), s.origin.clone()?)))
            .collect();
        Ok(Composer { tera, user })
    }

    /// The letter for `case` as Markdown. `variant` forces one phrasing for every part.
    pub fn compose(&self, case: &Case, variant: Option<usize>) -> Result<String> {
        self.compose_with(case, Wording::letter(variant))
    }

    /// The letter for `case` as Markdown, in the language and phrasing `wording` asks for.
    pub fn compose_with(&self, case: &Case, wording: Wording) -> Result<String> {
        Ok(join_parts(&self.compose_parts(case, wording)?))
    }

    /// Each part of the letter for `case` as Markdown, in letter order; a part with nothing
    /// to say is left out.
    fn compose_parts(&self, case: &Case, wording: Wording) -> Result<Vec<(&'static str, String)>> {
        refuse_padding(case)?;
        if let Some(n) = wording.variant
            && !(1..=VARIANTS).contains(&n)
        {
            return Err(Error::Usage(crate::i18n::errors::no_such_variant(
                n, VARIANTS,
            )));
        }
        let key = variant::identity(case);
        let round = crate::case::rounds::current(&case.rounds);
        let parts = PARTS.map(|part| (part, variant::choose(&key, part, round, wording.variant)));
        let view = LetterView::new(case);
        let parts = self.render_each(&view, &parts, wording)?;
        self.refuse_dropped_answers(&view, &join_parts(&parts))?;
        Ok(parts)
    }

    /// Refuses a letter that leaves out a root cause, an action or a measure: a template
    /// set (a user's, typically) that drops a part must not produce a letter.
    fn refuse_dropped_answers(&self, view: &LetterView, letter: &str) -> Result<()> {
        let answers = [
            ("root_cause", view.root_causes.iter().collect::<Vec<_>>()),
            ("actions", view.actions.iter().map(|a| &a.action).collect()),
            (
                "measures",
                view.measures.iter().map(|m| &m.measure).collect(),
            ),
        ];
        for (part, answers) in answers {
            let dropped = answers
                .into_iter()
                .find(|a| !letter.contains(&a.cell) && !letter.contains(&a.item));
            if let Some(dropped) = dropped {
                let name = templates::file_name(part);
                let template = self
                    .user
                    .iter()
                    .find(|(n, _)| *n == name)
                    .map_or(name, |(_, file)| file.display().to_string());
                return Err(Error::Template {
                    template,
                    message: said::template_drops(part, &dropped.cell),
                });
            }
        }
        Ok(())
    }

    /// Words of the letter in `variant` that are neither a stock sentence of the catalogue
    /// nor a value of the case: wording a template writes outside `say()`, which no reading
    /// copy can translate and no check can trace.
    pub fn foreign_words(&self, case: &Case, variant: Option<usize>) -> Result<Vec<String>> {
        let marked = self.compose_with(
            case,
            Wording {
                lang: Lang::En,
                variant,
                mark_stock: true,
            },
        )?;
        let mut rest = stock::without_stock(&marked);
        let mut values = Vec::new();
        let view =
            serde_json::to_value(LetterView::new(case)).expect("a view always serialises to JSON");
        collect_values(&view, &mut values);
        values.sort_by_key(|v| std::cmp::Reverse(v.len()));
        for value in values.iter().filter(|v| !v.is_empty()) {
            rest = rest.replace(value.as_str(), " ");
        }
        Ok(rest
            .split(|c: char| !c.is_alphabetic())
            .filter(|word| !word.is_empty())
            .map(String::from)
            .collect())
    }

    /// The letter in `lang` for the seller to read: the same parts, order and phrasing, the
    /// stock sentences in `lang` and the seller's answers as the letter has them. Refused
    /// when the templates write words outside the catalogue, which it could not translate.
    pub fn reading_copy(
        &self,
        case: &Case,
        variant: Option<usize>,
        lang: Lang,
    ) -> Result<Document> {
        let foreign = self.foreign_words(case, variant)?;
        if !foreign.is_empty() {
            let shown: Vec<&str> = foreign.iter().take(6).map(String::as_str).collect();
            return Err(Error::Template {
                template: "(reading copy)".into(),
                message: said::template_foreign_words(&shown.join(" "), lang.code()),
            });
        }
        let parts = self.compose_parts(
            case,
            Wording {
                lang,
                variant,
                mark_stock: false,
            },
        )?;
        let title = BUILTIN_CATALOGUE
            .say("title", lang, case.seller.voice, &[])
            .map_err(|message| Error::Template {
                template: "(stock sentences)".into(),
                message: Bilingual::same(message),
            })?;
        Ok(document::from_markdown_parts(
            &parts,
            &format!("{title}: {}", case.seller.store),
            &case.seller.contact,
        ))
    }

    /// The letter for `case` as a document, titled and authored for the file's metadata.
    pub fn letter(&self, case: &Case, variant: Option<usize>) -> Result<Document> {
        let parts = self.compose_parts(case, Wording::letter(variant))?;
        let title = format!("Plan of Action: {}", case.seller.store);
        let mut letter = document::from_markdown_parts(&parts, &title, &case.seller.contact);
        letter.date = Some(case.date().0);
        Ok(letter)
    }

    /// Every part's stock wording in every variant, for the originality check.
    pub fn stock_text(&self) -> Result<Vec<StockText>> {
        let view = slot_view()?;
        let mut stock = Vec::new();
        for part in PARTS {
            for variant in 1..=VARIANTS {
                stock.push(StockText {
                    source: templates::file_name(part),
                    variant,
                    markdown: self.render_parts(
                        &view,
                        &[(part, variant)],
                        Wording::letter(None),
                    )?,
                });
            }
        }
        Ok(stock)
    }

    fn render_parts(
        &self,
        view: &impl serde::Serialize,
        parts: &[(&'static str, usize)],
        wording: Wording,
    ) -> Result<String> {
        Ok(join_parts(&self.render_each(view, parts, wording)?))
    }

    /// Each part rendered in its variant, trimmed; parts that write nothing are left out.
    fn render_each(
        &self,
        view: &impl serde::Serialize,
        parts: &[(&'static str, usize)],
        wording: Wording,
    ) -> Result<Vec<(&'static str, String)>> {
        let mut rendered = Vec::new();
        let mut context =
            tera::Context::from_serialize(view).map_err(|e| template_error("(case values)", &e))?;
        let lang = match wording.lang {
            Lang::En => "en",
            Lang::Zh => "zh",
        };
        context.insert("lang", &lang);
        context.insert("mark_stock", &wording.mark_stock);
        for &(part, variant) in parts {
            let name = templates::file_name(part);
            context.insert("variant", &variant);
            let text = self.render_part(&name, &context)?;
            let text = without_blank_runs(text.trim());
            if !text.is_empty() {
                rendered.push((part, text));
            }
        }
        Ok(rendered)
    }
}

/// The parts as one letter, a blank line between them.
fn join_parts(parts: &[(&'static str, String)]) -> String {
    let letter: Vec<&str> = parts.iter().map(|(_, text)| text.as_str()).collect();
    letter.join("\n\n") + "\n"
}

/// Text with no more than one blank line in a row: a part whose optional pieces are absent
/// leaves their blank lines behind.
fn without_blank_runs(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for line in text.split('\n') {
        if line.trim().is_empty() && out.ends_with("\n\n") {
            continue;
        }
        out.push_str(if line.trim().is_empty() { "" } else { line });
        out.push('\n');
    }
    out.trim_end().to_string()
}

impl Composer {
    /// One template rendered, its output bounded; a user's template also in time and memory.
    fn render_part(&self, name: &str, context: &tera::Context) -> Result<String> {
        let mut output = Capped::default();
        let rendered = match self.user.iter().find(|(n, _)| n == name) {
            Some((_, file)) => budget::watched(&file.display().to_string(), || {
                self.tera.render_to(name, context, &mut output)
            }),
            None => self.tera.render_to(name, context, &mut output),
        };
        if output.overflowed {
            return Err(Error::Template {
                template: name.to_string(),
                message: said::template_too_long(&crate::error::megabytes(PART_LIMIT as u64)),
            });
        }
        rendered.map_err(|e| template_error(name, &e))?;
        String::from_utf8(output.text).map_err(|e| Error::Template {
            template: name.to_string(),
            message: Bilingual::same(e.to_string()),
        })
    }
}

/// A template's output, refused past [`PART_LIMIT`] so a runaway loop stops there.
#[derive(Default)]
struct Capped {
    text: Vec<u8>,
    overflowed: bool,
}

impl std::io::Write for Capped {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        if self.text.len() + bytes.len() > PART_LIMIT {
            self.overflowed = true;
            return Err(std::io::Error::other("the part is too long"));
        }
        self.text.extend_from_slice(bytes);
        Ok(bytes.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// A letter is never padded: without the seller's own cause and completed actions there is
/// nothing true to say.
fn refuse_padding(case: &Case) -> Result<()> {
    if case.root_causes.iter().all(|c| c.trim().is_empty()) {
        return Err(Error::Refused(crate::i18n::case::no_root_cause()));
    }
    if case.actions.iter().all(|a| a.action.trim().is_empty()) {
        return Err(Error::Refused(crate::i18n::case::no_completed_action()));
    }
    Ok(())
}

/// A view where every value is [`SLOT`] and every list has one item, so rendering it shows
/// all the template's own wording and none of any case's facts.
fn slot_view() -> Result<serde_json::Value> {
    let case: Case = toml::from_str(SLOT_CASE).map_err(|e| Error::Template {
        template: "(stock text)".into(),
        message: Bilingual::same(e.to_string()),
    })?;
    let mut value =
        serde_json::to_value(LetterView::new(&case)).expect("a view always serialises to JSON");
    to_slots(&mut value);
    Ok(value)
}

/// Every fact of a view (not the fields that only pick a branch).
fn collect_values(value: &serde_json::Value, found: &mut Vec<String>) {
    match value {
        serde_json::Value::String(text) => found.push(text.clone()),
        serde_json::Value::Number(n) => found.push(n.to_string()),
        serde_json::Value::Array(items) => items.iter().for_each(|v| collect_values(v, found)),
        serde_json::Value::Object(map) => map
            .iter()
            .filter(|(key, _)| !CHOICES.contains(&key.as_str()))
            .for_each(|(_, v)| collect_values(v, found)),
        _ => {}
    }
}

/// View fields that pick a template branch rather than hold a fact.
const CHOICES: [&str; 3] = ["status", "voice", "acceptance"];

fn to_slots(value: &mut serde_json::Value) {
    match value {
        serde_json::Value::String(text) => *text = SLOT.to_string(),
        serde_json::Value::Number(_) => *value = serde_json::Value::String(SLOT.to_string()),
        serde_json::Value::Array(items) => items.iter_mut().for_each(to_slots),
        // Choices among the template's own branches stay, so their wording shows.
        serde_json::Value::Object(map) => map
            .iter_mut()
            .filter(|(key, _)| !CHOICES.contains(&key.as_str()))
            .for_each(|(_, value)| to_slots(value)),
        _ => {}
    }
}

/// A case with every optional part present once; its values are all replaced by slots.
const SLOT_CASE: &str = r#"
declarations = ["x"]
root_causes = ["x"]
[seller]
store = "x"
seller_id = "x"
marketplace = "US"
contact = "x"
role = "x"
email = "x"
phone = "x"
[warning]
policy = "review-manipulation"
received = 2026-01-01
reference = "x"
quote = "x"
summary = "x"
acceptance = "in-part"
acceptance_detail = "x"
asins = ["x"]
[[investigation]]
date = 2026-01-01
examined = "x"
found = "x"
[[people]]
role = "x"
name = "y"
started = 2026-01-01
conduct = "x"
[[timeline]]
date = 2026-01-01
event = "x"
[[orders]]
id = "x"
asin = "x"
date = 2026-01-01
sent = "x"
outcome = "x"
[[reviews]]
id = "x"
asin = "x"
rating = 1
status = "live"
[[evidence]]
file = "x"
shows = "x"
asin = "x"
[[actions]]
date = 2026-01-01
action = "x"
[[measures]]
measure = "x"
owner = "x"
frequency = "x"
since = 2026-01-01
"#;

/// A Tera error as poa's, naming the template file and, when Tera knows it, the line.
fn template_error(name: &str, error: &tera::Error) -> Error {
    match error.kind() {
        tera::ErrorKind::SyntaxError(report) | tera::ErrorKind::RenderingError(report) => {
            let file = if report.filename().is_empty() {
                name
            } else {
                report.filename()
            };
            Error::Template {
                template: file.to_string(),
                message: said::template_at_line(report.span().start_line, report.message()),
            }
        }
        _ => Error::Template {
            template: name.to_string(),
            message: Bilingual::same(error.to_string()),
        },
    }
}
