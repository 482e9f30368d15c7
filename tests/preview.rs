//! The lesson preview: its pure update (the step kept across reloads, a broken save shown
//! over the last good view, the size and mode switches, the keys), its edge reading the
//! file on R, and snapshots at 80×24, 40×15 and 120×40 of each mode, of a 40×15 box on a
//! projector-sized terminal, and of a broken save.

mod common;

use common::example_lesson;
use crossterm::event::{KeyCode, KeyModifiers};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use zhulao::i18n::Lang;
use zhulao::lesson::{Diagnostic, Lesson, parse_lesson};
use zhulao::preview::edge::{Driver, FileEdge, key_of};
use zhulao::preview::{Effect, Key, Mode, Msg, Preview, Size};
use zhulao::ui::Hits;
use zhulao::ui::theme::Theme;

/// The example lesson's TOML from docs/lesson-format.md.
fn example_toml() -> String {
    let doc = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/lesson-format.md"),
    )
    .unwrap();
    let start = doc.find("```toml\nformat_version").unwrap() + "```toml\n".len();
    doc[start..start + doc[start..].find("```").unwrap()].to_string()
}

/// The problems `lesson check` finds in a save with a broken line.
fn broken() -> Vec<Diagnostic> {
    let text = example_toml().replace("\nversion = 1 ", "\nversion = 一 ");
    parse_lesson("我的课程.toml", text.as_bytes()).unwrap_err()
}

/// A preview of the example lesson, loaded, at step `step` (0-based).
fn loaded(step: usize) -> Preview {
    let mut p = Preview::new(Lang::Zh, "我的课程.toml", step, Size::Full);
    p.update(Msg::FileChanged(Ok(Box::new(example_lesson()))));
    p
}

fn keys(p: &mut Preview, keys: &[Key]) {
    for k in keys {
        p.update(Msg::Key(*k));
    }
}

/// The preview drawn in a window `w`×`h`.
fn draw(p: &Preview, w: u16, h: u16) -> Terminal<TestBackend> {
    let mut t = Terminal::new(TestBackend::new(w, h)).unwrap();
    t.draw(|f| zhulao::preview::view::render(f, p, &Theme::high_contrast(), &mut Hits::new()))
        .unwrap();
    t
}

/// The screen's text, a line per row, a wide character once (not with the blank cell
/// after it).
fn text_of(t: &Terminal<TestBackend>) -> String {
    use unicode_width::UnicodeWidthStr;
    let buf = t.backend().buffer();
    (0..buf.area.height)
        .map(|y| {
            let mut row = String::new();
            let mut x = 0;
            while x < buf.area.width {
                let symbol = buf[(x, y)].symbol();
                row.push_str(symbol);
                x += symbol.width().max(1) as u16;
            }
            row
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// The example lesson with a new step put first (so every step moves one place on).
fn with_step_before(lesson: &Lesson) -> Lesson {
    let mut l = lesson.clone();
    let mut first = l.steps[0].clone();
    first.id = zhulao::lesson::model::StepId::new_for_tests("welcome");
    first.title = "先认识一下".into();
    l.steps.insert(0, first);
    l
}

#[test]
fn the_step_shown_is_kept_across_reloads() {
    let mut p = loaded(0);
    keys(&mut p, &[Key::Next, Key::Next]);
    assert_eq!(p.step, 2);
    // The same file saved again: the same step.
    p.update(Msg::FileChanged(Ok(Box::new(example_lesson()))));
    assert_eq!(p.step, 2);
    // A step put before it: the same step, now one place on.
    let moved = with_step_before(&example_lesson());
    let id = p.lesson.as_ref().unwrap().steps[2].id.clone();
    p.update(Msg::FileChanged(Ok(Box::new(moved))));
    assert_eq!(p.step, 3);
    assert_eq!(p.lesson.as_ref().unwrap().steps[p.step].id, id);
    // Its id renamed: the same place.
    let mut renamed = p.lesson.clone().unwrap();
    renamed.steps[3].id = zhulao::lesson::model::StepId::new_for_tests("renamed");
    p.update(Msg::FileChanged(Ok(Box::new(renamed))));
    assert_eq!(p.step, 3);
    // Steps taken away: the last one that is left.
    let mut short = example_lesson();
    short.steps.truncate(2);
    short.steps[1].id = zhulao::lesson::model::StepId::new_for_tests("other");
    p.update(Msg::FileChanged(Ok(Box::new(short))));
    assert_eq!(p.step, 1);
    assert_eq!(p.loads, 5);
}

#[test]
fn the_step_asked_for_on_the_command_line_is_kept_within_the_lesson() {
    let p = loaded(99);
    assert_eq!(p.step, example_lesson().steps.len() - 1);
    let p = loaded(1);
    assert_eq!(p.step, 1);
}

#[test]
fn a_broken_save_shows_its_problems_over_the_last_good_view() {
    let mut p = loaded(1);
    let good = p.lesson.clone();
    let problems = broken();
    p.update(Msg::FileChanged(Err(problems.clone())));
    assert_eq!(p.lesson, good, "the last good lesson is kept");
    assert_eq!(p.step, 1);
    assert_eq!(p.errors, problems);
    let screen = text_of(&draw(&p, 120, 40));
    let first = problems[0].render(Lang::Zh);
    let where_ = first.lines().next().unwrap();
    assert!(where_.starts_with("我的课程.toml:"), "{where_}");
    // file:line:col and the message, as `lesson check` prints it, then the old view.
    assert!(
        screen.contains(&where_[..where_.find(' ').unwrap()]),
        "{screen}"
    );
    assert!(screen.contains("课程文件有错"), "{screen}");
    assert!(
        screen.contains("输入金额"),
        "the last good step is still shown:\n{screen}"
    );
    // Keys still move through the last good lesson.
    keys(&mut p, &[Key::Next]);
    assert_eq!(p.step, 2);
    // Fixed: the problems go, and the step stays.
    p.update(Msg::FileChanged(Ok(Box::new(example_lesson()))));
    assert!(p.errors.is_empty());
    assert_eq!(p.step, 2);
    assert!(!text_of(&draw(&p, 120, 40)).contains("课程文件有错"));
}

#[test]
fn a_file_that_never_loaded_shows_only_its_problems() {
    let mut p = Preview::new(Lang::Zh, "我的课程.toml", 0, Size::Full);
    p.update(Msg::FileChanged(Err(broken())));
    assert!(p.lesson.is_none());
    keys(&mut p, &[Key::Next, Key::Prev, Key::Size, Key::Mode]);
    assert_eq!(p.step, 0);
    let screen = text_of(&draw(&p, 80, 24));
    assert!(screen.contains("还没有可以显示的样子"), "{screen}");
    assert!(screen.contains("我的课程.toml:"), "{screen}");
}

#[test]
fn s_cycles_the_sizes_and_m_the_modes() {
    let mut p = loaded(0);
    let mut sizes = vec![p.size];
    for _ in 0..4 {
        keys(&mut p, &[Key::Size]);
        sizes.push(p.size);
    }
    assert_eq!(
        sizes,
        [
            Size::Full,
            Size::Box(40, 15),
            Size::Box(80, 24),
            Size::Box(120, 40),
            Size::Full
        ]
    );
    let mut modes = vec![p.mode];
    for _ in 0..3 {
        keys(&mut p, &[Key::Mode]);
        modes.push(p.mode);
    }
    assert_eq!(
        modes,
        [Mode::Player, Mode::Class, Mode::Kiosk, Mode::Player]
    );
    // Neither switch moves the step.
    keys(&mut p, &[Key::Next, Key::Size, Key::Mode]);
    assert_eq!(p.step, 1);
}

#[test]
fn the_steps_stop_at_either_end_and_q_quits() {
    let mut p = loaded(0);
    keys(&mut p, &[Key::Prev]);
    assert_eq!(p.step, 0);
    keys(&mut p, &[Key::Next; 10]);
    assert_eq!(p.step, 3);
    assert!(!p.done());
    assert_eq!(p.update(Msg::Key(Key::Reload)), vec![Effect::Reload]);
    keys(&mut p, &[Key::Quit]);
    assert!(p.done());
    p.update(Msg::Resize(100, 30));
    assert_eq!(p.window, (100, 30));
    // A new window or size wraps the text anew: its pages start at the top again.
    keys(&mut p, &[Key::PageDown]);
    p.update(Msg::Resize(100, 30));
    assert_eq!(p.page, 1, "the same size changes nothing");
    p.update(Msg::Resize(120, 40));
    assert_eq!(p.page, 0);
    keys(&mut p, &[Key::PageDown, Key::Size]);
    assert_eq!(p.page, 0);
}

#[test]
fn page_down_shows_the_rest_of_a_step_and_a_new_step_starts_at_its_top() {
    let lesson = zhulao::lesson::Library::load(&[])
        .get("mobile-payment")
        .unwrap()
        .lesson
        .clone();
    let mut p = Preview::new(Lang::Zh, "mobile-payment.toml", 1, Size::Box(40, 15));
    p.update(Msg::FileChanged(Ok(Box::new(lesson.clone()))));
    let top = text_of(&draw(&p, 120, 40));
    assert!(top.contains("▼ 下面还有"), "{top}");
    keys(&mut p, &[Key::PageDown]);
    assert_eq!(p.page, 1);
    let next = text_of(&draw(&p, 120, 40));
    assert!(next.contains("▲ 上面还有"), "{next}");
    assert_ne!(top, next);
    // Kept across a save; back to the top on another step.
    p.update(Msg::FileChanged(Ok(Box::new(lesson))));
    assert_eq!(p.page, 1);
    keys(&mut p, &[Key::PageUp, Key::PageUp]);
    assert_eq!(p.page, 0);
    keys(&mut p, &[Key::PageDown, Key::Next]);
    assert_eq!((p.step, p.page), (2, 0));
}

#[test]
fn sizes_are_read_from_the_command_line() {
    assert_eq!(Size::parse("40x15"), Some(Size::Box(40, 15)));
    assert_eq!(Size::parse("120×40"), Some(Size::Box(120, 40)));
    assert_eq!(Size::parse(" 80X24 "), Some(Size::Box(80, 24)));
    for bad in [
        "",
        "80",
        "x24",
        "10x5",
        "axb",
        "80x",
        "65535x65535",
        "401x40",
    ] {
        assert_eq!(Size::parse(bad), None, "{bad:?}");
    }
}

#[test]
fn keys_map_to_what_the_bar_says() {
    let none = KeyModifiers::NONE;
    assert_eq!(key_of(KeyCode::Left, none), Some(Key::Prev));
    assert_eq!(key_of(KeyCode::Right, none), Some(Key::Next));
    assert_eq!(key_of(KeyCode::Char('s'), none), Some(Key::Size));
    assert_eq!(key_of(KeyCode::Char('M'), none), Some(Key::Mode));
    assert_eq!(key_of(KeyCode::Char('q'), none), Some(Key::Quit));
    assert_eq!(key_of(KeyCode::Esc, none), Some(Key::Quit));
    assert_eq!(
        key_of(KeyCode::Char('c'), KeyModifiers::CONTROL),
        Some(Key::Quit)
    );
    assert_eq!(key_of(KeyCode::Char('r'), none), Some(Key::Reload));
    assert_eq!(key_of(KeyCode::PageDown, none), Some(Key::PageDown));
    assert_eq!(key_of(KeyCode::Up, none), Some(Key::PageUp));
    assert_eq!(key_of(KeyCode::Char('x'), none), None);
}

#[test]
fn r_reads_the_file_again_through_the_edge() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("课.toml");
    std::fs::write(&path, example_toml()).unwrap();
    let preview = Preview::new(Lang::Zh, "课.toml", 0, Size::Full);
    let edge = FileEdge::new(&path);
    let first = edge.read();
    let mut driver = Driver::new(preview, edge);
    driver.send(first);
    assert_eq!(driver.program.steps(), 4);
    std::fs::write(&path, example_toml().replace("输入金额", "输入钱数")).unwrap();
    driver.send(Msg::Key(Key::Reload));
    let lesson = driver.program.lesson.as_ref().unwrap();
    assert_eq!(lesson.steps[1].title, "输入钱数");
    std::fs::write(&path, "format_version = 1\nid = \"坏\"\n").unwrap();
    driver.send(Msg::Key(Key::Reload));
    assert!(!driver.program.errors.is_empty());
    let shown = driver.program.errors[0].render(Lang::Zh);
    assert!(shown.contains("课.toml:"), "{shown}");
    assert_eq!(driver.program.steps(), 4, "the last good lesson is kept");
}

#[test]
fn a_tap_on_a_button_does_what_its_key_does() {
    use zhulao::runtime::Program;
    let p = loaded(0);
    let mut t = Terminal::new(TestBackend::new(80, 24)).unwrap();
    let mut hits = Hits::new();
    t.draw(|f| zhulao::preview::view::render(f, &p, &Theme::high_contrast(), &mut hits))
        .unwrap();
    let (x, y) = common::find(t.backend().buffer(), "换大小").unwrap();
    let msg = p.on_event(&common::tap_at(x, y), &hits);
    assert_eq!(msg, Some(Msg::Key(Key::Size)));
}

/// A preview in `mode` at `size`, at the example's type step.
fn shown(mode: Mode, size: Size) -> Preview {
    let mut p = loaded(1);
    p.mode = mode;
    p.size = size;
    p
}

/// A broken save over the example's choose step.
fn broken_save() -> Preview {
    let mut p = loaded(2);
    p.update(Msg::FileChanged(Err(broken())));
    p
}

/// The preview in English, over a broken save, in class mode.
fn english() -> Preview {
    let mut p = Preview::new(Lang::En, "my-lesson.toml", 1, Size::Full);
    p.update(Msg::FileChanged(Ok(Box::new(example_lesson()))));
    p.update(Msg::FileChanged(Err(broken())));
    p.mode = Mode::Class;
    p
}

/// One snapshot per window size.
macro_rules! screens {
    ($($name:ident: $preview:expr;)*) => {$(
        mod $name {
            use super::*;
            #[test]
            fn at_80x24() {
                insta::assert_snapshot!(draw(&$preview, 80, 24).backend());
            }
            #[test]
            fn at_40x15() {
                insta::assert_snapshot!(draw(&$preview, 40, 15).backend());
            }
            #[test]
            fn at_120x40() {
                insta::assert_snapshot!(draw(&$preview, 120, 40).backend());
            }
        }
    )*};
}

screens! {
    player_full: shown(Mode::Player, Size::Full);
    class_full: shown(Mode::Class, Size::Full);
    kiosk_full: shown(Mode::Kiosk, Size::Full);
    box_40x15: shown(Mode::Player, Size::Box(40, 15));
    error_over_view: broken_save();
    english_class_with_problems: english();
}

#[test]
fn a_40x15_box_on_a_projector_sized_terminal_pages_as_a_40x15_terminal_would() {
    let boxed = text_of(&draw(&shown(Mode::Player, Size::Box(40, 15)), 120, 40));
    let alone = {
        let mut t = Terminal::new(TestBackend::new(40, 15)).unwrap();
        let player =
            zhulao::preview::screens::player_at(&example_lesson(), Lang::Zh, (1, 0), false);
        t.draw(|f| {
            zhulao::player::view::render(f, &player, &Theme::high_contrast(), &mut Hits::new())
        })
        .unwrap();
        text_of(&t)
    };
    for line in alone.lines() {
        assert!(boxed.contains(line), "{line:?} is not in the box:\n{boxed}");
    }
}
