//! The documents of an `--against` folder as references: every .txt, .md, .docx and .pdf
//! in it and its subfolders, in path order; what cannot be read is listed, not fatal.

use std::path::{Path, PathBuf};

use serde::Serialize;

use super::{FlatText, Reference};
use crate::error::{Error, Result};
use crate::i18n::{Bilingual, checks as say};

/// A file of the folder that was not used, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Skipped {
    pub path: PathBuf,
    pub reason: Bilingual,
}

/// The references a folder holds, and the files left aside.
#[derive(Debug, Clone, Default)]
pub struct Folder {
    pub references: Vec<Reference>,
    pub skipped: Vec<Skipped>,
}

/// Reads every document under `dir`; only a folder that cannot be listed at all is an error.
pub fn read(dir: &Path) -> Result<Folder> {
    let mut files = Vec::new();
    list(dir, &mut files).map_err(|source| Error::Read {
        path: dir.to_path_buf(),
        source,
    })?;
    files.sort();
    let mut folder = Folder::default();
    for path in files {
        match reference(&path) {
            Ok(text) => folder.references.push(Reference {
                source: path.display().to_string(),
                text,
            }),
            Err(reason) => folder.skipped.push(Skipped { path, reason }),
        }
    }
    Ok(folder)
}

/// The files under `dir`, subfolders included; hidden files and symbolic links to folders
/// are left out (a link could lead back up the tree).
fn list(dir: &Path, files: &mut Vec<PathBuf>) -> std::io::Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let entry = entry?;
        if entry.file_name().to_string_lossy().starts_with('.') {
            continue;
        }
        let kind = entry.file_type()?;
        if kind.is_dir() {
            // A subfolder that cannot be listed is skipped like an unreadable file.
            if list(&entry.path(), files).is_err() {
                files.push(entry.path());
            }
        } else {
            files.push(entry.path());
        }
    }
    Ok(())
}

/// A document's text, flattened like a draft's, or why it cannot be used.
fn reference(path: &Path) -> std::result::Result<String, Bilingual> {
    let extension = path
        .extension()
        .map(|e| e.to_string_lossy().to_ascii_lowercase())
        .unwrap_or_default();
    let draft = match extension.as_str() {
        "txt" | "md" | "markdown" | "docx" => {
            crate::draft::read(path).map_err(|e| Bilingual::same(e.to_string()))?
        }
        "pdf" => crate::draft::text_draft(&pdf_text(path)?),
        _ if path.is_dir() => return Err(say::unreadable_folder()),
        _ => return Err(say::not_a_reference()),
    };
    Ok(FlatText::new(&draft.document).text)
}

/// A PDF's text through `pdftotext` (poppler-utils), when it is installed.
fn pdf_text(path: &Path) -> std::result::Result<String, Bilingual> {
    let output = std::process::Command::new("pdftotext")
        .arg("-enc")
        .arg("UTF-8")
        .arg(path)
        .arg("-")
        .output()
        .map_err(|_| say::no_pdftotext())?;
    if !output.status.success() {
        return Err(say::unreadable_pdf(
            String::from_utf8_lossy(&output.stderr).trim(),
        ));
    }
    Ok(String::from_utf8_lossy(&output.stdout).into_owned())
}
