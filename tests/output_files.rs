//! How poa leaves an output folder when something goes wrong: a signal, a full disk, a
//! link or a folder where a letter goes, temporary files of a killed run.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use crate::util::{example, example_text, poa};

const CASE: &str = "refund-for-review-change";

/// The names in `dir`, sorted; hidden ones included, the manifest left out.
fn names(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .map(|entries| {
            entries
                .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
                .filter(|name| name != poa::output::manifest::FILE_NAME)
                .collect()
        })
        .unwrap_or_default();
    names.sort();
    names
}

fn render(out: &Path, extra: &[&str]) -> assert_cmd::assert::Assert {
    poa()
        .arg("render")
        .arg(example(CASE))
        .arg("--out")
        .arg(out)
        .args(extra)
        .env("NO_COLOR", "1")
        .assert()
}

fn stderr(assert: &assert_cmd::assert::Assert) -> String {
    String::from_utf8_lossy(&assert.get_output().stderr).into_owned()
}

/// Sends `signal` to a batch of many cases once its first letter is written, and checks
/// that it ends with the interrupted code leaving only whole sets of files.
fn batch_stopped_by(signal: &str) {
    let dir = tempfile::tempdir().unwrap();
    let cases = dir.path().join("cases");
    std::fs::create_dir(&cases).unwrap();
    for n in 0..40 {
        let text = example_text(CASE).replace("store = \"", &format!("store = \"Shop {n} "));
        std::fs::write(cases.join(format!("case-{n:02}.toml")), text).unwrap();
    }
    let out = dir.path().join("out");
    let child = Command::new(assert_cmd::cargo::cargo_bin("poa"))
        .args(["batch", "--jobs", "1", "--out"])
        .arg(&out)
        .arg(&cases)
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let start = Instant::now();
    while names(&out).is_empty() && start.elapsed() < Duration::from_secs(60) {
        std::thread::sleep(Duration::from_millis(5));
    }
    let killed = Command::new("kill")
        .arg(format!("-{signal}"))
        .arg(child.id().to_string())
        .status()
        .unwrap();
    assert!(killed.success());
    let output = child.wait_with_output().unwrap();
    assert_eq!(output.status.code(), Some(130), "{signal}: {output:?}");
    let written = names(&out);
    assert!(
        written.iter().all(|n| !n.starts_with(".poa-")),
        "{signal} left temporary files: {written:?}"
    );
    let letters: Vec<&String> = written.iter().filter(|n| n.starts_with("case-")).collect();
    assert!(letters.len() < 120, "{signal} stopped nothing: {written:?}");
    for letter in letters.iter().filter(|n| n.ends_with(".docx")) {
        let stem = letter.trim_end_matches(".docx");
        for ext in ["pdf", "md"] {
            assert!(
                written.contains(&format!("{stem}.{ext}")),
                "{signal} left {letter} without its {ext}: {written:?}"
            );
        }
    }
}

#[test]
fn term_during_a_batch_leaves_whole_letters_and_exits_interrupted() {
    batch_stopped_by("TERM");
}

#[test]
fn hup_during_a_batch_leaves_whole_letters_and_exits_interrupted() {
    batch_stopped_by("HUP");
}

#[test]
fn a_dangling_link_where_a_letter_goes_is_refused_before_any_file_is_written() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out");
    std::fs::create_dir(&out).unwrap();
    let pdf = out.join(format!("{CASE}.pdf"));
    let nowhere = dir.path().join("nowhere.pdf");
    std::os::unix::fs::symlink(&nowhere, &pdf).unwrap();
    let refused = render(&out, &[]).code(73);
    let message = stderr(&refused);
    assert!(message.contains(&pdf.display().to_string()), "{message}");
    assert!(message.contains("symbolic link"), "{message}");
    assert_eq!(names(&out), [format!("{CASE}.pdf")], "nothing else written");
    assert!(std::fs::symlink_metadata(&pdf).unwrap().is_symlink());
    // In Chinese too.
    let refused = render(&out, &["--lang", "zh"]).code(73);
    assert!(
        stderr(&refused).contains("符号链接"),
        "{}",
        stderr(&refused)
    );

    // --force replaces the link itself; where it pointed stays untouched.
    render(&out, &["--force"]).success();
    assert!(std::fs::symlink_metadata(&pdf).unwrap().is_file());
    assert!(!nowhere.exists(), "nothing is written through the link");
    assert_eq!(names(&out).len(), 3);
}

#[test]
fn a_forced_render_never_writes_through_a_link_to_another_file() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out");
    std::fs::create_dir(&out).unwrap();
    let elsewhere = dir.path().join("precious.md");
    std::fs::write(&elsewhere, "keep me").unwrap();
    std::os::unix::fs::symlink(&elsewhere, out.join(format!("{CASE}.md"))).unwrap();
    render(&out, &["--force"]).success();
    assert_eq!(std::fs::read_to_string(&elsewhere).unwrap(), "keep me");
}

#[test]
fn a_folder_where_a_letter_goes_is_one_clear_error_and_nothing_is_written() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out");
    let folder = out.join(format!("{CASE}.pdf"));
    std::fs::create_dir_all(&folder).unwrap();
    let refused = render(&out, &["--force"]).code(73);
    let message = stderr(&refused);
    assert!(message.contains("is a folder"), "{message}");
    assert_eq!(message.lines().count(), 1, "{message}");
    assert_eq!(names(&out), [format!("{CASE}.pdf")], "no DOCX or Markdown");
}

#[test]
fn an_output_folder_that_is_a_file_is_one_error_for_the_whole_batch() {
    let dir = tempfile::tempdir().unwrap();
    let cases = dir.path().join("cases");
    std::fs::create_dir(&cases).unwrap();
    for name in ["a.toml", "b.toml"] {
        std::fs::write(cases.join(name), example_text(CASE)).unwrap();
    }
    let file = dir.path().join("letters");
    std::fs::write(&file, "a file").unwrap();
    let refused = poa()
        .arg("batch")
        .arg(&cases)
        .arg("--out")
        .arg(&file)
        .assert()
        .code(73);
    let message = stderr(&refused);
    assert_eq!(message.matches("is a file").count(), 1, "{message}");
    assert!(message.contains(&file.display().to_string()), "{message}");
    assert!(!message.contains(".poa-"), "{message}");
}

#[test]
fn temporary_files_of_a_killed_poa_go_and_those_of_a_running_one_stay() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out");
    std::fs::create_dir(&out).unwrap();
    let mut gone = Command::new("true").spawn().unwrap();
    gone.wait().unwrap();
    let mut running = Command::new("sleep").arg("30").spawn().unwrap();
    let dead = out.join(format!(".poa-{}-x1Y2z3.tmp", gone.id()));
    let alive = out.join(format!(".poa-{}-x1Y2z3.tmp", running.id()));
    std::fs::write(&dead, "").unwrap();
    std::fs::write(&alive, "").unwrap();
    render(&out, &["--format", "md"]).success();
    running.kill().unwrap();
    running.wait().unwrap();
    assert!(!dead.exists(), "the killed run's file is removed");
    assert!(alive.exists(), "the running process's file is kept");
}

/// Runs `script` in a private mount namespace with `dir` as a tmpfs of `size`, as a full
/// disk; `None` (the test skipped) where the machine allows no such mount, except in CI.
/// A kernel or container that refuses user namespaces is no missing tool that CI could
/// install, so that alone skips the test everywhere, saying why.
fn on_small_disk(dir: &Path, size: &str, script: &str) -> Option<std::process::Output> {
    let namespaces = Command::new("unshare").args(["-rm", "true"]).output();
    if !namespaces.as_ref().is_ok_and(|o| o.status.success()) {
        eprintln!("skipped: this machine refuses a private mount namespace: {namespaces:?}");
        return None;
    }
    let mount = format!(
        "mount -t tmpfs -o size={size} poa-test {} && {script}",
        dir.display()
    );
    let output = Command::new("unshare")
        .args(["-rm", "sh", "-c", &mount])
        .env("POA", assert_cmd::cargo::cargo_bin("poa"))
        .env("CASE", example(CASE))
        .env("NO_COLOR", "1")
        .output();
    let usable = output.as_ref().is_ok_and(|o| o.status.code() != Some(97));
    if !usable && std::env::var_os("POA_REQUIRE_TOOLS").is_none() {
        eprintln!("skipped: no private tmpfs here (unshare -rm, mount): {output:?}");
        return None;
    }
    Some(output.unwrap())
}

#[test]
fn a_full_disk_leaves_no_file_behind_and_names_the_letter_not_a_temporary_file() {
    let dir = tempfile::tempdir().unwrap();
    let disk: PathBuf = dir.path().join("disk");
    std::fs::create_dir(&disk).unwrap();
    // Room for the DOCX (about 70 kB) and not the PDF as well.
    let script = r#"mkdir "$DISK/out" || exit 97
"$POA" render "$CASE" --out "$DISK/out"; echo "exit $?"
ls -A "$DISK/out""#
        .replace("$DISK", &disk.display().to_string());
    let Some(output) = on_small_disk(&disk, "100k", &script) else {
        return;
    };
    let stdout = String::from_utf8_lossy(&output.stdout);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stdout.starts_with("exit 73\n"), "{stdout}{stderr}");
    assert_eq!(stdout.lines().count(), 1, "files left: {stdout}");
    assert!(stderr.contains("No space left"), "{stderr}");
    assert!(!stderr.contains(".poa-"), "{stderr}");
}

/// A batch over `cases` into `out`, its summary line.
fn batch_summary(cases: &Path, out: &Path, extra: &[&str], code: i32) -> String {
    let assert = poa()
        .arg("batch")
        .arg(cases)
        .arg("--out")
        .arg(out)
        .args(extra)
        .env("NO_COLOR", "1")
        .assert()
        .code(code);
    let output = assert.get_output();
    String::from_utf8_lossy(&output.stdout).into_owned() + &String::from_utf8_lossy(&output.stderr)
}

fn two_cases(dir: &Path) -> PathBuf {
    let cases = dir.join("cases");
    std::fs::create_dir(&cases).unwrap();
    std::fs::write(cases.join("a.toml"), example_text(CASE)).unwrap();
    std::fs::write(cases.join("b.toml"), example_text("gift-card-insert")).unwrap();
    cases
}

#[test]
fn a_rerun_after_editing_one_case_writes_that_case_and_skips_the_other() {
    let dir = tempfile::tempdir().unwrap();
    let cases = two_cases(dir.path());
    let out = dir.path().join("out");
    let first = batch_summary(&cases, &out, &["--format", "md"], 0);
    assert!(first.contains("2 written"), "{first}");
    let edited = example_text(CASE).replace("store = \"", "store = \"Renamed ");
    std::fs::write(cases.join("a.toml"), edited).unwrap();
    // A comment changes nothing in the letter.
    let commented = example_text("gift-card-insert") + "\n# sent on Monday\n";
    std::fs::write(cases.join("b.toml"), commented).unwrap();
    let second = batch_summary(&cases, &out, &["--format", "md"], 0);
    assert!(second.contains("1 written, 1 up to date"), "{second}");
    assert!(
        std::fs::read_to_string(out.join("a.md"))
            .unwrap()
            .contains("Renamed")
    );
}

#[test]
fn a_rerun_with_another_variant_or_format_is_not_up_to_date() {
    let dir = tempfile::tempdir().unwrap();
    let cases = two_cases(dir.path());
    let out = dir.path().join("out");
    batch_summary(&cases, &out, &["--format", "md", "--variant", "1"], 0);
    let other = batch_summary(&cases, &out, &["--format", "md", "--variant", "2"], 0);
    assert!(other.contains("2 written"), "{other}");
    let same = batch_summary(&cases, &out, &["--format", "md", "--variant", "2"], 0);
    assert!(same.contains("2 up to date"), "{same}");
    let more = batch_summary(&cases, &out, &["--format", "md,docx", "--variant", "2"], 0);
    assert!(more.contains("2 written"), "{more}");
}

#[test]
fn a_letter_edited_by_hand_is_kept_until_force() {
    let dir = tempfile::tempdir().unwrap();
    let cases = two_cases(dir.path());
    let out = dir.path().join("out");
    batch_summary(&cases, &out, &["--format", "md"], 0);
    let letter = out.join("a.md");
    std::fs::write(&letter, "my own careful edits").unwrap();
    let edited = example_text(CASE).replace("store = \"", "store = \"Renamed ");
    std::fs::write(cases.join("a.toml"), edited).unwrap();
    let refused = batch_summary(&cases, &out, &["--format", "md"], 73);
    assert!(
        refused.contains("was changed after poa wrote it"),
        "{refused}"
    );
    assert!(refused.contains("a.md"), "{refused}");
    assert!(!refused.contains(".poa-"), "{refused}");
    assert_eq!(
        std::fs::read_to_string(&letter).unwrap(),
        "my own careful edits"
    );
    let zh = batch_summary(&cases, &out, &["--format", "md", "--lang", "zh"], 73);
    assert!(zh.contains("被修改过"), "{zh}");
    batch_summary(&cases, &out, &["--format", "md", "--force"], 0);
    assert!(
        std::fs::read_to_string(&letter)
            .unwrap()
            .contains("Renamed")
    );
}

#[test]
fn render_run_again_leaves_its_own_letter_and_rewrites_it_after_an_edit() {
    let dir = tempfile::tempdir().unwrap();
    let case = dir.path().join("acme.toml");
    std::fs::write(&case, example_text(CASE)).unwrap();
    let out = dir.path().join("out");
    let run = || {
        poa()
            .arg("render")
            .arg(&case)
            .args(["--format", "md,docx", "--out"])
            .arg(&out)
            .assert()
            .success()
    };
    let stdout = |assert: assert_cmd::assert::Assert| {
        String::from_utf8_lossy(&assert.get_output().stdout).into_owned()
    };
    run();
    let again = stdout(run());
    assert!(
        again.contains("up to date") && !again.contains("wrote"),
        "{again}"
    );
    std::fs::write(
        &case,
        example_text(CASE).replace("store = \"", "store = \"Renamed "),
    )
    .unwrap();
    let rewritten = stdout(run());
    assert!(rewritten.contains("wrote"), "{rewritten}");
    assert!(
        std::fs::read_to_string(out.join("acme.md"))
            .unwrap()
            .contains("Renamed")
    );
}

#[test]
fn the_manifest_is_the_same_for_the_same_letters_and_names_each_file() {
    let dir = tempfile::tempdir().unwrap();
    let manifest = |folder: &str| {
        let out = dir.path().join(folder);
        render(&out, &[]).success();
        std::fs::read_to_string(out.join(".poa.manifest.json")).unwrap()
    };
    let first = manifest("one");
    assert_eq!(first, manifest("two"));
    let json: serde_json::Value = serde_json::from_str(&first).unwrap();
    for ext in ["docx", "pdf", "md"] {
        let entry = &json["files"][format!("{CASE}.{ext}")];
        assert_eq!(entry["source"].as_str().unwrap().len(), 64, "{first}");
        assert_eq!(entry["written"].as_str().unwrap().len(), 64, "{first}");
    }
}

#[test]
fn term_during_a_render_lets_its_letter_finish_whole_and_exits_interrupted() {
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("case.toml");
    assert!(
        Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .unwrap()
            .success()
    );
    let out = dir.path().join("out");
    let child = Command::new(assert_cmd::cargo::cargo_bin("poa"))
        .arg("render")
        .arg(&fifo)
        .arg("--out")
        .arg(&out)
        .env("NO_COLOR", "1")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // Opening the pipe to write waits until poa opens it to read the case: by then poa
    // listens for signals, and its letter is not written yet.
    let mut writer = std::fs::OpenOptions::new().write(true).open(&fifo).unwrap();
    let killed = Command::new("kill")
        .arg("-TERM")
        .arg(child.id().to_string())
        .status()
        .unwrap();
    assert!(killed.success());
    std::io::Write::write_all(&mut writer, example_text(CASE).as_bytes()).unwrap();
    drop(writer);
    let output = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(130), "{stderr}");
    assert!(stderr.contains("interrupted"), "{stderr}");
    assert_eq!(names(&out), ["case.docx", "case.md", "case.pdf"]);
}

#[test]
fn printing_to_a_full_disk_is_exit_73_in_the_readers_language() {
    for (lang, reason) in [("en", "No space left"), ("zh", "磁盘空间已满")] {
        let full = std::fs::File::options()
            .write(true)
            .open("/dev/full")
            .unwrap();
        let output = Command::new(assert_cmd::cargo::cargo_bin("poa"))
            .args(["--lang", lang, "schema"])
            .stdout(full)
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_eq!(output.status.code(), Some(73), "{stderr}");
        assert!(stderr.contains(reason), "{lang}: {stderr}");
    }
}

#[test]
fn a_full_standard_output_is_named_in_chinese_too() {
    let dir = tempfile::tempdir().unwrap();
    let case = crate::util::example("gift-card-insert");
    let out = dir.path().join("out");
    let runs: [Vec<&std::ffi::OsStr>; 3] = [
        vec!["schema".as_ref()],
        // Commands whose report is a few lines, written as they go.
        vec!["validate".as_ref(), case.as_os_str()],
        vec![
            "render".as_ref(),
            case.as_os_str(),
            "--format".as_ref(),
            "md".as_ref(),
            "--out".as_ref(),
            out.as_os_str(),
        ],
    ];
    for args in runs {
        let full = std::fs::File::options()
            .write(true)
            .open("/dev/full")
            .unwrap();
        let output = Command::new(assert_cmd::cargo::cargo_bin("poa"))
            .args(["--lang", "zh"])
            .args(&args)
            .stdout(full)
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_eq!(output.status.code(), Some(73), "{args:?}: {stderr}");
        let message = stderr.trim().strip_prefix("poa: ").unwrap_or(&stderr);
        assert!(message.contains("标准输出"), "{stderr}");
        assert!(
            !message.chars().any(|c| c.is_ascii_alphabetic()),
            "an English word in the Chinese message: {stderr}"
        );
    }
}
