//! What changed in a case between two rounds, section by section, counted by kind.

use toml::{Table, Value};

use crate::case::rounds::{Change, Reason};
use crate::i18n::revise::{self, Revise};
use crate::lang::Lang;
use crate::wizard::flow::SECTIONS;

/// Every section whose items differ between `before` and `after`. An item present in both
/// (anywhere in the list) is unchanged; of the rest, as many as pair up are changed, the
/// others new or removed.
pub fn diff(before: &Table, after: &Table) -> Vec<Change> {
    SECTIONS
        .iter()
        .filter_map(|section| {
            let old = items(before, section.key);
            let new = items(after, section.key);
            let mut unmatched_old = old.clone();
            let mut extra_new = 0;
            for item in &new {
                match unmatched_old.iter().position(|o| o == item) {
                    Some(at) => {
                        unmatched_old.remove(at);
                    }
                    None => extra_new += 1,
                }
            }
            let changed = extra_new.min(unmatched_old.len());
            let change = Change {
                section: section.key.to_string(),
                added: extra_new - changed,
                changed,
                removed: unmatched_old.len() - changed,
            };
            (change.added + change.changed + change.removed > 0).then_some(change)
        })
        .collect()
}

/// A section's items: a list's entries, or a table's fields one by one.
fn items(doc: &Table, key: &str) -> Vec<Value> {
    let mut parts = key.split('.');
    let first = parts.next().and_then(|p| doc.get(p));
    let value = parts.fold(first, |v, part| v.and_then(|v| v.get(part)));
    match value {
        Some(Value::Array(items)) => items.clone(),
        Some(Value::Table(table)) => table
            .iter()
            .filter(|(_, v)| !matches!(v, Value::Array(_) | Value::Table(_)))
            .map(|(k, v)| Value::Array(vec![Value::String(k.clone()), v.clone()]))
            .collect(),
        Some(other) => vec![other.clone()],
        None => Vec::new(),
    }
}

/// The summary of a round's changes and reasons, one line each, in the seller's language.
pub fn summary(changes: &[Change], reasons: &[Reason], lang: Lang) -> String {
    let mut out = format!("{}\n", Revise::Changes.get(lang));
    if changes.is_empty() {
        out.push_str(&format!("  {}\n", Revise::NoChanges.get(lang)));
    }
    for change in changes {
        let section = SECTIONS
            .iter()
            .find(|s| s.key == change.section)
            .map_or(change.section.as_str(), |s| s.title.get(lang));
        let line = revise::change_line(section, change.added, change.changed, change.removed);
        out.push_str(&format!("  {}\n", line.get(lang)));
    }
    for reason in reasons {
        let line = revise::reason_line(&reason.request, &reason.reason);
        out.push_str(&format!("  {}\n", line.get(lang)));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(text: &str) -> Table {
        toml::from_str(text).unwrap()
    }

    #[test]
    fn new_changed_and_removed_items_are_told_apart() {
        let before =
            doc("root_causes = ['a', 'b']\n[[actions]]\naction = 'x'\n[[actions]]\naction = 'y'\n");
        let after = doc("root_causes = ['a', 'b2', 'c']\n[[actions]]\naction = 'y'\n");
        let changes = diff(&before, &after);
        assert_eq!(
            changes,
            [
                Change {
                    section: "root_causes".into(),
                    added: 1,
                    changed: 1,
                    removed: 0
                },
                Change {
                    section: "actions".into(),
                    added: 0,
                    changed: 0,
                    removed: 1
                },
            ]
        );
    }

    #[test]
    fn an_untouched_case_has_no_changes() {
        let same = doc("root_causes = ['a']\n[seller]\nstore = 's'\n");
        assert!(diff(&same, &same).is_empty());
    }
}
