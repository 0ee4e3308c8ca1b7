//! `poa batch` over a consultant's folder: good, malformed, invalid and colliding cases;
//! reruns; drafts that read alike.

use std::path::Path;

use assert_cmd::Command;
use predicates::prelude::*;

use crate::util::example_text;

/// A folder of cases written from (file name, text) pairs.
fn folder(cases: &[(&str, String)]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("cases")).unwrap();
    for (name, text) in cases {
        std::fs::write(dir.path().join("cases").join(name), text).unwrap();
    }
    dir
}

fn batch(dir: &Path, extra: &[&str]) -> assert_cmd::assert::Assert {
    Command::cargo_bin("poa")
        .unwrap()
        .arg("batch")
        .arg(dir.join("cases"))
        .arg("--out")
        .arg(dir.join("out"))
        .args(extra)
        .env("NO_COLOR", "1")
        .assert()
}

/// The files in `dir`, sorted, its manifest left out.
fn files(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .map(|entries| {
            entries
                .filter_map(|e| e.ok())
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .filter(|name| name != poa::output::manifest::FILE_NAME)
                .collect()
        })
        .unwrap_or_default();
    names.sort();
    names
}

#[test]
fn bad_cases_are_reported_and_the_rest_are_written() {
    let invalid = example_text("gift-card-insert").replace("205-6617390-2288413\"", "205-66\"");
    let dir = folder(&[
        ("refund.toml", example_text("refund-for-review-change")),
        ("gift.toml", example_text("gift-card-insert")),
        ("malformed.toml", "[seller\nstore = 1".into()),
        ("invalid.toml", invalid),
    ]);
    let output = batch(dir.path(), &["--format", "md,pdf"])
        .code(65)
        .get_output()
        .stdout
        .clone();
    let stdout = String::from_utf8_lossy(&output);
    assert!(
        stdout.contains("4 cases: 2 written, 0 up to date, 2 invalid, 0 failed"),
        "{stdout}"
    );
    assert!(
        stdout.contains("invalid.toml:") && stdout.contains("orders[0].id"),
        "{stdout}"
    );
    assert!(stdout.contains("malformed.toml:1:"), "{stdout}");
    assert_eq!(
        files(&dir.path().join("out")),
        ["gift.md", "gift.pdf", "refund.md", "refund.pdf"]
    );
}

#[test]
fn names_that_collide_after_sanitising_stop_the_batch_before_any_write() {
    let dir = folder(&[
        ("acme home.toml", example_text("gift-card-insert")),
        ("acme-home.toml", example_text("refund-for-review-change")),
    ]);
    batch(dir.path(), &[])
        .code(64)
        .stderr(predicate::str::contains(
            "would both be written as acme-home",
        ));
    assert!(!dir.path().join("out").exists());
}

#[test]
fn a_rerun_skips_up_to_date_cases_unless_forced() {
    let dir = folder(&[("gift.toml", example_text("gift-card-insert"))]);
    batch(dir.path(), &["--format", "md"])
        .success()
        .stdout(predicate::str::contains("1 written"));
    batch(dir.path(), &["--format", "md"])
        .success()
        .stdout(predicate::str::contains("1 up to date"));
    batch(dir.path(), &["--format", "md", "--force"])
        .success()
        .stdout(predicate::str::contains("1 written"));
}

#[test]
fn existing_outputs_of_a_changed_case_are_not_overwritten_without_force() {
    let dir = folder(&[("gift.toml", example_text("gift-card-insert"))]);
    std::fs::create_dir(dir.path().join("out")).unwrap();
    std::fs::write(dir.path().join("out/gift.md"), "edited by hand").unwrap();
    // The hand-edited output is older than the case.
    std::fs::File::options()
        .write(true)
        .open(dir.path().join("out/gift.md"))
        .unwrap()
        .set_modified(std::time::SystemTime::now() - std::time::Duration::from_secs(3600))
        .unwrap();
    batch(dir.path(), &["--format", "md"])
        .code(73)
        .stdout(predicate::str::contains("already exists"));
    assert_eq!(
        std::fs::read_to_string(dir.path().join("out/gift.md")).unwrap(),
        "edited by hand"
    );
}

#[test]
fn drafts_sharing_their_wording_are_flagged_and_independent_ones_are_not() {
    let copy = example_text("gift-card-insert")
        .replace("Lumenfold Outdoor", "Brightway Camping")
        .replace("Chen Jing", "Alan Price");
    let alike = folder(&[
        ("a.toml", example_text("gift-card-insert")),
        ("b.toml", copy),
    ]);
    let output = batch(alike.path(), &["--format", "md", "--json"])
        .code(1)
        .get_output()
        .stdout
        .clone();
    let json: serde_json::Value = serde_json::from_slice(&output).unwrap();
    let pair = &json["similar"][0];
    assert!(
        pair["first"].as_str().unwrap().ends_with("a.toml")
            && pair["second"].as_str().unwrap().ends_with("b.toml")
    );
    assert!(pair["shared_percent"].as_f64().unwrap() > 50.0);
    assert!(
        pair["passages"]
            .as_array()
            .unwrap()
            .iter()
            .any(|p| p.as_str().unwrap().contains("free carabiner"))
    );

    let independent = folder(&[
        ("a.toml", example_text("gift-card-insert")),
        ("b.toml", example_text("refund-for-review-change")),
    ]);
    let output = batch(
        independent.path(),
        &["--format", "md", "--json", "--variant", "1"],
    )
    .success()
    .get_output()
    .stdout
    .clone();
    let json: serde_json::Value = serde_json::from_slice(&output).unwrap();
    assert_eq!(
        json["similar"].as_array().unwrap().len(),
        0,
        "the same template variant alone is not 'alike'"
    );
    assert_eq!(json["cases"][0]["status"], "written");
    assert!(json["cases"][0]["copied_percent"].as_f64().is_some());
}

#[test]
fn a_glob_and_single_files_are_accepted_and_leave_no_temporary_files() {
    let dir = folder(&[
        ("one.toml", example_text("gift-card-insert")),
        ("two.toml", example_text("refund-for-review-change")),
    ]);
    let pattern = dir.path().join("cases").join("*.toml");
    Command::cargo_bin("poa")
        .unwrap()
        .arg("batch")
        .arg(pattern.to_string_lossy().as_ref())
        .arg("--out")
        .arg(dir.path().join("out"))
        .args(["--jobs", "2"])
        .assert()
        .success();
    let out: Vec<String> = files(&dir.path().join("out"));
    assert_eq!(out.len(), 6);
    assert!(out.iter().all(|f| !f.starts_with(".poa-")), "{out:?}");
}

#[test]
fn quiet_prints_only_the_errors() {
    let invalid = example_text("gift-card-insert").replace("205-6617390-2288413\"", "205-66\"");
    let dir = folder(&[
        ("gift.toml", example_text("gift-card-insert")),
        ("invalid.toml", invalid),
    ]);
    let output = batch(dir.path(), &["--format", "md", "-q", "--lang", "en"])
        .code(65)
        .get_output()
        .clone();
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        stdout.contains("invalid.toml") && stdout.contains("orders[0].id"),
        "{stdout}"
    );
    assert!(
        !stdout.contains("gift.toml"),
        "a written case is not an error: {stdout}"
    );
    assert!(
        !stdout.contains("written") && !stdout.contains("status"),
        "{stdout}"
    );
    assert!(
        output.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert_eq!(files(&dir.path().join("out")), ["gift.md"]);
}

#[test]
fn a_folder_yields_its_case_files_whatever_the_case_of_their_extension() {
    let dir = folder(&[
        ("upper.TOML", example_text("gift-card-insert")),
        ("mixed.Toml", example_text("refund-for-review-change")),
        ("notes.txt", "not a case".into()),
    ]);
    batch(dir.path(), &["--format", "md"])
        .success()
        .stdout(predicate::str::contains("2 written"));
    assert_eq!(files(&dir.path().join("out")), ["mixed.md", "upper.md"]);
}

#[test]
fn a_rerun_writes_a_missing_reading_copy_and_dropping_it_leaves_the_letter_up_to_date() {
    let dir = folder(&[("gift.toml", example_text("gift-card-insert"))]);
    let out = dir.path().join("out");
    let with_copy = ["--format", "md", "--reading-copy", "zh"];
    batch(dir.path(), &with_copy)
        .success()
        .stdout(predicate::str::contains("1 written"));
    std::fs::remove_file(out.join("gift.zh.md")).unwrap();
    batch(dir.path(), &with_copy)
        .success()
        .stdout(predicate::str::contains("1 written"));
    assert_eq!(files(&out), ["gift.md", "gift.zh.md"]);
    let letter = std::fs::metadata(out.join("gift.md"))
        .unwrap()
        .modified()
        .unwrap();
    batch(dir.path(), &["--format", "md"])
        .success()
        .stdout(predicate::str::contains("1 up to date"));
    batch(dir.path(), &with_copy)
        .success()
        .stdout(predicate::str::contains("1 up to date"));
    assert_eq!(
        std::fs::metadata(out.join("gift.md"))
            .unwrap()
            .modified()
            .unwrap(),
        letter,
        "the letter was not written again"
    );
}
