//! The settings screen: snapshots at 80×24 and 40×15 in Chinese and English, and changes
//! saved to the settings file as they are made.

mod common;

use chrono::Utc;
use crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use zhulao::app::Home;
use zhulao::app::run::Screen;
use zhulao::app::settings_screen::{Msg, SettingsScreen};
use zhulao::app::start::{AppRunner, with_store};
use zhulao::i18n::Lang;
use zhulao::lesson::Library;
use zhulao::settings::{Settings, load};
use zhulao::ui::theme::Theme;

fn screen() -> SettingsScreen {
    let settings = Settings {
        speech_command: vec!["espeak-ng".into(), "-v".into(), "cmn".into()],
        default_site: "拱墅区社区学院".into(),
        trainer_name: "李老师".into(),
        ..Settings::default()
    };
    let mut s = SettingsScreen::new(settings);
    s.update(Msg::Down);
    s
}

fn draw(s: &SettingsScreen, lang: Lang, w: u16, h: u16) -> Terminal<TestBackend> {
    let mut t = Terminal::new(TestBackend::new(w, h)).unwrap();
    t.draw(|f| {
        let hits = &mut zhulao::ui::Hits::new();
        zhulao::app::settings_screen::view::render(f, s, lang, &Theme::high_contrast(), hits);
    })
    .unwrap();
    t
}

#[test]
fn settings_80x24() {
    insta::assert_snapshot!(draw(&screen(), Lang::Zh, 80, 24).backend());
}

#[test]
fn settings_40x15() {
    insta::assert_snapshot!(draw(&screen(), Lang::Zh, 40, 15).backend());
}

#[test]
fn settings_english_80x24() {
    insta::assert_snapshot!(draw(&screen(), Lang::En, 80, 24).backend());
}

#[test]
fn settings_editing_a_text_40x15() {
    let mut s = screen();
    s.update(Msg::Select(6));
    s.update(Msg::Char('王'));
    insta::assert_snapshot!(draw(&s, Lang::Zh, 40, 15).backend());
}

#[test]
fn changes_are_saved_as_they_are_made_and_switch_the_language() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("settings.toml");
    let mut home = Home::new(&Library::default(), Lang::Zh);
    home.lessons.push(common::example_lesson().into());
    let mut app = with_store(home, zhulao::progress::Store::open(dir.path(), Utc::now()));
    app.edge.settings_path = Some(path.clone());
    let press = |app: &mut AppRunner, code| {
        app.event(
            &Event::Key(KeyEvent::new(code, KeyModifiers::NONE)),
            Utc::now(),
        )
    };
    press(&mut app, KeyCode::Char('s'));
    assert!(matches!(app.program.screen, Screen::Settings(_)));
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.program.home.lang, Lang::En);
    assert_eq!(load(&path).0.lang, Lang::En);
    press(&mut app, KeyCode::Down);
    press(&mut app, KeyCode::Down);
    press(&mut app, KeyCode::Enter);
    assert!(app.program.settings.auto_read);
    assert!(load(&path).0.auto_read);
    press(&mut app, KeyCode::Esc);
    assert!(matches!(app.program.screen, Screen::Home));
}
