//! Class mode's keys and taps, in one place: a terminal event becomes what the trainer
//! means on the screen showing. While a field is being typed into, letters are text;
//! elsewhere they are the trainer's commands (D done, H needs help, G the grid, ...).

use crossterm::event::{Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers};
use crossterm::event::{MouseButton, MouseEventKind};

use super::state::{Class, Mark, Msg, Stage};
use crate::ui::Hits;

/// Maps a terminal event to a class message (`wrap`ped for a host such as the home app):
/// a tap sends what was drawn there.
pub fn class_msg<M: Clone>(
    class: &Class,
    event: &Event,
    hits: &Hits<M>,
    wrap: impl Fn(Msg) -> M,
) -> Option<M> {
    match event {
        Event::Key(key) => key_msg(class, *key).map(wrap),
        Event::Mouse(m) if m.kind == MouseEventKind::Down(MouseButton::Left) => {
            hits.tap(m.column, m.row)
        }
        Event::Mouse(m) if m.kind == MouseEventKind::ScrollUp => Some(wrap(Msg::Up)),
        Event::Mouse(m) if m.kind == MouseEventKind::ScrollDown => Some(wrap(Msg::Down)),
        _ => None,
    }
}

/// Whether letters go into a field: the set-up form's text rows, the attendance search
/// box, or a note.
fn typing(class: &Class) -> bool {
    class.note_edit.is_some()
        || match class.stage {
            Stage::Setup => class.setup.row < 3,
            Stage::Attendance => !class.in_list,
            _ => false,
        }
}

fn key_msg(class: &Class, key: KeyEvent) -> Option<Msg> {
    if key.kind == KeyEventKind::Release || key.modifiers.contains(KeyModifiers::CONTROL) {
        return None;
    }
    Some(match key.code {
        KeyCode::Up => Msg::Up,
        KeyCode::Down => Msg::Down,
        KeyCode::Left | KeyCode::PageUp => Msg::Prev,
        KeyCode::Right | KeyCode::PageDown => Msg::Next,
        KeyCode::Enter => Msg::Confirm,
        KeyCode::Esc => Msg::Back,
        KeyCode::Tab | KeyCode::BackTab => Msg::Switch,
        KeyCode::Delete => Msg::Remove,
        KeyCode::Backspace => Msg::Erase,
        KeyCode::Char(c) if typing(class) => Msg::Type(c),
        KeyCode::Char(c) => return command(class.stage, c),
        _ => return None,
    })
}

/// A letter or digit as a command on a screen that is not being typed into.
fn command(stage: Stage, c: char) -> Option<Msg> {
    let c = c.to_ascii_lowercase();
    Some(match (stage, c) {
        (Stage::Present, 'g') | (Stage::Grid, 'g') => Msg::ToggleGrid,
        (Stage::Present, 'n') => Msg::ToggleNotes,
        (Stage::Present | Stage::Grid, 'e') => Msg::MarkEveryone,
        (Stage::Present, 'q') => Msg::OpenQuiz,
        (Stage::Grid, '0'..='9') => Msg::Jump(c as u8 - b'0'),
        (Stage::Grid, ' ' | 'd') => Msg::Mark(Mark::Done),
        (Stage::Grid, 'h') => Msg::Mark(Mark::NeedsHelp),
        (Stage::Grid, 'x') => Msg::Mark(Mark::Absent),
        (Stage::Grid, 'n') => Msg::EditNote,
        (Stage::Quiz, '0') => Msg::ClearAnswer,
        (Stage::Quiz, '1'..='9') => Msg::Answer(c as usize - '1' as usize),
        (Stage::Quiz, 'r') => Msg::Reveal,
        (Stage::Summary, 'x') => Msg::Export,
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn press(class: &Class, c: char) -> Option<Msg> {
        key_msg(class, KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE))
    }

    #[test]
    fn letters_are_text_in_fields_and_commands_elsewhere() {
        let mut class = Class::new(
            crate::i18n::Lang::Zh,
            Vec::new(),
            Vec::new(),
            chrono::NaiveDate::from_ymd_opt(2026, 12, 1).unwrap(),
            ("", ""),
            Vec::new(),
        );
        assert_eq!(press(&class, 'd'), Some(Msg::Type('d')), "the date row");
        class.stage = Stage::Grid;
        assert_eq!(press(&class, 'D'), Some(Msg::Mark(Mark::Done)));
        assert_eq!(press(&class, 'h'), Some(Msg::Mark(Mark::NeedsHelp)));
        assert_eq!(press(&class, '7'), Some(Msg::Jump(7)));
        assert_eq!(press(&class, 'q'), None);
        class.note_edit = Some(String::new());
        assert_eq!(press(&class, 'h'), Some(Msg::Type('h')), "writing a note");
        class.note_edit = None;
        class.stage = Stage::Quiz;
        assert_eq!(press(&class, '2'), Some(Msg::Answer(1)));
        assert_eq!(press(&class, '0'), Some(Msg::ClearAnswer));
        class.stage = Stage::Summary;
        assert_eq!(press(&class, 'x'), Some(Msg::Export));
        let ctrl_c = KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL);
        assert_eq!(key_msg(&class, ctrl_c), None);
    }
}
