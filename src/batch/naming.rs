//! Each case's output name (see [`safe_stem`]), never shared by two cases.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use crate::error::{Error, Result};
use crate::i18n::{Bilingual, errors};
use crate::lang::Lang;
use crate::output::names::safe_stem;

/// The output stem of every case; two cases that would share one (compared without case,
/// as macOS and Windows do) are an error naming both, before anything is written.
pub fn assign(cases: &[PathBuf]) -> Result<Vec<String>> {
    let stems: Vec<String> = cases.iter().map(|c| safe_stem(c)).collect();
    let mut seen: HashMap<String, &Path> = HashMap::new();
    let mut clashes = Vec::new();
    for (stem, case) in stems.iter().zip(cases) {
        if let Some(first) = seen.insert(stem.to_lowercase(), case) {
            clashes.push(errors::same_output_name(
                first.display(),
                case.display(),
                stem,
            ));
        }
    }
    if clashes.is_empty() {
        Ok(stems)
    } else {
        let joined = |lang| {
            clashes
                .iter()
                .map(|c| c.get(lang))
                .collect::<Vec<_>>()
                .join("\n")
        };
        Err(Error::Usage(Bilingual {
            en: joined(Lang::En),
            zh: joined(Lang::Zh),
        }))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn colliding_names_are_refused_together() {
        let cases = [
            PathBuf::from("a/Acme Home.toml"),
            PathBuf::from("b/acme-home.toml"),
        ];
        let error = assign(&cases).unwrap_err().to_string();
        assert!(
            error.contains("a/Acme Home.toml and b/acme-home.toml"),
            "{error}"
        );
    }
}
