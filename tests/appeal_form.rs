//! The letter as text for Amazon's appeal form (`--format txt`): one block per question
//! under its heading, plain text, each block's length reported by `render`, and read back
//! by `poa lint` and `poa check` like any draft.

use std::path::Path;

use poa::compose::{Composer, Templates, VARIANTS};
use poa::render::txt::{self, Question};

use crate::util::{EXAMPLES, example, example_case, poa};

fn form_text(name: &str, variant: usize) -> String {
    let document = Composer::new(&Templates::builtin())
        .unwrap()
        .letter(&example_case(name), Some(variant))
        .unwrap();
    txt::render(&document)
}

/// Renders an example in `variant` to `formats` in `dir`, as the seller would.
fn render(name: &str, variant: usize, formats: &str, dir: &Path) -> assert_cmd::assert::Assert {
    poa()
        .arg("render")
        .arg(example(name))
        .args([
            "--format",
            formats,
            "--variant",
            &variant.to_string(),
            "--out",
        ])
        .arg(dir)
        .assert()
        .success()
}

#[test]
fn each_variant_reads_as_recorded() {
    for name in ["refund-for-review-change", "gift-card-insert"] {
        for variant in 1..=VARIANTS {
            insta::assert_snapshot!(
                format!("{name}-variant-{variant}"),
                form_text(name, variant)
            );
        }
    }
}

#[test]
fn blocks_follow_the_form_without_opening_signature_or_markdown() {
    let headings: Vec<String> = Question::ALL
        .iter()
        .map(|q| q.heading(poa::lang::Lang::En).to_uppercase())
        .collect();
    for name in EXAMPLES {
        let case = example_case(name);
        for variant in 1..=VARIANTS {
            let text = form_text(name, variant);
            let at: Vec<usize> = headings
                .iter()
                .map(|h| {
                    text.find(&format!("{h}\n\n"))
                        .unwrap_or_else(|| panic!("{name} {variant}: no {h}:\n{text}"))
                })
                .collect();
            assert!(at.is_sorted() && at[0] == 0, "{name} {variant}: {at:?}");
            for absent in [
                "Dear ",
                &case.seller.email,
                "Plan of Action",
                "**",
                "# ",
                "| ",
                "\n- ",
                "\n• ",
                "\n* ",
            ] {
                assert!(
                    !text.contains(absent),
                    "{name} {variant}: {absent:?} in\n{text}"
                );
            }
            for order in &case.orders {
                assert!(text.contains(&order.id), "{name} {variant}: {}", order.id);
            }
            for declaration in &case.declarations {
                let first_words: String = declaration.chars().skip(1).take(30).collect();
                assert!(
                    text.contains(&first_words),
                    "{name} {variant}: {declaration}"
                );
            }
        }
    }
}

#[test]
fn every_example_lints_as_its_markdown_does_and_check_reads_it() {
    let dir = tempfile::tempdir().unwrap();
    for name in EXAMPLES {
        for variant in 1..=VARIANTS {
            let out = dir.path().join(format!("{name}-{variant}"));
            render(name, variant, "txt,md", &out);
            let lint = |ext: &str| {
                let output = poa()
                    .arg("lint")
                    .arg(out.join(format!("{name}.{ext}")))
                    .arg("--json")
                    .output()
                    .unwrap();
                let findings: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
                (output.status.code(), findings)
            };
            let (txt_code, txt_findings) = lint("txt");
            assert_eq!(txt_code, Some(0), "{name} {variant}: {txt_findings}");
            assert_eq!(lint("md"), (txt_code, txt_findings), "{name} {variant}");
            poa()
                .arg("check")
                .arg(out.join(format!("{name}.txt")))
                .assert()
                .success();
        }
    }
    // Read as a reference, the form's text is found again in the letter it came from.
    let references = dir.path().join("references");
    std::fs::create_dir(&references).unwrap();
    let from = dir.path().join("gift-card-insert-3");
    std::fs::copy(
        from.join("gift-card-insert.txt"),
        references.join("form.txt"),
    )
    .unwrap();
    let output = poa()
        .arg("check")
        .arg(from.join("gift-card-insert.md"))
        .arg("--against")
        .arg(&references)
        .arg("--json")
        .output()
        .unwrap();
    let report: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let copied = report["report"]["copied_percent"]
        .as_f64()
        .unwrap_or_else(|| panic!("{report}"));
    assert!(copied > 60.0, "{report}");
}

#[test]
fn render_reports_each_block_length_and_names_a_block_over_the_limit() {
    let dir = tempfile::tempdir().unwrap();
    let assert = render("refund-for-review-change", 1, "txt", dir.path());
    let written = std::fs::read_to_string(dir.path().join("refund-for-review-change.txt")).unwrap();
    let stdout = String::from_utf8(assert.get_output().stdout.clone()).unwrap();
    let blocks = txt::blocks(
        &Composer::new(&Templates::builtin())
            .unwrap()
            .letter(&example_case("refund-for-review-change"), Some(1))
            .unwrap(),
    );
    assert_eq!(blocks.len(), 4);
    for block in &blocks {
        // What render counts is what the file holds under the block's heading.
        assert!(written.contains(&block.text));
        let line = format!(
            "appeal form, {}: {} characters (limit {})",
            block.question.heading(poa::lang::Lang::En),
            block.chars(),
            txt::DEFAULT_LIMIT
        );
        assert_eq!(
            stdout.contains(&line),
            block.chars() <= txt::DEFAULT_LIMIT,
            "{line}\n{stdout}"
        );
    }
    let limit = 700;
    let output = poa()
        .arg("render")
        .arg(example("refund-for-review-change"))
        .args([
            "--format",
            "txt",
            "--variant",
            "1",
            "--force",
            "--lang",
            "zh",
        ])
        .args(["--form-limit", &limit.to_string(), "--out"])
        .arg(dir.path())
        .output()
        .unwrap();
    assert!(output.status.success());
    let stderr = String::from_utf8(output.stderr).unwrap();
    let stdout = String::from_utf8(output.stdout).unwrap();
    for block in &blocks {
        let heading = block.question.heading(poa::lang::Lang::Zh);
        let (said, expected) = if block.chars() > limit {
            (
                &stderr,
                format!(
                    "申诉表「{heading}」：{} 个字符，超过上限 {limit}",
                    block.chars()
                ),
            )
        } else {
            (
                &stdout,
                format!(
                    "申诉表「{heading}」：{} 个字符（上限 {limit}）",
                    block.chars()
                ),
            )
        };
        assert!(said.contains(&expected), "{expected}\n{stdout}\n{stderr}");
    }
    assert!(blocks.iter().any(|b| b.chars() > limit) && blocks.iter().any(|b| b.chars() <= limit));
}

#[test]
fn the_text_is_asked_for_by_name_has_no_reading_copy_and_is_the_same_each_time() {
    let dir = tempfile::tempdir().unwrap();
    poa()
        .arg("render")
        .arg(example("gift-card-insert"))
        .arg("--out")
        .arg(dir.path())
        .assert()
        .success();
    assert!(!dir.path().join("gift-card-insert.txt").exists());
    assert!(dir.path().join("gift-card-insert.md").exists());

    let first = dir.path().join("first");
    let again = dir.path().join("again");
    for out in [&first, &again] {
        poa()
            .arg("render")
            .arg(example("gift-card-insert"))
            .args(["--format", "txt,md", "--reading-copy", "zh", "--out"])
            .arg(out)
            .assert()
            .success();
    }
    assert!(first.join("gift-card-insert.zh.md").exists());
    assert!(!first.join("gift-card-insert.zh.txt").exists());
    assert_eq!(
        std::fs::read(first.join("gift-card-insert.txt")).unwrap(),
        std::fs::read(again.join("gift-card-insert.txt")).unwrap()
    );
}
