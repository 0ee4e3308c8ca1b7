//! The whole path from a case file to written letters, shared by `render`, `new` and `batch`.

use std::path::{Path, PathBuf};

use crate::case::{self, Case};
use crate::check::originality::{self, Checker, Reference, Report};
use crate::cli::{ComposeArgs, Format};
use crate::compose::{Composer, Templates};
use crate::document::{self, Document};
use crate::error::{Diagnostic, Error, Result};
use crate::findings::Finding;
use crate::lint::Linter;
use crate::render::{self, RenderOptions, pdf::FontSet};

/// What rendering one case produced.
#[derive(Debug, Clone)]
pub struct Rendered {
    /// Files written, in the order of the requested formats.
    pub written: Vec<PathBuf>,
    /// Validation warnings about the case (errors stop rendering).
    pub warnings: Vec<Diagnostic>,
    /// The letter as written.
    pub document: Document,
    /// How much of it is stock template text.
    pub originality: Report,
    /// What a reviewer would object to.
    pub lint: Vec<Finding>,
    /// The case the letter was written from.
    pub case: Case,
}

/// Everything loaded once and reused for every case: templates and fonts.
pub struct Renderer {
    composer: Composer,
    checker: Checker,
    linter: Linter,
    fonts: FontSet,
    variant: Option<usize>,
}

impl Renderer {
    /// Loads the templates and the PDF font the options ask for.
    pub fn new(options: &ComposeArgs) -> Result<Self> {
        let composer = Composer::new(&Templates::load(options.templates.as_deref())?)?;
        Ok(Renderer {
            checker: Checker::new(&originality::stock_references(&composer)?),
            linter: Linter::builtin()?,
            composer,
            fonts: FontSet::load(options.font.as_deref())?,
            variant: options.variant,
        })
    }

    /// The letter for a case, as a document.
    pub fn document(&self, case: &Case) -> Result<Document> {
        let markdown = self.composer.compose(case, self.variant)?;
        let title = format!("Plan of Action: {}", case.seller.store);
        Ok(document::from_markdown(
            &markdown,
            &title,
            &case.seller.contact,
        ))
    }

    /// Loads, validates, composes and writes one case into `out_dir` as `stem.<format>`;
    /// nothing is written unless every step before the write succeeded.
    pub fn render_case(
        &self,
        case_path: &Path,
        stem: &str,
        formats: &[Format],
        out_dir: &Path,
        force: bool,
    ) -> Result<Rendered> {
        let loaded = case::load(case_path)?;
        if formats.contains(&Format::Pdf) {
            check_font_coverage(&loaded.case, case_path, &self.fonts)?;
        }
        let document = self.document(&loaded.case)?;
        let written = render::write(
            &document,
            &RenderOptions {
                formats,
                out_dir,
                stem,
                force,
                font: &self.fonts,
                page: loaded.case.seller.marketplace.page_size(),
            },
        )?;
        Ok(Rendered {
            written,
            warnings: loaded.warnings,
            originality: self
                .checker
                .check(&document, originality::DEFAULT_MIN_WORDS),
            lint: self.linter.lint_case(&loaded.case, &document),
            document,
            case: loaded.case,
        })
    }

    /// The stock wording of this renderer's templates.
    pub fn stock_references(&self) -> Result<Vec<Reference>> {
        originality::stock_references(&self.composer)
    }

    /// The stock-text checker built from this renderer's templates.
    pub fn checker(&self) -> &Checker {
        &self.checker
    }
}

/// Renders one case with fresh templates and fonts into files named after the case file
/// (see [`Renderer`] to render many).
pub fn render_case(
    case_path: &Path,
    formats: &[Format],
    out_dir: &Path,
    force: bool,
    compose: &ComposeArgs,
) -> Result<Rendered> {
    Renderer::new(compose)?.render_case(case_path, &file_stem(case_path), formats, out_dir, force)
}

/// The name of a case file without folder and extension: the default output name.
pub fn file_stem(case_path: &Path) -> String {
    case_path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| "letter".into())
}

/// Names the case field holding a character the PDF font cannot draw, before any layout.
fn check_font_coverage(case: &Case, path: &Path, fonts: &FontSet) -> Result<()> {
    let value = serde_json::to_value(case).unwrap_or_default();
    match first_missing(&value, String::new(), fonts) {
        Some((field, ch)) => Err(Error::MissingGlyph {
            ch,
            field: format!("{}: {field}", path.display()),
        }),
        None => Ok(()),
    }
}

fn first_missing(
    value: &serde_json::Value,
    path: String,
    fonts: &FontSet,
) -> Option<(String, char)> {
    match value {
        serde_json::Value::String(text) if path != "notes" => {
            fonts.missing_char(text).map(|ch| (path, ch))
        }
        serde_json::Value::Array(items) => items
            .iter()
            .enumerate()
            .find_map(|(i, item)| first_missing(item, format!("{path}[{i}]"), fonts)),
        serde_json::Value::Object(map) => map.iter().find_map(|(key, item)| {
            let path = if path.is_empty() {
                key.clone()
            } else {
                format!("{path}.{key}")
            };
            first_missing(item, path, fonts)
        }),
        _ => None,
    }
}
