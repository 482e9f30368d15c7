//! Class mode's keys and taps, in one place: a terminal event becomes a class message.

use crossterm::event::{Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers};
use crossterm::event::{MouseButton, MouseEventKind};

use super::state::Msg;
use crate::ui::Hits;

/// Maps a terminal event to a class message (`wrap`ped for a host such as the home app):
/// a tap sends what was drawn there.
pub fn class_msg<M: Clone>(event: &Event, hits: &Hits<M>, wrap: impl Fn(Msg) -> M) -> Option<M> {
    match event {
        Event::Key(key) => key_msg(*key).map(wrap),
        Event::Mouse(m) if m.kind == MouseEventKind::Down(MouseButton::Left) => {
            hits.tap(m.column, m.row)
        }
        Event::Mouse(m) if m.kind == MouseEventKind::ScrollUp => Some(wrap(Msg::Up)),
        Event::Mouse(m) if m.kind == MouseEventKind::ScrollDown => Some(wrap(Msg::Down)),
        _ => None,
    }
}

fn key_msg(key: KeyEvent) -> Option<Msg> {
    if key.kind == KeyEventKind::Release || key.modifiers.contains(KeyModifiers::CONTROL) {
        return None;
    }
    Some(match key.code {
        KeyCode::Up => Msg::Up,
        KeyCode::Down => Msg::Down,
        KeyCode::Left | KeyCode::PageUp => Msg::Left,
        KeyCode::Right | KeyCode::PageDown => Msg::Right,
        KeyCode::Enter => Msg::Enter,
        KeyCode::Esc => Msg::Esc,
        KeyCode::Tab | KeyCode::BackTab => Msg::Tab,
        KeyCode::Delete => Msg::Delete,
        KeyCode::Backspace => Msg::Backspace,
        KeyCode::Char(c) => Msg::Char(c),
        _ => return None,
    })
}
