//! The letter's words: every stock sentence comes from the catalogue, paired with its
//! Chinese, and says nothing the case does not; the seller's words stay theirs.

use std::collections::BTreeSet;

use poa::case::{Acceptance, Case, Voice};
use poa::compose::stock::{self, BUILTIN_CATALOGUE};
use poa::compose::{Composer, Templates, VARIANTS};
use poa::lang::Lang;
use regex::Regex;

use crate::util::marked;

/// Verbs of the seller's doing, knowing or accepting: framing that is true of every letter
/// may use none of them, since only a case field can say the seller did, found or accepts.
const SELLER_VERBS: &str = r"(?i)\b(investigat\w*|check(ed|ing|s)?|review(ed|ing)|search(ed|ing)?|f(ind|ound)|identif\w*|trac(e|ed|ing)|confirm\w*|agree\w*|accept\w*|believ\w*|verif\w*|determin\w*|discover\w*|establish\w*|learn\w*|realis\w*|realiz\w*|admit\w*|acknowledg\w*|responsib\w*|understand\w*|examin\w*|read|apolog\w*|regret\w*|ensur\w*|guarantee\w*|promis\w*|commit\w*)\b";

/// The smallest case poa writes a letter from: one cause, one order, one action, one measure.
pub const MINIMAL: &str = r#"
root_causes = ["Nobody checked the messages the associate sent"]
[seller]
store = "Minimal Store"
marketplace = "US"
contact = "Ana Ruiz"
role = "Owner"
email = "ana@example.com"
[warning]
policy = "review-manipulation"
received = 2026-03-02
summary = "a buyer was asked to change a review"
[[orders]]
id = "111-1111111-1111111"
asin = "B000000001"
date = 2026-02-01
sent = "a message asking to change the review"
outcome = "no reply"
[[actions]]
date = 2026-03-03
action = "removed the associate's messaging access"
[[measures]]
measure = "a second person reads every buyer message before it is sent"
owner = "Ana Ruiz"
frequency = "every message"
since = 2026-03-04
"#;

/// A case with every optional field given.
pub const FULL: &str = r#"
root_causes = ["The associate was never trained on the review rules", "no second person read outgoing messages"]
declarations = ["no other buyer was asked about a review"]
[seller]
store = "Full Store"
seller_id = "A2QX7PLM3RT9KD"
marketplace = "UK"
contact = "Ben Cole"
role = "Director"
email = "ben@example.com"
phone = "+44 20 0000 0000"
voice = "we"
[warning]
policy = "review-manipulation"
received = 2026-03-02
reference = "Case 1234"
quote = "We found that you asked buyers to change reviews."
acceptance = "in-part"
acceptance_detail = "the two orders named; the third buyer was never written to"
asins = ["B000000001", "B000000002"]
[[investigation]]
date = 2026-03-03
examined = "every buyer message since January"
found = "two requests, both from one associate"
[[people]]
role = "Customer service associate"
name = "Dee Park"
started = 2025-10-01
conduct = "sent two buyers a request to change their review"
[[timeline]]
date = 2026-01-10
event = "the associate sent the first request"
[[timeline]]
date = 2026-01-20
event = "the associate sent the second request"
[[orders]]
id = "111-1111111-1111111"
asin = "B000000001"
date = 2026-01-05
sent = "a message asking to change a 2-star review"
outcome = "the buyer changed it to 4 stars"
[[orders]]
id = "222-2222222-2222222"
asin = "B000000002"
date = 2026-01-15
sent = "a message asking to remove a 1-star review"
outcome = "no reply"
[[reviews]]
id = "R1234567890AB"
asin = "B000000001"
rating = 4
status = "live"
[[reviews]]
id = "R1234567890CD"
asin = "B000000002"
rating = 1
status = "removed"
[[evidence]]
file = "messages.pdf"
shows = "both requests"
asin = "B000000001"
[[evidence]]
file = "log.pdf"
shows = "the message log"
asin = "B000000002"
[[actions]]
date = 2026-03-03
action = "removed the associate's messaging access"
[[actions]]
date = 2026-03-03
action = "wrote to both buyers to withdraw the request"
[[actions]]
date = 2026-03-05
action = "trained the team on the Customer Product Reviews policy"
[[measures]]
measure = "a second person reads every buyer message before it is sent"
owner = "Ben Cole, director"
frequency = "every message"
since = 2026-03-04
[[measures]]
measure = "new staff pass a policy test before they get messaging access"
owner = "Team lead"
frequency = "every hire"
since = 2026-03-05
"#;

pub fn case(text: &str) -> Case {
    toml::from_str(text).unwrap()
}

fn composer() -> Composer {
    Composer::new(&Templates::builtin()).unwrap()
}

/// The `{name}` slots of a sentence, pronouns aside.
fn slots(text: &str) -> BTreeSet<String> {
    const PRONOUNS: [&str; 7] = ["we", "We", "our", "Our", "s", "es", "have"];
    Regex::new(r"\{(\w+)\}")
        .unwrap()
        .captures_iter(text)
        .map(|c| c[1].to_string())
        .filter(|name| !PRONOUNS.contains(&name.as_str()))
        .collect()
}

#[test]
fn every_stock_sentence_has_its_chinese_counterpart_with_the_same_slots() {
    let mut count = 0;
    for sentence in BUILTIN_CATALOGUE.sentences() {
        assert!(
            !sentence.en.trim().is_empty(),
            "{}: no English",
            sentence.id
        );
        assert!(
            !sentence.zh.trim().is_empty(),
            "{}: no Chinese",
            sentence.id
        );
        assert_eq!(
            slots(&sentence.en),
            slots(&sentence.zh),
            "{}: the English and the Chinese fill different slots",
            sentence.id
        );
        count += 1;
    }
    assert!(count > 50, "the catalogue holds {count} sentences");
}

#[test]
fn every_word_of_a_letter_is_a_stock_sentence_or_the_sellers() {
    for text in [MINIMAL, FULL] {
        let case = case(text);
        for variant in 1..=VARIANTS {
            let foreign = composer().foreign_words(&case, Some(variant)).unwrap();
            assert!(
                foreign.is_empty(),
                "variant {variant}: words neither in the catalogue nor from the case: {foreign:?}"
            );
        }
    }
}

#[test]
fn wording_written_outside_the_catalogue_is_found() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("closing.md.tera"),
        "We have investigated everything.\n\n{{ signer }}\n",
    )
    .unwrap();
    let templates = Templates::with_overrides(dir.path()).unwrap();
    let foreign = Composer::new(&templates)
        .unwrap()
        .foreign_words(&case(MINIMAL), Some(1))
        .unwrap();
    assert_eq!(foreign, ["We", "have", "investigated", "everything"]);
}

#[test]
fn framing_says_nothing_of_what_the_seller_did_knew_or_accepted() {
    let verbs = Regex::new(SELLER_VERBS).unwrap();
    for sentence in BUILTIN_CATALOGUE.sentences() {
        if sentence.needs.is_empty() {
            assert!(
                !verbs.is_match(&sentence.en),
                "{} is framing but says what the seller did: {:?}",
                sentence.id,
                sentence.en
            );
        }
    }
    // The list catches what the letter used to say of every seller.
    for old in [
        "We have investigated what happened",
        "After checking our own records we agree",
        "We identified every order involved by searching our message history",
        "We traced the problem to these causes",
        "Our investigation found the following causes",
    ] {
        assert!(verbs.is_match(old), "{old}");
    }
}

/// Whether a field path (`warning.quote`, `people`, `evidence.asin`) holds something.
fn present(case: &Case, path: &str) -> bool {
    fn at(value: &serde_json::Value, keys: &[&str]) -> bool {
        match (value, keys) {
            (serde_json::Value::Array(items), _) => items.iter().any(|item| at(item, keys)),
            (value, []) => match value {
                serde_json::Value::Null => false,
                serde_json::Value::String(s) => !s.trim().is_empty(),
                _ => true,
            },
            (serde_json::Value::Object(map), [key, rest @ ..]) => {
                map.get(*key).is_some_and(|v| at(v, rest))
            }
            _ => false,
        }
    }
    let keys: Vec<&str> = path.split('.').collect();
    at(&serde_json::to_value(case).unwrap(), &keys)
}

#[test]
fn a_stock_sentence_appears_only_when_the_fields_it_needs_do() {
    let catalogue = &*BUILTIN_CATALOGUE;
    for text in [MINIMAL, FULL] {
        let case = case(text);
        for variant in 1..=VARIANTS {
            let letter = marked(&case, variant, Lang::En);
            for id in stock::marked_ids(&letter) {
                for need in &catalogue.get(id).unwrap().needs {
                    assert!(
                        present(&case, need),
                        "variant {variant}: {id} needs {need}, which the case does not give"
                    );
                }
            }
        }
    }
    // The needs name real fields: each is present in the full case or the minimal one.
    for sentence in catalogue.sentences() {
        for need in &sentence.needs {
            assert!(
                present(&case(FULL), need) || present(&case(MINIMAL), need),
                "{}: no field {need}",
                sentence.id
            );
        }
    }
}

#[test]
fn the_minimal_letter_claims_no_investigation_and_no_acceptance() {
    let verbs = Regex::new(r"(?i)\b(investigat|search|found|examin|read|accept|agree)").unwrap();
    let case = case(MINIMAL);
    for variant in 1..=VARIANTS {
        let letter = marked(&case, variant, Lang::En);
        for id in stock::marked_ids(&letter) {
            let en = &BUILTIN_CATALOGUE.get(id).unwrap().en;
            assert!(!verbs.is_match(en), "variant {variant}: {id}: {en}");
        }
    }
}

#[test]
fn the_letter_speaks_in_the_cases_voice() {
    let mut full = case(FULL);
    for (voice, accept, declare) in [
        (Voice::I, "I accept", "I also declare"),
        (
            Voice::TheOwner,
            "The owner accepts",
            "The owner also declares",
        ),
    ] {
        full.seller.voice = voice;
        full.warning.acceptance = Some(Acceptance::InFull);
        let letter = composer().compose(&full, Some(1)).unwrap();
        assert!(letter.contains(accept), "{voice:?}: {letter}");
        assert!(letter.contains(declare), "{voice:?}");
    }
}

#[test]
fn only_the_notices_exact_words_are_put_in_quotes() {
    let mut summary_only = case(FULL);
    summary_only.warning.quote = None;
    summary_only.warning.summary = Some("buyers were asked to change reviews".into());
    for variant in 1..=VARIANTS {
        let letter = composer().compose(&summary_only, Some(variant)).unwrap();
        assert!(letter.contains("Buyers were asked to change reviews."));
        assert!(!letter.contains("\"Buyers were asked"), "variant {variant}");
        let quoted = composer().compose(&case(FULL), Some(variant)).unwrap();
        assert!(
            quoted.contains("*\"We found that you asked buyers to change reviews.\"*"),
            "variant {variant}"
        );
    }
}

/// The letter's paragraphs between the salutation and the root cause.
fn preamble(letter: &str) -> Vec<&str> {
    let start = letter.find("Dear Seller Performance Team,").unwrap();
    let end = letter.find("\n## ").unwrap();
    letter[start..end]
        .split("\n\n")
        .skip(1)
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect()
}

#[test]
fn no_preamble_and_the_store_named_once_in_the_header() {
    for text in [MINIMAL, FULL] {
        let case = case(text);
        for variant in 1..=VARIANTS {
            let letter = composer().compose(&case, Some(variant)).unwrap();
            let stock_sentences: usize = preamble(&letter)
                .iter()
                // The quoted notice is Amazon's, not a sentence of the letter's.
                .filter(|p| !p.starts_with("*\""))
                .count();
            assert!(
                stock_sentences <= 2,
                "variant {variant}: {:?}",
                preamble(&letter)
            );
            let header = &letter[..letter.find("Dear Seller").unwrap()];
            assert_eq!(
                header.matches(case.seller.store.as_str()).count(),
                1,
                "variant {variant}: {header}"
            );
        }
    }
}

/// Every value the case gives the templates, longest first.
fn case_values(case: &Case) -> Vec<String> {
    fn walk(value: &serde_json::Value, found: &mut Vec<String>) {
        match value {
            serde_json::Value::String(s) if !s.is_empty() => found.push(s.clone()),
            serde_json::Value::Number(n) => found.push(n.to_string()),
            serde_json::Value::Array(items) => items.iter().for_each(|v| walk(v, found)),
            serde_json::Value::Object(map) => map.values().for_each(|v| walk(v, found)),
            _ => {}
        }
    }
    let mut found = Vec::new();
    walk(
        &serde_json::to_value(poa::compose::LetterView::new(case)).unwrap(),
        &mut found,
    );
    found.sort_by_key(|v| std::cmp::Reverse(v.len()));
    found
}

/// The letter's 3-word shingles once every case value is a placeholder: what is left is
/// the phrasing's own words and structure.
fn masked_shingles(letter: &str, case: &Case) -> BTreeSet<String> {
    let mut masked = letter.to_string();
    for value in case_values(case) {
        masked = masked.replace(&value, " \u{25AF} ");
    }
    let words: Vec<String> = masked
        .split(|c: char| !(c.is_alphanumeric() || c == '\u{25AF}'))
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    words.windows(3).map(|w| w.join(" ")).collect()
}

fn jaccard(a: &BTreeSet<String>, b: &BTreeSet<String>) -> f64 {
    a.intersection(b).count() as f64 / a.union(b).count() as f64
}

#[test]
fn the_three_phrasings_differ_in_more_than_their_connectives() {
    for name in crate::util::EXAMPLES {
        let case = crate::util::example_case(name);
        let shingles: Vec<BTreeSet<String>> = (1..=VARIANTS)
            .map(|v| masked_shingles(&composer().compose(&case, Some(v)).unwrap(), &case))
            .collect();
        for a in 0..VARIANTS {
            for b in a + 1..VARIANTS {
                let overlap = jaccard(&shingles[a], &shingles[b]);
                println!("{name}: variants {} and {}: {overlap:.2}", a + 1, b + 1);
                assert!(
                    overlap < 0.5,
                    "{name}: variants {} and {} share {overlap:.2} of their 3-word shingles",
                    a + 1,
                    b + 1
                );
            }
        }
    }
}

#[test]
fn editing_a_note_leaves_the_letter_byte_identical() {
    let mut case = crate::util::example_case("refund-for-review-change");
    let before = composer().compose(&case, None).unwrap();
    case.notes = Some("Ask Mei about the March refunds.".into());
    assert_eq!(composer().compose(&case, None).unwrap(), before);
}

/// The letter cut at its part headings: the part each `## ` heading opens, keyed by order.
fn parts(letter: &str) -> Vec<String> {
    letter.split("\n## ").map(String::from).collect()
}

#[test]
fn adding_an_action_changes_only_the_actions_part() {
    for name in crate::util::EXAMPLES {
        let mut case = crate::util::example_case(name);
        let before = parts(&composer().compose(&case, None).unwrap());
        let mut action = case.actions[0].clone();
        action.action = "Removed the review request template from the help-desk software".into();
        case.actions.push(action);
        let after = parts(&composer().compose(&case, None).unwrap());
        assert_eq!(before.len(), after.len(), "{name}");
        let changed: Vec<&str> = before
            .iter()
            .zip(&after)
            .filter(|(b, a)| b != a)
            .map(|(_, a)| a.lines().next().unwrap_or(""))
            .collect();
        assert_eq!(changed.len(), 1, "{name}: {changed:?}");
        assert!(changed[0].starts_with("Action"), "{name}: {changed:?}");
    }
}

/// An answer as sellers type them: a fragment or a sentence, in either case, starting with
/// "we" or not, ending with nothing, a stop, doubled or full-width punctuation. `tag` ends
/// its words so the test finds each answer apart from the others.
fn typed_answer(tag: &'static str) -> impl proptest::strategy::Strategy<Value = String> {
    use proptest::prelude::*;
    let start = prop::sample::select(vec!["", "we ", "We ", "the ", "The "]);
    let words = prop::collection::vec(
        prop::sample::select(vec![
            "refund", "Refunds", "messages", "buyer", "checked", "reviews", "insert", "card",
            "stopped", "sent", "staff", "form",
        ]),
        1..5,
    );
    let end = prop::sample::select(vec![
        "", ".", "..", "。", "；", ";", ",", " .", "!", "？", ". ",
    ]);
    (start, words, end)
        .prop_map(move |(start, words, end)| format!("{start}{} {tag}{end}", words.join(" ")))
}

/// Where a seller's answer may stand: at the start of a line, list item or table cell, or
/// after a label's colon or a finished sentence, never continuing a sentence of the frame.
fn starts_a_slot(before: &str) -> bool {
    let line = before.rsplit('\n').next().unwrap_or("");
    let bare = line.trim_end().trim_end_matches('*').trim_end();
    bare.is_empty()
        || bare.ends_with([':', '|', '.', '-', '：'])
        || Regex::new(r"^\d+\.$").unwrap().is_match(bare)
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig { cases: 48, failure_persistence: None, ..Default::default() })]
    #[test]
    fn whatever_the_seller_typed_the_letter_is_grammatical(
        cause in typed_answer("alpha"), event in typed_answer("bravo"), action in typed_answer("charlie"),
        measure in typed_answer("delta"), frequency in typed_answer("echo"), sent in typed_answer("foxtrot"),
        found in typed_answer("golf"), role_in_name in proptest::bool::ANY,
    ) {
        let mut case = case(FULL);
        case.root_causes = vec![cause.clone()];
        case.timeline[0].event = event.clone();
        case.actions[0].action = action.clone();
        case.measures[0].measure = measure.clone();
        case.measures[0].frequency = frequency.clone();
        case.orders[0].sent = sent.clone();
        case.investigation[0].found = found.clone();
        if role_in_name {
            case.people[0].name = Some("Dee Park, customer service associate".into());
            case.seller.contact = "Ben Cole, Director".into();
        }
        let doubled = Regex::new(r"[.。!?;,][.。]|[.。][;,]").unwrap();
        for variant in 1..=VARIANTS {
            let letter = composer().compose(&case, Some(variant)).unwrap();
            let prose: String = letter.lines().filter(|l| !l.starts_with('|')).collect::<Vec<_>>().join("\n");
            proptest::prop_assert!(!doubled.is_match(&prose), "variant {variant}: doubled punctuation {:?}", doubled.find(&prose));
            proptest::prop_assert!(
                !letter.to_lowercase().contains("associate, dee park, customer service associate")
                    && !letter.contains("Director, Director")
                    && letter.matches("Director").count() <= 1,
                "variant {variant}: a role said twice"
            );
            for answer in [&cause, &event, &action, &measure, &frequency, &sent, &found] {
                // The answer's words as the letter holds them, from its second word on.
                let words: Vec<&str> = answer.split_whitespace().collect();
                let core = words.iter().map(|w| w.trim_end_matches(['.', '。', '；', ';', ',', '!', '？'])).collect::<Vec<_>>().join(" ");
                let core = core.trim();
                let first = core.chars().next().unwrap();
                let shown = format!("{}{}", first.to_uppercase(), &core[first.len_utf8()..]);
                let found_at: Vec<usize> = letter.match_indices(shown.as_str()).map(|(i, _)| i).collect();
                proptest::prop_assert!(!found_at.is_empty(), "variant {variant}: {answer:?} is not in the letter as {shown:?}");
                for at in found_at {
                    proptest::prop_assert!(
                        starts_a_slot(&letter[..at]),
                        "variant {variant}: {answer:?} continues a sentence: {:?}",
                        &letter[at.saturating_sub(40)..at]
                    );
                }
            }
        }
    }
}

#[test]
fn every_example_is_lint_clean() {
    for name in crate::util::EXAMPLES {
        crate::util::poa()
            .arg("lint")
            .arg(crate::util::example(name))
            .env("NO_COLOR", "1")
            .assert()
            .success()
            .stdout(predicates::str::contains("0 errors, 0 warnings"));
    }
}

#[test]
fn dates_in_answers_follow_the_marketplace_and_an_ambiguous_one_is_named_not_guessed() {
    let mut case = case(FULL);
    case.timeline[0].event = "the associate sent the first request on 2026-01-10".into();
    case.timeline[1].event = "the second request followed on 03/04/2026".into();
    let letter = composer().compose(&case, Some(1)).unwrap();
    assert!(letter.contains("on 10 January 2026."), "{letter}");
    assert!(letter.contains("on 03/04/2026."), "left as typed");
    let document = poa::document::from_markdown(&letter, "", "");
    let findings = poa::lint::Linter::builtin()
        .unwrap()
        .lint_case(&case, &document);
    let named: Vec<&str> = findings
        .iter()
        .filter(|f| f.rule == "date-ambiguous")
        .map(|f| f.place.as_str())
        .collect();
    assert_eq!(named, ["timeline[1].event"]);
}

#[test]
fn the_prose_tells_each_fact_once() {
    let order_id = Regex::new(r"\b\d{3}-\d{7}-\d{7}\b").unwrap();
    for name in crate::util::EXAMPLES {
        let case = crate::util::example_case(name);
        for variant in 1..=VARIANTS {
            // The seller's words only: stock labels repeat by design ("Responsible:").
            let letter = stock::without_stock(&marked(&case, variant, Lang::En));
            // Tables list facts for reference; the prose is everything else.
            let prose: Vec<&str> = letter.lines().filter(|l| !l.starts_with('|')).collect();
            let prose = prose.join("\n");
            let mut seen = BTreeSet::new();
            for id in order_id.find_iter(&prose) {
                assert!(
                    seen.insert(id.as_str()),
                    "{name} variant {variant}: order {} told twice",
                    id.as_str()
                );
            }
            // No run of eight words (a told fact, not a shared phrase) appears under two
            // headings: each heading holds one kind of fact (timeline, causes, orders…).
            let mut runs: std::collections::BTreeMap<String, usize> = Default::default();
            let sections: Vec<&str> = prose.split("\n#").collect();
            for (i, section) in sections.iter().enumerate() {
                let mut own = BTreeSet::new();
                for sentence in section.split(['.', '\n']) {
                    let words: Vec<String> = sentence
                        .split(|c: char| !c.is_alphanumeric())
                        .filter(|w| !w.is_empty())
                        .map(str::to_lowercase)
                        .collect();
                    own.extend(words.windows(8).map(|run| run.join(" ")));
                }
                for run in own {
                    if let Some(first) = runs.insert(run.clone(), i) {
                        panic!(
                            "{name} variant {variant}: \"{run}\" told twice:\n{}\n---\n{section}",
                            sections[first]
                        );
                    }
                }
            }
        }
    }
}
