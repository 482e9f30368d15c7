//! The activity statistics against a hand-computed fixture (3 sites, 5 sessions in the
//! activity week, 17 learners, some attending twice or three times, one session outside
//! the week), as a table, as XLSX read back with calamine, and the learner record and
//! certificate.

use assert_cmd::Command;
use calamine::{Data, Reader, Xlsx, open_workbook};
use chrono::{NaiveDate, TimeZone, Utc};
use zhulao::export::activity::{Period, activity};
use zhulao::lesson::{Lesson, Library};
use zhulao::progress::{
    LearnerId, Mode, NewSession, Outcome, QuizEvent, SessionId, StepEvent, Store,
};

const A: &str = "东城社区学院";
const B: &str = "西城图书馆";
const C: &str = "南湖老年大学";

fn lesson(id: &str) -> Lesson {
    Library::load(&[]).get(id).unwrap().lesson.clone()
}

fn day(d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 10, d).unwrap()
}

struct Fixture {
    store: Store,
    learners: Vec<LearnerId>,
    pay: Lesson,
    ride: Lesson,
}

impl Fixture {
    fn session(
        &mut self,
        site: &str,
        lesson: &Lesson,
        date: NaiveDate,
        who: &[usize],
    ) -> SessionId {
        let at = Utc.from_utc_datetime(&date.and_hms_opt(2, 0, 0).unwrap());
        let s = self
            .store
            .create_session(
                &NewSession {
                    date,
                    site: site.into(),
                    trainer: "李老师".into(),
                    lesson_id: lesson.id.to_string(),
                },
                at,
            )
            .unwrap();
        for w in who {
            self.store.attend(s.id, self.learners[w - 1], at).unwrap();
        }
        s.id
    }

    fn steps(&mut self, s: SessionId, lesson: &Lesson, who: usize, steps: std::ops::Range<usize>) {
        for st in steps {
            self.store
                .record_step(&StepEvent {
                    learner: self.learners[who - 1],
                    lesson: lesson.id.clone(),
                    lesson_version: lesson.version,
                    step: lesson.steps[st].id.clone(),
                    outcome: Outcome::Done,
                    mode: Mode::Class,
                    session: Some(s.0),
                    seconds: 60,
                    at: Utc.with_ymd_and_hms(2026, 10, 19, 3, st as u32, 0).unwrap(),
                })
                .unwrap();
        }
    }

    fn answers(
        &mut self,
        s: SessionId,
        lesson: &Lesson,
        who: usize,
        questions: usize,
        right: usize,
    ) {
        for (i, q) in lesson.quiz.iter().take(questions).enumerate() {
            let correct = i < right;
            self.store
                .record_answer(&QuizEvent {
                    learner: self.learners[who - 1],
                    lesson: lesson.id.clone(),
                    lesson_version: lesson.version,
                    question: q.id.clone(),
                    chosen: if correct {
                        q.answer
                    } else {
                        (q.answer + 1) % q.options.len()
                    },
                    correct,
                    mode: Mode::Class,
                    session: Some(s.0),
                    at: Utc.with_ymd_and_hms(2026, 10, 19, 4, i as u32, 0).unwrap(),
                })
                .unwrap();
        }
    }
}

fn fixture(dir: &std::path::Path) -> Fixture {
    let mut store = Store::open(dir, Utc::now()).unwrap();
    let learners = (1..=17)
        .map(|i| {
            store
                .add_learner(&format!("学员{i:02}"), None, Utc::now())
                .unwrap()
                .id
        })
        .collect();
    let mut f = Fixture {
        store,
        learners,
        pay: lesson("mobile-payment"),
        ride: lesson("ride-hailing"),
    };
    let (pay, ride) = (f.pay.clone(), f.ride.clone());
    let s1 = f.session(A, &pay, day(19), &[1, 2, 3, 4, 5, 6]);
    let s2 = f.session(A, &pay, day(21), &[1, 2, 7, 8]);
    let s3 = f.session(A, &ride, day(20), &[9, 10, 11, 12]);
    let s4 = f.session(B, &pay, day(22), &[13, 14, 15]);
    let s5 = f.session(C, &ride, day(23), &[16, 17, 1]);
    // After the activity week: must not count.
    let late = f.session(A, &pay, NaiveDate::from_ymd_opt(2026, 11, 5).unwrap(), &[3]);
    f.steps(s1, &pay, 1, 0..12); // learner 1: whole lesson in the first session
    f.steps(s1, &pay, 2, 0..6); // learner 2: half, then the rest next time
    f.steps(s2, &pay, 2, 6..12);
    f.steps(s1, &pay, 3, 0..6); // learner 3: half only (finishes after the week)
    f.steps(late, &pay, 3, 6..12);
    f.steps(s2, &pay, 7, 0..12);
    f.steps(s2, &pay, 8, 0..11); // one step short
    f.steps(s3, &ride, 9, 0..12);
    f.steps(s5, &ride, 16, 0..12);
    f.answers(s1, &pay, 1, 7, 7); // 100
    f.answers(s2, &pay, 2, 7, 4); // 4/7
    f.answers(s2, &pay, 7, 3, 2); // 2/7: unanswered questions count as not right
    f.answers(s4, &pay, 13, 7, 7); // 100
    f.answers(s5, &ride, 17, 6, 3); // 50
    f
}

fn week() -> Period {
    Period {
        from: Some(day(19)),
        to: Some(day(25)),
        site: None,
    }
}

#[test]
fn the_statistics_match_the_hand_computed_fixture() {
    let dir = tempfile::tempdir().unwrap();
    let f = fixture(dir.path());
    let lessons = [&f.pay, &f.ride];
    let t = activity(&f.store, &lessons, &week()).unwrap();
    let rows: Vec<_> = t
        .rows
        .iter()
        .map(|r| {
            (
                r.site.as_str(),
                r.lesson.as_str(),
                r.sessions,
                r.person_times,
                r.learners,
                r.completions,
                r.average_score.map(|s| (s * 10.0).round() / 10.0),
                r.hours,
            )
        })
        .collect();
    let (pay, ride) = (f.pay.title.as_str(), f.ride.title.as_str());
    let mut expected = vec![
        (A, pay, 2, 10, 8, 3, Some(61.9), 1.0),
        (A, ride, 1, 4, 4, 1, None, 0.5),
        (B, pay, 1, 3, 3, 0, Some(100.0), 0.5),
        (C, ride, 1, 3, 3, 1, Some(50.0), 0.5),
    ];
    expected.sort_by(|a, b| (a.0, a.1).cmp(&(b.0, b.1)));
    let mut got = rows.clone();
    got.sort_by(|a, b| (a.0, a.1).cmp(&(b.0, b.1)));
    assert_eq!(got, expected);
    assert_eq!(
        (
            t.total.sessions,
            t.total.person_times,
            t.total.learners,
            t.total.completions,
            t.total.hours
        ),
        (5, 20, 17, 5, 2.5)
    );
    // One site only.
    let only_b = Period {
        site: Some(B.into()),
        ..week()
    };
    let t = activity(&f.store, &lessons, &only_b).unwrap();
    assert_eq!(t.rows.len(), 1);
    assert_eq!(t.total.person_times, 3);
}

#[test]
fn the_report_command_prints_the_table_and_writes_xlsx() {
    let dir = tempfile::tempdir().unwrap();
    drop(fixture(dir.path()));
    let xlsx = dir.path().join("统计表.xlsx");
    let out = Command::cargo_bin("zhulao")
        .unwrap()
        .args(["--data-dir"])
        .arg(dir.path())
        .args([
            "report",
            "activity",
            "--from",
            "2026-10-19",
            "--to",
            "2026-10-25",
            "-o",
        ])
        .arg(&xlsx)
        .env("ZHULAO_CONFIG", dir.path().join("settings.toml"))
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(out.status.success(), "{text}");
    assert!(
        text.contains("统计时段：2026年10月19日 至 2026年10月25日"),
        "{text}"
    );
    assert!(text.contains("合计"), "{text}");
    assert!(
        text.lines()
            .any(|l| l.starts_with("合计") && l.contains("20")),
        "{text}"
    );
    if let Ok(samples) = std::env::var("ZHULAO_SAMPLES") {
        std::fs::copy(&xlsx, std::path::Path::new(&samples).join("activity.xlsx")).unwrap();
    }
    let mut book: Xlsx<_> = open_workbook(&xlsx).unwrap();
    let range = book.worksheet_range("活动情况统计表").unwrap();
    let text = |r: usize, c: usize| match range.get((r, c)) {
        Some(Data::String(s)) => s.clone(),
        _ => String::new(),
    };
    assert_eq!(text(0, 0), "活动情况统计表");
    assert!(
        text(1, 0).contains("统计时段：2026年10月19日 至 2026年10月25日"),
        "{}",
        text(1, 0)
    );
    assert!(text(1, 0).contains("地点：全部地点"));
    assert!(text(2, 0).contains("填报单位：") && text(2, 0).contains("制表日期："));
    let h = (0..range.height()).find(|&r| text(r, 0) == "地点").unwrap();
    assert_eq!(text(h, 3), "参加人次");
    let last = range.height() - 1;
    assert!(
        text(last, 0).starts_with("填报人："),
        "a place to sign under the table"
    );
    let total = range
        .rows()
        .find(|r| r[0] == Data::String("合计".into()))
        .unwrap();
    assert_eq!(total[0], Data::String("合计".into()));
    assert_eq!(total[2], Data::Float(5.0));
    assert_eq!(total[3], Data::Float(20.0));
    assert_eq!(total[4], Data::Float(17.0));
}

#[test]
fn a_bad_date_is_said_plainly() {
    let dir = tempfile::tempdir().unwrap();
    let out = Command::cargo_bin("zhulao")
        .unwrap()
        .args(["--data-dir"])
        .arg(dir.path())
        .args(["report", "activity", "--from", "10/19"])
        .env("ZHULAO_CONFIG", dir.path().join("settings.toml"))
        .output()
        .unwrap();
    assert!(!out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("日期“10/19”看不懂"), "{text}");
}

#[test]
fn a_learner_record_and_a_printable_certificate() {
    let dir = tempfile::tempdir().unwrap();
    let f = fixture(dir.path());
    let code = f.store.learners().unwrap()[0].code.clone();
    drop(f);
    let run = |args: &[&str]| {
        Command::cargo_bin("zhulao")
            .unwrap()
            .arg("--data-dir")
            .arg(dir.path())
            .args(args)
            .env("ZHULAO_CONFIG", dir.path().join("settings.toml"))
            .output()
            .unwrap()
    };
    let csv_path = dir.path().join("档案.csv");
    let out = run(&[
        "export",
        "learner",
        &code,
        "--format",
        "csv",
        "-o",
        csv_path.to_str().unwrap(),
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
    let bytes = std::fs::read(&csv_path).unwrap();
    assert!(bytes.starts_with(b"\xEF\xBB\xBF"), "BOM");
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(&bytes[3..]);
    let all: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(&all[0][0], "学员学习档案");
    assert!(
        all.iter()
            .any(|r| r[0].contains("学员：学员01") && r[0].contains(&code))
    );
    let h = all.iter().position(|r| &r[0] == "课程").unwrap();
    let rows = &all[h + 1..];
    // Learner 1 finished mobile payment and only sat in on ride hailing (no step marked):
    // the record lists the lessons started. Counts are numbers of their own, never 12/12
    // (a spreadsheet would read that as a date).
    assert_eq!(rows.len(), 1, "{rows:?}");
    assert_eq!(&rows[0][1], "已完成");
    assert_eq!((&rows[0][2], &rows[0][3]), ("12", "12"));
    assert_eq!((&rows[0][6], &rows[0][7]), ("7", "7"));
    let html_path = dir.path().join("证书.html");
    let out = run(&[
        "export",
        "learner",
        &code,
        "--certificate",
        "-o",
        html_path.to_str().unwrap(),
    ]);
    assert!(out.status.success());
    let page = std::fs::read_to_string(&html_path).unwrap();
    assert!(page.contains("结业证书"));
    assert!(page.contains("学员01"));
    assert!(page.contains("size: A4"));
    assert!(page.contains("移动支付"));
    assert!(
        page.contains("<td class=\"d\">2026年10月19日</td>"),
        "{page}"
    );
    let out = run(&[
        "export",
        "learner",
        "99999",
        "-o",
        html_path.to_str().unwrap(),
    ]);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stdout).contains("没有学员号是“99999”的学员"));
}

#[test]
fn an_open_ended_period_counts_every_session() {
    let dir = tempfile::tempdir().unwrap();
    let f = fixture(dir.path());
    let lessons = [&f.pay, &f.ride];
    let all = activity(&f.store, &lessons, &Period::default()).unwrap();
    assert_eq!((all.total.sessions, all.total.person_times), (6, 21));
    let from_only = Period {
        from: Some(day(22)),
        ..Period::default()
    };
    let t = activity(&f.store, &lessons, &from_only).unwrap();
    assert_eq!(t.total.sessions, 3, "22nd, 23rd and the one in November");
    let to_only = Period {
        to: Some(day(20)),
        ..Period::default()
    };
    assert_eq!(
        activity(&f.store, &lessons, &to_only)
            .unwrap()
            .total
            .sessions,
        2
    );
}
