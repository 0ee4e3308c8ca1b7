//! The wizard driven as a seller would, under a pseudo-terminal: every prompt answered,
//! wrong answers re-asked, the saved case checked field by field.

use std::path::Path;
use std::process::Command;
use std::time::Duration;

use expectrl::{Expect, Session};

pub(crate) const DOWN: &str = "\x1b[B";
pub(crate) const ESC: &str = "\x1b";
pub(crate) const CTRL_C: &str = "\x03";
const BACKSPACE: &str = "\x7f";
const CLEAR: &str = "\x15";

/// A running wizard and the case file it writes.
pub(crate) struct Wizard {
    session: expectrl::session::OsSession,
}

impl Wizard {
    /// The wizard with `NO_COLOR` set, as most tests match plain text.
    pub(crate) fn start(args: &[&str], case: &Path) -> Self {
        Self::start_coloured(args, case, false)
    }

    pub(crate) fn start_coloured(args: &[&str], case: &Path, colour: bool) -> Self {
        let mut command = Command::new(assert_cmd::cargo::cargo_bin("poa"));
        command
            .args(args)
            .arg(case)
            .env("TERM", "xterm")
            .env_remove("NO_COLOR")
            .env_remove("LANG")
            .env_remove("LC_ALL");
        if !colour {
            command.env("NO_COLOR", "1");
        }
        let mut session = Session::spawn(command).expect("the wizard starts under a pty");
        // The first grammar hint loads the checker: seconds in a debug build, more on a busy
        // machine.
        session.set_expect_timeout(Some(Duration::from_secs(90)));
        Wizard { session }
    }

    /// Waits for a prompt, then types an answer and Enter.
    pub(crate) fn answer(&mut self, prompt: &str, text: &str) -> &mut Self {
        self.expect(prompt);
        self.session.send(text).unwrap();
        self.session.send("\r").unwrap();
        self
    }

    /// Waits for a refused answer to come back in the box, clears it (Ctrl-U) and types
    /// another.
    pub(crate) fn retype(&mut self, prompt: &str, text: &str) -> &mut Self {
        self.answer(prompt, &format!("{CLEAR}{text}"))
    }

    /// Waits for a prompt, then pastes `text` as a terminal does (bracketed paste) and
    /// presses Enter.
    pub(crate) fn paste(&mut self, prompt: &str, text: &str) -> &mut Self {
        self.answer(prompt, &format!("\x1b[200~{text}\x1b[201~"))
    }

    /// Waits for a list or menu and presses one key.
    pub(crate) fn key(&mut self, prompt: &str, key: &str) -> &mut Self {
        self.expect(prompt);
        self.session.send(key).unwrap();
        self
    }

    /// The exit code, once the program has ended.
    pub(crate) fn exit_code(&mut self) -> i32 {
        self.ended();
        match self.session.get_process().wait() {
            Ok(expectrl::process::unix::WaitStatus::Exited(_, code)) => code,
            other => panic!("the wizard did not exit normally: {other:?}"),
        }
    }

    /// Waits for the program to end.
    pub(crate) fn ended(&mut self) {
        if let Err(e) = self.session.expect(expectrl::Eof) {
            panic!("waiting for the end: {e}");
        }
    }

    /// What the program wrote before `text` appeared.
    pub(crate) fn output_before(&mut self, text: &str) -> String {
        match self.session.expect(text) {
            Ok(found) => String::from_utf8_lossy(found.before()).into_owned(),
            Err(e) => panic!("waiting for {text:?}: {e}"),
        }
    }

    pub(crate) fn expect(&mut self, text: &str) -> &mut Self {
        if let Err(e) = self.session.expect(text) {
            panic!("waiting for {text:?}: {e}");
        }
        self
    }
}

/// A finished case to edit: a copy of an example in a folder of its own.
pub(crate) fn example_copy() -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let case = dir.path().join("case.toml");
    std::fs::copy(crate::util::example("gift-card-insert"), &case).unwrap();
    (dir, case)
}

pub(crate) fn saved(case: &Path) -> toml::Table {
    toml::from_str(&std::fs::read_to_string(case).unwrap()).unwrap()
}

fn get<'a>(table: &'a toml::Table, path: &str) -> &'a toml::Value {
    let mut parts = path.split('.');
    let first = &table[parts.next().unwrap()];
    parts.fold(first, |value, part| match part.parse::<usize>() {
        Ok(i) => &value[i],
        Err(_) => &value[part],
    })
}

pub(crate) fn text(table: &toml::Table, path: &str) -> String {
    get(table, path)
        .as_str()
        .map(String::from)
        .unwrap_or_else(|| get(table, path).to_string())
}

/// The store section, with a wrong email re-asked.
fn answer_store(w: &mut Wizard) {
    w.answer("Store name", "")
        .expect("cannot be empty")
        .retype("Store name", "Hearth & Oak Home")
        .answer("Seller ID", "")
        .answer("Marketplace", DOWN)
        .answer("signs the letter", "张伟")
        .expect("write this in English")
        .retype("signs the letter", "Wei Zhang")
        .answer("Their role", "Owner")
        .answer("Email", "wei at example")
        .expect("not an email address")
        .retype("Email", "wei@example.com")
        .answer("Phone", "")
        .answer("How the letter speaks", "");
}

#[test]
fn a_full_interview_in_english_saves_every_answer_and_re_asks_wrong_ones() {
    let dir = tempfile::tempdir().unwrap();
    let case = dir.path().join("case.toml");
    let mut w = Wizard::start(&["new", "--lang", "en"], &case);
    answer_store(&mut w);
    w.answer("Date you received it", "03/02/2026")
        .expect("day-first or month-first")
        .retype("Date you received it", "2099-01-01")
        .expect("in the future")
        .retype("Date you received it", "March 2, 2026")
        .expect("2 March 2026 (2026-03-02)")
        .answer("reference", "")
        .answer("notice's exact words", "We found review manipulation on your account.")
        .answer("Your own summary", "")
        .answer("accept the notice's finding", "")
        .answer("Which part you accept", "")
        .answer("Add an ASIN", "y")
        .answer("ASIN (10", "b0c7kxr2m")
        .expect("not an ASIN")
        .retype("ASIN (10", "b0c7kxr2m1")
        .answer("Add another", "n")
        .answer("Add a person", "y")
        .answer("Role (e.g.", "Customer service associate")
        .answer("Name (Enter", "Daniel Ortiz")
        .answer("In this role since", "2025-09-15")
        .answer("Add another", "n")
        .answer("Add a dated event", "y")
        .answer("Date", "2026-01-19")
        .answer("What happened that day", "Daniel Ortiz sent the first request")
        .answer("Add another", "n")
        .answer("Add an affected order", "y")
        .answer("Order ID", "113-482910-7731046")
        .expect("3-7-7 digits")
        .retype("Order ID", "113-4829105-7731046")
        .answer("ASIN of the order", "B0C7KXR2M1")
        .answer("Order date", "2026-01-16")
        .answer("What was sent", "A refund offer for a changed review")
        .answer("What came of it", "The buyer changed the review")
        .answer("Add another", "n")
        .answer("Add a review", "y")
        .answer("Review ID", "r3k8q2lz7m4xpa")
        .answer("ASIN reviewed", "B0C7KXR2M1")
        .answer("Star rating", "6")
        .expect("not a star rating")
        .retype("Star rating", "5")
        .answer("still on Amazon", "")
        .answer("Add another", "n")
        .answer("Add a file", "y")
        .answer("File name", "messages.pdf")
        .answer("What it shows", "The messages to the buyer")
        .answer("ASINs it concerns", "b0c7kxr2m1, B0C7KXR2M")
        .expect("not an ASIN")
        .answer("ASINs it concerns", &format!("{}all", BACKSPACE.repeat(30)))
        .answer("Add another", "n")
        .answer("Add something you read or searched", "n")
        .answer("A root cause", "Daniel Ortiz asked the buyer of order 113-4829105-7731046 on 19 January 2026 to change a review, and no one checked his messages")
        .answer("Add another", "n")
        .answer("Date completed", "2026-03-03")
        .answer("What was done", "We will stop all buyer messages")
        .expect("reads as a plan or a promise")
        .answer("Keep this answer", "n")
        // The refused answer comes back for editing.
        .answer("What was done", &format!("{}Stopped all buyer messages except order questions", BACKSPACE.repeat(40)))
        .answer("Add another", "n")
        .answer("practice now in force", "We will approve every buyer message before it is sent")
        .expect("reads as an intention")
        .answer("Keep this answer", "y")
        .answer("Who owns it", "Mei Lin, customer service lead")
        .answer("How often", "every message")
        .answer("In force since", "2026-03-04")
        .answer("Add another", "n")
        .answer("Add a declaration", "n")
        .expect("All questions answered")
        .answer("Write the letter now", "n")
        .expect("Not rendered");

    let saved = saved(&case);
    assert!(
        saved.get("status").is_none(),
        "a finished case is not marked incomplete"
    );
    for (path, expected) in [
        ("seller.store", "Hearth & Oak Home"),
        ("seller.marketplace", "UK"),
        ("seller.email", "wei@example.com"),
        ("warning.received", "2026-03-02"),
        ("warning.policy", "review-manipulation"),
        ("warning.asins.0", "B0C7KXR2M1"),
        ("people.0.name", "Daniel Ortiz"),
        ("people.0.started", "2025-09-15"),
        ("orders.0.id", "113-4829105-7731046"),
        ("reviews.0.id", "R3K8Q2LZ7M4XPA"),
        ("reviews.0.rating", "5"),
        ("reviews.0.status", "live"),
        ("actions.0.date", "2026-03-03"),
        ("measures.0.owner", "Mei Lin, customer service lead"),
        (
            "actions.0.action",
            "Stopped all buyer messages except order questions",
        ),
        (
            "measures.0.measure",
            "We will approve every buyer message before it is sent",
        ),
    ] {
        assert_eq!(text(&saved, path), expected, "{path}");
    }
    assert!(
        saved["seller"].get("seller_id").is_none(),
        "a skipped optional answer is left out"
    );
    assert!(saved.get("declarations").is_none());
    let validate = Command::new(assert_cmd::cargo::cargo_bin("poa"))
        .arg("validate")
        .arg(&case)
        .output()
        .unwrap();
    assert!(
        validate.status.success(),
        "{}",
        String::from_utf8_lossy(&validate.stderr)
    );
}

#[test]
fn the_interview_speaks_chinese_with_lang_zh() {
    let dir = tempfile::tempdir().unwrap();
    let case = dir.path().join("case.toml");
    let mut w = Wizard::start(&["new", "--lang", "zh"], &case);
    w.expect("每个回答都会立即保存到")
        .answer("店铺名称", "Lumenfold Outdoor")
        .answer("卖家编号", "")
        .answer("站点", "")
        .answer("署名人的姓名", "陈静")
        .expect("请用英文填写")
        .retype("署名人的姓名", "Chen Jing")
        .answer("署名人职位", "Director")
        .answer("邮箱", "jing at example")
        .expect("不是有效的邮箱地址")
        .retype("邮箱", "jing@example.com")
        .answer("电话", "")
        .answer("信函的人称", "")
        .answer("收到通知的日期", "03/04/2026")
        .expect("既可读作日/月也可读作月/日")
        .retype("收到通知的日期", "2026年5月14日")
        // The marketplace left at its first choice, US: dates are shown back as a US letter writes them.
        .expect("May 14, 2026 (2026-05-14)")
        .answer("通知编号", "")
        .answer(
            "通知原文",
            "Your packaging offers an incentive for a positive review.",
        )
        .answer("您对通知的概述", "")
        .answer("是否接受", "")
        .answer("接受哪一部分", "")
        .answer("添加通知中提到的 ASIN", "n")
        .answer("添加一位相关人员", "n")
        .answer("添加一个带日期的事件", "n")
        .answer("添加一个涉及的订单", "n")
        .answer("添加一条涉及的评论", "n")
        .answer("添加一个要附上的文件", "n")
        .answer("添加一项查阅或搜索", "n")
        .answer(
            "一个根本原因",
            "Tom Hughes approved the insert card on 1 December 2025 without checking its wording",
        )
        .answer("再添加一条", "n")
        .answer("完成日期", "2026-05-14")
        .answer("做了什么", "Removed all units with the card")
        .answer("再添加一条", "n")
        .answer(
            "现在执行的做法",
            "Packaging text is checked against the policies before printing",
        )
        .answer("负责人", "Tom Hughes")
        .answer("多久一次", "every print order")
        .answer("开始执行的日期", "2026-05-19")
        .answer("再添加一条", "n")
        .answer("添加一条声明", "n")
        .expect("所有问题都已回答")
        .answer("现在生成信函吗", "y")
        .expect("信函已生成")
        .expect("模板原文占信函的")
        .expect("审查：");
    for format in ["docx", "pdf", "md", "zh.docx", "zh.md"] {
        assert!(
            dir.path().join(format!("case.{format}")).is_file(),
            "{format}"
        );
    }
    let saved = saved(&case);
    assert_eq!(text(&saved, "seller.store"), "Lumenfold Outdoor");
    assert_eq!(text(&saved, "seller.contact"), "Chen Jing");
    assert_eq!(text(&saved, "seller.email"), "jing@example.com");
    assert_eq!(text(&saved, "seller.marketplace"), "US");
    assert_eq!(text(&saved, "warning.received"), "2026-05-14");
    assert_eq!(text(&saved, "measures.0.since"), "2026-05-19");
}

#[test]
fn a_killed_interview_keeps_every_answer_and_resumes_at_the_next_question() {
    let dir = tempfile::tempdir().unwrap();
    let case = dir.path().join("case.toml");
    let mut w = Wizard::start(&["new", "--lang", "en"], &case);
    answer_store(&mut w);
    w.answer("Date you received it", "2026-03-02")
        .expect("reference");
    w.session
        .get_process_mut()
        .kill(expectrl::process::unix::Signal::SIGKILL)
        .unwrap();

    let kept = saved(&case);
    assert_eq!(text(&kept, "status"), "incomplete");
    assert_eq!(text(&kept, "seller.store"), "Hearth & Oak Home");
    assert_eq!(text(&kept, "seller.email"), "wei@example.com");
    assert_eq!(text(&kept, "warning.received"), "2026-03-02");

    let mut again = Wizard::start(&["new", "--lang", "en"], &case);
    again
        .expect("Continuing where you stopped")
        .answer("reference", "N-1")
        .answer("notice's exact words", "Review manipulation")
        .answer("Your own summary", "")
        .answer("accept the notice's finding", "")
        .answer("Which part you accept", "");
    again.expect("Add an ASIN");
    let resumed = saved(&case);
    assert_eq!(text(&resumed, "warning.reference"), "N-1");
    assert_eq!(
        text(&resumed, "seller.store"),
        "Hearth & Oak Home",
        "earlier answers survive the resume"
    );
}

#[test]
fn edit_changes_one_section_and_keeps_the_rest() {
    let (_dir, case) = example_copy();
    let before = saved(&case);
    let mut w = Wizard::start(&["edit", "--lang", "en"], &case);
    // The menu opens on "Done"; Down wraps to the first section, the store.
    w.answer("Which part do you want to change?", DOWN);
    // The current answer is drawn once the prompt reads keys; typing earlier would race it.
    w.expect("Store name").answer(
        "Lumenfold Outdoor",
        &format!("{}Lumenfold Trail", BACKSPACE.repeat(20)),
    );
    for prompt in [
        "Seller ID",
        "Marketplace",
        "signs the letter",
        "Their role",
        "Email",
        "Phone",
        "How the letter speaks",
    ] {
        w.answer(prompt, "");
    }
    w.answer("Which part do you want to change?", "")
        .answer("Write the letter now", "n")
        .expect("Not rendered");
    let after = saved(&case);
    assert_eq!(text(&after, "seller.store"), "Lumenfold Trail");
    for unchanged in [
        "warning",
        "orders",
        "root_causes",
        "actions",
        "measures",
        "evidence",
    ] {
        assert_eq!(after[unchanged], before[unchanged], "{unchanged} changed");
    }
}

#[test]
fn without_a_terminal_the_wizard_points_to_init_and_render() {
    let dir = tempfile::tempdir().unwrap();
    assert_cmd::Command::cargo_bin("poa")
        .unwrap()
        .arg("new")
        .arg(dir.path().join("case.toml"))
        .assert()
        .code(64)
        .stderr(predicates::prelude::PredicateBooleanExt::and(
            predicates::str::contains("poa init"),
            predicates::str::contains("poa render"),
        ));
    assert!(!dir.path().join("case.toml").exists());
}

#[test]
fn edit_names_fixed_choices_in_the_sellers_language() {
    let (_dir, case) = example_copy();
    let mut w = Wizard::start(&["edit", "--lang", "zh"], &case);
    // The reviews line of the menu: the example's review is `status = "removed"`.
    w.expect("要修改哪一部分").expect("5 · 已删除");
    w.key("完成", "\r")
        .answer("现在生成信函吗", "n")
        .expect("尚未生成");
}

#[test]
fn a_case_the_wizard_cannot_read_is_named_with_its_line() {
    let dir = tempfile::tempdir().unwrap();
    let case = dir.path().join("case.toml");
    std::fs::write(
        &case,
        "status = \"incomplete\"\n[seller]\nstore = \"Hearth\n",
    )
    .unwrap();
    let mut w = Wizard::start(&["new", "--lang", "en"], &case);
    w.expect("case.toml:3:")
        .expect("start again with a new file name");
    assert_eq!(
        std::fs::read_to_string(&case).unwrap(),
        "status = \"incomplete\"\n[seller]\nstore = \"Hearth\n",
        "the file is left as it was"
    );
}

#[test]
fn a_seller_who_keeps_the_letter_already_written_keeps_every_file_of_it() {
    let (dir, case) = example_copy();
    crate::util::poa()
        .arg("render")
        .arg(&case)
        .args(["--out"])
        .arg(dir.path())
        .assert()
        .success();
    let letter = dir.path().join("case.md");
    let before = std::fs::read_to_string(&letter).unwrap();
    let text = std::fs::read_to_string(&case).unwrap();
    std::fs::write(&case, text.replace("store = \"", "store = \"Renamed ")).unwrap();
    let mut w = Wizard::start(&["edit", "--lang", "en"], &case);
    w.answer("Which part do you want to change?", "")
        .answer("Write the letter now", "y")
        .answer("Replace them?", "n")
        .expect("already exists");
    assert_eq!(std::fs::read_to_string(&letter).unwrap(), before);
}
