//! Inputs with no end and templates with no limit: endless devices and pipes, huge files,
//! zip bombs, loops that never finish. Each ends with 65 naming the input and the limit,
//! and poa runs here under a heap and CPU limit (prlimit), so a read or a render that is
//! not bounded fails the test instead of filling the machine.

use std::ffi::OsStr;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use crate::util::{example, example_text};

/// Heap (RLIMIT_DATA) allowed to poa for an input that is refused at its limit: the
/// limit itself plus what poa needs to run.
const HEAP_MB: u64 = 160;

/// Runs poa with at most `heap_mb` of heap and `cpu_s` seconds of CPU; `None` where
/// prlimit is missing (util-linux) outside CI.
fn poa_limited(heap_mb: u64, cpu_s: u64, args: &[&OsStr], stdin: Stdio) -> Option<Output> {
    let limits = [
        format!("--data={}", heap_mb << 20),
        format!("--cpu={cpu_s}"),
    ];
    let limits: Vec<&OsStr> = limits.iter().map(OsStr::new).collect();
    crate::util::tool("prlimit", "util-linux", &[])?;
    let output = Command::new("prlimit")
        .args(limits)
        .arg("--")
        .arg(assert_cmd::cargo::cargo_bin("poa"))
        .args(args)
        .stdin(stdin)
        .output()
        .unwrap();
    Some(output)
}

/// Asserts a refusal as bad data whose message names `what` and the limit.
fn refused(output: &Output, what: &str, limit: &str) {
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(65), "{what}: {stderr}");
    assert!(stderr.contains(what), "{what} not named: {stderr}");
    assert!(stderr.contains(limit), "limit {limit} not named: {stderr}");
}

fn os(args: &[&str]) -> Vec<PathBuf> {
    args.iter().map(PathBuf::from).collect()
}

#[test]
fn endless_devices_are_read_only_up_to_the_limit() {
    let runs: [(&[&str], &str); 6] = [
        (&["validate", "/dev/zero"], "1 MB"),
        (&["render", "/dev/zero", "--out", "/nonexistent"], "1 MB"),
        (&["lint", "/dev/zero"], "20 MB"),
        (&["check", "/dev/zero"], "20 MB"),
        (&["message-check", "/dev/zero"], "1 MB"),
        (&["message-check", "--rules", "/dev/zero"], "1 MB"),
    ];
    for (args, limit) in runs {
        let args = os(args);
        let args: Vec<&OsStr> = args.iter().map(|a| a.as_os_str()).collect();
        let Some(output) = poa_limited(HEAP_MB, 10, &args, Stdio::null()) else {
            return;
        };
        refused(&output, "/dev/zero", limit);
    }
}

#[test]
fn an_endless_pipe_on_standard_input_is_read_only_up_to_the_limit() {
    let mut yes = Command::new("yes").stdout(Stdio::piped()).spawn().unwrap();
    let stdin = Stdio::from(yes.stdout.take().unwrap());
    let output = poa_limited(HEAP_MB, 10, &["message-check".as_ref()], stdin);
    yes.kill().unwrap();
    yes.wait().unwrap();
    if let Some(output) = output {
        refused(&output, "standard input", "1 MB");
    }
}

#[test]
fn a_huge_template_file_is_refused_before_it_is_read() {
    let dir = tempfile::tempdir().unwrap();
    let templates = dir.path().join("templates");
    std::fs::create_dir(&templates).unwrap();
    // Sparse: a gigabyte of zero bytes that costs the disk nothing.
    let huge = templates.join("opening.md.tera");
    std::fs::File::create(&huge)
        .unwrap()
        .set_len(1 << 30)
        .unwrap();
    let case = example("gift-card-insert");
    let out = dir.path().join("out");
    let args: [&OsStr; 6] = [
        "render".as_ref(),
        case.as_os_str(),
        "--templates".as_ref(),
        templates.as_os_str(),
        "--out".as_ref(),
        out.as_os_str(),
    ];
    let Some(output) = poa_limited(HEAP_MB, 10, &args, Stdio::null()) else {
        return;
    };
    refused(&output, "opening.md.tera", "1 MB");
    assert!(!out.exists());
}

/// A DOCX holding `entries` (name, content), compressed.
fn docx(path: &Path, entries: impl IntoIterator<Item = (String, Vec<u8>)>) {
    let mut zip = zip::ZipWriter::new(std::fs::File::create(path).unwrap());
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .compression_level(Some(1));
    for (name, content) in entries {
        zip.start_file(name, options).unwrap();
        zip.write_all(&content).unwrap();
    }
    zip.finish().unwrap();
}

fn check(draft: &Path) -> Option<Output> {
    poa_limited(
        HEAP_MB,
        20,
        &["check".as_ref(), draft.as_os_str()],
        Stdio::null(),
    )
}

#[test]
fn a_docx_whose_text_expands_past_the_limit_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let bomb = dir.path().join("bomb.docx");
    let paragraph = b"<w:p><w:r><w:t>We removed the insert card.</w:t></w:r></w:p>";
    let mut xml = b"<w:document><w:body>".to_vec();
    while xml.len() < 21 << 20 {
        xml.extend_from_slice(paragraph);
    }
    docx(&bomb, [("word/document.xml".to_string(), xml)]);
    if let Some(output) = check(&bomb) {
        refused(&output, "word/document.xml", "20 MB");
    }
}

#[test]
fn a_docx_with_too_many_entries_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let many = dir.path().join("many.docx");
    docx(
        &many,
        (0..10_001).map(|i| (format!("word/media/{i}.bin"), Vec::new())),
    );
    if let Some(output) = check(&many) {
        refused(&output, "many.docx", "10000 entries");
    }
}

/// A zip64 archive whose central directory holds `entries` entries (each empty, with no
/// name), and nothing else.
fn zip_of_entries(path: &Path, entries: u64) {
    let mut entry = b"PK\x01\x02".to_vec();
    entry.extend_from_slice(&[45, 0, 20, 0]);
    entry.resize(46, 0);
    let mut bytes = entry.repeat(entries as usize);
    let directory = bytes.len() as u64;
    bytes.extend_from_slice(b"PK\x06\x06");
    bytes.extend_from_slice(&44u64.to_le_bytes());
    bytes.extend_from_slice(&[45, 0, 45, 0]);
    bytes.extend_from_slice(&[0; 8]);
    bytes.extend_from_slice(&entries.to_le_bytes());
    bytes.extend_from_slice(&entries.to_le_bytes());
    bytes.extend_from_slice(&directory.to_le_bytes());
    bytes.extend_from_slice(&0u64.to_le_bytes());
    bytes.extend_from_slice(b"PK\x06\x07");
    bytes.extend_from_slice(&0u32.to_le_bytes());
    bytes.extend_from_slice(&directory.to_le_bytes());
    bytes.extend_from_slice(&1u32.to_le_bytes());
    bytes.extend_from_slice(b"PK\x05\x06");
    bytes.extend_from_slice(&[0; 4]);
    bytes.extend_from_slice(&[0xFF; 12]);
    bytes.extend_from_slice(&[0; 2]);
    std::fs::write(path, bytes).unwrap();
}

#[test]
fn a_docx_of_a_million_entries_is_refused_before_its_directory_is_read() {
    let dir = tempfile::tempdir().unwrap();
    let declared = dir.path().join("declared.docx");
    zip_of_entries(&declared, 1_000_000);
    if let Some(output) = check(&declared) {
        refused(&output, "declared.docx", "10000 entries");
    }
}

#[test]
fn a_draft_with_no_readable_text_is_refused_not_passed() {
    let dir = tempfile::tempdir().unwrap();
    let laughs = dir.path().join("laughs.docx");
    let mut dtd = String::from("<!DOCTYPE w:document [<!ENTITY l0 \"ha\">");
    for i in 1..10 {
        let previous = format!("&l{};", i - 1).repeat(10);
        dtd.push_str(&format!("<!ENTITY l{i} \"{previous}\">"));
    }
    let xml = format!(
        "{dtd}]><w:document><w:body><w:p><w:r><w:t>&l9;</w:t></w:r></w:p></w:body></w:document>"
    );
    docx(
        &laughs,
        [("word/document.xml".to_string(), xml.into_bytes())],
    );
    let blank = dir.path().join("blank.txt");
    std::fs::write(&blank, " \n\n \t\n").unwrap();
    for draft in [laughs, blank] {
        for command in ["check", "lint"] {
            let output = crate::util::poa()
                .arg(command)
                .arg(&draft)
                .output()
                .unwrap();
            let stderr = String::from_utf8_lossy(&output.stderr);
            assert_eq!(
                output.status.code(),
                Some(65),
                "{command} {draft:?}: {stderr}"
            );
            assert!(
                stderr.contains("no readable text") || stderr.contains("DTD"),
                "{stderr}"
            );
        }
    }
}

/// Renders the example case with `template` as its root-cause part, under the limits.
fn render_with_root_cause(template: &str) -> Option<(Output, PathBuf, tempfile::TempDir)> {
    let temp = tempfile::tempdir().unwrap();
    let dir = temp.path();
    let templates = dir.join("templates");
    std::fs::create_dir(&templates).unwrap();
    std::fs::write(templates.join("root_cause.md.tera"), template).unwrap();
    let case = dir.join("case.toml");
    std::fs::write(&case, example_text("gift-card-insert")).unwrap();
    let out = dir.join("out");
    let args: [&OsStr; 6] = [
        "render".as_ref(),
        case.as_os_str(),
        "--templates".as_ref(),
        templates.as_os_str(),
        "--out".as_ref(),
        out.as_os_str(),
    ];
    // The template's own limit is 128 MB over what poa holds; a few hundred MB in all.
    let output = poa_limited(400, 30, &args, Stdio::null())?;
    Some((output, out, temp))
}

/// The template is stopped with a refusal naming it and `limit`, and nothing is written.
fn assert_template_stopped(template: &str, limit: &str) {
    if let Some((output, out, _dir)) = render_with_root_cause(template) {
        refused(&output, "root_cause.md.tera", limit);
        assert!(!out.exists());
    }
}

#[test]
fn a_template_that_doubles_a_string_is_stopped_by_its_memory_limit() {
    let template = "## Root cause\n{% set s = \"xy\" %}{% for i in range(end=60) %}{% set_global s = s ~ s %}{% endfor %}";
    assert_template_stopped(template, "128 MB");
}

#[test]
fn a_template_whose_loops_write_nothing_is_stopped_by_its_time_limit() {
    let template = "## Root cause\n{% for i in range(end=100000) %}{% for j in range(end=100000) %}{% endfor %}{% endfor %}";
    assert_template_stopped(template, "4 s");
}

#[test]
fn a_template_that_writes_without_end_is_stopped_by_its_output_limit() {
    let template = "## Root cause\n{% for i in range(end=100000) %}{% for j in range(end=100000) %}many words {% endfor %}{% endfor %}";
    assert_template_stopped(template, "4 MB");
}
