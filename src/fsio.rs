//! File-system helpers whose every error names the path.

use std::io::{Read, Write};
use std::path::Path;

use crate::error::{Error, Result};

/// The most a case file, rule file, template or message may hold.
pub const TEXT_LIMIT: u64 = 1 << 20;
/// The most text a draft may hold: the file, or a DOCX's uncompressed document.xml.
pub const DRAFT_LIMIT: u64 = 20 << 20;

/// The most a TrueType font given with `--font` may hold (CJK fonts run to 20–30 MB).
pub const FONT_LIMIT: u64 = 64 << 20;

/// The first read's buffer: most case files and drafts fit in it.
const READ_CHUNK: usize = 64 << 10;

/// Reads a UTF-8 text file of at most `limit` bytes (see [`read_bounded`]).
pub fn read_text(path: &Path, limit: u64) -> Result<String> {
    utf8(read_bounded(path, limit)?, path)
}

/// Bytes read from `name` as UTF-8 text, as [`plain_text`] gives it.
pub fn utf8(bytes: Vec<u8>, name: &Path) -> Result<String> {
    String::from_utf8(bytes)
        .map(plain_text)
        .map_err(|e| Error::Read {
            path: name.to_path_buf(),
            source: std::io::Error::new(
                std::io::ErrorKind::InvalidData,
                format!(
                    "not UTF-8 text (invalid byte at offset {})",
                    e.utf8_error().valid_up_to()
                ),
            ),
        })
}

/// Text as poa reads it: without the byte-order mark Windows Notepad puts first, and with
/// Windows' CRLF line ends as LF, so a file saved on Windows reads (and writes the same
/// letter) as the same file saved anywhere else.
pub fn plain_text(text: String) -> String {
    let text = match text.strip_prefix('\u{feff}') {
        Some(rest) => rest.to_string(),
        None => text,
    };
    if text.contains("\r\n") {
        text.replace("\r\n", "\n")
    } else {
        text
    }
}

/// Reads at most `limit` bytes of `path`. A longer file, or a pipe or device that does not
/// end, is bad data naming the file and the limit, found after reading `limit + 1` bytes.
pub fn read_bounded(path: &Path, limit: u64) -> Result<Vec<u8>> {
    let file = std::fs::File::open(path).map_err(|source| Error::Read {
        path: path.to_path_buf(),
        source,
    })?;
    read_limited(file, limit, path)
}

/// Reads `reader` to its end, at most `limit` bytes of it; `name` names it in errors.
pub fn read_limited(reader: impl Read, limit: u64, name: &Path) -> Result<Vec<u8>> {
    // The buffer doubles as bytes arrive but never past `limit + 1` (the byte that shows the
    // limit passed), so a bounded read holds at most the bound, and a small file costs
    // little: reserving the whole bound at once made every read pay for it.
    let bound = usize::try_from(limit + 1).unwrap_or(usize::MAX);
    let read_error = |source| Error::Read {
        path: name.to_path_buf(),
        source,
    };
    let mut reader = reader.take(limit + 1);
    let mut bytes = Vec::new();
    while bytes.len() < bound {
        let room = bytes.capacity().max(READ_CHUNK).min(bound - bytes.len());
        bytes.reserve_exact(room);
        let read = (&mut reader)
            .take(room as u64)
            .read_to_end(&mut bytes)
            .map_err(read_error)?;
        if read < room {
            break;
        }
    }
    if bytes.len() as u64 > limit {
        return Err(Error::TooLarge {
            path: name.to_path_buf(),
            limit,
        });
    }
    Ok(bytes)
}

/// Ends poa at once with the error's message and exit code: for work that cannot be
/// stopped any other way (a template that does not finish).
pub fn abandon(error: &Error) -> ! {
    eprintln!("poa: {}", error.show(crate::say::language()));
    std::process::exit(error.exit_code().into())
}

/// Runs a printer on standard output (colour only where the stream takes it: `anstream`
/// honours NO_COLOR and non-terminals); a closed pipe (`poa check --json | head`) ends
/// output quietly.
pub fn to_stdout(print: impl FnOnce(&mut anstream::Stdout) -> std::io::Result<()>) -> Result<()> {
    let mut out = anstream::stdout();
    match print(&mut out).and_then(|()| out.flush()) {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => Err(Error::Stdout(e)),
        _ => Ok(()),
    }
}

/// Prints text to standard output, as [`to_stdout`].
pub fn print_stdout(text: &str) -> Result<()> {
    to_stdout(|out| out.write_all(text.as_bytes()))
}

/// Prints a value as pretty JSON for scripts, as [`to_stdout`].
pub fn print_json<T: serde::Serialize + ?Sized>(value: &T) -> Result<()> {
    to_stdout(|out| {
        serde_json::to_writer_pretty(&mut *out, value)?;
        writeln!(out)
    })
}

/// Writes `bytes` to `path` atomically: a temporary file in the same folder, then a rename,
/// so a reader (or an interrupted poa) never sees half a file. Without `overwrite`, an
/// existing file is an error and is left untouched. For files poa can write again from the
/// case (letters, templates, schemas); see [`write_durable`] for the seller's own answers.
pub fn write_atomic(path: &Path, bytes: &[u8], overwrite: bool) -> Result<()> {
    write(path, bytes, overwrite, false)
}

/// Like [`write_atomic`], and the data reaches the disk before the rename, so not even a
/// power cut loses it: for the case file, the only copy of the seller's answers.
pub fn write_durable(path: &Path, bytes: &[u8]) -> Result<()> {
    write(path, bytes, true, true)
}

fn write(path: &Path, bytes: &[u8], overwrite: bool, durable: bool) -> Result<()> {
    let write_error = |source| Error::Write {
        path: path.to_path_buf(),
        source: without_paths(source),
    };
    if !overwrite && path.exists() {
        return Err(Error::Exists {
            path: path.to_path_buf(),
        });
    }
    let dir = parent(path);
    std::fs::create_dir_all(dir).map_err(write_error)?;
    let mut temp = temp_in(dir).map_err(write_error)?;
    temp.as_file_mut().write_all(bytes).map_err(write_error)?;
    if durable {
        temp.as_file().sync_all().map_err(write_error)?;
    }
    if overwrite {
        temp.persist(path).map_err(|e| write_error(e.error))?;
    } else {
        // No-clobber persist closes the race between the check above and the rename.
        temp.persist_noclobber(path)
            .map_err(|e| match e.error.kind() {
                std::io::ErrorKind::AlreadyExists => Error::Exists {
                    path: path.to_path_buf(),
                },
                _ => write_error(e.error),
            })?;
    }
    Ok(())
}

/// The folder a file is written into (`.` for a bare file name).
pub fn parent(path: &Path) -> &Path {
    match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir,
        _ => Path::new("."),
    }
}

/// The start of every temporary file's name: `.poa-<process id>-<random>.tmp`, so a later
/// poa can tell one whose process is gone (see [`temp_owner`]).
const TEMP_PREFIX: &str = ".poa-";
const TEMP_SUFFIX: &str = ".tmp";

fn temp_builder(prefix: &str) -> tempfile::Builder<'_, 'static> {
    let mut builder = tempfile::Builder::new();
    builder.prefix(prefix).suffix(TEMP_SUFFIX);
    // Temporary files are private by default; a letter is an ordinary document.
    #[cfg(unix)]
    builder.permissions(std::os::unix::fs::PermissionsExt::from_mode(0o644));
    builder
}

fn temp_prefix() -> String {
    format!("{TEMP_PREFIX}{}-", std::process::id())
}

/// A new, empty temporary file in `dir`, removed when dropped unless persisted.
pub fn temp_in(dir: &Path) -> std::io::Result<tempfile::NamedTempFile> {
    temp_builder(&temp_prefix()).tempfile_in(dir)
}

/// Gives `path` a second, temporary name in its folder (a hard link, or a rename where
/// the file system has none), so the file can be put back after it is replaced; the
/// temporary name goes when dropped.
pub fn keep_aside(path: &Path) -> std::io::Result<tempfile::TempPath> {
    replaceable(path)?;
    let kept = temp_builder(&temp_prefix()).make_in(parent(path), |aside| {
        match std::fs::hard_link(path, aside) {
            // Taken: another name is tried.
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => Err(e),
            Err(_) => std::fs::rename(path, aside),
            Ok(()) => Ok(()),
        }
    })?;
    Ok(kept.into_temp_path())
}

/// Whether Windows lets this file be replaced: a program that holds it open without
/// sharing its deletion (Word, with the document it shows) stops the rename, and would stop
/// the removal of a second name given to it first, which would then be left behind.
#[cfg(windows)]
fn replaceable(path: &Path) -> std::io::Result<()> {
    use std::os::windows::fs::OpenOptionsExt;
    const DELETE: u32 = 0x0001_0000;
    const SHARE_READ_WRITE_DELETE: u32 = 0x7;
    // A symbolic link is replaced itself, never what it points to.
    const FILE_FLAG_OPEN_REPARSE_POINT: u32 = 0x0020_0000;
    std::fs::OpenOptions::new()
        .access_mode(DELETE)
        .share_mode(SHARE_READ_WRITE_DELETE)
        .custom_flags(FILE_FLAG_OPEN_REPARSE_POINT)
        .open(path)
        .map(drop)
}

/// Elsewhere an open file never stops a rename.
#[cfg(not(windows))]
fn replaceable(_path: &Path) -> std::io::Result<()> {
    Ok(())
}

/// The process id in the name of a temporary file poa made, if `name` is one.
pub fn temp_owner(name: &str) -> Option<u32> {
    let rest = name.strip_prefix(TEMP_PREFIX)?.strip_suffix(TEMP_SUFFIX)?;
    rest.split_once('-')?.0.parse().ok()
}

/// The operating system's reason alone: the temporary file's name that some errors carry
/// is nothing a person can act on, and messages name the file being written instead.
pub fn without_paths(error: std::io::Error) -> std::io::Error {
    match error.raw_os_error() {
        Some(code) => std::io::Error::from_raw_os_error(code),
        None => std::io::Error::from(error.kind()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refuses_to_overwrite_without_permission_and_keeps_the_old_content() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("letter.md");
        write_atomic(&path, b"first", false).unwrap();
        let error = write_atomic(&path, b"second", false).unwrap_err();
        assert!(matches!(error, Error::Exists { .. }));
        assert_eq!(std::fs::read(&path).unwrap(), b"first");
        write_atomic(&path, b"third", true).unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), b"third");
        let leftovers: Vec<_> = std::fs::read_dir(dir.path()).unwrap().collect();
        assert_eq!(leftovers.len(), 1, "no temporary file is left behind");
    }

    #[test]
    fn text_saved_on_windows_reads_as_text_saved_elsewhere() {
        assert_eq!(
            plain_text("\u{feff}a = 1\r\nb = \"\r\"\r\n".into()),
            "a = 1\nb = \"\r\"\n"
        );
        assert_eq!(
            plain_text("a\u{feff}\n".into()),
            "a\u{feff}\n",
            "only a leading mark goes"
        );
    }

    #[test]
    fn a_durable_write_replaces_the_case_and_leaves_nothing_else() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("case.toml");
        write_durable(&path, b"status = \"incomplete\"").unwrap();
        write_durable(&path, b"status = \"complete\"").unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), b"status = \"complete\"");
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
    }
}
