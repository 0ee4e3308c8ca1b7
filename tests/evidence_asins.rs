//! One evidence file may concern several ASINs, or every ASIN of the notice.

use predicates::prelude::*;

use crate::util::{example_text, lint_passes, poa};

/// The gift-card example with its evidence replaced by one file per `asins` line given.
fn case_with_evidence(dir: &std::path::Path, asins: &str) -> std::path::PathBuf {
    let text = example_text("gift-card-insert");
    let start = text
        .find("[[evidence]]")
        .expect("the example lists evidence");
    let end = text
        .find("[[actions]]")
        .expect("actions follow the evidence");
    let evidence = format!(
        "[[evidence]]\nfile = \"messages-both-products.png\"\nshows = \"One screenshot of the messages about both products\"\nasins = {asins}\n\n"
    );
    let path = dir.join("case.toml");
    std::fs::write(
        &path,
        format!("{}{evidence}{}", &text[..start], &text[end..]),
    )
    .unwrap();
    path
}

#[test]
fn one_file_for_both_asins_counts_for_each_and_is_listed_once() {
    for asins in [r#"["B0D3HN7V2Q", "B0D3HP1K5T"]"#, r#"["all"]"#] {
        let dir = tempfile::tempdir().unwrap();
        let case = case_with_evidence(dir.path(), asins);
        let linted = lint_passes(&case, "en");
        assert!(!linted.contains("evidence-missing"), "{linted}");
        poa()
            .args(["render", "--lang", "en", "--format", "md", "--out"])
            .arg(dir.path())
            .arg(&case)
            .assert()
            .success();
        let letter = std::fs::read_to_string(dir.path().join("case.md")).unwrap();
        assert_eq!(
            letter.matches("messages-both-products.png").count(),
            1,
            "{letter}"
        );
        assert!(
            letter.contains("B0D3HN7V2Q and B0D3HP1K5T"),
            "{asins}: {letter}"
        );
    }
}

#[test]
fn a_file_for_one_asin_leaves_the_other_without_evidence() {
    let dir = tempfile::tempdir().unwrap();
    let case = case_with_evidence(dir.path(), r#"["B0D3HN7V2Q"]"#);
    poa()
        .args(["lint", "--lang", "en"])
        .arg(&case)
        .assert()
        .code(1)
        .stdout(
            predicate::str::contains("evidence-missing")
                .and(predicate::str::contains("B0D3HP1K5T")),
        );
}

#[test]
fn a_misspelt_asin_in_the_list_is_named_with_its_place() {
    let dir = tempfile::tempdir().unwrap();
    let case = case_with_evidence(dir.path(), r#"["B0D3HN7V2Q", "B0D3HP1K5"]"#);
    poa()
        .args(["validate", "--lang", "en"])
        .arg(&case)
        .assert()
        .code(65)
        .stderr(predicate::str::contains("evidence[0].asins[1]"));
}
