//! What commands report when they succeed: files written, scores and counts.

use std::fmt::Display;

use super::messages;

messages! {
    pub fn valid(case: impl Display) => "{case}: valid", "{case}：有效";
    pub fn wrote(path: impl Display) => "wrote {path}", "已写入 {path}";
    /// The prefix of a warning line.
    pub fn warning() => "warning", "警告";
}
