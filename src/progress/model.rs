//! The things the progress log holds: learners, outcomes, modes, events.

use chrono::{DateTime, Utc};

use crate::lesson::model::{LessonId, QuestionId, StepId};

/// A learner's row id in this database.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct LearnerId(pub i64);

/// A planned session's row id (a class session points at the plan it was started from).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct PlanId(pub i64);

/// A learner: the minimum of personal data.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Learner {
    /// The learner's row id; events point at the learner by it.
    pub id: LearnerId,
    /// The name shown on screens, class sheets and exports.
    pub display_name: String,
    /// The short number printed on the learner's card, used to sign in at a kiosk.
    pub code: String,
    /// When the record was made (ISO 8601, UTC).
    pub created: String,
    /// A short note about the learner, such as "needs large text"; may be empty.
    pub notes: String,
}

/// The outcome of a step, as the progress log records it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Outcome {
    /// The step's task was finished, or an observe step was read and passed.
    Done,
    /// The trainer marked in class that the learner needs help with this step.
    NeedsHelp,
    /// Moved on without finishing the step, or marked absent for it in class.
    Skipped,
    /// One wrong try at the step's task; the step stays open.
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

    /// The outcome a stored word names; None for a word no outcome has.
    pub fn from_word(word: &str) -> Option<Outcome> {
        [
            Outcome::Done,
            Outcome::NeedsHelp,
            Outcome::Skipped,
            Outcome::WrongTry,
        ]
        .into_iter()
        .find(|o| o.as_str() == word)
    }
}

/// Where an event happened.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Mode {
    /// Marked by the trainer during a class session.
    Class,
    /// Played at a kiosk after signing in with a learner code.
    Kiosk,
    /// Played on one's own from the home screen.
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
    /// Whose progress this is.
    pub learner: LearnerId,
    /// The lesson the step belongs to.
    pub lesson: LessonId,
    /// The lesson's content version at the time, so old records can be told apart.
    pub lesson_version: u32,
    /// Which step of the lesson.
    pub step: StepId,
    /// What happened on the step.
    pub outcome: Outcome,
    /// Where it happened: in class, at a kiosk or in practice.
    pub mode: Mode,
    /// The class session it happened in; None outside class.
    pub session: Option<i64>,
    /// Seconds since the step was shown or last recorded, at most an hour; 0 for class marks.
    pub seconds: u32,
    /// When it happened.
    pub at: DateTime<Utc>,
}

/// One answer to a check question to record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QuizEvent {
    /// Whose answer this is.
    pub learner: LearnerId,
    /// The lesson the question belongs to.
    pub lesson: LessonId,
    /// The lesson's content version at the time, so old records can be told apart.
    pub lesson_version: u32,
    /// Which question of the lesson.
    pub question: QuestionId,
    /// The option chosen, counting from 0.
    pub chosen: usize,
    /// True when the chosen option is the right one.
    pub correct: bool,
    /// Where it happened: in class, at a kiosk or in practice.
    pub mode: Mode,
    /// The class session it happened in; None outside class.
    pub session: Option<i64>,
    /// When it was answered.
    pub at: DateTime<Utc>,
}

/// Timestamps are stored as UTC ISO 8601 text with milliseconds, so they sort as text.
pub fn timestamp(at: DateTime<Utc>) -> String {
    at.format("%Y-%m-%dT%H:%M:%S%.3fZ").to_string()
}
