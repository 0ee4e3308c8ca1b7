//! The reading copy's CJK font: a subset of Noto Serif CJK SC holding exactly the characters
//! of the Chinese stock text that Liberation Serif cannot draw, so a new Chinese character
//! is noticed here rather than drawn as a box.

use std::collections::BTreeSet;
use std::path::Path;

use poa::render::pdf::FontSet;

const REGENERATE: &str = "run scripts/cjk-subset (needs fontTools and fonts-noto-cjk) and commit fonts/NotoSerifCJKsc-*-subset.otf";

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// Every character of the files listed in fonts/cjk-sources.txt that the letter's own
/// fonts cannot draw (poa's private-use stock marks aside).
fn needed() -> BTreeSet<char> {
    let latin = FontSet::builtin();
    let listed = std::fs::read_to_string(root().join("fonts/cjk-sources.txt")).unwrap();
    listed
        .lines()
        .map(str::trim)
        .filter(|line| !line.is_empty() && !line.starts_with('#'))
        .flat_map(|file| {
            std::fs::read_to_string(root().join(file))
                .unwrap_or_else(|e| panic!("fonts/cjk-sources.txt lists {file}: {e}"))
                .chars()
                .collect::<Vec<_>>()
        })
        .filter(|&ch| !latin.draws(ch) && !('\u{E000}'..='\u{F8FF}').contains(&ch))
        .collect()
}

/// The characters a subset font maps.
fn mapped(file: &str) -> BTreeSet<char> {
    let bytes = std::fs::read(root().join("fonts").join(file)).unwrap();
    let face = ttf_parser::Face::parse(&bytes, 0).unwrap();
    let mut chars = BTreeSet::new();
    for table in face.tables().cmap.unwrap().subtables {
        if table.is_unicode() {
            table.codepoints(|code| chars.extend(char::from_u32(code)));
        }
    }
    chars
}

#[test]
fn the_cjk_subset_draws_every_character_of_the_chinese_stock_text() {
    let reading = FontSet::builtin().with_cjk();
    let missing: String = needed()
        .into_iter()
        .filter(|&ch| !reading.draws(ch))
        .collect();
    assert!(
        missing.is_empty(),
        "the Chinese stock text uses {missing:?}, which the reading copy's font lacks: {REGENERATE}"
    );
}

#[test]
fn the_cjk_subset_holds_no_character_the_stock_text_does_not_use() {
    let needed = needed();
    for file in [
        "NotoSerifCJKsc-Regular-subset.otf",
        "NotoSerifCJKsc-Bold-subset.otf",
    ] {
        let unused: String = mapped(file).difference(&needed).collect();
        assert!(
            unused.is_empty(),
            "{file} holds unused {unused:?}: {REGENERATE}"
        );
    }
}
