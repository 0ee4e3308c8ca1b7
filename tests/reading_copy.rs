//! The Chinese reading copy: the same letter, part by part, with its stock sentences in
//! Chinese and the seller's answers as the letter has them, marked as not to be sent.

use poa::compose::VARIANTS;
use poa::compose::stock::{self, BUILTIN_CATALOGUE};
use poa::lang::Lang;

use crate::util::{EXAMPLES, example, example_case, marked, poa};

#[test]
fn the_reading_copy_has_the_letters_parts_order_and_phrasing() {
    for name in EXAMPLES {
        let case = example_case(name);
        for variant in 1..=VARIANTS {
            let english = marked(&case, variant, Lang::En);
            let chinese = marked(&case, variant, Lang::Zh);
            let mut ids = stock::marked_ids(&chinese);
            assert_eq!(ids.remove(1), "reading-copy", "the notice comes first");
            assert_eq!(stock::marked_ids(&english), ids, "{name} variant {variant}");
            // What is not stock is the seller's, and the same in both.
            assert_eq!(
                stock::without_stock(&english),
                stock::without_stock(&chinese).replacen("\n\n****", "", 1),
                "{name} variant {variant}"
            );
        }
    }
}

#[test]
fn render_writes_a_reading_copy_that_reads_back_with_its_headings_and_orders() {
    for name in EXAMPLES {
        let case = example_case(name);
        let out = tempfile::tempdir().unwrap();
        poa()
            .arg("render")
            .arg(example(name))
            .args(["--reading-copy", "zh", "--format", "md,docx", "--out"])
            .arg(out.path())
            .assert()
            .success();
        let letter = std::fs::read_to_string(out.path().join(format!("{name}.md"))).unwrap();
        assert!(
            !letter.contains("阅读本"),
            "the letter itself stays English"
        );
        for format in ["md", "docx"] {
            let copy = poa::draft::load(&out.path().join(format!("{name}.zh.{format}"))).unwrap();
            // Every block's text, headings and table cells included, in order.
            let text = serde_json::to_string(&copy.blocks).unwrap();
            let banner = &BUILTIN_CATALOGUE.get("reading-copy").unwrap().zh;
            assert!(
                text.find(banner.as_str())
                    .is_some_and(|at| Some(at) < text.find("尊敬的")),
                "{name}.zh.{format}: the banner comes first"
            );
            for heading in ["rc.heading", "actions.heading", "measures.heading"] {
                let found = (1..=VARIANTS).any(|v| {
                    let zh = &BUILTIN_CATALOGUE.get(&format!("{heading}.{v}")).unwrap().zh;
                    text.contains(zh.as_str())
                });
                assert!(found, "{name}.zh.{format}: no {heading}");
            }
            for order in &case.orders {
                assert!(text.contains(&order.id), "{name}.zh.{format}: {}", order.id);
            }
        }
    }
}

#[test]
fn a_reading_copy_from_templates_without_chinese_is_refused_and_nothing_is_written() {
    let dir = tempfile::tempdir().unwrap();
    let templates = dir.path().join("templates");
    std::fs::create_dir(&templates).unwrap();
    std::fs::write(
        templates.join("closing.md.tera"),
        "Thank you for reading.\n\n{{ signer }}\n",
    )
    .unwrap();
    let out = dir.path().join("out");
    poa()
        .arg("render")
        .arg(example("gift-card-insert"))
        .args(["--reading-copy", "zh", "--templates"])
        .arg(&templates)
        .arg("--out")
        .arg(&out)
        .assert()
        .code(65)
        .stderr(predicates::str::contains("Thank you for reading"))
        .stderr(predicates::str::contains("--reading-copy"));
    assert!(!out.exists() || std::fs::read_dir(&out).unwrap().next().is_none());
    // The same templates write the English letter.
    poa()
        .arg("render")
        .arg(example("gift-card-insert"))
        .arg("--templates")
        .arg(&templates)
        .arg("--out")
        .arg(&out)
        .assert()
        .success();
}
