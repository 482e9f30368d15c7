//! The player's keys and taps: terminal events become player messages. While the learner
//! types into an input, letters, digits and space are text; otherwise they steer.

use crossterm::event::{
    KeyCode, KeyEvent, KeyEventKind, KeyModifiers, MouseButton, MouseEventKind,
};

use super::{Msg as PlayerMsg, Player};
use crate::ui::Hits;

/// Maps a key press in the player to a message. On a type step, letters, digits, space,
/// `?` and `p` are text (F2 switches to the phone on a narrow screen); otherwise they steer.
///
/// PageDown and PageUp page through a step's text, then its phone, when they are taller
/// than the screen (the view registered a "more below / above" line in `hits`), then move
/// between steps, but PageDown never past a step not yet done: only → or "跳过" skip.
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
        KeyCode::F(2) => PlayerMsg::TogglePhone,
        KeyCode::F(5) => PlayerMsg::ReadAloud,
        KeyCode::Esc => PlayerMsg::Back,
        KeyCode::PageDown if can(PlayerMsg::ScrollDown) => PlayerMsg::ScrollDown,
        KeyCode::PageUp if can(PlayerMsg::ScrollUp) => PlayerMsg::ScrollUp,
        KeyCode::PageDown if can(PlayerMsg::PhoneDown) => PlayerMsg::PhoneDown,
        KeyCode::PageUp if can(PlayerMsg::PhoneUp) => PlayerMsg::PhoneUp,
        KeyCode::PageDown if !player.answered() => return None,
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
        MouseEventKind::ScrollUp if can(PlayerMsg::PhoneUp) => PlayerMsg::PhoneUp,
        MouseEventKind::ScrollDown if can(PlayerMsg::PhoneDown) => PlayerMsg::PhoneDown,
        MouseEventKind::ScrollUp => PlayerMsg::FocusPrev,
        MouseEventKind::ScrollDown => PlayerMsg::FocusNext,
        _ => return None,
    };
    Some(wrap(msg))
}
