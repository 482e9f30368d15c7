//! Choosing who is learning: a learner from the list, a new learner, or practice without
//! saving. Pure state; the program applies the choice.

pub mod keys;
pub mod view;

use crate::progress::Learner;

/// What can happen in the picker.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Msg {
    /// ↑ or Shift+Tab: the row above.
    Up,
    /// ↓ or Tab: the row below.
    Down,
    /// Enter: choose the selected row, or add the name being typed.
    Enter,
    /// Esc: stop typing a new name, else leave without choosing.
    Back,
    /// A character: part of a new name while typing one, else a digit of a learner's code.
    Char(char),
    /// Delete the last character of the name or code typed.
    Backspace,
    /// A click or tap on row n.
    Select(usize),
}

/// The picker's answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Choice {
    /// Practise without saving progress.
    Guest,
    /// This learner is learning; their progress is shown and saved.
    Learner(Learner),
    /// Add a learner with this name and make them the one learning.
    Create(String),
    /// Leave the picker with no change.
    Cancel,
}

/// Rows: 0 = practise without saving, 1 = new learner, then the learners.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Picker {
    /// Every learner in the store, as the store listed them (by name, then code).
    pub learners: Vec<Learner>,
    /// The selected row (see [`FIXED_ROWS`]).
    pub selected: usize,
    /// Some while typing a new learner's name.
    pub new_name: Option<String>,
    /// Digits typed to jump to a learner by code.
    pub code: String,
}

/// Rows before the learners.
pub const FIXED_ROWS: usize = 2;
/// Longest name accepted while typing.
pub const MAX_TYPED: usize = 40;

impl Picker {
    /// A picker over these learners, with the current one (by code) selected.
    pub fn new(learners: Vec<Learner>, current: Option<&str>) -> Picker {
        let selected = current
            .and_then(|c| learners.iter().position(|l| l.code == c))
            .map_or(0, |i| i + FIXED_ROWS);
        Picker {
            learners,
            selected,
            new_name: None,
            code: String::new(),
        }
    }

    /// Number of rows.
    pub fn rows(&self) -> usize {
        self.learners.len() + FIXED_ROWS
    }

    fn choose(&mut self, row: usize) -> Option<Choice> {
        match row {
            0 => Some(Choice::Guest),
            1 => {
                self.new_name = Some(String::new());
                None
            }
            n => self
                .learners
                .get(n - FIXED_ROWS)
                .cloned()
                .map(Choice::Learner),
        }
    }

    /// Applies one message; returns the choice once one is made.
    pub fn update(&mut self, msg: Msg) -> Option<Choice> {
        if let Some(name) = &mut self.new_name {
            match msg {
                Msg::Char(c) if !c.is_control() && name.chars().count() < MAX_TYPED => name.push(c),
                Msg::Backspace => {
                    name.pop();
                }
                Msg::Enter if !name.trim().is_empty() => {
                    return Some(Choice::Create(name.trim().to_string()));
                }
                Msg::Back => self.new_name = None,
                _ => {}
            }
            return None;
        }
        match msg {
            Msg::Up => self.selected = self.selected.saturating_sub(1),
            Msg::Down => self.selected = (self.selected + 1).min(self.rows() - 1),
            Msg::Enter => return self.choose(self.selected),
            Msg::Select(row) if row < self.rows() => {
                self.selected = row;
                return self.choose(row);
            }
            Msg::Back => return Some(Choice::Cancel),
            Msg::Char(c) if c.is_ascii_digit() => {
                self.code.push(c);
                if let Some(i) = self
                    .learners
                    .iter()
                    .position(|l| l.code.starts_with(&self.code))
                {
                    self.selected = i + FIXED_ROWS;
                } else {
                    self.code = c.to_string();
                }
            }
            Msg::Backspace => {
                self.code.pop();
            }
            _ => {}
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::progress::LearnerId;

    fn learner(id: i64, name: &str, code: &str) -> Learner {
        Learner {
            id: LearnerId(id),
            display_name: name.into(),
            code: code.into(),
            created: String::new(),
            notes: String::new(),
        }
    }

    #[test]
    fn pick_by_arrows_by_code_or_as_guest() {
        let list = vec![learner(1, "王秀英", "1001"), learner(2, "张华", "2002")];
        let mut p = Picker::new(list.clone(), Some("2002"));
        assert_eq!(p.selected, 3);
        p.update(Msg::Up);
        assert_eq!(p.update(Msg::Enter), Some(Choice::Learner(list[0].clone())));
        p.update(Msg::Char('2'));
        assert_eq!(p.selected, 3, "typing a code jumps to it");
        assert_eq!(p.update(Msg::Select(0)), Some(Choice::Guest));
        assert_eq!(p.update(Msg::Back), Some(Choice::Cancel));
    }

    #[test]
    fn a_new_learner_is_named_then_created() {
        let mut p = Picker::new(Vec::new(), None);
        assert_eq!(p.update(Msg::Select(1)), None);
        assert_eq!(p.update(Msg::Enter), None, "an empty name is not accepted");
        for c in "李华\u{1b}".chars() {
            p.update(Msg::Char(c));
        }
        assert_eq!(p.update(Msg::Enter), Some(Choice::Create("李华".into())));
        p.update(Msg::Back);
        assert_eq!(p.new_name, None);
    }
}
