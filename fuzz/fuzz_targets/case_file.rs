//! Arbitrary bytes as a case file: loading must end in a case or an error, never a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 25).expect("a real date");
        let _ = poa::case::parse(text, std::path::Path::new("fuzz.toml"), today);
    }
});
