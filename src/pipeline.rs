//! The whole path from a case file to written letters, shared by `render`, `new` and `batch`.

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use crate::case::{self, Case};
use crate::check::originality::{self, Checker, Reference, Report};
use crate::compose::{Composer, Templates};
use crate::document::Document;
use crate::error::{Diagnostic, Error, Result};
use crate::findings::{self, Finding};
use crate::lang::Lang;
use crate::lint::Linter;
use crate::output::{self, Planned, manifest::Ledger};
use crate::render::{self, Format, RenderOptions, pdf::FontSet};

/// What rendering one case produced.
#[derive(Debug, Clone)]
pub struct Rendered {
    /// The letter's files, in the order of the requested formats: written, or already
    /// holding this letter (see `unchanged`).
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
    /// Those of `written` that already held this letter and were left as they were.
    pub unchanged: Vec<PathBuf>,
}

/// Everything loaded once and reused for every case: templates, checks and fonts.
pub struct Renderer {
    composer: Composer,
    /// The templates' stock wording, which the checker indexes.
    stock: Vec<Reference>,
    checker: Checker,
    fonts: OnceLock<FontSet>,
    /// The letter's fonts with the CJK fallback, for a reading copy's PDF.
    reading_fonts: OnceLock<FontSet>,
    font: Option<PathBuf>,
    variant: Option<usize>,
    allow_lint_errors: bool,
    reading_copy: Option<Lang>,
    /// Digest of everything besides the case that a letter's files are written from.
    settings: String,
}

/// How a case becomes a letter: templates, phrasing and the PDF's font.
#[derive(Debug, Clone, Default)]
pub struct ComposeOptions {
    /// Folder of templates overriding the built-in ones by file name.
    pub templates: Option<PathBuf>,
    /// Phrasing variant (1-based) forced for every part instead of the one chosen from the case.
    pub variant: Option<usize>,
    /// TrueType font for the PDF instead of the built-in one.
    pub font: Option<PathBuf>,
    /// Write the letter even when lint finds errors in the case.
    pub allow_lint_errors: bool,
    /// Also write a reading copy of the letter in this language, beside it as `NAME.zh.*`.
    pub reading_copy: Option<Lang>,
}

impl Renderer {
    /// Loads the templates; the PDF fonts load when a PDF is first asked for.
    pub fn new(options: &ComposeOptions) -> Result<Self> {
        // Compiling the built-in lint rules is the largest single step of a render and
        // needs nothing from the case, so it runs on a second core while the templates
        // load and the letter is composed; the first use waits for it.
        std::thread::spawn(Linter::shared);
        let templates = Templates::load(options.templates.as_deref())?;
        let composer = Composer::new(&templates)?;
        let stock = originality::stock_references(&composer)?;
        let settings = settings_digest(&templates, options);
        Ok(Renderer {
            settings,
            checker: Checker::new(&stock),
            stock,
            composer,
            fonts: OnceLock::new(),
            reading_fonts: OnceLock::new(),
            font: options.font.clone(),
            variant: options.variant,
            allow_lint_errors: options.allow_lint_errors,
            reading_copy: options.reading_copy,
        })
    }

    fn fonts(&self) -> Result<&FontSet> {
        if let Some(fonts) = self.fonts.get() {
            return Ok(fonts);
        }
        let loaded = FontSet::load(self.font.as_deref())?;
        Ok(self.fonts.get_or_init(|| loaded))
    }

    /// What a letter's file is written from, for the output folder's manifest: the case
    /// as read (so a comment or spacing edited in the file changes nothing), the file's
    /// name, this renderer's settings and, for a PDF, the font.
    pub fn source_of(&self, case: &Case, file: &Path) -> Result<String> {
        let case = serde_json::to_vec(case).expect("a case always serialises to JSON");
        let name = file.file_name().unwrap_or_default().as_encoded_bytes();
        let is_pdf = file
            .extension()
            .is_some_and(|e| e == Format::Pdf.extension());
        // A font given with --font may change on disk; the built-in ones come with poa.
        let font = match (&self.font, is_pdf) {
            (Some(_), true) => self.fonts()?.faces[0].bytes,
            _ => &[],
        };
        Ok(output::manifest::digest(&[
            self.settings.as_bytes(),
            &case,
            name,
            font,
        ]))
    }

    fn reading_fonts(&self) -> Result<&FontSet> {
        if let Some(fonts) = self.reading_fonts.get() {
            return Ok(fonts);
        }
        let loaded = self.fonts()?.clone().with_cjk();
        Ok(self.reading_fonts.get_or_init(|| loaded))
    }

    /// The letter for a case, as a document.
    pub fn document(&self, case: &Case) -> Result<Document> {
        self.composer.letter(case, self.variant)
    }

    /// Loads, validates, composes and writes one case into `out_dir` as `stem.<format>`,
    /// recording the files in the folder's manifest; nothing is written unless every step
    /// before the write succeeded.
    pub fn render_case(
        &self,
        case_path: &Path,
        stem: &str,
        formats: &[Format],
        out_dir: &Path,
        force: bool,
        ledger: &Ledger,
    ) -> Result<Rendered> {
        let loaded = case::load(case_path)?;
        let font = if formats.contains(&Format::Pdf) {
            let fonts = self.fonts()?;
            check_font_coverage(&loaded.case, case_path, fonts)?;
            Some(fonts)
        } else {
            None
        };
        let document = self.document(&loaded.case)?;
        // A revised letter gets its own name; an earlier round's letter stays as sent.
        let stem = &case::rounds::output_stem(stem, case::rounds::current(&loaded.case.rounds));
        // A letter lint finds certain errors in is not written: they are facts of the case
        // (a promise among completed actions, an ASIN without evidence), not taste.
        let lint = Linter::shared().lint_case(&loaded.case, &document);
        if !self.allow_lint_errors && findings::errors(&lint) > 0 {
            return Err(Error::Lint {
                file: case_path.to_path_buf(),
                findings: lint,
            });
        }
        let reading_copy = self
            .reading_copy
            .map(|lang| self.reading_copy(&loaded.case, lang, stem, formats))
            .transpose()?;
        // The stock-text check reads the letter while it is rendered.
        let (files, originality) = rayon::join(
            || {
                render::files(
                    &document,
                    &RenderOptions {
                        formats,
                        out_dir,
                        stem,
                        font,
                        page: loaded.case.seller.marketplace.page_size(),
                        lang: Lang::En,
                    },
                )
            },
            || {
                self.checker
                    .check(&document, originality::DEFAULT_MIN_WORDS)
            },
        );
        let mut files = files?;
        if let Some((document, options)) = &reading_copy {
            let font = self.reading_fonts.get();
            files.extend(render::files(document, &options.as_options(out_dir, font))?);
        }
        let files = files
            .into_iter()
            .map(|(path, bytes)| {
                let source = self.source_of(&loaded.case, &path)?;
                Ok(Planned {
                    path,
                    bytes,
                    source,
                })
            })
            .collect::<Result<Vec<_>>>()?;
        // The letter and its reading copy are one set: all written, or none.
        let unchanged = output::write_set(&files, force, ledger)?;
        let written = files.into_iter().map(|file| file.path).collect();
        Ok(Rendered {
            written,
            warnings: loaded.warnings,
            originality,
            lint,
            document,
            case: loaded.case,
            unchanged,
        })
    }

    /// The reading copy of a case's letter and how to write it: the letter's formats, less
    /// a PDF whose font cannot draw every character (never a box for a glyph).
    fn reading_copy(
        &self,
        case: &Case,
        lang: Lang,
        stem: &str,
        formats: &[Format],
    ) -> Result<(Document, ReadingCopyFiles)> {
        let document = self.composer.reading_copy(case, self.variant, lang)?;
        let text = crate::check::originality::FlatText::new(&document).text;
        let mut kept = Vec::new();
        for &format in formats {
            // The appeal form's text is pasted into Amazon's form: it has no copy to read.
            if format == Format::Txt
                || format == Format::Pdf && self.reading_fonts()?.missing_char(&text).is_some()
            {
                continue;
            }
            kept.push(format);
        }
        let files = ReadingCopyFiles {
            stem: format!("{stem}.{}", lang.code()),
            formats: kept,
            page: case.seller.marketplace.page_size(),
            lang,
        };
        Ok((document, files))
    }

    /// The files a case's letter is written to in `out_dir`: one per format and, with a
    /// reading copy, the copy's (no appeal-form text; its PDF is left out when the fonts
    /// cannot draw it, and then the case is never taken as up to date, only found so once
    /// rendered).
    pub fn outputs(&self, stem: &str, formats: &[Format], out_dir: &Path) -> Vec<PathBuf> {
        let file =
            |stem: &str, format: &Format| out_dir.join(format!("{stem}.{}", format.extension()));
        let mut files: Vec<PathBuf> = formats.iter().map(|f| file(stem, f)).collect();
        if let Some(lang) = self.reading_copy {
            let copy = format!("{stem}.{}", lang.code());
            files.extend(
                formats
                    .iter()
                    .filter(|&&f| f != Format::Txt)
                    .map(|f| file(&copy, f)),
            );
        }
        files
    }

    /// The stock wording of this renderer's templates.
    pub fn stock_references(&self) -> &[Reference] {
        &self.stock
    }

    /// The stock-text checker built from this renderer's templates.
    pub fn checker(&self) -> &Checker {
        &self.checker
    }
}

/// Where and how a reading copy is written.
struct ReadingCopyFiles {
    stem: String,
    formats: Vec<Format>,
    page: crate::case::PageSize,
    lang: Lang,
}

impl ReadingCopyFiles {
    fn as_options<'a>(&'a self, out_dir: &'a Path, font: Option<&'a FontSet>) -> RenderOptions<'a> {
        RenderOptions {
            formats: &self.formats,
            out_dir,
            stem: &self.stem,
            font,
            page: self.page,
            lang: self.lang,
        }
    }
}

/// Renders one case with fresh templates and fonts into files named after the case file,
/// made safe by [`output::names::safe_stem`] (see [`Renderer`] to render many).
pub fn render_case(
    case_path: &Path,
    formats: &[Format],
    out_dir: &Path,
    force: bool,
    compose: &ComposeOptions,
) -> Result<Rendered> {
    output::prepare(out_dir)?;
    let ledger = Ledger::open(out_dir);
    let rendered = Renderer::new(compose)?.render_case(
        case_path,
        &output::names::safe_stem(case_path),
        formats,
        out_dir,
        force,
        &ledger,
    );
    ledger.save()?;
    rendered
}

/// Digest of poa's version, the templates and the options that shape a letter's files (a
/// reading copy's language is in its files' names, and changes nothing in the letter's).
fn settings_digest(templates: &Templates, options: &ComposeOptions) -> String {
    let mut parts: Vec<Vec<u8>> = vec![
        env!("CARGO_PKG_VERSION").into(),
        format!("{:?}", options.variant).into(),
    ];
    for source in &templates.sources {
        parts.push(source.name.clone().into());
        parts.push(source.text.clone().into());
    }
    output::manifest::digest(&parts.iter().map(Vec::as_slice).collect::<Vec<_>>())
}

/// Names the case field holding a character the PDF font cannot draw, before any layout.
fn check_font_coverage(case: &Case, path: &Path, fonts: &FontSet) -> Result<()> {
    // Notes are for the seller and never printed.
    let missing = case::text_fields(case)
        .into_iter()
        .filter(|(field, _)| field != "notes")
        .find_map(|(field, text)| fonts.missing_char(&text).map(|ch| (field, ch)));
    match missing {
        Some((field, ch)) => Err(Error::MissingGlyph {
            ch,
            field: format!("{}: {field}", path.display()),
        }),
        None => Ok(()),
    }
}
