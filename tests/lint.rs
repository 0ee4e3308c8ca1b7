//! Lint and message-check: every rule fires on the wording it targets and stays quiet on
//! wording it must allow, from fixture files listing the findings each input must produce.

use std::collections::BTreeSet;
use std::path::Path;

use assert_cmd::Command;
use poa::case::Case;
use poa::compose::{Composer, Templates};
use poa::document::{Block, Document, Inline, from_markdown};
use poa::lint::Linter;
use poa::rules::RuleSet;
use predicates::prelude::*;
use serde::Deserialize;

fn fixture(name: &str) -> String {
    std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures")
            .join(name),
    )
    .unwrap()
}

fn example_case() -> Case {
    poa::case::load(&Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/gift-card-insert.toml"))
        .unwrap()
        .case
}

fn letter(case: &Case) -> Document {
    from_markdown(
        &Composer::new(&Templates::builtin())
            .unwrap()
            // The phrasing whose headings the draft fixtures name.
            .compose(case, Some(1))
            .unwrap(),
        "",
        "",
    )
}

fn rules_of(findings: &[poa::findings::Finding]) -> BTreeSet<String> {
    findings.iter().map(|f| f.rule.clone()).collect()
}

#[derive(Deserialize)]
struct Drafts {
    draft: Vec<DraftCase>,
}

#[derive(Deserialize)]
struct DraftCase {
    section: String,
    text: String,
    expect: Vec<String>,
}

/// The clean example letter with one paragraph added after a section's heading.
fn with_sentence(section: &str, sentence: &str) -> Document {
    let mut document = letter(&example_case());
    let at = document
        .blocks
        .iter()
        .position(|b| matches!(b, Block::Heading { content, .. } if poa::document::plain_text(content) == section))
        .unwrap_or_else(|| panic!("no section {section}"));
    document.blocks.insert(
        at + 1,
        Block::Paragraph {
            content: vec![Inline::plain(sentence)],
        },
    );
    document
}

#[test]
fn the_example_letters_are_clean() {
    let linter = Linter::builtin().unwrap();
    let case = example_case();
    assert_eq!(linter.lint_case(&case, &letter(&case)), []);
    assert_eq!(linter.lint_draft(&letter(&case).into()), []);
}

/// No rule without a fixture that makes it fire.
fn every_rule_fired(rules: &RuleSet, fired: &BTreeSet<String>) {
    for rule in &rules.rules {
        assert!(
            fired.contains(&rule.id),
            "no fixture makes {} fire",
            rule.id
        );
    }
}

#[test]
fn each_draft_rule_fires_on_its_wording_and_stays_quiet_otherwise() {
    let linter = Linter::builtin().unwrap();
    let drafts: Drafts = toml::from_str(&fixture("lint-drafts.toml")).unwrap();
    let mut fired = BTreeSet::new();
    for case in drafts.draft {
        let found = rules_of(&linter.lint_draft(&with_sentence(&case.section, &case.text).into()));
        let expected: BTreeSet<String> = case.expect.into_iter().collect();
        assert_eq!(found, expected, "for {:?}", case.text);
        fired.extend(found);
    }
    let rules = RuleSet::parse(include_str!("../rules/lint.toml"), Path::new("lint.toml")).unwrap();
    every_rule_fired(&rules, &fired);
}

#[test]
fn a_vague_root_cause_is_an_error_and_a_specific_one_is_not() {
    let linter = Linter::builtin().unwrap();
    let mut case = example_case();
    case.root_causes
        .push("A mistake happened because of an oversight".into());
    let found = linter.lint_case(&case, &letter(&case));
    assert_eq!(
        rules_of(&found),
        ["cause-generic", "root-cause-vague"]
            .map(String::from)
            .into()
    );
    assert_eq!(found[0].place, "root_causes[3]");
}

#[test]
fn an_order_missing_from_the_letter_is_an_error() {
    let linter = Linter::builtin().unwrap();
    let case = example_case();
    let mut document = letter(&case);
    document
        .blocks
        .retain(|b| !matches!(b, Block::Table { .. }));
    // The orders table is the one place the letter names each order.
    let found = linter.lint_case(&case, &document);
    assert_eq!(
        rules_of(&found),
        ["order-missing".to_string()].into(),
        "{found:?}"
    );
    let places: Vec<&str> = found.iter().map(|f| f.place.as_str()).collect();
    assert_eq!(places, ["orders[0].id", "orders[1].id"]);
}

#[test]
fn actions_as_promises_and_measures_without_owner_or_frequency_are_named_at_their_field() {
    let linter = Linter::builtin().unwrap();
    let mut case = example_case();
    case.actions[0].action = "We will create a removal order".into();
    case.measures[0].owner = "Team".into();
    case.measures[1].frequency = "as needed".into();
    case.measures[2].measure = "We will screen the inbox".into();
    let found = linter.lint_case(&case, &letter(&case));
    let places: BTreeSet<(String, String)> = found
        .iter()
        .map(|f| (f.rule.clone(), f.place.clone()))
        .collect();
    for expected in [
        ("action-not-done", "actions[0].action"),
        ("measure-owner-vague", "measures[0].owner"),
        ("measure-frequency-vague", "measures[1].frequency"),
        ("measure-is-a-promise", "measures[2].measure"),
    ] {
        assert!(
            places.contains(&(expected.0.into(), expected.1.into())),
            "missing {expected:?} in {places:?}"
        );
    }
}

#[test]
fn an_asin_without_evidence_is_an_error() {
    let linter = Linter::builtin().unwrap();
    let mut case = example_case();
    case.evidence
        .retain(|e| e.asin.as_deref() != Some("B0D3HP1K5T"));
    let found = linter.lint_case(&case, &letter(&case));
    assert_eq!(rules_of(&found), ["evidence-missing".to_string()].into());
}

#[test]
fn length_and_the_order_of_the_parts_are_checked() {
    let linter = Linter::builtin().unwrap();
    let short = from_markdown(
        "## Actions taken\n\nDone.\n\n## Root cause\n\nIt happened.\n",
        "",
        "",
    );
    let found = rules_of(&linter.lint_draft(&short.into()));
    assert_eq!(
        found,
        ["actions-undated", "length", "parts-missing", "parts-order"]
            .map(String::from)
            .into()
    );
}

#[derive(Deserialize)]
struct Messages {
    message: Vec<MessageCase>,
}

#[derive(Deserialize)]
struct MessageCase {
    name: String,
    text: String,
    expect: Vec<String>,
}

#[test]
fn each_message_rule_fires_on_its_wording_and_stays_quiet_otherwise() {
    let rules = RuleSet::parse(
        include_str!("../rules/message.toml"),
        Path::new("message.toml"),
    )
    .unwrap();
    let messages: Messages = toml::from_str(&fixture("messages.toml")).unwrap();
    let mut fired = BTreeSet::new();
    for message in messages.message {
        let found: BTreeSet<String> = rules
            .scan(&message.text, poa::rules::Scope::Message)
            .into_iter()
            .map(|h| h.rule.id.clone())
            .collect();
        let expected: BTreeSet<String> = message.expect.into_iter().collect();
        assert_eq!(found, expected, "{}", message.name);
        fired.extend(found);
    }
    every_rule_fired(&rules, &fired);
}

#[test]
fn message_check_reads_stdin_names_the_words_and_exits_1_on_errors() {
    Command::cargo_bin("poa")
        .unwrap()
        .arg("message-check")
        .env("NO_COLOR", "1")
        .write_stdin("Order 112-1234567-1234567: pls update your review!")
        .assert()
        .code(1)
        .stdout(
            predicate::str::contains("asks-to-change-review")
                .and(predicate::str::contains("update your review")),
        );
    Command::cargo_bin("poa")
        .unwrap()
        .args(["message-check", "--json"])
        .write_stdin("Hello, your parcel is on its way.")
        .assert()
        .code(0)
        .stdout(
            predicate::str::contains("\"rule\": \"no-order-id\"")
                .and(predicate::str::contains("\"severity\": \"warning\"")),
        );
}

#[test]
fn users_add_rules_and_a_broken_rule_file_names_its_line() {
    let dir = tempfile::tempdir().unwrap();
    let extra = dir.path().join("extra.toml");
    std::fs::write(&extra, "[[rule]]\nid = \"no-whatsapp\"\nseverity = \"error\"\nwhy = \"no outside contact\"\nscope = \"message\"\npatterns = ['whats ?app']\n").unwrap();
    message_check_with(&extra, "Order 112-1234567-1234567: message us on WhatsApp.")
        .code(1)
        .stdout(predicate::str::contains("no-whatsapp"));
    std::fs::write(&extra, "[[rule]]\nid = \"bad\"\nseverity = \"error\"\nwhy = \"x\"\npatterns = [\n  'fine',\n  '(unclosed',\n]\n").unwrap();
    message_check_with(&extra, "x").code(65).stderr(
        predicate::str::contains("extra.toml:7:3: rule[0].patterns[1]")
            .and(predicate::str::contains("rule bad"))
            .and(predicate::str::contains("unclosed group")),
    );
    let rule = |patterns: &str| {
        format!(
            "[[rule]]\nid = \"accents\"\nseverity = \"error\"\nwhy = \"x\"\nscope = \"message\"\npatterns = {patterns}\n"
        )
    };
    for (patterns, code, says) in [
        ("[]", 65, "has no patterns"),
        ("['caf[é]']", 65, "start the pattern with (?u)"),
        ("['(?u)caf[é]']", 1, "accents"),
    ] {
        std::fs::write(&extra, rule(patterns)).unwrap();
        let output = message_check_with(&extra, "Order 112-1234567-1234567: the café is open.")
            .get_output()
            .clone();
        let all = String::from_utf8_lossy(&output.stdout).to_string()
            + &String::from_utf8_lossy(&output.stderr);
        assert_eq!(output.status.code(), Some(code), "{patterns}: {all}");
        assert!(all.contains(says), "{patterns}: {all}");
    }
}

/// `poa message-check --rules EXTRA` on `message`.
fn message_check_with(extra: &Path, message: &str) -> assert_cmd::assert::Assert {
    Command::cargo_bin("poa")
        .unwrap()
        .arg("message-check")
        .arg("--rules")
        .arg(extra)
        .write_stdin(message)
        .assert()
}

#[test]
fn a_misspelt_scope_is_refused_naming_its_line() {
    let dir = tempfile::tempdir().unwrap();
    let extra = dir.path().join("extra.toml");
    std::fs::write(
        &extra,
        "[[rule]]\nid = \"typo\"\nseverity = \"error\"\nwhy = \"x\"\nscope = \"mesage\"\npatterns = ['x']\n",
    )
    .unwrap();
    message_check_with(&extra, "x")
        .code(65)
        .stderr(predicate::str::contains("extra.toml:5").and(predicate::str::contains("mesage")));
}

#[test]
fn lint_on_the_command_line_takes_a_case_or_a_draft() {
    let dir = tempfile::tempdir().unwrap();
    let draft = dir.path().join("draft.md");
    std::fs::write(&draft, "## Root cause\n\nThe buyers lied.\n\n## Actions taken\n\nWe will fix it.\n\n## Preventive measures\n\nChecks.\n").unwrap();
    let output = Command::cargo_bin("poa")
        .unwrap()
        .arg("lint")
        .arg(&draft)
        .arg("--json")
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let rules: BTreeSet<&str> = json
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["rule"].as_str().unwrap())
        .collect();
    assert_eq!(
        rules,
        [
            "action-not-done",
            "actions-undated",
            "blames-others",
            "length"
        ]
        .into()
    );
    let case = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/refund-for-review-change.toml");
    Command::cargo_bin("poa")
        .unwrap()
        .arg("lint")
        .arg(case)
        .assert()
        .success()
        .stdout(predicate::str::contains("0 errors, 0 warnings"));
}
