//! Every file a coordinator makes, from a realistic data folder (three sites, classes with
//! assistants and a kiosk, Chinese names, codes with leading zeros, plans), as printed:
//! the progress workbook converted to PDF by LibreOffice (`soffice --headless`) must keep
//! its promised page count. Without soffice the conversion is skipped, and the test says so
//! on its output; the files are still written and checked to open.
//!
//! `ZHULAO_PAPER=DIR cargo test --test export_paper` keeps the data folder and every file
//! in DIR, to convert and look at by hand.

use std::path::{Path, PathBuf};
use std::process::Command as Process;

use assert_cmd::Command;
use chrono::{DateTime, Duration, NaiveDate, TimeZone, Utc};
use zhulao::lesson::{Lesson, Library};
use zhulao::progress::{
    LearnerId, Mode, NewPlan, NewSession, Outcome, QuizEvent, SessionId, StepEvent, Store,
};

const NAMES: [&str; 24] = [
    "王秀英",
    "李建国",
    "张桂兰",
    "刘德华",
    "陈淑珍",
    "杨国强",
    "赵玉梅",
    "黄志明",
    "周凤英",
    "吴建华",
    "徐丽华",
    "孙卫东",
    "胡秀兰",
    "朱永红",
    "高德胜",
    "林美玲",
    "何淑芬",
    "郭建平",
    "马桂英",
    "罗志强",
    "梁秀珍",
    "宋福贵",
    "郑玉兰",
    "欧阳明华",
];
const EAST: &str = "东城社区学院";
const LIBRARY: &str = "西城图书馆";
const SOUTH: &str = "南湖老年大学";

/// 2026-10-d hh:mm in Beijing, as UTC.
fn bj(d: u32, h: u32, m: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 10, d, h, m, 0).unwrap() - Duration::hours(8)
}

fn day(d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 10, d).unwrap()
}

struct Folder {
    store: Store,
    learners: Vec<LearnerId>,
    lessons: Vec<Lesson>,
}

impl Folder {
    fn lesson(&self, id: &str) -> Lesson {
        self.lessons
            .iter()
            .find(|l| l.id.as_str() == id)
            .unwrap()
            .clone()
    }

    fn step(
        &mut self,
        s: Option<SessionId>,
        l: &Lesson,
        who: usize,
        i: usize,
        o: Outcome,
        at: DateTime<Utc>,
    ) {
        if let Some(s) = s {
            self.store.session_tick(s, at).unwrap();
        }
        self.store
            .record_step(&StepEvent {
                learner: self.learners[who],
                lesson: l.id.clone(),
                lesson_version: l.version,
                step: l.steps[i].id.clone(),
                outcome: o,
                mode: if s.is_some() {
                    Mode::Class
                } else {
                    Mode::Kiosk
                },
                session: s.map(|s| s.0),
                seconds: 40,
                at,
            })
            .unwrap();
    }

    fn answer(
        &mut self,
        s: Option<SessionId>,
        l: &Lesson,
        who: usize,
        right: bool,
        q: usize,
        at: DateTime<Utc>,
    ) {
        let Some(question) = l.quiz.get(q) else {
            return;
        };
        if let Some(s) = s {
            self.store.session_tick(s, at).unwrap();
        }
        self.store
            .record_answer(&QuizEvent {
                learner: self.learners[who],
                lesson: l.id.clone(),
                lesson_version: l.version,
                question: question.id.clone(),
                chosen: if right {
                    question.answer
                } else {
                    (question.answer + 1) % question.options.len()
                },
                correct: right,
                mode: if s.is_some() {
                    Mode::Class
                } else {
                    Mode::Kiosk
                },
                session: s.map(|s| s.0),
                at,
            })
            .unwrap();
    }

    /// A class of `who` at `site` from `start`, each learner working `reach` steps (the
    /// first few stumbling on step 3), then the check questions; the class ends after.
    #[allow(clippy::too_many_arguments)]
    fn class(
        &mut self,
        site: &str,
        lesson: &str,
        (d, h): (u32, u32),
        trainer: &str,
        assistants: &[&str],
        who: &[usize],
        reach: usize,
    ) -> SessionId {
        let l = self.lesson(lesson);
        let start = bj(d, h, 0);
        let s = self
            .store
            .create_session(
                &NewSession {
                    date: day(d),
                    site: site.into(),
                    trainer: trainer.into(),
                    lesson_id: lesson.into(),
                },
                start,
            )
            .unwrap();
        self.store.session_tick(s.id, start).unwrap();
        for (k, w) in who.iter().enumerate() {
            let at = start + Duration::seconds(20 * k as i64);
            self.store.session_tick(s.id, at).unwrap();
            self.store.attend(s.id, self.learners[*w], at).unwrap();
        }
        let assistants: Vec<String> = assistants.iter().map(|a| a.to_string()).collect();
        self.store.set_volunteers(s.id, None, &assistants).unwrap();
        let steps = l.steps.len().min(reach);
        for i in 0..steps {
            let at = start + Duration::minutes(5 + 4 * i as i64);
            for (k, w) in who.iter().enumerate() {
                let at = at + Duration::seconds(10 * k as i64);
                if i == 2 && k % 3 == 0 {
                    self.step(Some(s.id), &l, *w, i, Outcome::WrongTry, at);
                }
                if i == 2 && k % 4 == 0 {
                    self.step(Some(s.id), &l, *w, i, Outcome::NeedsHelp, at);
                }
                // The last learner of a big class stops half way.
                if k + 1 == who.len() && who.len() > 4 && i >= steps / 2 {
                    continue;
                }
                self.step(
                    Some(s.id),
                    &l,
                    *w,
                    i,
                    Outcome::Done,
                    at + Duration::seconds(5),
                );
            }
        }
        if steps == l.steps.len() {
            let at = start + Duration::minutes(8 + 4 * steps as i64);
            for (k, w) in who.iter().enumerate() {
                for q in 0..l.quiz.len() {
                    let when = at + Duration::seconds(30 * q as i64 + 5 * k as i64);
                    self.answer(Some(s.id), &l, *w, (q + k) % 4 != 0, q, when);
                }
            }
        }
        let end = start + Duration::minutes(15 + 4 * steps as i64);
        self.store.session_tick(s.id, end).unwrap();
        s.id
    }

    /// A kiosk visit at the library: `steps` steps of a lesson.
    fn visit(&mut self, who: usize, lesson: &str, (d, h, m): (u32, u32, u32), steps: usize) {
        let l = self.lesson(lesson);
        let start = bj(d, h, m);
        let v = self
            .store
            .start_visit(self.learners[who], LIBRARY, start)
            .unwrap();
        let steps = steps.min(l.steps.len());
        for i in 0..steps {
            let at = start + Duration::minutes(2 + 2 * i as i64);
            self.step(None, &l, who, i, Outcome::Done, at);
        }
        self.store
            .extend_visit(v, start + Duration::minutes(4 + 2 * steps as i64))
            .unwrap();
    }
}

/// The data folder: 24 learners, nine classes at three sites, kiosk practice, plans; 王秀英
/// (0007) finishes every bundled lesson.
fn make(dir: &Path) -> (SessionId, String) {
    let mut store = Store::open(dir, bj(1, 9, 0)).unwrap();
    let mut learners = Vec::new();
    for (i, name) in NAMES.iter().enumerate() {
        let code = match i {
            0 => "0007".to_string(),
            1 => "0012".to_string(),
            2 => "13800138000".to_string(),
            _ => format!("{}", 1000 + i * 37),
        };
        let l = store
            .add_learner(name, Some(&code), bj(1, 9, i as u32))
            .unwrap();
        learners.push(l.id);
    }
    store
        .write(|tx| {
            tx.execute(
                "UPDATE learner SET notes = '眼睛不好，字要大；子女在外地' WHERE id = ?1",
                [learners[1].0],
            )
            .map(drop)
        })
        .unwrap();
    let lessons: Vec<Lesson> = Library::load(&[])
        .lessons
        .into_iter()
        .map(|l| l.lesson)
        .collect();
    let mut f = Folder {
        store,
        learners,
        lessons,
    };
    let all: Vec<usize> = (0..10).collect();
    let second: Vec<usize> = (10..18).collect();
    let payment = f.class(
        EAST,
        "mobile-payment",
        (19, 9),
        "李老师",
        &["王助教", "赵助教"],
        &all,
        99,
    );
    f.class(
        EAST,
        "ride-hailing",
        (20, 14),
        "李老师",
        &["王助教"],
        &all,
        99,
    );
    f.class(EAST, "medical-code", (21, 9), "张老师", &[], &all[..6], 5);
    f.class(
        SOUTH,
        "fraud-calls",
        (19, 14),
        "陈老师",
        &["孙助教"],
        &second,
        99,
    );
    f.class(
        SOUTH,
        "hospital-booking",
        (22, 9),
        "陈老师",
        &[],
        &second,
        99,
    );
    f.class(
        SOUTH,
        "pension-check",
        (23, 9),
        "陈老师",
        &["孙助教"],
        &second[..5],
        99,
    );
    f.class(
        LIBRARY,
        "wechat-basics",
        (24, 10),
        "周老师",
        &[],
        &[18, 19, 20, 21],
        99,
    );
    for (n, who) in (18..24).enumerate() {
        f.visit(
            who,
            "fraud-links",
            (20 + n as u32 % 4, 10, 5 * n as u32),
            4 + n,
        );
        f.visit(
            who,
            "online-shopping",
            (21 + n as u32 % 3, 15, 3 * n as u32),
            3,
        );
    }
    // 王秀英 finishes every lesson, at the kiosk, over the week.
    let lessons = f.lessons.clone();
    for (n, l) in lessons.iter().enumerate() {
        let start = bj(19 + (n as u32 % 7), 16, 0);
        for i in 0..l.steps.len() {
            f.step(
                None,
                l,
                0,
                i,
                Outcome::Done,
                start + Duration::minutes(i as i64),
            );
        }
    }
    for (d, time, site, lesson, who, n) in [
        (19, "09:00-10:30", EAST, "mobile-payment", "李老师", 12),
        (20, "14:00-15:30", EAST, "ride-hailing", "李老师", 12),
        (22, "09:00", EAST, "fraud-calls", "李老师", 15),
        (23, "09:00-10:00", SOUTH, "pension-check", "陈老师", 8),
        (26, "14:00", SOUTH, "online-shopping", "陈老师", 10),
    ] {
        let plan = NewPlan {
            date: day(d),
            time: time.into(),
            site: site.into(),
            lesson_id: lesson.into(),
            trainer: who.into(),
            expected: n,
        };
        f.store.add_plan(&plan, bj(1, 9, 0)).unwrap();
    }
    (payment, "0007".into())
}

fn zhulao(data: &Path) -> Command {
    let mut c = Command::cargo_bin("zhulao").unwrap();
    c.arg("--data-dir")
        .arg(data)
        .env("ZHULAO_CONFIG", data.join("settings.toml"))
        .env("TZ", "CST-8");
    c
}

/// Every file, written by the commands into `out`.
fn export_all(data: &Path, out: &Path, session: SessionId, code: &str) -> Vec<PathBuf> {
    std::fs::write(
        data.join("settings.toml"),
        "organisation = \"东城区社区教育中心\"\n",
    )
    .unwrap();
    let week = ["--from", "2026-10-19", "--to", "2026-10-25"];
    let id = session.0.to_string();
    let jobs: Vec<(&str, Vec<&str>)> = vec![
        ("进度表.xlsx", vec!["export", "progress"]),
        ("进度表.csv", vec!["export", "progress"]),
        ("学习档案.xlsx", vec!["export", "learner", code]),
        ("学习档案.csv", vec!["export", "learner", code]),
        ("统计表.xlsx", [&["report", "activity"][..], &week].concat()),
        ("统计表.csv", [&["report", "activity"][..], &week].concat()),
        (
            "志愿者.xlsx",
            [&["report", "volunteers"][..], &week].concat(),
        ),
        ("安排表.xlsx", [&["report", "plan"][..], &week].concat()),
        ("难点.xlsx", vec!["report", "steps"]),
        (
            "证书.html",
            vec!["export", "learner", code, "--certificate"],
        ),
        (
            "全班证书.html",
            vec!["export", "certificates", "--session", &id],
        ),
        ("学员卡.html", vec!["export", "cards"]),
    ];
    let mut files = Vec::new();
    for (name, args) in jobs {
        let path = out.join(name);
        let done = zhulao(data)
            .args(&args)
            .arg("-o")
            .arg(&path)
            .output()
            .unwrap();
        assert!(
            done.status.success(),
            "{name}: {}{}",
            String::from_utf8_lossy(&done.stdout),
            String::from_utf8_lossy(&done.stderr)
        );
        assert!(path.is_file(), "{name}");
        files.push(path);
    }
    files
}

/// The pages of a PDF: its page objects (`/Type /Page`, not `/Pages`).
fn pdf_pages(pdf: &[u8]) -> usize {
    let text = String::from_utf8_lossy(pdf);
    text.match_indices("/Type")
        .filter(|(i, _)| {
            let rest = text[i + 5..].trim_start();
            rest.starts_with("/Page") && !rest.starts_with("/Pages")
        })
        .count()
}

fn soffice() -> Option<&'static str> {
    ["soffice", "libreoffice"].into_iter().find(|p| {
        Process::new(p)
            .arg("--version")
            .output()
            .is_ok_and(|o| o.status.success())
    })
}

#[test]
fn every_file_a_coordinator_makes_and_the_progress_workbook_on_paper() {
    let keep = std::env::var_os("ZHULAO_PAPER").map(PathBuf::from);
    let temp = tempfile::tempdir().unwrap();
    let root = keep.clone().unwrap_or_else(|| temp.path().to_path_buf());
    let (data, out) = (root.join("data"), root.join("files"));
    std::fs::create_dir_all(&out).unwrap();
    if data.exists() {
        std::fs::remove_dir_all(&data).unwrap();
    }
    std::fs::create_dir_all(&data).unwrap();
    let (session, code) = make(&data);
    let files = export_all(&data, &out, session, &code);
    assert_eq!(files.len(), 12);
    let Some(soffice) = soffice() else {
        println!("skipped: soffice (LibreOffice) is not installed, so nothing was printed to PDF");
        return;
    };
    let xlsx = out.join("进度表.xlsx");
    let pdf_dir = root.join("pdf");
    let profile = root.join("lo-profile");
    let done = Process::new(soffice)
        .arg(format!(
            "-env:UserInstallation=file://{}",
            profile.display()
        ))
        .args(["--headless", "--convert-to", "pdf", "--outdir"])
        .arg(&pdf_dir)
        .arg(&xlsx)
        .output()
        .unwrap();
    assert!(
        done.status.success(),
        "{}",
        String::from_utf8_lossy(&done.stderr)
    );
    let pdf = std::fs::read(pdf_dir.join("进度表.pdf")).unwrap();
    let lessons = Library::load(&[]).lessons.len();
    // The progress sheet prints three lessons a landscape page at full size, each page
    // under the whole heading wrapped in its code and name columns (19 learners fit a
    // page's length: the 24 here take two); each lesson's step sheet, fitted to the
    // width, one page; the notes sheet one.
    assert_eq!(
        pdf_pages(&pdf),
        lessons.div_ceil(3) * 2 + lessons + 1,
        "pages of 进度表.pdf"
    );
}
