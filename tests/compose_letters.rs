//! The letter's wording: snapshots of every variant, truthfulness, variant choice and
//! user templates.

use std::collections::BTreeSet;
use std::path::Path;

use assert_cmd::Command as Poa;
use poa::case::Case;
use poa::compose::{Composer, SLOT, Templates, VARIANTS};
use regex::Regex;

use crate::util::example_case;

fn letter(case: &Case, variant: Option<usize>) -> String {
    Composer::new(&Templates::builtin())
        .unwrap()
        .compose(case, variant)
        .unwrap()
}

#[test]
fn each_variant_of_each_example_reads_as_recorded() {
    for name in ["refund-for-review-change", "gift-card-insert"] {
        let case = example_case(name);
        for variant in 1..=VARIANTS {
            insta::assert_snapshot!(
                format!("{name}-variant-{variant}"),
                letter(&case, Some(variant))
            );
        }
    }
}

#[test]
fn variants_differ_in_wording_but_not_in_facts() {
    let case = example_case("refund-for-review-change");
    let letters: Vec<String> = (1..=VARIANTS).map(|v| letter(&case, Some(v))).collect();
    let distinct: BTreeSet<&String> = letters.iter().collect();
    assert_eq!(distinct.len(), VARIANTS);
    for text in &letters {
        for fact in [
            "113-4829105-7731046",
            "R1V9D3TQ8WZ2NE",
            "Daniel Ortiz",
            "March 9, 2026",
        ] {
            assert!(text.contains(fact), "a variant lost {fact}");
        }
    }
}

#[test]
fn the_same_case_always_gets_the_same_letter() {
    let case = example_case("gift-card-insert");
    assert_eq!(letter(&case, None), letter(&case, None));
}

#[test]
fn different_cases_choose_different_phrasings() {
    let mut case = example_case("gift-card-insert");
    let openings: BTreeSet<String> = (0..12)
        .map(|i| {
            case.seller.store = format!("Store number {i}");
            let text = letter(&case, None);
            let start = text.find("Dear Seller Performance Team,").unwrap();
            text[start..]
                .split("\n\n")
                .nth(1)
                .unwrap()
                .split(' ')
                .take(4)
                .collect::<Vec<_>>()
                .join(" ")
        })
        .collect();
    assert!(
        openings.len() > 1,
        "every case got the same opening: {openings:?}"
    );
}

/// A case where every fact is a recognisable sentinel.
fn sentinel_case() -> Case {
    let text = r#"
root_causes = ["Sentinelcause alpha happened"]
declarations = ["Sentineldeclaration holds"]
policies = ["Sentinelpolicy"]
[seller]
store = "Sentinelstore"
seller_id = "ASENTINEL0001"
marketplace = "UK"
contact = "Sentinelcontact"
role = "Sentinelrole"
email = "sentinel@example.invalid"
phone = "+00 0000"
[warning]
policy = "review-manipulation"
received = 2026-04-03
reference = "Sentinelref"
notice = "Sentinelnotice text"
asins = ["B0SENTINEL"]
[[people]]
role = "Sentinelperson role"
name = "Sentinelname"
started = 2025-07-08
conduct = "Sentinelconduct"
[[timeline]]
date = 2026-01-09
event = "Sentinelevent"
[[orders]]
id = "111-1111111-1111111"
asin = "B0SENTINEL"
date = 2026-01-10
sent = "Sentinelsent"
outcome = "Sentineloutcome"
[[reviews]]
id = "RSENTINEL00001"
asin = "B0SENTINEL"
rating = 2
status = "live"
[[evidence]]
file = "sentinel.pdf"
shows = "Sentinelshows"
asin = "B0SENTINEL"
[[actions]]
date = 2026-04-05
action = "Sentinelaction done"
[[measures]]
measure = "Sentinelmeasure"
owner = "Sentinelowner"
frequency = "sentinelfrequency"
since = 2026-04-06
"#;
    toml::from_str(text).unwrap()
}

#[test]
fn every_fact_in_every_variant_comes_from_the_case() {
    let case = sentinel_case();
    let dates: BTreeSet<&str> = [
        "3 April 2026",
        "8 July 2025",
        "9 January 2026",
        "10 January 2026",
        "5 April 2026",
        "6 April 2026",
    ]
    .into();
    let month =
        "January|February|March|April|May|June|July|August|September|October|November|December";
    let date = Regex::new(&format!(r"\b\d{{1,2}} (?:{month}) \d{{4}}\b|\b(?:{month}) \d{{1,2}}, \d{{4}}\b|\b\d{{4}}-\d{{2}}-\d{{2}}\b")).unwrap();
    let ids = Regex::new(
        r"\b\d{3}-\d{7}-\d{7}\b|\bB0[A-Z0-9]{8}\b|\bR[A-Z0-9]{12,14}\b|\bA[A-Z0-9]{12,13}\b",
    )
    .unwrap();
    let capitalised = Regex::new(r"\b[A-Z][a-z]+\b").unwrap();
    let year = Regex::new(r"\b(19|20)\d{2}\b").unwrap();
    // Words a template may write with a capital: the stock sentences' own, never a fact.
    let vocabulary: BTreeSet<String> = poa::compose::BUILTIN_CATALOGUE
        .sentences()
        .flat_map(|s| s.en.split(|c: char| !c.is_alphabetic()))
        .map(String::from)
        .chain(["We", "I", "The", "Our"].map(String::from))
        .collect();
    for variant in 1..=VARIANTS {
        let text = letter(&case, Some(variant));
        for found in date.find_iter(&text) {
            assert!(
                dates.contains(found.as_str()),
                "variant {variant}: invented date {}",
                found.as_str()
            );
        }
        for found in ids.find_iter(&text) {
            let known = [
                "111-1111111-1111111",
                "B0SENTINEL",
                "RSENTINEL00001",
                "ASENTINEL0001",
            ];
            assert!(
                known.contains(&found.as_str()),
                "variant {variant}: invented id {}",
                found.as_str()
            );
        }
        let without_dates = date.replace_all(&text, "");
        assert!(
            !year.is_match(&without_dates),
            "variant {variant}: a year outside a case date"
        );
        for word in capitalised.find_iter(&without_dates).map(|m| m.as_str()) {
            assert!(
                word.starts_with("Sentinel") || vocabulary.contains(word),
                "variant {variant}: a name-like word not from the case: {word}"
            );
        }
    }
}

#[test]
fn a_case_without_root_cause_or_actions_is_refused_not_padded() {
    let mut case = sentinel_case();
    case.root_causes.clear();
    let composer = Composer::new(&Templates::builtin()).unwrap();
    let refused = |case: &Case, missing: &str| {
        let error = composer.compose(case, None).unwrap_err();
        assert!(matches!(error, poa::error::Error::Refused(_)), "{error:?}");
        assert_eq!(error.exit_code(), 65);
        assert!(error.to_string().contains(missing), "{error}");
    };
    refused(&case, "root cause");
    let mut case = sentinel_case();
    case.actions.clear();
    refused(&case, "completed action");
}

#[test]
fn stock_text_holds_only_slots_where_facts_go() {
    let stock = Composer::new(&Templates::builtin())
        .unwrap()
        .stock_text()
        .unwrap();
    assert_eq!(stock.len(), 6 * VARIANTS);
    let opening = stock
        .iter()
        .find(|s| s.source == "opening.md.tera" && s.variant == 1)
        .unwrap();
    assert!(opening.markdown.contains("Dear Seller Performance Team,"));
    assert!(opening.markdown.contains(SLOT));
    assert!(
        !opening.markdown.contains("2026"),
        "a date leaked into stock text"
    );
}

#[test]
fn user_templates_override_built_ins_by_file_name() {
    let dir = tempfile::tempdir().unwrap();
    let templates = dir.path().join("templates");
    Poa::cargo_bin("poa")
        .unwrap()
        .args(["templates", "export"])
        .arg(&templates)
        .assert()
        .success();
    let closing = templates.join("closing.md.tera");
    let text = std::fs::read_to_string(&closing).unwrap();
    let signoffs = Regex::new(r#"\{\{ say\(id="signoff\.\d"\) \}\}"#).unwrap();
    assert!(signoffs.is_match(&text), "the export holds the sign-offs");
    std::fs::write(
        &closing,
        signoffs.replace_all(&text, "Yours faithfully,").as_ref(),
    )
    .unwrap();
    let loaded = Templates::with_overrides(&templates).unwrap();
    let text = Composer::new(&loaded)
        .unwrap()
        .compose(&sentinel_case(), None)
        .unwrap();
    assert!(text.contains("Yours faithfully,"));
    // Exporting again over the folder needs --force.
    Poa::cargo_bin("poa")
        .unwrap()
        .args(["templates", "export"])
        .arg(&templates)
        .assert()
        .code(73);
}

#[test]
fn a_template_error_names_the_file_and_line() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("measures.md.tera"),
        "## Preventive measures\n\n{% for m in measures %}\n{{ m.measure }\n",
    )
    .unwrap();
    let case = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/gift-card-insert.toml");
    Poa::cargo_bin("poa")
        .unwrap()
        .arg("render")
        .arg(&case)
        .arg("--templates")
        .arg(dir.path())
        .arg("--out")
        .arg(dir.path().join("out"))
        .assert()
        .code(65)
        .stderr(predicates::str::contains(
            "template measures.md.tera: line 4",
        ));
    assert!(!dir.path().join("out").exists());
}

#[test]
fn markdown_in_case_text_does_not_change_the_letter_structure() {
    let mut case = sentinel_case();
    case.root_causes = vec!["# Not a heading | not a table *not bold*".into()];
    let document = poa::document::from_markdown(&letter(&case, Some(1)), "", "");
    let headings = document
        .blocks
        .iter()
        .filter(|b| matches!(b, poa::document::Block::Heading { .. }))
        .count();
    let plain = letter(&sentinel_case(), Some(1));
    let baseline = poa::document::from_markdown(&plain, "", "")
        .blocks
        .iter()
        .filter(|b| matches!(b, poa::document::Block::Heading { .. }))
        .count();
    assert_eq!(headings, baseline);
    let text = format!("{document:?}");
    assert!(text.contains("# Not a heading | not a table *not bold*"));
}
