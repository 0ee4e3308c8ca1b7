//! A user's `--templates DIR`: read only from the folder, never dropping a part of the
//! letter, with partials included by file name, and checked by `poa lint` as by `render`.

use std::path::Path;

use predicates::prelude::*;
use predicates::str::contains;

use crate::util::{example, poa};

/// `poa render` of an example with the templates of `dir`, into `dir/out`.
fn render_with(dir: &Path, lang: &str) -> assert_cmd::assert::Assert {
    poa()
        .args(["--lang", lang, "render"])
        .arg(example("gift-card-insert"))
        .arg("--templates")
        .arg(dir)
        .arg("--out")
        .arg(dir.join("out"))
        .assert()
}

#[cfg(unix)]
#[test]
fn a_template_linked_to_a_file_outside_the_folder_is_refused() {
    let outside = tempfile::tempdir().unwrap();
    let secret = outside.path().join("secret.txt");
    std::fs::write(&secret, "SECRET-LINE\n").unwrap();
    let dir = tempfile::tempdir().unwrap();
    std::os::unix::fs::symlink(&secret, dir.path().join("closing.md.tera")).unwrap();
    render_with(dir.path(), "en")
        .code(65)
        .stderr(contains("closing.md.tera"))
        .stderr(contains("outside the templates folder"))
        .stdout(contains("SECRET-LINE").not());
    assert!(!dir.path().join("out").exists());
    render_with(dir.path(), "zh")
        .code(65)
        .stderr(contains("指向模板文件夹"));
}

#[cfg(unix)]
#[test]
fn a_template_linked_inside_the_folder_is_read() {
    let dir = tempfile::tempdir().unwrap();
    let original = include_str!("../templates/closing.md.tera");
    std::fs::write(dir.path().join("closing-original.txt"), original).unwrap();
    std::os::unix::fs::symlink("closing-original.txt", dir.path().join("closing.md.tera")).unwrap();
    render_with(dir.path(), "en").success();
}

#[test]
fn a_template_set_that_drops_the_root_cause_writes_no_letter() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("root_cause.md.tera"), "").unwrap();
    render_with(dir.path(), "en")
        .code(65)
        .stderr(contains("root_cause.md.tera"))
        .stderr(contains("leaves out the root cause"));
    assert!(!dir.path().join("out").exists());
    render_with(dir.path(), "zh")
        .code(65)
        .stderr(contains("漏掉了根本原因"));
}

#[test]
fn a_template_set_that_drops_a_measure_names_the_part() {
    let dir = tempfile::tempdir().unwrap();
    // A heading alone: the part is there in name only.
    std::fs::write(
        dir.path().join("measures.md.tera"),
        "## {{ say(id=\"measures.heading.1\") }}\n",
    )
    .unwrap();
    render_with(dir.path(), "en")
        .code(65)
        .stderr(contains("measures.md.tera"))
        .stderr(contains("preventive measure"));
}

#[test]
fn a_partial_in_the_folder_is_included_by_its_file_name() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("closing.md.tera"),
        "{% include \"signature.tera\" %}\n",
    )
    .unwrap();
    std::fs::write(
        dir.path().join("signature.tera"),
        "Partial for {{ signer }}\n",
    )
    .unwrap();
    render_with(dir.path(), "en").success();
    let letter = std::fs::read_to_string(dir.path().join("out/gift-card-insert.md")).unwrap();
    let signer =
        poa::compose::LetterView::new(&crate::util::example_case("gift-card-insert")).signer;
    assert!(
        letter.contains(&format!("Partial for {signer}")),
        "{letter}"
    );
}

#[test]
fn an_include_of_a_file_outside_the_folder_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("closing.md.tera"),
        "{% include \"../secret.tera\" %}\n",
    )
    .unwrap();
    render_with(dir.path(), "en")
        .code(65)
        .stderr(contains("closing.md.tera"));
}

#[test]
fn lint_reads_the_letter_the_templates_write() {
    let dir = tempfile::tempdir().unwrap();
    // The root causes without their heading (nor the orders the built-in part names).
    std::fs::write(
        dir.path().join("root_cause.md.tera"),
        "{% for c in root_causes %}{{ c.item }}\n{% endfor %}\n",
    )
    .unwrap();
    let lint = |templates: Option<&Path>| {
        let mut command = poa();
        command.arg("lint").arg(example("gift-card-insert"));
        if let Some(templates) = templates {
            command.arg("--templates").arg(templates);
        }
        command.assert()
    };
    lint(None).success();
    let found = lint(Some(dir.path()))
        .code(1)
        .stdout(contains("parts-missing"))
        .get_output()
        .stdout
        .clone();
    // render refuses the letter with the same findings, and points to the same command.
    let refused = render_with(dir.path(), "en")
        .code(65)
        .get_output()
        .stderr
        .clone();
    let refused = String::from_utf8(refused).unwrap();
    for line in String::from_utf8(found)
        .unwrap()
        .lines()
        .filter(|l| l.starts_with("error["))
    {
        assert!(
            refused.contains(line),
            "render did not report {line:?}:\n{refused}"
        );
    }
}

#[test]
fn renders_pointer_to_lint_gives_the_same_findings_for_a_forced_variant() {
    let case = example("gift-card-insert");
    for variant in ["1", "2", "3"] {
        let dir = tempfile::tempdir().unwrap();
        // Words only this variant's closing writes, which lint objects to.
        std::fs::write(
            dir.path().join("closing.md.tera"),
            format!(
                "{{% if variant == {variant} %}}We guarantee this will never happen again.\n\n{{% endif %}}{}",
                include_str!("../templates/closing.md.tera")
            ),
        )
        .unwrap();
        let rendered = crate::util::success_stdout(
            poa()
                .args([
                    "--lang",
                    "en",
                    "render",
                    "--format",
                    "md",
                    "--variant",
                    variant,
                ])
                .arg(&case)
                .arg("--templates")
                .arg(dir.path())
                .arg("--out")
                .arg(dir.path().join("out"))
                .env("NO_COLOR", "1"),
        );
        let findings = |text: &str| -> Vec<String> {
            text.lines()
                .filter(|l| l.starts_with("warning[") || l.starts_with("error["))
                .map(String::from)
                .collect()
        };
        assert!(
            findings(&rendered)
                .iter()
                .any(|f| f.starts_with("warning[guarantee]")),
            "variant {variant}: {rendered}"
        );
        let pointer = rendered
            .lines()
            .find_map(|l| l.split_once("details: poa ").map(|(_, command)| command))
            .unwrap_or_else(|| panic!("no pointer to lint: {rendered}"));
        // The temporary folders hold no spaces.
        let linted = poa()
            .args(["--lang", "en"])
            .args(pointer.split(' '))
            .env("NO_COLOR", "1")
            .output()
            .unwrap();
        let linted = String::from_utf8(linted.stdout).unwrap();
        assert_eq!(findings(&linted), findings(&rendered), "poa {pointer}");
    }
}
