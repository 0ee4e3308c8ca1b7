//! A case file with several structural problems (a misspelt key, a value of the wrong
//! type, an unknown choice) lists them all in one pass, in the seller's language.

use predicates::prelude::*;
use predicates::str::contains;

use crate::util::{example_text, poa};

/// The gift-card example with a misspelt key, a rating in words and an unknown marketplace.
fn three_problems() -> (tempfile::TempDir, std::path::PathBuf) {
    let text = example_text("gift-card-insert");
    for expected in ["\ncontact = ", "\nrating = 5", "marketplace = \"UK\""] {
        assert!(text.contains(expected), "the example lost {expected:?}");
    }
    let text = text
        .replacen("\ncontact = ", "\ncontcat = ", 1)
        .replacen("\nrating = 5", "\nrating = \"five\"", 1)
        .replacen("marketplace = \"UK\"", "marketplace = \"XX\"", 1);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("case.toml");
    std::fs::write(&path, text).unwrap();
    (dir, path)
}

#[test]
fn every_structural_problem_is_listed_in_one_pass() {
    let (_dir, path) = three_problems();
    poa()
        .args(["--lang", "en", "validate"])
        .arg(&path)
        .assert()
        .code(65)
        .stderr(contains("seller.contcat"))
        .stderr(contains("did you mean `contact`?"))
        .stderr(contains(
            "reviews[0].rating (review 1: Star rating): rating must be a whole number from 1 to 5, not \"five\"",
        ))
        .stderr(contains(
            "seller.marketplace (Marketplace): marketplace must be one of US",
        ))
        .stderr(contains("invalid type").not());
}

#[test]
fn structural_problems_read_in_chinese() {
    let (_dir, path) = three_problems();
    poa()
        .args(["--lang", "zh", "validate"])
        .arg(&path)
        .assert()
        .code(65)
        .stderr(contains("星级必须是 1 到 5 的整数"))
        .stderr(contains("（第 1 条评论的星级）"))
        .stderr(contains("这里没有 `contcat` 这个键"));
}

#[test]
fn a_toml_syntax_error_has_a_chinese_frame_and_the_parsers_words() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("case.toml");
    std::fs::write(&path, "root_causes = [\n\"x\"\n[seller]\n").unwrap();
    poa()
        .args(["--lang", "zh", "validate"])
        .arg(&path)
        .assert()
        .code(65)
        .stderr(contains("case.toml:3:"))
        .stderr(contains("TOML 格式错误："))
        .stderr(contains("解析器原文：\""));
}

#[test]
fn a_huge_value_is_quoted_short_on_one_line() {
    let text = example_text("gift-card-insert");
    // Just under the 1 MB a case file may hold.
    let huge = "x".repeat(900_000);
    let text = text.replacen("\nrating = 5", &format!("\nrating = \"{huge}\""), 1);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("case.toml");
    std::fs::write(&path, text).unwrap();
    let output = poa().arg("validate").arg(&path).output().unwrap();
    assert_eq!(output.status.code(), Some(65));
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(stderr.len() < 2_000, "{} bytes of error", stderr.len());
    assert!(stderr.contains("xxx…"), "{stderr}");
}
