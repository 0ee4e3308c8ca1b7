//! What stops a command, in the reader's language.

use std::fmt::Display;
use std::io::ErrorKind;

use super::{Bilingual, messages};
use crate::error::{Error, megabytes};
use crate::lang::Lang;

messages! {
    /// After a command line clap refused: where its usage is explained.
    pub fn see_help(command: &str) => "Run {command} to see how to use it.", "请运行 {command} 查看用法。";
    pub fn unknown_argument(arg: &str) =>
        "the command line has an option poa does not know: {arg}",
        "命令行中有 poa 不认识的选项：{arg}";
    pub fn unknown_command(arg: &str) =>
        "{arg} is not a poa command", "{arg} 不是 poa 的命令";
    pub fn missing_argument(arg: &str) =>
        "the command line lacks a required argument: {arg}",
        "命令行缺少必需的参数：{arg}";
    pub fn missing_command() =>
        "the command line names no command (such as new, render or lint)",
        "命令行中没有命令（例如 new、render 或 lint）";
    pub fn invalid_value(arg: &str) =>
        "the value given to {arg} is not one poa accepts",
        "给 {arg} 的值不是 poa 接受的值";
    pub fn conflicting_arguments(arg: &str) =>
        "{arg} cannot be used together with another option given",
        "{arg} 不能与命令行中的另一个选项同时使用";
    pub fn wrong_number_of_values(arg: &str) =>
        "{arg} was given the wrong number of values",
        "{arg} 的值的个数不对";
    pub fn bad_command_line() =>
        "the command line cannot be read", "无法读取命令行";
    pub fn finished_case(path: impl Display) =>
        "{path} is a finished case; change it with: poa edit {path}",
        "{path} 是已完成的案例；要修改请运行：poa edit {path}";
    pub fn needs_terminal(command: &str) =>
        "poa {command} asks questions and needs a terminal; without one, write the case with `poa init CASE.toml`, fill it in, then run `poa render CASE.toml`",
        "poa {command} 会逐一提问，需要在终端中运行；没有终端时，请用 `poa init CASE.toml` 写出案例文件，填好后运行 `poa render CASE.toml`";
    pub fn no_such_variant(n: usize, count: usize) =>
        "--variant {n} does not exist; choose 1 to {count}",
        "没有第 {n} 种措辞（--variant {n}）；请选择 1 到 {count}";
    /// A glob pattern the glob crate refuses; its reason stays in its words.
    pub fn bad_pattern(pattern: &str, why: impl Display) =>
        "{pattern:?} is not a file pattern poa can read: {why}",
        "{pattern:?} 不是 poa 能读取的文件名模式：{why}";
    pub fn no_case_files(inputs: &str) =>
        "no case files (*.toml) in {inputs}", "{inputs} 中没有案例文件（*.toml）";
    /// Two cases of one batch whose letters would have the same file name.
    pub fn same_output_name(first: impl Display, second: impl Display, stem: &str) =>
        "{first} and {second} would both be written as {stem}.*; rename one of them",
        "{first} 和 {second} 都会写成 {stem}.*；请给其中一个改名";
    pub fn cannot_start_jobs(jobs: usize, why: impl Display) =>
        "cannot start {jobs} jobs: {why}", "无法启动 {jobs} 个并行任务：{why}";
    pub fn changes_need_terminal() =>
        "--changes writes what the interview changed, and the interview needs a terminal; without one, poa revise only reads the reply",
        "--changes 记录问答中改了什么，而问答需要终端；没有终端时，poa revise 只读取审核回复";
    pub fn revise_needs_reply() =>
        "poa revise without a terminal needs the reply: --reply FILE, or --reply - to read standard input",
        "没有终端时，poa revise 需要审核回复：--reply 文件，或 --reply - 从标准输入读取";
    /// A template whose real path (after symlinks) is outside the templates folder.
    pub fn template_outside(real: impl Display, dir: impl Display) =>
        "is a link to {real}, outside the templates folder {dir}; poa reads templates only from the folder itself",
        "指向模板文件夹 {dir} 之外的 {real}；poa 只读取该文件夹本身中的模板";
    /// A part of the letter that the template set does not provide.
    pub fn template_missing() =>
        "missing from the template set", "模板集中缺少此模板";
    /// A template error Tera reports at a line, in Tera's words.
    pub fn template_at_line(line: usize, detail: &str) =>
        "line {line}: {detail}", "第 {line} 行：{detail}";
    /// A template's output over the limit of one part.
    pub fn template_too_long(limit: &str) =>
        "writes more than {limit}, the most one part of a letter may hold",
        "输出超过 {limit}，这是信函一个部分的上限";
    /// A template still rendering at the time limit.
    pub fn template_too_slow(seconds: u64) =>
        "still running after {seconds} s, the most a template may take",
        "运行超过 {seconds} 秒，这是一个模板最多可用的时间";
    /// A template holding more memory than allowed.
    pub fn template_too_big(megabytes: isize) =>
        "holds more than {megabytes} MB of memory, the most a template may use",
        "占用内存超过 {megabytes} MB，这是一个模板最多可用的内存";
    /// Templates that write words outside the catalogue, refused for a reading copy.
    pub fn template_foreign_words(words: &str, lang: &str) =>
        "the templates write words that are not stock sentences ({words} …), so they have no {lang} counterpart; write them as say(id=\"…\") sentences of the catalogue, or render without --reading-copy",
        "模板中有不属于固定句库的文字（{words} …），因此没有 {lang} 对照；请把它们写成句库中的 say(id=\"…\") 句子，或不加 --reading-copy 生成";
    fn missing_glyph(field: &str, ch: char, code: u32) =>
        "{field}: the PDF font cannot draw {ch:?} (U+{code:04X}); pass --font with a font that has it",
        "{field}：PDF 字体无法显示 {ch:?}（U+{code:04X}）；请用 --font 指定包含该字符的字体";
    fn cannot_read(path: impl Display, why: impl Display) =>
        "cannot read {path}: {why}", "无法读取 {path}：{why}";
    fn exists(path: impl Display) =>
        "{path} already exists; pass --force to overwrite it",
        "{path} 已存在；要覆盖请加 --force";
    fn is_folder(path: impl Display) =>
        "{path} is a folder, where poa would write a file; rename the folder or choose another --out",
        "{path} 是一个文件夹，而 poa 要在这里写入文件；请重命名该文件夹，或用 --out 选择其他位置";
    fn not_a_folder(path: impl Display) =>
        "{path} is a file, where poa needs a folder for its output; choose another --out",
        "{path} 是一个文件，而 poa 需要在这里放输出文件夹；请用 --out 选择其他位置";
    fn symlink(path: impl Display) =>
        "{path} is a symbolic link; poa never writes through one: remove it, or pass --force to replace the link itself with the file (what it points to is left as it is)",
        "{path} 是一个符号链接；poa 从不通过链接写入：请删除它，或加 --force 用新文件替换链接本身（链接指向的文件保持不变）";
    fn edited(path: impl Display) =>
        "{path} was changed after poa wrote it; poa keeps your changes: pass --force to overwrite it",
        "{path} 在 poa 写入后被修改过；poa 保留您的修改：要覆盖请加 --force";
    fn cannot_write(path: impl Display, why: impl Display) =>
        "cannot write {path}: {why}", "无法写入 {path}：{why}";
    fn cannot_write_stdout(why: impl Display) =>
        "cannot write to standard output: {why}", "无法写入标准输出：{why}";
    fn terminal_failed(why: impl Display) =>
        "the interview cannot use the terminal: {why}", "问答无法使用终端：{why}";
    fn lint_refused(file: impl Display, list: &str) =>
        "{file}: no letter written: lint found errors in the case (--allow-lint-errors writes it anyway)\n{list}",
        "{file}：未生成信函：检查发现案例中有错误（加 --allow-lint-errors 仍可生成）\n{list}";
    fn too_large(path: impl Display, limit: &str) =>
        "{path} is larger than poa reads ({limit}); is it the right file?",
        "{path} 超过 poa 读取的上限（{limit}）；是不是选错了文件？";
    fn not_found() => "No such file or directory", "文件或文件夹不存在";
    fn permission_denied() => "Permission denied", "没有权限";
    fn disk_full() => "No space left on device", "磁盘空间已满";
    fn in_use() =>
        "another program has the file open (Word, a PDF viewer?); close it there and run poa again",
        "另一个程序（Word、PDF 阅读器？）正打开着这个文件；请先在那里关闭它，再重新运行 poa";
    fn access_denied() =>
        "access denied: another program (Word, a PDF viewer?) may have the file open, or the folder is read-only",
        "拒绝访问：可能另一个程序（Word、PDF 阅读器？）正打开着这个文件，或者文件夹是只读的";
}

/// A template's problem, naming the template.
fn template(template: &str, message: &Bilingual) -> Bilingual {
    Bilingual {
        en: format!("template {template}: {}", message.en),
        zh: format!("模板 {template}：{}", message.zh),
    }
}

/// A template set whose letter leaves out `answer`, one of the seller's answers of the
/// letter's `part` (`root_cause`, `actions` or `measures`).
pub fn template_drops(part: &str, answer: &str) -> Bilingual {
    let (en, zh) = match part {
        "root_cause" => ("root cause", "根本原因"),
        "actions" => ("completed action", "已完成的措施"),
        _ => ("preventive measure", "预防措施"),
    };
    Bilingual {
        en: format!(
            "the letter it writes leaves out the {en} {answer:?}; every root cause, action and measure of the case must be in the letter"
        ),
        zh: format!(
            "生成的信函漏掉了{zh} {answer:?}；案例中的每个根本原因、已完成的措施和预防措施都必须写进信函"
        ),
    }
}

/// An error as the command that met it reports it.
pub fn describe(error: &Error, lang: Lang) -> String {
    let message = match error {
        Error::Usage(message) | Error::Refused(message) => message.clone(),
        Error::Lint { file, findings } => {
            let list = crate::findings::in_full(findings, lang);
            lint_refused(file.display(), &list)
        }
        Error::Invalid(diagnostics) => {
            return diagnostics
                .iter()
                .map(|d| d.show(lang))
                .collect::<Vec<_>>()
                .join("\n");
        }
        Error::Template {
            template: name,
            message,
        } => template(name, message),
        Error::MissingGlyph { ch, field } => missing_glyph(field, *ch, *ch as u32),
        Error::Read { path, source } => cannot_read(path.display(), io(source, lang)),
        Error::TooLarge { path, limit } => too_large(path.display(), &megabytes(*limit)),
        Error::Exists { path } => exists(path.display()),
        Error::IsFolder { path } => is_folder(path.display()),
        Error::NotAFolder { path } => not_a_folder(path.display()),
        Error::Symlink { path } => symlink(path.display()),
        Error::Edited { path } => edited(path.display()),
        Error::Write { path, source } => cannot_write(path.display(), io(source, lang)),
        Error::Stdout(source) => cannot_write_stdout(io(source, lang)),
        Error::Terminal(source) => terminal_failed(io(source, lang)),
    };
    message.get(lang).to_string()
}

/// The operating system's reason, in Chinese for the common ones; on Windows, a file that
/// another program holds is named as such in both languages.
fn io(error: &std::io::Error, lang: Lang) -> String {
    if let Some(reason) = cfg!(windows).then(|| windows_reason(error)).flatten() {
        return reason.get(lang).to_string();
    }
    let known = match error.kind() {
        ErrorKind::NotFound => Some(not_found()),
        ErrorKind::PermissionDenied => Some(permission_denied()),
        ErrorKind::StorageFull => Some(disk_full()),
        _ => None,
    };
    match (lang, known) {
        (Lang::Zh, Some(known)) => known.zh,
        _ => error.to_string(),
    }
}

/// Windows keeps others from reading or replacing a file a program holds open, as Word holds
/// the DOCX it shows: ERROR_SHARING_VIOLATION (32) or ERROR_LOCK_VIOLATION (33), which std
/// shows as a bare "os error 32", or, when poa replaces the file, ERROR_ACCESS_DENIED (5),
/// which a read-only folder gives too. The numbers mean other things elsewhere (32 is EPIPE
/// on Linux), so only a Windows build asks.
fn windows_reason(error: &std::io::Error) -> Option<Bilingual> {
    match error.raw_os_error()? {
        32 | 33 => Some(in_use()),
        5 => Some(access_denied()),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_held_by_another_windows_program_is_named_as_such() {
        let held = std::io::Error::from_raw_os_error(32);
        let reason = windows_reason(&held).expect("32 is a sharing violation on Windows");
        assert!(reason.en.contains("another program has the file open"));
        assert!(reason.zh.contains("另一个程序"));
        let write = Error::Write {
            path: "letter.docx".into(),
            source: held,
        };
        assert_eq!(write.exit_code(), crate::error::exit::CANT_CREATE);
        assert!(windows_reason(&std::io::Error::from_raw_os_error(5)).is_some());
        assert!(windows_reason(&std::io::Error::from_raw_os_error(2)).is_none());
        if !cfg!(windows) {
            // On Linux 32 is a closed pipe: its own words, not Word's.
            assert!(!describe(&write, Lang::En).contains("another program"));
        }
    }

    #[test]
    fn english_errors_read_as_their_display() {
        let error = Error::Exists {
            path: "letter.pdf".into(),
        };
        assert_eq!(describe(&error, Lang::En), error.to_string());
        assert_eq!(
            describe(&error, Lang::Zh),
            "letter.pdf 已存在；要覆盖请加 --force"
        );
    }

    #[test]
    fn a_failing_terminal_is_named_in_the_sellers_language() {
        let error = Error::Terminal(std::io::Error::from(std::io::ErrorKind::BrokenPipe));
        let chinese = describe(&error, Lang::Zh);
        assert!(chinese.starts_with("问答无法使用终端："), "{chinese}");
        assert!(!chinese.contains("terminal"), "{chinese}");
        assert_eq!(error.exit_code(), crate::error::exit::USAGE);
    }
}
