//! Terminal events become kiosk messages. Control keys (Ctrl+C, Ctrl+Z, Ctrl+\, Ctrl+D and
//! the rest) map to nothing at all, so no key combination can leave the kiosk; neither can
//! q or Esc, which at most go one screen back.

use crossterm::event::{Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers, MouseButton};
use crossterm::event::{MouseEvent, MouseEventKind};

use super::pad::{PadKey, digit_of};
use super::state::{Button, Kiosk, Msg, Screen};
use crate::player::keys::{player_key, player_mouse};
use crate::ui::Hits;

/// The message for a terminal event, if it means anything on the current screen.
pub fn to_msg(kiosk: &Kiosk, event: &Event, hits: &Hits<Msg>) -> Option<Msg> {
    match event {
        Event::Key(key) => key_msg(kiosk, *key, hits),
        Event::Mouse(m) => mouse_msg(kiosk, m, hits),
        _ => None,
    }
}

fn key_msg(kiosk: &Kiosk, key: KeyEvent, hits: &Hits<Msg>) -> Option<Msg> {
    if key.kind == KeyEventKind::Release {
        return None;
    }
    let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
    // AltGr arrives as Ctrl+Alt on Windows and still types a character.
    if ctrl && !key.modifiers.contains(KeyModifiers::ALT) {
        return None;
    }
    let msg = screen_key(kiosk, key, hits);
    if kiosk.idle.is_some() {
        // Any key answers "还在吗？"; the update lets a digit or character typed count too.
        return msg.or(Some(Msg::Press(Button::StillHere)));
    }
    msg
}

/// What a key means on the screen under any idle prompt.
fn screen_key(kiosk: &Kiosk, key: KeyEvent, hits: &Hits<Msg>) -> Option<Msg> {
    if kiosk.staff.is_some() {
        return pad_key(key.code);
    }
    match &kiosk.screen {
        Screen::Welcome => match key.code {
            KeyCode::Enter | KeyCode::Char(' ') => Some(Msg::Enter),
            KeyCode::F(12) => Some(Msg::Staff),
            _ => None,
        },
        Screen::Choose { .. } => match key.code {
            KeyCode::Char(c) if (1..=3).contains(&digit_of(c).unwrap_or(0)) => {
                let n = usize::from(digit_of(c).unwrap_or(1)) - 1;
                Some(Msg::Press(super::state::CHOICES[n]))
            }
            _ => list_key(key.code),
        },
        Screen::SignIn(_) | Screen::NewCode { .. } => pad_key(key.code),
        // Typing on the surname screen starts typing the name.
        Screen::Surname { .. } => match key.code {
            KeyCode::Char(c) if c != ' ' => Some(Msg::Char(c)),
            code => list_key(code),
        },
        Screen::NewName(_) => match key.code {
            KeyCode::Enter => Some(Msg::Enter),
            KeyCode::Esc => Some(Msg::Back),
            KeyCode::Backspace => Some(Msg::Backspace),
            KeyCode::Char(c) => Some(Msg::Char(c)),
            _ => None,
        },
        Screen::Title { .. } | Screen::Confirm { .. } => list_key(key.code),
        Screen::Lessons => match kiosk.player() {
            Some(_) if key.code == KeyCode::F(10) => Some(Msg::SignOut),
            Some(player) => player_key(player, key, hits, Msg::Player),
            None => match key.code {
                KeyCode::F(10) => Some(Msg::SignOut),
                KeyCode::Esc | KeyCode::Backspace => None,
                code => list_key(code),
            },
        },
    }
}

/// Keys on a screen of big buttons, one above the other.
fn list_key(code: KeyCode) -> Option<Msg> {
    Some(match code {
        KeyCode::Up | KeyCode::BackTab | KeyCode::Left => Msg::Up,
        KeyCode::Down | KeyCode::Tab | KeyCode::Right => Msg::Down,
        KeyCode::Enter | KeyCode::Char(' ') => Msg::Enter,
        KeyCode::Esc | KeyCode::Backspace => Msg::Back,
        _ => return None,
    })
}

/// Keys on a number pad: the keyboard's digits are the pad's.
fn pad_key(code: KeyCode) -> Option<Msg> {
    Some(match code {
        KeyCode::Char(c) => Msg::Pad(PadKey::Digit(digit_of(c)?)),
        KeyCode::Backspace | KeyCode::Delete => Msg::Pad(PadKey::Delete),
        KeyCode::Enter => Msg::Pad(PadKey::Ok),
        KeyCode::Esc => Msg::Back,
        _ => return None,
    })
}

fn mouse_msg(kiosk: &Kiosk, m: &MouseEvent, hits: &Hits<Msg>) -> Option<Msg> {
    let tap = m.kind == MouseEventKind::Down(MouseButton::Left);
    if kiosk.idle.is_some() {
        return tap.then_some(Msg::Press(Button::StillHere));
    }
    if kiosk.staff.is_none()
        && let Some(_) = kiosk.player()
    {
        return player_mouse(m.kind, m.column, m.row, hits, Msg::Player);
    }
    match m.kind {
        MouseEventKind::Down(MouseButton::Left) => hits.tap(m.column, m.row),
        MouseEventKind::ScrollUp if kiosk.screen == Screen::Lessons => Some(Msg::Up),
        MouseEventKind::ScrollDown if kiosk.screen == Screen::Lessons => Some(Msg::Down),
        _ => None,
    }
}
