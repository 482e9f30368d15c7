//! Presenting the steps: moving between them, paging what does not fit (text, notes,
//! phone, each on its own), and the switches of the present screen.

use super::{Class, Effect, Msg, Pane, Stage};

/// Which page of each part of the present screen is shown (0 = the top). The view clamps
/// a page past the end to the last one, so a stale number never shows an empty part.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Pages {
    /// The step's text (and a question's text on the quiz screen).
    pub text: u16,
    /// The trainer's notes.
    pub notes: u16,
    /// The simulated phone.
    pub phone: u16,
}

impl Pages {
    /// The page shown of `pane`.
    pub fn of(&self, pane: Pane) -> u16 {
        match pane {
            Pane::Text => self.text,
            Pane::Notes => self.notes,
            Pane::Phone => self.phone,
        }
    }

    fn of_mut(&mut self, pane: Pane) -> &mut u16 {
        match pane {
            Pane::Text => &mut self.text,
            Pane::Notes => &mut self.notes,
            Pane::Phone => &mut self.phone,
        }
    }

    /// One page on (`down`) or back in `pane`.
    pub(super) fn turn(&mut self, pane: Pane, down: bool) {
        let page = self.of_mut(pane);
        *page = if down {
            page.saturating_add(1)
        } else {
            page.saturating_sub(1)
        };
    }
}

impl Class {
    /// Moves to `step`, at the top of its text, remembering it for a reopened session.
    pub(super) fn go_to_step(&mut self, step: usize) -> Vec<Effect> {
        self.step = step;
        self.pages = Pages::default();
        vec![Effect::SetStep(self.step_id(step))]
    }

    pub(super) fn steps(&self) -> usize {
        self.current_lesson().map_or(0, |l| l.steps.len())
    }

    pub(super) fn update_present(&mut self, msg: Msg) -> Vec<Effect> {
        match msg {
            Msg::Prev if self.step > 0 => return self.go_to_step(self.step - 1),
            Msg::Next if self.step + 1 < self.steps() => return self.go_to_step(self.step + 1),
            Msg::Next | Msg::OpenQuiz => return self.open_quiz(),
            Msg::PageDown(pane) => self.pages.turn(pane, true),
            Msg::PageUp(pane) => self.pages.turn(pane, false),
            Msg::Switch | Msg::ToggleGrid => self.stage = Stage::Grid,
            Msg::ToggleNotes => {
                // The parts change size, so every page starts again at the top.
                self.notes_open = !self.notes_open;
                self.pages = Pages::default();
            }
            Msg::TogglePhone => self.phone_open = !self.phone_open,
            Msg::MarkEveryone => return self.mark_all(),
            Msg::Back => self.stage = Stage::Attendance,
            _ => {}
        }
        Vec::new()
    }

    pub(super) fn open_quiz(&mut self) -> Vec<Effect> {
        let has_quiz = self.current_lesson().is_some_and(|l| !l.quiz.is_empty());
        self.row = 0;
        self.revealed = false;
        self.last_chosen = None;
        self.pages = Pages::default();
        if !has_quiz {
            return self.open_summary();
        }
        self.stage = Stage::Quiz;
        Vec::new()
    }
}
