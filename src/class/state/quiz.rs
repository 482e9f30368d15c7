//! Check questions as a class: the question is shown to the room, the trainer records each
//! learner's answer (or none) with one key, and the tally shows how the room answered.

use super::{Class, Effect, Msg, Stage};

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
        class.stage = Stage::Summary;
        return Vec::new();
    };
    let (options, answer) = (question.options.len(), question.answer);
    let n = class.attendees.len();
    match msg {
        Msg::Up => class.row = class.row.saturating_sub(1),
        Msg::Down => class.row = (class.row + 1).min(n.saturating_sub(1)),
        Msg::Pick(row) if row < n => class.row = row,
        Msg::Prev if class.question > 0 => {
            class.question -= 1;
            class.revealed = false;
        }
        Msg::Next if class.question + 1 < questions => {
            class.question += 1;
            class.row = 0;
            class.revealed = false;
        }
        Msg::Next => class.stage = Stage::Summary,
        Msg::Back => class.stage = Stage::Present,
        Msg::ClearAnswer if class.row < n => {
            let learner = class.attendees[class.row].learner.id;
            class.answers.remove(&(learner, class.question));
            class.row = (class.row + 1).min(n - 1);
        }
        Msg::Answer(chosen) if class.row < n && chosen < options => {
            let learner = class.attendees[class.row].learner.id;
            class.answers.insert((learner, class.question), chosen);
            class.row = (class.row + 1).min(n - 1);
            return vec![Effect::Answer {
                learner,
                question: class.question,
                chosen,
                correct: chosen == answer,
            }];
        }
        Msg::Reveal | Msg::Confirm => class.revealed = !class.revealed,
        _ => {}
    }
    Vec::new()
}
