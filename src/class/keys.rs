//! Class mode's keys and taps, in one place: a terminal event becomes what the trainer
//! means on the screen showing. While a field is being typed into, letters are text;
//! elsewhere they are the trainer's commands (D done, H needs help, G the grid, ...).

use crossterm::event::{Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers};
use crossterm::event::{MouseButton, MouseEventKind};

use super::state::plan_form::PLAN_LESSON;
use super::state::{Class, Mark, Msg, Pane, ROW_DATE, ROW_TRAINER, Stage};
use crate::ui::Hits;

/// Maps a terminal event to a class message (`wrap`ped for a host such as the home app):
/// a tap sends what was drawn there. PageDown and PageUp (and the wheel) page through a
/// part that does not fit (the view drew its ▼ or ▲ line, so `hits` holds its message),
/// text first, then notes, then phone; once all is seen they move between steps.
pub fn class_msg<M: Clone + PartialEq>(
    class: &Class,
    event: &Event,
    hits: &Hits<M>,
    wrap: impl Fn(Msg) -> M,
) -> Option<M> {
    let can = |m: Msg| hits.contains(&wrap(m));
    match event {
        Event::Key(key) => key_msg(class, *key, &can).map(wrap),
        Event::Mouse(m) if m.kind == MouseEventKind::Down(MouseButton::Left) => {
            hits.tap(m.column, m.row)
        }
        Event::Mouse(m) if m.kind == MouseEventKind::ScrollUp => {
            Some(wrap(page(false, &can).unwrap_or(Msg::Up)))
        }
        Event::Mouse(m) if m.kind == MouseEventKind::ScrollDown => {
            Some(wrap(page(true, &can).unwrap_or(Msg::Down)))
        }
        _ => None,
    }
}

/// The page turn PageDown (`down`) or PageUp means now: the first part, in reading order,
/// that has more that way.
fn page(down: bool, can: &dyn Fn(Msg) -> bool) -> Option<Msg> {
    Pane::ALL
        .into_iter()
        .map(|p| {
            if down {
                Msg::PageDown(p)
            } else {
                Msg::PageUp(p)
            }
        })
        .find(|m| can(m.clone()))
}

/// Whether letters go into a field: the set-up form's text rows, the attendance search
/// box, or a note.
fn typing(class: &Class) -> bool {
    class.note_edit.is_some()
        || match class.stage {
            Stage::Setup => match &class.setup.plan_form {
                Some(form) => form.field != PLAN_LESSON,
                None => {
                    class.setup.on_plan.is_none()
                        && (ROW_DATE..=ROW_TRAINER).contains(&class.setup.row)
                }
            },
            Stage::Attendance => !class.in_list,
            Stage::History => class.history.edit.is_some(),
            _ => false,
        }
}

fn key_msg(class: &Class, key: KeyEvent, can: &dyn Fn(Msg) -> bool) -> Option<Msg> {
    if key.kind == KeyEventKind::Release || key.modifiers.contains(KeyModifiers::CONTROL) {
        return None;
    }
    if class.help_open {
        return match key.code {
            KeyCode::F(1) | KeyCode::Enter | KeyCode::Esc | KeyCode::Char('?' | '？') => {
                Some(Msg::ToggleHelp)
            }
            KeyCode::PageDown | KeyCode::Down => page(true, can),
            KeyCode::PageUp | KeyCode::Up => page(false, can),
            _ => None,
        };
    }
    let present = class.stage == Stage::Present && class.note_edit.is_none();
    Some(match key.code {
        KeyCode::F(1) => Msg::ToggleHelp,
        KeyCode::PageDown => page(true, can).unwrap_or(Msg::Next),
        KeyCode::PageUp => page(false, can).unwrap_or(Msg::Prev),
        KeyCode::Up if present => return page(false, can),
        KeyCode::Down if present => return page(true, can),
        KeyCode::Up => Msg::Up,
        KeyCode::Down => Msg::Down,
        KeyCode::Left => Msg::Prev,
        KeyCode::Right => Msg::Next,
        KeyCode::Enter => Msg::Confirm,
        KeyCode::Esc => Msg::Back,
        KeyCode::Tab | KeyCode::BackTab => Msg::Switch,
        KeyCode::Delete => Msg::Remove,
        KeyCode::Backspace => Msg::Erase,
        KeyCode::Char(c) if typing(class) => Msg::Type(c),
        KeyCode::Char('?' | '？') => Msg::ToggleHelp,
        KeyCode::Char(c) => return command(class, c),
        _ => return None,
    })
}

/// A letter or digit as a command on a screen that is not being typed into.
fn command(class: &Class, c: char) -> Option<Msg> {
    let c = c.to_ascii_lowercase();
    Some(match (class.stage, c) {
        (Stage::Present, 'g') | (Stage::Grid, 'g') => Msg::ToggleGrid,
        (Stage::Present, 'n') => Msg::ToggleNotes,
        (Stage::Present, 'p') => Msg::TogglePhone,
        (Stage::Present | Stage::Grid, 'e') => Msg::MarkEveryone,
        (Stage::Present, 'q') => Msg::OpenQuiz,
        (Stage::Grid, '0'..='9') => Msg::Jump(c as u8 - b'0'),
        (Stage::Grid, ' ' | 'd') => Msg::Mark(Mark::Done),
        (Stage::Grid, 'h') => Msg::Mark(Mark::NeedsHelp),
        (Stage::Grid, 'x') => Msg::Mark(Mark::Absent),
        (Stage::Grid, 'u') => Msg::ClearMark,
        (Stage::Grid, 'n') => Msg::EditNote,
        (Stage::Quiz, '0') => Msg::ClearAnswer,
        (Stage::Quiz, '1'..='9') => Msg::Answer(c as usize - '1' as usize),
        (Stage::Quiz, 'a') => Msg::AnswerAll(class.last_chosen?),
        (Stage::Quiz, 'r') => Msg::Reveal,
        (Stage::Quiz, 'h') => Msg::ToggleRoster,
        (Stage::Summary, 'x') => Msg::Export,
        (Stage::Summary, 's') => Msg::OpenSteps,
        (Stage::Steps, 'o') => Msg::ToggleOrder,
        (Stage::Grid, 'l') => Msg::LeftEarly,
        (Stage::Attendance, 'l') if class.in_list => Msg::LeftEarly,
        (Stage::History, 'e') => Msg::Correct,
        (Stage::Attendance, 'n') if class.in_list => Msg::EditNote,
        (Stage::Attendance, 'x') if class.in_list && class.group.is_some() => Msg::LeaveGroup,
        (Stage::Summary, 'p') => Msg::Handout,
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn press(class: &Class, c: char) -> Option<Msg> {
        key_msg(
            class,
            KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE),
            &|_| false,
        )
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
        class.setup.row = crate::class::state::ROW_DATE;
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
        class.stage = Stage::History;
        assert_eq!(press(&class, 'e'), Some(Msg::Correct));
        class.stage = Stage::Attendance;
        assert_eq!(press(&class, 'n'), Some(Msg::Type('n')), "the search box");
        class.in_list = true;
        assert_eq!(
            press(&class, 'n'),
            Some(Msg::EditNote),
            "the list of who is here"
        );
        let ctrl_c = KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL);
        assert_eq!(key_msg(&class, ctrl_c, &|_| false), None);
    }
}
