//! Every user-facing failure, its message and its exit code (sysexits).

use std::fmt;
use std::path::PathBuf;

use crate::i18n::Bilingual;
use crate::lang::Lang;

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
    pub message: Bilingual,
    /// What would be valid, when poa can say.
    pub help: Option<Bilingual>,
}

impl Diagnostic {
    /// The problem in `lang`: file:line:column, the field (also as the interview names it),
    /// what is wrong and what would be valid.
    pub fn show(&self, lang: Lang) -> String {
        let mut shown = self.file.display().to_string();
        if let Some(line) = self.line {
            shown += &format!(":{line}");
            if let Some(column) = self.column {
                shown += &format!(":{column}");
            }
        }
        let (colon, help) = match lang {
            Lang::En => (": ", "help: "),
            Lang::Zh => ("：", "提示："),
        };
        if !self.field.is_empty() {
            shown += &format!(
                ": {}{}",
                self.field,
                crate::i18n::fields::named(&self.field, lang)
            );
        }
        shown += &format!("{colon}{}", self.message.get(lang));
        if let Some(text) = &self.help {
            shown += &format!("\n  {help}{}", text.get(lang));
        }
        shown
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.show(Lang::En))
    }
}

/// Everything that can stop a poa command.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The command line asks for something poa cannot do (never an internal fault: those
    /// panic with a message, as broken invariants).
    #[error("{}", .0.en)]
    Usage(crate::i18n::Bilingual),
    /// A valid case that poa will not turn into a letter (it would have to be padded).
    #[error("{}", .0.en)]
    Refused(crate::i18n::Bilingual),
    /// Lint found errors in the case, so no letter was written.
    #[error("{}: no letter written: lint found errors in the case (--allow-lint-errors writes it anyway)\n{}", file.display(), crate::findings::in_full(findings, Lang::En))]
    Lint {
        file: PathBuf,
        findings: Vec<crate::findings::Finding>,
    },
    /// The case file (or another data input) is invalid; every problem found is listed.
    #[error("{}", list(.0))]
    Invalid(Vec<Diagnostic>),
    /// A template failed to parse or render.
    #[error("template {template}: {}", message.en)]
    Template {
        template: String,
        message: crate::i18n::Bilingual,
    },
    /// A character in the letter that the PDF font cannot draw.
    #[error("{field}: the PDF font cannot draw {ch:?} (U+{code:04X}); pass --font with a font that has it", code = *.ch as u32)]
    MissingGlyph { ch: char, field: String },
    /// An input file is missing or unreadable.
    #[error("cannot read {}: {source}", path.display())]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    /// An input is longer than poa reads (a file, a device that does not end, or a draft's
    /// text once uncompressed).
    #[error("{} is larger than poa reads ({}); is it the right file?", path.display(), megabytes(*.limit))]
    TooLarge { path: PathBuf, limit: u64 },
    /// An output file exists and `--force` was not given.
    #[error("{} already exists; pass --force to overwrite it", path.display())]
    Exists { path: PathBuf },
    /// A folder stands where an output file goes.
    #[error("{} is a folder, where poa would write a file; rename the folder or choose another --out", path.display())]
    IsFolder { path: PathBuf },
    /// A file stands where the output folder (or one of its parents) goes.
    #[error("{} is a file, where poa needs a folder for its output; choose another --out", path.display())]
    NotAFolder { path: PathBuf },
    /// A symbolic link stands where an output file goes.
    #[error("{} is a symbolic link; poa never writes through one: remove it, or pass --force to replace the link itself with the file (what it points to is left as it is)", path.display())]
    Symlink { path: PathBuf },
    /// An output file poa wrote was changed since, and `--force` was not given.
    #[error("{} was changed after poa wrote it; poa keeps your changes: pass --force to overwrite it", path.display())]
    Edited { path: PathBuf },
    /// An output file cannot be written.
    #[error("cannot write {}: {source}", path.display())]
    Write {
        path: PathBuf,
        source: std::io::Error,
    },
    /// Standard output cannot be written (a full disk it is redirected to).
    #[error("cannot write to standard output: {0}")]
    Stdout(std::io::Error),
    /// The interview's terminal fails: it cannot be read or written (it was closed).
    #[error("the interview cannot use the terminal: {0}")]
    Terminal(std::io::Error),
}

/// A limit in whole megabytes (MiB), as people write it: "1 MB".
pub fn megabytes(bytes: u64) -> String {
    format!("{} MB", bytes >> 20)
}

fn list(diagnostics: &[Diagnostic]) -> String {
    diagnostics
        .iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join("\n")
}

impl Error {
    /// The message in `lang` (the `Display` is English).
    pub fn show(&self, lang: Lang) -> String {
        crate::i18n::errors::describe(self, lang)
    }

    /// The process exit code for this error.
    pub fn exit_code(&self) -> u8 {
        match self {
            Error::Usage(_) | Error::Terminal(_) => exit::USAGE,
            Error::Refused(_)
            | Error::Lint { .. }
            | Error::Invalid(_)
            | Error::Template { .. }
            | Error::MissingGlyph { .. }
            | Error::TooLarge { .. } => exit::DATA,
            Error::Read { .. } => exit::NO_INPUT,
            Error::Exists { .. }
            | Error::IsFolder { .. }
            | Error::NotAFolder { .. }
            | Error::Symlink { .. }
            | Error::Edited { .. }
            | Error::Write { .. }
            | Error::Stdout(_) => exit::CANT_CREATE,
        }
    }
}

/// Result with poa's [`Error`].
pub type Result<T, E = Error> = std::result::Result<T, E>;
