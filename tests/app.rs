//! The whole interactive program driven by terminal events against a temp data folder:
//! choosing a learner, saving every outcome, continuing where one stopped, and faults.

mod common;

use chrono::{TimeZone, Utc};
use crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use zhulao::app::Home;
use zhulao::app::run::{Msg, Reply};
use zhulao::app::start::{AppRunner, with_store};
use zhulao::i18n::Lang;
use zhulao::lesson::Library;
use zhulao::progress::{LessonStatus, Store};

fn home() -> Home {
    let mut home = Home::new(&Library::default(), Lang::Zh);
    home.lessons.push(common::example_lesson().into());
    home
}

thread_local! {
    /// Seconds since the test's first key: each key comes a second after the last, as a
    /// person types (a key at the same instant as a new step would be ignored).
    static CLOCK: std::cell::Cell<i64> = const { std::cell::Cell::new(0) };
}

fn press(app: &mut AppRunner, code: KeyCode) {
    let s = CLOCK.with(|c| c.replace(c.get() + 1));
    let now = Utc.with_ymd_and_hms(2026, 11, 23, 9, 0, 0).unwrap() + chrono::TimeDelta::seconds(s);
    app.event(&Event::Key(KeyEvent::new(code, KeyModifiers::NONE)), now);
}

fn type_text(app: &mut AppRunner, text: &str) {
    for c in text.chars() {
        press(app, KeyCode::Char(c));
    }
}

fn screen(app: &mut AppRunner) -> String {
    let mut terminal = Terminal::new(TestBackend::new(80, 24)).unwrap();
    app.draw_on(&mut terminal).unwrap();
    let buffer = terminal.backend().buffer().clone();
    buffer
        .content()
        .iter()
        .map(|c| c.symbol())
        .collect::<String>()
        .replace(' ', "")
}

#[test]
fn a_new_learner_practises_and_continues_where_she_stopped() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = with_store(home(), Store::open(dir.path(), Utc::now()));
    press(&mut app, KeyCode::Char('l'));
    press(&mut app, KeyCode::Down);
    press(&mut app, KeyCode::Enter);
    type_text(&mut app, "王秀英");
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.program.learner.as_ref().unwrap().display_name, "王秀英");
    let code = app.program.learner.as_ref().unwrap().code.clone();
    assert!(screen(&mut app).contains(&format!("学员：王秀英（{code}）")));

    press(&mut app, KeyCode::Enter); // details
    press(&mut app, KeyCode::Enter); // start
    assert!(app.program.player().is_some());
    press(&mut app, KeyCode::Enter);
    assert!(
        !app.program.player().unwrap().progress[0].done,
        "nothing is focused when a step opens: Enter presses nothing"
    );
    press(&mut app, KeyCode::Down);
    press(&mut app, KeyCode::Enter); // tap the focused "＋": right first time
    press(&mut app, KeyCode::Enter); // next step
    type_text(&mut app, "25");
    press(&mut app, KeyCode::Enter);
    press(&mut app, KeyCode::Esc);
    assert!(app.program.player().is_none());

    // Everything was written as it happened; the home screen offers to continue.
    let store = Store::open(dir.path(), Utc::now()).unwrap();
    let learner = store.learner_by_code(&code).unwrap();
    let lesson = common::example_lesson();
    let p = &store.progress(learner.id, &[&lesson]).unwrap()[0];
    assert_eq!(
        (p.status, p.steps_done, p.resume_at),
        (LessonStatus::InProgress, 2, 2)
    );
    assert!(screen(&mut app).contains("继续上次：扫码付款（第3步）"));
    press(&mut app, KeyCode::Enter);
    assert_eq!(
        app.program.player().unwrap().step,
        2,
        "continue opens the first unfinished step"
    );
}

#[test]
fn a_damaged_progress_file_is_named_kept_and_replaced_only_on_request() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("zhulao.db"), b"garbage, not a database").unwrap();
    let mut app = with_store(home(), Store::open(dir.path(), Utc::now()));
    app.edge.data_dir = Some(dir.path().to_path_buf());
    assert!(app.edge.store.is_none());
    let text = screen(&mut app);
    assert!(text.contains("不是学习记录文件"), "{text}");
    assert!(text.contains("按F可以重新开始记录"), "{text}");
    // Lessons can still be practised; nothing is lost by trying.
    press(&mut app, KeyCode::Enter);
    press(&mut app, KeyCode::Enter);
    press(&mut app, KeyCode::Enter);
    press(&mut app, KeyCode::Esc);
    assert_eq!(
        std::fs::read(dir.path().join("zhulao.db")).unwrap(),
        b"garbage, not a database"
    );

    press(&mut app, KeyCode::Char('f'));
    assert!(app.edge.store.is_some());
    let kept: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with("zhulao.db.corrupt-"))
        .collect();
    assert_eq!(kept.len(), 1);
    assert_eq!(
        std::fs::read(dir.path().join(&kept[0])).unwrap(),
        b"garbage, not a database"
    );
}

#[test]
fn a_failed_write_is_reported_and_the_lesson_goes_on() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(dir.path(), Utc::now()).unwrap();
    let learner = store.add_learner("李华", None, Utc::now()).unwrap();
    store.set_pragma_for_tests("query_only", 1).unwrap();
    let mut app = with_store(home(), Ok(store));
    app.send(Msg::Reply(Reply::LearnerAdded(learner)));
    press(&mut app, KeyCode::Enter);
    press(&mut app, KeyCode::Enter);
    press(&mut app, KeyCode::Down);
    press(&mut app, KeyCode::Down);
    press(&mut app, KeyCode::Enter); // a wrong tap, which cannot be saved
    assert!(
        app.program
            .home
            .notice
            .as_deref()
            .unwrap()
            .contains("不能写入")
    );
    assert!(
        screen(&mut app).contains("不能写入"),
        "the learner sees it in the lesson too"
    );
    let player = app.program.player().expect("the lesson is still open");
    assert_eq!(player.progress[0].wrong_tries, 1);
    press(&mut app, KeyCode::Up);
    press(&mut app, KeyCode::Enter);
    assert!(app.program.player().unwrap().progress[0].done);
    screen(&mut app);
}

#[test]
fn x_on_the_home_screen_exports_the_progress_sheet_and_says_where() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path(), Utc::now()).unwrap();
    let mut app = with_store(home(), Ok(store));
    app.edge.data_dir = Some(dir.path().to_path_buf());
    app.edge.clock = || Utc.with_ymd_and_hms(2026, 11, 23, 2, 0, 0).unwrap();
    press(&mut app, KeyCode::Char('x'));
    let exports = dir.path().join("exports");
    assert!(
        !exports.exists(),
        "the export waits for the 'please wait' frame"
    );
    assert!(screen(&mut app).contains("正在导出"));
    assert!(app.after_frame(), "the frame is up: the export runs");
    let local = (app.edge.clock)()
        .with_timezone(&chrono::Local)
        .naive_local();
    let name = format!("学员进度-{}.xlsx", local.format("%Y%m%d-%H%M%S"));
    let path = exports.join(name);
    assert!(path.exists(), "{:?}", app.program.home.notice);
    assert!(
        app.program
            .home
            .notice
            .as_deref()
            .unwrap()
            .contains("已导出")
    );
}

#[test]
fn c_on_the_home_screen_opens_class_mode_and_esc_comes_back() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path(), Utc::now()).unwrap();
    let mut app = with_store(home(), Ok(store));
    press(&mut app, KeyCode::Char('c'));
    assert!(app.program.class().is_some());
    assert!(screen(&mut app).contains("开始上课"));
    press(&mut app, KeyCode::Esc);
    assert!(app.program.class().is_none());
}

/// Draws the app at `w`×`h` and taps the last place `label` is drawn.
fn tap(app: &mut AppRunner, label: &str, (w, h): (u16, u16)) {
    let mut terminal = Terminal::new(TestBackend::new(w, h)).unwrap();
    app.draw_on(&mut terminal).unwrap();
    let (x, y) = common::find(terminal.backend().buffer(), label)
        .unwrap_or_else(|| panic!("{label:?} is not on the screen"));
    let s = CLOCK.with(|c| c.replace(c.get() + 1));
    let now = Utc.with_ymd_and_hms(2026, 11, 23, 9, 0, 0).unwrap() + chrono::TimeDelta::seconds(s);
    app.event(&common::tap_at(x, y), now);
}

#[test]
fn a_lesson_is_opened_and_left_by_taps_alone() {
    for size in [(80, 24), (40, 15), (120, 40)] {
        let dir = tempfile::tempdir().unwrap();
        let mut app = with_store(home(), Store::open(dir.path(), Utc::now()));
        tap(&mut app, "打开", size);
        assert!(app.program.home.details_open, "{size:?}");
        tap(&mut app, "返回", size);
        assert!(!app.program.home.details_open, "{size:?}");
        tap(&mut app, "扫码付款", size);
        tap(&mut app, "扫码付款", size);
        assert!(
            app.program.home.details_open,
            "a second tap opens the details"
        );
        tap(&mut app, "开始学习", size);
        assert!(app.program.player().is_some(), "{size:?}");
        tap(&mut app, "返回", size);
        assert!(app.program.player().is_none(), "{size:?}");
    }
}
