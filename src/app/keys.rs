//! Key and mouse maps: terminal events become each screen's messages. Unknown keys are
//! ignored, so a stray key never does anything surprising.

use crossterm::event::{
    KeyCode, KeyEvent, KeyEventKind, KeyModifiers, MouseButton, MouseEventKind,
};

use super::home::Msg;
use super::picker::Msg as PickerMsg;
use super::player::{Msg as PlayerMsg, Player};
use crate::runtime::Hits;

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

/// Maps a key press in the player to a message. While the learner types into an input,
/// letters, digits, space, `?` and `p` are text; otherwise they steer.
///
/// PageDown and PageUp page through a step's text first when it is taller than the screen
/// (the view registered a "more below / above" line in `hits`), then move between steps.
/// `wrap` makes a player message the caller's own (the player inside the kiosk).
pub fn player_key<M: PartialEq>(
    player: &Player,
    key: KeyEvent,
    hits: &Hits<M>,
    wrap: impl Fn(PlayerMsg) -> M,
) -> Option<M> {
    let can = |m: PlayerMsg| hits.contains(&wrap(m));
    if key.kind == KeyEventKind::Release {
        return None;
    }
    let typing = player.typing();
    let msg = match key.code {
        KeyCode::F(1) => PlayerMsg::ToggleHelp,
        KeyCode::F(5) => PlayerMsg::ReadAloud,
        KeyCode::Esc => PlayerMsg::Back,
        KeyCode::PageDown if can(PlayerMsg::ScrollDown) => PlayerMsg::ScrollDown,
        KeyCode::PageUp if can(PlayerMsg::ScrollUp) => PlayerMsg::ScrollUp,
        KeyCode::Left | KeyCode::PageUp => PlayerMsg::PrevStep,
        KeyCode::Right | KeyCode::PageDown => PlayerMsg::NextStep,
        KeyCode::Up | KeyCode::BackTab => PlayerMsg::FocusPrev,
        KeyCode::Down | KeyCode::Tab => PlayerMsg::FocusNext,
        KeyCode::Enter => PlayerMsg::Activate,
        KeyCode::Backspace => PlayerMsg::Backspace,
        KeyCode::Char(_) if key.modifiers.contains(KeyModifiers::CONTROL) => return None,
        KeyCode::Char(c) if typing => PlayerMsg::Char(c),
        KeyCode::Char(' ') => PlayerMsg::Activate,
        KeyCode::Char('?' | '？') => PlayerMsg::ToggleHelp,
        KeyCode::Char('p' | 'P') => PlayerMsg::TogglePhone,
        KeyCode::Char(c @ '1'..='9') => PlayerMsg::Pick(c as usize - '1' as usize),
        _ => return None,
    };
    Some(wrap(msg))
}

/// Maps a mouse event in the player to the message of what was tapped, or a wheel turn to
/// paging or moving on the phone (`wrap`ped for the caller).
pub fn player_mouse<M: Clone + PartialEq>(
    kind: MouseEventKind,
    x: u16,
    y: u16,
    hits: &Hits<M>,
    wrap: impl Fn(PlayerMsg) -> M,
) -> Option<M> {
    let can = |m: PlayerMsg| hits.contains(&wrap(m));
    let msg = match kind {
        MouseEventKind::Down(MouseButton::Left) => return hits.tap(x, y),
        // The wheel pages the text while there is more of it, else moves on the phone.
        MouseEventKind::ScrollUp if can(PlayerMsg::ScrollUp) => PlayerMsg::ScrollUp,
        MouseEventKind::ScrollDown if can(PlayerMsg::ScrollDown) => PlayerMsg::ScrollDown,
        MouseEventKind::ScrollUp => PlayerMsg::FocusPrev,
        MouseEventKind::ScrollDown => PlayerMsg::FocusNext,
        _ => return None,
    };
    Some(wrap(msg))
}

/// Maps a key press in the learner picker to a message.
pub fn picker_key(key: KeyEvent) -> Option<PickerMsg> {
    if key.kind == KeyEventKind::Release || key.modifiers.contains(KeyModifiers::CONTROL) {
        return None;
    }
    Some(match key.code {
        KeyCode::Up | KeyCode::BackTab => PickerMsg::Up,
        KeyCode::Down | KeyCode::Tab => PickerMsg::Down,
        KeyCode::Enter => PickerMsg::Enter,
        KeyCode::Esc => PickerMsg::Back,
        KeyCode::Backspace => PickerMsg::Backspace,
        KeyCode::Char(c) => PickerMsg::Char(c),
        _ => return None,
    })
}

/// Maps a key press on the settings screen to a message.
pub fn settings_key(key: KeyEvent) -> Option<super::settings_screen::Msg> {
    use super::settings_screen::Msg as S;
    if key.kind == KeyEventKind::Release || key.modifiers.contains(KeyModifiers::CONTROL) {
        return None;
    }
    Some(match key.code {
        KeyCode::Up | KeyCode::BackTab => S::Up,
        KeyCode::Down | KeyCode::Tab => S::Down,
        KeyCode::Enter => S::Enter,
        KeyCode::Esc => S::Back,
        KeyCode::Backspace => S::Backspace,
        KeyCode::Char(c) => S::Char(c),
        _ => return None,
    })
}
