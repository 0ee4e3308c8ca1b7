//! The manifest of an output folder, `.poa.manifest.json`: for each file poa wrote there,
//! a digest of what it was written from (the case, the templates, the options) and a
//! digest of the file as written. It lets a re-run skip letters that are up to date and
//! overwrite only files that poa wrote and nobody has changed since.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::time::{Duration, Instant};

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::error::Result;
use crate::fsio;

/// The manifest's file name in each output folder.
pub const FILE_NAME: &str = ".poa.manifest.json";

/// How often a long batch saves the manifest; a run killed outright loses at most this
/// much of it (the files then still match what poa would write, see [`Ledger::owns`]).
const SAVE_EVERY: Duration = Duration::from_millis(500);

/// What the manifest holds, keyed by file name, sorted so the same runs give the same bytes.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
struct Manifest {
    version: u32,
    files: BTreeMap<String, Entry>,
}

/// One file poa wrote.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entry {
    /// Digest of what the file was written from: see [`source_digest`].
    pub source: String,
    /// Digest of the file's bytes as poa wrote them.
    pub written: String,
}

/// The SHA-256 of `parts`, each preceded by its length so no two lists digest alike, in hex.
pub fn digest(parts: &[&[u8]]) -> String {
    let mut hash = Sha256::new();
    for part in parts {
        hash.update((part.len() as u64).to_le_bytes());
        hash.update(part);
    }
    hash.finalize().iter().map(|b| format!("{b:02x}")).collect()
}

/// The manifest of one output folder, shared by the threads of a batch.
pub struct Ledger {
    path: PathBuf,
    state: Mutex<State>,
}

struct State {
    manifest: Manifest,
    unsaved: bool,
    saved_at: Instant,
}

impl Ledger {
    /// The manifest of `dir`. A missing or unreadable one is empty: every existing file is
    /// then treated as not poa's, and kept.
    pub fn open(dir: &Path) -> Ledger {
        let path = dir.join(FILE_NAME);
        let manifest = read(&path);
        Ledger {
            path,
            state: Mutex::new(State {
                manifest,
                unsaved: false,
                saved_at: Instant::now(),
            }),
        }
    }

    fn entry(&self, file: &Path) -> Option<Entry> {
        let state = self
            .state
            .lock()
            .expect("no thread panics holding the ledger");
        state.manifest.files.get(&key(file)).cloned()
    }

    /// Whether `file` holds what poa wrote from `source` and is unchanged since.
    pub fn up_to_date(&self, file: &Path, source: &str) -> bool {
        self.entry(file).is_some_and(|entry| {
            entry.source == source
                && std::fs::read(file).is_ok_and(|bytes| digest(&[&bytes]) == entry.written)
        })
    }

    /// What poa knows of an existing `file` it is about to replace with `bytes`.
    pub fn owns(&self, file: &Path, bytes: &[u8]) -> Ownership {
        let Ok(current) = std::fs::read(file) else {
            return Ownership::Unknown;
        };
        if current == bytes {
            return Ownership::Same;
        }
        match self.entry(file) {
            Some(entry) if entry.written == digest(&[&current]) => Ownership::Ours,
            Some(_) => Ownership::Edited,
            None => Ownership::Unknown,
        }
    }

    /// Records files just written; saves now and then (see [`SAVE_EVERY`]).
    pub fn record(&self, files: impl IntoIterator<Item = (PathBuf, Entry)>) -> Result<()> {
        let mut state = self
            .state
            .lock()
            .expect("no thread panics holding the ledger");
        for (file, entry) in files {
            state.manifest.files.insert(key(&file), entry);
        }
        state.unsaved = true;
        if state.saved_at.elapsed() >= SAVE_EVERY {
            self.save_locked(&mut state)?;
        }
        Ok(())
    }

    /// Saves what is not yet saved.
    pub fn save(&self) -> Result<()> {
        let mut state = self
            .state
            .lock()
            .expect("no thread panics holding the ledger");
        self.save_locked(&mut state)
    }

    fn save_locked(&self, state: &mut State) -> Result<()> {
        if !state.unsaved {
            return Ok(());
        }
        // Another poa may have written to the folder meanwhile: its entries stay, ours win.
        let mut merged = read(&self.path);
        merged.files.extend(state.manifest.files.clone());
        merged.version = 1;
        let mut text = serde_json::to_string_pretty(&merged).expect("a manifest serializes");
        text.push('\n');
        fsio::write_atomic(&self.path, text.as_bytes(), true)?;
        state.manifest = merged;
        state.unsaved = false;
        state.saved_at = Instant::now();
        Ok(())
    }
}

/// The manifest at `path`; a missing or unreadable one is empty.
fn read(path: &Path) -> Manifest {
    fsio::read_text(path, fsio::TEXT_LIMIT * 16)
        .ok()
        .and_then(|text| serde_json::from_str(&text).ok())
        .unwrap_or_default()
}

/// What an existing file is to poa.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ownership {
    /// It already holds exactly the bytes to write.
    Same,
    /// poa wrote it and it is unchanged since.
    Ours,
    /// poa wrote it and someone changed it since.
    Edited,
    /// poa has no record of it.
    Unknown,
}

/// A file's key in the manifest: its name in the folder.
fn key(file: &Path) -> String {
    file.file_name()
        .map(|name| name.to_string_lossy().into_owned())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_manifest_is_the_same_bytes_for_the_same_records() {
        let dir = tempfile::tempdir().unwrap();
        let entry = |n: &str| Entry {
            source: digest(&[n.as_bytes()]),
            written: digest(&[b"x"]),
        };
        let save = |order: &[&str]| {
            let _ = std::fs::remove_file(dir.path().join(FILE_NAME));
            let ledger = Ledger::open(dir.path());
            for name in order {
                ledger
                    .record([(dir.path().join(name), entry(name))])
                    .unwrap();
            }
            ledger.save().unwrap();
            std::fs::read(dir.path().join(FILE_NAME)).unwrap()
        };
        assert_eq!(save(&["b.pdf", "a.docx"]), save(&["a.docx", "b.pdf"]));
    }

    #[test]
    fn digests_of_different_splits_differ() {
        assert_ne!(digest(&[b"ab", b"c"]), digest(&[b"a", b"bc"]));
    }
}
