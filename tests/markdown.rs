//! The written Markdown reads back as the document it was written from, whatever the text.

use poa::document::{Block, Document, Inline, from_markdown};
use poa::render::{markdown, typography};
use proptest::prelude::*;

/// Words as a seller might type them, Markdown's structural characters included.
fn word() -> impl Strategy<Value = String> {
    prop_oneof![
        "[a-zA-Z0-9]{1,8}",
        r#"[-+=*_#|<>&;.)!~`\[\]\\"'0-9a-z]{1,6}"#,
        Just("- x".to_string()),
        Just("2. item".to_string()),
        Just("&amp;".to_string()),
        Just("&#169;".to_string()),
        Just("---".to_string()),
        Just("# not a heading".to_string()),
    ]
}

fn plain_text() -> impl Strategy<Value = String> {
    prop::collection::vec(word(), 1..6).prop_map(|words| words.join(" "))
}

/// Emphasis closes only beside a letter or digit, so styled runs are words of those.
fn styled_text() -> impl Strategy<Value = String> {
    prop::collection::vec("[a-zA-Z0-9]{1,8}", 1..4).prop_map(|words| words.join(" "))
}

fn run() -> impl Strategy<Value = Inline> {
    prop_oneof![
        plain_text().prop_map(Inline::plain),
        (styled_text(), any::<bool>(), any::<bool>())
            .prop_filter("styled", |(_, bold, italic)| *bold || *italic)
            .prop_map(|(text, bold, italic)| Inline::Text { text, bold, italic }),
    ]
}

/// Runs as the reader gives them: words apart by one space, runs of one style merged, a
/// line break (where allowed) between runs and never at either end.
fn runs(breaks: bool) -> impl Strategy<Value = Vec<Inline>> {
    prop::collection::vec((run(), any::<bool>()), 1..5).prop_map(move |runs| {
        let mut out: Vec<Inline> = Vec::new();
        for (run, break_before) in runs {
            let Inline::Text { text, bold, italic } = run else {
                unreachable!("runs are text")
            };
            match out.last_mut() {
                None => {}
                Some(_) if breaks && break_before => out.push(Inline::Break),
                Some(Inline::Text {
                    text: last,
                    bold: b,
                    italic: i,
                }) if (*b, *i) == (bold, italic) => {
                    last.push(' ');
                    last.push_str(&text);
                    continue;
                }
                Some(Inline::Text {
                    text: last,
                    bold: false,
                    italic: false,
                }) => last.push(' '),
                Some(_) if !bold && !italic => {
                    out.push(Inline::plain(format!(" {text}")));
                    continue;
                }
                Some(_) => out.push(Inline::plain(" ")),
            }
            out.push(Inline::Text { text, bold, italic });
        }
        out
    })
}

fn block() -> impl Strategy<Value = Block> {
    prop_oneof![
        (1u8..=3, runs(false)).prop_map(|(level, content)| Block::Heading { level, content }),
        runs(true).prop_map(|content| Block::Paragraph { content }),
        (any::<bool>(), prop::collection::vec(runs(false), 1..4))
            .prop_map(|(ordered, items)| Block::List { ordered, items }),
        (1usize..4, 0usize..3).prop_flat_map(|(columns, rows)| {
            (
                prop::collection::vec(runs(false), columns),
                prop::collection::vec(prop::collection::vec(runs(false), columns), rows),
            )
                .prop_map(|(header, rows)| Block::Table { header, rows })
        }),
    ]
}

fn document() -> impl Strategy<Value = Document> {
    prop::collection::vec(block(), 1..6)
        // Two lists of one kind side by side are one list in Markdown.
        .prop_filter("no adjacent lists", |blocks| {
            !blocks.windows(2).any(|pair| {
                matches!(pair, [Block::List { ordered: a, .. }, Block::List { ordered: b, .. }] if a == b)
            })
        })
        .prop_map(|blocks| Document {
            title: "t".into(),
            author: "a".into(),
            blocks,
            ..Document::default()
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn written_markdown_reads_back_as_the_same_document(document in document()) {
        // The writer sets the type (curly quotes, dashes); what it wrote is read back
        // exactly, and written again it is the same Markdown.
        let written = markdown::render(&document);
        let read = from_markdown(&written, "t", "a");
        prop_assert_eq!(&read, &typography::document(&document, |_| true), "written:\n{}", written);
        prop_assert_eq!(markdown::render(&read), written);
    }
}

#[test]
fn a_paragraph_that_starts_like_a_list_item_stays_a_paragraph() {
    for text in [
        "- no further requests",
        "2. step",
        "+ one",
        "=== ",
        "# heading",
        "~~~ fence",
        "~~~",
    ] {
        let document = Document {
            title: "t".into(),
            author: "a".into(),
            blocks: vec![Block::Paragraph {
                content: vec![Inline::plain(text.trim())],
            }],
            ..Document::default()
        };
        let written = markdown::render(&document);
        assert_eq!(from_markdown(&written, "t", "a"), document, "{written}");
    }
}

#[test]
fn text_that_cannot_open_a_block_is_written_as_typed() {
    for text in ["+1 415 555 0142", "3.5 stars", "-5% off", "2026-03-02"] {
        let document = Document {
            title: "t".into(),
            author: "a".into(),
            blocks: vec![Block::Paragraph {
                content: vec![Inline::plain("Phone"), Inline::Break, Inline::plain(text)],
            }],
            ..Document::default()
        };
        let written = markdown::render(&document);
        // As typed, and typeset ("3.5 stars" keeps its number and "stars" on one line).
        let typed = typography::text(text);
        assert!(written.contains(&format!("\n{typed}")), "{written}");
        assert_eq!(
            from_markdown(&written, "t", "a"),
            typography::document(&document, |_| true),
            "{written}"
        );
    }
}

/// Markdown read, written and read again gives the typeset document, and written again the same
/// Markdown. The inputs are ones the fuzzer found (`fuzz/fuzz_targets/markdown.rs`).
#[test]
fn markdown_read_and_written_again_is_stable() {
    for source in [
        "\"*!!",
        "\0\n\t\u{b}",
        "* *",
        "a\n\n- b\n\n- c\n",
        "- a\n  - b\n- c\n",
        "1. a\n\n   # b\n2. c\n",
        "    indented\n    twice\n\nthen text\n",
        "\t\0\0\0\r/\n",
        "      deeper\n    code\n",
        "a  \nb\n",
        "{{;\r\\\rgn{",
        "-`\\``\\\n\\\n\\",
        "\\\na\\\n\\\nb\\\n",
        "u\t`n\t`",
        "`\tx` y",
        "u`\u{c}`",
        "- a\n* b\n- c\n\n1. d\n1) e\n",
        "a  \n**b**\\\nc\n---\n",
        "# -\n\n    --\t-\n",
        "a&#13;b &#10;c",
        "\u{c}\"No\t\t1-4\r\r1-4S\n\n|\0\"",
    ] {
        let document = from_markdown(source, "t", "a");
        let written = markdown::render(&document);
        let read = from_markdown(&written, "t", "a");
        assert_eq!(
            read,
            typography::document(&document, |_| true),
            "{source:?} wrote {written:?}"
        );
        assert_eq!(markdown::render(&read), written, "{source:?}");
    }
}

/// The model's lists are flat: a nested list's items join the outer list where they stand.
#[test]
fn a_nested_list_reads_as_one_list_in_reading_order() {
    let document = from_markdown("- a\n  - b\n  - c\n- d\n", "t", "a");
    let words: Vec<Vec<Inline>> = ["a", "b", "c", "d"]
        .iter()
        .map(|word| vec![Inline::plain(*word)])
        .collect();
    assert_eq!(
        document.blocks,
        vec![Block::List {
            ordered: false,
            items: words
        }]
    );
}
