//! The player driven by messages alone: taps, wrong taps, typing, choices, moving between
//! steps, the questions and the summary.

mod common;

use common::example_lesson;
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use zhulao::i18n::Lang;
use zhulao::player::effect::{Effect, Outcome};
use zhulao::player::keys::player_key;
use zhulao::player::{Feedback, Msg, Phase, Player, Target};
use zhulao::ui::Hits;

fn outcomes(effects: &[Effect]) -> Vec<(String, Outcome, u32)> {
    effects
        .iter()
        .filter_map(|e| match e {
            Effect::Record {
                step,
                outcome,
                wrong_tries,
            } => Some((step.to_string(), *outcome, *wrong_tries)),
            _ => None,
        })
        .collect()
}

#[test]
fn a_whole_lesson_by_messages() {
    let mut p = Player::new(example_lesson(), Lang::Zh);
    assert_eq!(p.targets(), vec![Target::Element(0), Target::Element(1)]);
    assert_eq!(p.right_target(), Some(Target::Element(0)));

    // Three wrong taps: the hint, the hint again, then the right button is shown.
    let e = p.update(Msg::Press(Target::Element(1)));
    assert_eq!(
        outcomes(&e),
        vec![("open-scan".into(), Outcome::WrongTry, 1)]
    );
    assert_eq!(p.feedback, Feedback::Hint);
    assert_eq!(
        p.focused(),
        Some(Target::Element(1)),
        "a click moves the focus"
    );
    p.update(Msg::Activate);
    assert_eq!(p.feedback, Feedback::Hint);
    p.update(Msg::Press(Target::Element(1)));
    assert_eq!(p.feedback, Feedback::Reveal);
    assert_eq!(
        p.focused(),
        Some(Target::Element(1)),
        "the right element is shown (★), not focused: the learner still picks it"
    );
    let e = p.update(Msg::Press(Target::Element(0)));
    assert_eq!(outcomes(&e), vec![("open-scan".into(), Outcome::Done, 3)]);
    assert_eq!(p.feedback, Feedback::Done);

    // Enter goes on to the typing step; full-width digits from an input method count.
    assert!(p.update(Msg::Activate).is_empty());
    assert_eq!(p.step, 1);
    for c in "２５".chars() {
        p.update(Msg::Char(c));
    }
    assert_eq!(p.typed, "２５");
    let e = p.update(Msg::Activate);
    assert_eq!(
        outcomes(&e),
        vec![("enter-amount".into(), Outcome::Done, 0)]
    );

    // The choose step: a wrong pick, then the right one.
    p.update(Msg::NextStep);
    assert_eq!(p.step, 2);
    p.update(Msg::Pick(0));
    assert_eq!(p.feedback, Feedback::Hint);
    p.update(Msg::Pick(1));
    assert_eq!(p.feedback, Feedback::Done);

    // The observe step counts as done when the learner moves on.
    p.update(Msg::Activate);
    assert_eq!(p.step, 3);
    let e = p.update(Msg::Activate);
    assert_eq!(outcomes(&e), vec![("done".into(), Outcome::Done, 0)]);
    assert!(matches!(p.phase, Phase::Quiz(_)));

    // One question, answered wrongly; the explanation shows; Enter finishes.
    let e = p.update(Msg::Pick(0));
    assert!(matches!(
        &e[..],
        [Effect::Answer {
            chosen: 0,
            correct: false,
            ..
        }]
    ));
    p.update(Msg::Pick(1));
    let Phase::Quiz(quiz) = &p.phase else {
        panic!()
    };
    assert_eq!(
        quiz.current_answer(),
        Some(0),
        "an answer cannot be changed"
    );
    p.update(Msg::Activate);
    assert_eq!(p.phase, Phase::Summary);
    assert_eq!(p.steps_done(), 4);
    let review = p.review_list();
    assert_eq!(review.len(), 2, "{review:?}");
    assert!(review[0].contains("打开“扫一扫”"));
    assert!(review[1].contains("最要紧的是看什么"));

    let e = p.update(Msg::Activate);
    assert_eq!(e, vec![Effect::Exit]);
    assert!(p.exited);
}

#[test]
fn moving_on_from_an_unfinished_task_records_a_skip_and_back_keeps_it_done() {
    let mut p = Player::new(example_lesson(), Lang::Zh);
    let e = p.update(Msg::NextStep);
    assert_eq!(
        outcomes(&e),
        vec![("open-scan".into(), Outcome::Skipped, 0)]
    );
    p.update(Msg::PrevStep);
    assert_eq!(p.step, 0);
    assert_eq!(p.feedback, Feedback::None);
    assert!(p.update(Msg::Activate).is_empty(), "nothing is focused yet");
    assert_eq!(p.feedback, Feedback::None);
    p.update(Msg::FocusNext);
    p.update(Msg::Activate);
    assert_eq!(p.feedback, Feedback::Done);
    p.update(Msg::NextStep);
    p.update(Msg::PrevStep);
    assert_eq!(p.feedback, Feedback::Done, "a finished step stays finished");
    assert!(
        p.update(Msg::Activate).is_empty(),
        "no second record for the same step"
    );
    p.update(Msg::PrevStep);
    p.update(Msg::PrevStep);
    assert_eq!(p.step, 0, "cannot go before the first step");
}

#[test]
fn wrong_typing_gives_the_hint_and_then_the_answer() {
    let mut p = Player::at_step(example_lesson(), Lang::Zh, 1);
    assert!(
        p.update(Msg::Activate).is_empty(),
        "an empty box is not a wrong try"
    );
    for _ in 0..3 {
        p.update(Msg::Char('9'));
        p.update(Msg::Activate);
        p.update(Msg::Backspace);
    }
    assert_eq!(p.feedback, Feedback::Reveal);
    assert_eq!(p.progress[1].wrong_tries, 3);
    for c in " 25.00 ".chars() {
        p.update(Msg::Char(c));
    }
    p.update(Msg::Activate);
    assert_eq!(p.feedback, Feedback::Done, "25.00 equals 25");
}

#[test]
fn help_swallows_keys_and_esc_closes_help_before_leaving() {
    let mut p = Player::new(example_lesson(), Lang::Zh);
    p.update(Msg::ToggleHelp);
    assert!(p.help_open);
    assert!(p.update(Msg::NextStep).is_empty());
    assert_eq!(p.step, 0);
    assert!(p.update(Msg::Back).is_empty());
    assert!(!p.help_open && !p.exited);
    assert_eq!(p.update(Msg::Back), vec![Effect::Exit]);
}

#[test]
fn keys_type_text_only_while_an_input_is_waiting() {
    let key = |c| KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE);
    let mut p = Player::at_step(example_lesson(), Lang::Zh, 1);
    assert_eq!(
        player_key(&p, key('?'), &Hits::new(), |m| m),
        Some(Msg::Char('?'))
    );
    assert_eq!(
        player_key(&p, key('p'), &Hits::new(), |m| m),
        Some(Msg::Char('p'))
    );
    assert_eq!(
        player_key(&p, key('2'), &Hits::new(), |m| m),
        Some(Msg::Char('2'))
    );
    p.update(Msg::PrevStep);
    assert_eq!(
        player_key(&p, key('?'), &Hits::new(), |m| m),
        Some(Msg::ToggleHelp)
    );
    assert_eq!(
        player_key(&p, key('p'), &Hits::new(), |m| m),
        Some(Msg::TogglePhone)
    );
    assert_eq!(
        player_key(&p, key('2'), &Hits::new(), |m| m),
        Some(Msg::Pick(1))
    );
    assert_eq!(player_key(&p, key('x'), &Hits::new(), |m| m), None);
    assert_eq!(
        player_key(
            &p,
            KeyEvent::new(KeyCode::F(1), KeyModifiers::NONE),
            &Hits::new(),
            |m| m
        ),
        Some(Msg::ToggleHelp)
    );
}

#[test]
fn typed_text_is_capped_and_control_characters_are_refused() {
    let mut p = Player::at_step(example_lesson(), Lang::Zh, 1);
    for _ in 0..500 {
        p.update(Msg::Char('8'));
    }
    p.update(Msg::Char('\u{1b}'));
    assert_eq!(p.typed.chars().count(), 100);
    assert!(!p.typed.contains('\u{1b}'));
}

#[test]
fn observe_steps_have_nothing_to_get_wrong() {
    let mut p = Player::at_step(example_lesson(), Lang::Zh, 3);
    assert!(p.targets().is_empty());
    assert!(p.update(Msg::Press(Target::DialogButton(2, 0))).is_empty());
    assert_eq!(p.progress[3].wrong_tries, 0);
}

/// The check questions of a bundled lesson, shuffled for one learner: the screen, the
/// spoken text and the "right answer was option n" all use the order shown, while the
/// answer is recorded by its place in the lesson file.
#[test]
fn shuffled_options_are_shown_spoken_and_recorded_consistently() {
    use zhulao::player::quiz::Quiz;
    let lesson = zhulao::lesson::Library::load(&[])
        .get("fraud-calls")
        .unwrap()
        .lesson
        .clone();
    // A learner for whom the first question's options are not in the file's order.
    let key = (0..50)
        .map(|n| format!("learner-{n}"))
        .find(|k| Quiz::shuffled(&lesson, k).orders[0] != [0, 1, 2])
        .unwrap();
    let mut p = Player::at_step(lesson.clone(), Lang::Zh, lesson.steps.len() - 1);
    p.shuffle_for = Some(key);
    p.update(Msg::NextStep);
    let Phase::Quiz(quiz) = &p.phase else {
        panic!("{:?}", p.phase)
    };
    let order = quiz.order().to_vec();
    let q = &lesson.quiz[0];
    // On screen and read aloud, option 1 is the first option in the shown order.
    let first = format!("1. {}", q.options[order[0]]);
    let screen = {
        let mut t = ratatui::Terminal::new(ratatui::backend::TestBackend::new(120, 40)).unwrap();
        let mut hits = Hits::new();
        t.draw(|f| {
            zhulao::player::view::render(
                f,
                &p,
                &zhulao::ui::theme::Theme::high_contrast(),
                &mut hits,
            )
        })
        .unwrap();
        let buffer = t.backend().buffer().clone();
        buffer
            .content()
            .iter()
            .map(|c| c.symbol())
            .collect::<String>()
    };
    let squeezed: String = screen.chars().filter(|c| !c.is_whitespace()).collect();
    let want: String = first.chars().filter(|c| !c.is_whitespace()).collect();
    assert!(squeezed.contains(&want), "{first} not on screen");
    assert!(p.speech_text().contains(&q.options[order[0]]));
    // A wrong pick is recorded by its place in the file, and the verdict names the
    // right option by its place on screen.
    let wrong_shown = (0..order.len()).find(|&n| order[n] != q.answer).unwrap();
    let effects = p.update(Msg::Pick(wrong_shown));
    assert!(effects.iter().any(|e| matches!(
        e,
        Effect::Answer { chosen, correct: false, .. } if *chosen == order[wrong_shown]
    )));
    let right_shown = order.iter().position(|&o| o == q.answer).unwrap() + 1;
    assert!(
        p.speech_text().contains(&format!("第 {right_shown} 个")),
        "{}",
        p.speech_text()
    );
}
