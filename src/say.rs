//! What commands tell the user beyond their results, at the level `--quiet`/`--verbose` set.

use std::sync::Mutex;
use std::sync::atomic::{AtomicU8, Ordering};

use crate::error::Error;

use crate::lang::Lang;

static LEVEL: AtomicU8 = AtomicU8::new(1);
/// The language of the line prefixes, as an index into [`Lang::ALL`].
static LANG: AtomicU8 = AtomicU8::new(0);

/// Sets the language of the prefixes this module adds ("warning", "警告").
pub fn speak(lang: Lang) {
    let index = Lang::ALL.iter().position(|l| *l == lang).unwrap_or(0);
    LANG.store(index as u8, Ordering::Relaxed);
}

/// The language set with [`speak`], for messages printed outside a command's own flow.
pub fn language() -> Lang {
    Lang::ALL[usize::from(LANG.load(Ordering::Relaxed))]
}

/// Sets the level from the global flags: 0 quiet, 1 normal, 2 verbose.
pub fn set(quiet: bool, verbose: bool) {
    LEVEL.store(
        if quiet {
            0
        } else if verbose {
            2
        } else {
            1
        },
        Ordering::Relaxed,
    );
}

/// Whether `--quiet` asked for errors only.
pub fn quiet() -> bool {
    LEVEL.load(Ordering::Relaxed) == 0
}

/// Why a line of [`info`] could not be written (a full disk), kept for the end of the
/// command: its work goes on, and its exit code then says the report was lost.
static LOST: Mutex<Option<std::io::Error>> = Mutex::new(None);

/// A line of progress ("wrote …", summaries), on standard output; silent with `--quiet`.
/// A closed pipe (`poa render … | head -1`) is not an error: the work is done.
pub fn info(line: &str) {
    if LEVEL.load(Ordering::Relaxed) >= 1
        && let Err(Error::Stdout(source)) = crate::fsio::print_stdout(&format!("{line}\n"))
        && let Ok(mut lost) = LOST.lock()
    {
        lost.get_or_insert(source);
    }
}

/// The first reason a line of [`info`] could not be written, if one could not.
pub fn lost_output() -> Option<std::io::Error> {
    LOST.lock().ok()?.take()
}

/// A warning, on standard error; silent with `--quiet`.
pub fn warn(line: &str) {
    if LEVEL.load(Ordering::Relaxed) >= 1 {
        let lang = language();
        eprintln!("poa: {}: {line}", crate::i18n::report::warning().get(lang));
    }
}

/// Detail only `--verbose` asks for, on standard error.
pub fn detail(line: &str) {
    if LEVEL.load(Ordering::Relaxed) >= 2 {
        eprintln!("poa: {line}");
    }
}
