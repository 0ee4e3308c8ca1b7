//! Renderers: each writes one format and reads only the [`Document`].

mod columns;
pub mod docx;
pub mod footer;
mod keep;
pub mod markdown;
pub mod pdf;
pub mod txt;
pub mod typography;

use std::path::{Path, PathBuf};

use crate::case::PageSize;
use crate::document::Document;
use crate::error::{Error, Result};
use crate::lang::Lang;

/// Where and how to write a letter.
#[derive(Debug, Clone)]
pub struct RenderOptions<'a> {
    pub formats: &'a [Format],
    pub out_dir: &'a Path,
    /// File name without extension, e.g. `acme-home-poa`.
    pub stem: &'a str,
    /// The PDF's fonts; required when the formats include PDF.
    pub font: Option<&'a pdf::FontSet>,
    pub page: PageSize,
    /// The language of the page's own words (the footer): the letter's is English, a
    /// reading copy's its own.
    pub lang: Lang,
}

/// An output format of the letter.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Format {
    Docx,
    Pdf,
    Md,
    /// Plain text for Amazon's appeal form, one block per question.
    Txt,
}

impl Format {
    /// Every format, in the order the command line lists them.
    pub const ALL: [Format; 4] = [Format::Docx, Format::Pdf, Format::Md, Format::Txt];

    /// The formats written when none are named: the letter to attach or send. The appeal
    /// form's text is asked for by name.
    pub const DEFAULT: [Format; 3] = [Format::Docx, Format::Pdf, Format::Md];

    /// The file extension of the format, also its name on the command line.
    pub fn extension(self) -> &'static str {
        match self {
            Format::Docx => "docx",
            Format::Pdf => "pdf",
            Format::Md => "md",
            Format::Txt => "txt",
        }
    }
}

impl std::str::FromStr for Format {
    type Err = String;

    fn from_str(name: &str) -> std::result::Result<Self, Self::Err> {
        Format::ALL
            .into_iter()
            .find(|format| format.extension() == name)
            .ok_or_else(|| format!("unknown format {name:?}"))
    }
}

/// The document in every requested format, rendered in memory: each file's path and bytes.
pub fn files(document: &Document, options: &RenderOptions) -> Result<Vec<(PathBuf, Vec<u8>)>> {
    let mut files = Vec::new();
    for &format in options.formats {
        let path = options
            .out_dir
            .join(format!("{}.{}", options.stem, format.extension()));
        let bytes = match format {
            Format::Md => markdown::render(document).into_bytes(),
            Format::Txt => txt::render(document).into_bytes(),
            Format::Docx => {
                docx::render(document, options.page, options.lang).map_err(|source| {
                    Error::Write {
                        path: path.clone(),
                        source,
                    }
                })?
            }
            Format::Pdf => {
                let font = options
                    .font
                    .expect("fonts are loaded whenever the formats include PDF");
                pdf::render(document, options.page, font, options.lang)?
            }
        };
        files.push((path, bytes));
    }
    Ok(files)
}
