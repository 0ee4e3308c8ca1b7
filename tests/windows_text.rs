//! Files saved on Windows: Notepad puts a byte-order mark first and Windows editors end lines
//! with CRLF. Such a case or draft reads exactly as the same file saved elsewhere, so the
//! letter and the checks do not depend on the seller's editor.

use std::path::{Path, PathBuf};

use crate::util::{example_text, poa};

/// `text` as Notepad saves it: a byte-order mark, then CRLF line ends.
fn as_saved_on_windows(text: &str) -> String {
    format!("\u{feff}{}", text.replace('\n', "\r\n"))
}

/// Writes `text` as `NAME` in a folder of its own (so both copies have the same file name).
fn save(root: &Path, folder: &str, name: &str, text: &str) -> PathBuf {
    let path = root.join(folder).join(name);
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(&path, text).unwrap();
    path
}

/// The example with its notice as a multi-line string, whose line ends TOML keeps in the
/// value: there a CRLF file gave another value than an LF one.
fn case_with_a_multiline_notice() -> String {
    let text = example_text("refund-for-review-change");
    let line = text
        .lines()
        .find(|line| line.starts_with("quote = \""))
        .expect("the example has a one-line notice");
    let value = line.trim_start_matches("quote = \"").trim_end_matches('"');
    let (first, rest) = value.split_at(value.find(". ").expect("two sentences") + 1);
    text.replace(
        line,
        &format!("quote = \"\"\"{first}\n{}\"\"\"", rest.trim_start()),
    )
}

fn output(command: &mut assert_cmd::Command) -> Vec<u8> {
    let output = command.output().unwrap();
    assert!(output.status.success(), "{output:?}");
    output.stdout
}

#[test]
fn a_case_saved_on_windows_writes_the_same_letter() {
    let dir = tempfile::tempdir().unwrap();
    let case = case_with_a_multiline_notice();
    let unix = save(dir.path(), "unix", "case.toml", &case);
    let windows = save(
        dir.path(),
        "windows",
        "case.toml",
        &as_saved_on_windows(&case),
    );
    for case in [&unix, &windows] {
        output(
            poa()
                .arg("render")
                .arg(case)
                .arg("--out")
                .arg(case.parent().unwrap()),
        );
    }
    for format in ["md", "pdf", "docx"] {
        let read = |case: &Path| std::fs::read(case.with_extension(format)).unwrap();
        assert!(read(&unix) == read(&windows), "the {format} letters differ");
    }
}

#[test]
fn a_draft_saved_on_windows_gets_the_same_findings() {
    let dir = tempfile::tempdir().unwrap();
    let case = save(
        dir.path(),
        "case",
        "case.toml",
        &example_text("gift-card-insert"),
    );
    output(
        poa()
            .arg("render")
            .arg(&case)
            .args(["--format", "md", "--out"])
            .arg(dir.path()),
    );
    let markdown = std::fs::read_to_string(dir.path().join("case.md")).unwrap();
    // Plain text: paragraphs are split at blank lines, which CRLF files write as "\r\n\r\n".
    let text = markdown.replace(['#', '*'], "");
    for (name, draft) in [("draft.md", &markdown), ("draft.txt", &text)] {
        let unix = save(dir.path(), "unix", name, draft);
        let windows = save(dir.path(), "windows", name, &as_saved_on_windows(draft));
        for command in ["lint", "check"] {
            let findings = |draft: &Path| {
                let mut poa = poa();
                poa.current_dir(draft.parent().unwrap())
                    .args([command, name, "--json"]);
                poa.output().unwrap()
            };
            let (unix, windows) = (findings(&unix), findings(&windows));
            assert_eq!(
                unix.status.code(),
                windows.status.code(),
                "{command} {name}"
            );
            assert_eq!(
                String::from_utf8_lossy(&unix.stdout),
                String::from_utf8_lossy(&windows.stdout),
                "{command} {name}"
            );
        }
    }
}

#[test]
fn a_mistake_in_a_case_saved_on_windows_is_placed_as_in_any_other() {
    let dir = tempfile::tempdir().unwrap();
    let case = format!(
        "root_cause = []\n{}",
        example_text("refund-for-review-change")
    );
    let unix = save(dir.path(), "unix", "case.toml", &case);
    let windows = save(
        dir.path(),
        "windows",
        "case.toml",
        &as_saved_on_windows(&case),
    );
    for path in [unix, windows] {
        let output = poa().arg("validate").arg(&path).output().unwrap();
        assert_eq!(output.status.code(), Some(65));
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(
            stderr.contains("case.toml:1:1"),
            "{}: {stderr}",
            path.display()
        );
    }
}
