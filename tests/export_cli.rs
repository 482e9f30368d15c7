//! The export and report commands as a coordinator runs them: the built binary against a
//! data folder made with the store's own code.

use assert_cmd::Command;
use calamine::{Reader, Xlsx, open_workbook};
use chrono::{TimeZone, Utc};
use predicates::prelude::*;
use zhulao::lesson::{Lesson, Library};
use zhulao::progress::{Mode, Outcome, StepEvent, Store};

fn lesson(id: &str) -> Lesson {
    Library::load(&[]).get(id).unwrap().lesson.clone()
}

fn zhulao(data: &std::path::Path) -> Command {
    let mut cmd = Command::cargo_bin("zhulao").unwrap();
    cmd.env("ZHULAO_DATA_DIR", data)
        .env("ZHULAO_CONFIG", data.join("settings.toml"))
        .env("TZ", "Asia/Shanghai")
        .env_remove("LANG");
    cmd
}

/// Two learners; 王秀英 (0012) finished mobile payment on 2026-10-20, Beijing time.
fn data_folder() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(dir.path(), Utc::now()).unwrap();
    let wang = store
        .add_learner("王秀英", Some("0012"), Utc::now())
        .unwrap();
    store.add_learner("李华", Some("1002"), Utc::now()).unwrap();
    let pay = lesson("mobile-payment");
    for (n, step) in pay.steps.iter().enumerate() {
        store
            .record_step(&StepEvent {
                learner: wang.id,
                lesson: pay.id.clone(),
                lesson_version: pay.version,
                step: step.id.clone(),
                outcome: Outcome::Done,
                mode: Mode::Practice,
                session: None,
                seconds: 30,
                at: Utc.with_ymd_and_hms(2026, 10, 20, 2, n as u32, 0).unwrap(),
            })
            .unwrap();
    }
    dir
}

fn is_xlsx(path: &std::path::Path) -> bool {
    std::fs::read(path).unwrap().starts_with(b"PK")
}

fn is_csv(path: &std::path::Path) -> bool {
    std::fs::read(path).unwrap().starts_with(b"\xEF\xBB\xBF")
}

#[test]
fn export_progress_with_lesson_does_not_panic_and_keeps_to_that_lesson() {
    let data = data_folder();
    let out = data.path().join("pay.xlsx");
    zhulao(data.path())
        .args(["export", "progress", "--lesson", "mobile-payment", "-o"])
        .arg(&out)
        .assert()
        .success();
    let book: Xlsx<_> = open_workbook(&out).unwrap();
    let names = book.sheet_names();
    let titles: Vec<String> = Library::load(&[])
        .lessons
        .iter()
        .map(|l| l.lesson.title.clone())
        .collect();
    let lesson_sheets: Vec<&String> = names.iter().filter(|n| titles.contains(n)).collect();
    assert_eq!(
        lesson_sheets,
        [&lesson("mobile-payment").title],
        "{names:?}"
    );
}

#[test]
fn the_global_lessons_option_before_export_progress_does_not_panic() {
    let data = data_folder();
    let extra = tempfile::tempdir().unwrap();
    let out = data.path().join("all.xlsx");
    zhulao(data.path())
        .arg("--lessons")
        .arg(extra.path())
        .args(["export", "progress", "-o"])
        .arg(&out)
        .assert()
        .success();
    zhulao(data.path())
        .arg("--lessons")
        .arg(extra.path())
        .args(["export", "progress", "--lesson", "ride-hailing", "-o"])
        .arg(&out)
        .assert()
        .success();
}

#[test]
fn the_format_follows_the_file_name() {
    let data = data_folder();
    let csv = data.path().join("进度.csv");
    let xlsx = data.path().join("进度.xlsx");
    let run = |args: &[&str], path: &std::path::Path| {
        zhulao(data.path()).args(args).arg(path).assert().success();
    };
    run(&["export", "progress", "-o"], &csv);
    assert!(is_csv(&csv), "progress .csv is CSV");
    run(&["export", "progress", "-o"], &xlsx);
    assert!(is_xlsx(&xlsx), "progress .xlsx is XLSX");
    run(&["export", "learner", "0012", "-o"], &csv);
    assert!(is_csv(&csv), "learner .csv is CSV");
    run(&["export", "learner", "0012", "-o"], &xlsx);
    assert!(is_xlsx(&xlsx), "learner .xlsx is XLSX");
    run(&["report", "activity", "-o"], &csv);
    assert!(is_csv(&csv), "activity .csv is CSV");
    let no_ext = data.path().join("进度");
    run(&["export", "progress", "-o"], &no_ext);
    assert!(is_xlsx(&no_ext), "without an extension: XLSX as before");
}

#[test]
fn a_format_that_contradicts_the_file_name_is_refused() {
    let data = data_folder();
    let csv = data.path().join("x.csv");
    zhulao(data.path())
        .args(["export", "progress", "--format", "xlsx", "-o"])
        .arg(&csv)
        .assert()
        .code(1)
        .stdout(predicate::str::contains("--format xlsx"));
    assert!(!csv.exists());
}

#[test]
fn dash_writes_to_standard_output_and_makes_no_file() {
    let data = data_folder();
    let run = |args: &[&str]| {
        let out = zhulao(data.path())
            .current_dir(data.path())
            .args(args)
            .output()
            .unwrap();
        assert!(out.status.success(), "{args:?}: {out:?}");
        assert!(
            !data.path().join("-").exists(),
            "{args:?} made a file named -"
        );
        out
    };
    let out = run(&["export", "progress", "-o", "-"]);
    assert!(
        out.stdout.starts_with(b"\xEF\xBB\xBF"),
        "CSV on standard output"
    );
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("王秀英"), "{text}");
    assert!(
        !text.contains("已导出"),
        "messages go to standard error: {text}"
    );
    let out = run(&["export", "progress", "--format", "xlsx", "-o", "-"]);
    assert!(out.stdout.starts_with(b"PK"), "XLSX when asked for");
    let out = run(&["export", "learner", "0012", "-o", "-"]);
    assert!(String::from_utf8(out.stdout).unwrap().contains("移动支付"));
    let out = run(&["export", "learner", "0012", "--certificate", "-o", "-"]);
    assert!(
        String::from_utf8(out.stdout)
            .unwrap()
            .starts_with("<!DOCTYPE html>")
    );
    let out = run(&["report", "activity", "-o", "-"]);
    assert!(out.stdout.starts_with(b"\xEF\xBB\xBF"));
    assert!(String::from_utf8(out.stderr).unwrap().contains("合计"));
}
