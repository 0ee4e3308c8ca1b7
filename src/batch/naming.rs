//! Output names from case file names: safe on every file system, and never shared by two
//! cases.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use crate::error::{Error, Result};

/// A file stem safe to write anywhere: letters (any script) and digits kept, `-`, `_` and
/// `.` kept inside, everything else (separators, `..`, control characters, spaces) a `-`.
pub fn safe_stem(case_path: &Path) -> String {
    let stem = case_path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    let mut out = String::new();
    for ch in stem.chars() {
        let keep = ch.is_alphanumeric() || matches!(ch, '-' | '_' | '.');
        let ch = if keep { ch } else { '-' };
        // One separator at a time, so "a  b" and "a..b" read as "a-b" and "a.b".
        if !(matches!(ch, '-' | '.') && out.ends_with(ch)) {
            out.push(ch);
        }
    }
    let out = out.trim_matches(['-', '.', '_']).to_string();
    if out.is_empty() { "case".into() } else { out }
}

/// The output stem of every case; two cases that would share one (compared without case,
/// as macOS and Windows do) are an error naming both, before anything is written.
pub fn assign(cases: &[PathBuf]) -> Result<Vec<String>> {
    let stems: Vec<String> = cases.iter().map(|c| safe_stem(c)).collect();
    let mut seen: HashMap<String, &Path> = HashMap::new();
    let mut clashes = Vec::new();
    for (stem, case) in stems.iter().zip(cases) {
        if let Some(first) = seen.insert(stem.to_lowercase(), case) {
            clashes.push(format!(
                "{} and {} would both be written as {stem}.*",
                first.display(),
                case.display()
            ));
        }
    }
    if clashes.is_empty() {
        Ok(stems)
    } else {
        Err(Error::Usage(format!(
            "{}; rename one of each pair",
            clashes.join("; ")
        )))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hostile_names_become_plain_stems() {
        assert_eq!(safe_stem(Path::new("../../etc/x.toml")), "x");
        assert_eq!(safe_stem(Path::new("a b\tc.toml")), "a-b-c");
        assert_eq!(safe_stem(Path::new("..toml")), "case");
        assert_eq!(safe_stem(Path::new("店铺 案例.toml")), "店铺-案例");
        assert_eq!(safe_stem(Path::new("x\u{1b}[31m.toml")), "x-31m");
    }

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
