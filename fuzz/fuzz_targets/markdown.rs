//! Arbitrary Markdown into the document model, and the model written back: the written
//! Markdown must read back as the same document.
#![no_main]

use libfuzzer_sys::fuzz_target;
use poa::document::from_markdown;
use poa::render::markdown;

fuzz_target!(|text: &str| {
    let document = from_markdown(text, "t", "a");
    let written = markdown::render(&document);
    assert_eq!(
        from_markdown(&written, "t", "a"),
        document,
        "written:\n{written}"
    );
});
