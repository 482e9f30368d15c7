//! The settings screen's keys (a tap sends what was drawn in its row).

use crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

/// Maps a key press on the settings screen to a message.
pub fn settings_key(key: KeyEvent) -> Option<super::Msg> {
    use super::Msg as S;
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
