//! What the class-mode tests share: a room of learners with a store in a temporary
//! folder, class mode fed through its edge, its keys pressed, and its screen drawn.

#![allow(dead_code)]

pub mod week;

use chrono::{DateTime, NaiveDate, TimeZone, Utc};
use crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use rusqlite::Connection;
use zhulao::class::edge::{class_msg, step};
use zhulao::class::state::ROW_START;
use zhulao::class::{Class, Msg, Stage};
use zhulao::i18n::Lang;
use zhulao::lesson::{Lesson, Library};
use zhulao::progress::Store;
use zhulao::ui::Hits;
use zhulao::ui::theme::Theme;

pub const NAMES: [&str; 40] = [
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

pub fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 23, 1, 30, 0).unwrap()
}

pub fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 23).unwrap()
}

pub fn lessons() -> Vec<Lesson> {
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

pub struct Room {
    pub _dir: tempfile::TempDir,
    pub store: Store,
    pub class: Class,
}

impl Room {
    /// A store with `n` learners and class mode at the set-up form.
    pub fn new(n: usize) -> Room {
        let dir = tempfile::tempdir().unwrap();
        let mut store = Store::open(dir.path(), now()).unwrap();
        // Codes as a class of before had them, so the screens show the same numbers.
        for (i, name) in NAMES[..n].iter().enumerate() {
            let code = (1001 + i).to_string();
            store.add_learner(name, Some(&code), now()).unwrap();
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

    pub fn send(&mut self, msg: Msg) {
        step(&mut self.class, msg, &mut self.store, now());
    }

    /// A key pressed on the trainer's keyboard, read by class mode's key map.
    pub fn press(&mut self, c: char) {
        let key = Event::Key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE));
        if let Some(msg) = class_msg(&self.class, &key, &Hits::new(), |m| m) {
            self.send(msg);
        }
    }

    /// A key pressed while the screen is `w`×`h`: the screen is drawn first, so keys that
    /// depend on what is shown (PageDown pages first) see what the trainer sees.
    pub fn key_at(&mut self, code: KeyCode, (w, h): (u16, u16)) {
        let (_, hits) = screen(&self.class, w, h);
        let key = Event::Key(KeyEvent::new(code, KeyModifiers::NONE));
        if let Some(msg) = class_msg(&self.class, &key, &hits, |m| m) {
            self.send(msg);
        }
    }

    pub fn keys(&mut self, text: &str) {
        for c in text.chars() {
            self.press(c);
        }
    }

    /// Starts the class and signs in the first `n` learners by pinyin initials or name.
    pub fn started(n: usize, signed_in: usize) -> Room {
        let mut room = Room::new(n);
        room.send(Msg::Pick(ROW_START));
        assert_eq!(room.class.stage, Stage::Attendance);
        for name in &NAMES[..signed_in] {
            room.keys(name);
            room.send(Msg::Confirm);
        }
        room
    }

    pub fn db(&self) -> Connection {
        Connection::open(self.store.path()).unwrap()
    }

    pub fn count(&self, sql: &str) -> i64 {
        self.db().query_row(sql, [], |r| r.get(0)).unwrap()
    }
}

pub fn draw(class: &Class, w: u16, h: u16) -> Terminal<TestBackend> {
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

/// The class screen drawn at `w`×`h`: its cells, and what a tap on each part sends.
pub fn screen(class: &Class, w: u16, h: u16) -> (ratatui::buffer::Buffer, Hits<Msg>) {
    let mut t = Terminal::new(TestBackend::new(w, h)).unwrap();
    let mut hits = Hits::new();
    t.draw(|f| {
        zhulao::class::view::render(f, class, &Theme::high_contrast(), &mut hits);
    })
    .unwrap();
    (t.backend().buffer().clone(), hits)
}

/// Row `y` of a drawn screen as text (a wide character once).
pub fn row_text(buf: &ratatui::buffer::Buffer, y: u16, from: u16, to: u16) -> String {
    use unicode_width::UnicodeWidthStr;
    let mut line = String::new();
    let mut x = from;
    while x < to {
        let s = buf[(x, y)].symbol();
        line.push_str(s);
        x += s.width().max(1) as u16;
    }
    line
}

/// The whole drawn screen as text, row by row.
pub fn screen_text(buf: &ratatui::buffer::Buffer) -> String {
    (0..buf.area.height)
        .map(|y| row_text(buf, y, 0, buf.area.width))
        .collect::<Vec<_>>()
        .join("\n")
}

/// Snapshot tests of a class-mode screen at the sizes every screen is checked at (80×24,
/// the projector's 120×40, and 40×15 for huge fonts): `screens! { name: week; … }` makes
/// a module per name whose tests draw `week.class` (the caller's `draw`) at each size.
#[allow(unused_macros)]
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

#[allow(unused_imports)]
pub(crate) use screens;
