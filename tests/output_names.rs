//! Output names: `render` and `batch` make a case file's name safe the same way, for every
//! file system a seller's folder may end up on.

use std::path::Path;

use crate::util::{example_text, poa};

/// The files in `dir`, sorted, its manifest left out.
fn files(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|name| name != poa::output::manifest::FILE_NAME)
        .collect();
    names.sort();
    names
}

#[test]
fn render_and_batch_write_the_same_safe_names() {
    // (case file name, the Markdown written from it)
    let names = [
        ("nul.toml", "nul_.md"),
        ("COM1.draft.toml", "COM1_.draft.md"),
        ("Lpt9 .toml", "Lpt9_.md"),
        ("esc\u{1b}[31m.toml", "esc-31m.md"),
        ("back\\slash.toml", "back-slash.md"),
        ("ends with dots...toml", "ends-with-dots.md"),
        ("店铺 案例 .toml", "店铺-案例.md"),
    ];
    for (name, written) in names {
        let dir = tempfile::tempdir().unwrap();
        let cases = dir.path().join("cases");
        std::fs::create_dir(&cases).unwrap();
        let case = cases.join(name);
        std::fs::write(&case, example_text("gift-card-insert")).unwrap();
        poa()
            .args(["render", "--format", "md", "--out"])
            .arg(dir.path().join("render"))
            .arg(&case)
            .assert()
            .success();
        poa()
            .args(["batch", "--format", "md", "--out"])
            .arg(dir.path().join("batch"))
            .arg(&cases)
            .assert()
            .success();
        assert_eq!(
            files(&dir.path().join("render")),
            [written],
            "render, {name:?}"
        );
        assert_eq!(
            files(&dir.path().join("batch")),
            [written],
            "batch, {name:?}"
        );
    }
}
