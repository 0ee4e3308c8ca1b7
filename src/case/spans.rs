//! Where each field of a case file is, so every problem can name its line and column.

use std::ops::Range;
use std::path::Path;

use toml::Spanned;
use toml::de::{DeTable, DeValue};

use crate::error::Diagnostic;
use crate::i18n::Bilingual;

/// The parsed layout of a TOML text: field paths ↔ byte ranges ↔ lines and columns.
pub struct SourceMap<'i> {
    text: &'i str,
    root: Option<Spanned<DeTable<'i>>>,
}

impl<'i> SourceMap<'i> {
    /// Maps a text; one that does not parse as TOML still gives lines and columns.
    pub fn new(text: &'i str) -> Self {
        SourceMap {
            text,
            root: DeTable::parse(text).ok(),
        }
    }

    /// 1-based line and column (in characters) of a byte offset.
    pub fn line_column(&self, offset: usize) -> (usize, usize) {
        let offset = offset.min(self.text.len());
        let before = &self.text[..self.text.floor_char_boundary(offset)];
        let line = before.matches('\n').count() + 1;
        let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
        (line, column)
    }

    /// The byte range of the value at a field path such as `orders[2].id`; when the path
    /// is absent (a missing key), the range of the nearest table that holds it.
    pub fn span_of(&self, path: &str) -> Option<Range<usize>> {
        let root = self.root.as_ref()?;
        let mut span = root.span();
        let mut current = Node::Table(root.get_ref());
        for segment in segments(path) {
            let next = match (current, segment) {
                (Node::Table(table), Segment::Key(key)) => table
                    .iter()
                    .find(|(k, _)| k.get_ref().as_ref() == key)
                    .map(|(k, v)| (k.span(), v)),
                (Node::Value(DeValue::Table(table)), Segment::Key(key)) => table
                    .iter()
                    .find(|(k, _)| k.get_ref().as_ref() == key)
                    .map(|(k, v)| (k.span(), v)),
                (Node::Value(DeValue::Array(items)), Segment::Index(i)) => {
                    items.get(i).map(|v| (v.span(), v))
                }
                _ => None,
            };
            let Some((key_span, value)) = next else { break };
            // Point at the key of a table (a `[[orders]]` header spans the whole table).
            span = match value.get_ref() {
                DeValue::Table(_) => key_span.start..value.span().end,
                _ => value.span(),
            };
            current = Node::Value(value.get_ref());
        }
        Some(span)
    }

    /// A problem with the value at `field` of `file`, placed at its line and column.
    pub fn field_diagnostic(
        &self,
        file: &Path,
        field: String,
        message: Bilingual,
        help: Option<Bilingual>,
    ) -> Diagnostic {
        let place = self
            .span_of(&field)
            .map(|span| self.line_column(span.start));
        Diagnostic {
            file: file.to_path_buf(),
            line: place.map(|p| p.0),
            column: place.map(|p| p.1),
            field,
            message,
            help,
        }
    }

    /// The field path of the value at a byte offset, e.g. `orders[1].asin` (empty when the
    /// offset is not inside a value). Leaves are searched because a `[[table]]`'s own span
    /// covers only its header.
    pub fn path_at(&self, offset: usize) -> String {
        let Some(root) = self.root.as_ref() else {
            return String::new();
        };
        let mut found = None;
        for (key, value) in root.get_ref().iter() {
            let path = key.get_ref().as_ref().to_string();
            if key.span().contains(&offset) {
                found = Some(path.clone());
            }
            leaf_at(value, path, offset, &mut found);
        }
        found.unwrap_or_default()
    }
}

/// The innermost key or value at `offset`: a later, deeper match replaces an outer one.
fn leaf_at(value: &Spanned<DeValue>, path: String, offset: usize, found: &mut Option<String>) {
    if value.span().contains(&offset) {
        *found = Some(path.clone());
    }
    match value.get_ref() {
        DeValue::Table(table) => {
            for (key, item) in table.iter() {
                let path = join(&path, key.get_ref().as_ref());
                if key.span().contains(&offset) {
                    *found = Some(path.clone());
                }
                leaf_at(item, path, offset, found);
            }
        }
        DeValue::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                leaf_at(item, format!("{path}[{i}]"), offset, found);
            }
        }
        _ => {}
    }
}

#[derive(Clone, Copy)]
enum Node<'a, 'i> {
    Table(&'a DeTable<'i>),
    Value(&'a DeValue<'i>),
}

enum Segment<'p> {
    Key(&'p str),
    Index(usize),
}

fn segments(path: &str) -> Vec<Segment<'_>> {
    let mut out = Vec::new();
    for part in path.split('.').filter(|p| !p.is_empty()) {
        let (key, rest) = part.split_once('[').unwrap_or((part, ""));
        if !key.is_empty() {
            out.push(Segment::Key(key));
        }
        for index in rest.split('[') {
            if let Ok(i) = index.trim_end_matches(']').parse() {
                out.push(Segment::Index(i));
            }
        }
    }
    out
}

fn join(path: &str, key: &str) -> String {
    if path.is_empty() {
        key.to_string()
    } else {
        format!("{path}.{key}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str =
        "[seller]\nstore = \"A\"\n\n[[orders]]\nid = \"1\"\n\n[[orders]]\nid = \"bad\"\n";

    #[test]
    fn a_field_path_finds_its_line_and_column() {
        let map = SourceMap::new(TEXT);
        let span = map.span_of("orders[1].id").unwrap();
        assert_eq!(map.line_column(span.start), (8, 6));
        assert_eq!(
            map.line_column(map.span_of("seller.store").unwrap().start),
            (2, 9)
        );
    }

    #[test]
    fn an_offset_finds_its_field_path() {
        let map = SourceMap::new(TEXT);
        let offset = TEXT.find("bad").unwrap();
        assert_eq!(map.path_at(offset), "orders[1].id");
    }
}
