//! Lint on drafts written the way sellers write them (tests/fixtures/drafts): plain text
//! pasted into a form, Markdown, DOCX with Heading styles or bold-only headings. Each draft
//! lists the content rules it must produce; every other content rule must stay quiet. A
//! quarter of the drafts is held out: the rules are never tuned on them, and this test
//! reports precision and recall on them and fails below 0.8.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use docx_rs::{Docx, Paragraph, Run, Style, StyleType};
use poa::draft;
use poa::findings::Finding;
use poa::lint::Linter;
use serde::Deserialize;

/// The rules that read wording and dates; structure (parts, length) is checked apart.
const CONTENT_RULES: [&str; 11] = [
    "cause-generic",
    "blames-person",
    "blames-others",
    "argues-policy",
    "guarantee",
    "review-promise",
    "emotive-pleading",
    "sales-pitch",
    "action-not-done",
    "measure-is-a-promise",
    "actions-undated",
];

#[derive(Deserialize)]
struct Corpus {
    draft: Vec<Expected>,
}

#[derive(Deserialize)]
struct Expected {
    file: String,
    #[serde(default)]
    held_out: bool,
    must: Vec<String>,
}

fn corpus_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/drafts")
}

fn corpus() -> Corpus {
    toml::from_str(&std::fs::read_to_string(corpus_dir().join("expect.toml")).unwrap()).unwrap()
}

/// A DOCX built from a `.docx.src` sketch, one paragraph a line: "# " a Title, "## " a
/// Heading 1, "**…**" a paragraph in bold and nothing else, anything else a Normal one.
fn docx_from_sketch(sketch: &str, out: &Path) {
    let mut docx = Docx::new()
        .add_style(Style::new("Title", StyleType::Paragraph).name("Title"))
        .add_style(Style::new("Heading1", StyleType::Paragraph).name("heading 1"));
    for line in sketch.lines().filter(|l| !l.trim().is_empty()) {
        let paragraph = if let Some(title) = line.strip_prefix("# ") {
            Paragraph::new()
                .style("Title")
                .add_run(Run::new().add_text(title))
        } else if let Some(heading) = line.strip_prefix("## ") {
            Paragraph::new()
                .style("Heading1")
                .add_run(Run::new().add_text(heading))
        } else if let Some(bold) = line.strip_prefix("**").and_then(|l| l.strip_suffix("**")) {
            Paragraph::new().add_run(Run::new().add_text(bold).bold())
        } else {
            Paragraph::new().add_run(Run::new().add_text(line))
        };
        docx = docx.add_paragraph(paragraph);
    }
    docx.build()
        .pack(std::fs::File::create(out).unwrap())
        .unwrap();
}

/// Reads a corpus draft as `poa lint` would, building the DOCX ones first.
fn read(file: &str, dir: &Path) -> draft::Draft {
    let source = corpus_dir().join(file);
    match file.strip_suffix(".src") {
        Some(docx) => {
            let path = dir.join(docx);
            docx_from_sketch(&std::fs::read_to_string(&source).unwrap(), &path);
            draft::read(&path).unwrap()
        }
        None => draft::read(&source).unwrap(),
    }
}

fn content_rules(findings: &[Finding]) -> BTreeSet<String> {
    findings
        .iter()
        .filter(|f| CONTENT_RULES.contains(&f.rule.as_str()))
        .map(|f| f.rule.clone())
        .collect()
}

/// A corpus draft linted: its file, the content rules expected and found, every finding.
type Linted = (String, BTreeSet<String>, BTreeSet<String>, Vec<Finding>);

/// Lints every draft of the corpus (the held-out ones or the others).
fn lint_corpus(held_out: bool) -> Vec<Linted> {
    let dir = tempfile::tempdir().unwrap();
    let linter = Linter::builtin().unwrap();
    corpus()
        .draft
        .into_iter()
        .filter(|d| d.held_out == held_out)
        .map(|d| {
            let findings = linter.lint_draft(&read(&d.file, dir.path()));
            let found = content_rules(&findings);
            (d.file, d.must.into_iter().collect(), found, findings)
        })
        .collect()
}

#[test]
fn the_corpus_names_only_known_rules_and_holds_out_a_quarter() {
    let corpus = corpus();
    assert!(corpus.draft.len() >= 20);
    let held = corpus.draft.iter().filter(|d| d.held_out).count();
    assert!(held * 4 >= corpus.draft.len(), "{held} held out");
    for draft in &corpus.draft {
        for rule in &draft.must {
            assert!(
                CONTENT_RULES.contains(&rule.as_str()),
                "{}: {rule}",
                draft.file
            );
        }
    }
    let formats: BTreeSet<&str> = corpus
        .draft
        .iter()
        .map(|d| {
            d.file
                .rsplit('.')
                .nth(usize::from(d.file.ends_with(".src")))
                .unwrap()
        })
        .collect();
    assert_eq!(formats, ["docx", "md", "txt"].into());
}

#[test]
fn each_tuning_draft_gets_exactly_its_content_findings() {
    let mut fired = BTreeSet::new();
    for (file, expected, found, findings) in lint_corpus(false) {
        assert_eq!(found, expected, "{file}: {findings:#?}");
        fired.extend(found);
    }
    for rule in CONTENT_RULES {
        assert!(fired.contains(rule), "no tuning draft makes {rule} fire");
    }
}

#[test]
fn every_draft_has_its_three_parts_found() {
    for held_out in [false, true] {
        for (file, _, _, findings) in lint_corpus(held_out) {
            let structure: Vec<&Finding> = findings
                .iter()
                .filter(|f| f.rule.starts_with("parts-"))
                .collect();
            assert!(structure.is_empty(), "{file}: {structure:#?}");
        }
    }
}

#[test]
fn precision_and_recall_on_the_held_out_drafts_stay_above_0_8() {
    let (mut hits, mut false_alarms, mut misses) = (0, 0, 0);
    for (file, expected, found, findings) in lint_corpus(true) {
        hits += expected.intersection(&found).count();
        false_alarms += found.difference(&expected).count();
        misses += expected.difference(&found).count();
        if expected != found {
            eprintln!("{file}: expected {expected:?}, found {found:?}\n{findings:#?}");
        }
    }
    let precision = hits as f64 / (hits + false_alarms).max(1) as f64;
    let recall = hits as f64 / (hits + misses).max(1) as f64;
    eprintln!(
        "held-out drafts: precision {precision:.2} ({hits}/{}), recall {recall:.2} ({hits}/{})",
        hits + false_alarms,
        hits + misses
    );
    assert!(precision >= 0.8, "precision {precision:.2}");
    assert!(recall >= 0.8, "recall {recall:.2}");
}

#[test]
fn a_finding_quotes_its_whole_clause_and_names_its_line() {
    let dir = tempfile::tempdir().unwrap();
    let linter = Linter::builtin().unwrap();
    let found = linter.lint_draft(&read("02-new-employee-guarantee.txt", dir.path()));
    let at = |rule: &str| {
        found
            .iter()
            .filter(|f| f.rule == rule)
            .map(|f| (f.place.as_str(), f.excerpt.as_deref().unwrap_or("")))
            .collect::<Vec<_>>()
    };
    assert_eq!(
        at("cause-generic"),
        [(
            "line 6 (What reasons caused the issue)",
            "One new employee made a mistake and manipulated product reviews, which is prohibited by Amazon."
        )]
    );
    assert_eq!(
        at("guarantee"),
        [(
            "line 16 (Steps we will take to prevent similar issues)",
            "We guarantee that the similar problem won't happen again."
        )]
    );
    let found = linter.lint_draft(&read("05-pitch-heading-styles.docx.src", dir.path()));
    let pitch = found.iter().find(|f| f.rule == "sales-pitch").unwrap();
    assert_eq!(
        pitch.place,
        "paragraph 3 (Plan of Action – Greenleaf Kitchen)"
    );
}

#[test]
fn every_built_in_lint_rule_says_why_and_how_to_fix_in_english_and_chinese() {
    let linter = Linter::builtin().unwrap();
    for rule in &linter.rules().rules {
        let zh = |text: &Option<String>| {
            text.as_deref()
                .is_some_and(|t| t.chars().any(|c| c > '\u{4e00}'))
        };
        assert!(zh(&rule.why_zh), "{} has no why_zh", rule.id);
        assert!(rule.fix.is_some(), "{} has no fix", rule.id);
        assert!(zh(&rule.fix_zh), "{} has no fix_zh", rule.id);
    }
}
