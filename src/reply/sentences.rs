//! A reply's text as sentences: a bullet or a blank line starts a new one, lines wrapped by a
//! mail client are joined, and `.`, `!`, `?` (before a space) and `。！？` end one.

/// Markers that start a list item in replies as sent and as saved.
const BULLETS: &[&str] = &["--", "•", "·", "- ", "* ", "> "];

/// The sentences of `text`, in order, trimmed and without list markers.
pub fn sentences(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    for paragraph in paragraphs(text) {
        split_sentences(&paragraph, &mut out);
    }
    out
}

/// Lines joined into paragraphs; a blank line or a list item starts the next.
fn paragraphs(text: &str) -> Vec<String> {
    let mut paragraphs = Vec::new();
    let mut current = String::new();
    for line in text.lines() {
        let line = line.trim();
        let (item, rest) = strip_bullet(line);
        if line.is_empty() || item {
            if !current.is_empty() {
                paragraphs.push(std::mem::take(&mut current));
            }
            if line.is_empty() {
                continue;
            }
        }
        if !current.is_empty() {
            current.push(' ');
        }
        current.push_str(rest);
    }
    if !current.is_empty() {
        paragraphs.push(current);
    }
    paragraphs
}

/// Whether the line is a list item, and the line without its marker.
fn strip_bullet(line: &str) -> (bool, &str) {
    for bullet in BULLETS {
        if let Some(rest) = line.strip_prefix(bullet) {
            return (true, rest.trim_start());
        }
    }
    // "1." or "2)" numbering
    let digits = line.chars().take_while(char::is_ascii_digit).count();
    if (1..=2).contains(&digits)
        && let Some(rest) = line[digits..]
            .strip_prefix('.')
            .or_else(|| line[digits..].strip_prefix(')'))
        && rest.starts_with(' ')
    {
        return (true, rest.trim_start());
    }
    (false, line)
}

fn split_sentences(paragraph: &str, out: &mut Vec<String>) {
    let mut start = 0;
    let mut chars = paragraph.char_indices().peekable();
    while let Some((i, ch)) = chars.next() {
        let end = i + ch.len_utf8();
        let ends = match ch {
            '。' | '！' | '？' => true,
            '.' | '!' | '?' => chars.peek().is_none_or(|(_, next)| next.is_whitespace()),
            _ => false,
        };
        if ends {
            push(&paragraph[start..end], out);
            start = end;
        }
    }
    push(&paragraph[start..], out);
}

fn push(sentence: &str, out: &mut Vec<String>) {
    let sentence = sentence.trim();
    if !sentence.is_empty() {
        out.push(sentence.to_string());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bullets_wrapped_lines_and_both_scripts_split() {
        let text = "We need more.\nPlease send the\nfollowing:\n-- invoices\n• messages for order 1.5\n\n请提供文件。另外请说明原因！ASIN B0C7KXR2M1?";
        assert_eq!(
            sentences(text),
            [
                "We need more.",
                "Please send the following:",
                "invoices",
                "messages for order 1.5",
                "请提供文件。",
                "另外请说明原因！",
                "ASIN B0C7KXR2M1?",
            ]
        );
    }

    #[test]
    fn numbered_items_start_sentences() {
        assert_eq!(
            sentences("Missing:\n1. the cause\n2) the dates"),
            ["Missing:", "the cause", "the dates"]
        );
    }
}
