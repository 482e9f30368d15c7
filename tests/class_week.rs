//! A real week of classes through class mode's keys, its edge and the store: a returning
//! class signs in with one key; two learners of one name; notes that follow the learner;
//! class time from presence; a session started by mistake; the history (go on, correct,
//! delete); a mark taken back leaves the learner's own progress; and the new screens.

mod class_support;

use chrono::{DateTime, Duration, NaiveDate, TimeZone, Utc};
use class_support::*;
use crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use zhulao::class::edge::{class_msg, step};
use zhulao::class::state::{Found, ROW_GROUP, ROW_HISTORY, ROW_START};
use zhulao::class::{Class, Msg, Stage};
use zhulao::i18n::Lang;
use zhulao::progress::{LearnerId, Store};

/// A store of learners and class mode opened on it at a time the test moves on.
struct Week {
    _dir: tempfile::TempDir,
    store: Store,
    class: Class,
    at: DateTime<Utc>,
    keys: usize,
}

fn monday() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 23, 1, 30, 0).unwrap()
}

impl Week {
    fn new(names: &[&str]) -> Week {
        let dir = tempfile::tempdir().unwrap();
        let mut store = Store::open(dir.path(), monday()).unwrap();
        for name in names {
            store.add_learner(name, None, monday()).unwrap();
        }
        let class = open(&store, monday());
        Week {
            _dir: dir,
            store,
            class,
            at: monday(),
            keys: 0,
        }
    }

    /// Class mode opened again (a new week, or after a crash) at `at`.
    fn reopen(&mut self, at: DateTime<Utc>) {
        self.at = at;
        self.class = open(&self.store, at);
        self.keys = 0;
    }

    fn send(&mut self, msg: Msg) {
        step(&mut self.class, msg, &mut self.store, self.at);
    }

    /// One key pressed on the trainer's keyboard, counted.
    fn key(&mut self, code: KeyCode) {
        self.keys += 1;
        let (_, hits) = screen(&self.class, 80, 24);
        let key = Event::Key(KeyEvent::new(code, KeyModifiers::NONE));
        if let Some(msg) = class_msg(&self.class, &key, &hits, |m| m) {
            self.send(msg);
        }
    }

    fn type_keys(&mut self, text: &str) {
        for c in text.chars() {
            self.key(KeyCode::Char(c));
        }
    }

    fn later(&mut self, minutes: i64) {
        self.at += Duration::minutes(minutes);
    }

    fn id_of(&self, name: &str) -> LearnerId {
        self.store
            .learners()
            .unwrap()
            .into_iter()
            .find(|l| l.display_name == name)
            .unwrap()
            .id
    }

    fn count(&self, sql: &str) -> i64 {
        let db = rusqlite::Connection::open(self.store.path()).unwrap();
        db.query_row(sql, [], |r| r.get(0)).unwrap()
    }
}

/// Class mode as the program opens it, with the trainer's site and name remembered.
fn open(store: &Store, at: DateTime<Utc>) -> Class {
    let settings = zhulao::settings::Settings {
        default_site: "幸福社区".into(),
        trainer_name: "李老师".into(),
        ..Default::default()
    };
    zhulao::class::edge::open(Lang::Zh, lessons(), store, &settings, at).unwrap()
}

/// The first twelve of the room and the pinyin initials a trainer types for each.
const TWELVE: [(&str, &str); 12] = [
    ("王秀英", "wxy"),
    ("李建国", "ljg"),
    ("张桂兰", "zgl"),
    ("刘淑珍", "lsz"),
    ("陈玉梅", "cym"),
    ("杨德明", "ydm"),
    ("曾秀兰", "zxl"),
    ("单桂芳", "sgf"),
    ("解淑华", "xsh"),
    ("黄志强", "hzq"),
    ("周长友", "zcy"),
    ("吴凤英", "wfy"),
];

#[test]
fn a_returning_class_of_twelve_signs_in_with_one_key_and_newcomers_join_it() {
    let names: Vec<&str> = TWELVE.iter().map(|t| t.0).collect();
    let mut week = Week::new(&names);
    // Week 1: no class yet; the set-up opens on the lesson (site and trainer remembered).
    assert!(week.class.setup.groups.is_empty());
    week.key(KeyCode::Enter);
    week.key(KeyCode::Enter);
    assert_eq!(week.class.stage, Stage::Attendance);
    for (name, initials) in TWELVE {
        week.type_keys(initials);
        assert!(
            matches!(&week.class.found()[0], Found::Learner(l) if l.display_name == name),
            "{initials} finds {name} first"
        );
        week.key(KeyCode::Enter);
    }
    week.key(KeyCode::Enter);
    assert_eq!(week.class.stage, Stage::Present);
    assert_eq!(week.class.attendees.len(), 12);
    let first_week = week.keys;
    assert_eq!(first_week, 51, "2 to start, 4 per learner, 1 to begin");
    week.send(Msg::MarkEveryone);
    let lesson = week.class.session.clone().unwrap().lesson_id;

    // Week 2: the set-up offers last week's class first; one key signs all twelve in.
    week.reopen(monday() + Duration::days(7));
    assert_eq!(week.class.setup.row, ROW_GROUP);
    let group = week.class.setup.chosen_group().unwrap().clone();
    assert_eq!(group.members, 12);
    assert_eq!(group.name, "幸福社区周一班");
    let (buf, _) = screen(&week.class, 80, 24);
    assert!(screen_text(&buf).contains("上次的班：幸福社区周一班（12人）"));
    // The next lesson is offered, after last week's.
    let last = week
        .class
        .lessons
        .iter()
        .position(|l| l.id.as_str() == lesson)
        .unwrap();
    assert_eq!(week.class.setup.lesson, last + 1);
    week.key(KeyCode::Enter);
    assert_eq!(week.class.stage, Stage::Attendance);
    assert_eq!(
        week.class.attendees.len(),
        12,
        "one key: everyone is signed in"
    );
    assert!(
        week.class
            .status
            .as_deref()
            .unwrap()
            .contains("12 人都签到了")
    );
    assert_eq!(week.keys, 1);
    let session = week.class.session.clone().unwrap().id;
    assert_eq!(week.store.attendees(session).unwrap().len(), 12);
    // One is away this week; a newcomer comes; then the lesson begins.
    week.key(KeyCode::Tab);
    week.key(KeyCode::Delete);
    week.key(KeyCode::Tab);
    week.type_keys("新来的");
    week.key(KeyCode::Enter);
    week.key(KeyCode::Enter);
    assert_eq!(week.class.stage, Stage::Present);
    assert_eq!(week.class.attendees.len(), 12);
    println!(
        "keys for a returning class of 12: week 1 {first_week}, week 2 to sign in 1, to begin 2"
    );

    // Week 3: the newcomer is in the group, and the one away last week still is.
    week.reopen(monday() + Duration::days(14));
    assert_eq!(week.class.setup.chosen_group().unwrap().members, 13);
    week.key(KeyCode::Enter);
    assert_eq!(week.class.attendees.len(), 13);
    assert_eq!(week.count("SELECT count(*) FROM class_group"), 1);
}

#[test]
fn a_new_class_can_be_chosen_instead_of_last_weeks() {
    let mut week = Week::new(&["王秀英", "李建国"]);
    week.send(Msg::Pick(ROW_START));
    week.type_keys("wxy");
    week.key(KeyCode::Enter);
    week.reopen(monday() + Duration::days(1));
    assert!(week.class.setup.chosen_group().is_some());
    week.send(Msg::Next);
    assert!(week.class.setup.chosen_group().is_none(), "a new class");
    week.send(Msg::Pick(ROW_START));
    assert!(week.class.attendees.is_empty());
    week.type_keys("ljg");
    week.key(KeyCode::Enter);
    assert_eq!(week.count("SELECT count(*) FROM class_group"), 2);
    assert_eq!(
        week.store.groups().unwrap()[0].name,
        "幸福社区周二班",
        "named by the site and weekday"
    );
}

#[test]
fn two_learners_of_one_name_are_both_added_and_told_apart() {
    let mut week = Week::new(&["王秀英", "李建国"]);
    week.send(Msg::Pick(ROW_START));
    week.type_keys("王秀英");
    let found = week.class.found();
    assert!(matches!(&found[0], Found::Learner(l) if l.display_name == "王秀英"));
    assert!(
        matches!(found.last(), Some(Found::New(n)) if n == "王秀英"),
        "another 王秀英 can be added: {found:?}"
    );
    week.key(KeyCode::Enter);
    // The first is here; typing the name again offers only a new one, never "没有找到".
    week.type_keys("王秀英");
    assert_eq!(week.class.found(), vec![Found::New("王秀英".into())]);
    let (buf, _) = screen(&week.class, 80, 24);
    let text = screen_text(&buf);
    assert!(text.contains("另一位“王秀英”（已有1位同名）"), "{text}");
    assert!(!text.contains("没有找到"));
    week.key(KeyCode::Enter);
    assert_eq!(week.class.attendees.len(), 2);
    let (a, b) = (
        week.class.attendees[0].learner.clone(),
        week.class.attendees[1].learner.clone(),
    );
    assert_eq!(a.display_name, b.display_name);
    assert_ne!(a.code, b.code);
    assert!(week.class.status.as_deref().unwrap().contains(&b.code));
    // A Latin-script name can be added too.
    week.type_keys("Anna Li");
    assert!(matches!(week.class.found().last(), Some(Found::New(n)) if n == "Anna Li"));
    week.key(KeyCode::Enter);
    assert_eq!(week.class.attendees[2].learner.display_name, "Anna Li");
    // A note tells them apart; the grid and the summary show each one's code.
    week.key(KeyCode::Tab);
    week.key(KeyCode::Down);
    week.type_keys("n");
    week.type_keys("3号楼");
    week.key(KeyCode::Enter);
    week.key(KeyCode::Tab);
    week.key(KeyCode::Enter);
    week.type_keys("g");
    let (buf, _) = screen(&week.class, 80, 24);
    let grid = screen_text(&buf);
    assert!(grid.contains(&format!("王秀英 {}", a.code)), "{grid}");
    assert!(grid.contains(&format!("王秀英 {}", b.code)), "{grid}");
    let summary = zhulao::class::view::summary_text(&week.class);
    assert!(summary.contains(&format!("王秀英 {}", a.code)), "{summary}");
    assert!(
        summary.contains(&format!("王秀英 {}：（3号楼）", b.code)),
        "{summary}"
    );
    // Searching later finds both, each with code and note.
    week.reopen(monday() + Duration::days(7));
    week.send(Msg::Next);
    week.send(Msg::Pick(ROW_START));
    week.type_keys("wxy");
    let (buf, _) = screen(&week.class, 80, 24);
    let text = screen_text(&buf);
    assert!(
        text.contains(&format!("王秀英  {}  3号楼", b.code)),
        "{text}"
    );
    assert!(text.contains(&format!("王秀英  {}", a.code)), "{text}");
}

#[test]
fn learner_add_warns_about_a_learner_of_the_same_name() {
    let dir = tempfile::tempdir().unwrap();
    let library = zhulao::lesson::Library::load(&[]);
    let add = |notes: Option<&str>| {
        let mut out = Vec::new();
        let cmd = zhulao::cli::LearnerCommand::Add {
            name: "王秀英".into(),
            code: None,
            notes: notes.map(str::to_string),
        };
        let ok = zhulao::commands::learner::learner(&cmd, dir.path(), &library, Lang::Zh, &mut out)
            .unwrap();
        assert!(ok);
        String::from_utf8(out).unwrap()
    };
    let first = add(Some("住3号楼"));
    assert!(!first.contains("同名"), "{first}");
    let second = add(None);
    assert!(second.contains("已经有同名的学员"), "{second}");
    assert!(second.contains("住3号楼"), "the other one's note: {second}");
    let store = Store::open_read_only(dir.path()).unwrap();
    assert_eq!(store.learners_named("王秀英").unwrap().len(), 2);
}

#[test]
fn a_note_follows_the_learner_to_later_classes_and_the_progress_sheet() {
    let mut week = Week::new(&["王秀英", "李建国"]);
    // Written with `zhulao learner add --notes`: shown in class.
    let li = week.store.learners_named("李建国").unwrap().remove(0);
    week.store
        .set_notes(&li.code, "耳朵不好，说话大声")
        .unwrap();
    week.reopen(monday());
    week.send(Msg::Pick(ROW_START));
    week.type_keys("ljg");
    week.key(KeyCode::Enter);
    week.type_keys("wxy");
    week.key(KeyCode::Enter);
    assert_eq!(week.class.attendees[0].note, "耳朵不好，说话大声");
    let (buf, _) = screen(&week.class, 80, 24);
    assert!(screen_text(&buf).contains("李建国  耳朵不好，说话大声"));
    // Written in class on the grid: it belongs to the learner.
    week.key(KeyCode::Enter);
    week.type_keys("g");
    week.type_keys("2");
    week.type_keys("n");
    week.type_keys("眼睛不好，需要大字");
    week.key(KeyCode::Enter);
    let wang = week.id_of("王秀英");
    let notes = |w: &Week, id| {
        w.store
            .learners()
            .unwrap()
            .into_iter()
            .find(|l| l.id == id)
            .unwrap()
            .notes
    };
    assert_eq!(notes(&week, wang), "眼睛不好，需要大字");
    let lessons = lessons();
    let refs: Vec<_> = lessons.iter().collect();
    let sheets =
        zhulao::export::progress::progress_sheets(&week.store, &refs, Lang::Zh, true).unwrap();
    let notes_sheet = sheets.last().unwrap();
    let row = notes_sheet
        .rows
        .iter()
        .find(|r| {
            r.iter()
                .any(|c| *c == zhulao::export::Cell::Text("王秀英".into()))
        })
        .unwrap();
    assert!(row.contains(&zhulao::export::Cell::Text("眼睛不好，需要大字".into())));
    // Next week it is there; it is changed, then deleted.
    week.reopen(monday() + Duration::days(7));
    week.key(KeyCode::Enter);
    let row = week
        .class
        .attendees
        .iter()
        .position(|a| a.learner.id == wang)
        .unwrap();
    assert_eq!(week.class.attendees[row].note, "眼睛不好，需要大字");
    week.key(KeyCode::Enter);
    week.type_keys("g");
    week.type_keys(&(row + 1).to_string());
    week.type_keys("n");
    week.key(KeyCode::Backspace);
    week.key(KeyCode::Backspace);
    week.type_keys("中字");
    week.key(KeyCode::Enter);
    assert_eq!(notes(&week, wang), "眼睛不好，需要中字");
    week.type_keys("n");
    week.key(KeyCode::Delete);
    week.key(KeyCode::Enter);
    assert_eq!(notes(&week, wang), "");
    assert!(week.class.status.as_deref().unwrap().contains("备注删掉了"));
}

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
    let activity =
        zhulao::export::activity::activity(&week.store, &refs, &Default::default()).unwrap();
    assert_eq!(activity.total.sessions, 0);
    // One with someone signed in stays, offered to go on with.
    week.send(Msg::Pick(ROW_START));
    week.type_keys("wxy");
    week.key(KeyCode::Enter);
    week.key(KeyCode::Esc);
    assert_eq!(week.count("SELECT count(*) FROM class_session"), 2 - 1);
    assert_eq!(week.class.setup.today.len(), 1);
}

/// Two past sessions: Monday's (two learners, every step of the first page done) and an
/// empty one started by mistake on Tuesday; class mode opened on Wednesday, at the history.
fn with_history() -> Week {
    let mut week = Week::new(&["王秀英", "李建国"]);
    week.send(Msg::Pick(ROW_START));
    for q in ["wxy", "ljg"] {
        week.type_keys(q);
        week.key(KeyCode::Enter);
    }
    week.key(KeyCode::Enter);
    week.type_keys("e");
    week.later(30);
    week.key(KeyCode::Right);
    week.type_keys("e");
    week.reopen(monday() + Duration::days(1));
    week.send(Msg::Next);
    week.send(Msg::Pick(ROW_START));
    week.type_keys("wxy");
    week.key(KeyCode::Enter);
    week.key(KeyCode::Tab);
    week.key(KeyCode::Delete);
    week.key(KeyCode::Tab);
    week.reopen(monday() + Duration::days(2));
    week.send(Msg::Pick(ROW_HISTORY));
    week
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
    let activity =
        zhulao::export::activity::activity(&week.store, &refs, &Default::default()).unwrap();
    assert_eq!(activity.total.sessions, 0);
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

macro_rules! screens {
    ($($name:ident: $week:expr;)*) => {$(
        mod $name {
            use super::*;
            #[test]
            fn at_80x24() {
                let week = $week;
                insta::assert_snapshot!(draw(&week.class, 80, 24).backend());
            }
            #[test]
            fn at_120x40() {
                let week = $week;
                insta::assert_snapshot!(draw(&week.class, 120, 40).backend());
            }
            #[test]
            fn at_40x15() {
                let week = $week;
                insta::assert_snapshot!(draw(&week.class, 40, 15).backend());
            }
        }
    )*};
}

/// Last week's class of twelve, and class mode opened a week later.
fn returning() -> Week {
    let names: Vec<&str> = TWELVE.iter().map(|t| t.0).collect();
    let mut week = Week::new(&names);
    week.send(Msg::Pick(ROW_START));
    for (_, initials) in TWELVE {
        week.type_keys(initials);
        week.key(KeyCode::Enter);
    }
    week.reopen(monday() + Duration::days(7));
    week
}

/// Two 王秀英 and one 李建国 on the grid, the second 王秀英 with a note.
fn same_names() -> Week {
    let mut week = Week::new(&["王秀英", "李建国"]);
    week.send(Msg::Pick(ROW_START));
    for q in ["wxy", "王秀英", "ljg"] {
        week.type_keys(q);
        let last = week.class.found().len() - 1;
        week.send(Msg::Pick(if q == "王秀英" { last } else { 0 }));
    }
    week.key(KeyCode::Enter);
    week.type_keys("g");
    week.type_keys("2");
    week.type_keys("n");
    week.type_keys("住3号楼");
    week.key(KeyCode::Enter);
    week.type_keys("2");
    week
}

screens! {
    set_up_last_class: returning();
    signed_in_by_group: {
        let mut week = returning();
        week.key(KeyCode::Enter);
        week
    };
    history: with_history();
    history_correcting: {
        let mut week = with_history();
        week.key(KeyCode::Down);
        week.type_keys("e");
        week
    };
    history_confirm_delete: {
        let mut week = with_history();
        week.key(KeyCode::Down);
        week.key(KeyCode::Delete);
        week
    };
    same_name_search: {
        let mut week = Week::new(&["王秀英", "李建国"]);
        week.send(Msg::Pick(ROW_START));
        week.type_keys("wxy");
        week.key(KeyCode::Enter);
        week.type_keys("王秀英");
        week
    };
    same_name_grid: same_names();
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
