//! Characters no reader of the letter can show: control characters (a DOCX holding one does
//! not open), bidi overrides (they reorder what is shown), zero-width characters (they hide
//! inside names and ids). Validation refuses them, naming field, line and column, or warns;
//! whatever it accepts gives a DOCX whose XML is well-formed, a PDF qpdf passes and Markdown
//! without them.

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::Output;

use proptest::prelude::*;
use quick_xml::events::Event;

use crate::util::{example_text, poa, tool};

/// The example case with `edit` applied, written into a new folder.
fn case_with(edit: impl FnOnce(&mut poa::case::Case)) -> (tempfile::TempDir, PathBuf) {
    let mut case: poa::case::Case = toml::from_str(&example_text("gift-card-insert")).unwrap();
    edit(&mut case);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("case.toml");
    std::fs::write(&path, toml::to_string(&case).unwrap()).unwrap();
    (dir, path)
}

fn validate(case: &Path) -> Output {
    poa().arg("validate").arg(case).output().unwrap()
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

#[test]
fn a_control_character_is_refused_naming_field_line_and_column() {
    let (_dir, case) = case_with(|case| case.root_causes[0].insert_str(4, "\u{1b}[31m"));
    let output = validate(&case);
    let stderr = stderr(&output);
    assert_eq!(output.status.code(), Some(65), "{stderr}");
    let place =
        regex::Regex::new(r"case\.toml:\d+:\d+: root_causes\[0\] \(root cause 1\): .*U\+001B")
            .unwrap();
    assert!(place.is_match(&stderr), "{stderr}");
}

#[test]
fn a_bidi_override_is_refused() {
    let (_dir, case) = case_with(|case| case.seller.store = "Acme \u{202e}emoH".into());
    let output = validate(&case);
    let stderr = stderr(&output);
    assert_eq!(output.status.code(), Some(65), "{stderr}");
    assert!(
        stderr.contains("seller.store") && stderr.contains("U+202E"),
        "{stderr}"
    );
}

#[test]
fn a_zero_width_character_is_refused_in_an_id_and_a_warning_elsewhere() {
    let (_dir, case) = case_with(|case| case.seller.contact.insert(3, '\u{200b}'));
    let output = validate(&case);
    let stderr = stderr(&output);
    assert_eq!(output.status.code(), Some(65), "{stderr}");
    assert!(
        stderr.contains("seller.contact") && stderr.contains("U+200B"),
        "{stderr}"
    );

    let (_dir, case) = case_with(|case| case.root_causes[0].insert(4, '\u{200b}'));
    let output = validate(&case);
    let stderr = self::stderr(&output);
    assert_eq!(output.status.code(), Some(0), "{stderr}");
    assert!(
        stderr.contains("root_causes[0]") && stderr.contains("U+200B"),
        "{stderr}"
    );
}

/// Whether `xml` is well-formed XML 1.0: tags balanced (quick-xml) and every character,
/// written or referenced, one XML allows.
fn well_formed(xml: &str) -> Result<(), String> {
    let allowed = |c: char| {
        matches!(c, '\t' | '\n' | '\r' | '\u{20}'..='\u{d7ff}' | '\u{e000}'..='\u{fffd}')
            || c >= '\u{10000}'
    };
    if let Some(c) = xml.chars().find(|&c| !allowed(c)) {
        return Err(format!("U+{:04X} is not allowed in XML", c as u32));
    }
    let mut reader = quick_xml::Reader::from_str(xml);
    loop {
        match reader.read_event().map_err(|e| e.to_string())? {
            Event::GeneralRef(reference) => {
                if let Some(c) = reference.resolve_char_ref().map_err(|e| e.to_string())?
                    && !allowed(c)
                {
                    return Err(format!("&#{}; is not allowed in XML", c as u32));
                }
            }
            Event::Eof => return Ok(()),
            _ => {}
        }
    }
}

fn docx_is_well_formed(docx: &Path) -> Result<(), String> {
    let mut zip = zip::ZipArchive::new(std::fs::File::open(docx).unwrap()).unwrap();
    for i in 0..zip.len() {
        let mut entry = zip.by_index(i).unwrap();
        if entry.name().ends_with(".xml") || entry.name().ends_with(".rels") {
            let mut xml = String::new();
            entry.read_to_string(&mut xml).unwrap();
            well_formed(&xml).map_err(|e| format!("{}: {e}", entry.name()))?;
        }
    }
    Ok(())
}

/// Text typed or pasted into a field: ordinary words and, among them, every kind of
/// character a reader may not be able to show.
fn pasted() -> impl Strategy<Value = String> {
    prop_oneof![
        "[A-Za-z0-9 .,'\"<>&*_#|\\\t\n\u{a0}\u{200b}-\u{200d}éü’]{1,30}",
        "[A-Za-z0-9 .,'\"<>&\t\n\u{0}-\u{1f}\u{7f}\u{85}\u{a0}\u{200b}-\u{200f}\u{2028}\u{2029}\u{202a}-\u{202e}\u{2066}-\u{2069}\u{feff}éü’]{1,30}",
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 24, failure_persistence: None, ..ProptestConfig::default() })]
    #[test]
    fn whatever_validation_accepts_every_reader_opens(store in pasted(), cause in pasted(), action in pasted()) {
        let (dir, case) = case_with(|case| {
            case.seller.store = format!("Store {store}");
            case.root_causes[0] = format!("Tom Hughes {cause}");
            case.actions[0].action = format!("Removed {action}");
        });
        let validated = validate(&case);
        let code = validated.status.code();
        prop_assert!(code == Some(0) || code == Some(65), "{}", stderr(&validated));
        if code == Some(65) {
            return Ok(());
        }
        let out = dir.path().join("out");
        let render = |formats: &str| poa()
            .args(["render", "--force", "--format", formats, "--out"])
            .arg(&out)
            .arg(&case)
            .output()
            .unwrap();
        let rendered = render("docx,md");
        prop_assert_eq!(rendered.status.code(), Some(0), "{}", stderr(&rendered));
        prop_assert_eq!(docx_is_well_formed(&out.join("case.docx")), Ok(()));
        let markdown = std::fs::read_to_string(out.join("case.md")).unwrap();
        prop_assert!(!markdown.chars().any(|c| c.is_control() && c != '\n' && c != '\t'), "{markdown:?}");
        // A character the PDF font lacks is refused by name, as any other.
        let rendered = render("pdf");
        if rendered.status.code() == Some(65) && stderr(&rendered).contains("cannot draw") {
            return Ok(());
        }
        prop_assert_eq!(rendered.status.code(), Some(0), "{}", stderr(&rendered));
        let pdf = out.join("case.pdf");
        if let Some(checked) = tool("qpdf", "qpdf", &["--check".as_ref(), pdf.as_os_str()]) {
            prop_assert!(checked.status.success(), "{}", String::from_utf8_lossy(&checked.stdout));
        }
    }
}

#[test]
fn libreoffice_opens_a_letter_with_every_kind_of_accepted_character() {
    let (dir, case) = case_with(|case| {
        case.root_causes[0] =
            "Tom Hughes\twrote <b> & \"quoted\" text with a zero\u{200b}width space, \u{a0}a no-break space".into();
    });
    let out = dir.path().join("out");
    let rendered = poa()
        .args(["render", "--format", "docx", "--out"])
        .arg(&out)
        .arg(&case)
        .output()
        .unwrap();
    assert_eq!(rendered.status.code(), Some(0), "{}", stderr(&rendered));
    let docx = out.join("case.docx");
    let Some(converted) = tool(
        "soffice",
        "libreoffice-writer-nogui",
        &[
            "--headless".as_ref(),
            "--convert-to".as_ref(),
            "txt:Text".as_ref(),
            "--outdir".as_ref(),
            out.as_os_str(),
            docx.as_os_str(),
        ],
    ) else {
        return;
    };
    assert!(converted.status.success(), "{}", stderr(&converted));
    let text = std::fs::read_to_string(out.join("case.txt")).unwrap();
    assert!(text.contains("quoted"), "{text}");
}
