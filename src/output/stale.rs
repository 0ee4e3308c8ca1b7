//! Temporary files an earlier poa left in an output folder when it was killed (`kill -9`,
//! a power cut): removed at start, but only those whose process is gone, so two poa runs
//! can share a folder.

use std::path::Path;

use crate::fsio;

/// Removes from `dir` every temporary file of a poa process that no longer runs; returns
/// how many. A folder that cannot be read is left to the writes to report.
pub fn sweep(dir: &Path) -> usize {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return 0;
    };
    entries
        .filter_map(|entry| entry.ok())
        .filter(|entry| {
            let name = entry.file_name();
            name.to_str()
                .and_then(fsio::temp_owner)
                .is_some_and(|pid| !running(pid))
        })
        .filter(|entry| std::fs::remove_file(entry.path()).is_ok())
        .count()
}

/// Whether a process with this id exists (signal 0 checks without sending anything; a
/// process of another user answers "not permitted", which still means it runs).
#[cfg(unix)]
fn running(pid: u32) -> bool {
    let Ok(pid) = libc::pid_t::try_from(pid) else {
        return false;
    };
    // SAFETY: kill with signal 0 only checks that the process exists; it has no effect.
    let answer = unsafe { libc::kill(pid, 0) };
    answer == 0 || std::io::Error::last_os_error().raw_os_error() == Some(libc::EPERM)
}

/// Whether a process with this id runs: one that cannot be opened runs only if it belongs
/// to someone else (access denied); one that can has no exit code yet.
#[cfg(windows)]
fn running(pid: u32) -> bool {
    use windows_sys::Win32::Foundation::{CloseHandle, ERROR_ACCESS_DENIED, STILL_ACTIVE};
    use windows_sys::Win32::System::Threading::{
        GetExitCodeProcess, OpenProcess, PROCESS_QUERY_LIMITED_INFORMATION,
    };
    // SAFETY: the handle is checked before use and closed once; the exit code is written
    // into a local.
    unsafe {
        let process = OpenProcess(PROCESS_QUERY_LIMITED_INFORMATION, 0, pid);
        if process.is_null() {
            return std::io::Error::last_os_error().raw_os_error()
                == Some(ERROR_ACCESS_DENIED as i32);
        }
        let mut code = 0u32;
        let asked = GetExitCodeProcess(process, &mut code);
        CloseHandle(process);
        asked == 0 || code == STILL_ACTIVE as u32
    }
}

/// Elsewhere poa cannot tell, and keeps every file.
#[cfg(not(any(unix, windows)))]
fn running(_pid: u32) -> bool {
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_files_of_processes_that_are_gone_are_removed() {
        let dir = tempfile::tempdir().unwrap();
        let mut child = std::process::Command::new("true").spawn().unwrap();
        let gone = child.id();
        child.wait().unwrap();
        let names = [
            format!(".poa-{gone}-aB3dE9.tmp"),
            format!(".poa-{}-aB3dE9.tmp", std::process::id()),
            ".poa-aB3dE9.tmp".to_string(),
            format!("poa-{gone}-aB3dE9.tmp"),
        ];
        for name in &names {
            std::fs::write(dir.path().join(name), "").unwrap();
        }
        assert_eq!(sweep(dir.path()), 1);
        assert!(!dir.path().join(&names[0]).exists());
        assert!(names[1..].iter().all(|n| dir.path().join(n).exists()));
    }
}
