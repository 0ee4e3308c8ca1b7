//! What `poa revise` tells the seller about Amazon's reply and the round that answers it.

use super::{messages, texts};

texts! {
    /// A fixed text of `poa revise`.
    pub enum Revise {
        PartRootCause => "Root cause", "根本原因";
        PartActions => "Actions taken", "已采取的行动";
        PartPrevention => "Preventive measures", "预防措施";
        PartEvidence => "Documents and evidence", "文件与证据";
        PartOther => "Other", "其他";
        Asks => "What Amazon asks for:", "亚马逊的要求：";
        Wrote => "Amazon wrote:", "亚马逊原文：";
        Asins => "ASINs named:", "提到的 ASIN：";
        Period => "Period:", "时间段：";
        Unknown => "Requests poa does not recognise (answer them yourself):",
            "poa 无法识别的要求（请您自行处理）：";
        NoRequest => "poa found no request in this reply; read it yourself before you write again.",
            "poa 没有在这封回复中找到任何要求；请在重新提交前亲自阅读回复。";
        NoSection => "No part of the case answers this; it needs your own judgement.",
            "案例中没有可以回答这一点的部分，需要您自己判断。";
        Unchanged => "Amazon asked about this, but nothing in it has changed:",
            "亚马逊对此提出了要求，但这一部分没有任何改动：";
        ChangeNow => "Change it now", "现在修改";
        Leave => "Leave it as it is, and say why", "保持不变，并说明原因";
        Reason => "Why does it stay as it is? (kept in the case file, never in the letter)",
            "为什么保持不变？（只记录在案例文件中，不会写进信里）";
        Paste => "Paste Amazon's reply, then type a line with only a dot (.) and press Enter:",
            "请粘贴亚马逊的回复，然后单独输入一行英文句点（.）并按回车：";
        Changes => "Changes since the letter Amazon answered:", "与亚马逊回复的那封信相比的改动：";
        NoChanges => "No changes.", "没有改动。";
        NeedsTerminal => "To answer these requests one by one, run the same command in a terminal.",
            "如需逐条回答这些要求，请在终端中运行同一命令。";
    }
}

messages! {
    /// How one section changed in a round.
    pub fn change_line(section: &str, added: usize, changed: usize, removed: usize) =>
        "{section}: {added} new, {changed} changed, {removed} removed",
        "{section}：新增 {added}，修改 {changed}，删除 {removed}";
    /// A requested part the seller kept, and why.
    pub fn reason_line(request: &str, reason: &str) =>
        "Left as it was ({request}): {reason}",
        "保持不变（{request}）：{reason}";
    /// A request rule names a section the case does not have.
    pub fn not_a_section(rule: &str, section: &str) =>
        "{rule}: \"{section}\" is not a section of the case",
        "{rule}：“{section}”不是案例中的部分";
    /// The sections a request rule may name.
    pub fn one_of(sections: &str) => "one of {sections}", "可选：{sections}";
    /// A reply past the size bound.
    pub fn too_long(megabytes: u64) =>
        "longer than {megabytes} MB; a reply from Seller Performance is a few KB: save the message itself",
        "超过 {megabytes} MB；亚马逊绩效团队的回复只有几 KB：请只保存邮件本身";
    /// The round just recorded.
    pub fn recorded(round: usize, path: &str) =>
        "Round {round} recorded in {path}",
        "第 {round} 轮已记录在 {path}";
}
