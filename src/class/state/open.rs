//! A session opened (new, or one saved earlier and opened again): its lesson, the marks
//! and answers the store has for it, and the stage it goes on at.

use super::{Class, Effect, Mark, Pages, Stage, Times};
use crate::progress::{Attendee, ClassSession, SessionRecord};

impl Class {
    pub(super) fn opened(
        &mut self,
        session: ClassSession,
        attendees: Vec<Attendee>,
        record: SessionRecord,
    ) -> Vec<Effect> {
        let Some(lesson) = self
            .lessons
            .iter()
            .position(|l| l.id.as_str() == session.lesson_id)
        else {
            self.status = Some(format!(
                "{}: {}",
                self.lang.text().class.no_lessons,
                session.lesson_id
            ));
            return Vec::new();
        };
        self.lesson = lesson;
        self.take_record(&record);
        let steps: Vec<String> = self.lessons[lesson]
            .steps
            .iter()
            .map(|s| s.id.to_string())
            .collect();
        let resumed = steps.iter().position(|s| *s == session.current_step);
        self.step = resumed.unwrap_or(0);
        self.stage = if resumed.is_some() && !attendees.is_empty() {
            Stage::Present
        } else {
            Stage::Attendance
        };
        self.attendees = attendees;
        if let Some(plan) = self.starting_plan.take() {
            self.plan_held(plan, session.id);
        }
        self.session = Some(session);
        self.times = Times::default();
        self.untouched = std::mem::take(&mut self.starting);
        self.status = None;
        self.pages = Pages::default();
        Vec::new()
    }

    /// Shows the marks and answers of `record` (the store's) for the current lesson.
    pub fn take_record(&mut self, record: &SessionRecord) {
        let Some(lesson) = self.lessons.get(self.lesson) else {
            return;
        };
        let steps: Vec<String> = lesson.steps.iter().map(|s| s.id.to_string()).collect();
        let questions: Vec<String> = lesson.quiz.iter().map(|q| q.id.to_string()).collect();
        self.marks = record
            .marks
            .iter()
            .filter_map(|(l, step, o)| {
                let i = steps.iter().position(|s| s == step)?;
                Some(((*l, i), Mark::from_outcome(*o)?))
            })
            .collect();
        self.answers = record
            .answers
            .iter()
            .filter_map(|(l, q, chosen, _)| {
                Some(((*l, questions.iter().position(|x| x == q)?), *chosen))
            })
            .collect();
    }
}
