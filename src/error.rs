//! Every user-facing failure, its message and its exit code (sysexits).

use std::fmt;
use std::path::PathBuf;

/// Exit codes, from BSD sysexits so scripts can tell failures apart.
pub mod exit {
    /// Findings above a threshold (originality, lint, message-check), like `grep`'s 1.
    pub const FINDINGS: u8 = 1;
    /// Bad command line, or a wizard started without a terminal.
    pub const USAGE: u8 = 64;
    /// The case file, a template or a draft holds bad data.
    pub const DATA: u8 = 65;
    /// An input file does not exist or cannot be read.
    pub const NO_INPUT: u8 = 66;
    /// An output file cannot be written (or exists and `--force` was not given).
    pub const CANT_CREATE: u8 = 73;
    /// Stopped by Ctrl-C (or TERM/HUP): only complete files are left, answers are saved.
    pub const INTERRUPTED: u8 = 130;
}

/// One problem found in an input file, placed as precisely as the input allows.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Diagnostic {
    /// The file the problem is in.
    pub file: PathBuf,
    /// 1-based line and column, when known.
    pub line: Option<usize>,
    pub column: Option<usize>,
    /// Dotted path of the field, e.g. `orders[2].id`; empty for the whole file.
    pub field: String,
    /// What is wrong.
    pub message: String,
    /// What would be valid, when poa can say.
    pub help: Option<String>,
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.file.display())?;
        if let Some(line) = self.line {
            write!(f, ":{line}")?;
            if let Some(column) = self.column {
                write!(f, ":{column}")?;
            }
        }
        if !self.field.is_empty() {
            write!(f, ": {}", self.field)?;
        }
        write!(f, ": {}", self.message)?;
        if let Some(help) = &self.help {
            write!(f, "\n  help: {help}")?;
        }
        Ok(())
    }
}

/// Everything that can stop a poa command.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The command line asks for something poa cannot do.
    #[error("{0}")]
    Usage(String),
    /// The case file (or another data input) is invalid; every problem found is listed.
    #[error("{}", list(.0))]
    Invalid(Vec<Diagnostic>),
    /// A template failed to parse or render.
    #[error("template {template}: {message}")]
    Template { template: String, message: String },
    /// A character in the letter that the PDF font cannot draw.
    #[error("{field}: the PDF font cannot draw {ch:?} (U+{code:04X}); pass --font with a font that has it", code = *.ch as u32)]
    MissingGlyph { ch: char, field: String },
    /// An input file is missing or unreadable.
    #[error("cannot read {}: {source}", path.display())]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    /// An output file exists and `--force` was not given.
    #[error("{} already exists; pass --force to overwrite it", path.display())]
    Exists { path: PathBuf },
    /// An output file cannot be written.
    #[error("cannot write {}: {source}", path.display())]
    Write {
        path: PathBuf,
        source: std::io::Error,
    },
}

fn list(diagnostics: &[Diagnostic]) -> String {
    diagnostics
        .iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join("\n")
}

impl Error {
    /// The process exit code for this error.
    pub fn exit_code(&self) -> u8 {
        match self {
            Error::Usage(_) => exit::USAGE,
            Error::Invalid(_) | Error::Template { .. } | Error::MissingGlyph { .. } => exit::DATA,
            Error::Read { .. } => exit::NO_INPUT,
            Error::Exists { .. } | Error::Write { .. } => exit::CANT_CREATE,
        }
    }
}

/// Result with poa's [`Error`].
pub type Result<T, E = Error> = std::result::Result<T, E>;
