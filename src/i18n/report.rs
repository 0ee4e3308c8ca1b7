//! What commands report when they succeed: files written, scores and counts.

use std::fmt::Display;

use super::messages;

messages! {
    pub fn valid(case: impl Display) => "{case}: valid", "{case}：有效";
    pub fn wrote(path: impl Display) => "wrote {path}", "已写入 {path}";
    /// A reading copy was asked for with PDF, and the PDF font has no Chinese glyphs.
    pub fn reading_copy_without_pdf() =>
        "the reading copy has no PDF: the PDF font cannot draw its Chinese; pass --font with a TrueType font that has Chinese glyphs (e.g. Noto Sans CJK), or read the .docx or .md",
        "阅读本没有生成 PDF：PDF 字体无法显示中文；请用 --font 指定含中文字形的 TrueType 字体（如 Noto Sans CJK），或阅读 .docx 或 .md 文件";
    /// The prefix of a warning line.
    pub fn warning() => "warning", "警告";
}
