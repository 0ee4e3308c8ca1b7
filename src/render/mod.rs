//! Renderers: each writes one format and reads only the [`Document`].

use std::path::{Path, PathBuf};

use crate::case::PageSize;
use crate::cli::Format;
use crate::document::Document;
use crate::error::{Error, Result};

/// Where and how to write a letter.
#[derive(Debug, Clone)]
pub struct RenderOptions<'a> {
    pub formats: &'a [Format],
    pub out_dir: &'a Path,
    /// File name without extension, e.g. `acme-home-poa`.
    pub stem: &'a str,
    pub force: bool,
    /// A TrueType font for the PDF instead of the built-in one.
    pub font: Option<&'a Path>,
    pub page: PageSize,
}

/// Writes the document in every requested format; returns the paths written.
pub fn write(_document: &Document, _options: &RenderOptions) -> Result<Vec<PathBuf>> {
    Err(Error::Usage("rendering is not available yet".into()))
}
