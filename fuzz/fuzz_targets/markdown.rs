//! Arbitrary Markdown into the document model, and the model written back: the writer sets
//! the type (curly quotes, dashes), so what it wrote must read back as the typeset document
//! and, written again, give the same Markdown.
#![no_main]

use libfuzzer_sys::fuzz_target;
use poa::document::from_markdown;
use poa::render::{markdown, typography};

fuzz_target!(|text: &str| {
    let document = from_markdown(text, "t", "a");
    let written = markdown::render(&document);
    let read = from_markdown(&written, "t", "a");
    assert_eq!(
        read,
        typography::document(&document, |_| true),
        "written:\n{written}"
    );
    assert_eq!(markdown::render(&read), written, "written:\n{written}");
});
