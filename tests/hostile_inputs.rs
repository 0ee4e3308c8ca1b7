//! Whatever sellers type and scripts produce: truncated, binary and mis-encoded files,
//! enormous answers, hostile names and templates. Each gets a clear error or a correct
//! letter, never a panic, and nothing is written outside --out.

use std::path::{Path, PathBuf};
use std::process::Output;

use assert_cmd::Command;
use proptest::prelude::*;

use crate::util::example_text;

fn poa(args: &[&std::ffi::OsStr]) -> Output {
    Command::cargo_bin("poa")
        .unwrap()
        .args(args)
        .output()
        .unwrap()
}

/// Asserts poa ended by itself with one of `codes`, not by a panic (Rust's exit 101).
fn ended_cleanly(output: &Output, codes: &[i32]) -> String {
    let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
    assert!(!stderr.contains("panicked"), "panic: {stderr}");
    assert!(
        codes.contains(&output.status.code().unwrap_or(-1)),
        "exit {:?}: {stderr}",
        output.status.code()
    );
    stderr
}

fn render(case: &Path, out: &Path, formats: &str) -> Output {
    poa(&[
        "render".as_ref(),
        case.as_os_str(),
        "--out".as_ref(),
        out.as_os_str(),
        "--format".as_ref(),
        formats.as_ref(),
    ])
}

#[test]
fn truncated_binary_and_utf16_files_are_bad_data() {
    let dir = tempfile::tempdir().unwrap();
    let text = example_text("gift-card-insert");
    let mut utf16 = vec![0xFF, 0xFE];
    utf16.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
    // Each file is named with where the problem is and what it is.
    let inputs: [(&str, Vec<u8>, &str); 4] = [
        (
            "truncated.toml",
            text.as_bytes()[..text.len() / 2].to_vec(),
            // Where the example is cut, and so the parser's words, depend on the example.
            "expected",
        ),
        (
            "binary.toml",
            (0..4096u32)
                .map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8)
                .collect(),
            ":1:2: the file is not UTF-8 text",
        ),
        ("utf16.toml", utf16, ":1:1: the file is not UTF-8 text"),
        (
            "empty.toml",
            Vec::new(),
            ":1:1: seller (Your store): `seller` is missing",
        ),
    ];
    for (name, bytes, says) in inputs {
        let case = dir.path().join(name);
        std::fs::write(&case, bytes).unwrap();
        let out = dir.path().join("out");
        let stderr = ended_cleanly(&render(&case, &out, "md"), &[65]);
        let named = stderr.contains(&format!("{name}{says}"))
            || (stderr.contains(&format!("{name}:")) && stderr.contains(says));
        assert!(named, "{name}: {stderr}");
        assert!(!out.exists(), "{name}: output written");
    }
}

#[test]
fn enormous_answers_and_lists_render_or_fail_cleanly() {
    let dir = tempfile::tempdir().unwrap();
    let long_cause =
        "Daniel Ortiz sent the request on 19 January 2026 again and again ".repeat(3_000);
    let mut text = example_text("gift-card-insert").replacen(
        "root_causes = [",
        &format!("root_causes = [\n  \"{long_cause}\","),
        1,
    );
    for i in 0..1_500 {
        text.push_str(&format!(
            "\n[[orders]]\nid = \"205-{:07}-2288413\"\nasin = \"B0D3HN7V2Q\"\ndate = 2026-02-11\nsent = \"Insert card\"\noutcome = \"None\"\n",
            i
        ));
    }
    let case = dir.path().join("huge.toml");
    std::fs::write(&case, text).unwrap();
    let out = dir.path().join("out");
    ended_cleanly(&render(&case, &out, "md,pdf,docx"), &[0]);
    let pdf = std::fs::metadata(out.join("huge.pdf")).unwrap();
    assert!(pdf.len() > 100_000, "a long letter makes a long PDF");
}

#[test]
fn a_hostile_case_path_writes_only_inside_out() {
    let dir = tempfile::tempdir().unwrap();
    let nested = dir.path().join("a/b");
    std::fs::create_dir_all(&nested).unwrap();
    std::fs::write(
        dir.path().join("a/evil.toml"),
        example_text("gift-card-insert"),
    )
    .unwrap();
    let case: PathBuf = nested.join("../../a/./evil.toml");
    let out = dir.path().join("out");
    ended_cleanly(&render(&case, &out, "md"), &[0]);
    assert!(out.join("evil.md").is_file());
    assert_eq!(
        std::fs::read_dir(dir.path().join("a")).unwrap().count(),
        2,
        "nothing written beside the case"
    );
}

#[test]
fn a_template_that_includes_itself_or_a_file_outside_its_folder_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("secret.txt"), "TOP SECRET").unwrap();
    let templates = dir.path().join("templates");
    std::fs::create_dir(&templates).unwrap();
    let case = dir.path().join("case.toml");
    std::fs::write(&case, example_text("gift-card-insert")).unwrap();
    for (body, expected) in [
        ("{% include \"closing.md.tera\" %}", "closing.md.tera"),
        ("{% include \"../secret.txt\" %}", "closing.md.tera"),
        ("{% include \"/etc/passwd\" %}", "closing.md.tera"),
    ] {
        std::fs::write(templates.join("closing.md.tera"), body).unwrap();
        let out = dir.path().join("out");
        let output = poa(&[
            "render".as_ref(),
            case.as_os_str(),
            "--templates".as_ref(),
            templates.as_os_str(),
            "--out".as_ref(),
            out.as_os_str(),
        ]);
        let stderr = ended_cleanly(&output, &[65]);
        assert!(stderr.contains(expected), "{body}: {stderr}");
        assert!(
            !stderr.contains("TOP SECRET") && !stderr.contains("root:"),
            "{body}: leaked a file"
        );
        assert!(!out.exists());
    }
}

/// Text a seller might type: Latin letters with accents, digits, punctuation, Markdown signs.
fn answer() -> impl Strategy<Value = String> {
    "[A-Za-z0-9éüłñ’“”&*_#|<>\\[\\]()., -]{1,40}".prop_filter("not blank", |s| !s.trim().is_empty())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 12, failure_persistence: None, ..ProptestConfig::default() })]
    #[test]
    fn any_valid_case_renders_a_docx_that_parses_and_a_pdf_poppler_reads(
        store in answer(), cause in answer(), action in answer(), measure in answer()
    ) {
        let mut case: poa::case::Case = toml::from_str(&example_text("gift-card-insert")).unwrap();
        case.seller.store = format!("Store {store}");
        case.root_causes = vec![format!("Tom Hughes {cause}")];
        // A leading word keeps an answer from being a whole `<...>` placeholder.
        let (action, measure) = (format!("Removed {action}"), format!("Checked {measure}"));
        case.actions[0].action = action.clone();
        case.measures[0].measure = measure.clone();
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("case.toml");
        std::fs::write(&path, toml::to_string(&case).unwrap()).unwrap();
        let out = dir.path().join("out");
        // The phrasing that lists actions and measures: pdftotext reads the wrapped cells of
        // a table column by column, so a cell's words would not come back in one run.
        let output = poa(&[
            "render".as_ref(),
            path.as_os_str(),
            "--out".as_ref(),
            out.as_os_str(),
            "--format=docx,pdf".as_ref(),
            "--variant=1".as_ref(),
        ]);
        ended_cleanly(&output, &[0]);
        // The writers typeset (curly quotes, en dashes, no-break spaces): compare plain text.
        let words = |s: &str| {
            poa::render::typography::plain(s).split_whitespace().map(String::from).collect::<Vec<_>>().join(" ")
        };
        let docx = poa::draft::load(&out.join("case.docx")).unwrap();
        let docx_text = words(&poa::check::originality::FlatText::new(&docx).text);
        prop_assert!(docx_text.contains(&words(action.trim_end().trim_end_matches(['.', ';', ',']))), "{action:?} not in DOCX");
        let pdf_path = out.join("case.pdf");
        let Some(pdf) = crate::util::tool("pdftotext", "poppler-utils", &[pdf_path.as_os_str(), "-".as_ref()]) else {
            return Ok(());
        };
        let pdf_text = words(&String::from_utf8_lossy(&pdf.stdout));
        prop_assert!(pdf_text.contains(&words(measure.trim_end().trim_end_matches(['.', ';', ',']))), "{measure:?} not in PDF");
    }
}
