//! What the checks say: rule files, drafts, lint, the originality report.

use super::{Bilingual, messages};

/// How many errors and warnings a check found: "1 error, 2 warnings".
pub fn counts(errors: usize, warnings: usize) -> Bilingual {
    let plural = |n: usize, word: &str| format!("{n} {word}{}", if n == 1 { "" } else { "s" });
    Bilingual {
        en: format!(
            "{}, {}",
            plural(errors, "error"),
            plural(warnings, "warning")
        ),
        zh: format!("{errors} 个错误，{warnings} 个警告"),
    }
}

/// Actions written without a date: the check's why, how many, and where.
pub fn undated(why: &str, why_zh: &str, count: usize, places: &str) -> Bilingual {
    let s = if count == 1 { "" } else { "s" };
    Bilingual {
        en: format!("{why}: {count} action{s} without a date ({places})"),
        zh: format!("{why_zh}：{count} 项措施没有日期（{places}）"),
    }
}

/// A part of the letter that is missing, and how to add it.
pub fn part_missing(name: &str, fix: &str, name_zh: &str, fix_zh: &str) -> Bilingual {
    Bilingual {
        en: format!("no \"{name}\" part: {fix}"),
        zh: format!("缺少“{name_zh}”部分：{fix_zh}"),
    }
}

messages! {
    pub fn error() => "error", "错误";
    pub fn warning() => "warning", "警告";
    pub fn vague_cause() =>
        "names no gap: say what failed (a person, a process, a tool) and why it could",
        "没有写出漏洞所在：请写明是什么出了问题（人、流程或工具），以及为什么会出问题";
    pub fn restated_fact(fact: &str) =>
        "tells {fact} again: the timeline and the orders table already give dates and orders; say here what failed and why it could",
        "再次讲述了 {fact}：时间线和订单表已经给出日期和订单；这里请写明是什么出了问题、为什么会出问题";
    pub fn ambiguous_date(date: &str) =>
        "{date} could be read day-first or month-first; write it as 2026-03-04, March 4, 2026 or 4 March 2026",
        "{date} 既可读作日/月也可读作月/日；请写成 2026-03-04、March 4, 2026 或 4 March 2026";
    pub fn order_missing(id: &str) =>
        "order {id} does not appear in the letter", "订单 {id} 没有出现在信函中";
    pub fn vague_owner() =>
        "name the person or role who owns this measure", "请写明负责这项措施的人或职位";
    pub fn vague_frequency() =>
        "say how often it runs, or on what trigger", "请写明多久执行一次，或由什么触发";
    pub fn evidence_missing(asin: &str) =>
        "no evidence is listed for {asin}, which the warning names",
        "警告通知提到了 {asin}，但没有列出它的证据";
    pub fn length(words: usize, least: usize, most: usize) =>
        "{words} words; a reviewer reads {least} to {most} words in a few minutes",
        "共 {words} 个单词；审核人员几分钟内读的是 {least} 到 {most} 个单词";
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
    pub fn too_many_entries(count: usize, limit: usize) =>
        "not a readable DOCX: it holds {count} entries, more than the {limit} entries poa reads",
        "无法读取的 DOCX：它有 {count} 个条目，超过 poa 读取的上限 {limit} 个";
    pub fn no_readable_text() =>
        "the draft holds no readable text",
        "草稿中没有可读的文字";
    pub fn save_as_docx() =>
        "save the file from Word or LibreOffice as .docx",
        "请用 Word 或 LibreOffice 把文件另存为 .docx";
}
