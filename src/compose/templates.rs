//! The template set: the built-in parts embedded in the binary, overridden by file name
//! from a user's folder.

use std::path::Path;

use crate::error::{Error, Result};
use crate::fsio;

/// The letter's parts, in the order they appear; each is one template file `<part>.md.tera`.
pub const PARTS: [&str; 6] = [
    "opening",
    "root_cause",
    "actions",
    "measures",
    "closing",
    "appendix",
];

/// How many phrasings each part offers; a part template branches on `variant` 1..=VARIANTS.
pub const VARIANTS: usize = 3;

const BUILTIN: [(&str, &str); 6] = [
    (
        "opening.md.tera",
        include_str!("../../templates/opening.md.tera"),
    ),
    (
        "root_cause.md.tera",
        include_str!("../../templates/root_cause.md.tera"),
    ),
    (
        "actions.md.tera",
        include_str!("../../templates/actions.md.tera"),
    ),
    (
        "measures.md.tera",
        include_str!("../../templates/measures.md.tera"),
    ),
    (
        "closing.md.tera",
        include_str!("../../templates/closing.md.tera"),
    ),
    (
        "appendix.md.tera",
        include_str!("../../templates/appendix.md.tera"),
    ),
];

/// A template's file name and source, and where it came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Source {
    pub name: String,
    pub text: String,
    /// The user's file, or `None` for a built-in.
    pub origin: Option<std::path::PathBuf>,
}

/// Every template the letter is built from.
#[derive(Debug, Clone)]
pub struct Templates {
    pub sources: Vec<Source>,
}

/// The template file name of a part.
pub fn file_name(part: &str) -> String {
    format!("{part}.md.tera")
}

impl Templates {
    /// The built-in templates.
    pub fn builtin() -> Self {
        Templates {
            sources: BUILTIN
                .iter()
                .map(|(name, text)| Source {
                    name: name.to_string(),
                    text: text.to_string(),
                    origin: None,
                })
                .collect(),
        }
    }

    /// The built-ins, with each `*.tera` file of `dir` replacing the built-in of that name
    /// or adding a partial the others may `{% include %}` by its file name. Only files in
    /// the folder itself are read, and a link to a file outside it is refused, so a
    /// template cannot reach files outside it.
    pub fn with_overrides(dir: &Path) -> Result<Self> {
        let mut templates = Templates::builtin();
        let read_error = |path: &Path| {
            let path = path.to_path_buf();
            move |source| Error::Read { path, source }
        };
        let real_dir = dir.canonicalize().map_err(read_error(dir))?;
        let mut paths: Vec<_> = std::fs::read_dir(dir)
            .map_err(read_error(dir))?
            .filter_map(|entry| entry.ok().map(|e| e.path()))
            .filter(|path| path.is_file() && path.extension().is_some_and(|ext| ext == "tera"))
            .collect();
        paths.sort();
        for path in paths {
            let real = path.canonicalize().map_err(read_error(&path))?;
            if !real.starts_with(&real_dir) {
                return Err(Error::Template {
                    template: path.display().to_string(),
                    message: crate::i18n::errors::template_outside(real.display(), dir.display()),
                });
            }
            let name = path
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            let source = Source {
                text: fsio::read_text(&path, fsio::TEXT_LIMIT)?,
                name: name.clone(),
                origin: Some(path),
            };
            match templates.sources.iter_mut().find(|s| s.name == name) {
                Some(existing) => *existing = source,
                None => templates.sources.push(source),
            }
        }
        Ok(templates)
    }

    /// The built-ins, or the built-ins overridden from `dir` when one is given.
    pub fn load(dir: Option<&Path>) -> Result<Self> {
        dir.map_or_else(|| Ok(Templates::builtin()), Templates::with_overrides)
    }

    /// Writes the built-in templates into `dir`, for editing and passing back.
    pub fn export_builtin(dir: &Path, force: bool) -> Result<Vec<std::path::PathBuf>> {
        let mut written = Vec::new();
        for (name, _) in BUILTIN {
            let path = dir.join(name);
            if !force && path.exists() {
                return Err(Error::Exists { path });
            }
            written.push(path);
        }
        for ((_, text), path) in BUILTIN.iter().zip(&written) {
            fsio::write_atomic(path, text.as_bytes(), force)?;
        }
        Ok(written)
    }
}
