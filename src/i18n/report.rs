//! What commands report when they succeed: files written, scores and counts.

use std::fmt::Display;

use super::{Bilingual, messages, texts};

messages! {
    pub fn valid(case: impl Display) => "{case}: valid", "{case}：有效";
    pub fn wrote(path: impl Display) => "wrote {path}", "已写入 {path}";
    /// A file that already held the letter, left as it was.
    pub fn up_to_date(path: impl Display) => "up to date {path}", "无需更新 {path}";
    /// A reading copy was asked for with PDF, and the PDF font has no Chinese glyphs.
    pub fn reading_copy_without_pdf() =>
        "the reading copy has no PDF: the PDF font cannot draw its Chinese; pass --font with a TrueType font that has Chinese glyphs (e.g. Noto Sans CJK), or read the .docx or .md",
        "阅读本没有生成 PDF：PDF 字体无法显示中文；请用 --font 指定含中文字形的 TrueType 字体（如 Noto Sans CJK），或阅读 .docx 或 .md 文件";
    /// The length of one block of the appeal form's text (`--format txt`).
    pub fn form_block(heading: &str, chars: usize, limit: usize) =>
        "appeal form, {heading}: {chars} characters (limit {limit})",
        "申诉表「{heading}」：{chars} 个字符（上限 {limit}）";
    /// A block of the appeal form's text longer than `--form-limit`.
    pub fn form_block_too_long(heading: &str, chars: usize, limit: usize) =>
        "appeal form, {heading}: {chars} characters, over the limit of {limit}: shorten the answers in this block, or check the limit the form shows and pass it with --form-limit",
        "申诉表「{heading}」：{chars} 个字符，超过上限 {limit}：请精简这一块里的回答，或查看申诉表显示的字数上限并用 --form-limit 指定";
    /// The reading copy was asked for with the appeal form's text only.
    pub fn reading_copy_without_txt() =>
        "the reading copy has no appeal-form text (it is for pasting into Amazon's form, in English); add --format md or docx to get the reading copy",
        "阅读本不生成申诉表文本（申诉表文本用于粘贴到亚马逊的英文表单）；如需阅读本，请加上 --format md 或 docx";
    pub fn fill_in_then_validate(case: impl Display) =>
        "Replace every <...> with your own facts, then: poa validate {case}",
        "请把每个 <...> 换成您自己的事实，然后运行：poa validate {case}";
    /// The prefix of a warning line.
    pub fn warning() => "warning", "警告";
    pub fn copied_share(percent: f64, words: usize, limit: f64) =>
        "{percent:.1}% of {words} words are copied template text (limit {limit:.0}%)",
        "{words} 个单词中有 {percent:.1}% 是照抄的模板原文（上限 {limit:.0}%）";
    pub fn too_much() => "too much", "太多";
    pub fn ok() => "ok", "合格";
    /// Where a copied passage is and where it comes from.
    pub fn passage(section: impl Display, paragraph: usize, words: usize, source: impl Display) =>
        "{section} › paragraph {paragraph} — {words} words from {source}",
        "{section} › 第 {paragraph} 段 — {words} 个单词，来自 {source}";
    pub fn rewrite() =>
        "Rewrite the passages above in your own words, with your own facts.",
        "请用您自己的话、写您自己的事实，改写上面这些段落。";
    pub fn see_passages() =>
        "; run `poa check` on the draft to see them",
        "；对草稿运行 `poa check` 可查看每一段";
    pub fn lint_line(counts: &str, case: impl Display) =>
        "lint: {counts}; details: poa lint {case}",
        "审查：{counts}；详情：poa lint {case}";
    pub fn lint_clean(counts: &str) => "lint: {counts}", "审查：{counts}";
    pub fn render_detail(templates: &str, font: &str, ms: u128) =>
        "templates: {templates}; PDF font: {font}; {ms} ms",
        "模板：{templates}；PDF 字体：{font}；{ms} 毫秒";
    pub fn built_in() => "built-in", "内置";
    /// `poa render` got INT, TERM or HUP while it worked; its files were written whole.
    pub fn interrupted_after_set() =>
        "interrupted: the letter's files listed above are complete; nothing else was written",
        "已中断：上面列出的信函文件是完整的；没有写入其他文件";
    pub fn batch_totals(cases: usize, written: usize, up_to_date: usize, invalid: usize, failed: usize) =>
        "{cases} cases: {written} written, {up_to_date} up to date, {invalid} invalid, {failed} failed",
        "共 {cases} 个案例：已写入 {written}，无需更新 {up_to_date}，无效 {invalid}，失败 {failed}";
    pub fn batch_interrupted(not_started: usize) =>
        ", {not_started} not started (interrupted)",
        "，未开始 {not_started}（已中断）";
    pub fn drafts_alike(first: impl Display, second: impl Display, percent: f64) =>
        "{first} and {second} share {percent:.0}% of their own wording; rewrite one of them:",
        "{first} 与 {second} 有 {percent:.0}% 的自有措辞相同；请改写其中一份：";
    pub fn more_passages(more: usize) =>
        "  … and {more} more passages (--json lists all)",
        "  … 另有 {more} 段（--json 会列出全部）";
}

/// `poa render`'s originality line: "originality: 12.3% copied template text in 4 passages".
pub fn originality(percent: f64, passages: usize, limit: f64) -> Bilingual {
    let s = if passages == 1 { "" } else { "s" };
    Bilingual {
        en: format!(
            "originality: {percent:.1}% copied template text in {passages} passage{s} (limit {limit:.0}%)"
        ),
        zh: format!("原创性：{passages} 段共 {percent:.1}% 是照抄的模板原文（上限 {limit:.0}%）"),
    }
}

texts! {
    /// The words of `poa batch`'s summary.
    pub enum Batch {
        /// The progress bar's template (indicatif's placeholders stay as they are).
        Progress => "{bar:40} {pos}/{len} cases {elapsed_precise} {msg}",
            "{bar:40} {pos}/{len} 个案例 {elapsed_precise} {msg}";
        Case => "case", "案例";
        Status => "status", "状态";
        Copied => "copied", "照抄";
        Files => "files", "文件";
        Written => "written", "已写入";
        UpToDate => "up to date", "无需更新";
        Invalid => "invalid", "无效";
        Failed => "failed", "失败";
        NotStarted => "not started", "未开始";
        ErrorIn => "error in", "出错的案例";
        LintOf => "lint of", "审查案例";
        Alike => "alike:", "相似：";
    }
}
