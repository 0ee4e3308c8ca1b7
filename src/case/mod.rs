//! The case file: its model, loading with source positions, and validation.

pub mod date;
pub mod formats;
pub mod model;

use std::path::Path;

pub use date::CaseDate;
pub use model::*;

use crate::error::{Diagnostic, Error, Result};

/// A case read from disk, with the warnings validation raised (errors stop loading).
#[derive(Debug, Clone)]
pub struct Loaded {
    pub case: Case,
    pub warnings: Vec<Diagnostic>,
}

/// Reads, parses and validates a case file.
pub fn load(path: &Path) -> Result<Loaded> {
    let text = std::fs::read_to_string(path).map_err(|source| Error::Read {
        path: path.to_path_buf(),
        source,
    })?;
    parse(&text, path)
}

/// Parses and validates case text; `path` only names the file in diagnostics.
pub fn parse(text: &str, path: &Path) -> Result<Loaded> {
    let case: Case = toml::from_str(text).map_err(|e| {
        Error::Invalid(vec![Diagnostic {
            file: path.to_path_buf(),
            line: None,
            column: None,
            field: String::new(),
            message: e.message().to_string(),
            help: None,
        }])
    })?;
    Ok(Loaded {
        case,
        warnings: Vec::new(),
    })
}
