//! The words of the page footer, in the document's language: "Page 2 of 3" in the letter,
//! "第 2 页，共 3 页" in its Chinese reading copy. The Chinese here is drawn by the reading
//! copy's CJK font (fonts/cjk-sources.txt lists this file).

use crate::lang::Lang;
use crate::render::typography::NO_BREAK_SPACE as NBSP;

/// The footer's words around its two numbers: before the page number, between it and the
/// page count, and after the count. The spaces do not break, so a footer stays on one line.
pub fn words(lang: Lang) -> [String; 3] {
    match lang {
        Lang::En => [
            format!("Page{NBSP}"),
            format!("{NBSP}of{NBSP}"),
            String::new(),
        ],
        Lang::Zh => [
            format!("第{NBSP}"),
            format!("{NBSP}页，共{NBSP}"),
            format!("{NBSP}页"),
        ],
    }
}

/// The footer of page `number` (from 1) of `count`.
pub fn page_of(number: usize, count: usize, lang: Lang) -> String {
    let [before, between, after] = words(lang);
    format!("{before}{number}{between}{count}{after}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_language_numbers_its_pages() {
        let plain = |text: String| text.replace(NBSP, " ");
        assert_eq!(plain(page_of(2, 3, Lang::En)), "Page 2 of 3");
        assert_eq!(plain(page_of(2, 3, Lang::Zh)), "第 2 页，共 3 页");
    }
}
