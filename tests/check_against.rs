//! `poa check --against DIR`: every document of the folder and its subfolders, whatever its
//! line ends; what cannot be read is listed and the run goes on; a passage several references
//! hold names them all, the same way on every run.

use std::path::Path;

use serde_json::Value;

use crate::util::{poa, success_stdout};

/// A paragraph long enough to be a copied passage, in no template.
const SHARED: &str = "Our warehouse lead opens three sealed cartons of every inbound shipment and photographs each insert before any unit is sent on to the fulfilment centre.";

fn check_json(draft: &Path, against: &Path) -> (Value, String) {
    let text = success_stdout(
        poa()
            .args(["check", "--json", "--max-copied", "100"])
            .arg(draft)
            .arg("--against")
            .arg(against),
    );
    (serde_json::from_str(&text).unwrap(), text)
}

/// The passages of a check that hold the shared paragraph: (source, also).
fn shared_sources(json: &Value) -> Vec<(String, Vec<String>)> {
    json["report"]["passages"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|p| p["text"].as_str().unwrap().contains("fulfilment centre"))
        .map(|p| {
            let also = p["also"]
                .as_array()
                .map(|a| a.iter().map(|s| s.as_str().unwrap().to_string()).collect())
                .unwrap_or_default();
            (p["source"].as_str().unwrap().to_string(), also)
        })
        .collect()
}

#[test]
fn references_in_subfolders_are_read_and_all_that_hold_a_passage_are_named_in_path_order() {
    let dir = tempfile::tempdir().unwrap();
    let refs = dir.path().join("refs");
    std::fs::create_dir_all(refs.join("b-sub")).unwrap();
    std::fs::write(refs.join("b-sub/z.md"), format!("# Letter\n\n{SHARED}\n")).unwrap();
    std::fs::write(refs.join("a.txt"), format!("Root cause:\n{SHARED}\n")).unwrap();
    std::fs::write(refs.join("c.txt"), format!("{SHARED}\n")).unwrap();
    let draft = dir.path().join("draft.txt");
    std::fs::write(&draft, format!("Preventive measures\n\n{SHARED}\n")).unwrap();
    let (json, first) = check_json(&draft, &refs);
    let name = |p: &str| refs.join(p).display().to_string();
    assert_eq!(
        shared_sources(&json),
        [(name("a.txt"), vec![name("b-sub/z.md"), name("c.txt")])]
    );
    for _ in 0..3 {
        assert_eq!(
            check_json(&draft, &refs).1,
            first,
            "the same run gave other JSON"
        );
    }
}

#[test]
fn unreadable_references_are_listed_and_the_check_goes_on() {
    let dir = tempfile::tempdir().unwrap();
    let refs = dir.path().join("refs");
    std::fs::create_dir_all(refs.join("old")).unwrap();
    std::fs::write(refs.join("old/broken.docx"), "not a zip").unwrap();
    std::fs::write(refs.join("photo.jpg"), [0xff, 0xd8, 0xff]).unwrap();
    std::fs::write(refs.join("good.md"), format!("{SHARED}\n")).unwrap();
    let draft = dir.path().join("draft.txt");
    std::fs::write(&draft, format!("{SHARED}\n")).unwrap();
    let (json, _) = check_json(&draft, &refs);
    let skipped: Vec<&str> = json["skipped"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["path"].as_str().unwrap())
        .collect();
    assert_eq!(skipped.len(), 2, "{json}");
    assert!(skipped[0].ends_with("broken.docx") && skipped[1].ends_with("photo.jpg"));
    assert_eq!(
        shared_sources(&json)[0].0,
        refs.join("good.md").display().to_string()
    );
    let text = poa()
        .arg("check")
        .arg(&draft)
        .arg("--against")
        .arg(&refs)
        .env("NO_COLOR", "1")
        .output()
        .unwrap();
    let all =
        String::from_utf8_lossy(&text.stdout).to_string() + &String::from_utf8_lossy(&text.stderr);
    assert!(
        all.contains("photo.jpg") && all.contains("not a .txt, .md, .docx or .pdf file"),
        "{all}"
    );
}

#[test]
fn a_pdf_reference_is_read_through_pdftotext() {
    let dir = tempfile::tempdir().unwrap();
    let refs = dir.path().join("refs");
    std::fs::create_dir_all(&refs).unwrap();
    poa()
        .arg("render")
        .arg(crate::util::example("gift-card-insert"))
        .args(["--format", "pdf,md", "--out"])
        .arg(&refs)
        .assert()
        .success();
    let draft = dir.path().join("letter.md");
    std::fs::rename(refs.join("gift-card-insert.md"), &draft).unwrap();
    if crate::util::tool("pdftotext", "poppler-utils", &["-v".as_ref()]).is_none() {
        return;
    }
    let (json, _) = check_json(&draft, &refs);
    assert!(json["skipped"].as_array().unwrap().is_empty(), "{json}");
    let pdf = refs.join("gift-card-insert.pdf").display().to_string();
    let named = json["report"]["passages"]
        .as_array()
        .unwrap()
        .iter()
        .any(|p| {
            p["source"] == pdf.as_str()
                || p["also"]
                    .as_array()
                    .is_some_and(|a| a.iter().any(|s| s == pdf.as_str()))
        });
    assert!(named, "the PDF holds the whole letter: {json}");
}

#[test]
fn crlf_references_make_the_same_paragraphs_as_lf_ones() {
    let dir = tempfile::tempdir().unwrap();
    let draft = dir.path().join("draft.txt");
    std::fs::write(
        &draft,
        format!("Actions taken\n\n{SHARED}\n\nWe thanked the buyer.\n"),
    )
    .unwrap();
    let mut reports = Vec::new();
    for ending in ["\n", "\r\n"] {
        let refs = dir.path().join(format!("refs{}", ending.len()));
        std::fs::create_dir_all(&refs).unwrap();
        let text = ["Intro line.", "", SHARED, "", "Another paragraph here."].join(ending);
        std::fs::write(refs.join("r.txt"), text).unwrap();
        let (json, _) = check_json(&draft, &refs);
        reports.push(json["report"]["copied_words"].clone());
    }
    assert_eq!(reports[0], reports[1]);
    assert_ne!(reports[0], 0);
}

#[test]
fn headings_that_repeat_a_policy_or_part_name_are_not_copied_text() {
    let dir = tempfile::tempdir().unwrap();
    let refs = dir.path().join("refs");
    std::fs::create_dir_all(&refs).unwrap();
    let heading = "Plan of Action for the Customer Product Reviews Policy Violation";
    let parts = "Root Cause Corrective Actions Taken and Preventive Measures Put In Place:";
    std::fs::write(
        refs.join("template.txt"),
        format!("{heading}\n\n{parts}\nWe sent buyers a message that asked for nothing at all.\n"),
    )
    .unwrap();
    let draft = dir.path().join("draft.txt");
    std::fs::write(
        &draft,
        format!("{heading}\n\n{parts}\nOn 3 March 2026 our agent offered two buyers a refund for a changed review.\n"),
    )
    .unwrap();
    let (json, _) = check_json(&draft, &refs);
    assert_eq!(json["report"]["copied_words"], 0, "{json}");
}
