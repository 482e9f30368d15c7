//! A lesson's header: what the lesson list shows of it without its steps, and the rule
//! for trusting a header that did not come from checking the file (`build.rs`, the index).

use super::model::{Category, Lesson, LessonId, Level};
use super::sanitize::{sanitize, sanitize_line};
use super::validate::{MAX_MINUTES, MAX_QUESTIONS, MAX_STEPS, is_valid_id};

/// What the lesson list shows of a lesson, without its steps.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Header {
    /// Which lesson this is; progress is recorded under this id.
    pub id: LessonId,
    /// The lesson's title, as the list shows it.
    pub title: String,
    /// One or two sentences on what the lesson teaches, shown in its details.
    pub summary: String,
    /// The library heading the lesson is listed under.
    pub category: Category,
    /// How much the learner should already know.
    pub level: Level,
    /// About how long the lesson takes.
    pub estimated_minutes: u32,
    /// How many steps the lesson has.
    pub steps: usize,
    /// How many check questions it has.
    pub questions: usize,
}

impl Header {
    /// The header of a checked lesson.
    pub fn of(lesson: &Lesson) -> Header {
        Header {
            id: lesson.id.clone(),
            title: lesson.title.clone(),
            summary: lesson.summary.clone(),
            category: lesson.category,
            level: lesson.level,
            estimated_minutes: lesson.estimated_minutes,
            steps: lesson.steps.len(),
            questions: lesson.quiz.len(),
        }
    }

    /// True when the checker could have made this header: a valid id, clean and trimmed
    /// texts that are not empty, counts within the lesson limits. A header that does not
    /// come from checking a file (`build.rs`, the index) is listed only if it passes.
    pub(crate) fn could_be_checked(&self) -> bool {
        is_valid_id(self.id.as_str())
            && !self.title.is_empty()
            && sanitize_line(&self.title).trim() == self.title
            && !self.summary.is_empty()
            && sanitize(&self.summary).trim() == self.summary
            && (1..=MAX_MINUTES).contains(&self.estimated_minutes)
            && (1..=MAX_STEPS).contains(&self.steps)
            && self.questions <= MAX_QUESTIONS
    }
}
