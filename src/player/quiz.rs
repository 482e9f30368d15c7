//! The check questions at the end of a lesson: one at a time, the explanation after each
//! answer, then the summary.

use super::Msg;
use super::effect::Effect;
use crate::lesson::Lesson;

/// State of the check questions.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Quiz {
    /// Index of the question showing.
    pub index: usize,
    /// Index of the focused option of the current question; none until the learner moves
    /// to one, so that Enter never answers for them.
    pub focus: Option<usize>,
    /// The option chosen for each question (0-based), once answered.
    pub answers: Vec<Option<usize>>,
}

impl Quiz {
    /// The questions of `lesson`, none answered.
    pub fn new(lesson: &Lesson) -> Quiz {
        Quiz {
            index: 0,
            focus: None,
            answers: vec![None; lesson.quiz.len()],
        }
    }

    /// The answer given to the current question.
    pub fn current_answer(&self) -> Option<usize> {
        self.answers.get(self.index).copied().flatten()
    }

    /// How many answers were right.
    pub fn score(&self, lesson: &Lesson) -> usize {
        self.answers
            .iter()
            .zip(&lesson.quiz)
            .filter(|(a, q)| **a == Some(q.answer))
            .count()
    }

    /// Applies a message; returns the effects and whether the questions are finished.
    pub fn update(&mut self, lesson: &Lesson, msg: Msg) -> (Vec<Effect>, bool) {
        let Some(question) = lesson.quiz.get(self.index) else {
            return (Vec::new(), true);
        };
        let options = question.options.len();
        let answered = self.current_answer().is_some();
        match msg {
            Msg::FocusNext if !answered => {
                self.focus = Some(self.focus.map_or(0, |f| (f + 1) % options))
            }
            Msg::FocusPrev if !answered => {
                self.focus = Some(
                    self.focus
                        .map_or(options - 1, |f| (f + options - 1) % options),
                )
            }
            Msg::Pick(n) if !answered && n < options => return (self.answer(lesson, n), false),
            Msg::Press(super::Target::Option(n)) if !answered && n < options => {
                return (self.answer(lesson, n), false);
            }
            Msg::Activate if !answered => match self.focus {
                Some(n) if n < options => return (self.answer(lesson, n), false),
                _ => {}
            },
            Msg::Activate | Msg::NextStep if answered => return (Vec::new(), self.next()),
            Msg::PrevStep if self.index > 0 => {
                self.index -= 1;
                self.focus = self.current_answer();
            }
            _ => {}
        }
        (Vec::new(), false)
    }

    fn answer(&mut self, lesson: &Lesson, chosen: usize) -> Vec<Effect> {
        let question = &lesson.quiz[self.index];
        self.answers[self.index] = Some(chosen);
        self.focus = Some(chosen);
        vec![Effect::Answer {
            question: question.id.clone(),
            chosen,
            correct: chosen == question.answer,
        }]
    }

    /// Goes to the next question; true when there is none.
    fn next(&mut self) -> bool {
        if self.index + 1 < self.answers.len() {
            self.index += 1;
            self.focus = self.current_answer();
            false
        } else {
            true
        }
    }
}
