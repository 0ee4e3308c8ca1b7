//! The originality check: copied passages are found, with their place, through the edits a
//! seller makes; independent writing is not flagged; a Word-edited DOCX reads like its text.

use std::io::Write;
use std::path::Path;

use poa::check::originality::{Checker, DEFAULT_MIN_WORDS, Reference};
use poa::document::{Block, Document, Inline};
use poa::draft;
use predicates::prelude::*;
use proptest::prelude::*;

use crate::util::{example, poa};

const TEMPLATE: &str = "We have carefully investigated the circumstances that led to this violation and we accept full responsibility for the actions of our staff.";

fn checker() -> Checker {
    Checker::new(&[Reference {
        source: "circulated.txt".into(),
        text: TEMPLATE.into(),
    }])
}

fn document(paragraphs: &[&str]) -> Document {
    let mut blocks = vec![Block::Heading {
        level: 2,
        content: vec![Inline::plain("Root cause")],
    }];
    blocks.extend(paragraphs.iter().map(|p| Block::Paragraph {
        content: vec![Inline::plain(*p)],
    }));
    Document {
        blocks,
        ..Document::default()
    }
}

const OWN_WORDS: &str = "Our warehouse lead mislabelled two pallets in March, and the refund queue was not checked by anyone else that week.";

#[test]
fn a_pasted_passage_is_found_with_its_place() {
    let report = checker().check(
        &document(&[
            OWN_WORDS,
            &format!("Then it went wrong. {TEMPLATE} That is all."),
        ]),
        DEFAULT_MIN_WORDS,
    );
    assert_eq!(report.passages.len(), 1);
    let passage = &report.passages[0];
    assert_eq!(passage.place.section, "Root cause");
    assert_eq!(passage.place.paragraph, 2);
    assert_eq!(passage.source, "circulated.txt");
    assert_eq!(passage.text, TEMPLATE.trim_end_matches('.'));
    assert_eq!(passage.words, 22);
}

#[test]
fn small_edits_do_not_hide_a_copy() {
    let edits = [
        TEMPLATE.to_uppercase(),
        TEMPLATE.replace(' ', "   ").replace(',', ""),
        TEMPLATE
            .replace("We have", "“We have")
            .replace("staff.", "staff”!"),
        TEMPLATE.replace("our staff", "our ﬁrst-line staff"),
        TEMPLATE.replace("this violation", "that violation"),
        TEMPLATE.replace("carefully", "thoroughly"),
        TEMPLATE.replace("accept full", "accept complete"),
    ];
    for edited in edits {
        let report = checker().check(&document(&[OWN_WORDS, &edited]), DEFAULT_MIN_WORDS);
        assert_eq!(report.passages.len(), 1, "lost after edit: {edited}");
        assert!(
            report.passages[0].words >= 20,
            "only part found after edit: {edited}"
        );
    }
}

#[test]
fn a_changed_name_and_date_do_not_hide_a_copy() {
    let reference = "On 12 June 2023 our manager John Carter reviewed every message sent to buyers and confirmed that no other requests were made.";
    let checker = Checker::new(&[Reference {
        source: "forum-template.txt".into(),
        text: reference.into(),
    }]);
    let draft = "On 2 March 2026 our manager Li Wei reviewed every message sent to buyers and confirmed that no other requests were made.";
    let report = checker.check(&document(&[draft]), DEFAULT_MIN_WORDS);
    assert_eq!(report.passages.len(), 1);
    assert!(
        report.passages[0]
            .text
            .starts_with("our manager Li Wei reviewed"),
        "{:?}",
        report.passages[0]
    );
}

#[test]
fn independent_writing_on_the_same_topic_is_not_flagged() {
    let independent = "After the warning arrived we went through every message our team had sent since June. \
        We found that one associate had asked three buyers to reconsider their ratings after refunds. \
        We take responsibility for this and have changed how refunds and messages are handled.";
    let report = checker().check(&document(&[independent]), DEFAULT_MIN_WORDS);
    assert!(report.passages.is_empty(), "{:?}", report.passages);
    assert_eq!(report.copied_words, 0);
}

#[test]
fn a_fact_filled_into_a_template_slot_does_not_make_the_sentence_original() {
    let slot = poa::compose::SLOT;
    let checker = Checker::new(&[Reference {
        source: "opening.md.tera (variant 1)".into(),
        text: format!(
            "On {slot} we received your notice that our store {slot} violated the policy on review manipulation and we accept it."
        ),
    }]);
    let draft = "On 2 March 2026 we received your notice that our store Lumenfold Outdoor violated the policy on review manipulation and we accept it.";
    let report = checker.check(&document(&[draft]), DEFAULT_MIN_WORDS);
    assert_eq!(report.passages.len(), 1);
    assert!(
        report.passages[0].text.contains("Lumenfold Outdoor"),
        "{:?}",
        report.passages
    );
}

/// A DOCX as Word writes it after editing: the sentence split across runs, smart quotes.
fn word_edited_docx(path: &Path) {
    let body = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>
<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>Root cause</w:t></w:r></w:p>
<w:p><w:r><w:t>Our warehouse lead mislabelled two pallets in March, and the refund queue was not checked by anyone else that week.</w:t></w:r></w:p>
<w:p><w:r><w:t xml:space="preserve">We have carefully investigated the </w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>circumstances</w:t></w:r><w:r><w:t xml:space="preserve"> that led to this violation and we accept full responsibility for the actions of our staff.</w:t></w:r><w:proofErr w:type="spellStart"/></w:p>
</w:body></w:document>"#;
    let file = std::fs::File::create(path).unwrap();
    let mut zip = zip::ZipWriter::new(file);
    zip.start_file(
        "word/document.xml",
        zip::write::SimpleFileOptions::default(),
    )
    .unwrap();
    zip.write_all(body.as_bytes()).unwrap();
    zip.finish().unwrap();
}

#[test]
fn a_word_edited_docx_gives_the_same_result_as_its_plain_text() {
    let dir = tempfile::tempdir().unwrap();
    let docx = dir.path().join("edited.docx");
    word_edited_docx(&docx);
    let from_docx = checker().check(&draft::load(&docx).unwrap(), DEFAULT_MIN_WORDS);
    let from_text = checker().check(&document(&[OWN_WORDS, TEMPLATE]), DEFAULT_MIN_WORDS);
    assert_eq!(from_docx, from_text);
}

#[test]
fn the_examples_pass_because_the_sellers_words_carry_them() {
    let out = tempfile::tempdir().unwrap();
    for name in ["refund-for-review-change", "gift-card-insert"] {
        poa()
            .arg("render")
            .arg(example(name))
            .arg("--format=md")
            .arg("--out")
            .arg(out.path())
            .assert()
            .success()
            .stdout(predicate::str::contains("originality: "));
        poa()
            .arg("check")
            .arg(out.path().join(format!("{name}.md")))
            .assert()
            .success();
    }
}

#[test]
fn a_letter_that_is_mostly_template_fails_the_default_limit() {
    let dir = tempfile::tempdir().unwrap();
    let text = std::fs::read_to_string(example("gift-card-insert")).unwrap();
    // Keep the structure, strip the seller's own story down to a few words each.
    let mut case: poa::case::Case = toml::from_str(&text).unwrap();
    case.root_causes.truncate(1);
    case.root_causes[0] = "Staff error".into();
    case.actions.truncate(1);
    case.actions[0].action = "Fixed it".into();
    case.measures.truncate(1);
    case.measures[0].measure = "Checks".into();
    case.people.clear();
    case.timeline.clear();
    case.investigation.clear();
    case.evidence.clear();
    case.reviews.clear();
    case.orders.truncate(1);
    case.declarations.clear();
    case.warning.quote = None;
    case.warning.summary = Some("Review manipulation".into());
    let path = dir.path().join("thin.toml");
    std::fs::write(&path, toml::to_string(&case).unwrap()).unwrap();
    // Templates that pad a thin case with prose of their own, as generic POA templates do.
    let templates = dir.path().join("templates");
    std::fs::create_dir(&templates).unwrap();
    let padding = [
        TEMPLATE,
        "Our team has reviewed every part of our operation in detail and we are fully committed to following every policy that applies to our account from now on.",
        "We value the trust that Amazon and its customers place in us, and we understand how important honest reviews are to everyone who shops in the store.",
        "We have put new procedures in place, trained our staff again, and we will keep monitoring our processes closely so that nothing of this kind can ever happen again.",
        "Thank you for taking the time to read this plan and for considering the reinstatement of our selling privileges at your earliest convenience.",
    ]
    .join("\n\n");
    std::fs::write(templates.join("closing.md.tera"), padding).unwrap();
    poa()
        .arg("render")
        .arg(&path)
        .arg("--format=md")
        // The thin case lacks evidence for its ASINs; only the wording is at issue here.
        .arg("--allow-lint-errors")
        .arg("--templates")
        .arg(&templates)
        .arg("--out")
        .arg(dir.path())
        .assert()
        .success();
    poa()
        .arg("check")
        .arg(dir.path().join("thin.md"))
        .arg("--templates")
        .arg(&templates)
        .env("NO_COLOR", "1")
        .assert()
        .code(1)
        .stdout(predicate::str::contains("too much"));
}

#[test]
fn check_reports_json_for_scripts() {
    let (seen, dir) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    std::fs::write(seen.path().join("seen.txt"), TEMPLATE).unwrap();
    let draft = dir.path().join("draft.txt");
    std::fs::write(&draft, format!("{OWN_WORDS}\n\n{TEMPLATE}")).unwrap();
    let output = poa()
        .arg("check")
        .arg(&draft)
        .arg("--against")
        .arg(seen.path())
        .arg("--json")
        .arg("--max-copied=10")
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let passage = &json["report"]["passages"][0];
    assert!(passage["source"].as_str().unwrap().ends_with("seen.txt"));
    assert_eq!(passage["place"]["paragraph"], 2);
    assert!(json["report"]["copied_percent"].as_f64().unwrap() > 10.0);
}

#[test]
fn no_color_means_no_escape_codes_even_where_colour_is_forced() {
    let (seen, dir) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    std::fs::write(seen.path().join("seen.txt"), TEMPLATE).unwrap();
    let draft = dir.path().join("draft.txt");
    std::fs::write(&draft, TEMPLATE).unwrap();
    let check = |no_color: bool| {
        let mut command = poa();
        command
            .arg("check")
            .arg(&draft)
            .arg("--against")
            .arg(seen.path())
            // Output is piped here: CLICOLOR_FORCE stands in for a terminal.
            .env("CLICOLOR_FORCE", "1")
            .env_remove("NO_COLOR");
        if no_color {
            command.env("NO_COLOR", "1");
        }
        let output = command.output().unwrap();
        assert_eq!(output.status.code(), Some(1));
        let stdout = String::from_utf8(output.stdout).unwrap();
        assert!(stdout.contains("circumstances"), "{stdout}");
        stdout.contains("\u{1b}[")
    };
    assert!(
        check(false),
        "forced colour shows no colour: the check below proves nothing"
    );
    assert!(!check(true), "NO_COLOR did not turn colour off");
}

#[test]
fn a_missing_draft_is_66_and_a_broken_docx_is_65() {
    poa().args(["check", "no-such-draft.md"]).assert().code(66);
    let dir = tempfile::tempdir().unwrap();
    let broken = dir.path().join("broken.docx");
    std::fs::write(&broken, b"PK\x03\x04 not really a zip").unwrap();
    poa()
        .arg("check")
        .arg(&broken)
        .assert()
        .code(65)
        .stderr(predicate::str::contains("not a readable DOCX"));
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]
    #[test]
    fn a_pasted_passage_is_found_wherever_it_stands(
        before in proptest::collection::vec("[a-z]{3,9}", 0..40),
        after in proptest::collection::vec("[a-z]{3,9}", 0..40),
    ) {
        let draft = format!("{} {TEMPLATE} {}", before.join(" "), after.join(" "));
        let report = checker().check(&document(&[&draft]), DEFAULT_MIN_WORDS);
        prop_assert!(report.passages.iter().any(|p| p.text.contains("accept full responsibility for the actions of our staff")));
        prop_assert!(report.copied_words >= 22);
    }
}
