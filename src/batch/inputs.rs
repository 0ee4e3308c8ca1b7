//! The case files a batch covers: files, folders (their `*.toml`, the extension in any
//! case) and glob patterns.

use std::path::PathBuf;

use crate::error::{Error, Result};
use crate::i18n::errors;

/// Expands the command line's inputs into case files, sorted and without repeats.
pub fn expand(inputs: &[String]) -> Result<Vec<PathBuf>> {
    let mut cases = Vec::new();
    for input in inputs {
        let path = PathBuf::from(input);
        if path.is_dir() {
            let entries = std::fs::read_dir(&path).map_err(|source| Error::Read {
                path: path.clone(),
                source,
            })?;
            cases.extend(
                entries
                    .filter_map(|entry| entry.ok().map(|e| e.path()))
                    .filter(|p| p.is_file() && crate::case::is_case_file(p)),
            );
        } else if path.is_file() {
            cases.push(path);
        } else if input.contains(['*', '?', '[']) {
            let pattern =
                glob::glob(input).map_err(|e| Error::Usage(errors::bad_pattern(input, e)))?;
            cases.extend(
                pattern
                    .filter_map(std::result::Result::ok)
                    .filter(|p| p.is_file()),
            );
        } else {
            return Err(Error::Read {
                path,
                source: std::io::Error::new(std::io::ErrorKind::NotFound, "no such file or folder"),
            });
        }
    }
    cases.sort();
    cases.dedup();
    if cases.is_empty() {
        return Err(Error::Usage(errors::no_case_files(&inputs.join(", "))));
    }
    Ok(cases)
}
