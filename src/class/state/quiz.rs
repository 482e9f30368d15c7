//! Check questions as a class: the question is shown to the room, the trainer records each
//! learner's answer (or none) with one key, and the tally shows how the room answered.

use super::{Class, Effect, Msg, Stage};
use crate::i18n::fill;

/// The class's answers to question `q`: how many chose each option, and how many did not
/// answer.
pub fn tally(class: &Class, q: usize) -> (Vec<usize>, usize) {
    let options = class
        .current_lesson()
        .and_then(|l| l.quiz.get(q))
        .map_or(0, |q| q.options.len());
    let mut counts = vec![0; options];
    let mut none = 0;
    for a in &class.attendees {
        match class.answers.get(&(a.learner.id, q)) {
            Some(&c) if c < options => counts[c] += 1,
            _ => none += 1,
        }
    }
    (counts, none)
}

/// How many questions attendee row `row` answered right, of how many questions.
pub fn score(class: &Class, row: usize) -> (usize, usize) {
    let Some((lesson, a)) = class.current_lesson().zip(class.attendees.get(row)) else {
        return (0, 0);
    };
    let right = lesson
        .quiz
        .iter()
        .enumerate()
        .filter(|(i, q)| class.answers.get(&(a.learner.id, *i)) == Some(&q.answer))
        .count();
    (right, lesson.quiz.len())
}

pub(super) fn update(class: &mut Class, msg: Msg) -> Vec<Effect> {
    let Some(lesson) = class.current_lesson() else {
        return Vec::new();
    };
    let questions = lesson.quiz.len();
    let Some(question) = lesson.quiz.get(class.question) else {
        return class.open_summary();
    };
    let (options, answer) = (question.options.len(), question.answer);
    let n = class.attendees.len();
    match msg {
        Msg::Up => class.row = class.row.saturating_sub(1),
        Msg::Down => class.row = (class.row + 1).min(n.saturating_sub(1)),
        Msg::Pick(row) if row < n => class.row = row,
        Msg::Prev if class.question > 0 => go_to(class, class.question - 1),
        Msg::Next if class.question + 1 < questions => go_to(class, class.question + 1),
        Msg::Next => return class.open_summary(),
        Msg::PageDown(pane) => class.pages.turn(pane, true),
        Msg::PageUp(pane) => class.pages.turn(pane, false),
        Msg::Back => {
            class.stage = Stage::Present;
            class.pages = super::Pages::default();
        }
        Msg::ClearAnswer if class.row < n => {
            let learner = class.attendees[class.row].learner.id;
            class.row = (class.row + 1).min(n - 1);
            if class.answers.remove(&(learner, class.question)).is_some() {
                return vec![Effect::ClearAnswer {
                    learner,
                    question: class.question,
                }];
            }
        }
        Msg::Answer(chosen) if class.row < n && chosen < options => {
            let learner = class.attendees[class.row].learner.id;
            class.answers.insert((learner, class.question), chosen);
            class.last_chosen = Some(chosen);
            class.row = (class.row + 1).min(n - 1);
            return vec![Effect::Answer {
                learner,
                question: class.question,
                chosen,
                correct: chosen == answer,
            }];
        }
        Msg::AnswerAll(chosen) if chosen < options => {
            let mut effects = Vec::new();
            for a in &class.attendees {
                let key = (a.learner.id, class.question);
                if let std::collections::hash_map::Entry::Vacant(e) = class.answers.entry(key) {
                    e.insert(chosen);
                    effects.push(Effect::Answer {
                        learner: a.learner.id,
                        question: class.question,
                        chosen,
                        correct: chosen == answer,
                    });
                }
            }
            class.last_chosen = Some(chosen);
            class.status = Some(fill(
                class.lang.text().class.answered_all,
                &[("n", &effects.len()), ("option", &(chosen + 1))],
            ));
            return effects;
        }
        Msg::Reveal | Msg::Confirm => class.revealed = !class.revealed,
        Msg::ToggleRoster => class.roster_hidden = !class.roster_hidden,
        _ => {}
    }
    Vec::new()
}

/// Moves to question `q`: its first learner, its answer hidden, its text at the top.
fn go_to(class: &mut Class, q: usize) {
    class.question = q;
    class.row = 0;
    class.revealed = false;
    class.last_chosen = None;
    class.pages = super::Pages::default();
}
