//! Output names from case file names, safe on every file system a seller's folder may end
//! up on (Windows included): one function for `render`, `batch` and the interview.

use std::path::Path;

/// A file stem safe to write anywhere: letters (any script) and digits kept, `-`, `_` and
/// `.` kept inside, everything else (separators, `..`, control characters, spaces) a `-`;
/// no dot or space at the end, which Windows drops; and a name Windows reserves for a
/// device (`CON`, `NUL`, `COM1`, … also before an extension, `nul.draft`) gets a `_`.
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
    let mut out = out.trim_matches(['-', '.', '_']).to_string();
    if out.is_empty() {
        return "case".into();
    }
    let device = out.split('.').next().unwrap_or_default();
    if is_windows_device(device) {
        out.insert(device.len(), '_');
    }
    out
}

/// Windows opens a device, not a file, for these names, whatever their case and extension.
fn is_windows_device(name: &str) -> bool {
    let name = name.to_ascii_uppercase();
    if matches!(name.as_str(), "CON" | "PRN" | "AUX" | "NUL") {
        return true;
    }
    let (port, number) = name.split_at(name.len().min(3));
    matches!(port, "COM" | "LPT")
        && number.chars().count() == 1
        && number
            .chars()
            .all(|d| d.is_ascii_digit() || matches!(d, '¹' | '²' | '³'))
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
        assert_eq!(safe_stem(Path::new("a\\b:c.toml")), "a-b-c");
        assert_eq!(safe_stem(Path::new("trailing. . .toml")), "trailing");
    }

    #[test]
    fn windows_device_names_are_never_written() {
        for (name, stem) in [
            ("con.toml", "con_"),
            ("NUL.toml", "NUL_"),
            ("Aux.v2.toml", "Aux_.v2"),
            ("com1.toml", "com1_"),
            ("LPT9.draft.toml", "LPT9_.draft"),
            ("COM¹.toml", "COM¹_"),
            ("prn .toml", "prn_"),
        ] {
            assert_eq!(safe_stem(Path::new(name)), stem, "{name}");
        }
        for name in [
            "console.toml",
            "com10.toml",
            "nul-x.toml",
            "lpt.toml",
            "acon.toml",
        ] {
            assert!(!safe_stem(Path::new(name)).contains('_'), "{name}");
        }
    }
}
