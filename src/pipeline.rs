//! The whole path from a case file to written letters, shared by `render`, `new` and `batch`.

use std::path::{Path, PathBuf};

use crate::cli::{ComposeArgs, Format};
use crate::error::{Diagnostic, Error, Result};

/// What rendering one case produced.
#[derive(Debug, Clone)]
pub struct Rendered {
    /// Files written, in the order of the requested formats.
    pub written: Vec<PathBuf>,
    /// Validation warnings about the case (errors stop rendering).
    pub warnings: Vec<Diagnostic>,
}

/// Loads, validates, composes and writes one case; nothing is written unless all of it is good.
pub fn render_case(
    _case_path: &Path,
    _formats: &[Format],
    _out_dir: &Path,
    _force: bool,
    _compose: &ComposeArgs,
) -> Result<Rendered> {
    Err(Error::Usage("rendering is not available yet".into()))
}
