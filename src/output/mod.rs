//! A letter's files written as one set: every target decided, every file staged in a
//! temporary file, then all renamed into place, or none. A failure part-way takes back the
//! files already placed and restores the ones `--force` was replacing, so a folder never
//! holds a mix of an old and a new letter.

pub mod manifest;
pub mod names;
pub mod stale;

use std::io::Write;
use std::path::{Path, PathBuf};

use tempfile::{NamedTempFile, TempPath};

use crate::error::{Error, Result};
use crate::fsio;
use manifest::{Entry, Ledger, Ownership};

/// One file of a set: where it goes, what it holds and what it is written from.
#[derive(Debug, Clone)]
pub struct Planned {
    pub path: PathBuf,
    pub bytes: Vec<u8>,
    /// Digest of the case, templates and options it comes from, for the manifest.
    pub source: String,
}

/// What is at a target path before the set is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Target {
    Free,
    /// A file that already holds the bytes to write.
    Unchanged,
    /// A file (or, with `--force`, a symbolic link) that the set replaces.
    Replaced,
}

/// A file staged beside its target, ready to be renamed into place.
struct Staged {
    path: PathBuf,
    temp: NamedTempFile,
    /// Whether a file (or link) is there, to keep aside while the new one goes in.
    replaces: bool,
}

/// A file renamed into place, with what it replaced, until the whole set is in.
struct Placed {
    path: PathBuf,
    /// The replaced file, kept under a temporary name; removed when the set is in.
    previous: Option<TempPath>,
}

/// Readies the folder a command writes into, before any work: a file standing where it
/// (or a parent) should be is one error for the whole command, and temporary files that a
/// killed poa left there go (see [`stale`]).
pub fn prepare(dir: &Path) -> Result<()> {
    if let Some(file) = dir.ancestors().find(|d| d.is_file()) {
        return Err(Error::NotAFolder {
            path: file.to_path_buf(),
        });
    }
    stale::sweep(dir);
    Ok(())
}

/// Writes every planned file, or none of them, and records them in the folder's manifest.
///
/// Without `force`, an existing file that poa did not write, or changed by hand since poa
/// wrote it, refuses the whole set before anything is written. A symbolic link at a target
/// is refused without `force` and, with it, the link itself is replaced by the file; what it
/// pointed to is never written through. Returns the files that already held exactly their
/// bytes and were left as they were.
pub fn write_set(files: &[Planned], force: bool, ledger: &Ledger) -> Result<Vec<PathBuf>> {
    write_set_with(files, force, ledger, place)
}

/// [`write_set`] with the step that renames a staged file into place given, so a test can
/// make one of them fail.
fn write_set_with(
    files: &[Planned],
    force: bool,
    ledger: &Ledger,
    mut place: impl FnMut(Staged) -> std::io::Result<Placed>,
) -> Result<Vec<PathBuf>> {
    let targets = files
        .iter()
        .map(|file| decide(file, force, ledger))
        .collect::<Result<Vec<_>>>()?;
    let mut unchanged = Vec::new();
    let mut staged = Vec::with_capacity(files.len());
    for (file, target) in files.iter().zip(targets) {
        if target == Target::Unchanged {
            unchanged.push(file.path.clone());
        } else {
            staged.push(stage(file, target == Target::Replaced)?);
        }
    }
    let mut placed: Vec<Placed> = Vec::with_capacity(staged.len());
    for file in staged {
        let path = file.path.clone();
        match place(file) {
            Ok(done) => placed.push(done),
            Err(source) => {
                take_back(placed);
                return Err(Error::Write {
                    source: fsio::without_paths(source),
                    path,
                });
            }
        }
    }
    // The set is in: the replaced files' copies go.
    drop(placed);
    ledger.record(files.iter().map(|file| {
        let entry = Entry {
            source: file.source.clone(),
            written: manifest::digest(&[&file.bytes]),
        };
        (file.path.clone(), entry)
    }))?;
    Ok(unchanged)
}

/// What is at a file's target, refused when the set may not be written there.
fn decide(file: &Planned, force: bool, ledger: &Ledger) -> Result<Target> {
    let path = &file.path;
    let meta = match std::fs::symlink_metadata(path) {
        Ok(meta) => meta,
        Err(e)
            if matches!(
                e.kind(),
                std::io::ErrorKind::NotFound | std::io::ErrorKind::NotADirectory
            ) =>
        {
            return folder_of(path).map(|()| Target::Free);
        }
        Err(source) => {
            return Err(Error::Write {
                path: path.to_path_buf(),
                source: fsio::without_paths(source),
            });
        }
    };
    let path = path.to_path_buf();
    if meta.is_dir() {
        return Err(Error::IsFolder { path });
    }
    if meta.is_symlink() {
        return if force {
            Ok(Target::Replaced)
        } else {
            Err(Error::Symlink { path })
        };
    }
    match ledger.owns(&path, &file.bytes) {
        // --force writes every file again, as asked.
        Ownership::Same if !force => Ok(Target::Unchanged),
        Ownership::Same | Ownership::Ours => Ok(Target::Replaced),
        _ if force => Ok(Target::Replaced),
        Ownership::Edited => Err(Error::Edited { path }),
        Ownership::Unknown => Err(Error::Exists { path }),
    }
}

/// Creates the folder a file goes into; a file standing where a folder is needed is one
/// clear error naming it.
fn folder_of(path: &Path) -> Result<()> {
    let dir = fsio::parent(path);
    if let Some(file) = dir.ancestors().find(|d| d.is_file()) {
        return Err(Error::NotAFolder {
            path: file.to_path_buf(),
        });
    }
    std::fs::create_dir_all(dir).map_err(|source| Error::Write {
        path: path.to_path_buf(),
        source: fsio::without_paths(source),
    })
}

fn stage(file: &Planned, replaces: bool) -> Result<Staged> {
    let write_error = |source| Error::Write {
        path: file.path.clone(),
        source: fsio::without_paths(source),
    };
    let mut temp = fsio::temp_in(fsio::parent(&file.path)).map_err(write_error)?;
    // The file itself, whose errors are the system's own (the wrapper's name the temporary
    // file).
    temp.as_file_mut()
        .write_all(&file.bytes)
        .map_err(write_error)?;
    Ok(Staged {
        path: file.path.clone(),
        temp,
        replaces,
    })
}

/// Renames a staged file into place, keeping what it replaces until the set is in.
fn place(file: Staged) -> std::io::Result<Placed> {
    if !file.replaces {
        // No-clobber: a file that appeared since the decision is not overwritten.
        file.temp
            .persist_noclobber(&file.path)
            .map_err(|e| e.error)?;
        return Ok(Placed {
            path: file.path,
            previous: None,
        });
    }
    let previous = fsio::keep_aside(&file.path)?;
    if let Err(e) = file.temp.persist(&file.path) {
        restore(&file.path, Some(previous));
        return Err(e.error);
    }
    Ok(Placed {
        path: file.path,
        previous: Some(previous),
    })
}

/// Undoes the files placed so far, last first.
fn take_back(placed: Vec<Placed>) {
    for file in placed.into_iter().rev() {
        restore(&file.path, file.previous);
    }
}

/// Puts back what was at `path` before the set: the kept file, or nothing.
fn restore(path: &Path, previous: Option<TempPath>) {
    // Best effort: the error that caused the undo is the one reported.
    let _ = match previous {
        Some(previous) => previous.persist(path).map_err(|e| e.error),
        None => std::fs::remove_file(path),
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    fn set(dir: &Path, text: &str) -> Vec<Planned> {
        ["docx", "pdf", "md"]
            .iter()
            .map(|ext| Planned {
                path: dir.join(format!("letter.{ext}")),
                bytes: format!("{text} {ext}").into_bytes(),
                source: text.into(),
            })
            .collect()
    }

    fn folder(dir: &Path) -> Vec<(String, String)> {
        let mut files: Vec<_> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| {
                let e = e.unwrap();
                let text = std::fs::read_to_string(e.path()).unwrap_or_default();
                (e.file_name().to_string_lossy().into_owned(), text)
            })
            .filter(|(name, _)| name != manifest::FILE_NAME)
            .collect();
        files.sort();
        files
    }

    /// Places files as poa does, except the third, which fails as a full disk would.
    fn third_fails() -> impl FnMut(Staged) -> std::io::Result<Placed> {
        let mut count = 0;
        move |file| {
            count += 1;
            if count == 3 {
                return Err(std::io::Error::from_raw_os_error(28));
            }
            place(file)
        }
    }

    #[test]
    fn a_set_whose_third_file_fails_leaves_the_folder_as_it_was() {
        let dir = tempfile::tempdir().unwrap();
        let ledger = Ledger::open(dir.path());
        let error =
            write_set_with(&set(dir.path(), "new"), false, &ledger, third_fails()).unwrap_err();
        assert!(error.to_string().contains("letter.md"), "{error}");
        assert!(!error.to_string().contains(".poa-"), "{error}");
        assert_eq!(folder(dir.path()), vec![], "no file of the set is left");
    }

    #[test]
    fn a_forced_set_whose_third_file_fails_restores_the_letters_it_replaced() {
        let dir = tempfile::tempdir().unwrap();
        let ledger = Ledger::open(dir.path());
        write_set(&set(dir.path(), "old"), false, &ledger).unwrap();
        let before = folder(dir.path());
        write_set_with(&set(dir.path(), "new"), true, &ledger, third_fails()).unwrap_err();
        assert_eq!(folder(dir.path()), before, "the old letter, whole");
        write_set(&set(dir.path(), "new"), true, &ledger).unwrap();
        assert!(
            folder(dir.path())
                .iter()
                .all(|(_, text)| text.starts_with("new"))
        );
        assert_eq!(folder(dir.path()).len(), 3, "no kept copy is left");
    }

    #[test]
    fn one_existing_file_refuses_the_whole_set_before_any_write() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("letter.md"), "mine").unwrap();
        let error =
            write_set(&set(dir.path(), "new"), false, &Ledger::open(dir.path())).unwrap_err();
        assert!(matches!(error, Error::Exists { .. }));
        assert_eq!(
            folder(dir.path()),
            vec![("letter.md".into(), "mine".into())]
        );
    }
}
