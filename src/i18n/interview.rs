//! The interview's words (`poa new`, `poa edit`). The letter stays in English, so the
//! Chinese prompts for answers that go into it say to answer in English.

use super::{messages, texts};

texts! {
    /// A fixed text of the interview.
    pub enum Ask {
        // Around the questions.
        Saved => "Saved after every answer to", "每个回答都会立即保存到";
        Resume => "Continuing where you stopped in", "从上次停下的地方继续：";
        AddAnother => "Add another?", "再添加一条吗？";
        Done => "All questions answered.", "所有问题都已回答。";
        Keys => "Type back to return to the previous question; Ctrl-U clears an answer; Ctrl-C stops, keeping every answer.",
            "输入“返回”（或 back）回到上一个问题；Ctrl-U 清空回答；Ctrl-C 停止，已有回答都会保留。";
        EditKeys => "Esc leaves a part as it is and returns to this list.",
            "按 Esc 保持这一部分不变，回到此列表。";
        NothingBefore => "This is the first question.", "这已经是第一个问题。";
        YesNoDefaultYes => " (y/n, Enter = y)", "（是/否，回车 = 是）";
        YesNoDefaultNo => " (y/n, Enter = n)", "（是/否，回车 = 否）";
        NotYesNo => "answer y or n", "请回答 是 或 否";
        Summary => "Your case", "您的案例";
        Warnings => "Worth checking before you send it:", "发送前值得检查：";
        FinishErrors => "The case is saved but still has problems; fix them with: poa edit",
            "案例已保存，但仍有问题；请用以下命令修改：poa edit";
        Render => "Write the letter now (DOCX, PDF and Markdown next to the case file)?",
            "现在生成信函吗（DOCX、PDF 和 Markdown，保存在案例文件旁）？";
        Overwrite => "Letter files for this case exist already. Replace them?",
            "此案例的信函文件已存在。要替换吗？";
        Rendered => "Letter written:", "信函已生成：";
        NotRendered => "Not rendered. When you are ready: poa render",
            "尚未生成。准备好后运行：poa render";
        OriginalityHigh => "Too much of the letter is template text: answer the root causes, actions and measures in more detail, in your own words. To see each passage: poa check",
            "模板原文太多：请用自己的话更具体地写根本原因、已采取的措施和预防措施。查看每一段：poa check";
        LintDetails => "To see each one: poa lint", "查看每一项：poa lint";
        KeepAnyway => "Keep this answer as it is?", "仍然保留这个回答吗？";
        EditPick => "Which part do you want to change?", "要修改哪一部分？";
        EditDone => "Done: save and leave", "完成：保存并退出";
        Keep => "Keep", "保留";
        Change => "Change", "修改";
        Remove => "Remove", "删除";

        // The seller.
        TitleSeller => "Your store", "您的店铺";
        IntroSeller => "Who is writing. The letter is signed by the contact you give here.",
            "谁来写这封信。信函由您在此填写的联系人署名。（写入信函的内容请用英文填写）";
        SellerStore => "Store name, as shown on Amazon", "店铺名称（与亚马逊上显示的一致）";
        SellerId => "Seller ID / merchant token (Enter to skip)", "卖家编号 / Merchant Token（回车跳过）";
        SellerMarketplace => "Marketplace", "站点";
        SellerContact => "Name of the person who signs the letter", "信函署名人的姓名（英文）";
        SellerRole => "Their role (e.g. Owner)", "署名人职位（英文，如 Owner）";
        SellerEmail => "Email for Amazon's reply", "接收亚马逊回复的邮箱";
        SellerPhone => "Phone (Enter to skip)", "电话（回车跳过）";
        SellerVoice => "How the letter speaks", "信函的人称";
        VoiceWe => "We: a business with staff (\"we\", \"our\")", "我们：有员工的企业（we、our）";
        VoiceI => "I: one owner writing for themselves (\"I\", \"my\")", "我：店主本人（I、my）";
        VoiceTheOwner => "The owner: one owner, in the third person", "店主：以第三人称称呼店主（the owner）";

        // The warning.
        TitleWarning => "The warning", "警告通知";
        IntroWarning => "The notice you received. Paste its exact words if you have them: the letter quotes them. Otherwise give your own summary, which is never put in quotes.",
            "您收到的通知。如有原文请粘贴原文：信函会加引号引用。没有原文就写您自己的概述，概述不会加引号。";
        WarningReceived => "Date you received it (e.g. 2026-03-02 or 2 March 2026)",
            "收到通知的日期（如 2026-03-02 或 2026年3月2日）";
        WarningReference => "Amazon's reference for it (Enter to skip)", "亚马逊给出的通知编号（回车跳过）";
        WarningQuote => "The notice's exact words (Enter if you do not have them)",
            "通知原文（英文，照抄；没有则回车）";
        WarningSummary => "Your own summary of the notice (Enter to skip if you pasted it)",
            "您对通知的概述（英文；已粘贴原文可回车跳过）";
        WarningAcceptance => "Do you accept the notice's finding?", "您是否接受通知中的认定？";
        AcceptUnsaid => "Say nothing about it", "信中不提";
        AcceptInFull => "Yes, in full", "完全接受";
        AcceptInPart => "In part", "部分接受";
        AcceptNo => "No", "不接受";
        WarningAcceptanceDetail => "Which part you accept, or why you do not (Enter to skip if you accept in full)",
            "接受哪一部分，或不接受的原因（英文；完全接受可回车跳过）";

        TitleAsins => "ASINs named in the warning", "通知中提到的 ASIN";
        IntroAsins => "List each ASIN the notice names; the letter gives evidence for each.",
            "逐个列出通知中提到的 ASIN；信函会为每个 ASIN 提供证据。";
        AddAsins => "Add an ASIN the notice names?", "添加通知中提到的 ASIN 吗？";
        WarningAsin => "ASIN (10 letters or digits)", "ASIN（10 位字母或数字）";

        // People.
        TitlePeople => "People involved", "相关人员";
        IntroPeople => "Everyone involved: their role and since when. What they did goes in the timeline next, so the letter tells it once.",
            "每位相关人员：职位和任职起始日期。他们做了什么请在下一步的时间线里写，信中只说一次。";
        AddPeople => "Add a person involved?", "添加一位相关人员吗？";
        PersonRole => "Role (e.g. Customer service associate)", "职位（英文，如 Customer service associate）";
        PersonName => "Name (Enter to leave it out)", "姓名（回车可不写）";
        PersonStarted => "In this role since", "担任此职位的起始日期";

        // Timeline.
        TitleTimeline => "Timeline", "时间线";
        IntroTimeline => "What happened and who did it, day by day, from the first request to the warning: the only place the letter tells it.",
            "按日期记录发生了什么、是谁做的，从第一次请求到收到警告：信中只在这里讲述经过。";
        AddTimeline => "Add a dated event?", "添加一个带日期的事件吗？";
        EventDate => "Date", "日期";
        EventText => "What happened that day", "当天发生了什么（英文）";

        // Orders.
        TitleOrders => "Affected orders", "涉及的订单";
        IntroOrders => "Every order whose buyer received the request. Amazon checks these against its records.",
            "每个收到该请求的买家订单。亚马逊会与其记录核对。";
        AddOrders => "Add an affected order?", "添加一个涉及的订单吗？";
        OrderId => "Order ID (e.g. 112-1234567-1234567)", "订单号（如 112-1234567-1234567）";
        OrderAsin => "ASIN of the order", "订单的 ASIN";
        OrderDate => "Order date", "下单日期";
        OrderSent => "What was sent to the buyer", "发给买家的内容（英文）";
        OrderOutcome => "What came of it", "结果如何（英文）";

        // Reviews.
        TitleReviews => "Reviews involved", "涉及的评论";
        IntroReviews => "Each review involved and whether it still stands on Amazon: reviewers ask for this list.",
            "每条涉及的评论以及它是否仍在亚马逊上：审核人员会要求这份清单。";
        AddReviews => "Add a review involved?", "添加一条涉及的评论吗？";
        ReviewId => "Review ID (R followed by 12-14 letters or digits)", "评论编号（R 加 12-14 位字母或数字）";
        ReviewAsin => "ASIN reviewed", "被评论的 ASIN";
        ReviewRating => "Star rating (1 to 5)", "星级（1 到 5）";
        ReviewStatus => "Is it still on Amazon?", "它还在亚马逊上吗？";
        ReviewLive => "Still live", "仍在显示";
        ReviewRemoved => "Removed", "已删除";

        // Evidence.
        TitleEvidence => "Evidence", "证据";
        IntroEvidence => "Files you will attach (screenshots, logs, invoices). The letter lists them in an appendix.",
            "您将附上的文件（截图、记录、发票）。信函会在附录中列出。";
        AddEvidence => "Add a file you will attach?", "添加一个要附上的文件吗？";
        EvidenceFile => "File name", "文件名";
        EvidenceShows => "What it shows", "文件说明了什么（英文）";
        EvidenceAsin => "ASINs it concerns (commas between them; \"all\" for every ASIN in the notice; Enter if none)",
            "涉及的 ASIN（多个用逗号分开；通知中的全部 ASIN 填“全部”；没有则回车）";

        // How the facts were established.
        TitleInvestigation => "How you established the facts", "您如何查明事实";
        IntroInvestigation => "Optional: each search or reading you did (messages, refund logs), when, and what it showed. The letter says you investigated only if you answer here.",
            "可选：您做过的每次查阅或搜索（消息、退款记录）、时间和结果。只有在这里回答了，信中才会说您做过调查。";
        AddInvestigation => "Add something you read or searched?", "添加一项查阅或搜索吗？";
        InvestigationDate => "When you did it", "查阅日期";
        InvestigationExamined => "What you read or searched", "查阅或搜索了什么（英文）";
        InvestigationFound => "What it showed", "结果如何（英文）";

        // Root causes.
        TitleRootCauses => "Root cause", "根本原因";
        IntroRootCauses => "Why it was possible: the gap in people, process or tools that let it happen, in your own words. Amazon rejects \"a mistake happened\": name what failed and why it could. Who, when and which orders are already in the letter; do not repeat them. One cause per answer.",
            "用您自己的话说明为什么会发生：人员、流程或工具上的哪个漏洞让它得以发生。亚马逊不接受“出了个错”这种说法：请写清是什么失效了、为什么会失效。人员、日期和订单信中已有，不必重复。每个回答写一个原因（英文）。";
        AddRootCauses => "Add a root cause?", "添加一个根本原因吗？";
        RootCause => "A root cause", "一个根本原因（英文）";

        // Actions.
        TitleActions => "Actions taken", "已采取的措施";
        IntroActions => "What you have ALREADY done, each with the date it was completed. Plans do not belong here.",
            "您已经完成的事情，每项附上完成日期。计划不属于这里。";
        AddActions => "Add a completed action?", "添加一项已完成的措施吗？";
        ActionDate => "Date completed", "完成日期";
        ActionText => "What was done (past tense)", "做了什么（英文，过去时）";

        // Measures.
        TitleMeasures => "Preventive measures", "预防措施";
        IntroMeasures => "What is now in force so this cannot happen again: ongoing, owned by someone, and checkable.",
            "现在已经执行、防止再次发生的做法：持续进行、有负责人、可以检查。";
        AddMeasures => "Add a preventive measure?", "添加一项预防措施吗？";
        MeasureText => "The practice now in force", "现在执行的做法（英文）";
        MeasureOwner => "Who owns it (a person or role)", "负责人（人名或职位，英文）";
        MeasureFrequency => "How often, or on what trigger", "多久一次，或由什么触发（英文）";
        MeasureSince => "In force since", "开始执行的日期";

        // Declarations.
        TitleDeclarations => "Declarations", "声明";
        IntroDeclarations => "Statements you can stand behind, e.g. that no other review manipulation took place.",
            "您能负责的声明，例如没有发生其他操纵评论的行为（英文）。";
        AddDeclarations => "Add a declaration?", "添加一条声明吗？";
        Declaration => "A statement", "一条声明（英文）";
    }
}

messages! {
    /// An answer holds a character the letter's font cannot draw.
    pub fn glyph(ch: char) =>
        "the letter's font cannot draw “{ch}”: write this in English",
        "信函是英文的，其字体无法显示“{ch}”：请用英文填写";
    /// An action typed as a plan: this part lists only what is already done.
    pub fn action_is_a_promise(words: &str) =>
        "“{words}” reads as a plan or a promise; this part lists only what is already done: say what was done, and when",
        "“{words}”读起来是计划或承诺；这一部分只写已经完成的事：请写明做了什么、何时做的";
    /// A measure typed as an intention: this part lists only practices already in force.
    pub fn measure_is_a_promise(words: &str) =>
        "“{words}” reads as an intention; this part lists practices already in force: say what is done now, by whom and how often",
        "“{words}”读起来是打算；这一部分只写已经在执行的做法：请写明现在做什么、由谁做、多久一次";
    /// Ctrl-C: where the answers are and how to go on.
    pub fn stopped(path: &str, command: &str) =>
        "Stopped. Every answer so far is saved in {path}; continue with: poa {command} {path}",
        "已停止。到目前为止的回答都已保存在 {path}；继续请运行：poa {command} {path}";
    /// An order id typed a second time, which is right only for a second item of it.
    pub fn order_listed(id: &str, first: usize) =>
        "order {id} is already listed (order {first}); keep it only if this is another item of the same order",
        "订单 {id} 已经列过（第 {first} 个订单）；只有在这是同一订单中的另一件商品时才保留";
    /// The same order and ASIN a second time.
    pub fn order_twice(id: &str, asin: &str, first: usize) =>
        "order {id} for ASIN {asin} is already listed (order {first}): correct the ASIN, or type back to correct the order ID",
        "ASIN {asin} 的订单 {id} 已经列过（第 {first} 个订单）：请更正 ASIN，或输入“返回”更正订单号";
    pub fn review_twice(id: &str, first: usize) =>
        "review {id} is already listed (review {first})",
        "评论 {id} 已经列过（第 {first} 条评论）";
    pub fn asin_twice(asin: &str) => "{asin} is already in the list", "{asin} 已在列表中";
    /// An ASIN the seller's list of the notice's ASINs does not hold.
    pub fn asin_not_in_notice(asin: &str, listed: &str) =>
        "{asin} is not among the ASINs you gave for the notice ({listed})",
        "{asin} 不在您填写的通知 ASIN（{listed}）之中";
    /// The share of the new letter that is template text.
    pub fn originality(percent: f64, limit: f64) =>
        "Template wording: {percent:.1}% of the letter (limit {limit:.0}%).",
        "模板原文占信函的 {percent:.1}%（上限 {limit:.0}%）。";
    /// The lint counts of the new letter.
    pub fn lint(errors: usize, warnings: usize) =>
        "Review: {errors} errors, {warnings} warnings.",
        "审查：{errors} 个错误，{warnings} 个警告。";
}
