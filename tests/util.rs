//! What every test shares: the examples, the poa command, and the real readers that check
//! its output.

use std::ffi::OsStr;
use std::path::{Path, PathBuf};
use std::process::Output;

use poa::case::{self, Case};

/// Every example case, by name.
pub const EXAMPLES: [&str; 4] = [
    "refund-for-review-change",
    "gift-card-insert",
    "review-swap-group",
    "discount-for-review-de",
];

/// The path of `examples/NAME.toml`.
pub fn example(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("examples/{name}.toml"))
}

/// The text of `examples/NAME.toml`.
pub fn example_text(name: &str) -> String {
    std::fs::read_to_string(example(name)).unwrap()
}

/// `examples/NAME.toml` with the first `from` replaced by `to`, written as `case.toml` in a
/// new temporary folder (kept while the folder lives); fails when the example lacks `from`.
pub fn edited_example(name: &str, from: &str, to: &str) -> (tempfile::TempDir, PathBuf) {
    let text = example_text(name);
    assert!(
        text.contains(from),
        "examples/{name}.toml no longer holds {from:?}"
    );
    let dir = tempfile::tempdir().unwrap();
    let case = dir.path().join("case.toml");
    std::fs::write(&case, text.replacen(from, to, 1)).unwrap();
    (dir, case)
}

/// poa run in the locale `lang` (LANG), with no LC_ALL or LC_MESSAGES to override it.
pub fn poa_in_locale(lang: &str) -> assert_cmd::Command {
    let mut command = poa();
    command
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", lang);
    command
}

/// `examples/NAME.toml`, loaded and validated.
pub fn example_case(name: &str) -> Case {
    case::load(&example(name)).unwrap().case
}

/// The poa binary under test.
pub fn poa() -> assert_cmd::Command {
    assert_cmd::Command::cargo_bin("poa").unwrap()
}

/// What `command` prints on standard output, asserting that it succeeds.
pub fn success_stdout(command: &mut assert_cmd::Command) -> String {
    let output = command.assert().success().get_output().stdout.clone();
    String::from_utf8(output).unwrap()
}

/// What `poa lint --lang LANG CASE` prints, asserting that it succeeds (no error finding).
pub fn lint_passes(case: &Path, lang: &str) -> String {
    success_stdout(poa().args(["lint", "--lang", lang]).arg(case))
}

/// Runs an external reader (`pdftotext`, `qpdf`, LibreOffice…). When it is not installed
/// the test is skipped with the reason printed, except where `POA_REQUIRE_TOOLS` is set
/// (as `.ci/run` does): there a missing reader fails the test.
pub fn tool(program: &str, package: &str, args: &[&OsStr]) -> Option<Output> {
    match std::process::Command::new(program).args(args).output() {
        Ok(output) => Some(output),
        Err(error) if std::env::var_os("POA_REQUIRE_TOOLS").is_some() => {
            panic!("{program} is needed (Debian package {package}): {error}")
        }
        Err(error) => {
            eprintln!("skipped: {program} is not available ({error}); install {package}");
            None
        }
    }
}

/// Converts a DOCX to PDF with LibreOffice, as a reader who opens it in Word would see it.
/// Each call has a profile of its own: LibreOffice started twice on one profile hands the
/// second document to the first process, which fails when tests run side by side.
pub fn libreoffice_to_pdf(docx: &Path, out_dir: &Path) -> Option<Output> {
    libreoffice_all_to_pdf(&[docx], out_dir)
}

/// Converts several DOCX files in one LibreOffice start (it takes about a second), with a
/// profile of its own as [`libreoffice_to_pdf`].
pub fn libreoffice_all_to_pdf(docx: &[&Path], out_dir: &Path) -> Option<Output> {
    let profile = tempfile::tempdir().unwrap();
    let profile_arg = format!("-env:UserInstallation=file://{}", profile.path().display());
    let mut args: Vec<&OsStr> = vec![
        profile_arg.as_ref(),
        "--headless".as_ref(),
        "--convert-to".as_ref(),
        "pdf".as_ref(),
        "--outdir".as_ref(),
        out_dir.as_os_str(),
    ];
    args.extend(docx.iter().map(|d| d.as_os_str()));
    tool("soffice", "libreoffice-writer-nogui", &args)
}

/// The letter for `case` in `lang` and `variant`, each stock sentence marked with its id.
pub fn marked(case: &Case, variant: usize, lang: poa::lang::Lang) -> String {
    poa::compose::Composer::new(&poa::compose::Templates::builtin())
        .unwrap()
        .compose_with(
            case,
            poa::compose::Wording {
                lang,
                variant: Some(variant),
                mark_stock: true,
            },
        )
        .unwrap()
}

/// One part of a DOCX (`word/document.xml`, `word/styles.xml`, …) as text.
pub fn docx_part(docx: &Path, part: &str) -> String {
    use std::io::Read;
    let mut xml = String::new();
    zip::ZipArchive::new(std::fs::File::open(docx).unwrap())
        .unwrap()
        .by_name(part)
        .unwrap()
        .read_to_string(&mut xml)
        .unwrap();
    xml
}

/// The text of a DOCX's runs, one after another, as a reader sees it: Word's non-breaking
/// hyphen (`w:noBreakHyphen`, which the writer puts inside ids) reads as a hyphen.
pub fn docx_run_text(docx: &Path) -> String {
    docx_part(docx, "word/document.xml")
        .replace("<w:noBreakHyphen />", "<w:t xml:space=\"preserve\">-</w:t>")
        .split("<w:t xml:space=\"preserve\">")
        .skip(1)
        .map(|run| run.split("</w:t>").next().unwrap())
        .map(|run| {
            run.replace("&amp;", "&")
                .replace("&quot;", "\"")
                .replace("&apos;", "'")
        })
        .collect::<Vec<_>>()
        .join("")
}
