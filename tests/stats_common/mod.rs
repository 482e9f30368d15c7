//! The hand-computed fixture of the activity reports (see tests/activity.rs for the
//! figures): three sites, class sessions with lead trainers and assistants, an empty
//! session, a learner taken off a roster, kiosk practice (one visit just after midnight
//! Beijing time, one visit with nothing practised), a session before the period and one
//! after it, and plans held and not held. All times are UTC; Beijing is UTC+8.
//!
//! The class sessions tick as class mode makes them (every sign-in, mark, answer, step
//! turned and the class's end saves the session's time), except S5, saved by an older
//! version that kept no start and end. Also the set-up the report tests share: the
//! command, the export context, the fixture's units and statistics.

#![allow(dead_code)]

use assert_cmd::Command;
use chrono::{DateTime, NaiveDate, TimeZone, Utc};
use zhulao::export::activity::{Activity, Period, activity};
use zhulao::export::book::Context;
use zhulao::export::dates::Zone;
use zhulao::export::stats::units::{Unit, units};
use zhulao::i18n::Lang;
use zhulao::lesson::{Lesson, Library};
use zhulao::progress::{
    LearnerId, Mode, NewPlan, NewSession, Outcome, QuizEvent, SessionId, StepEvent, Store,
};

/// 东城社区学院: class sessions.
pub const A: &str = "东城社区学院";
/// 西城图书馆: kiosk practice only.
pub const B: &str = "西城图书馆";
/// 南湖老年大学: one class session.
pub const C: &str = "南湖老年大学";

pub fn lesson(id: &str) -> Lesson {
    Library::load(&[]).get(id).unwrap().lesson.clone()
}

pub fn day(m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, m, d).unwrap()
}

/// 2026-10-d hh:mm UTC.
pub fn utc(d: u32, h: u32, min: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 10, d, h, min, 0).unwrap()
}

pub struct Fixture {
    pub store: Store,
    /// Learners 1 to 10 at indexes 1 to 10 (index 0 unused).
    pub learners: Vec<LearnerId>,
    pub pay: Lesson,
    pub ride: Lesson,
    pub fraud: Lesson,
    pub sessions: Vec<SessionId>,
    /// Sessions saved by an older version: no ticks, so no start and end.
    pub old: Vec<SessionId>,
}

/// The activity week in Beijing: 19 to 25 October 2026.
pub fn week() -> Period {
    Period {
        from: Some(day(10, 19)),
        to: Some(day(10, 25)),
        site: None,
    }
}

impl Fixture {
    /// The three lessons the fixture uses.
    pub fn lessons(&self) -> [&Lesson; 3] {
        [&self.pay, &self.ride, &self.fraud]
    }

    /// What the statistics count in `period`, by Beijing days.
    pub fn units(&self, period: &Period) -> Vec<Unit> {
        units(&self.store, &self.lessons(), period, Zone::beijing()).unwrap()
    }

    /// The statistics table of `period`, by Beijing days.
    pub fn activity(&self, period: &Period) -> Activity {
        activity(&self.store, &self.lessons(), period, Zone::beijing()).unwrap()
    }

    /// A saved action of a class-mode session at `at` (a step turned, the class ended);
    /// nothing for a session of an older version.
    pub fn tick(&mut self, session: SessionId, at: DateTime<Utc>) {
        if !self.old.contains(&session) {
            self.store.session_tick(session, at).unwrap();
        }
    }

    fn session(
        &mut self,
        site: &str,
        lesson: &Lesson,
        (date, at): (NaiveDate, DateTime<Utc>),
        trainer: &str,
        who: &[usize],
    ) -> SessionId {
        let s = self
            .store
            .create_session(
                &NewSession {
                    date,
                    site: site.into(),
                    trainer: trainer.into(),
                    lesson_id: lesson.id.to_string(),
                },
                at,
            )
            .unwrap();
        self.store.session_tick(s.id, at).unwrap();
        for w in who {
            self.tick(s.id, at);
            self.store.attend(s.id, self.learners[*w], at).unwrap();
        }
        self.sessions.push(s.id);
        s.id
    }

    /// A session as an older version saved it: no start or end.
    fn old_session(
        &mut self,
        site: &str,
        lesson: &Lesson,
        (date, at): (NaiveDate, DateTime<Utc>),
        trainer: &str,
        who: &[usize],
    ) -> SessionId {
        let s = self
            .store
            .create_session(
                &NewSession {
                    date,
                    site: site.into(),
                    trainer: trainer.into(),
                    lesson_id: lesson.id.to_string(),
                },
                at,
            )
            .unwrap();
        self.old.push(s.id);
        for w in who {
            self.store.attend(s.id, self.learners[*w], at).unwrap();
        }
        self.sessions.push(s.id);
        s.id
    }

    #[allow(clippy::too_many_arguments)]
    pub fn step(
        &mut self,
        session: Option<SessionId>,
        lesson: &Lesson,
        who: usize,
        step: usize,
        outcome: Outcome,
        seconds: u32,
        at: DateTime<Utc>,
    ) {
        if let Some(s) = session {
            self.tick(s, at);
        }
        self.store
            .record_step(&StepEvent {
                learner: self.learners[who],
                lesson: lesson.id.clone(),
                lesson_version: lesson.version,
                step: lesson.steps[step].id.clone(),
                outcome,
                mode: if session.is_some() {
                    Mode::Class
                } else {
                    Mode::Kiosk
                },
                session: session.map(|s| s.0),
                seconds,
                at,
            })
            .unwrap();
    }

    /// `who` answers the first `questions` questions, the first `right` rightly, one a
    /// minute from `at`.
    pub fn answers(
        &mut self,
        session: Option<SessionId>,
        lesson: &Lesson,
        who: usize,
        (questions, right): (usize, usize),
        at: DateTime<Utc>,
    ) {
        for (i, q) in lesson.quiz.iter().take(questions).enumerate() {
            let correct = i < right;
            let when = at + chrono::Duration::minutes(i as i64);
            if let Some(s) = session {
                self.tick(s, when);
            }
            self.store
                .record_answer(&QuizEvent {
                    learner: self.learners[who],
                    lesson: lesson.id.clone(),
                    lesson_version: lesson.version,
                    question: q.id.clone(),
                    chosen: if correct {
                        q.answer
                    } else {
                        (q.answer + 1) % q.options.len()
                    },
                    correct,
                    mode: if session.is_some() {
                        Mode::Class
                    } else {
                        Mode::Kiosk
                    },
                    session: session.map(|s| s.0),
                    at: when,
                })
                .unwrap();
        }
    }

    fn visit(&mut self, who: usize, site: &str, from: DateTime<Utc>, to: DateTime<Utc>) {
        let v = self
            .store
            .start_visit(self.learners[who], site, from)
            .unwrap();
        self.store.extend_visit(v, to).unwrap();
    }

    fn plan(&mut self, date: NaiveDate, time: &str, site: &str, lesson: &str, who: &str, n: u32) {
        let new = NewPlan {
            date,
            time: time.into(),
            site: site.into(),
            lesson_id: lesson.into(),
            trainer: who.into(),
            expected: n,
        };
        self.store.add_plan(&new, utc(1, 0, 0)).unwrap();
    }
}

pub fn fixture(dir: &std::path::Path) -> Fixture {
    let mut store = Store::open(dir, utc(1, 0, 0)).unwrap();
    let mut learners = vec![LearnerId(0)];
    for i in 1..=10 {
        let l = store
            .add_learner(&format!("学员{i:02}"), None, utc(1, 0, 0))
            .unwrap();
        learners.push(l.id);
    }
    let mut f = Fixture {
        store,
        learners,
        pay: lesson("mobile-payment"),
        ride: lesson("ride-hailing"),
        fraud: lesson("fraud-calls"),
        sessions: Vec::new(),
        old: Vec::new(),
    };
    let (pay, ride, fraud) = (f.pay.clone(), f.ride.clone(), f.fraud.clone());
    // Before the week: learner 9 took part already.
    f.session(A, &ride, (day(10, 12), utc(12, 1, 0)), "李老师", &[9]);
    // S1: 09:00 to 10:30 in Beijing, lead 李老师 with two assistants; learner 5 was taken
    // off the roster after answering.
    let s1 = f.session(
        A,
        &pay,
        (day(10, 19), utc(19, 1, 0)),
        "李老师",
        &[1, 2, 3, 4, 5],
    );
    f.store.unattend(s1, f.learners[5]).unwrap();
    f.store
        .set_volunteers(s1, None, &["王助教".into(), "赵助教".into()])
        .unwrap();
    for st in 0..12 {
        f.step(
            Some(s1),
            &pay,
            1,
            st,
            Outcome::Done,
            60,
            utc(19, 1, 1 + st as u32),
        );
    }
    for st in 0..6 {
        if st == 2 {
            f.step(Some(s1), &pay, 2, st, Outcome::WrongTry, 0, utc(19, 1, 14));
            f.step(Some(s1), &pay, 2, st, Outcome::WrongTry, 0, utc(19, 1, 15));
            f.step(Some(s1), &pay, 2, st, Outcome::NeedsHelp, 0, utc(19, 1, 16));
        }
        f.step(
            Some(s1),
            &pay,
            2,
            st,
            Outcome::Done,
            120,
            utc(19, 1, 20 + st as u32),
        );
    }
    f.answers(Some(s1), &pay, 1, (7, 7), utc(19, 1, 30));
    f.answers(Some(s1), &pay, 5, (7, 0), utc(19, 1, 40)); // the last at 01:46
    // A step turned at 02:05: 19 minutes after the last answer, 19 before the next.
    f.tick(s1, utc(19, 2, 5));
    f.answers(Some(s1), &pay, 2, (7, 4), utc(19, 2, 24)); // the last at 02:30
    f.tick(s1, utc(19, 2, 30)); // the class ended
    // S2: 14:00 to 14:50, 李老师 alone; learner 9 is not new. Steps turned at 14:20 and
    // 14:40; the laptop was left open and the class ended at 16:00: those 70 minutes
    // count nothing.
    let s2 = f.session(A, &ride, (day(10, 20), utc(20, 6, 0)), "李老师", &[1, 6, 9]);
    f.tick(s2, utc(20, 6, 20));
    f.tick(s2, utc(20, 6, 40));
    f.step(Some(s2), &ride, 6, 0, Outcome::Done, 45, utc(20, 6, 50));
    f.tick(s2, utc(20, 8, 0));
    // S3: 09:00 to 09:58, 张老师 with 王助教: the last answer at 09:40, steps turned
    // until the class ended at 09:58.
    let s3 = f.session(A, &pay, (day(10, 21), utc(21, 1, 0)), "张老师", &[2, 7]);
    f.store
        .set_volunteers(s3, None, &["王助教".into()])
        .unwrap();
    for st in 0..12 {
        f.step(
            Some(s3),
            &pay,
            7,
            st,
            Outcome::Done,
            90,
            utc(21, 1, 1 + st as u32),
        );
    }
    f.answers(Some(s3), &pay, 7, (7, 5), utc(21, 1, 34)); // the last at 01:40
    f.tick(s3, utc(21, 1, 50));
    f.tick(s3, utc(21, 1, 58));
    // S4: nobody signed in.
    f.session(A, &fraud, (day(10, 22), utc(22, 1, 0)), "李老师", &[]);
    // S5: saved by an older version (no start and end), nothing recorded: the lesson's
    // 30 minutes.
    f.old_session(
        C,
        &fraud,
        (day(10, 23), utc(23, 2, 0)),
        "陈老师",
        &[8, 9, 10],
    );
    // After the week.
    f.session(B, &pay, (day(11, 5), utc(30, 1, 0)), "李老师", &[1]);
    // Kiosk at B. V1: 40 minutes, two lessons (20 each).
    f.visit(3, B, utc(22, 2, 0), utc(22, 2, 40));
    f.step(None, &pay, 3, 0, Outcome::Done, 30, utc(22, 2, 5));
    f.step(None, &pay, 3, 1, Outcome::Done, 30, utc(22, 2, 10));
    f.step(None, &fraud, 3, 0, Outcome::Done, 40, utc(22, 2, 20));
    f.answers(None, &fraud, 3, (8, 6), utc(22, 2, 22));
    // V2: 30 minutes of fraud calls.
    f.visit(10, B, utc(24, 7, 0), utc(24, 7, 30));
    for st in 0..4 {
        f.step(
            None,
            &fraud,
            10,
            st,
            Outcome::Done,
            50,
            utc(24, 7, 5 + st as u32),
        );
    }
    // V3: signed in, practised nothing.
    f.visit(4, B, utc(23, 3, 0), utc(23, 3, 5));
    // V4: 00:30 to 00:45 on 19 October in Beijing (still the 18th in UTC), 15 minutes.
    f.visit(8, B, utc(18, 16, 30), utc(18, 16, 45));
    f.step(None, &ride, 8, 0, Outcome::Done, 20, utc(18, 16, 35));
    // Plans.
    f.plan(day(10, 25), "14:00", C, "ride-hailing", "陈老师", 10);
    f.plan(
        day(10, 19),
        "09:00-10:30",
        A,
        "mobile-payment",
        "李老师",
        20,
    );
    f.plan(day(10, 22), "09:00", A, "fraud-calls", "李老师", 15);
    f.plan(day(10, 23), "10:00-11:00", C, "fraud-calls", "陈老师", 12);
    f
}

/// The fixture in a new temporary folder (kept while the folder lives).
pub fn made() -> (tempfile::TempDir, Fixture) {
    let dir = tempfile::tempdir().unwrap();
    let f = fixture(dir.path());
    (dir, f)
}

/// The export context of the report tests: Chinese, Beijing days, made on 24 October.
pub fn cx() -> Context {
    Context {
        lang: Lang::Zh,
        zone: Zone::beijing(),
        today: day(10, 24),
        unit: "东城区社区教育中心".into(),
    }
}

/// zhulao on the data folder `dir`, its settings there, in Beijing time.
pub fn zhulao(dir: &std::path::Path) -> Command {
    let mut c = Command::cargo_bin("zhulao").unwrap();
    c.arg("--data-dir")
        .arg(dir)
        .env("ZHULAO_CONFIG", dir.join("settings.toml"))
        .env("TZ", "CST-8");
    c
}

/// Runs zhulao with `args`: whether it succeeded, and all it printed.
pub fn run(dir: &std::path::Path, args: &[&str]) -> (bool, String) {
    let out = zhulao(dir).args(args).output().unwrap();
    let text =
        String::from_utf8_lossy(&out.stdout).into_owned() + &String::from_utf8_lossy(&out.stderr);
    (out.status.success(), text)
}

/// Keeps a copy of a written file in `$ZHULAO_SAMPLES`, when set, to look at.
pub fn samples(path: &std::path::Path, name: &str) {
    if let Ok(dir) = std::env::var("ZHULAO_SAMPLES") {
        std::fs::copy(path, std::path::Path::new(&dir).join(name)).unwrap();
    }
}
