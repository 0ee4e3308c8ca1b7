//! Every message in the reader's language: `--lang`, else the locale; field paths stay and
//! each message names the field as the interview asks for it; JSON keys never change.

use predicates::prelude::*;

use crate::util::{edited_example, example, lint_passes, poa, poa_in_locale};

/// A case whose first order is dated after the warning.
fn order_after_warning() -> (tempfile::TempDir, std::path::PathBuf) {
    edited_example(
        "refund-for-review-change",
        "date = 2026-01-16",
        "date = 2026-09-16",
    )
}

#[test]
fn validate_speaks_chinese_in_a_chinese_locale() {
    let (_dir, case) = order_after_warning();
    poa_in_locale("zh_CN.UTF-8")
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
            predicate::str::contains(
                "orders[0].date (order 1: Order date): 2026-09-16 is after the warning",
            )
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

/// A case whose second measure is owned by "we".
fn vague_owner() -> (tempfile::TempDir, std::path::PathBuf) {
    edited_example(
        "refund-for-review-change",
        "owner = \"Wei Zhang, owner\"",
        "owner = \"we\"",
    )
}

#[test]
fn lint_speaks_chinese_and_names_the_field_as_the_interview_does() {
    let (_dir, case) = vague_owner();
    let linted = lint_passes(&case, "zh");
    assert!(linted.contains("警告[measure-owner-vague] measures[1].owner（第 2 项预防措施的负责人）: 请写明负责这项措施的人或职位"), "{linted}");
    assert!(linted.contains("0 个错误，1 个警告"), "{linted}");
}

#[test]
fn lint_in_english_names_the_field_as_the_interview_does_too() {
    let (_dir, case) = vague_owner();
    let linted = lint_passes(&case, "en");
    assert!(
        linted
            .contains("warning[measure-owner-vague] measures[1].owner (measure 2: Who owns it): "),
        "{linted}"
    );
}

#[test]
fn json_keys_and_rule_ids_do_not_change_with_the_language() {
    let (_dir, case) = vague_owner();
    let json = |lang: &str| -> serde_json::Value {
        let output = poa()
            .args(["lint", "--json", "--lang", lang])
            .arg(&case)
            .output()
            .unwrap();
        serde_json::from_slice(&output.stdout).unwrap()
    };
    let (en, zh) = (json("en"), json("zh"));
    let keys = |v: &serde_json::Value| -> Vec<Vec<String>> {
        v.as_array()
            .unwrap()
            .iter()
            .map(|f| f.as_object().unwrap().keys().cloned().collect())
            .collect()
    };
    assert_eq!(keys(&en), keys(&zh));
    for (e, z) in en.as_array().unwrap().iter().zip(zh.as_array().unwrap()) {
        for same in ["rule", "severity", "place"] {
            assert_eq!(e[same], z[same], "{same}");
        }
        assert_ne!(e["message"], z["message"], "the message follows --lang");
    }
    assert_eq!(zh[0]["message"], "请写明负责这项措施的人或职位");
}

#[test]
fn render_reports_in_chinese() {
    let dir = tempfile::tempdir().unwrap();
    poa()
        .args(["--lang", "zh", "render"])
        .arg(crate::util::example("gift-card-insert"))
        .arg("--out")
        .arg(dir.path())
        .assert()
        .success()
        .stdout(
            predicate::str::contains("已写入")
                .and(predicate::str::contains("原创性："))
                .and(predicate::str::contains("审查：0 个错误")),
        );
}

#[test]
fn a_command_line_clap_refuses_is_explained_in_chinese_with_the_way_to_help() {
    poa()
        .args(["render", "--lang", "zh", "--frobnicate", "case.toml"])
        .assert()
        .code(64)
        .stderr(
            predicate::str::contains("poa：命令行中有 poa 不认识的选项：--frobnicate。")
                .and(predicate::str::contains(
                    "请运行 poa render --help 查看用法。",
                ))
                // clap's own message follows, naming the argument.
                .and(predicate::str::contains("'--frobnicate'")),
        );
    poa_in_locale("zh_CN.UTF-8")
        .arg("validate")
        .assert()
        .code(64)
        .stderr(
            predicate::str::contains("命令行缺少必需的参数").and(predicate::str::contains(
                "请运行 poa validate --help 查看用法。",
            )),
        );
}

#[test]
fn a_command_line_clap_refuses_stays_as_clap_says_it_in_english() {
    poa_in_locale("en_US.UTF-8")
        .args(["render", "--frobnicate"])
        .assert()
        .code(64)
        .stderr(
            predicate::str::contains("unexpected argument '--frobnicate'")
                .and(predicate::str::contains("poa：").not()),
        );
}

/// Refusals of the command line itself (not clap's) speak Chinese too: every one poa words.
#[test]
fn a_refused_command_line_is_explained_in_chinese() {
    let dir = tempfile::tempdir().unwrap();
    let pattern = dir.path().join("*.toml");
    let refusals: [(Vec<std::ffi::OsString>, &str); 4] = [
        (
            vec![
                "batch".into(),
                pattern.into_os_string(),
                "--out".into(),
                dir.path().into(),
            ],
            "中没有案例文件（*.toml）",
        ),
        (
            vec!["new".into(), dir.path().join("case.toml").into_os_string()],
            "需要在终端中运行",
        ),
        (
            vec![
                "render".into(),
                example("refund-for-review-change").into_os_string(),
                "--variant".into(),
                "9".into(),
                "--out".into(),
                dir.path().into(),
            ],
            "没有第 9 种措辞",
        ),
        (
            vec![
                "revise".into(),
                example("refund-for-review-change").into_os_string(),
            ],
            "没有终端时",
        ),
    ];
    for (args, chinese) in refusals {
        poa()
            .args(["--lang", "zh"])
            .args(&args)
            .assert()
            .code(64)
            .stderr(predicate::str::contains(chinese));
    }
}
