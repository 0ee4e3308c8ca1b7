//! The interview as a Chinese-speaking seller types it: full-width punctuation, pasted
//! notices, 是/否, Chinese dates, "返回", answers checked against each other at once, Esc
//! and Ctrl-C in `poa edit`.

use crate::wizard::{CTRL_C, DOWN, ESC, Wizard, example_copy, saved, text};

#[test]
fn a_chinese_seller_types_as_usual_and_is_understood() {
    let dir = tempfile::tempdir().unwrap();
    let case = dir.path().join("case.toml");
    let mut w = Wizard::start(&["new", "--lang", "zh"], &case);
    w.answer("店铺名称", "Lumenfold Outdoor")
        .answer("卖家编号", "")
        .answer("站点", "")
        .answer("署名人的姓名", "Chen Jing")
        .answer("署名人职位", "Director")
        .answer("邮箱", "jing@example.com")
        .answer("电话", "")
        .answer("信函的人称", "")
        // A date as typed on a Chinese keyboard, spaces, 号 and a closing 。 included.
        .answer("收到通知的日期", "2026 年 5 月 14 号。")
        .expect("May 14, 2026 (2026-05-14)")
        // Back to the date, which comes back as it was saved; Enter keeps it.
        .answer("通知编号", "返回")
        .expect("收到通知的日期")
        .answer("2026-05-14", "")
        .answer("通知编号", "")
        // A two-line notice pasted at once fills this answer only.
        .paste(
            "通知原文",
            "Your packaging offers an incentive\rfor a positive review.",
        )
        .expect("→ Your packaging offers an incentive for a positive review.")
        .answer("您对通知的概述", "")
        .answer("是否接受", "")
        .answer("接受哪一部分", "")
        .answer("添加通知中提到的 ASIN", "是")
        .answer("ASIN（10", "B0C7KXR2M1")
        .answer("再添加一条", "否")
        .answer("添加一位相关人员", "不")
        .answer("添加一个带日期的事件", "不")
        .answer("添加一个涉及的订单", "对")
        .answer("订单号", "113-4829105-7731046")
        .answer("订单的 ASIN", "B0C7KXR2M1")
        // An order after the warning is refused on the spot, the answer left to correct.
        .answer("下单日期", "2026年6月1日")
        .expect("晚于收到警告的日期（2026-05-14）")
        .retype("下单日期", "2026年5月2日")
        .answer(
            "发给买家的内容",
            "A card offering a gift card for a 5-star review",
        )
        .answer("结果如何", "Two buyers left 5-star reviews")
        .answer("再添加一条", "否")
        .answer("添加一条涉及的评论", "否")
        .answer("添加一个要附上的文件", "否")
        .answer("添加一项查阅或搜索", "否")
        .answer(
            "一个根本原因",
            "Tom Hughes approved the insert card，and nobody checked its wording",
        )
        .expect("→ Tom Hughes approved the insert card, and nobody checked its wording")
        .answer("再添加一条", "否")
        .answer("完成日期", "2026-05-14")
        .answer("做了什么", "Removed all units with the card")
        .answer("再添加一条", "否")
        .answer(
            "现在执行的做法",
            "Packaging text is checked against the policies",
        )
        .answer("负责人", "Tom Hughes")
        .answer("多久一次", "every print order")
        .answer("开始执行的日期", "2026-05-19")
        .answer("再添加一条", "否")
        .answer("添加一条声明", "否")
        .expect("所有问题都已回答")
        .answer("现在生成信函吗", "否")
        .expect("尚未生成");

    let saved = saved(&case);
    assert_eq!(text(&saved, "warning.received"), "2026-05-14");
    assert_eq!(
        text(&saved, "warning.quote"),
        "Your packaging offers an incentive for a positive review."
    );
    assert!(
        saved["warning"].get("summary").is_none(),
        "the pasted second line did not answer the next question"
    );
    assert_eq!(text(&saved, "warning.asins.0"), "B0C7KXR2M1");
    assert_eq!(text(&saved, "orders.0.date"), "2026-05-02");
    assert_eq!(
        text(&saved, "root_causes.0"),
        "Tom Hughes approved the insert card, and nobody checked its wording"
    );
}

#[test]
fn the_same_order_twice_and_an_asin_outside_the_notice_are_asked_again_at_once() {
    let (_dir, case) = example_copy();
    let before = saved(&case);
    let first_order = text(&before, "orders.0.id");
    let first_asin = text(&before, "orders.0.asin");
    let mut w = Wizard::start(&["edit", "--lang", "zh"], &case);
    // The menu opens on 完成; Down wraps to the top, five more reach the orders.
    w.answer("要修改哪一部分", &DOWN.repeat(6));
    for _ in 0..before["orders"].as_array().unwrap().len() {
        w.key("保留", "\r");
    }
    w.answer("再添加一条", "是")
        .answer("订单号", &first_order)
        .expect("已经列过（第 1 个订单）")
        .answer("仍然保留这个回答吗", "是")
        .answer("订单的 ASIN", &first_asin)
        .expect("已经列过（第 1 个订单）")
        .retype("订单的 ASIN", "B000000001")
        .expect("不在您填写的通知 ASIN")
        .answer("仍然保留这个回答吗", "")
        // Esc leaves the part as it stands: the half-added order is not kept.
        .key("订单的 ASIN", ESC)
        .answer("要修改哪一部分", "")
        .answer("现在生成信函吗", "否")
        .expect("尚未生成");
    w.ended();
    let after = saved(&case);
    assert_eq!(after["orders"], before["orders"]);
    assert!(after.get("status").is_none(), "the case stays finished");
}

#[test]
fn ctrl_c_in_edit_keeps_the_change_and_the_case_finished() {
    let (_dir, case) = example_copy();
    let mut w = Wizard::start(&["edit", "--lang", "zh"], &case);
    w.answer("要修改哪一部分", DOWN);
    w.expect("店铺名称")
        .retype("Lumenfold Outdoor", "Lumenfold Trail")
        .key("卖家编号", CTRL_C)
        .expect("已停止。到目前为止的回答都已保存在")
        .expect("poa edit");
    assert_eq!(w.exit_code(), 130);
    let after = saved(&case);
    assert_eq!(text(&after, "seller.store"), "Lumenfold Trail");
    assert!(after.get("status").is_none(), "the case stays finished");
}

#[test]
fn no_color_leaves_the_interview_without_colour() {
    // Styling starts with ESC [ and a number; cursor moves of the line editor are not styling.
    let styled = |output: &str| output.contains("\x1b[1;") || output.contains("\x1b[0m");
    for colour in [true, false] {
        let dir = tempfile::tempdir().unwrap();
        let mut w = Wizard::start_coloured(
            &["new", "--lang", "zh"],
            &dir.path().join("case.toml"),
            colour,
        );
        let output = w.output_before("店铺名称");
        assert_eq!(styled(&output), colour, "colour {colour}: {output:?}");
    }
}
