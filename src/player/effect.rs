//! What an update asks the outside world to do; the terminal loop carries it out.

use crate::lesson::model::{QuestionId, StepId};

pub use crate::progress::Outcome;

/// A side effect requested by an update.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    /// Record a step outcome (`wrong_tries` so far on that step).
    Record {
        /// The step the outcome is for.
        step: StepId,
        /// What happened on the step.
        outcome: Outcome,
        /// Wrong tries on the step so far in this sitting.
        wrong_tries: u32,
    },
    /// Record an answer to a check question.
    Answer {
        /// The question answered.
        question: QuestionId,
        /// The option chosen, counting from 0.
        chosen: usize,
        /// True when it is the right option.
        correct: bool,
    },
    /// Read this text aloud (stopping anything being read).
    Speak(String),
    /// Stop reading aloud (F5 or a tap on "正在朗读" while it reads).
    Silence,
    /// Leave the current screen.
    Exit,
}
