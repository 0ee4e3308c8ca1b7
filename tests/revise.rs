//! `poa revise`: every saved reply read into the requests it makes, the JSON a script reads,
//! and the rounds a case keeps.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use poa::reply::{ReplyRules, Source, source};
use serde::Deserialize;

use crate::util::{example, poa};
use crate::wizard::{DOWN, Wizard, saved};

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("tests/fixtures/replies/{name}"))
}

#[derive(Deserialize)]
struct Expected {
    reply: Vec<ExpectedReply>,
}

#[derive(Deserialize)]
struct ExpectedReply {
    file: String,
    requests: Vec<String>,
    #[serde(default)]
    unknown: usize,
    #[serde(default)]
    asins: Vec<String>,
    window: Option<String>,
}

fn expected() -> Vec<ExpectedReply> {
    let text = std::fs::read_to_string(fixture("expected.toml")).unwrap();
    toml::from_str::<Expected>(&text).unwrap().reply
}

#[test]
fn every_reply_asks_for_exactly_what_it_says() {
    let rules = ReplyRules::builtin().unwrap();
    let mut failures = Vec::new();
    for reply in expected() {
        let text = source::read(&Source::File(fixture(&reply.file))).unwrap();
        let reading = rules.classify(&text);
        let found: BTreeSet<&str> = reading.requests.iter().map(|r| r.id.as_str()).collect();
        let wanted: BTreeSet<&str> = reply.requests.iter().map(String::as_str).collect();
        if found != wanted {
            failures.push(format!(
                "{}: found {found:?}, expected {wanted:?}\n{:#?}",
                reply.file, reading.requests
            ));
        }
        if reading.unknown.len() != reply.unknown {
            failures.push(format!("{}: unknown {:?}", reply.file, reading.unknown));
        }
        let asins: BTreeSet<&str> = reading
            .requests
            .iter()
            .flat_map(|r| r.asins.iter().map(String::as_str))
            .collect();
        let wanted_asins: BTreeSet<&str> = reply.asins.iter().map(String::as_str).collect();
        if asins != wanted_asins {
            failures.push(format!("{}: ASINs {asins:?}", reply.file));
        }
        let window = reading
            .requests
            .iter()
            .find(|r| r.id == "evidence-time-window")
            .map(|r| r.matched.clone());
        if window != reply.window {
            failures.push(format!("{}: window {window:?}", reply.file));
        }
        for request in &reading.requests {
            if !text.contains(request.sentence.split_whitespace().next().unwrap_or("")) {
                failures.push(format!(
                    "{}: {:?} is not quoted from it",
                    reply.file, request.sentence
                ));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn every_request_rule_is_met_in_some_reply() {
    let rules = ReplyRules::builtin().unwrap();
    let used: BTreeSet<String> = expected().into_iter().flat_map(|r| r.requests).collect();
    for rule in &rules.rules {
        assert!(
            used.contains(&rule.id),
            "no reply fixture asks for {}",
            rule.id
        );
    }
}

#[test]
fn json_lists_the_requests_and_exits_0_when_all_are_known() {
    let output = poa()
        .args(["revise", "--json", "--lang", "en", "--reply"])
        .arg(fixture("07-prevention-owner-frequency.txt"))
        .arg(example("refund-for-review-change"))
        .assert()
        .code(0)
        .get_output()
        .stdout
        .clone();
    let json: serde_json::Value = serde_json::from_slice(&output).unwrap();
    assert_eq!(json["round"], 2);
    let mut ids: Vec<&str> = json["requests"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["id"].as_str().unwrap())
        .collect();
    // "daily, weekly or …" in the example sentence asks for the frequency a second time.
    assert_eq!(ids.len(), 4);
    ids.dedup();
    assert_eq!(
        ids,
        [
            "prevention-detail",
            "prevention-who",
            "prevention-frequency"
        ]
    );
    assert_eq!(json["requests"][1]["sections"][0], "measures");
    assert!(
        json["requests"][1]["sentence"]
            .as_str()
            .unwrap()
            .starts_with("For each measure")
    );
}

#[test]
fn a_request_poa_does_not_know_exits_1_and_is_quoted() {
    let reply = std::fs::read(fixture("16-unknown-request.txt")).unwrap();
    let output = poa()
        .args(["revise", "--json", "--reply", "-"])
        .arg(example("refund-for-review-change"))
        .write_stdin(reply)
        .assert()
        .code(1)
        .get_output()
        .stdout
        .clone();
    let json: serde_json::Value = serde_json::from_slice(&output).unwrap();
    assert!(
        json["unknown"][0]
            .as_str()
            .unwrap()
            .contains("deposit method")
    );
}

#[test]
fn without_a_terminal_the_requests_are_told_in_the_sellers_language() {
    poa()
        .args(["revise", "--lang", "zh", "--reply"])
        .arg(fixture("04-evidence-asins-window.txt"))
        .arg(example("refund-for-review-change"))
        .assert()
        .code(0)
        .stdout(predicates::str::contains(
            "时间段： between January 1, 2026 and March 2, 2026",
        ))
        .stdout(predicates::str::contains(
            "提到的 ASIN： B0C7KXR2M1, B0C9TQ4L8Z",
        ));
}

#[test]
fn a_reply_past_the_limit_is_refused_quickly() {
    let dir = tempfile::tempdir().unwrap();
    let big = dir.path().join("reply.txt");
    let file = std::fs::File::create(&big).unwrap();
    file.set_len(source::MAX_BYTES + 1).unwrap();
    poa()
        .args(["revise", "--json", "--reply"])
        .arg(&big)
        .arg(example("refund-for-review-change"))
        .assert()
        .code(65)
        .stderr(predicates::str::contains("reply.txt: longer than 10 MB"));
}

/// Round 1's letter, written as the seller first sent it.
fn first_round(dir: &Path) -> PathBuf {
    let case = dir.join("case.toml");
    std::fs::copy(example("refund-for-review-change"), &case).unwrap();
    poa()
        .args(["render", "--format", "md"])
        .arg(&case)
        .arg("--out")
        .arg(dir)
        .assert()
        .success();
    case
}

#[test]
fn two_rounds_revise_only_what_was_asked_and_keep_both_in_the_case() {
    let dir = tempfile::tempdir().unwrap();
    let case = first_round(dir.path());
    let original = saved(&case);
    let letter_1 = std::fs::read(dir.path().join("case.md")).unwrap();

    // Round 2: the reply asks about the preventive measures only.
    let reply = fixture("07-prevention-owner-frequency.txt");
    let reply = reply.to_str().unwrap();
    let mut w = Wizard::start(&["revise", "--lang", "en", "--reply", reply], &case);
    w.expect("Preventive measures").expect("Amazon wrote:");
    for _ in 0..4 {
        w.key("Remove", "\r");
    }
    w.answer("Add another", "y")
        .answer(
            "The practice now in force",
            "Messages naming a review are blocked by a saved-reply list",
        )
        .answer("Who owns it", "Mei Lin, customer service lead")
        .answer("How often", "every message")
        .answer("In force since", "2026-03-20")
        .answer("Add another", "n")
        .expect("Preventive measures: 1 new, 0 changed, 0 removed")
        .answer("Write the letter now", "y")
        .expect("case.r2.docx");
    w.ended();

    let round_2 = saved(&case);
    for section in [
        "root_causes",
        "actions",
        "people",
        "orders",
        "evidence",
        "seller",
        "warning",
    ] {
        assert_eq!(
            round_2[section], original[section],
            "{section} was not asked about"
        );
    }
    assert_eq!(round_2["measures"].as_array().unwrap().len(), 5);
    let rounds = round_2["rounds"].as_array().unwrap();
    assert_eq!(rounds.len(), 1);
    assert_eq!(
        rounds[0]["requests"][0]["id"].as_str(),
        Some("prevention-detail")
    );
    assert!(rounds[0]["reply"].as_str().unwrap().contains("too general"));
    assert_eq!(
        rounds[0]["changes"][0]["section"].as_str(),
        Some("measures")
    );
    assert_eq!(rounds[0]["changes"][0]["added"].as_integer(), Some(1));
    assert_eq!(
        std::fs::read(dir.path().join("case.md")).unwrap(),
        letter_1,
        "round 1's letter is kept"
    );
    assert!(dir.path().join("case.r2.md").exists());

    // Round 3: the root cause is asked about; the seller keeps it and says why.
    let reply = fixture("17-vague-root-cause.txt");
    let changes = dir.path().join("changes-r3.txt");
    let mut w = Wizard::start(
        &[
            "revise",
            "--lang",
            "en",
            "--reply",
            reply.to_str().unwrap(),
            "--changes",
            changes.to_str().unwrap(),
        ],
        &case,
    );
    w.expect("too vague");
    for _ in 0..3 {
        w.key("Remove", "\r");
    }
    w.answer("Add another", "n")
        .expect("nothing in it has changed")
        .key("say why", DOWN)
        .key("say why", "\r")
        .answer("Why does it stay", "The three messages and both people are already named in the orders and people sections")
        .answer("Write the letter now", "y")
        .expect("case.r3.docx");
    w.ended();

    let round_3 = saved(&case);
    assert_eq!(round_3["root_causes"], original["root_causes"]);
    let rounds = round_3["rounds"].as_array().unwrap();
    assert_eq!(rounds.len(), 2, "both rounds are kept");
    assert_eq!(
        rounds[0], round_2["rounds"][0],
        "round 2's record is unchanged"
    );
    assert_eq!(
        rounds[1]["reasons"][0]["request"].as_str(),
        Some("root-cause-vague")
    );
    let summary = std::fs::read_to_string(&changes).unwrap();
    assert!(summary.contains("already named in the orders"), "{summary}");
    let letter_3 = std::fs::read_to_string(dir.path().join("case.r3.md")).unwrap();
    assert!(
        !letter_3.contains("already named in the orders"),
        "a reason never reaches the letter"
    );
}

/// The letter's words with the case's facts masked as the batch's similarity check masks
/// them, and every answer of the seller masked too: what is left is stock wording.
fn stock_words(case: &poa::case::Case) -> Vec<u64> {
    use poa::check::originality::{FlatText, tokens::tokenize};
    let renderer = poa::pipeline::Renderer::new(&Default::default()).unwrap();
    let mut text = FlatText::new(&renderer.document(case).unwrap()).text;
    let mut answers: Vec<String> = poa::case::text_fields(case)
        .into_iter()
        .map(|(_, t)| t)
        .collect();
    answers.sort_by_key(|a| std::cmp::Reverse(a.len()));
    for answer in answers.iter().filter(|a| a.len() > 3) {
        text = text.replace(answer.as_str(), &poa::compose::SLOT.to_string());
    }
    let mut words = tokenize(&text).words;
    poa::batch::similarity::mask_facts(&mut words, case);
    words
}

/// Shared three-word shingles (slots left out), as a share of the smaller letter's.
fn shared_shingles(a: &[u64], b: &[u64]) -> f64 {
    use poa::check::originality::tokens::SLOT_WORD;
    let shingles = |words: &[u64]| -> BTreeSet<[u64; 3]> {
        words
            .windows(3)
            .filter(|w| !w.contains(&SLOT_WORD))
            .map(|w| [w[0], w[1], w[2]])
            .collect()
    };
    let (a, b) = (shingles(a), shingles(b));
    let shared = a.intersection(&b).count();
    shared as f64 * 100.0 / a.len().min(b.len()).max(1) as f64
}

#[test]
fn round_2_is_worded_differently_from_round_1() {
    for name in ["refund-for-review-change", "gift-card-insert"] {
        let round_1 = crate::util::example_case(name);
        let mut round_2 = round_1.clone();
        round_2.rounds.push(poa::case::rounds::Round {
            date: round_1.warning.received,
            reply: "Please provide more details about your preventive measures.".into(),
            requests: Vec::new(),
            changes: Vec::new(),
            reasons: Vec::new(),
        });
        let (words_1, words_2) = (stock_words(&round_1), stock_words(&round_2));
        let same = shared_shingles(&words_1, &words_1);
        assert!(same > 99.0, "the measure sees a letter as itself: {same}");
        let shared = shared_shingles(&words_1, &words_2);
        eprintln!("{name}: round 2 shares {shared:.1}% of round 1's stock three-word shingles");
        assert!(
            shared < 50.0,
            "{name}: {shared:.1}% of the stock wording repeats"
        );
    }
}

/// The example as it stands after one reply: a `[[rounds]]` entry at its end.
fn revised_example(dir: &Path) -> PathBuf {
    let case = dir.join("cases/acme.toml");
    std::fs::create_dir_all(case.parent().unwrap()).unwrap();
    let text = crate::util::example_text("refund-for-review-change")
        + "\n[[rounds]]\ndate = 2026-03-20\nreply = \"Your plan does not explain the root cause.\"\n\n[[rounds.requests]]\nid = \"root-cause-missing\"\nsentence = \"Your plan does not explain the root cause.\"\n";
    std::fs::write(&case, text).unwrap();
    case
}

#[test]
fn batch_writes_a_revised_case_under_its_round_and_skips_it_when_up_to_date() {
    let dir = tempfile::tempdir().unwrap();
    revised_example(dir.path());
    let out = dir.path().join("out");
    let batch = || {
        poa()
            .args(["batch", "--format", "md", "--out"])
            .arg(&out)
            .arg(dir.path().join("cases"))
            .assert()
            .code(0)
            .get_output()
            .stdout
            .clone()
    };
    batch();
    assert!(out.join("acme.r2.md").exists());
    assert!(
        !out.join("acme.md").exists(),
        "round 1's name is left for round 1's letter"
    );
    let again = String::from_utf8(batch()).unwrap();
    assert!(again.contains("up to date"), "{again}");
}

#[test]
fn without_reply_the_interview_takes_it_pasted() {
    let dir = tempfile::tempdir().unwrap();
    let case = first_round(dir.path());
    let mut w = Wizard::start(&["revise", "--lang", "en"], &case);
    w.expect("Paste Amazon's reply");
    for line in [
        "Hello,",
        "",
        "Please answer the following question: did anyone contact buyers about reviews by phone?",
        ".",
    ] {
        w.answer("", line);
    }
    w.expect("Amazon asks a question");
    for _ in 0..2 {
        w.key("Remove", "\r");
    }
    w.answer("Add another", "y")
        .answer(
            "A statement",
            "No one at Hearth & Oak Home contacted a buyer about a review by phone",
        )
        .answer("Add another", "n")
        .expect("Declarations: 1 new")
        .answer("Write the letter now", "n");
    w.ended();
    let rounds = saved(&case)["rounds"].as_array().unwrap().clone();
    assert_eq!(rounds[0]["requests"][0]["id"].as_str(), Some("question"));
    assert!(rounds[0]["reply"].as_str().unwrap().contains("by phone?"));
}

#[test]
fn changes_without_the_interview_is_a_usage_error_and_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let changes = dir.path().join("changes.txt");
    poa()
        .args(["revise", "--json", "--reply"])
        .arg(fixture("01-plan-incomplete.txt"))
        .arg("--changes")
        .arg(&changes)
        .arg(example("refund-for-review-change"))
        .assert()
        .code(64)
        .stderr(predicates::str::contains("--changes"));
    assert!(!changes.exists());
}

#[test]
fn a_revised_case_gets_its_reading_copy_under_its_round() {
    let dir = tempfile::tempdir().unwrap();
    let case = revised_example(dir.path());
    poa()
        .args(["render", "--format", "md", "--reading-copy", "zh", "--out"])
        .arg(dir.path())
        .arg(&case)
        .assert()
        .code(0);
    assert!(dir.path().join("acme.r2.md").exists());
    assert!(dir.path().join("acme.r2.zh.md").exists());
    assert!(!dir.path().join("acme.zh.md").exists());
}
