//! `poa render` end to end, each output checked by the reader that matters: the DOCX's own
//! XML and LibreOffice, the PDF through poppler and qpdf.

use std::path::Path;

use assert_cmd::Command as Poa;
use poa::document::{Block, plain_text};
use poa::pipeline::Renderer;

use crate::util::{docx_part, docx_run_text, example, tool};

const EXAMPLES: [&str; 2] = ["refund-for-review-change", "gift-card-insert"];

fn render(case: &Path, out: &Path, extra: &[&str]) -> assert_cmd::assert::Assert {
    Poa::cargo_bin("poa")
        .unwrap()
        .arg("render")
        .arg(case)
        .arg("--out")
        .arg(out)
        .args(extra)
        .assert()
}

/// The letter's words in reading order, as the document model holds them with typography
/// applied, and with list markers.
fn letter_words(case: &Path) -> Vec<String> {
    let loaded = poa::case::load(case).unwrap();
    let document = Renderer::new(&Default::default())
        .unwrap()
        .document(&loaded.case)
        .unwrap();
    let document = poa::render::typography::document(&document, |_| true);
    let mut text = String::new();
    for block in &document.blocks {
        match block {
            Block::Heading { content, .. } | Block::Paragraph { content } => {
                text += &plain_text(content)
            }
            // The PDF draws list markers; expect them where they stand.
            Block::List { ordered, items } => items.iter().enumerate().for_each(|(n, item)| {
                let marker = if *ordered {
                    format!("{}.", n + 1)
                } else {
                    "•".into()
                };
                text += &format!(" {marker} {}", plain_text(item));
            }),
            Block::Table { header, rows } => header
                .iter()
                .chain(rows.iter().flatten())
                .for_each(|c| text += &format!(" {}", plain_text(c))),
        }
        text.push(' ');
    }
    text.split_whitespace().map(String::from).collect()
}

/// Compares word sequences and shows where they first part.
fn assert_same_words(read: &[&str], expected: &[String], name: &str) {
    let first_difference = read
        .iter()
        .zip(expected)
        .position(|(a, b)| a != b)
        .or_else(|| (read.len() != expected.len()).then_some(read.len().min(expected.len())));
    if let Some(at) = first_difference {
        let from = at.saturating_sub(8);
        panic!(
            "{name}: PDF text parts from the letter at word {at}:\n  pdf:    {:?}\n  letter: {:?}",
            &read[from..(at + 8).min(read.len())],
            &expected[from..(at + 8).min(expected.len())]
        );
    }
}

#[test]
fn every_example_renders_to_all_three_formats_and_says_what_it_wrote() {
    let out = tempfile::tempdir().unwrap();
    for name in EXAMPLES {
        let assert = render(&example(name), out.path(), &[]).success();
        let stdout = String::from_utf8_lossy(&assert.get_output().stdout).to_string();
        for ext in ["docx", "pdf", "md"] {
            let path = out.path().join(format!("{name}.{ext}"));
            assert!(path.is_file(), "{} was not written", path.display());
            assert!(
                stdout.contains(&path.display().to_string()),
                "stdout does not name {ext}: {stdout}"
            );
        }
    }
}

#[test]
fn docx_uses_real_headings_numbering_table_footer_and_metadata() {
    let out = tempfile::tempdir().unwrap();
    render(
        &example("refund-for-review-change"),
        out.path(),
        &["--format", "docx"],
    )
    .success();
    let docx = out.path().join("refund-for-review-change.docx");
    let document = docx_part(&docx, "word/document.xml");
    for style in ["Title", "Heading1", "Heading2"] {
        assert!(
            document.contains(&format!(r#"<w:pStyle w:val="{style}" />"#)),
            "no {style} paragraph"
        );
    }
    assert!(
        document.contains("<w:numPr>"),
        "list items are not numbered paragraphs"
    );
    assert!(
        !document.contains(">1. "),
        "list numbers are typed, not numbering"
    );
    assert!(document.contains("<w:tbl>"), "no table");
    for table in document.split("<w:tbl>").skip(1) {
        let rows: Vec<&str> = table.split("<w:tr>").skip(1).collect();
        let headers: Vec<bool> = rows.iter().map(|r| r.contains("<w:tblHeader />")).collect();
        assert!(
            headers[0] && headers[1..].iter().all(|h| !h),
            "the header row, and only it, repeats on each page: {headers:?}"
        );
    }
    assert!(
        docx_run_text(&docx).contains("113-4829105-7731046"),
        "the table lacks an order"
    );
    let styles = docx_part(&docx, "word/styles.xml");
    assert!(
        styles.contains(r#"<w:name w:val="heading 1" />"#),
        "heading style is not Word's built-in name"
    );
    let numbering = docx_part(&docx, "word/numbering.xml");
    assert!(numbering.contains(r#"w:val="decimal""#) && numbering.contains(r#"w:val="bullet""#));
    let footer = docx_part(&docx, "word/footer1.xml");
    assert!(
        footer.contains("PAGE") && footer.contains("NUMPAGES"),
        "no page numbers in the footer"
    );
    let core = docx_part(&docx, "docProps/core.xml");
    assert!(core.contains("<dc:title>Plan of Action: Hearth &amp; Oak Home</dc:title>"));
    assert!(core.contains("<dc:creator>Wei Zhang</dc:creator>"));
}

#[test]
fn libreoffice_opens_the_docx_and_converts_it_to_pdf() {
    let out = tempfile::tempdir().unwrap();
    render(
        &example("gift-card-insert"),
        out.path(),
        &["--format", "docx"],
    )
    .success();
    let docx = out.path().join("gift-card-insert.docx");
    let Some(converted) = crate::util::libreoffice_to_pdf(&docx, out.path()) else {
        return;
    };
    assert!(
        converted.status.success(),
        "LibreOffice failed: {}",
        String::from_utf8_lossy(&converted.stderr)
    );
    let pdf = out.path().join("gift-card-insert.pdf");
    let Some(text) = tool(
        "pdftotext",
        "poppler-utils",
        &[pdf.as_os_str(), "-".as_ref()],
    ) else {
        return;
    };
    let text = String::from_utf8_lossy(&text.stdout);
    assert!(text.contains("Lumenfold Outdoor") && text.contains("205-6617390-2288413"));
    assert!(
        text.contains("Page 1 of"),
        "LibreOffice did not fill in the page-number fields"
    );
}

#[test]
fn pdf_reads_back_every_word_in_order_with_fonts_embedded() {
    let out = tempfile::tempdir().unwrap();
    for name in EXAMPLES {
        render(&example(name), out.path(), &["--format", "pdf"]).success();
        let pdf = out.path().join(format!("{name}.pdf"));
        let Some(text) = tool(
            "pdftotext",
            "poppler-utils",
            &["-raw".as_ref(), pdf.as_os_str(), "-".as_ref()],
        ) else {
            return;
        };
        let text = String::from_utf8_lossy(&text.stdout);
        let read: Vec<&str> = text
            .lines()
            .filter(|line| !line.starts_with("Page "))
            .flat_map(str::split_whitespace)
            .collect();
        assert_same_words(&read, &letter_words(&example(name)), name);

        let Some(fonts) = tool("pdffonts", "poppler-utils", &[pdf.as_os_str()]) else {
            return;
        };
        let fonts = String::from_utf8_lossy(&fonts.stdout);
        let rows: Vec<&str> = fonts.lines().skip(2).collect();
        assert!(!rows.is_empty(), "no fonts listed");
        assert!(
            rows.iter()
                .all(|row| row.split_whitespace().nth(4) == Some("yes")),
            "a font is not embedded:\n{fonts}"
        );

        let Some(check) = tool("qpdf", "qpdf", &["--check".as_ref(), pdf.as_os_str()]) else {
            return;
        };
        assert!(
            check.status.success(),
            "qpdf --check failed: {}",
            String::from_utf8_lossy(&check.stdout)
        );
    }
}

#[test]
fn pdf_numbers_every_page_of_a_long_letter() {
    let out = tempfile::tempdir().unwrap();
    render(
        &example("refund-for-review-change"),
        out.path(),
        &["--format", "pdf"],
    )
    .success();
    let pdf = out.path().join("refund-for-review-change.pdf");
    let Some(info) = tool("pdfinfo", "poppler-utils", &[pdf.as_os_str()]) else {
        return;
    };
    let info = String::from_utf8_lossy(&info.stdout);
    let pages: usize = info
        .lines()
        .find_map(|l| l.strip_prefix("Pages:"))
        .and_then(|n| n.trim().parse().ok())
        .expect("pdfinfo gives a page count");
    assert!(pages >= 2, "the example should run over a page");
    let Some(text) = tool(
        "pdftotext",
        "poppler-utils",
        &[pdf.as_os_str(), "-".as_ref()],
    ) else {
        return;
    };
    let text = String::from_utf8_lossy(&text.stdout);
    for page in 1..=pages {
        assert!(
            text.contains(&format!("Page {page} of {pages}")),
            "page {page} has no number"
        );
    }
    assert!(
        info.contains("Plan of Action: Hearth & Oak Home"),
        "PDF title metadata missing:\n{info}"
    );
}

#[test]
fn same_case_gives_identical_files() {
    let (a, b) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    for dir in [&a, &b] {
        render(&example("gift-card-insert"), dir.path(), &[]).success();
    }
    for ext in ["docx", "pdf", "md"] {
        let name = format!("gift-card-insert.{ext}");
        assert_eq!(
            std::fs::read(a.path().join(&name)).unwrap(),
            std::fs::read(b.path().join(&name)).unwrap(),
            "{name} differs between two runs"
        );
    }
}

#[test]
fn existing_files_are_kept_without_force_and_replaced_with_it() {
    let out = tempfile::tempdir().unwrap();
    let md = out.path().join("gift-card-insert.md");
    std::fs::write(&md, "the seller's own edits").unwrap();
    render(&example("gift-card-insert"), out.path(), &[])
        .code(73)
        .stderr(predicates::str::contains("already exists; pass --force"));
    assert_eq!(
        std::fs::read_to_string(&md).unwrap(),
        "the seller's own edits"
    );
    assert!(
        !out.path().join("gift-card-insert.docx").exists(),
        "a partial set of files was written"
    );
    render(&example("gift-card-insert"), out.path(), &["--force"]).success();
    assert_ne!(
        std::fs::read_to_string(&md).unwrap(),
        "the seller's own edits"
    );
}

#[test]
fn a_character_the_pdf_font_lacks_names_the_field_and_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let case = dir.path().join("case.toml");
    let text = std::fs::read_to_string(example("gift-card-insert")).unwrap();
    std::fs::write(
        &case,
        text.replace("contact = \"Chen Jing\"", "contact = \"陈静\""),
    )
    .unwrap();
    let out = dir.path().join("out");
    render(&case, &out, &[])
        .code(65)
        .stderr(predicates::str::contains("seller.contact"))
        .stderr(predicates::str::contains("'陈'"))
        .stderr(predicates::str::contains("--font"));
    assert!(
        !out.exists() || std::fs::read_dir(&out).unwrap().next().is_none(),
        "files were written"
    );
    // Markdown alone needs no font.
    render(&case, &out, &["--format", "md"]).success();
}
