//! Tera: the letter's templates, the case's view and the choice of phrasing; Case → Markdown.

pub mod templates;
pub mod variant;
pub mod view;

use crate::case::Case;
use crate::document::{self, Document};
use crate::error::{Error, Result};

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

/// A loaded template set, ready to render letters.
pub struct Composer {
    tera: tera::Tera,
}

impl Composer {
    /// Parses every template of the set; a syntax error names the file and line.
    pub fn new(templates: &Templates) -> Result<Self> {
        let mut tera = tera::Tera::default();
        // Markdown output: HTML escaping would corrupt it (case text is escaped in the view).
        tera.autoescape_on(Vec::<&str>::new());
        for source in &templates.sources {
            tera.add_raw_template(&source.name, &source.text)
                .map_err(|e| template_error(&source.name, &e))?;
        }
        for part in PARTS {
            let name = templates::file_name(part);
            if !templates.sources.iter().any(|s| s.name == name) {
                return Err(Error::Template {
                    template: name,
                    message: "missing from the template set".into(),
                });
            }
        }
        Ok(Composer { tera })
    }

    /// The letter for `case` as Markdown. `variant` forces one phrasing for every part.
    pub fn compose(&self, case: &Case, variant: Option<usize>) -> Result<String> {
        refuse_padding(case)?;
        if let Some(n) = variant
            && !(1..=VARIANTS).contains(&n)
        {
            return Err(Error::Usage(format!(
                "--variant {n} does not exist; choose 1 to {VARIANTS}"
            )));
        }
        let key = serde_json::to_string(case).unwrap_or_default();
        let view = LetterView::new(case);
        let parts = PARTS.map(|part| (part, variant::choose(&key, part, variant)));
        self.render_parts(&view, &parts)
    }

    /// The letter for `case` as a document, titled and authored for the file's metadata.
    pub fn letter(&self, case: &Case, variant: Option<usize>) -> Result<Document> {
        let markdown = self.compose(case, variant)?;
        let title = format!("Plan of Action: {}", case.seller.store);
        Ok(document::from_markdown(
            &markdown,
            &title,
            &case.seller.contact,
        ))
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
                    markdown: self.render_parts(&view, &[(part, variant)])?,
                });
            }
        }
        Ok(stock)
    }

    fn render_parts(
        &self,
        view: &impl serde::Serialize,
        parts: &[(&str, usize)],
    ) -> Result<String> {
        let mut letter = String::new();
        let mut context =
            tera::Context::from_serialize(view).map_err(|e| template_error("(case values)", &e))?;
        for &(part, variant) in parts {
            let name = templates::file_name(part);
            context.insert("variant", &variant);
            let text = self
                .tera
                .render(&name, &context)
                .map_err(|e| template_error(&name, &e))?;
            let text = text.trim();
            if !text.is_empty() {
                letter.push_str(text);
                letter.push_str("\n\n");
            }
        }
        Ok(letter.trim_end().to_string() + "\n")
    }
}

/// A letter is never padded: without the seller's own cause and completed actions there is
/// nothing true to say.
fn refuse_padding(case: &Case) -> Result<()> {
    let missing = |what: &str| {
        Err(Error::Usage(format!(
            "the case has no {what}; poa does not write a letter without one"
        )))
    };
    if case.root_causes.iter().all(|c| c.trim().is_empty()) {
        return missing("root cause");
    }
    if case.actions.iter().all(|a| a.action.trim().is_empty()) {
        return missing("completed action");
    }
    Ok(())
}

/// A view where every value is [`SLOT`] and every list has one item, so rendering it shows
/// all the template's own wording and none of any case's facts.
fn slot_view() -> Result<serde_json::Value> {
    let case: Case = toml::from_str(SLOT_CASE).map_err(|e| Error::Template {
        template: "(stock text)".into(),
        message: e.to_string(),
    })?;
    let mut value = serde_json::to_value(LetterView::new(&case)).unwrap_or_default();
    to_slots(&mut value);
    Ok(value)
}

fn to_slots(value: &mut serde_json::Value) {
    match value {
        serde_json::Value::String(text) => *text = SLOT.to_string(),
        serde_json::Value::Number(_) => *value = serde_json::Value::String(SLOT.to_string()),
        serde_json::Value::Array(items) => items.iter_mut().for_each(to_slots),
        serde_json::Value::Object(map) => map.values_mut().for_each(to_slots),
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
notice = "x"
asins = ["x"]
[[people]]
role = "x"
name = "x"
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
                message: format!("line {}: {}", report.span().start_line, report.message()),
            }
        }
        _ => Error::Template {
            template: name.to_string(),
            message: error.to_string(),
        },
    }
}
