//! Ctrl-C, `kill` (TERM) and a closed terminal (HUP) stop a command that writes letters
//! the same way: the case under way finishes its set of files, nothing new starts, and poa
//! exits with the interrupted code. Without this, TERM and HUP ended poa mid-write.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

/// A flag set when INT, TERM or HUP arrives. Installed once per process: the interview,
/// which reads keys itself, never installs it.
pub fn flag() -> Arc<AtomicBool> {
    let flag = Arc::new(AtomicBool::new(false));
    let set = flag.clone();
    // Fails only if a handler is already installed; the flag then never rises, as before.
    let _ = ctrlc::set_handler(move || set.store(true, Ordering::SeqCst));
    flag
}
