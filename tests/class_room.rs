//! Class mode in the room, through its keys, its edge and the store: today's planned
//! sessions offered first and started with one key, a learner who leaves early (their
//! class time stops), the summary's times, and the screen of the steps learners find hard.

mod class_support;

use chrono::{DateTime, Duration, Local, NaiveDate, Utc};
use class_support::week::*;
use class_support::*;
use crossterm::event::KeyCode;
use zhulao::class::state::{Present, ROW_GROUP, ROW_PLAN, ROW_START, Times};
use zhulao::class::{Msg, Stage};
use zhulao::export::stats::steps::difficulty;
use zhulao::progress::{LearnerId, Mode, NewPlan, Outcome, Plan, StepEvent};

fn plan(week: &mut Week, site: &str, lesson: &str, time: &str) -> Plan {
    let day = week.at.with_timezone(&Local).date_naive();
    let new = NewPlan {
        date: day,
        time: time.into(),
        site: site.into(),
        lesson_id: lesson.into(),
        trainer: "张老师".into(),
        expected: 15,
    };
    week.store.add_plan(&new, week.at).unwrap()
}

fn plan_of_session(week: &Week) -> Option<i64> {
    let id = week.class.session.as_ref().unwrap().id.0;
    let db = rusqlite::Connection::open(week.store.path()).unwrap();
    db.query_row("SELECT plan FROM class_session WHERE id = ?1", [id], |r| {
        r.get(0)
    })
    .unwrap()
}

#[test]
fn todays_plan_is_offered_first_and_one_key_starts_it_with_the_sites_class() {
    let mut week = returning();
    let planned = plan(&mut week, "幸福社区", "pension-check", "09:30-11:00");
    plan(&mut week, "东城图书馆", "wechat-basics", "14:00");
    week.reopen(week.at);
    assert_eq!(week.class.setup.plans.len(), 1, "only this site's plans");
    assert_eq!(week.class.setup.on_plan, Some(0));
    let text = screen_text(&screen(&week.class, 80, 24).0);
    assert!(text.contains("今天安排的课"), "{text}");
    assert!(text.contains("▶ 09:30-11:00"), "{text}");
    assert!(text.contains("张老师 · 预计15人"), "{text}");

    week.key(KeyCode::Enter);
    assert_eq!(week.keys, 1);
    assert_eq!(week.class.stage, Stage::Attendance);
    let session = week.class.session.clone().unwrap();
    assert_eq!(session.lesson_id, "pension-check");
    assert_eq!(session.site, "幸福社区");
    assert_eq!(session.trainer, "张老师");
    assert_eq!(
        week.class.attendees.len(),
        12,
        "the site's class group signed in with it"
    );
    assert_eq!(plan_of_session(&week), Some(planned.id.0));
    week.key(KeyCode::Enter);
    assert_eq!(week.class.stage, Stage::Present);

    // Held: shown as held; Up then Enter goes on with the session that held it.
    week.reopen(week.at + Duration::minutes(5));
    assert_eq!(week.class.setup.plans[0].held, Some(session.id));
    assert_eq!(week.class.setup.on_plan, None, "nothing left to start");
    assert_eq!(week.class.setup.row, ROW_GROUP);
    let text = screen_text(&screen(&week.class, 80, 24).0);
    assert!(text.contains("✓ 已上课 09:30-11:00"), "{text}");
    week.key(KeyCode::Up);
    assert_eq!(week.class.setup.on_plan, Some(0));
    week.key(KeyCode::Enter);
    assert_eq!(week.class.session.as_ref().unwrap().id, session.id);
}

#[test]
fn another_class_can_still_be_started_and_a_plan_started_by_mistake_is_free_again() {
    let mut week = returning();
    plan(&mut week, "幸福社区", "pension-check", "09:30");
    week.reopen(week.at);
    // 另开一堂课: down to the form, which starts last week's class with its own lesson.
    week.key(KeyCode::Down);
    assert_eq!(week.class.setup.on_plan, None);
    assert_eq!(week.class.setup.row, ROW_GROUP);
    let lesson = week.class.lessons[week.class.setup.lesson].id.to_string();
    week.key(KeyCode::Enter);
    assert_eq!(week.class.session.as_ref().unwrap().lesson_id, lesson);
    assert_eq!(plan_of_session(&week), None);
    assert_eq!(week.class.setup.plans[0].held, None);

    // The plan started, then left at once: the empty session goes and the plan is free.
    let mut week = Week::new(&["王秀英"]);
    plan(&mut week, "幸福社区", "pension-check", "09:30");
    week.reopen(week.at);
    week.key(KeyCode::Enter);
    assert!(week.class.setup.plans[0].held.is_some());
    week.key(KeyCode::Esc);
    assert_eq!(week.class.stage, Stage::Setup);
    assert_eq!(week.class.setup.plans[0].held, None);
    assert_eq!(week.count("SELECT count(*) FROM class_session"), 0);
    // A tap on the plan starts it too.
    week.send(Msg::PickPlan(0));
    assert_eq!(week.class.stage, Stage::Attendance);
}

/// The set-up's plan form opened, a time and a number typed.
fn planning() -> Week {
    let mut week = Week::new(&["王秀英"]);
    week.send(Msg::Pick(ROW_PLAN));
    week.type_keys("09:30-11:00");
    week.key(KeyCode::Down);
    week.key(KeyCode::Right);
    week.key(KeyCode::Down);
    week.type_keys("15");
    week
}

#[test]
fn a_later_class_is_planned_from_the_set_up_and_a_plan_for_today_is_offered() {
    let mut week = planning();
    assert_eq!(week.class.stage, Stage::Setup);
    let lesson = week.class.lessons[1].id.to_string();
    week.key(KeyCode::Enter);
    assert!(week.class.setup.plan_form.is_none());
    let said = week.class.status.clone().unwrap();
    assert!(said.contains("安排好了：2026-11-30 09:30-11:00"), "{said}");
    let plans = week.store.plans_between(None, None).unwrap();
    assert_eq!(plans.len(), 1);
    let p = &plans[0].plan;
    assert_eq!(
        p.date,
        NaiveDate::from_ymd_opt(2026, 11, 30).unwrap(),
        "a week on"
    );
    assert_eq!(
        (p.site.as_str(), p.trainer.as_str()),
        ("幸福社区", "李老师")
    );
    assert_eq!((p.lesson_id.as_str(), p.expected), (lesson.as_str(), 15));
    assert!(week.class.setup.plans.is_empty(), "not today's");
    // A week later it is offered first.
    week.reopen(week.at + Duration::days(7));
    assert_eq!(week.class.setup.on_plan, Some(0));
    // One for today is offered at once.
    week.reopen(week.at);
    week.send(Msg::Pick(ROW_PLAN));
    week.key(KeyCode::Up);
    for _ in 0..10 {
        week.key(KeyCode::Backspace);
    }
    week.type_keys("2026-11-30");
    week.key(KeyCode::Down);
    week.type_keys("14:00");
    week.key(KeyCode::Enter);
    assert_eq!(week.class.setup.plans.len(), 2);
    assert_eq!(week.class.setup.plans[1].plan.plan.time, "14:00");
}

/// Two learners signed in at the start and the lesson begun.
fn two_in_class() -> Week {
    let mut week = Week::new(&["王秀英", "李建国"]);
    week.send(Msg::Pick(ROW_START));
    for q in ["wxy", "ljg"] {
        week.type_keys(q);
        week.key(KeyCode::Enter);
    }
    week.key(KeyCode::Enter);
    assert_eq!(week.class.stage, Stage::Present);
    week
}

fn open_summary(week: &mut Week) {
    week.type_keys("q");
    for _ in 0..40 {
        if week.class.stage == Stage::Summary {
            return;
        }
        week.key(KeyCode::Right);
    }
    panic!("no summary");
}

fn hm(t: DateTime<Utc>) -> String {
    t.with_timezone(&Local).format("%H:%M").to_string()
}

#[test]
fn one_who_leaves_early_stops_counting_and_the_summary_says_so() {
    let mut week = two_in_class();
    let start = week.at;
    let (wang, li) = (week.id_of("王秀英"), week.id_of("李建国"));
    let session = week.class.session.clone().unwrap().id;
    week.later(10);
    week.type_keys("gl");
    assert!(week.class.has_left(wang));
    let said = week.class.status.clone().unwrap();
    assert!(said.contains("王秀英 提前离开了"), "{said}");
    week.later(20);
    week.type_keys("e");
    assert_eq!(
        week.class.mark(0, 0),
        None,
        "one who left is not marked done"
    );
    assert!(week.class.mark(1, 0).is_some());
    // Back, then gone again.
    week.type_keys("1l");
    assert!(!week.class.has_left(wang));
    assert!(
        week.class
            .status
            .as_deref()
            .unwrap()
            .contains("王秀英 回来了")
    );
    week.later(5);
    week.type_keys("e");
    week.later(5);
    week.type_keys("1l");
    let left_at = week.at;
    week.later(5);
    week.key(KeyCode::Tab);
    open_summary(&mut week);

    let seconds = |l: LearnerId| week.store.presence_seconds(session, l).unwrap();
    assert_eq!(seconds(wang), 20 * 60, "10, then 10 more while back");
    assert_eq!(seconds(li), 45 * 60);
    let text = zhulao::class::view::summary_text(&week.class);
    let expected = format!("上课时间：{}–{}（45 分钟）", hm(start), hm(week.at));
    assert!(text.contains(&expected), "{expected} in:\n{text}");
    let expected = format!(
        "每人在场的时间：王秀英 20分钟（{}提前离开）、李建国 45分钟",
        hm(left_at)
    );
    assert!(text.contains(&expected), "{expected} in:\n{text}");
}

#[test]
fn the_hard_steps_screen_shows_the_sheets_figures_hardest_first_or_in_order() {
    let mut week = two_in_class();
    let lesson = week.class.current_lesson().unwrap().clone();
    // Practice at home: wrong tries on step 3, help on step 2, times on step 1.
    let (wang, li) = (week.id_of("王秀英"), week.id_of("李建国"));
    let events = [
        (wang, 0, Outcome::Done, 40),
        (li, 0, Outcome::Done, 60),
        (wang, 1, Outcome::NeedsHelp, 0),
        (wang, 2, Outcome::WrongTry, 5),
        (wang, 2, Outcome::WrongTry, 5),
        (li, 2, Outcome::WrongTry, 5),
    ];
    for (i, (learner, step, outcome, seconds)) in events.into_iter().enumerate() {
        week.store
            .record_step(&StepEvent {
                learner,
                lesson: lesson.id.clone(),
                lesson_version: lesson.version,
                step: lesson.steps[step].id.clone(),
                outcome,
                mode: Mode::Practice,
                session: None,
                seconds,
                at: week.at - Duration::days(1) + Duration::seconds(i as i64),
            })
            .unwrap();
    }
    open_summary(&mut week);
    week.type_keys("s");
    assert_eq!(week.class.stage, Stage::Steps);
    let log = week.store.step_log(Some(lesson.id.as_str())).unwrap();
    let sheet = difficulty(&log, &[&lesson]);
    assert_eq!(
        week.class.steps_screen.lines, sheet[0].steps,
        "the sheet's figures"
    );
    let first: Vec<usize> = week
        .class
        .steps_screen
        .shown()
        .iter()
        .map(|l| l.number)
        .collect();
    assert_eq!(&first[..2], [3, 2], "3 wrong tries, then 1 needs help");
    let text = screen_text(&screen(&week.class, 80, 24).0);
    assert!(text.contains("第3步"), "{text}");
    week.type_keys("o");
    let order: Vec<usize> = week
        .class
        .steps_screen
        .shown()
        .iter()
        .map(|l| l.number)
        .collect();
    assert_eq!(order, (1..=lesson.steps.len()).collect::<Vec<_>>());
    // Paged at 40×15: PageDown turns the page, and every step is reached.
    let mut seen = String::new();
    for _ in 0..40 {
        seen.push_str(&screen_text(&screen(&week.class, 40, 15).0));
        let before = week.class.pages.text;
        week.key_at_size(KeyCode::PageDown, (40, 15));
        if week.class.pages.text == before {
            break;
        }
    }
    for n in 1..=lesson.steps.len() {
        assert!(
            seen.contains(&format!("第{n}步")),
            "step {n} reached at 40×15"
        );
    }
    week.key(KeyCode::Esc);
    assert_eq!(week.class.stage, Stage::Summary);
}

/// The summary of `two_in_class` with fixed times (the clock's zone left out).
fn summary_with_times() -> Week {
    let mut week = two_in_class();
    open_summary(&mut week);
    let day = NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
    let at = |h, m| day.and_hms_opt(h, m, 0).unwrap();
    let (wang, li) = (week.id_of("王秀英"), week.id_of("李建国"));
    week.class.times = Times {
        span: Some((at(9, 30), at(11, 5))),
        presence: vec![
            Present {
                learner: wang,
                seconds: 40 * 60,
                left: Some(at(10, 10)),
            },
            Present {
                learner: li,
                seconds: 95 * 60,
                left: None,
            },
        ],
    };
    week
}

fn steps_screen() -> Week {
    let mut week = two_in_class();
    let lesson = week.class.current_lesson().unwrap().clone();
    let wang = week.id_of("王秀英");
    for (i, (step, outcome)) in [
        (2, Outcome::WrongTry),
        (2, Outcome::WrongTry),
        (1, Outcome::NeedsHelp),
        (0, Outcome::Done),
    ]
    .into_iter()
    .enumerate()
    {
        week.store
            .record_step(&StepEvent {
                learner: wang,
                lesson: lesson.id.clone(),
                lesson_version: lesson.version,
                step: lesson.steps[step].id.clone(),
                outcome,
                mode: Mode::Practice,
                session: None,
                seconds: 30,
                at: week.at - Duration::days(1) + Duration::seconds(i as i64),
            })
            .unwrap();
    }
    open_summary(&mut week);
    week.type_keys("s");
    week
}

screens! {
    set_up_with_plans: {
        let mut week = returning();
        plan(&mut week, "幸福社区", "pension-check", "09:30-11:00");
        plan(&mut week, "幸福社区", "wechat-basics", "14:00-15:30");
        week.reopen(week.at);
        week.key(KeyCode::Enter);
        week.key(KeyCode::Enter);
        week.reopen(week.at + Duration::minutes(5));
        week
    };
    grid_left_early: {
        let mut week = two_in_class();
        week.type_keys("gl");
        week
    };
    summary_times: summary_with_times();
    plan_form: planning();
    steps_hardest_first: steps_screen();
    steps_in_order: {
        let mut week = steps_screen();
        week.type_keys("o");
        week
    };
}
