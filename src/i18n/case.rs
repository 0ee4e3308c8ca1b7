//! What validation says about a case file: each problem, and what would be valid.

use std::fmt::Display;

use super::{Bilingual, messages};

/// The same item entered twice; `item` names it, `first` is where it was first.
pub fn listed_twice(item: &Bilingual, first: &str) -> Bilingual {
    let (en, zh) = (&item.en, &item.zh);
    Bilingual {
        en: format!("{en} is listed twice (first at {first})"),
        zh: format!("{zh} 重复出现（第一次在 {first}）"),
    }
}

messages! {
    /// A required answer left empty.
    pub fn empty() => "this cannot be empty", "此项不能为空";
    /// A date after today.
    pub fn in_the_future(date: impl Display, today: impl Display) =>
        "{date} is in the future (today is {today})",
        "{date} 是未来的日期（今天是 {today}）";
    pub fn not_an_email(text: &str) =>
        "{text:?} is not an email address; expected name@example.com",
        "{text:?} 不是有效的邮箱地址；格式如 name@example.com";
    pub fn not_a_rating(stars: impl Display) =>
        "{stars} is not a star rating; expected 1 to 5",
        "{stars} 不是星级；星级须为 1 到 5";
    pub fn not_an_order_id(text: &str) =>
        "{text:?} is not an order id; expected 3-7-7 digits like 112-1234567-1234567",
        "{text:?} 不是订单号；订单号为 3-7-7 位数字，如 112-1234567-1234567";
    pub fn not_an_asin(text: &str) =>
        "{text:?} is not an ASIN; expected 10 capital letters or digits like B08XYZ1234",
        "{text:?} 不是 ASIN；ASIN 为 10 位大写字母或数字，如 B08XYZ1234";
    pub fn not_a_review_id(text: &str) =>
        "{text:?} is not a review id; expected R and 12 to 14 capital letters or digits like R1A2B3C4D5E6F7",
        "{text:?} 不是评论编号；评论编号为 R 加 12–14 位大写字母或数字，如 R1A2B3C4D5E6F7";
    /// A date whose day and month could be swapped.
    pub fn ambiguous_date(text: &str) =>
        "{text:?} could be read day-first or month-first; write it as 2026-03-02 or 2 March 2026",
        "{text:?} 既可读作日/月也可读作月/日；请写成 2026-03-02 或 2026年3月2日";
    /// A typed date with both readings, so the seller can pick the one meant.
    pub fn ambiguous_typed_date(text: &str, day_first: impl Display, month_first: impl Display) =>
        "{text:?} could be read day-first or month-first; write the one you mean: {day_first} or {month_first}",
        "{text:?} 既可读作日/月也可读作月/日；请写成您指的那一天：{day_first} 或 {month_first}";
    pub fn not_a_date(text: &str) =>
        "{text:?} is not a date poa can read; write it as 2026-03-02 or 2 March 2026",
        "无法识别日期 {text:?}；请写成 2026-03-02 或 2026年3月2日";

    pub fn notice_missing() => "the notice is missing", "缺少通知内容";
    pub fn give_quote_or_summary() =>
        "give `quote` (the notice's exact words) or `summary` (your own summary of it)",
        "请填写 `quote`（通知原文）或 `summary`（您自己的概述）";
    pub fn acceptance_without_detail() =>
        "`in-part` and `no` need `acceptance_detail`: which part you accept, or why not",
        "`in-part` 和 `no` 需要填写 `acceptance_detail`：接受哪一部分，或为什么不接受";
    pub fn add_acceptance_detail() =>
        "add `acceptance_detail` in your own words, or remove `acceptance`",
        "请用您自己的话填写 `acceptance_detail`，或删除 `acceptance`";
    pub fn unfinished() => "this case is unfinished", "此案例尚未完成";
    pub fn no_root_cause() =>
        "the case has no root cause; poa does not write a letter without one",
        "案例中没有根本原因；没有根本原因，poa 不会生成信函";
    pub fn no_completed_action() =>
        "the case has no completed action; poa does not write a letter without one",
        "案例中没有已完成的措施；没有已完成的措施，poa 不会生成信函";
    pub fn finish_it() =>
        "finish it with `poa new FILE`, then render it",
        "请先用 `poa new 文件` 完成，再生成信函";
    pub fn order_after_warning(date: impl Display, received: impl Display) =>
        "{date} is after the warning ({received})",
        "{date} 晚于收到警告的日期（{received}）";
    pub fn correct_order_date() =>
        "correct the date: the warning can only concern earlier orders",
        "请更正日期：警告只可能涉及更早的订单";
    pub fn order_before_timeline(date: impl Display, first: impl Display) =>
        "{date} is before the first timeline event ({first})",
        "{date} 早于时间线上的第一个事件（{first}）";
    pub fn check_order_date() =>
        "check the date, or add the timeline event that covers this order",
        "请核对日期，或在时间线中补上涉及此订单的事件";
    pub fn asin_not_in_warning(asin: &str) =>
        "{asin} is not among the ASINs the warning names",
        "{asin} 不在警告通知列出的 ASIN 之中";
    pub fn check_asin() =>
        "check the ASIN, or add it to warning.asins if the notice names it",
        "请核对 ASIN；如果通知中提到了它，请把它加入 warning.asins";
    pub fn missing() =>
        "is missing; poa does not write a letter without it",
        "缺少此项；没有它 poa 不会生成信函";
    pub fn add_root_cause() =>
        "add the root cause, in your own words: who did what, when, and why it was possible",
        "请用自己的话写出根本原因：谁、何时、做了什么，以及为什么会发生";
    pub fn add_action() =>
        "add at least one completed action with its date",
        "请至少添加一项已完成的措施及其日期";
    pub fn add_measure() =>
        "add at least one preventive measure with owner, frequency and start date",
        "请至少添加一项预防措施，写明负责人、频率和开始日期";
    pub fn remove_one() =>
        "remove one of them, or correct the id",
        "请删除其中一个，或更正编号";
    pub fn order_item(id: &str, asin: &str) =>
        "order {id} for ASIN {asin}",
        "ASIN {asin} 的订单 {id}";
    pub fn review_item(id: &str) => "review {id}", "评论 {id}";
    pub fn placeholder(text: &str) => "{text} is a placeholder", "{text} 是占位文字";
    pub fn fill_in() => "fill in your own answer", "请填写您自己的回答";
    pub fn unshowable_character(code: u32, position: usize) =>
        "character {position} is U+{code:04X}, a control or text-direction character that no document reader shows as typed",
        "第 {position} 个字符是 U+{code:04X}，这是文档阅读器无法按原样显示的控制字符或文字方向字符";
    pub fn invisible_character(code: u32, position: usize) =>
        "character {position} is U+{code:04X}, which shows as nothing",
        "第 {position} 个字符是 U+{code:04X}，显示出来什么也看不见";
    pub fn retype() =>
        "delete it and type the text again; such characters come with text pasted from web pages and chats",
        "请删除它并重新输入这段文字；这类字符常随从网页或聊天软件粘贴的文字而来";
    pub fn invisible_in_name() =>
        "delete it: in a name or an id it makes two that look the same differ",
        "请删除它：在名称或编号中，它会让看起来相同的两个值不一致";

    pub fn not_utf8() => "the file is not UTF-8 text", "文件不是 UTF-8 文本";
    pub fn save_as_utf8() =>
        "save the case file as UTF-8 (in most editors: Save As → Encoding → UTF-8)",
        "请把案例文件保存为 UTF-8（多数编辑器中：另存为 → 编码 → UTF-8）";
    /// A TOML error, in the words of the TOML reader.

    pub fn belongs_at_top(key: &str) =>
        "`{key}` belongs at the top of the file, before the first [table] header; after a header TOML reads it as part of that table",
        "`{key}` 应写在文件开头、第一个 [表] 标题之前；写在标题之后，TOML 会把它当作该表的一部分";
    pub fn did_you_mean(key: &str) => "did you mean `{key}`?", "您是不是想写 `{key}`？";
    pub fn valid_keys(keys: &str) => "valid keys here: {keys}", "这里可用的键：{keys}";
    pub fn fix_by_hand() =>
        "fix the file by hand, or start again with a new file name",
        "请手动修改文件，或换一个文件名重新开始";
}

/// What serde says about a value of the wrong shape, in the seller's words: `field` is the
/// path of the value (`reviews[0].rating`), `detail` serde's message.
pub fn structure(field: &str, detail: &str) -> Bilingual {
    let key = field.rsplit('.').next().unwrap_or(field);
    let key = key.split('[').next().unwrap_or(key);
    let expected = detail
        .rsplit_once(", expected ")
        .map(|(_, e)| e)
        .unwrap_or("");
    let found = detail
        .strip_prefix("invalid type: ")
        .or_else(|| detail.strip_prefix("invalid value: "))
        .and_then(|rest| rest.rsplit_once(", expected "))
        .map(|(found, _)| {
            // serde writes `string "five"` or ``integer `7` ``: the value alone is enough.
            let value = found.split_once(' ').map_or(found, |(_, value)| value);
            super::excerpt_lines(value.trim_matches('`'))
        });
    let not = |en: String, zh: String| match &found {
        Some(found) => Bilingual {
            en: format!("{en}, not {found}"),
            zh: format!("{zh}，而不是 {found}"),
        },
        None => Bilingual { en, zh },
    };
    if let Some(missing) = detail.strip_prefix("missing field `") {
        let missing = missing.split('`').next().unwrap_or(missing);
        return Bilingual {
            en: format!("`{missing}` is missing; it is required here"),
            zh: format!("缺少 `{missing}`；这里必须填写"),
        };
    }
    if detail.starts_with("unknown field") {
        let unknown = detail.split('`').nth(1).unwrap_or("");
        return Bilingual {
            en: format!(
                "`{}` is not a key poa knows here",
                super::excerpt_lines(unknown)
            ),
            zh: format!("这里没有 `{}` 这个键", super::excerpt_lines(unknown)),
        };
    }
    let choices = choices(detail);
    if !choices.is_empty() {
        let list = choices.join(", ");
        let given = detail.split('`').nth(1).map(super::excerpt_lines);
        let given = given.map(|g| format!("\"{g}\"")).unwrap_or_default();
        return Bilingual {
            en: format!("{key} must be one of {list}, not {given}"),
            zh: format!("{key} 只能是 {list} 之一，而不是 {given}"),
        };
    }
    if key == "rating" {
        return not(
            "rating must be a whole number from 1 to 5".into(),
            "星级必须是 1 到 5 的整数".into(),
        );
    }
    if detail.contains("a date like") || detail.contains("untagged enum Raw") {
        return Bilingual {
            en: format!("{key} must be a date like 2026-03-02"),
            zh: format!("{key} 必须是日期，如 2026-03-02"),
        };
    }
    let (en, zh) = match expected {
        e if e.starts_with('u') || e.starts_with('i') || e.contains("integer") => {
            ("a whole number", "整数")
        }
        "a string" => ("text in quotes, like \"…\"", "带引号的文字，如 \"…\""),
        "a sequence" => (
            "a list in square brackets, like [\"…\", \"…\"]",
            "方括号中的列表，如 [\"…\", \"…\"]",
        ),
        "a boolean" => ("true or false", "true 或 false"),
        e if e.starts_with("struct") || e.contains("map") || e.contains("table") => (
            "a table of keys ([section] or { key = … })",
            "由键组成的表（[表名] 或 { 键 = … }）",
        ),
        _ => {
            return Bilingual {
                en: super::excerpt_lines(detail),
                zh: format!("此值无效（原文：\"{}\"）", super::excerpt_lines(detail)),
            };
        }
    };
    not(format!("{key} must be {en}"), format!("{key} 必须是{zh}"))
}

/// The choices serde lists in "unknown variant `x`, expected one of `a`, `b`" (or "expected
/// `a` or `b`").
pub fn choices(detail: &str) -> Vec<String> {
    let Some(("unknown variant", rest)) = detail.split_once(" `") else {
        return Vec::new();
    };
    rest.split_once(", expected ")
        .map(|(_, expected)| {
            expected
                .split('`')
                .skip(1)
                .step_by(2)
                .map(String::from)
                .collect()
        })
        .unwrap_or_default()
}

/// A TOML syntax error: the parser's words in English; in Chinese what is wrong, with the
/// parser's words kept on a line of their own.
pub fn syntax(message: &str) -> Bilingual {
    let hint = [
        ("duplicate key", "同一个键写了两次"),
        ("duplicate table", "同一个 [表] 写了两次"),
        ("unclosed", "括号或引号没有闭合"),
        (
            "string",
            "文字的引号写法有误（文字须写在英文双引号 \"…\" 中）",
        ),
        ("expected `=`", "键后面缺少 = 和值"),
        ("key", "键的写法有误（键只能用英文字母、数字、- 和 _）"),
        ("newline", "一行只能写一个 键 = 值"),
        ("date", "日期写法有误（如 2026-03-02）"),
        ("number", "数字写法有误"),
        ("table", "[表] 标题写法有误"),
    ]
    .iter()
    .find(|(en, _)| message.contains(en))
    .map_or("文件不是有效的 TOML", |(_, zh)| zh);
    Bilingual {
        en: message.to_string(),
        zh: format!("TOML 格式错误：{hint}\n  解析器原文：\"{message}\""),
    }
}
