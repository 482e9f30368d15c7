//! The progress store on temp folders: migrations, faults, derived progress, lesson edits,
//! merging learners, and two writers at once.

mod common;

use std::fs;

use chrono::{DateTime, Duration, TimeZone, Utc};
use zhulao::lesson::Lesson;
use zhulao::lesson::model::StepId;
use zhulao::progress::store::{DB_FILE, db_path};
use zhulao::progress::{LearnerId, LessonStatus, Mode, Outcome, StepEvent, Store, StoreError};

fn t0() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 23, 9, 0, 0).unwrap()
}

fn event(
    learner: LearnerId,
    lesson: &Lesson,
    step: &str,
    outcome: Outcome,
    minutes: i64,
) -> StepEvent {
    StepEvent {
        learner,
        lesson: lesson.id.clone(),
        lesson_version: lesson.version,
        step: StepId::new_for_tests(step),
        outcome,
        mode: Mode::Kiosk,
        session: None,
        seconds: 30,
        at: t0() + Duration::minutes(minutes),
    }
}

#[test]
fn a_new_data_folder_is_created_and_migrated() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("a/b/zhulao");
    let store = Store::open(&data, t0()).unwrap();
    let current = zhulao::progress::schema::current_version();
    assert_eq!(store.schema_version().unwrap(), current);
    drop(store);
    let store = Store::open(&data, t0()).unwrap();
    assert_eq!(
        store.schema_version().unwrap(),
        current,
        "reopening is harmless"
    );
    assert!(
        !data.join("backups").exists(),
        "no backup for a brand-new database"
    );
}

#[test]
fn an_empty_file_is_reported_and_left_untouched() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(db_path(dir.path()), b"").unwrap();
    let err = Store::open(dir.path(), t0()).err().unwrap();
    assert!(matches!(err, StoreError::Empty { .. }), "{err:?}");
    assert!(err.message(zhulao::i18n::Lang::Zh).contains("是空的"));
    assert_eq!(fs::read(db_path(dir.path())).unwrap(), b"");
}

#[test]
fn a_garbage_file_is_reported_and_left_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let garbage = b"this is not a database at all, just some text\n".repeat(100);
    fs::write(db_path(dir.path()), &garbage).unwrap();
    let err = Store::open(dir.path(), t0()).err().unwrap();
    assert!(matches!(err, StoreError::NotADatabase { .. }), "{err:?}");
    assert!(err.offers_fresh_start());
    assert!(
        fs::read(db_path(dir.path())).unwrap() == garbage,
        "the garbage file changed"
    );
}

#[test]
fn a_foreign_database_is_reported_and_left_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let path = db_path(dir.path());
    {
        let c = rusqlite::Connection::open(&path).unwrap();
        c.execute_batch("CREATE TABLE photos (id INTEGER PRIMARY KEY, name TEXT); INSERT INTO photos (name) VALUES ('a');").unwrap();
    }
    let before = fs::read(&path).unwrap();
    let err = Store::open(dir.path(), t0()).err().unwrap();
    assert!(matches!(err, StoreError::Foreign { .. }), "{err:?}");
    assert!(
        fs::read(&path).unwrap() == before,
        "the foreign file changed"
    );
}

#[test]
fn a_newer_schema_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    drop(Store::open(dir.path(), t0()).unwrap());
    {
        let c = rusqlite::Connection::open(db_path(dir.path())).unwrap();
        c.pragma_update(None, "user_version", 99).unwrap();
    }
    let err = Store::open(dir.path(), t0()).err().unwrap();
    assert!(
        matches!(
            err,
            StoreError::NewerSchema {
                found: 99,
                supported,
                ..
            } if supported == zhulao::progress::schema::current_version()
        ),
        "{err:?}"
    );
}

#[test]
fn starting_fresh_keeps_the_bad_file_aside() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(db_path(dir.path()), b"garbage").unwrap();
    let (store, kept) = Store::start_fresh(dir.path(), t0()).unwrap();
    assert_eq!(fs::read(&kept).unwrap(), b"garbage");
    assert_eq!(
        kept.file_name().unwrap().to_string_lossy(),
        format!("{DB_FILE}.corrupt-20261123-090000")
    );
    assert_eq!(
        store.schema_version().unwrap(),
        zhulao::progress::schema::current_version()
    );
}

#[test]
fn progress_is_derived_from_events() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(dir.path(), t0()).unwrap();
    let lesson = common::example_lesson();
    let wang = store.add_learner("王秀英", None, t0()).unwrap();
    assert_eq!(wang.code.len(), 7, "six random digits and a check digit");
    assert!(zhulao::progress::code::check_holds(&wang.code));
    let p = &store.progress(wang.id, &[&lesson]).unwrap()[0];
    assert_eq!(p.status, LessonStatus::NotStarted);

    store
        .record_step(&event(wang.id, &lesson, "open-scan", Outcome::WrongTry, 0))
        .unwrap();
    store
        .record_step(&event(wang.id, &lesson, "open-scan", Outcome::Done, 1))
        .unwrap();
    store
        .record_step(&event(
            wang.id,
            &lesson,
            "enter-amount",
            Outcome::Skipped,
            2,
        ))
        .unwrap();
    store
        .record_step(&event(wang.id, &lesson, "is-it-fraud", Outcome::Done, 3))
        .unwrap();
    store
        .record_step(&event(
            wang.id,
            &lesson,
            "is-it-fraud",
            Outcome::NeedsHelp,
            4,
        ))
        .unwrap();
    let p = &store.progress(wang.id, &[&lesson]).unwrap()[0];
    assert_eq!(p.status, LessonStatus::InProgress);
    assert_eq!((p.steps_done, p.steps_total), (1, 4));
    assert_eq!(p.resume_at, 1, "continue at the first unfinished step");
    assert_eq!(p.needs_help, vec![2]);
    assert_eq!(p.seconds, 150);

    for (step, minute) in [("enter-amount", 5), ("is-it-fraud", 6), ("done", 7)] {
        store
            .record_step(&event(wang.id, &lesson, step, Outcome::Done, minute))
            .unwrap();
    }
    let p = &store.progress(wang.id, &[&lesson]).unwrap()[0];
    assert_eq!(p.status, LessonStatus::Completed);
    assert_eq!(p.last_at.as_deref(), Some("2026-11-23T09:07:00.000Z"));
}

#[test]
fn progress_survives_a_lesson_edit() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(dir.path(), t0()).unwrap();
    let lesson = common::example_lesson();
    let li = store.add_learner("李华", Some("2002"), t0()).unwrap();
    for (n, step) in lesson.steps.iter().enumerate() {
        store
            .record_step(&event(
                li.id,
                &lesson,
                step.id.as_str(),
                Outcome::Done,
                n as i64,
            ))
            .unwrap();
    }
    assert_eq!(
        store.progress(li.id, &[&lesson]).unwrap()[0].status,
        LessonStatus::Completed
    );

    // The author removes step 2 and adds a new last step.
    let mut edited = lesson.clone();
    edited.version += 1;
    edited.steps.remove(1);
    let mut new_step = edited.steps[0].clone();
    new_step.id = StepId::new_for_tests("show-cashier");
    edited.steps.push(new_step);
    let p = &store.progress(li.id, &[&edited]).unwrap()[0];
    assert_eq!(
        (p.steps_done, p.steps_total),
        (3, 4),
        "the removed step is ignored, the new one is not done"
    );
    assert_eq!(p.status, LessonStatus::InProgress);
    assert_eq!(p.resume_at, 3);
}

#[test]
fn merging_two_records_of_one_person_keeps_every_event() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(dir.path(), t0()).unwrap();
    let lesson = common::example_lesson();
    let monday = store.add_learner("张华", Some("3001"), t0()).unwrap();
    let friday = store.add_learner("张 华", Some("3002"), t0()).unwrap();
    store
        .record_step(&event(monday.id, &lesson, "open-scan", Outcome::Done, 0))
        .unwrap();
    store
        .record_step(&event(friday.id, &lesson, "enter-amount", Outcome::Done, 1))
        .unwrap();
    let merged = store.merge_learners("3001", "3002").unwrap();
    assert_eq!(merged.id, monday.id);
    assert!(store.learner_by_code("3002").is_err());
    assert_eq!(store.learners().unwrap().len(), 1);
    assert_eq!(
        store.progress(monday.id, &[&lesson]).unwrap()[0].steps_done,
        2
    );
    assert!(matches!(
        store.merge_learners("3001", "3001"),
        Err(StoreError::Learner { .. })
    ));
}

#[test]
fn learner_input_is_checked() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(dir.path(), t0()).unwrap();
    store.add_learner("王秀英", Some("1234"), t0()).unwrap();
    assert!(
        store.add_learner("别人", Some("1234"), t0()).is_err(),
        "codes are unique"
    );
    assert!(store.add_learner("别人", Some("12ab"), t0()).is_err());
    assert!(store.add_learner("   ", None, t0()).is_err());
    let renamed = store.rename_learner("1234", "王秀英（三楼）").unwrap();
    assert_eq!(renamed.display_name, "王秀英（三楼）");
}

#[test]
fn two_writers_at_once_both_succeed() {
    let dir = tempfile::tempdir().unwrap();
    let lesson = common::example_lesson();
    let learner = Store::open(dir.path(), t0())
        .unwrap()
        .add_learner("王秀英", None, t0())
        .unwrap();
    let handles: Vec<_> = (0..2)
        .map(|w| {
            let data = dir.path().to_path_buf();
            let lesson = lesson.clone();
            std::thread::spawn(move || {
                let mut store = Store::open(&data, t0()).unwrap();
                for i in 0..150 {
                    store
                        .record_step(&event(
                            learner.id,
                            &lesson,
                            "open-scan",
                            Outcome::WrongTry,
                            w * 1000 + i,
                        ))
                        .unwrap();
                }
            })
        })
        .collect();
    for h in handles {
        h.join()
            .expect("no writer failed with 'database is locked'");
    }
    let store = Store::open(dir.path(), t0()).unwrap();
    let facts = store.facts(Some(learner.id)).unwrap();
    assert_eq!(
        facts[&learner.id][lesson.id.as_str()]["open-scan"].wrong_tries,
        300
    );
    store.check_integrity(false).unwrap();
}

#[test]
fn a_backup_is_a_working_copy() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(dir.path(), t0()).unwrap();
    store.add_learner("王秀英", None, t0()).unwrap();
    let dest = dir.path().join("copies/backup.db");
    store.backup(&dest).unwrap();
    let copy_dir = tempfile::tempdir().unwrap();
    fs::copy(&dest, db_path(copy_dir.path())).unwrap();
    let copy = Store::open(copy_dir.path(), t0()).unwrap();
    assert_eq!(copy.learners().unwrap().len(), 1);
}

#[test]
fn the_summary_always_agrees_with_the_event_log() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(dir.path(), t0()).unwrap();
    let lesson = common::example_lesson();
    let a = store.add_learner("甲", Some("101"), t0()).unwrap();
    let b = store.add_learner("乙", Some("102"), t0()).unwrap();
    let outcomes = [
        Outcome::Done,
        Outcome::NeedsHelp,
        Outcome::Skipped,
        Outcome::WrongTry,
    ];
    let mut x: u64 = 12345;
    for n in 0..400 {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        let who = if x % 2 == 0 { a.id } else { b.id };
        let step = &lesson.steps[(x >> 8) as usize % lesson.steps.len()].id;
        // Minutes go back and forth, as when logs from several machines meet.
        let minute = ((x >> 16) % 500) as i64 - (n % 7);
        store
            .record_step(&event(
                who,
                &lesson,
                step.as_str(),
                outcomes[(x >> 24) as usize % 4],
                minute,
            ))
            .unwrap();
    }
    assert_eq!(
        store.facts(None).unwrap(),
        store.facts_from_events(None).unwrap()
    );
    store.merge_learners("101", "102").unwrap();
    assert_eq!(
        store.facts(None).unwrap(),
        store.facts_from_events(None).unwrap()
    );
    store.rebuild_state(None).unwrap();
    assert_eq!(
        store.facts(None).unwrap(),
        store.facts_from_events(None).unwrap()
    );
    let table = store.progress_table(&[&lesson]).unwrap();
    assert_eq!(table.len(), 1);
    assert_eq!(
        table[&a.id][0],
        store.progress(a.id, &[&lesson]).unwrap()[0]
    );
}

#[test]
fn a_full_disk_or_read_only_file_is_reported_and_keeps_what_was_saved() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(dir.path(), t0()).unwrap();
    let lesson = common::example_lesson();
    let li = store.add_learner("李华", None, t0()).unwrap();
    store
        .record_step(&event(li.id, &lesson, "open-scan", Outcome::Done, 0))
        .unwrap();

    let pages: i64 = rusqlite::Connection::open(db_path(dir.path()))
        .unwrap()
        .query_row("PRAGMA page_count", [], |r| r.get(0))
        .unwrap();
    store.set_pragma_for_tests("max_page_count", pages).unwrap();
    let mut full = None;
    for n in 0..2000 {
        if let Err(e) =
            store.record_step(&event(li.id, &lesson, "enter-amount", Outcome::WrongTry, n))
        {
            full = Some(e);
            break;
        }
    }
    let full = full.expect("the tiny page limit fills up");
    assert!(matches!(full, StoreError::DiskFull { .. }), "{full:?}");
    assert!(full.message(zhulao::i18n::Lang::Zh).contains("磁盘满了"));
    store
        .set_pragma_for_tests("max_page_count", 1 << 30)
        .unwrap();

    store.set_pragma_for_tests("query_only", 1).unwrap();
    let ro = store
        .record_step(&event(li.id, &lesson, "done", Outcome::Done, 9))
        .unwrap_err();
    assert!(matches!(ro, StoreError::ReadOnly { .. }), "{ro:?}");
    drop(store);

    let store = Store::open(dir.path(), t0()).unwrap();
    let p = &store.progress(li.id, &[&lesson]).unwrap()[0];
    assert_eq!(
        p.steps_done, 1,
        "what was committed before the faults is still there"
    );
    store.check_integrity(false).unwrap();
}

#[test]
fn an_older_database_is_backed_up_then_migrated_with_its_data() {
    use zhulao::progress::schema::MIGRATIONS;
    let dir = tempfile::tempdir().unwrap();
    // A version-1 database as the first release wrote it, with a learner and a session.
    {
        let c = rusqlite::Connection::open(db_path(dir.path())).unwrap();
        c.execute_batch(MIGRATIONS[0]).unwrap();
        c.pragma_update(None, "user_version", 1).unwrap();
        c.pragma_update(
            None,
            "application_id",
            zhulao::progress::store::APPLICATION_ID,
        )
        .unwrap();
        c.execute_batch(
            "INSERT INTO learner (uuid, display_name, code, created) VALUES (x'01', '王秀英', '1001', '2026-01-01');
             INSERT INTO class_session (uuid, date, site, trainer, lesson_id, created)
               VALUES (x'02', '2026-01-02', '社区学院', '李老师', 'mobile-payment', '2026-01-02');",
        )
        .unwrap();
    }
    let store = Store::open(dir.path(), t0()).unwrap();
    assert_eq!(
        store.schema_version().unwrap(),
        zhulao::progress::schema::current_version()
    );
    assert_eq!(store.learners().unwrap()[0].display_name, "王秀英");
    let day = chrono::NaiveDate::from_ymd_opt(2026, 1, 2).unwrap();
    let sessions = store.sessions_on(day).unwrap();
    assert_eq!(sessions.len(), 1);
    assert_eq!(
        sessions[0].current_step, "",
        "the new column has its default"
    );
    // The backup was taken before the migration, with SQLite's backup API: it is a whole
    // version-1 database.
    let backups: Vec<_> = fs::read_dir(dir.path().join("backups"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    assert_eq!(backups.len(), 1, "{backups:?}");
    assert!(
        backups[0]
            .file_name()
            .unwrap()
            .to_string_lossy()
            .ends_with("-v1.db")
    );
    let old = rusqlite::Connection::open(&backups[0]).unwrap();
    let version: i64 = old
        .pragma_query_value(None, "user_version", |r| r.get(0))
        .unwrap();
    assert_eq!(version, 1);
    let ok: String = old
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .unwrap();
    assert_eq!(ok, "ok");
}
