//! What the checks say: rule files, drafts, lint, the originality report.

use super::messages;

messages! {
    pub fn bad_pattern(rule: &str, syntax: &str, hint: &str) =>
        "rule {rule}: not a valid pattern: {syntax}{hint}",
        "规则 {rule}：不是有效的正则表达式：{syntax}{hint}";
    pub fn rule_failed(rule: &str, why: &str) => "rule {rule}: {why}", "规则 {rule}：{why}";
    pub fn no_patterns(rule: &str) =>
        "rule {rule} has no patterns; give at least one",
        "规则 {rule} 没有任何 patterns；请至少写一个";
    pub fn bad_data_pattern(syntax: &str, hint: &str) =>
        "not a valid pattern: {syntax}{hint}",
        "不是有效的正则表达式：{syntax}{hint}";
    pub fn unreadable_folder() => "a folder that cannot be read", "无法读取的文件夹";
    pub fn not_a_reference() =>
        "not a .txt, .md, .docx or .pdf file",
        "不是 .txt、.md、.docx 或 .pdf 文件";
    pub fn no_pdftotext() =>
        "a PDF, and pdftotext (poppler-utils) is not installed",
        "这是 PDF 文件，但没有安装 pdftotext（poppler-utils）";
    pub fn unreadable_pdf(why: &str) => "not a readable PDF: {why}", "无法读取的 PDF：{why}";
    pub fn skipped_reference(path: &str, why: &str) =>
        "skipped {path}: {why}",
        "已跳过 {path}：{why}";
    pub fn also_in(sources: &str) => " (also in {sources})", "（也见于 {sources}）";
    pub fn unreadable_docx(why: &str) => "not a readable DOCX: {why}", "无法读取的 DOCX：{why}";
    pub fn save_as_docx() =>
        "save the file from Word or LibreOffice as .docx",
        "请用 Word 或 LibreOffice 把文件另存为 .docx";
}
