//! The seller's answers shaped to stand on their own: a fragment or a sentence, typed in any
//! case and with any final punctuation, always becomes a list item, a labelled slot or a
//! table cell, never the continuation of a sentence the template began.

use super::view::text;

/// Final marks a seller may type, ASCII or full-width; one stop replaces them all.
const FINAL_MARKS: &[char] = &['.', '。', '．', ';', '；', ',', '，', ':', '：', '、'];

/// An answer as a sentence of its own: capitalised, with exactly one final stop (a question
/// or exclamation mark is kept), escaped for Markdown.
pub fn item(value: &str) -> String {
    text(&sentence(value))
}

/// An answer as the letter's reader reads it: [`item`] before Markdown escaping.
pub fn sentence(value: &str) -> String {
    let body = capitalised(&without_final_marks(value));
    if body.is_empty() {
        return body;
    }
    let last = body.chars().last().unwrap_or('.');
    match last {
        '?' | '!' => body,
        '？' | '！' => {
            let mut body = body;
            body.pop();
            body.push(if last == '？' { '?' } else { '!' });
            body
        }
        // "… said "stop."": the quotation already ends the sentence.
        '"' | '”' | '\'' | '’' | ')' if ends_closed(&body) => body,
        c if is_cjk(c) => body + "。",
        _ => body + ".",
    }
}

/// An answer as a table cell or a label's value: capitalised, no final stop, escaped.
pub fn cell(value: &str) -> String {
    text(&capitalised(&without_final_marks(value)))
}

/// A name and a role, each kept only where it adds something: "Owner" and "Dana Ruiz,
/// owner" say the role once. Returns (name, role); either may come back empty.
pub fn name_and_role(name: &str, role: &str) -> (String, String) {
    let (n, r) = (name.trim(), role.trim());
    let (ln, lr) = (n.to_lowercase(), r.to_lowercase());
    if n.is_empty() || r.is_empty() || (!ln.contains(&lr) && !lr.contains(&ln)) {
        (text(n), text(r))
    } else if ln.len() >= lr.len() {
        (text(n), String::new())
    } else {
        (String::new(), text(r))
    }
}

fn without_final_marks(value: &str) -> String {
    value
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .trim_end_matches(|c: char| FINAL_MARKS.contains(&c) || c.is_whitespace())
        .to_string()
}

/// Upper-cases the first letter when the first word is all lower case, so "eBay" and
/// "iPhone" stay as typed.
fn capitalised(value: &str) -> String {
    let first_word = value.split_whitespace().next().unwrap_or("");
    if first_word.chars().any(char::is_uppercase) {
        return value.to_string();
    }
    let mut chars = value.chars();
    match chars.next() {
        Some(first) if first.is_lowercase() => first.to_uppercase().chain(chars).collect(),
        _ => value.to_string(),
    }
}

fn ends_closed(body: &str) -> bool {
    let mut tail = body.chars().rev().skip(1);
    matches!(tail.next(), Some('.' | '?' | '!' | '。'))
}

fn is_cjk(c: char) -> bool {
    matches!(c, '\u{3400}'..='\u{9FFF}' | '\u{F900}'..='\u{FAFF}' | '\u{20000}'..='\u{2FA1F}')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_final_stop_whatever_was_typed() {
        assert_eq!(item("stopped all messages"), "Stopped all messages.");
        assert_eq!(item("Stopped all messages.. "), "Stopped all messages.");
        assert_eq!(item("换好评。"), "换好评。");
        assert_eq!(item("换好评。."), "换好评。");
        assert_eq!(item("is it allowed？"), "Is it allowed?");
        assert_eq!(item("He wrote \"stop.\""), "He wrote \"stop.\"");
        assert_eq!(item("eBay listings removed;"), "eBay listings removed.");
    }

    #[test]
    fn cells_have_no_stop() {
        assert_eq!(cell("every buyer message."), "Every buyer message");
    }

    #[test]
    fn a_role_inside_a_name_is_said_once() {
        assert_eq!(
            name_and_role("Dana Ruiz, Owner", "Owner"),
            ("Dana Ruiz, Owner".into(), String::new())
        );
        assert_eq!(
            name_and_role("Wei", "Customer service"),
            ("Wei".into(), "Customer service".into())
        );
        assert_eq!(
            name_and_role("owner", "Owner of the store"),
            (String::new(), "Owner of the store".into())
        );
    }
}
