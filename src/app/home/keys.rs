//! The home screen's keys and taps. Unknown keys are ignored, so a stray key never does
//! anything surprising.

use crossterm::event::{
    KeyCode, KeyEvent, KeyEventKind, KeyModifiers, MouseButton, MouseEventKind,
};

use super::Msg;
use crate::ui::Hits;

/// Maps a key press on the home screen to a message; unknown keys are ignored.
pub fn home_key(key: KeyEvent) -> Option<Msg> {
    if key.kind == KeyEventKind::Release {
        return None;
    }
    let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
    Some(match key.code {
        KeyCode::Char('c') if ctrl => Msg::Quit,
        KeyCode::Up | KeyCode::Char('k') | KeyCode::BackTab => Msg::Up,
        KeyCode::Down | KeyCode::Char('j') | KeyCode::Tab => Msg::Down,
        KeyCode::Home => Msg::First,
        KeyCode::End => Msg::Last,
        KeyCode::Enter | KeyCode::Char(' ') => Msg::Open,
        KeyCode::Esc | KeyCode::Backspace => Msg::Back,
        KeyCode::Char('q' | 'Q') => Msg::Quit,
        KeyCode::Char('l' | 'L') => Msg::ChooseLearner,
        KeyCode::Char('f' | 'F') => Msg::StartFresh,
        KeyCode::Char('s' | 'S') => Msg::OpenSettings,
        KeyCode::Char('c' | 'C') => Msg::StartClass,
        KeyCode::Char('x' | 'X') => Msg::Export,
        _ => return None,
    })
}

/// Maps a mouse event on the home screen (a touchscreen tap arrives as a click) to the
/// message of what was drawn there, or a wheel turn to a move (`wrap`ped for the caller).
pub fn home_mouse<M: Clone>(
    kind: MouseEventKind,
    x: u16,
    y: u16,
    hits: &Hits<M>,
    wrap: impl Fn(Msg) -> M,
) -> Option<M> {
    match kind {
        MouseEventKind::Down(MouseButton::Left) => hits.tap(x, y),
        MouseEventKind::ScrollUp => Some(wrap(Msg::Up)),
        MouseEventKind::ScrollDown => Some(wrap(Msg::Down)),
        _ => None,
    }
}
