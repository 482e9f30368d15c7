//! Answering a step: keys and taps on the phone, a typed answer, success and wrong tries.

use super::{Effect, Feedback, Msg, Outcome, Player, REVEAL_AFTER, Target, typed_matches};
use crate::lesson::Task;

impl Player {
    pub(super) fn update_step(&mut self, msg: Msg) -> Vec<Effect> {
        let count = self.targets().len();
        match msg {
            Msg::NextStep => self.advance(),
            Msg::PrevStep => {
                if self.step > 0 {
                    self.enter_step(self.step - 1);
                }
                Vec::new()
            }
            Msg::FocusNext if count > 0 => {
                self.focus = Some(self.focus.map_or(0, |f| (f + 1) % count));
                self.phone_page = 0;
                Vec::new()
            }
            Msg::FocusPrev if count > 0 => {
                self.focus = Some(self.focus.map_or(count - 1, |f| (f + count - 1) % count));
                self.phone_page = 0;
                Vec::new()
            }
            Msg::TogglePhone => {
                self.phone_open = !self.phone_open;
                Vec::new()
            }
            Msg::Activate => {
                if self.feedback == Feedback::Done || matches!(self.task(), Task::Observe) {
                    return self.advance();
                }
                match (self.task().clone(), self.focused()) {
                    (Task::Type { expect, .. }, _) => self.submit_typed(&expect),
                    (_, Some(target)) => self.press(target),
                    _ => Vec::new(),
                }
            }
            Msg::Press(target) if target.is_key() => self.press_key(target),
            Msg::Press(target) => {
                if let Some(i) = self.targets().iter().position(|t| *t == target) {
                    self.focus = Some(i);
                }
                if self.feedback == Feedback::Done {
                    return Vec::new();
                }
                match self.task() {
                    Task::Type { .. } | Task::Observe => Vec::new(),
                    _ => self.press(target),
                }
            }
            Msg::Pick(n) => match self.task() {
                Task::Choose { options, .. }
                    if n < options.len() && self.feedback != Feedback::Done =>
                {
                    self.focus = Some(n);
                    self.press(Target::Option(n))
                }
                _ => Vec::new(),
            },
            Msg::Char(c) => {
                self.type_char(c);
                Vec::new()
            }
            Msg::Backspace => {
                if self.feedback != Feedback::Done {
                    self.typed.pop();
                }
                Vec::new()
            }
            _ => Vec::new(),
        }
    }

    pub(super) fn submit_typed(&mut self, expect: &str) -> Vec<Effect> {
        if self.typed.trim().is_empty() {
            return Vec::new();
        }
        if typed_matches(&self.typed, expect) {
            self.succeed()
        } else {
            self.wrong()
        }
    }

    pub(super) fn press(&mut self, target: Target) -> Vec<Effect> {
        if Some(target) == self.right_target() {
            self.succeed()
        } else {
            self.wrong()
        }
    }

    pub(super) fn succeed(&mut self) -> Vec<Effect> {
        let progress = &mut self.progress[self.step];
        let first_time = !progress.done;
        progress.done = true;
        self.feedback = Feedback::Done;
        let step = &self.lesson.steps[self.step];
        if first_time {
            vec![Effect::Record {
                step: step.id.clone(),
                outcome: Outcome::Done,
                wrong_tries: progress.wrong_tries,
            }]
        } else {
            Vec::new()
        }
    }

    pub(super) fn wrong(&mut self) -> Vec<Effect> {
        self.progress[self.step].wrong_tries += 1;
        let wrong_tries = self.progress[self.step].wrong_tries;
        // The right answer is shown (★) but not focused: the learner still picks it.
        self.feedback = if wrong_tries >= REVEAL_AFTER {
            Feedback::Reveal
        } else {
            Feedback::Hint
        };
        let step = self.lesson.steps[self.step].id.clone();
        vec![Effect::Record {
            step,
            outcome: Outcome::WrongTry,
            wrong_tries,
        }]
    }
}
