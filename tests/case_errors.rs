//! Bad case files: each gets one clear error naming file, line, column and field, the
//! right exit code, and no output file.

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use predicates::prelude::*;

/// A valid case to start from, and edits that break it one way at a time.
struct CaseFile {
    text: String,
}

impl CaseFile {
    fn valid() -> Self {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/gift-card-insert.toml");
        CaseFile {
            text: std::fs::read_to_string(path).unwrap(),
        }
    }

    fn replace(mut self, from: &str, to: &str) -> Self {
        assert!(self.text.contains(from), "fixture lacks {from:?}");
        self.text = self.text.replacen(from, to, 1);
        self
    }

    /// Renders the case; asserts the exit code, returns stderr, and checks nothing was written.
    fn render_fails(&self, code: i32) -> String {
        let dir = tempfile::tempdir().unwrap();
        let case = dir.path().join("case.toml");
        std::fs::write(&case, &self.text).unwrap();
        let out = dir.path().join("out");
        let output = Command::cargo_bin("poa")
            .unwrap()
            .arg("render")
            .arg(&case)
            .arg("--out")
            .arg(&out)
            .output()
            .unwrap();
        assert_eq!(
            output.status.code(),
            Some(code),
            "stderr: {}",
            String::from_utf8_lossy(&output.stderr)
        );
        assert!(!out.exists(), "an output folder was created for a bad case");
        String::from_utf8_lossy(&output.stderr).into_owned()
    }

    /// Renders the case expecting bad data (65, nothing written); stderr must say each of
    /// `needles`.
    fn refused_saying(&self, needles: &[&str]) {
        let stderr = self.render_fails(65);
        for needle in needles {
            assert!(stderr.contains(needle), "{needle:?} missing from: {stderr}");
        }
    }

    /// `poa validate` accepts the case.
    fn validates(&self) -> assert_cmd::assert::Assert {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("case.toml");
        std::fs::write(&path, &self.text).unwrap();
        Command::cargo_bin("poa")
            .unwrap()
            .arg("validate")
            .arg(&path)
            .assert()
            .success()
    }

    fn line_of(&self, needle: &str) -> usize {
        self.text.lines().position(|l| l.contains(needle)).unwrap() + 1
    }
}

fn case_path() -> PathBuf {
    PathBuf::from("case.toml")
}

#[test]
fn malformed_toml_names_the_line() {
    let case = CaseFile::valid().replace("role = \"Director\"", "role = \"Director");
    let line = case.line_of("role = \"Director");
    case.refused_saying(&[&format!("case.toml:{line}:")]);
}

#[test]
fn a_wrong_type_names_the_field() {
    let case = CaseFile::valid().replace("rating = 5", "rating = \"five\"");
    let line = case.line_of("rating = \"five\"");
    case.refused_saying(&[&format!(":{line}:"), "reviews[0].rating"]);
}

#[test]
fn a_bad_order_id_names_line_field_and_format() {
    let case = CaseFile::valid().replace("205-6617390-2288413\"", "205-661739-2288413\"");
    let line = case.line_of("205-661739-2288413\"");
    case.refused_saying(&[&format!("case.toml:{line}:6: orders[0].id"), "3-7-7 digits"]);
}

#[test]
fn a_bad_asin_and_a_bad_review_id_are_both_reported() {
    CaseFile::valid()
        .replace("asin = \"B0D3HP1K5T\"\ndate", "asin = \"b0d3hp1k5\"\ndate")
        .replace("R2M7XK4PQ9L1TB", "X2M7")
        .refused_saying(&[
            "orders[1].asin",
            "not an ASIN",
            "reviews[0].id",
            "not a review id",
        ]);
}

#[test]
fn an_impossible_date_is_a_toml_error_with_its_line() {
    let case = CaseFile::valid().replace("received = 2026-05-14", "received = 2026-02-30");
    let line = case.line_of("received = 2026-02-30");
    case.refused_saying(&[&format!(":{line}:")]);
}

#[test]
fn a_future_date_is_refused() {
    CaseFile::valid()
        .replace("date = 2026-05-21", "date = 2099-05-21")
        .refused_saying(&["actions[3].date", "in the future"]);
}

#[test]
fn a_missing_section_is_named() {
    CaseFile::valid()
        .replace("[warning]", "[warnings]")
        .refused_saying(&["warnings"]);
}

#[test]
fn an_empty_required_answer_is_refused() {
    CaseFile::valid()
        .replace("contact = \"Chen Jing\"", "contact = \"   \"")
        .refused_saying(&[
            "seller.contact (Name of the person who signs the letter): this cannot be empty",
        ]);
}

#[test]
fn an_unknown_key_suggests_the_right_one() {
    let case = CaseFile::valid().replace("contact = ", "contcat = ");
    let line = case.line_of("contcat = ");
    case.refused_saying(&[
        "`contcat` is not a key poa knows here",
        "did you mean `contact`?",
        &format!(":{line}:"),
    ]);
}

#[test]
fn a_top_level_key_under_a_table_explains_where_it_belongs() {
    CaseFile::valid()
        .replace(
            "asin = \"B0D3HN7V2Q\"\n\n[[evidence]]",
            "asin = \"B0D3HN7V2Q\"\nroot_causes = [\"x\"]\n\n[[evidence]]",
        )
        .refused_saying(&["belongs at the top of the file"]);
}

#[test]
fn no_root_cause_means_no_letter() {
    CaseFile::valid()
        .replace("root_causes = [", "root_causes_ = [")
        .refused_saying(&["`root_causes_` is not a key poa knows here"]);
    let mut text = CaseFile::valid().text;
    let start = text.find("root_causes = [").unwrap();
    let end = start + text[start..].find("]\n").unwrap() + 2;
    text.replace_range(start..end, "");
    CaseFile { text }.refused_saying(&[
        "root_causes (Root cause): is missing; poa does not write a letter without it",
    ]);
}

#[test]
fn an_order_review_or_asin_listed_twice_is_refused() {
    CaseFile::valid()
        .replace(
            "id = \"203-9901264-4470155\"\nasin = \"B0D3HP1K5T\"",
            "id = \"205-6617390-2288413\"\nasin = \"B0D3HN7V2Q\"",
        )
        .refused_saying(&["orders[1].id", "listed twice (first at orders[0].id)"]);
    CaseFile::valid()
        .replace("[[reviews]]", "[[reviews]]\nid = \"R2M7XK4PQ9L1TB\"\nasin = \"B0D3HN7V2Q\"\nrating = 5\nstatus = \"removed\"\n\n[[reviews]]")
        .refused_saying(&["reviews[1].id", "review R2M7XK4PQ9L1TB is listed twice"]);
    CaseFile::valid()
        .replace(
            "asins = [\"B0D3HN7V2Q\", \"B0D3HP1K5T\"]",
            "asins = [\"B0D3HN7V2Q\", \"B0D3HP1K5T\", \"B0D3HN7V2Q\"]",
        )
        .refused_saying(&["warning.asins[2]", "ASIN B0D3HN7V2Q is listed twice"]);
}

#[test]
fn one_order_for_two_asins_is_two_entries_and_allowed() {
    let case = CaseFile::valid().replace(
        "id = \"203-9901264-4470155\"\nasin = \"B0D3HP1K5T\"",
        "id = \"205-6617390-2288413\"\nasin = \"B0D3HP1K5T\"",
    );
    case.validates();
}

#[test]
fn an_order_after_the_warning_is_refused() {
    CaseFile::valid()
        .replace("date = 2026-02-11", "date = 2026-06-11")
        .refused_saying(&["orders[0].date", "after the warning"]);
}

#[test]
fn an_unfinished_case_is_refused_with_the_way_to_finish_it() {
    CaseFile::valid()
        .replace(
            "root_causes = [",
            "status = \"incomplete\"\nroot_causes = [",
        )
        .refused_saying(&["unfinished", "poa new"]);
}

#[test]
fn a_file_that_is_not_utf8_names_the_line() {
    let dir = tempfile::tempdir().unwrap();
    let case = dir.path().join("case.toml");
    std::fs::write(&case, b"[seller]\nstore = \"\xff\xfe\"\n").unwrap();
    Command::cargo_bin("poa")
        .unwrap()
        .arg("validate")
        .arg(&case)
        .assert()
        .code(65)
        .stderr(
            predicate::str::contains("case.toml:2:10").and(predicate::str::contains("not UTF-8")),
        );
}

#[test]
fn a_missing_case_file_is_exit_66() {
    Command::cargo_bin("poa")
        .unwrap()
        .arg("validate")
        .arg(case_path().with_file_name("does-not-exist.toml"))
        .assert()
        .code(66)
        .stderr(predicate::str::contains("cannot read does-not-exist.toml"));
}

#[test]
fn an_order_asin_the_warning_does_not_name_is_a_warning_only() {
    let case = CaseFile::valid().replace(
        "asins = [\"B0D3HN7V2Q\", \"B0D3HP1K5T\"]",
        "asins = [\"B0D3HN7V2Q\"]",
    );
    case.validates()
        .stdout(predicate::str::contains("valid"))
        .stderr(
            predicate::str::contains("warning").and(predicate::str::contains("orders[1].asin")),
        );
}

#[test]
fn a_bad_command_line_is_exit_64() {
    Command::cargo_bin("poa")
        .unwrap()
        .args(["render", "--format", "odt", "x.toml"])
        .assert()
        .code(64);
}

#[test]
fn init_writes_a_starter_that_only_validates_once_filled_in() {
    let dir = tempfile::tempdir().unwrap();
    let case = dir.path().join("case.toml");
    Command::cargo_bin("poa")
        .unwrap()
        .arg("init")
        .arg(&case)
        .assert()
        .success();
    let text = std::fs::read_to_string(&case).unwrap();
    assert!(text.starts_with("#:schema ./poa-case.schema.json"));
    let schema: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(dir.path().join("poa-case.schema.json")).unwrap(),
    )
    .unwrap();
    let required = schema["required"].as_array().unwrap();
    assert!(required.iter().any(|r| r == "seller") && required.iter().any(|r| r == "warning"));
    Command::cargo_bin("poa")
        .unwrap()
        .arg("validate")
        .arg(&case)
        .assert()
        .code(65)
        .stderr(predicate::str::contains(
            "seller.store (Store name, as shown on Amazon): <store name as shown on Amazon> is a placeholder",
        ));
    Command::cargo_bin("poa")
        .unwrap()
        .arg("init")
        .arg(&case)
        .assert()
        .code(73);
}
