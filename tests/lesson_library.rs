//! The bundled lesson library as a whole: it covers what the 智慧助老 notices ask for, every
//! task and screen-element kind is used somewhere, every lesson is safe and checkable, and
//! a step from each lesson is snapshotted at 40×15 (huge fonts) and 80×24.

use std::collections::BTreeSet;

mod common;

use common::draw;

use zhulao::i18n::Lang;
use zhulao::lesson::{Category, Element, Lesson, Library, Task};
use zhulao::player::Player;

fn bundled() -> Vec<Lesson> {
    let library = Library::load(&[]);
    assert!(library.broken.is_empty(), "{:#?}", library.broken);
    library.lessons.into_iter().map(|l| l.lesson).collect()
}

fn element_kind(e: &Element) -> &'static str {
    match e {
        Element::Text { .. } => "text",
        Element::Button { .. } => "button",
        Element::Input { .. } => "input",
        Element::Item { .. } => "item",
        Element::Qr { .. } => "qr",
        Element::Amount { .. } => "amount",
        Element::Dialog { .. } => "dialog",
        Element::Message { .. } => "message",
    }
}

fn task_kind(t: &Task) -> &'static str {
    match t {
        Task::Tap { .. } => "tap",
        Task::Type { .. } => "type",
        Task::Choose { .. } => "choose",
        Task::Observe => "observe",
    }
}

#[test]
fn the_library_has_eleven_or_more_lessons_in_the_named_areas() {
    let lessons = bundled();
    assert!(lessons.len() >= 11, "only {} lessons", lessons.len());
    let categories: BTreeSet<String> = lessons
        .iter()
        .map(|l| format!("{:?}", l.category))
        .collect();
    for wanted in [
        Category::Finance,
        Category::Travel,
        Category::Health,
        Category::Fraud,
        Category::Shopping,
        Category::Learning,
        Category::Social,
    ] {
        assert!(
            categories.contains(&format!("{wanted:?}")),
            "no lesson in {wanted:?}"
        );
    }
}

#[test]
fn every_task_and_element_kind_is_used() {
    let lessons = bundled();
    let steps = lessons.iter().flat_map(|l| &l.steps);
    let tasks: BTreeSet<_> = steps.clone().map(|s| task_kind(&s.task)).collect();
    let elements: BTreeSet<_> = steps
        .filter_map(|s| s.screen.as_ref())
        .flat_map(|s| &s.elements)
        .map(element_kind)
        .collect();
    assert_eq!(
        tasks.into_iter().collect::<Vec<_>>(),
        ["choose", "observe", "tap", "type"]
    );
    assert_eq!(
        elements.into_iter().collect::<Vec<_>>(),
        [
            "amount", "button", "dialog", "input", "item", "message", "qr", "text"
        ]
    );
}

#[test]
fn every_lesson_is_complete_teaching_material() {
    for l in bundled() {
        let id = &l.id;
        assert!(
            (8..=12).contains(&l.steps.len()),
            "{id}: {} steps",
            l.steps.len()
        );
        assert!(l.quiz.len() >= 4, "{id}: {} questions", l.quiz.len());
        assert!(
            l.steps.iter().any(|s| s.warning.is_some()),
            "{id}: no safety warning"
        );
        assert!(!l.sources.is_empty(), "{id}: no sources");
        assert!(l.notes.is_some(), "{id}: no notes for trainers");
        assert!(
            l.steps.iter().all(|s| s.screen.is_some()),
            "{id}: a step without a simulated screen"
        );
        assert!(
            l.steps.iter().filter(|s| s.trainer_notes.is_some()).count() * 2 >= l.steps.len(),
            "{id}: most steps should have trainer notes"
        );
        assert!(
            l.quiz.iter().any(|q| q.options.len() >= 3),
            "{id}: at least one check question should offer several common mistakes"
        );
    }
}

/// The step a trainer would show to give the feel of the lesson: the first one that asks
/// the learner to act and carries a safety warning, else the first that asks them to act.
fn showcase_step(l: &Lesson) -> usize {
    let acts = |i: &usize| !matches!(l.steps[*i].task, Task::Observe);
    (0..l.steps.len())
        .filter(acts)
        .find(|i| l.steps[*i].warning.is_some())
        .or_else(|| (0..l.steps.len()).find(acts))
        .unwrap_or(0)
}

#[test]
fn a_step_from_each_lesson() {
    for l in bundled() {
        let id = l.id.to_string();
        let step = showcase_step(&l);
        let player = Player::at_step(l, Lang::Zh, step);
        for (w, h) in [(40, 15), (80, 24)] {
            insta::assert_snapshot!(format!("{id}_{w}x{h}"), draw(&player, w, h).backend());
        }
    }
}
