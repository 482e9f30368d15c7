//! The check questions at the end of a lesson: one at a time, the explanation after each
//! answer, then the summary.
//!
//! **Option order.** In self-practice (at home or at a kiosk) the options of each
//! question are shown in an order shuffled by the learner, the lesson and the question:
//! the same learner always sees the same order for the same question (coming back to a
//! question, or practising again, nothing jumps about), but the right answer is not
//! always where the lesson file puts it, so "the second one is usually right" stops
//! working. The order is worked out from the ids alone, with no clock and no random
//! source, so it is the same on every machine and after every update of the program.
//!
//! A class keeps the lesson file's order: there the trainer projects one screen for the
//! room and records each learner's answer with the option's number (`src/class`), so
//! "option 2" must mean the same thing to everyone in the room and to the trainer's
//! printed answer key. That is why the lesson checker still wants the right answers
//! spread over the positions in the file. Answers are recorded by the option's place in
//! the file, never by its place on screen, so records, exports and the class tally
//! agree whatever order a learner saw.

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
    /// The option chosen for each question, as its place in the lesson file (0-based),
    /// once answered.
    pub answers: Vec<Option<usize>>,
    /// For each question, the options in the order shown: `orders[q][shown]` is the
    /// option's place in the lesson file.
    pub orders: Vec<Vec<usize>>,
}

impl Quiz {
    /// The questions of `lesson`, none answered, the options in the file's order.
    pub fn new(lesson: &Lesson) -> Quiz {
        Quiz {
            index: 0,
            focus: None,
            answers: vec![None; lesson.quiz.len()],
            orders: lesson
                .quiz
                .iter()
                .map(|q| (0..q.options.len()).collect())
                .collect(),
        }
    }

    /// The questions of `lesson`, none answered, each question's options in the order
    /// for the learner `key` names (see the module comment).
    pub fn shuffled(lesson: &Lesson, key: &str) -> Quiz {
        let mut quiz = Quiz::new(lesson);
        for (order, q) in quiz.orders.iter_mut().zip(&lesson.quiz) {
            shuffle(order, seed(&[key, lesson.id.as_str(), q.id.as_str()]));
        }
        quiz
    }

    /// The answer given to the current question (its place in the file).
    pub fn current_answer(&self) -> Option<usize> {
        self.answers.get(self.index).copied().flatten()
    }

    /// The order the current question's options are shown in (places in the file).
    pub fn order(&self) -> &[usize] {
        self.orders.get(self.index).map_or(&[], Vec::as_slice)
    }

    /// Where on screen (0-based) the option at file place `option` of the current
    /// question is shown.
    pub fn shown_at(&self, option: usize) -> usize {
        self.order()
            .iter()
            .position(|&o| o == option)
            .unwrap_or(option)
    }

    /// The file place of the option shown at `shown` in the current question.
    fn option_at(&self, shown: usize) -> usize {
        self.order().get(shown).copied().unwrap_or(shown)
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
                self.focus = self.current_answer().map(|a| self.shown_at(a));
            }
            _ => {}
        }
        (Vec::new(), false)
    }

    /// Answers the current question with the option shown at `shown`.
    fn answer(&mut self, lesson: &Lesson, shown: usize) -> Vec<Effect> {
        let question = &lesson.quiz[self.index];
        let chosen = self.option_at(shown);
        self.answers[self.index] = Some(chosen);
        self.focus = Some(shown);
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
            self.focus = self.current_answer().map(|a| self.shown_at(a));
            false
        } else {
            true
        }
    }
}

/// A 64-bit seed from `parts` (FNV-1a over each part and a separator): the same on
/// every machine and in every version of the program, unlike the standard hasher.
fn seed(parts: &[&str]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for part in parts {
        for b in part.bytes().chain([0xff]) {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
    }
    h
}

/// Shuffles `items` (Fisher–Yates) with numbers drawn from `seed` by SplitMix64.
fn shuffle(items: &mut [usize], mut seed: u64) {
    let mut next = || {
        seed = seed.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = seed;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    };
    for i in (1..items.len()).rev() {
        let j = (next() % (i as u64 + 1)) as usize;
        items.swap(i, j);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lesson::Library;
    use crate::player::Target;

    fn lesson() -> Lesson {
        Library::load(&[])
            .lessons
            .into_iter()
            .map(|l| l.lesson)
            .find(|l| l.quiz.len() >= 5)
            .unwrap()
    }

    #[test]
    fn the_order_is_stable_per_learner_and_question() {
        let l = lesson();
        let a = Quiz::shuffled(&l, "learner-7");
        assert_eq!(a.orders, Quiz::shuffled(&l, "learner-7").orders);
        for (order, q) in a.orders.iter().zip(&l.quiz) {
            let mut sorted = order.clone();
            sorted.sort_unstable();
            assert_eq!(sorted, (0..q.options.len()).collect::<Vec<_>>());
        }
        // Some learner sees another order: the order is not fixed by the lesson alone.
        assert!((0..20).any(|n| Quiz::shuffled(&l, &format!("learner-{n}")).orders != a.orders));
    }

    #[test]
    fn the_right_answer_moves_about_over_learners() {
        let l = lesson();
        let q = &l.quiz[0];
        let mut places = std::collections::BTreeSet::new();
        for n in 0..50 {
            let quiz = Quiz::shuffled(&l, &format!("learner-{n}"));
            places.insert(quiz.shown_at(q.answer));
        }
        assert_eq!(places.len(), q.options.len(), "{places:?}");
    }

    #[test]
    fn an_answer_is_recorded_by_its_place_in_the_file() {
        let l = lesson();
        let mut quiz = Quiz::shuffled(&l, "learner-3");
        let right = l.quiz[0].answer;
        let shown = quiz.shown_at(right);
        let (effects, _) = quiz.update(&l, Msg::Press(Target::Option(shown)));
        assert!(matches!(
            &effects[..],
            [Effect::Answer { chosen, correct: true, .. }] if *chosen == right
        ));
        assert_eq!(quiz.current_answer(), Some(right));
        assert_eq!(quiz.focus, Some(shown));
        assert_eq!(quiz.score(&l), 1);
    }
}
