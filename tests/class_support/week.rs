//! A week of classes for the tests: a store of learners, class mode opened on it as the
//! program opens it, a clock the test moves on, and the keys pressed counted.

use chrono::{DateTime, Duration, TimeZone, Utc};
use crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use zhulao::class::edge::{class_msg, step};
use zhulao::class::state::{ROW_HISTORY, ROW_START};
use zhulao::class::{Class, Msg};
use zhulao::i18n::Lang;
use zhulao::progress::{LearnerId, Store};

use super::{lessons, screen};

/// A store of learners and class mode opened on it at a time the test moves on.
pub struct Week {
    pub _dir: tempfile::TempDir,
    pub store: Store,
    pub class: Class,
    pub at: DateTime<Utc>,
    pub keys: usize,
}

pub fn monday() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 23, 1, 30, 0).unwrap()
}

impl Week {
    pub fn new(names: &[&str]) -> Week {
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
    pub fn reopen(&mut self, at: DateTime<Utc>) {
        self.at = at;
        self.class = open(&self.store, at);
        self.keys = 0;
    }

    pub fn send(&mut self, msg: Msg) {
        step(&mut self.class, msg, &mut self.store, self.at);
    }

    /// One key pressed on the trainer's keyboard, counted.
    pub fn key(&mut self, code: KeyCode) {
        self.keys += 1;
        let (_, hits) = screen(&self.class, 80, 24);
        let key = Event::Key(KeyEvent::new(code, KeyModifiers::NONE));
        if let Some(msg) = class_msg(&self.class, &key, &hits, |m| m) {
            self.send(msg);
        }
    }

    /// One key pressed while the screen is `w`×`h` (what PageDown can turn there).
    pub fn key_at_size(&mut self, code: KeyCode, (w, h): (u16, u16)) {
        self.keys += 1;
        let (_, hits) = screen(&self.class, w, h);
        let key = Event::Key(KeyEvent::new(code, KeyModifiers::NONE));
        if let Some(msg) = class_msg(&self.class, &key, &hits, |m| m) {
            self.send(msg);
        }
    }

    pub fn type_keys(&mut self, text: &str) {
        for c in text.chars() {
            self.key(KeyCode::Char(c));
        }
    }

    pub fn later(&mut self, minutes: i64) {
        self.at += Duration::minutes(minutes);
    }

    pub fn id_of(&self, name: &str) -> LearnerId {
        self.store
            .learners()
            .unwrap()
            .into_iter()
            .find(|l| l.display_name == name)
            .unwrap()
            .id
    }

    pub fn count(&self, sql: &str) -> i64 {
        let db = rusqlite::Connection::open(self.store.path()).unwrap();
        db.query_row(sql, [], |r| r.get(0)).unwrap()
    }
}

/// Class mode as the program opens it, with the trainer's site and name remembered.
pub fn open(store: &Store, at: DateTime<Utc>) -> Class {
    let settings = zhulao::settings::Settings {
        default_site: "幸福社区".into(),
        trainer_name: "李老师".into(),
        ..Default::default()
    };
    zhulao::class::edge::open(Lang::Zh, lessons(), store, &settings, at).unwrap()
}

/// The first twelve of the room and the pinyin initials a trainer types for each.
pub const TWELVE: [(&str, &str); 12] = [
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

/// Two past sessions: Monday's (two learners, every step of the first page done) and an
/// empty one started by mistake on Tuesday; class mode opened on Wednesday, at the history.
pub fn with_history() -> Week {
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

/// Last week's class of twelve, and class mode opened a week later.
pub fn returning() -> Week {
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
pub fn same_names() -> Week {
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
    // The codes the store gave are its own business (they need not run 1001, 1002...):
    // the drawn screen shows these.
    for (a, code) in week
        .class
        .attendees
        .iter_mut()
        .zip(["2087", "3150", "4012"])
    {
        a.learner.code = code.to_string();
    }
    week
}
