//! What stops a command, in the reader's language.

use std::fmt::Display;
use std::io::ErrorKind;

use super::{Bilingual, messages};
use crate::error::{Error, megabytes};
use crate::lang::Lang;

messages! {
    fn template(template: &str, message: &str) =>
        "template {template}: {message}", "模板 {template}：{message}";
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
    fn lint_refused(file: impl Display, list: &str) =>
        "{file}: no letter written: lint found errors in the case (--allow-lint-errors writes it anyway)\n{list}",
        "{file}：未生成信函：检查发现案例中有错误（加 --allow-lint-errors 仍可生成）\n{list}";
    fn too_large(path: impl Display, limit: &str) =>
        "{path} is larger than poa reads ({limit}); is it the right file?",
        "{path} 超过 poa 读取的上限（{limit}）；是不是选错了文件？";
    fn not_found() => "No such file or directory", "文件或文件夹不存在";
    fn permission_denied() => "Permission denied", "没有权限";
    fn disk_full() => "No space left on device", "磁盘空间已满";
}

/// An error as the command that met it reports it.
pub fn describe(error: &Error, lang: Lang) -> String {
    let message = match error {
        Error::Usage(message) => Bilingual::same(message.clone()),
        Error::Refused(message) => message.clone(),
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
    };
    message.get(lang).to_string()
}

/// The operating system's reason, in Chinese for the common ones.
fn io(error: &std::io::Error, lang: Lang) -> String {
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

#[cfg(test)]
mod tests {
    use super::*;

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
}
