//! Typography as each writer applies it: curly quotes, en-dash ranges and no-break spaces in
//! stock wording and in the seller's answers alike, identifiers untouched, in the Markdown,
//! the DOCX and the PDF.

use poa::document::{Block, plain_text};
use poa::pipeline::Renderer;

use crate::util::{docx_run_text, example_text, poa, tool};

/// The refund example with answers that hold quotes, ranges and star ratings.
fn case_text() -> String {
    let text = example_text("refund-for-review-change");
    let edited = text
        .replace(
            "offering a refund to a buyer who would change",
            "saying \\\"we'll refund you\\\" to a buyer who would change",
        )
        .replace(
            "We have never paid for,",
            "In 2024-2026 we have never paid for,",
        );
    assert!(edited.contains("we'll refund you"), "the example changed");
    assert!(edited.contains("1-3 star") && edited.contains("2024-2026"));
    edited
}

/// What each reader finds: the Markdown file, the DOCX's text runs, the PDF's text.
fn written_texts(dir: &std::path::Path) -> Vec<(&'static str, String)> {
    let case = dir.join("typeset.toml");
    std::fs::write(&case, case_text()).unwrap();
    poa()
        .arg("render")
        .arg(&case)
        .arg("--out")
        .arg(dir)
        .assert()
        .success();
    let markdown = std::fs::read_to_string(dir.join("typeset.md")).unwrap();
    let docx = docx_run_text(&dir.join("typeset.docx"));
    let mut texts = vec![("md", markdown), ("docx", docx)];
    let pdf = dir.join("typeset.pdf");
    if let Some(output) = tool(
        "pdftotext",
        "poppler-utils",
        &["-raw".as_ref(), pdf.as_os_str(), "-".as_ref()],
    ) {
        texts.push(("pdf", String::from_utf8(output.stdout).unwrap()));
    }
    texts
}

#[test]
fn stock_wording_and_answers_are_typeset_in_every_format_and_identifiers_are_not() {
    let dir = tempfile::tempdir().unwrap();
    // The letter as composed still holds straight quotes, from the stock wording around the
    // notice and from the answers: typography is the writers' work.
    let case: poa::case::Case = toml::from_str(&case_text()).unwrap();
    let document = Renderer::new(&Default::default())
        .unwrap()
        .document(&case)
        .unwrap();
    let composed: String = document
        .blocks
        .iter()
        .filter_map(|b| match b {
            Block::Paragraph { content } | Block::Heading { content, .. } => {
                Some(plain_text(content))
            }
            _ => None,
        })
        .collect();
    assert!(composed.contains("\"We found"), "{composed}");

    for (format, text) in written_texts(dir.path()) {
        // A PDF reader may give a no-break space back as a space.
        let text = text.replace('\u{a0}', " ");
        for expected in [
            "\u{201c}we\u{2019}ll refund you\u{201d}",
            "1\u{2013}3 star",
            "2024\u{2013}2026",
            "\u{201c}We found",
            "Amazon\u{2019}s",
            // Identifiers keep their hyphens.
            "113-4829105-7731046",
            "messages-114-7730211-5590382.pdf",
            "+1 415 555 0142",
            "Buyer-Seller Messaging",
        ] {
            assert!(
                text.contains(expected),
                "{format}: no {expected:?} in\n{text}"
            );
        }
        assert!(
            !text.contains('"') && !text.contains('\''),
            "{format}: a straight quote is left in\n{text}"
        );
    }
}
