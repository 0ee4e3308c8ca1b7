//! The reply's text from what the seller saved: plain text, an e-mail (.eml, any transfer
//! encoding), a page saved from the browser (.html), or standard input.

use std::io::Read;
use std::path::{Path, PathBuf};

use crate::error::{Error, Result};

/// The most a reply may hold: an e-mail with its attachments fits many times over, and
/// `/dev/zero` or an endless pipe stops here.
pub const MAX_BYTES: u64 = 10 * 1024 * 1024;

/// Where the reply comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    File(PathBuf),
    Stdin,
}

impl Source {
    /// `-` is standard input.
    pub fn from_arg(arg: &Path) -> Self {
        if arg == Path::new("-") {
            Source::Stdin
        } else {
            Source::File(arg.to_path_buf())
        }
    }

    /// How errors name it.
    pub fn name(&self) -> PathBuf {
        match self {
            Source::File(path) => path.clone(),
            Source::Stdin => "standard input".into(),
        }
    }
}

/// The reply's plain text.
pub fn read(source: &Source) -> Result<String> {
    let name = source.name();
    let bytes = match source {
        Source::File(path) => {
            let file = std::fs::File::open(path).map_err(|e| read_error(&name, e))?;
            bounded(file, &name)?
        }
        Source::Stdin => bounded(std::io::stdin().lock(), &name)?,
    };
    match extension(source).as_deref() {
        Some("eml") => from_email(&bytes, &name),
        Some("html" | "htm") => Ok(from_html(&utf8(bytes, &name)?)),
        // Pasted or piped text may be an e-mail or a page too.
        _ if looks_like_email(&bytes) => from_email(&bytes, &name),
        _ => {
            let text = utf8(bytes, &name)?;
            Ok(if looks_like_html(&text) {
                from_html(&text)
            } else {
                text
            })
        }
    }
}

fn extension(source: &Source) -> Option<String> {
    match source {
        Source::File(path) => path
            .extension()
            .map(|e| e.to_string_lossy().to_ascii_lowercase()),
        Source::Stdin => None,
    }
}

fn bounded(reader: impl Read, name: &Path) -> Result<Vec<u8>> {
    let mut bytes = Vec::new();
    reader
        .take(MAX_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| read_error(name, e))?;
    if bytes.len() as u64 > MAX_BYTES {
        return Err(Error::Invalid(vec![crate::error::Diagnostic {
            file: name.to_path_buf(),
            line: None,
            column: None,
            field: String::new(),
            message: crate::i18n::revise::too_long(MAX_BYTES / 1024 / 1024),
            help: None,
        }]));
    }
    Ok(bytes)
}

fn read_error(name: &Path, source: std::io::Error) -> Error {
    Error::Read {
        path: name.to_path_buf(),
        source,
    }
}

fn utf8(bytes: Vec<u8>, name: &Path) -> Result<String> {
    String::from_utf8(bytes).map_err(|e| {
        read_error(
            name,
            std::io::Error::new(
                std::io::ErrorKind::InvalidData,
                format!(
                    "not UTF-8 text (invalid byte at offset {})",
                    e.utf8_error().valid_up_to()
                ),
            ),
        )
    })
}

/// Header lines first, as a saved message starts.
fn looks_like_email(bytes: &[u8]) -> bool {
    let head = String::from_utf8_lossy(&bytes[..bytes.len().min(2048)]);
    let headers = [
        "from:",
        "subject:",
        "mime-version:",
        "content-type:",
        "return-path:",
    ];
    head.lines()
        .take_while(|line| !line.trim().is_empty())
        .filter(|line| {
            let line = line.to_ascii_lowercase();
            headers.iter().any(|h| line.starts_with(h))
        })
        .count()
        >= 2
}

fn looks_like_html(text: &str) -> bool {
    let start = text
        .trim_start()
        .get(..15)
        .unwrap_or_default()
        .to_ascii_lowercase();
    start.starts_with("<!doctype html") || start.starts_with("<html")
}

/// The message's text part (or its HTML part as text), transfer encoding and charset
/// decoded.
fn from_email(bytes: &[u8], name: &Path) -> Result<String> {
    let message = mail_parser::MessageParser::default()
        .parse(bytes)
        .ok_or_else(|| not_readable(name, "not an e-mail message"))?;
    let mut text = String::new();
    if let Some(subject) = message.subject() {
        text.push_str(subject);
        text.push_str("\n\n");
    }
    let body = message
        .body_text(0)
        .ok_or_else(|| not_readable(name, "the e-mail has no text"))?;
    text.push_str(&body);
    Ok(text)
}

/// The visible text of a page; list items, rows, headings and blocks on lines of their own
/// so each reads as a sentence.
fn from_html(html: &str) -> String {
    static BLOCKS: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(
            r"(?i)<(li|/li|div|/div|tr|/tr|h[1-6]|/h[1-6]|ul|/ul|ol|/ol|p|td|table)\b",
        )
        .expect("a fixed pattern")
    });
    let marked = BLOCKS.replace_all(html, "<br><$1");
    mail_parser::decoders::html::html_to_text(&marked)
}

fn not_readable(name: &Path, why: &str) -> Error {
    read_error(
        name,
        std::io::Error::new(std::io::ErrorKind::InvalidData, why.to_string()),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn list_items_become_lines_and_scripts_vanish() {
        let text = from_html(
            "<html><head><script>var x=1;</script></head><body><ul><li>One &amp; two</li><li>Three</li></ul></body></html>",
        );
        let lines: Vec<&str> = text
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .collect();
        assert_eq!(lines, ["One & two", "Three"]);
    }
}
