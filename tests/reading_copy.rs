//! The Chinese reading copy: the same letter, part by part, with its stock sentences in
//! Chinese and the seller's answers as the letter has them, marked as not to be sent.

use poa::compose::VARIANTS;
use poa::compose::stock::{self, BUILTIN_CATALOGUE};
use poa::lang::Lang;

use std::path::Path;

use poa::document::{Block, plain_text};
use predicates::prelude::PredicateBooleanExt;

use crate::util::{EXAMPLES, docx_part, example, example_case, marked, poa, tool};

/// `poa render NAME --reading-copy zh --format FORMATS --out OUT`, asserted to succeed.
fn render_with_reading_copy(name: &str, formats: &str, out: &Path) -> assert_cmd::assert::Assert {
    poa()
        .arg("render")
        .arg(example(name))
        .args(["--reading-copy", "zh", "--format", formats, "--out"])
        .arg(out)
        .assert()
        .success()
}

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
        render_with_reading_copy(name, "md,docx,pdf", out.path())
            .stderr(predicates::str::contains("PDF").not());
        let letter = std::fs::read_to_string(out.path().join(format!("{name}.md"))).unwrap();
        assert!(
            !letter.contains("阅读本"),
            "the letter itself stays English"
        );
        let copy = |format: &str| out.path().join(format!("{name}.zh.{format}"));
        let mut texts = Vec::new();
        for format in ["md", "docx"] {
            let blocks = poa::draft::load(&copy(format)).unwrap().blocks;
            // Every block's text, headings and table cells included, in order.
            texts.push((format, serde_json::to_string(&blocks).unwrap()));
        }
        if let Some(pdf) = pdf_text(&copy("pdf")) {
            texts.push(("pdf", pdf));
        }
        for (format, text) in &texts {
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

/// The text pdftotext reads from a PDF, without the spaces and line ends that layout puts
/// in; `None` when pdftotext is not installed (outside CI).
fn pdf_text(pdf: &Path) -> Option<String> {
    let output = tool(
        "pdftotext",
        "poppler-utils",
        &[pdf.as_os_str(), "-".as_ref()],
    )?;
    assert!(output.status.success(), "pdftotext {}", pdf.display());
    Some(
        String::from_utf8(output.stdout)
            .unwrap()
            .chars()
            .filter(|c| !c.is_whitespace())
            .collect(),
    )
}

#[test]
fn the_reading_copys_pdf_draws_every_heading_and_paragraph_of_its_markdown() {
    let out = tempfile::tempdir().unwrap();
    for name in EXAMPLES {
        render_with_reading_copy(name, "md,pdf", out.path());
        let copy = |format: &str| out.path().join(format!("{name}.zh.{format}"));
        let Some(pdf) = pdf_text(&copy("pdf")) else {
            return;
        };
        let markdown = poa::draft::load(&copy("md")).unwrap();
        for block in &markdown.blocks {
            if let Block::Heading { content, .. } | Block::Paragraph { content } = block {
                let text: String = plain_text(content)
                    .chars()
                    .filter(|c| !c.is_whitespace())
                    .collect();
                assert!(pdf.contains(&text), "{name}.zh.pdf lacks {text:?}");
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

#[test]
fn the_reading_copy_numbers_its_pages_in_chinese_and_the_letter_in_english() {
    let name = "refund-for-review-change";
    let out = tempfile::tempdir().unwrap();
    render_with_reading_copy(name, "docx,pdf", out.path());
    let file = |stem: &str, format: &str| out.path().join(format!("{stem}.{format}"));
    let copy_footer = docx_part(&file(&format!("{name}.zh"), "docx"), "word/footer1.xml");
    assert!(
        copy_footer.contains("第") && copy_footer.contains("页，共"),
        "{copy_footer}"
    );
    let letter_footer = docx_part(&file(name, "docx"), "word/footer1.xml");
    assert!(
        letter_footer.contains("Page") && !letter_footer.contains("页"),
        "{letter_footer}"
    );
    let (Some(copy), Some(letter)) = (
        pdf_text(&file(&format!("{name}.zh"), "pdf")),
        pdf_text(&file(name, "pdf")),
    ) else {
        return;
    };
    let pages = copy.matches("页，共").count();
    assert!(pages >= 1, "no Chinese footer in the reading copy's PDF");
    assert!(
        copy.contains(&format!("第1页，共{pages}页")) && !copy.contains("Page1of"),
        "{copy}"
    );
    assert!(
        letter.contains("Page1of") && !letter.contains("页"),
        "{letter}"
    );
}
