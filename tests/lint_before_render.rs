//! Lint runs before anything is written: a case with a certain error gets no letter.

use predicates::prelude::*;

use crate::util::{example_text, lint_passes, poa};

/// The gift-card example with a promise typed among its completed actions.
fn case_with_a_promise(dir: &std::path::Path) -> std::path::PathBuf {
    let text = example_text("gift-card-insert");
    let first_action = text
        .lines()
        .find(|line| line.starts_with("action = \""))
        .expect("the example has an action");
    let path = dir.join("promise.toml");
    std::fs::write(
        &path,
        text.replacen(
            first_action,
            "action = \"We will contact nobody further about their reviews\"",
            1,
        ),
    )
    .unwrap();
    path
}

#[test]
fn a_promise_among_completed_actions_stops_the_letter_and_is_shown_in_full() {
    let dir = tempfile::tempdir().unwrap();
    let case = case_with_a_promise(dir.path());
    let out = dir.path().join("out");
    poa()
        .args(["render", "--lang", "en"])
        .arg(&case)
        .arg("--out")
        .arg(&out)
        .assert()
        .code(65)
        .stderr(
            predicate::str::contains("no letter written")
                .and(predicate::str::contains(
                    "error[action-not-done] actions[0].action",
                ))
                .and(predicate::str::contains("We will"))
                .and(predicate::str::contains("--allow-lint-errors")),
        );
    assert!(!out.exists(), "a refused letter left files behind");
}

#[test]
fn allow_lint_errors_writes_the_letter_and_still_shows_each_finding() {
    let dir = tempfile::tempdir().unwrap();
    let case = case_with_a_promise(dir.path());
    let out = dir.path().join("out");
    poa()
        .args([
            "render",
            "--lang",
            "en",
            "--format",
            "md",
            "--allow-lint-errors",
        ])
        .arg(&case)
        .arg("--out")
        .arg(&out)
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "error[action-not-done] actions[0].action",
        ));
    assert!(out.join("promise.md").exists());
}

#[test]
fn batch_refuses_only_the_case_with_lint_errors() {
    let dir = tempfile::tempdir().unwrap();
    case_with_a_promise(dir.path());
    std::fs::write(
        dir.path().join("clean.toml"),
        example_text("gift-card-insert"),
    )
    .unwrap();
    let out = dir.path().join("out");
    poa()
        .args(["batch", "--lang", "en", "--format", "md", "--out"])
        .arg(&out)
        .arg(dir.path().join("promise.toml"))
        .arg(dir.path().join("clean.toml"))
        .assert()
        .code(65)
        .stdout(predicate::str::contains("action-not-done"));
    assert!(out.join("clean.md").exists());
    assert!(!out.join("promise.md").exists());
}

#[test]
fn wording_rules_are_advice_on_a_case_and_do_not_stop_the_letter() {
    let dir = tempfile::tempdir().unwrap();
    // A cause that blames buyers is an error in a draft; on a case poa cannot be sure.
    let path = case_blaming_buyers(dir.path());
    let linted = lint_passes(&path, "en");
    assert!(linted.contains("warning[blames-others]"), "{linted}");
}

/// The gift-card example with a root cause that blames buyers: a warning, not an error.
fn case_blaming_buyers(dir: &std::path::Path) -> std::path::PathBuf {
    let text = example_text("gift-card-insert");
    let first_cause = text
        .lines()
        .find(|line| line.starts_with("  \""))
        .expect("the example lists its root causes one per line");
    let blaming = format!(
        "{}, and buyers lied about the card\",",
        first_cause.trim_end_matches(['"', ','])
    );
    let path = dir.join("blame.toml");
    std::fs::write(&path, text.replacen(first_cause, &blaming, 1)).unwrap();
    path
}

#[test]
fn batch_shows_each_cases_lint_as_render_does_in_the_sellers_language() {
    let dir = tempfile::tempdir().unwrap();
    let case = case_blaming_buyers(dir.path());
    let templates = dir.path().join("templates");
    poa()
        .args(["templates", "export"])
        .arg(&templates)
        .assert()
        .success();
    for lang in ["en", "zh"] {
        let run = |command: &str, out: &str| {
            crate::util::success_stdout(
                poa()
                    .args([command, "--lang", lang, "--format", "md", "--templates"])
                    .arg(&templates)
                    .arg("--out")
                    .arg(dir.path().join(out))
                    .arg(&case)
                    .env("NO_COLOR", "1"),
            )
        };
        let render = run("render", &format!("render-{lang}"));
        let batch = run("batch", &format!("batch-{lang}"));
        let lint_lines = |text: &str| -> Vec<String> {
            text.lines()
                .map(str::trim)
                .filter(|line| {
                    line.starts_with("warning[")
                        || line.starts_with("警告[")
                        || line.starts_with("lint:")
                        || line.starts_with("审查：")
                })
                .map(String::from)
                .collect()
        };
        let shown = lint_lines(&render);
        assert!(
            shown.iter().any(|l| l.contains("[blames-others]"))
                && shown
                    .iter()
                    .any(|l| l.contains(&format!("--templates {}", templates.display()))),
            "{lang}: {render}"
        );
        assert_eq!(lint_lines(&batch), shown, "{lang}: {batch}");
    }
}
