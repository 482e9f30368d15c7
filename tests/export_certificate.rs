//! Completion certificates: a table that cannot misalign, one A4 page for up to 21
//! lessons, a number, the issuing unit, 学时, a stamp and signature area, Chinese dates;
//! refused for a learner who completed nothing; a whole class's in one file. And the
//! learner record, which names the learner and dates each lesson by its completion.

mod common;

use assert_cmd::Command;
use chrono::{DateTime, Duration, NaiveDate, TimeZone, Utc};
use predicates::prelude::*;
use zhulao::export::book::Context;
use zhulao::export::certificate::{LESSONS_PER_PAGE, certificates};
use zhulao::export::dates::Zone;
use zhulao::export::learner::{record, record_table};
use zhulao::i18n::Lang;
use zhulao::lesson::Lesson;
use zhulao::lesson::model::LessonId;
use zhulao::progress::{Learner, Mode, NewSession, Outcome, StepEvent, Store};

fn cx() -> Context {
    Context {
        lang: Lang::Zh,
        zone: Zone::beijing(),
        today: NaiveDate::from_ymd_opt(2026, 10, 26).unwrap(),
        unit: "武进区湖塘镇社区教育中心".into(),
    }
}

/// `n` lessons made from the example, with titles of every length up to 30 characters.
fn lessons(n: usize) -> Vec<Lesson> {
    (0..n)
        .map(|i| {
            let mut l = common::example_lesson();
            l.id = LessonId::new_for_tests(&format!("lesson-{i:02}"));
            l.title = format!("第{}课：{}", i + 1, "智慧助老手机课程".repeat(1 + i % 4));
            l.estimated_minutes = 45;
            l
        })
        .collect()
}

fn mark(
    store: &mut Store,
    who: &Learner,
    lesson: &Lesson,
    step: usize,
    outcome: Outcome,
    at: DateTime<Utc>,
) {
    store
        .record_step(&StepEvent {
            learner: who.id,
            lesson: lesson.id.clone(),
            lesson_version: 1,
            step: lesson.steps[step].id.clone(),
            outcome,
            mode: Mode::Class,
            session: None,
            seconds: 0,
            at,
        })
        .unwrap();
}

/// Every step of `lesson` done on the given day at 07:30 Beijing time.
fn complete(store: &mut Store, who: &Learner, lesson: &Lesson, day: u32) {
    let at = Utc.with_ymd_and_hms(2026, 10, day - 1, 23, 30, 0).unwrap();
    for step in 0..lesson.steps.len() {
        mark(
            store,
            who,
            lesson,
            step,
            Outcome::Done,
            at + Duration::minutes(step as i64),
        );
    }
}

#[test]
fn a_certificate_is_a_table_with_number_unit_hours_stamp_and_chinese_dates() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(dir.path(), Utc::now()).unwrap();
    let wang = store
        .add_learner("王秀英", Some("0012"), Utc::now())
        .unwrap();
    let all = lessons(3);
    complete(&mut store, &wang, &all[0], 20);
    complete(&mut store, &wang, &all[1], 21);
    let refs: Vec<&Lesson> = all.iter().collect();
    let lines = record(&store, &wang, &refs, Zone::beijing()).unwrap();
    let page = certificates(&[(&wang, &lines)], &cx()).unwrap();
    for needle in [
        "结业证书",
        "证书编号：20261026-0012",
        "学员 王秀英（学员号 0012）",
        "学完下列 2 节课程，共 1.5 学时",
        "发证单位（盖章）：武进区湖塘镇社区教育中心",
        "盖章处",
        "负责人（签字）：",
        "发证日期：2026年10月26日",
        "<td class=\"d\">2026年10月20日</td>",
        "<td class=\"d\">2026年10月21日</td>",
        "size: A4",
    ] {
        assert!(page.contains(needle), "the certificate lacks {needle}");
    }
    assert!(!page.contains("float"), "no floats beside list items");
    assert_eq!(
        page.matches("<tr><td class=\"n\">").count(),
        2,
        "a row per lesson completed"
    );
    assert!(
        !page.contains(&all[2].title),
        "a lesson not completed is not listed"
    );
    if let Ok(dir) = std::env::var("ZHULAO_SAMPLES") {
        std::fs::write(std::path::Path::new(&dir).join("certificate-2.html"), &page).unwrap();
    }
}

#[test]
fn twenty_one_lessons_make_one_page_with_the_smallest_type() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(dir.path(), Utc::now()).unwrap();
    let wang = store
        .add_learner("王秀英", Some("1001"), Utc::now())
        .unwrap();
    let all = lessons(LESSONS_PER_PAGE);
    for l in &all {
        complete(&mut store, &wang, l, 20);
    }
    let refs: Vec<&Lesson> = all.iter().collect();
    let lines = record(&store, &wang, &refs, Zone::beijing()).unwrap();
    let page = certificates(&[(&wang, &lines)], &cx()).unwrap();
    assert_eq!(page.matches("<section class=\"cert compact\">").count(), 1);
    assert_eq!(page.matches("<tr><td class=\"n\">").count(), 21);
    if let Ok(dir) = std::env::var("ZHULAO_SAMPLES") {
        std::fs::write(
            std::path::Path::new(&dir).join("certificate-21.html"),
            &page,
        )
        .unwrap();
    }
}

#[test]
fn nobody_gets_a_certificate_for_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(dir.path(), Utc::now()).unwrap();
    let li = store.add_learner("李华", Some("1002"), Utc::now()).unwrap();
    let all = lessons(2);
    mark(&mut store, &li, &all[0], 0, Outcome::Done, Utc::now());
    let refs: Vec<&Lesson> = all.iter().collect();
    let lines = record(&store, &li, &refs, Zone::beijing()).unwrap();
    assert_eq!(lines.len(), 1, "begun");
    assert!(certificates(&[(&li, &lines)], &cx()).is_none());
}

#[test]
fn the_completion_date_is_when_the_last_step_was_done_not_the_last_activity() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(dir.path(), Utc::now()).unwrap();
    let wang = store
        .add_learner("王秀英", Some("1001"), Utc::now())
        .unwrap();
    let all = lessons(2);
    complete(&mut store, &wang, &all[0], 20);
    // Practising step 1 again a week later does not move the day it was completed.
    mark(
        &mut store,
        &wang,
        &all[0],
        0,
        Outcome::WrongTry,
        Utc.with_ymd_and_hms(2026, 10, 27, 2, 0, 0).unwrap(),
    );
    mark(
        &mut store,
        &wang,
        &all[0],
        0,
        Outcome::Done,
        Utc.with_ymd_and_hms(2026, 10, 27, 2, 1, 0).unwrap(),
    );
    // Lesson 2: completed on the 21st, step 2 marked as needing help on the 22nd, done
    // again on the 23rd: completed on the 23rd.
    complete(&mut store, &wang, &all[1], 21);
    mark(
        &mut store,
        &wang,
        &all[1],
        1,
        Outcome::NeedsHelp,
        Utc.with_ymd_and_hms(2026, 10, 22, 2, 0, 0).unwrap(),
    );
    mark(
        &mut store,
        &wang,
        &all[1],
        1,
        Outcome::Done,
        Utc.with_ymd_and_hms(2026, 10, 23, 2, 0, 0).unwrap(),
    );
    let refs: Vec<&Lesson> = all.iter().collect();
    let lines = record(&store, &wang, &refs, Zone::beijing()).unwrap();
    let day = |d| NaiveDate::from_ymd_opt(2026, 10, d);
    assert_eq!(
        lines[0].finished_on,
        day(20),
        "07:30 Beijing on the 20th, not the 27th"
    );
    assert_eq!(lines[1].finished_on, day(23));
    let (table, rows) = record_table(&wang, &lines, &cx());
    assert_eq!(table.heading[0], "学员学习档案");
    assert!(
        table
            .heading
            .iter()
            .any(|l| l.contains("学员：王秀英") && l.contains("学员号：1001"))
    );
    assert!(
        table
            .heading
            .iter()
            .any(|l| l.contains("填报单位：武进区湖塘镇社区教育中心"))
    );
    assert_eq!(
        table.header[2..4],
        ["完成步数".to_string(), "总步数".to_string()]
    );
    assert_eq!(
        rows[0][2],
        zhulao::export::Cell::Number(4.0),
        "a number, not 4/4"
    );
}

fn zhulao(data: &std::path::Path) -> Command {
    let mut cmd = Command::cargo_bin("zhulao").unwrap();
    cmd.arg("--data-dir")
        .arg(data)
        .env("ZHULAO_CONFIG", data.join("settings.toml"))
        .env("TZ", "CST-8")
        .env_remove("LANG");
    cmd
}

#[test]
fn a_class_gets_its_certificates_in_one_file_and_the_rest_are_named() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(dir.path(), Utc::now()).unwrap();
    let pay = zhulao::lesson::Library::load(&[])
        .get("mobile-payment")
        .unwrap()
        .lesson
        .clone();
    let session = store
        .create_session(
            &NewSession {
                date: NaiveDate::from_ymd_opt(2026, 10, 20).unwrap(),
                site: "东城社区学院".into(),
                trainer: "李老师".into(),
                lesson_id: pay.id.to_string(),
            },
            Utc::now(),
        )
        .unwrap();
    let names = [("王秀英", "1001"), ("李华", "1002"), ("张伟", "1003")];
    for (i, (name, code)) in names.iter().enumerate() {
        let l = store.add_learner(name, Some(code), Utc::now()).unwrap();
        store.attend(session.id, l.id, Utc::now()).unwrap();
        if i < 2 {
            complete(&mut store, &l, &pay, 20);
        }
    }
    std::fs::write(
        dir.path().join("settings.toml"),
        "organisation = \"东城社区教育中心\"\n",
    )
    .unwrap();
    drop(store);
    let out = dir.path().join("证书.html");
    zhulao(dir.path())
        .args([
            "export",
            "certificates",
            "--session",
            &session.id.0.to_string(),
            "-o",
        ])
        .arg(&out)
        .assert()
        .success()
        .stdout(predicate::str::contains("已写好 2 张结业证书"))
        .stdout(predicate::str::contains("没有发证：张伟（学员号 1003）"));
    let page = std::fs::read_to_string(&out).unwrap();
    assert_eq!(page.matches("<section class=\"cert").count(), 2);
    assert!(page.contains("王秀英") && page.contains("李华") && !page.contains("张伟"));
    assert!(page.contains("发证单位（盖章）：东城社区教育中心"));
    assert!(page.contains("break-after: page"));
    zhulao(dir.path())
        .args(["export", "certificates", "--session", "99", "-o"])
        .arg(&out)
        .assert()
        .code(1)
        .stdout(predicate::str::contains("没有第 99 次课"))
        .stdout(predicate::str::contains(
            "2026年10月20日  东城社区学院  移动支付",
        ));
    zhulao(dir.path())
        .args(["export", "learner", "1003", "--certificate", "-o"])
        .arg(dir.path().join("x.html"))
        .assert()
        .code(1)
        .stdout(predicate::str::contains("还没有学完任何一节课"));
    assert!(!dir.path().join("x.html").exists());
}
