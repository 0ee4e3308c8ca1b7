//! Tera: the embedded templates, their filters, the choice of phrasing variant; Case → Markdown.

use crate::case::Case;
use crate::error::{Error, Result};

/// Turns a case into the letter's Markdown.
pub fn compose(_case: &Case) -> Result<String> {
    Err(Error::Usage("composing is not available yet".into()))
}
