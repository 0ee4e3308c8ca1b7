//! Arbitrary documents (built from Markdown) rendered to DOCX and PDF: each must succeed or
//! return an error (a character the font lacks), never panic.
#![no_main]

use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use poa::case::PageSize;
use poa::lang::Lang;
use poa::render::pdf::FontSet;

static FONTS: OnceLock<FontSet> = OnceLock::new();

fuzz_target!(|text: &str| {
    let document = poa::document::from_markdown(text, "t", "a");
    let fonts = FONTS.get_or_init(FontSet::builtin);
    let _ = poa::render::docx::render(&document, PageSize::Letter, Lang::En);
    let _ = poa::render::pdf::render(&document, PageSize::A4, fonts, Lang::En);
});
