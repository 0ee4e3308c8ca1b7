//! Arbitrary Markdown into the document model, and the model back to Markdown.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let document = poa::document::from_markdown(text, "t", "a");
    let _ = poa::render::markdown::render(&document);
});
