//! Every message in the reader's language: `--lang`, else the locale; field paths stay and
//! Chinese names each field as the interview asks for it; JSON keys never change.

use predicates::prelude::*;

use crate::util::{example_text, poa};

/// A case whose first order is dated after the warning.
fn order_after_warning() -> (tempfile::TempDir, std::path::PathBuf) {
    let text = example_text("refund-for-review-change");
    assert!(text.contains("date = 2026-01-16"), "fixture changed");
    let dir = tempfile::tempdir().unwrap();
    let case = dir.path().join("case.toml");
    std::fs::write(
        &case,
        text.replacen("date = 2026-01-16", "date = 2026-09-16", 1),
    )
    .unwrap();
    (dir, case)
}

#[test]
fn validate_speaks_chinese_in_a_chinese_locale() {
    let (_dir, case) = order_after_warning();
    poa()
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", "zh_CN.UTF-8")
        .arg("validate")
        .arg(&case)
        .assert()
        .code(65)
        .stderr(
            predicate::str::contains("orders[0].date（第 1 个订单的下单日期）")
                .and(predicate::str::contains("晚于收到警告的日期"))
                .and(predicate::str::contains("提示：")),
        );
}

#[test]
fn the_lang_flag_wins_over_the_locale() {
    let (_dir, case) = order_after_warning();
    poa()
        .env("LC_ALL", "zh_CN.UTF-8")
        .args(["--lang", "en", "validate"])
        .arg(&case)
        .assert()
        .code(65)
        .stderr(
            predicate::str::contains("orders[0].date: 2026-09-16 is after the warning")
                .and(predicate::str::contains("第").not()),
        );
}

#[test]
fn a_missing_file_is_reported_in_chinese() {
    poa()
        .args(["validate", "--lang", "zh", "no-such-case.toml"])
        .assert()
        .code(66)
        .stderr(predicate::str::contains(
            "无法读取 no-such-case.toml：文件或文件夹不存在",
        ));
}
