//! A class session's life through class mode's keys, its edge and the store: class time
//! from the session and who was there; a session started by mistake; the history (go on,
//! correct, delete); a corrected date after a crash; a mark taken back leaves progress.

mod class_support;

use chrono::{Duration, NaiveDate};
use class_support::week::*;
use class_support::*;
use crossterm::event::KeyCode;
use zhulao::class::state::{ROW_HISTORY, ROW_START};
use zhulao::class::{Msg, Stage};
use zhulao::progress::Store;

#[test]
fn class_time_comes_from_the_session_and_who_was_there() {
    let mut week = Week::new(&["王秀英", "李建国", "张桂兰"]);
    let (wang, li, zhang) = (
        week.id_of("王秀英"),
        week.id_of("李建国"),
        week.id_of("张桂兰"),
    );
    week.send(Msg::Pick(ROW_START));
    week.type_keys("wxy");
    week.key(KeyCode::Enter);
    week.type_keys("ljg");
    week.key(KeyCode::Enter);
    week.key(KeyCode::Enter);
    // 张桂兰 comes ten minutes late.
    week.later(10);
    week.key(KeyCode::Esc);
    week.type_keys("zgl");
    week.key(KeyCode::Enter);
    week.key(KeyCode::Enter);
    week.later(10);
    week.type_keys("e");
    week.later(20);
    week.key(KeyCode::Right);
    week.type_keys("e");
    week.later(10);
    week.key(KeyCode::Right);
    let session = week.class.session.clone().unwrap().id;
    assert_eq!(week.store.presence_seconds(session, wang).unwrap(), 50 * 60);
    assert_eq!(week.store.presence_seconds(session, li).unwrap(), 50 * 60);
    assert_eq!(
        week.store.presence_seconds(session, zhang).unwrap(),
        40 * 60
    );
    let (start, end) = week.store.session_times(session).unwrap().unwrap();
    assert_eq!(end - start, Duration::minutes(50));
    // The laptop stays open over lunch: the gap does not count.
    week.later(90);
    week.key(KeyCode::Right);
    assert_eq!(week.store.presence_seconds(session, wang).unwrap(), 50 * 60);
    // The learner's own record shows the class time (学习时长), though marks carry 0 seconds.
    let lessons = lessons();
    let lesson = lessons
        .iter()
        .position(|l| l.id.as_str() == week.class.session.as_ref().unwrap().lesson_id)
        .unwrap();
    let refs: Vec<_> = lessons.iter().collect();
    let progress = week.store.progress(zhang, &refs).unwrap();
    assert_eq!(progress[lesson].seconds, 40 * 60);
    let learner = week
        .store
        .learner_by_code(&week.class.attendees[2].learner.code)
        .unwrap();
    let record = zhulao::export::learner::record(
        &week.store,
        &learner,
        &refs,
        zhulao::export::dates::Zone::Local,
    )
    .unwrap();
    assert_eq!(record[0].progress.seconds, 40 * 60);
    let table = week.store.progress_table(&refs).unwrap();
    assert_eq!(table[&wang][lesson].seconds, 50 * 60);
}

#[test]
fn a_session_started_by_mistake_with_nobody_is_deleted_and_does_not_count() {
    let mut week = Week::new(&["王秀英"]);
    week.send(Msg::Pick(ROW_START));
    assert_eq!(week.count("SELECT count(*) FROM class_session"), 1);
    week.key(KeyCode::Esc);
    assert_eq!(week.class.stage, Stage::Setup);
    assert!(week.class.session.is_none());
    assert!(week.class.status.as_deref().unwrap().contains("删掉"));
    assert_eq!(week.count("SELECT count(*) FROM class_session"), 0);
    let lessons = lessons();
    let refs: Vec<_> = lessons.iter().collect();
    let activity = zhulao::export::activity::activity(
        &week.store,
        &refs,
        &Default::default(),
        zhulao::export::dates::Zone::beijing(),
    )
    .unwrap();
    assert_eq!(activity.total.figures.sessions, 0);
    // One with someone signed in stays, offered to go on with.
    week.send(Msg::Pick(ROW_START));
    week.type_keys("wxy");
    week.key(KeyCode::Enter);
    week.key(KeyCode::Esc);
    assert_eq!(week.count("SELECT count(*) FROM class_session"), 1);
    assert_eq!(week.class.setup.today.len(), 1);
    // One left with nobody by a crash is not counted either, and the history deletes it.
    week.send(Msg::Pick(ROW_START));
    week.reopen(week.at);
    assert_eq!(week.count("SELECT count(*) FROM class_session"), 2);
    let activity = zhulao::export::activity::activity(
        &week.store,
        &refs,
        &Default::default(),
        zhulao::export::dates::Zone::beijing(),
    )
    .unwrap();
    assert_eq!(
        activity.total.figures.sessions, 1,
        "only the one someone came to"
    );
    week.send(Msg::Pick(ROW_HISTORY));
    assert_eq!(week.class.history.sessions[0].attendees, 0);
    week.key(KeyCode::Delete);
    assert_eq!(week.count("SELECT count(*) FROM class_session"), 1);
}

#[test]
fn the_history_reopens_corrects_and_deletes_past_sessions() {
    let mut week = with_history();
    assert_eq!(week.class.stage, Stage::History);
    assert_eq!(week.class.history.sessions.len(), 2);
    let (tuesday, monday_s) = (
        week.class.history.sessions[0].clone(),
        week.class.history.sessions[1].clone(),
    );
    assert_eq!(tuesday.records, 0);
    assert_eq!(monday_s.attendees, 2);
    assert_eq!(monday_s.minutes, 30);
    // Nothing recorded: one Delete removes it.
    week.key(KeyCode::Delete);
    assert_eq!(week.class.history.sessions.len(), 1);
    assert!(week.store.session(tuesday.session.id).unwrap().is_none());
    // Correct Monday's date, site and trainer.
    week.type_keys("e");
    for _ in 0..2 {
        week.key(KeyCode::Backspace);
    }
    week.type_keys("22");
    week.key(KeyCode::Tab);
    week.type_keys("二楼");
    week.key(KeyCode::Tab);
    for _ in 0..3 {
        week.key(KeyCode::Backspace);
    }
    week.type_keys("王老师");
    week.key(KeyCode::Enter);
    let s = week.store.session(monday_s.session.id).unwrap().unwrap();
    assert_eq!(s.date, NaiveDate::from_ymd_opt(2026, 11, 22).unwrap());
    assert_eq!(s.site, "幸福社区二楼");
    assert_eq!(s.trainer, "王老师");
    assert_eq!(week.class.history.sessions[0].session, s);
    // A bad date is refused, with the reason.
    week.type_keys("e");
    week.type_keys("x");
    week.key(KeyCode::Enter);
    assert!(week.class.status.as_deref().unwrap().contains("年-月-日"));
    week.key(KeyCode::Esc);
    // Reopen it: the class is where it was.
    week.key(KeyCode::Enter);
    assert_eq!(week.class.stage, Stage::Present);
    assert_eq!(week.class.attendees.len(), 2);
    assert_eq!(week.class.step, 1);
    // A mark changed now (dated on the corrected, earlier day) still wins over the old one.
    week.type_keys("g");
    week.type_keys("h");
    let session = week.class.session.as_ref().unwrap().id;
    let record = week.store.session_record(session).unwrap();
    let wang = week.id_of("王秀英");
    let step = week.class.current_lesson().unwrap().steps[1].id.to_string();
    assert!(
        record
            .marks
            .contains(&(wang, step, zhulao::progress::Outcome::NeedsHelp))
    );
    week.type_keys("1 ");
    week.key(KeyCode::Tab);
    // Delete it: marks held, so Delete asks first; another key keeps it.
    week.key(KeyCode::Esc);
    week.key(KeyCode::Esc);
    week.send(Msg::Pick(ROW_HISTORY));
    let wang = week.id_of("王秀英");
    let lessons = lessons();
    let refs: Vec<_> = lessons.iter().collect();
    let i = lessons
        .iter()
        .position(|l| l.id.as_str() == s.lesson_id)
        .unwrap();
    assert_eq!(week.store.progress(wang, &refs).unwrap()[i].steps_done, 2);
    week.key(KeyCode::Delete);
    let (buf, _) = screen(&week.class, 40, 15);
    let asked = screen_text(&buf);
    assert!(
        asked.contains("再按一次") && asked.contains("别的键不删"),
        "{asked}"
    );
    week.key(KeyCode::Down);
    assert_eq!(week.class.history.sessions.len(), 1, "kept");
    week.key(KeyCode::Delete);
    week.key(KeyCode::Delete);
    assert!(week.class.history.sessions.is_empty());
    assert!(week.store.session(s.id).unwrap().is_none());
    let p = &week.store.progress(wang, &refs).unwrap()[i];
    assert_eq!(
        (p.steps_done, p.seconds),
        (0, 0),
        "progress no longer counts it"
    );
    let activity = zhulao::export::activity::activity(
        &week.store,
        &refs,
        &Default::default(),
        zhulao::export::dates::Zone::beijing(),
    )
    .unwrap();
    assert_eq!(activity.total.figures.sessions, 0);
    assert_eq!(
        week.store.facts(None).unwrap(),
        week.store.facts_from_events(None).unwrap()
    );
}

#[test]
fn a_session_with_a_corrected_date_reopens_after_a_crash_and_exports_by_its_date() {
    let mut week = Week::new(&["王秀英"]);
    // The laptop's clock is wrong: the trainer types the real date.
    week.class.setup.date = "2026-11-20".into();
    week.send(Msg::Pick(ROW_START));
    week.type_keys("wxy");
    week.key(KeyCode::Enter);
    week.key(KeyCode::Enter);
    week.type_keys("e");
    // The marks are dated on the session's day, so exports and periods count them then.
    let wang = week.id_of("王秀英");
    let lessons = lessons();
    let refs: Vec<_> = lessons.iter().collect();
    let last = week.store.progress(wang, &refs).unwrap()[week.class.lesson]
        .last_at
        .clone()
        .unwrap();
    let local = chrono::DateTime::parse_from_rfc3339(&last)
        .unwrap()
        .with_timezone(&chrono::Local)
        .date_naive();
    assert_eq!(local, NaiveDate::from_ymd_opt(2026, 11, 20).unwrap());
    // The laptop dies; class mode opens again an hour later.
    week.reopen(monday() + Duration::hours(1));
    assert_eq!(
        week.class.setup.today.len(),
        1,
        "offered though not dated today"
    );
    let (buf, _) = screen(&week.class, 80, 24);
    assert!(screen_text(&buf).contains("2026-11-20"));
    week.send(Msg::Pick(zhulao::class::state::SETUP_ROWS));
    assert_eq!(week.class.stage, Stage::Present);
    // The class sheet is named by the session's date, not the laptop's.
    week.send(Msg::OpenQuiz);
    let questions = week.class.current_lesson().unwrap().quiz.len();
    for _ in 0..questions {
        week.send(Msg::Next);
    }
    assert_eq!(week.class.stage, Stage::Summary);
    week.type_keys("x");
    let written = week.class.status.clone().unwrap();
    assert!(written.contains("上课记录-20261120-"), "{written}");
    let sheets = zhulao::class::sheet::class_sheets(&week.class);
    assert_eq!(
        sheets[1].rows[0],
        vec![zhulao::export::Cell::Text(
            "2026-11-20 · 幸福社区 · 李老师".into()
        )],
        "the summary sheet says the session's date"
    );
}

#[test]
fn a_mark_taken_back_in_class_leaves_the_learners_own_progress() {
    let mut week = Week::new(&["王秀英"]);
    let wang = week.id_of("王秀英");
    week.send(Msg::Pick(ROW_START));
    week.type_keys("wxy");
    week.key(KeyCode::Enter);
    week.key(KeyCode::Enter);
    week.type_keys("g");
    week.key(KeyCode::Enter);
    let lessons = lessons();
    let refs: Vec<_> = lessons.iter().collect();
    let i = week.class.lesson;
    assert_eq!(week.store.progress(wang, &refs).unwrap()[i].steps_done, 1);
    week.type_keys("u");
    assert_eq!(week.store.progress(wang, &refs).unwrap()[i].steps_done, 0);
    let table = week.store.progress_table(&refs).unwrap();
    assert_eq!(table.get(&wang).map_or(0, |r| r[i].steps_done), 0);
    assert_eq!(
        week.store.facts(None).unwrap(),
        week.store.facts_from_events(None).unwrap()
    );
    week.store.rebuild_state(None).unwrap();
    assert_eq!(week.store.progress(wang, &refs).unwrap()[i].steps_done, 0);
    // Progress still reads the index alone, the check against taken-back marks included.
    let db = rusqlite::Connection::open(week.store.path()).unwrap();
    let plan: Vec<String> = db
        .prepare(
            "EXPLAIN QUERY PLAN SELECT learner, lesson_id, step_id, max(at), sum(seconds)
             FROM step_event_counted WHERE learner = 1 GROUP BY learner, lesson_id, step_id",
        )
        .unwrap()
        .query_map([], |r| r.get::<_, String>(3))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    assert!(
        plan.iter()
            .any(|p| p.contains("COVERING INDEX step_event_by_learner_counted")),
        "{plan:?}"
    );
}

#[test]
fn stray_keys_on_the_new_screens_never_panic() {
    let mut week = with_history();
    let keys = [
        KeyCode::Up,
        KeyCode::Down,
        KeyCode::Delete,
        KeyCode::Char('e'),
        KeyCode::Char('7'),
        KeyCode::Tab,
        KeyCode::Backspace,
        KeyCode::Enter,
        KeyCode::Esc,
        KeyCode::Left,
        KeyCode::Right,
    ];
    for round in 0..300usize {
        week.key(keys[(round * 5 + round / 4) % keys.len()]);
        if week.class.finished {
            break;
        }
        let h = &week.class.history;
        assert!(
            h.row < h.sessions.len().max(1),
            "the selection stays in the list"
        );
        let _ = screen(&week.class, 40, 15);
    }
    // Whatever was reopened, corrected or deleted, progress agrees with the log.
    assert_eq!(
        week.store.facts(None).unwrap(),
        week.store.facts_from_events(None).unwrap()
    );
}

#[test]
fn a_note_of_an_older_database_moves_to_its_learner() {
    let dir = tempfile::tempdir().unwrap();
    {
        let db = rusqlite::Connection::open(zhulao::progress::store::db_path(dir.path())).unwrap();
        for m in &zhulao::progress::schema::MIGRATIONS[..3] {
            db.execute_batch(m).unwrap();
        }
        db.pragma_update(None, "user_version", 3).unwrap();
        db.pragma_update(
            None,
            "application_id",
            zhulao::progress::store::APPLICATION_ID,
        )
        .unwrap();
        db.execute_batch(
            "INSERT INTO learner (uuid, display_name, code, created, notes)
               VALUES (x'01', '王秀英', '1001', '2026-11-01T00:00:00.000Z', '住3号楼');
             INSERT INTO class_session (uuid, date, site, trainer, lesson_id, created)
               VALUES (x'02', '2026-11-02', '幸福社区', '李老师', 'mobile-payment', '2026-11-02T01:00:00.000Z');
             INSERT INTO attendance (session, learner, added, note)
               VALUES (1, 1, '2026-11-02T01:00:00.000Z', '眼睛不好');",
        )
        .unwrap();
    }
    let store = Store::open(dir.path(), monday()).unwrap();
    let l = store.learners().unwrap().remove(0);
    assert_eq!(l.notes, "住3号楼 眼睛不好");
    assert_eq!(
        store.attendees(zhulao::progress::SessionId(1)).unwrap()[0].note,
        l.notes
    );
}
