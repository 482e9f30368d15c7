//! Typing by touch, the way a phone offers it: a number pad under a number field, and for
//! words a suggestion bar of a few candidates (a phone's input method shows such a bar as
//! the learner writes or speaks), with 删除 and 确定.

use super::{Effect, Feedback, Phase, Player, Target};
use crate::lesson::Task;

/// Longest text an input takes.
const MAX_TYPED: usize = 100;

/// What a type step offers for typing without a keyboard.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TouchKeys {
    /// Not a type step (or it is done): nothing.
    None,
    /// A number pad: 0-9, 删除, 确定.
    Digits,
    /// A suggestion bar with these words (the right one among them), 删除, 确定.
    Words(Vec<String>),
}

impl Player {
    /// The touch keys the current step shows under its phone.
    pub fn touch_keys(&self) -> TouchKeys {
        if !matches!(self.phase, Phase::Steps) || self.feedback == Feedback::Done {
            return TouchKeys::None;
        }
        let Task::Type {
            expect, suggest, ..
        } = self.task()
        else {
            return TouchKeys::None;
        };
        let expect = expect.trim();
        if !expect.is_empty() && expect.chars().all(|c| c.is_ascii_digit()) {
            return TouchKeys::Digits;
        }
        let mut words: Vec<String> = Vec::new();
        for w in suggest.iter().map(|w| w.trim()) {
            if !w.is_empty() && w != expect && !words.iter().any(|x| x == w) {
                words.push(w.to_string());
            }
        }
        // The right word's place depends on the step, so it is not always first.
        let id = self.lesson.steps[self.step].id.as_str();
        let at = id.bytes().map(usize::from).sum::<usize>() % (words.len() + 1);
        words.insert(at, expect.to_string());
        TouchKeys::Words(words)
    }

    /// A character typed into the step's input; ignored once the step is done, so that
    /// keys typed after the right answer go nowhere.
    pub(super) fn type_char(&mut self, c: char) {
        let typing = matches!(self.task(), Task::Type { .. });
        if typing
            && self.feedback != Feedback::Done
            && self.typed.chars().count() < MAX_TYPED
            && !c.is_control()
        {
            self.typed.push(c);
        }
    }

    /// A tap on a touch key: a digit, 删除, a suggested word, or 确定.
    pub(super) fn press_key(&mut self, key: Target) -> Vec<Effect> {
        if self.feedback == Feedback::Done {
            return Vec::new();
        }
        match key {
            Target::Key(c) => self.type_char(c),
            Target::Erase => {
                self.typed.pop();
            }
            Target::Word(n) => {
                if let TouchKeys::Words(words) = self.touch_keys()
                    && let Some(word) = words.get(n)
                {
                    self.typed = word.clone();
                }
            }
            Target::Submit => {
                if let Task::Type { expect, .. } = self.task().clone() {
                    return self.submit_typed(&expect);
                }
            }
            _ => {}
        }
        Vec::new()
    }
}
