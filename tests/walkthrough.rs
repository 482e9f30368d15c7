//! Every bundled lesson can be walked from its first step to the quiz summary by taking the
//! right action at each step, through the pure update functions alone.

mod common;

use zhulao::i18n::Lang;
use zhulao::lesson::{Lesson, Library, Task};
use zhulao::player::{Msg, Phase, Player};

fn walk(lesson: Lesson) {
    let id = lesson.id.clone();
    let (steps, questions) = (lesson.steps.len(), lesson.quiz.len());
    let mut p = Player::new(lesson, Lang::Zh);
    for n in 0..steps {
        assert_eq!(p.step, n, "{id}");
        match p.task().clone() {
            Task::Tap { .. } => {
                let right = p
                    .right_target()
                    .unwrap_or_else(|| panic!("{id}: step {n} has no target"));
                p.update(Msg::Press(right));
            }
            Task::Type { expect, .. } => {
                for c in expect.chars() {
                    p.update(Msg::Char(c));
                }
                p.update(Msg::Activate);
            }
            Task::Choose { answer, .. } => {
                p.update(Msg::Pick(answer));
            }
            Task::Observe => {}
        }
        p.update(Msg::Activate);
    }
    assert_eq!(p.steps_done(), steps, "{id}: every step done");
    let lesson = p.lesson.clone();
    for q in &lesson.quiz {
        p.update(Msg::Pick(q.answer));
        p.update(Msg::Activate);
    }
    assert_eq!(p.phase, Phase::Summary, "{id}");
    if questions > 0 {
        assert_eq!(
            p.last_quiz.as_ref().unwrap().score(&lesson),
            questions,
            "{id}"
        );
    }
    assert!(
        p.review_list().is_empty(),
        "{id}: nothing to review after a perfect run"
    );
}

#[test]
fn every_bundled_lesson_can_be_completed() {
    let library = Library::load(&[]);
    assert!(library.broken.is_empty());
    for l in library.lessons {
        walk(l.lesson);
    }
    walk(common::example_lesson());
}
