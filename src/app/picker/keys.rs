//! The learner picker's keys (a tap sends what was drawn in its row).

use crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

use super::Msg as PickerMsg;

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
