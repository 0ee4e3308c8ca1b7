//! 向导的全部简体中文文字。信函本身仍为英文，写入信函的内容请用英文回答。

/// 按键取文字。
pub fn text(key: &str) -> Option<&'static str> {
    Some(match key {
        "add.warning.asins" => "添加通知中提到的 ASIN 吗？",
        "add.people" => "添加一位相关人员吗？",
        "add.timeline" => "添加一个带日期的事件吗？",
        "add.orders" => "添加一个涉及的订单吗？",
        "add.reviews" => "添加一条涉及的评论吗？",
        "add.evidence" => "添加一个要附上的文件吗？",
        "add.root_causes" => "添加一个根本原因吗？",
        "add.actions" => "添加一项已完成的措施吗？",
        "add.measures" => "添加一项预防措施吗？",
        "add.declarations" => "添加一条声明吗？",
        "ui.add_another" => "再添加一条吗？",
        "ui.invalid" => "请检查这个回答",
        "ui.saved" => "每个回答都会立即保存到",
        "ui.summary" => "您的案例",
        "ui.render" => "现在生成信函吗（DOCX、PDF 和 Markdown，保存在案例文件旁）？",
        "ui.rendered" => "信函已生成：",
        "ui.not_rendered" => "尚未生成。准备好后运行：poa render",
        "ui.edit_pick" => "要修改哪一部分？",
        "ui.edit_done" => "完成：保存并退出",
        "ui.keep" => "保留",
        "ui.change" => "修改",
        "ui.remove" => "删除",
        "ui.resume" => "从上次停下的地方继续：",
        "ui.done" => "所有问题都已回答。",
        "ui.stopped" => "已停止。到目前为止的回答都已保存；继续请运行：poa new",
        "ui.finish_errors" => "案例已保存，但仍有问题；请用以下命令修改：poa edit",
        "ui.overwrite" => "此案例的信函文件已存在。要替换吗？",
        "ui.rating" => "星级（1 到 5）",
        "ui.warnings" => "发送前值得检查：",
        "ui.originality" => "模板原文占信函的 {percent}%（上限 {limit}%）。",
        "ui.originality_high" => {
            "模板原文太多：请用自己的话更具体地写根本原因、已采取的措施和预防措施。查看每一段：poa check"
        }
        "ui.lint" => "审查：{errors} 个错误，{warnings} 个警告。",
        "ui.lint_details" => "查看每一项：poa lint",
        "why.glyph" => "信函是英文的，其字体无法显示“{ch}”：请用英文填写",
        "why.text" => "此项不能为空",
        "why.email" => "不是有效的邮箱地址；格式如 name@example.com",
        "why.asin" => "不是 ASIN；ASIN 为 10 位大写字母或数字，如 B08XYZ1234",
        "why.order_id" => "不是订单号；订单号为 3-7-7 位数字，如 112-1234567-1234567",
        "why.review_id" => "不是评论编号；评论编号为 R 加 12–14 位大写字母或数字",
        "why.rating" => "星级须为 1 到 5",
        "why.date" => {
            "无法使用这个日期：请写成 2026-03-02 或 2026年3月2日；不能是未来的日期，03/04/2026 这类写法有歧义"
        }

        "title.seller" => "您的店铺",
        "intro.seller" => {
            "谁来写这封信。信函由您在此填写的联系人署名。（写入信函的内容请用英文填写）"
        }
        "field.seller.store" => "店铺名称（与亚马逊上显示的一致）",
        "field.seller.seller_id" => "卖家编号 / Merchant Token（回车跳过）",
        "field.seller.marketplace" => "站点",
        "field.seller.contact" => "信函署名人的姓名（英文）",
        "field.seller.role" => "署名人职位（英文，如 Owner）",
        "field.seller.email" => "接收亚马逊回复的邮箱",
        "field.seller.phone" => "电话（回车跳过）",

        "title.warning" => "警告通知",
        "intro.warning" => "您收到的通知。请照原文填写：信函会引用它。",
        "field.warning.received" => "收到通知的日期（如 2026-03-02 或 2026年3月2日）",
        "field.warning.reference" => "亚马逊给出的通知编号（回车跳过）",
        "field.warning.notice" => "通知原文或如实的摘要（英文）",

        "title.warning.asins" => "通知中提到的 ASIN",
        "intro.warning.asins" => "逐个列出通知中提到的 ASIN；信函会为每个 ASIN 提供证据。",
        "field.warning.asins" => "ASIN（10 位字母或数字）",

        "title.people" => "相关人员",
        "intro.people" => "导致此事的每个人：职位、任职起始日期、做了什么。",
        "field.people.role" => "职位（英文，如 Customer service associate）",
        "field.people.name" => "姓名（回车可不写）",
        "field.people.started" => "担任此职位的起始日期",
        "field.people.conduct" => "他/她做了什么（英文）",

        "title.timeline" => "时间线",
        "intro.timeline" => "按日期记录发生的事情，从第一次请求到收到警告。",
        "field.timeline.date" => "日期",
        "field.timeline.event" => "当天发生了什么（英文）",

        "title.orders" => "涉及的订单",
        "intro.orders" => "每个收到该请求的买家订单。亚马逊会与其记录核对。",
        "field.orders.id" => "订单号（如 112-1234567-1234567）",
        "field.orders.asin" => "订单的 ASIN",
        "field.orders.date" => "下单日期",
        "field.orders.sent" => "发给买家的内容（英文）",
        "field.orders.outcome" => "结果如何（英文）",

        "title.reviews" => "涉及的评论",
        "intro.reviews" => "每条涉及的评论以及它是否仍在亚马逊上：审核人员会要求这份清单。",
        "field.reviews.id" => "评论编号（R 加 12-14 位字母或数字）",
        "field.reviews.asin" => "被评论的 ASIN",
        "field.reviews.rating" => "星级（1 到 5）",
        "field.reviews.status" => "它还在亚马逊上吗？",
        "choice.live" => "仍在显示",
        "choice.removed" => "已删除",

        "title.evidence" => "证据",
        "intro.evidence" => "您将附上的文件（截图、记录、发票）。信函会在附录中列出。",
        "field.evidence.file" => "文件名",
        "field.evidence.shows" => "文件说明了什么（英文）",
        "field.evidence.asin" => "涉及的 ASIN（没有则回车）",

        "title.root_causes" => "根本原因",
        "intro.root_causes" => {
            "用您自己的话说明为什么会发生。亚马逊不接受“出了个错”这种说法：请写清是谁、何时、哪些订单，以及流程为什么没有拦住。每个回答写一个原因（英文）。"
        }
        "field.root_causes" => "一个根本原因（英文）",

        "title.actions" => "已采取的措施",
        "intro.actions" => "您已经完成的事情，每项附上完成日期。计划不属于这里。",
        "field.actions.date" => "完成日期",
        "field.actions.action" => "做了什么（英文，过去时）",

        "title.measures" => "预防措施",
        "intro.measures" => "现在已经执行、防止再次发生的做法：持续进行、有负责人、可以检查。",
        "field.measures.measure" => "现在执行的做法（英文）",
        "field.measures.owner" => "负责人（人名或职位，英文）",
        "field.measures.frequency" => "多久一次，或由什么触发（英文）",
        "field.measures.since" => "开始执行的日期",

        "title.declarations" => "声明",
        "intro.declarations" => "您能负责的声明，例如没有发生其他操纵评论的行为（英文）。",
        "field.declarations" => "一条声明（英文）",
        _ => return None,
    })
}
