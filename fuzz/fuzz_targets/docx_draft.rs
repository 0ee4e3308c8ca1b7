//! Arbitrary bytes as a DOCX draft, both as the archive itself and as the text entry of a
//! well-formed archive: reading must end in a draft or an error, never a panic, within the
//! entry and size bounds.
#![no_main]

use std::io::{Cursor, Write};
use std::path::Path;

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some((&mode, rest)) = data.split_first() else {
        return;
    };
    let archive = if mode % 2 == 0 {
        rest.to_vec()
    } else {
        docx_holding(rest)
    };
    let _ = poa::draft::from_docx(Cursor::new(archive), Path::new("fuzz.docx"));
});

/// A zip with `word/document.xml` holding `xml`, compressed, as Word would store it.
fn docx_holding(xml: &[u8]) -> Vec<u8> {
    let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default();
    zip.start_file("word/document.xml", options)
        .expect("an entry can be started in memory");
    zip.write_all(xml).expect("memory can be written");
    zip.finish().expect("an archive can be finished").into_inner()
}
