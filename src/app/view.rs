//! The interactive program as a program of the runtime: what each screen draws and what a
//! key or tap on it means.

use crossterm::event::{Event, KeyCode, KeyEventKind, KeyModifiers, MouseEventKind};
use ratatui::Frame;

use super::home::keys::{home_key, home_mouse};
use super::picker::keys::picker_key;
use super::run::{App, Effect, Input, Msg, Screen};
use super::settings_screen::keys::settings_key;
use crate::player::keys::{player_key, player_mouse};
use crate::runtime::{Program, tapped};
use crate::ui::Hits;
use crate::ui::theme::Theme;

impl Program for App {
    type Msg = Msg;
    type Effect = Effect;
    type Tap = Input;

    fn update(&mut self, msg: Msg) -> Vec<Effect> {
        App::update(self, msg)
    }

    fn view(&self, frame: &mut Frame, theme: &Theme, hits: &mut Hits<Input>) {
        let lang = self.home.lang;
        match &self.screen {
            Screen::Class(class) => {
                let mut taps = Hits::new();
                crate::class::view::render(frame, class, theme, &mut taps);
                hits.absorb(taps, Input::Class);
            }
            Screen::Lesson(sitting) => {
                let mut taps = Hits::new();
                crate::player::view::render(frame, &sitting.player, theme, &mut taps);
                hits.absorb(taps, Input::Player);
                if let Some(notice) = &self.home.notice {
                    crate::player::view::render_notice(frame, notice, theme);
                }
            }
            Screen::Settings(screen) => {
                let mut taps = Hits::new();
                crate::app::settings_screen::view::render(frame, screen, lang, theme, &mut taps);
                hits.absorb(taps, Input::Settings);
            }
            Screen::Picker(picker) => {
                let mut taps = Hits::new();
                crate::app::picker::view::render(frame, picker, lang, theme, &mut taps);
                hits.absorb(taps, Input::Picker);
            }
            Screen::Home => {
                let mut taps = Hits::new();
                crate::app::home::view::render(frame, &self.home, theme, &mut taps);
                hits.absorb(taps, Input::Home);
            }
        }
    }

    fn on_event(&self, event: &Event, hits: &Hits<Input>) -> Option<Msg> {
        if let Event::Key(k) = event
            && k.code == KeyCode::Char('c')
            && k.modifiers.contains(KeyModifiers::CONTROL)
            && k.kind != KeyEventKind::Release
        {
            return Some(Msg::Input(Input::Quit));
        }
        let input = match (&self.screen, event) {
            (Screen::Class(_), e) => crate::class::edge::class_msg(e, hits, Input::Class),
            (Screen::Lesson(s), Event::Key(key)) => {
                player_key(&s.player, *key, hits, Input::Player)
            }
            (Screen::Lesson(_), Event::Mouse(m)) => {
                player_mouse(m.kind, m.column, m.row, hits, Input::Player)
            }
            (Screen::Settings(_), Event::Key(key)) => settings_key(*key).map(Input::Settings),
            (Screen::Picker(_), Event::Key(key)) => picker_key(*key).map(Input::Picker),
            (Screen::Settings(_) | Screen::Picker(_), e) => tapped(e, hits),
            (Screen::Home, Event::Key(key)) => home_key(*key).map(Input::Home),
            (Screen::Home, Event::Mouse(m)) if m.kind != MouseEventKind::Moved => {
                home_mouse(m.kind, m.column, m.row, hits, Input::Home)
            }
            _ => None,
        };
        input.map(Msg::Input)
    }

    fn on_tick(&self, now: chrono::DateTime<chrono::Utc>) -> Option<Msg> {
        Some(Msg::Tick(now))
    }

    fn theme(&self) -> Theme {
        Theme::named(self.settings.theme)
    }

    fn done(&self) -> bool {
        self.quit
    }
}
