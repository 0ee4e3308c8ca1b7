//! Arbitrary text as a user's template for one part of the letter, rendered with a real
//! case: it must give a letter or an error naming the template, never a panic. (A template
//! past the time or memory budget ends the process with 65, which libFuzzer reports as an
//! exit; run with -timeout above the budget's 4 s.)
#![no_main]

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use poa::case::Case;
use poa::compose::{Composer, PARTS, Templates};

static CASE: OnceLock<Case> = OnceLock::new();

fuzz_target!(|data: &[u8]| {
    let Some((&pick, text)) = data.split_first() else {
        return;
    };
    let Ok(text) = std::str::from_utf8(text) else {
        return;
    };
    let case = CASE.get_or_init(|| {
        let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 25).expect("a real date");
        let example = include_str!("../../examples/refund-for-review-change.toml");
        poa::case::parse(example, Path::new("example.toml"), today)
            .expect("the example is valid")
            .case
    });
    let mut templates = Templates::builtin();
    let part = &mut templates.sources[usize::from(pick) % PARTS.len()];
    part.text = text.to_string();
    part.origin = Some(PathBuf::from("fuzz").join(&part.name));
    if let Ok(composer) = Composer::new(&templates) {
        let _ = composer.letter(case, None);
    }
});
