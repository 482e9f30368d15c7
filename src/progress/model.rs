//! The things the progress log holds: learners, outcomes, modes, events.

use chrono::{DateTime, Utc};

use crate::lesson::model::{LessonId, QuestionId, StepId};

/// A learner's row id in this database.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct LearnerId(pub i64);

/// A learner: the minimum of personal data.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Learner {
    pub id: LearnerId,
    pub display_name: String,
    /// The short number printed on the learner's card, used to sign in at a kiosk.
    pub code: String,
    /// When the record was made (ISO 8601, UTC).
    pub created: String,
    pub notes: String,
}

/// The outcome of a step, as the progress log records it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Outcome {
    Done,
    NeedsHelp,
    Skipped,
    WrongTry,
}

impl Outcome {
    /// The word stored in the database.
    pub fn as_str(self) -> &'static str {
        match self {
            Outcome::Done => "done",
            Outcome::NeedsHelp => "needs_help",
            Outcome::Skipped => "skipped",
            Outcome::WrongTry => "wrong_try",
        }
    }
}

/// Where an event happened.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Mode {
    Class,
    Kiosk,
    Practice,
}

impl Mode {
    /// The word stored in the database.
    pub fn as_str(self) -> &'static str {
        match self {
            Mode::Class => "class",
            Mode::Kiosk => "kiosk",
            Mode::Practice => "practice",
        }
    }
}

/// One step outcome to record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StepEvent {
    pub learner: LearnerId,
    pub lesson: LessonId,
    pub lesson_version: u32,
    pub step: StepId,
    pub outcome: Outcome,
    pub mode: Mode,
    pub session: Option<i64>,
    pub seconds: u32,
    pub at: DateTime<Utc>,
}

/// One answer to a check question to record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QuizEvent {
    pub learner: LearnerId,
    pub lesson: LessonId,
    pub lesson_version: u32,
    pub question: QuestionId,
    pub chosen: usize,
    pub correct: bool,
    pub mode: Mode,
    pub session: Option<i64>,
    pub at: DateTime<Utc>,
}

/// Timestamps are stored as UTC ISO 8601 text with milliseconds, so they sort as text.
pub fn timestamp(at: DateTime<Utc>) -> String {
    at.format("%Y-%m-%dT%H:%M:%S%.3fZ").to_string()
}
