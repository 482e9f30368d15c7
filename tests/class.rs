//! Trainer mode end to end through the pure update and the store: a class of twelve from
//! set-up to summary, then the database rows; reopening a session mid-class; and the
//! screens as snapshots at 80×24, 120×40 and 40×15.

use calamine::Reader;
use chrono::{DateTime, NaiveDate, TimeZone, Utc};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use rusqlite::Connection;
use zhulao::class::edge::step;
use zhulao::class::state::Found;
use zhulao::class::{Class, Msg, Stage};
use zhulao::i18n::Lang;
use zhulao::lesson::{Lesson, Library};
use zhulao::progress::Store;
use zhulao::ui::theme::Theme;

const NAMES: [&str; 40] = [
    "王秀英",
    "李建国",
    "张桂兰",
    "刘淑珍",
    "陈玉梅",
    "杨德明",
    "曾秀兰",
    "单桂芳",
    "解淑华",
    "黄志强",
    "周长友",
    "吴凤英",
    "赵国庆",
    "孙丽华",
    "马德福",
    "朱桂香",
    "胡玉兰",
    "郭建华",
    "何淑英",
    "高志明",
    "林秀珍",
    "罗玉芬",
    "郑国华",
    "梁桂英",
    "谢志刚",
    "宋秀云",
    "唐德胜",
    "许淑兰",
    "韩玉珍",
    "冯建军",
    "邓桂芝",
    "曹秀梅",
    "彭德华",
    "萧玉英",
    "田国强",
    "董淑芬",
    "袁志华",
    "潘秀兰",
    "蒋德明",
    "蔡玉华",
];

fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 23, 1, 30, 0).unwrap()
}

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 23).unwrap()
}

fn lessons() -> Vec<Lesson> {
    let library = Library::load(&[]);
    let mut lessons: Vec<Lesson> = library.lessons.into_iter().map(|l| l.lesson).collect();
    // The lesson taught in these tests comes first, so the set-up starts on it.
    let i = lessons
        .iter()
        .position(|l| l.id.as_str() == "mobile-payment")
        .unwrap();
    lessons.swap(0, i);
    lessons
}

struct Room {
    _dir: tempfile::TempDir,
    store: Store,
    class: Class,
}

impl Room {
    /// A store with `n` learners and class mode at the set-up form.
    fn new(n: usize) -> Room {
        let dir = tempfile::tempdir().unwrap();
        let mut store = Store::open(dir.path(), now()).unwrap();
        for name in &NAMES[..n] {
            store.add_learner(name, None, now()).unwrap();
        }
        let class = Class::new(
            Lang::Zh,
            lessons(),
            store.learners().unwrap(),
            today(),
            ("社区学院二楼", "李老师"),
            store.sessions_on(today()).unwrap(),
        );
        Room {
            _dir: dir,
            store,
            class,
        }
    }

    fn send(&mut self, msg: Msg) {
        step(&mut self.class, msg, &mut self.store, now());
    }

    fn keys(&mut self, text: &str) {
        for c in text.chars() {
            self.send(Msg::Char(c));
        }
    }

    /// Starts the class and signs in the first `n` learners by pinyin initials or name.
    fn started(n: usize, signed_in: usize) -> Room {
        let mut room = Room::new(n);
        room.send(Msg::Pick(4));
        assert_eq!(room.class.stage, Stage::Attendance);
        for name in &NAMES[..signed_in] {
            room.keys(name);
            room.send(Msg::Enter);
        }
        room
    }

    fn db(&self) -> Connection {
        Connection::open(self.store.path()).unwrap()
    }

    fn count(&self, sql: &str) -> i64 {
        self.db().query_row(sql, [], |r| r.get(0)).unwrap()
    }
}

#[test]
fn a_whole_class_of_twelve_from_set_up_to_summary() {
    let mut room = Room::new(12);
    // Set-up: the site and trainer are remembered, the date is today, start.
    assert_eq!(room.class.setup.date, "2026-11-23");
    room.send(Msg::Pick(4));
    assert!(room.class.session.is_some());
    // Attendance: find people by initials, by characters, by code; add a newcomer.
    room.keys("wxy");
    assert!(matches!(&room.class.found()[0], Found::Learner(l) if l.display_name == "王秀英"));
    room.send(Msg::Enter);
    room.keys("建国");
    room.send(Msg::Enter);
    for name in &NAMES[2..12] {
        room.keys(name);
        room.send(Msg::Enter);
    }
    room.keys("新来的");
    assert!(matches!(room.class.found().last(), Some(Found::New(n)) if n == "新来的"));
    let last = room.class.found().len() - 1;
    room.send(Msg::Pick(last));
    assert_eq!(room.class.attendees.len(), 13);
    assert_eq!(room.count("SELECT count(*) FROM attendance"), 13);
    // Present: begin, everyone done on step 1 with one key.
    room.send(Msg::Enter);
    assert_eq!(room.class.stage, Stage::Present);
    room.send(Msg::Char('e'));
    assert_eq!(room.class.step_tally(0).0, 13);
    // Step 2 on the grid: row by row, two need help, one stepped out; a note.
    room.send(Msg::Right);
    room.send(Msg::Char('g'));
    assert_eq!(room.class.stage, Stage::Grid);
    room.send(Msg::Char(' '));
    room.send(Msg::Char('h'));
    room.send(Msg::Char('x'));
    room.keys("12");
    assert_eq!(room.class.row, 11);
    room.send(Msg::Char('h'));
    room.send(Msg::Char('n'));
    room.keys("眼睛不好，需要大字");
    room.send(Msg::Enter);
    room.send(Msg::Char('e'));
    let (done, help) = room.class.step_tally(1);
    assert_eq!((done, help.len()), (10, 2));
    // Forward to the questions; record every learner's answer to question 1.
    room.send(Msg::Tab);
    room.send(Msg::Char('q'));
    assert_eq!(room.class.stage, Stage::Quiz);
    let answer = room.class.current_lesson().unwrap().quiz[0].answer;
    for row in 0..13 {
        let chosen = if row < 10 { answer } else { (answer + 1) % 3 };
        room.send(Msg::Char(char::from(b'1' + chosen as u8)));
    }
    let (counts, none) = zhulao::class::quiz::tally(&room.class, 0);
    assert_eq!((counts[answer], none), (10, 0));
    room.send(Msg::Char('r'));
    assert!(room.class.revealed);
    let questions = room.class.current_lesson().unwrap().quiz.len();
    for _ in 0..questions {
        room.send(Msg::Right);
    }
    assert_eq!(room.class.stage, Stage::Summary);
    let summary = zhulao::class::view::summary_text(&room.class);
    assert!(summary.contains("出勤：13 人"), "{summary}");
    assert!(summary.contains("眼睛不好，需要大字"), "{summary}");
    room.send(Msg::Char('x'));
    let status = room.class.status.clone().unwrap();
    assert!(status.contains("已导出"), "{status}");
    let exports = room.store.path().parent().unwrap().join("exports");
    let file = std::fs::read_dir(&exports)
        .unwrap()
        .next()
        .unwrap()
        .unwrap()
        .path();
    let mut book: calamine::Xlsx<_> = calamine::open_workbook(&file).unwrap();
    let grid = book.worksheet_range("学员名单").unwrap();
    assert_eq!(
        grid.get((1, 1)),
        Some(&calamine::Data::String("王秀英".into()))
    );
    assert_eq!(
        grid.get((1, 2)),
        Some(&calamine::Data::String("已完成".into()))
    );
    room.send(Msg::Enter);
    assert!(room.class.finished);

    // The database holds exactly what was marked, as class events of this session.
    let session = room.class.session.as_ref().unwrap().id.0;
    assert_eq!(
        room.count(
            "SELECT count(*) FROM class_session WHERE site = '社区学院二楼' AND trainer = '李老师'"
        ),
        1
    );
    assert_eq!(
        room.count(&format!(
            "SELECT count(*) FROM step_event WHERE mode = 'class' AND session = {session}"
        )),
        13 + 13
    );
    assert_eq!(
        room.count("SELECT count(*) FROM step_event WHERE outcome = 'needs_help'"),
        2
    );
    assert_eq!(
        room.count("SELECT count(*) FROM step_event WHERE outcome = 'skipped'"),
        1
    );
    assert_eq!(
        room.count(&format!(
            "SELECT count(*) FROM quiz_answer WHERE mode = 'class' AND session = {session} AND correct = 1"
        )),
        10
    );
    assert_eq!(
        room.count("SELECT count(*) FROM attendance WHERE note = '眼睛不好，需要大字'"),
        1
    );
    assert_eq!(room.count("SELECT count(*) FROM learner"), 13);
    // Class marks are progress like any other: the first step is done for everyone.
    let facts = room.store.facts(None).unwrap();
    assert_eq!(facts.len(), 13);
}

#[test]
fn a_reopened_session_continues_where_the_class_was() {
    let mut room = Room::started(6, 6);
    room.send(Msg::Enter);
    room.send(Msg::Right);
    room.send(Msg::Right);
    room.send(Msg::Char('g'));
    room.send(Msg::Char('h'));
    let session = room.class.session.clone().unwrap();
    // The laptop lid closes; later the trainer opens class mode again.
    let mut again = Class::new(
        Lang::Zh,
        lessons(),
        room.store.learners().unwrap(),
        today(),
        ("", ""),
        room.store.sessions_on(today()).unwrap(),
    );
    assert_eq!(again.setup.today.len(), 1);
    let Room { store, _dir, .. } = room;
    let mut store = store;
    step(&mut again, Msg::Pick(5), &mut store, now());
    assert_eq!(again.session.as_ref().unwrap().id, session.id);
    assert_eq!(again.stage, Stage::Present);
    assert_eq!(again.step, 2);
    assert_eq!(again.attendees.len(), 6);
    assert_eq!(again.step_tally(2).1, vec!["王秀英"]);
}

#[test]
fn the_set_up_says_what_is_missing() {
    let mut room = Room::new(0);
    room.class.setup.site.clear();
    room.send(Msg::Pick(4));
    assert_eq!(room.class.stage, Stage::Setup);
    assert_eq!(room.class.setup.row, 1);
    assert!(room.class.status.as_deref().unwrap().contains("地点"));
    room.class.setup.date = "11/23".into();
    room.send(Msg::Pick(4));
    assert!(room.class.status.as_deref().unwrap().contains("年-月-日"));
    assert!(room.class.session.is_none());
}

#[test]
fn nobody_can_begin_a_class_without_attendance_and_a_wrong_sign_in_is_undone() {
    let mut room = Room::started(3, 0);
    room.send(Msg::Enter);
    assert_eq!(room.class.stage, Stage::Attendance);
    room.keys("zgl");
    room.send(Msg::Enter);
    room.send(Msg::Tab);
    room.send(Msg::Delete);
    assert!(room.class.attendees.is_empty());
    assert_eq!(room.count("SELECT count(*) FROM attendance"), 0);
}

#[test]
fn stray_keys_never_panic_on_any_screen() {
    let mut room = Room::started(5, 5);
    let msgs = [
        Msg::Up,
        Msg::Down,
        Msg::Left,
        Msg::Right,
        Msg::Enter,
        Msg::Tab,
        Msg::Delete,
        Msg::Backspace,
        Msg::Char('n'),
        Msg::Char('9'),
        Msg::Char('\u{1b}'),
        Msg::Pick(99),
        Msg::Cell(99, 99),
        Msg::Esc,
    ];
    let mut backend = Terminal::new(TestBackend::new(40, 15)).unwrap();
    for round in 0..400usize {
        let msg = msgs[(round * 7 + round / 3) % msgs.len()].clone();
        room.send(msg);
        if room.class.finished {
            break;
        }
        backend
            .draw(|f| {
                zhulao::class::view::render(
                    f,
                    &room.class,
                    &Theme::high_contrast(),
                    &mut zhulao::ui::Hits::new(),
                );
            })
            .unwrap();
    }
}

fn draw(class: &Class, w: u16, h: u16) -> Terminal<TestBackend> {
    let mut t = Terminal::new(TestBackend::new(w, h)).unwrap();
    t.draw(|f| {
        zhulao::class::view::render(
            f,
            class,
            &Theme::high_contrast(),
            &mut zhulao::ui::Hits::new(),
        );
    })
    .unwrap();
    t
}

macro_rules! screens {
    ($($name:ident: $room:expr;)*) => {$(
        mod $name {
            use super::*;
            #[test]
            fn at_80x24() {
                let room = $room;
                insta::assert_snapshot!(draw(&room.class, 80, 24).backend());
            }
            #[test]
            fn at_120x40() {
                let room = $room;
                insta::assert_snapshot!(draw(&room.class, 120, 40).backend());
            }
            #[test]
            fn at_40x15() {
                let room = $room;
                insta::assert_snapshot!(draw(&room.class, 40, 15).backend());
            }
        }
    )*};
}

fn presenting(notes: bool) -> Room {
    let mut room = Room::started(12, 12);
    room.send(Msg::Enter);
    room.send(Msg::Right);
    room.send(Msg::Right);
    room.send(Msg::Right);
    room.send(Msg::Char('g'));
    for mark in "  h x h".chars() {
        room.send(Msg::Char(mark));
    }
    room.send(Msg::Tab);
    if !notes {
        room.send(Msg::Char('n'));
    }
    room
}

fn gridded(n: usize) -> Room {
    let mut room = Room::started(n, n);
    room.send(Msg::Enter);
    room.send(Msg::Char('e'));
    room.send(Msg::Right);
    room.send(Msg::Char('g'));
    for mark in " h x".chars().cycle().take(n.min(30)) {
        room.send(Msg::Char(mark));
    }
    room.keys("3");
    room.send(Msg::Char('n'));
    room.keys("眼睛不好，需要大字");
    room.send(Msg::Enter);
    room
}

screens! {
    set_up: Room::new(3);
    attendance: {
        let mut room = Room::started(12, 4);
        room.keys("z");
        room
    };
    present_with_notes: presenting(true);
    present_without_notes: presenting(false);
    roster_5: gridded(5);
    roster_40: gridded(40);
    class_quiz: {
        let mut room = presenting(true);
        room.send(Msg::Char('q'));
        for c in "2213 2".chars() {
            room.send(Msg::Char(c));
        }
        room.send(Msg::Char('r'));
        room
    };
    summary: {
        let mut room = gridded(8);
        room.send(Msg::Tab);
        room.send(Msg::Char('q'));
        for c in "22132222".chars() {
            room.send(Msg::Char(c));
        }
        let questions = room.class.current_lesson().unwrap().quiz.len();
        for _ in 0..questions {
            room.send(Msg::Right);
        }
        room
    };
}

#[test]
fn a_number_typed_after_a_mark_starts_a_new_number() {
    let mut room = Room::started(12, 12);
    room.send(Msg::Enter);
    room.send(Msg::Char('g'));
    room.keys("1");
    assert_eq!(room.class.row, 0);
    room.send(Msg::Char(' '));
    room.keys("2");
    assert_eq!(room.class.row, 1, "learner 2, not 12");
    room.keys("1");
    assert_eq!(
        room.class.row, 0,
        "\"21\" is more than 12 learners, so it starts again at 1"
    );
}
