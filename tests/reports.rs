//! The volunteer ledger, the 活动安排表 and the step-difficulty sheet against the
//! hand-computed fixture (tests/stats_common), cell by cell; the plan and session commands;
//! and the files the report commands write, with their charts.

mod stats_common;

use calamine::{Data, Reader, Xlsx, open_workbook};
use stats_common::{A, C, cx, day, fixture, made, run, samples, week};
use zhulao::export::Cell;
use zhulao::export::stats::ledger::{ledger_tables, services};
use zhulao::export::stats::plan::{plan_lines, plan_table};
use zhulao::export::stats::steps::{difficulty, median, steps_table};

fn t(s: &str) -> Cell {
    Cell::Text(s.into())
}

fn n(x: f64) -> Cell {
    Cell::Number(x)
}

fn h(x: f64) -> Cell {
    Cell::OneDecimal(x)
}

#[test]
fn every_cell_of_the_volunteer_ledger() {
    let (_dir, f) = made();
    let all = f.units(&week());
    let tables = ledger_tables(&services(&all), &week(), &cx());
    let (ledger, rows) = &tables[0];
    assert!(
        ledger.heading.is_empty(),
        "an upload sheet: the header comes first"
    );
    assert_eq!(
        ledger.header,
        [
            "姓名",
            "服务日期",
            "地点",
            "服务内容",
            "角色",
            "开始时间",
            "结束时间",
            "服务时长(小时)"
        ]
    );
    let (pay, ride, fraud) = (&f.pay.title, &f.ride.title, &f.fraud.title);
    let line =
        |who: &str, d: u32, site: &str, what: &str, role: &str, a: &str, b: &str, hours: f64| {
            vec![
                t(who),
                Cell::Date(day(10, d)),
                t(site),
                t(what),
                t(role),
                t(a),
                t(b),
                h(hours),
            ]
        };
    // By name (as text sorts), then date; the empty session S4 is nowhere. S2 ended at
    // 16:00, but the 70 minutes the laptop stood open count nothing; S5, an older
    // version's session with nothing recorded, runs the lesson's 30 minutes.
    let expected = vec![
        line("张老师", 21, A, pay, "讲师", "09:00", "09:58", 1.0),
        line("李老师", 19, A, pay, "讲师", "09:00", "10:30", 1.5),
        line("李老师", 20, A, ride, "讲师", "14:00", "16:00", 0.8),
        line("王助教", 19, A, pay, "助教", "09:00", "10:30", 1.5),
        line("王助教", 21, A, pay, "助教", "09:00", "09:58", 1.0),
        line("赵助教", 19, A, pay, "助教", "09:00", "10:30", 1.5),
        line("陈老师", 23, C, fraud, "讲师", "10:00", "10:30", 0.5),
    ];
    assert_eq!(rows, &expected);
    let (summary, sums) = &tables[1];
    assert_eq!(summary.header, ["姓名", "服务次数", "服务时长(小时)"]);
    assert_eq!(
        sums,
        &vec![
            vec![t("张老师"), n(1.0), h(1.0)],
            vec![t("李老师"), n(2.0), h(2.3)],
            vec![t("王助教"), n(2.0), h(2.5)],
            vec![t("赵助教"), n(1.0), h(1.5)],
            vec![t("陈老师"), n(1.0), h(0.5)],
            vec![t("合计"), n(7.0), h(7.8)],
        ],
        "the ledger's 7.8 h is the statistics table's volunteer hours"
    );
}

#[test]
fn every_cell_of_the_plan() {
    let (_dir, f) = made();
    let all = f.units(&week());
    let plans = f
        .store
        .plans_between(Some(day(10, 19)), Some(day(10, 25)))
        .unwrap();
    let lines = plan_lines(&plans, &all, cx().today);
    let (table, rows) = plan_table(&lines, &f.lessons(), &week(), &cx());
    assert_eq!(table.heading[0], "主要活动安排表");
    assert_eq!(
        table.header,
        [
            "序号",
            "日期",
            "时间",
            "地点",
            "活动内容",
            "领域",
            "主讲",
            "预计人数",
            "实际人次",
            "情况"
        ]
    );
    let (pay, ride, fraud) = (&f.pay.title, &f.ride.title, &f.fraud.title);
    let expected = vec![
        vec![
            n(1.0),
            Cell::Date(day(10, 19)),
            t("09:00-10:30"),
            t(A),
            t(pay),
            t("掌上金融"),
            t("李老师"),
            n(20.0),
            n(4.0),
            t("已举办"),
        ],
        // S4 had nobody signed in: not held.
        vec![
            n(2.0),
            Cell::Date(day(10, 22)),
            t("09:00"),
            t(A),
            t(fraud),
            t("防诈骗"),
            t("李老师"),
            n(15.0),
            Cell::Empty,
            t("未举办"),
        ],
        vec![
            n(3.0),
            Cell::Date(day(10, 23)),
            t("10:00-11:00"),
            t(C),
            t(fraud),
            t("防诈骗"),
            t("陈老师"),
            n(12.0),
            n(3.0),
            t("已举办"),
        ],
        vec![
            n(4.0),
            Cell::Date(day(10, 25)),
            t("14:00"),
            t(C),
            t(ride),
            t("智慧出行"),
            t("陈老师"),
            n(10.0),
            Cell::Empty,
            t("待举办"),
        ],
    ];
    assert_eq!(rows, expected);
}

#[test]
fn step_difficulty_counts_wrong_tries_help_time_and_drop_off() {
    let (_dir, f) = made();
    let log = f.store.step_log(Some("mobile-payment")).unwrap();
    let all = difficulty(&log, &[&f.pay]);
    assert_eq!(all.len(), 1);
    let steps = &all[0].steps;
    assert_eq!(steps.len(), 12);
    // Learners 1 and 7 finished; 2 stopped after step 6; 3 did steps 1 and 2 at the kiosk.
    let figures = |i: usize| {
        let s = &steps[i];
        (
            s.number,
            s.reached,
            s.wrong,
            s.help,
            s.median_seconds,
            s.dropped,
        )
    };
    assert_eq!(figures(0), (1, 4, 0, 0, Some(75.0), 2), "30 60 90 120 s");
    assert_eq!(figures(2), (3, 3, 2, 1, Some(90.0), 1));
    assert_eq!(figures(6), (7, 2, 0, 0, Some(75.0), 0));
    let (tables, charts) = steps_table(&all, &cx());
    let (table, rows) = &tables[0];
    assert_eq!(table.header[8], "没学完占比(%)");
    assert_eq!(rows[0][8], n(50.0));
    assert_eq!(rows[2][8], n(33.3));
    assert_eq!(charts.len(), 1);
    // The charts stand on a sheet of their own, two to a printed page, each drawing its
    // lesson's rows of the table.
    assert_eq!(tables[1].0.name, "图表");
    assert!(tables[1].1.is_empty());
    let (_, charts) = steps_table(&vec![all[0].clone(); 3], &cx());
    let placed: Vec<_> = charts
        .iter()
        .map(|c| (c.table, c.on, c.at, c.new_page, c.categories.rows))
        .collect();
    assert_eq!(
        placed,
        [
            (0, 1, (0, 0), false, (0, 11)),
            (0, 1, (18, 0), false, (12, 23)),
            (0, 1, (36, 0), true, (24, 35)),
        ]
    );
    assert_eq!(median(vec![]), None);
    assert_eq!(median(vec![5, 1, 3]), Some(3.0));
}

#[test]
fn plans_are_added_listed_and_removed_from_the_command_line() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let add = |time: &str, lesson: &str| {
        run(
            d,
            &[
                "plan",
                "add",
                "--date",
                "2026-11-23",
                "--time",
                time,
                "--site",
                A,
                "--lesson",
                lesson,
                "--trainer",
                "李老师",
                "--expected",
                "20",
            ],
        )
    };
    let (ok, text) = add("09:30-11:00", "mobile-payment");
    assert!(ok, "{text}");
    assert!(
        text.contains("已加入安排（编号 1）：2026年11月23日 09:30-11:00"),
        "{text}"
    );
    let (ok, text) = add("9点半", "mobile-payment");
    assert!(!ok && text.contains("时间“9点半”看不懂"), "{text}");
    let (ok, text) = add("11:00-09:30", "mobile-payment");
    assert!(!ok, "an end before the start: {text}");
    let (ok, text) = add("14:00", "no-such-lesson");
    assert!(
        !ok && text.contains("没有编号是“no-such-lesson”的课程"),
        "{text}"
    );
    let (ok, text) = run(d, &["plan", "list", "--from", "2026-11-01"]);
    assert!(ok);
    assert!(
        text.contains("1　2026年11月23日 09:30-11:00　东城社区学院"),
        "{text}"
    );
    assert!(text.contains("预计 20 人"), "{text}");
    let (ok, text) = run(d, &["plan", "remove", "1"]);
    assert!(ok && text.contains("已删除第 1 号安排"), "{text}");
    let (ok, text) = run(d, &["plan", "remove", "1"]);
    assert!(!ok && text.contains("没有第 1 号安排"), "{text}");
    let (_, text) = run(d, &["plan", "list"]);
    assert!(text.contains("这段时间没有安排"), "{text}");
}

#[test]
fn assistants_are_set_from_the_command_line_and_reach_the_ledger() {
    let dir = tempfile::tempdir().unwrap();
    let f = fixture(dir.path());
    let s2 = f.sessions[2];
    drop(f);
    let d = dir.path();
    let id = s2.0.to_string();
    let (ok, text) = run(
        d,
        &[
            "session",
            "volunteers",
            &id,
            "--lead",
            "周老师",
            "--assistant",
            "孙助教",
            "--assistant",
            "周老师",
        ],
    );
    assert!(ok, "{text}");
    assert!(
        text.contains("讲师 周老师；助教 孙助教"),
        "the lead is not also an assistant: {text}"
    );
    let (ok, text) = run(
        d,
        &[
            "session",
            "list",
            "--from",
            "2026-10-20",
            "--to",
            "2026-10-20",
        ],
    );
    assert!(ok && text.contains("讲师 周老师　助教 孙助教"), "{text}");
    let (ok, text) = run(d, &["session", "volunteers", "999"]);
    assert!(!ok && text.contains("没有第 999 次课"), "{text}");
    let csv = d.join("志愿者.csv");
    let (ok, text) = run(
        d,
        &[
            "report",
            "volunteers",
            "--from",
            "2026-10-19",
            "--to",
            "2026-10-25",
            "-o",
            csv.to_str().unwrap(),
        ],
    );
    assert!(ok && text.contains("8 条服务记录"), "{text}");
    let bytes = std::fs::read(&csv).unwrap();
    let mut reader = csv::ReaderBuilder::new().from_reader(&bytes[3..]);
    assert_eq!(
        &reader.headers().unwrap()[0],
        "姓名",
        "the header is the first row"
    );
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), 8);
    let zhou: Vec<_> = rows.iter().filter(|r| &r[0] == "周老师").collect();
    assert_eq!(zhou.len(), 1);
    // A time is text a spreadsheet would change: CSV writes it as ="14:00", which Excel,
    // WPS and LibreOffice show as 14:00.
    assert_eq!(
        (&zhou[0][1], &zhou[0][4], &zhou[0][5], &zhou[0][7]),
        ("2026-10-20", "讲师", "=\"14:00\"", "0.8")
    );
    assert!(rows.iter().any(|r| &r[0] == "孙助教" && &r[4] == "助教"));
    assert!(
        !rows
            .iter()
            .any(|r| &r[0] == "李老师" && &r[1] == "2026-10-20")
    );
    let xlsx = d.join("志愿者.xlsx");
    let (ok, _) = run(
        d,
        &[
            "report",
            "volunteers",
            "--from",
            "2026-10-19",
            "--to",
            "2026-10-25",
            "-o",
            xlsx.to_str().unwrap(),
        ],
    );
    assert!(ok);
    samples(&xlsx, "volunteers.xlsx");
}

#[test]
fn the_plan_and_steps_reports_write_xlsx_with_charts() {
    let dir = tempfile::tempdir().unwrap();
    drop(fixture(dir.path()));
    let d = dir.path();
    let plan = d.join("安排表.xlsx");
    let (ok, text) = run(
        d,
        &[
            "report",
            "plan",
            "--from",
            "2026-10-19",
            "--to",
            "2026-10-25",
            "-o",
            plan.to_str().unwrap(),
        ],
    );
    assert!(ok, "{text}");
    samples(&plan, "plan.xlsx");
    let mut book: Xlsx<_> = open_workbook(&plan).unwrap();
    let range = book.worksheet_range("主要活动安排表").unwrap();
    let h = (0..range.height())
        .find(|&r| range.get((r, 0)) == Some(&Data::String("序号".into())))
        .unwrap();
    assert_eq!(range.get((h + 1, 8)), Some(&Data::Float(4.0)));
    assert_eq!(range.get((h + 2, 9)), Some(&Data::String("未举办".into())));
    assert_eq!(
        range.get((h + 4, 9)),
        Some(&Data::String("未举办".into())),
        "the 25th has passed"
    );
    let steps = d.join("难点.xlsx");
    let (ok, text) = run(d, &["report", "steps", "-o", steps.to_str().unwrap()]);
    assert!(ok, "{text}");
    samples(&steps, "steps.xlsx");
    let zip = zip::ZipArchive::new(std::fs::File::open(&steps).unwrap()).unwrap();
    let charts = zip
        .file_names()
        .filter(|n| n.starts_with("xl/charts/chart"))
        .count();
    assert_eq!(charts, 3, "one per lesson with records");
    let (ok, text) = run(
        d,
        &[
            "report",
            "steps",
            "--lesson",
            "nope",
            "-o",
            steps.to_str().unwrap(),
        ],
    );
    assert!(!ok && text.contains("没有编号是“nope”的课程"), "{text}");
    let one = d.join("一课.csv");
    let (ok, _) = run(
        d,
        &[
            "report",
            "steps",
            "--lesson",
            "mobile-payment",
            "-o",
            one.to_str().unwrap(),
        ],
    );
    assert!(ok);
    let text = std::fs::read_to_string(&one).unwrap();
    assert!(
        text.contains("课程步骤难点表")
            && !text.contains(
                &zhulao::lesson::Library::load(&[])
                    .get("fraud-calls")
                    .unwrap()
                    .lesson
                    .title
            )
    );
}

#[test]
fn a_class_started_from_a_plan_holds_that_plan_not_an_earlier_one_of_its_lesson() {
    use zhulao::export::stats::plan::State;
    let (_dir, mut f) = made();
    // The one class of 10-19 (at A, paying by phone, 4 signed in) held the 09:00 plan by
    // day, site and lesson. Started from a 15:00 plan of the same lesson, it holds that.
    let class = f
        .store
        .sessions_on(day(10, 19))
        .unwrap()
        .into_iter()
        .find(|s| s.site == A && s.lesson_id == f.pay.id.as_str())
        .unwrap();
    let later = zhulao::progress::NewPlan {
        date: day(10, 19),
        time: "15:00".into(),
        site: A.into(),
        lesson_id: f.pay.id.to_string(),
        trainer: "李老师".into(),
        expected: 6,
    };
    let later = f.store.add_plan(&later, chrono::Utc::now()).unwrap();
    f.store.link_plan(class.id, later.id).unwrap();
    let all = f.units(&week());
    let linked: Vec<_> = all.iter().filter(|u| u.plan == Some(later.id)).collect();
    assert_eq!(linked.len(), 1, "the class's unit carries its plan");
    let plans = f
        .store
        .plans_between(Some(day(10, 19)), Some(day(10, 19)))
        .unwrap();
    let lines = plan_lines(&plans, &all, cx().today);
    let at = |time: &str| {
        lines
            .iter()
            .find(|l| l.plan.plan.time.starts_with(time))
            .unwrap()
    };
    assert_eq!(
        (at("15:00").state, at("15:00").held),
        (State::Held, Some(4))
    );
    assert_eq!((at("09:00").state, at("09:00").held), (State::Missed, None));
}
