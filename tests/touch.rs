//! The player by touch and against slips: the number pad and the suggestion bar under a
//! type step, nothing pre-selected, a held Enter or a double tap that does nothing to a
//! step not yet seen, keys after a finished step that go nowhere, and a summary that
//! counts the whole lesson after "继续上次".

mod common;

use chrono::{DateTime, TimeDelta, Utc};
use common::example_lesson;
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use zhulao::i18n::Lang;
use zhulao::lesson::{Library, Task};
use zhulao::player::effect::{Effect, Outcome};
use zhulao::player::keys::player_key;
use zhulao::player::sitting::{self, Sitting};
use zhulao::player::{Feedback, Msg, Phase, Player, Target, TouchKeys};
use zhulao::progress::{LearnerId, Mode};
use zhulao::ui::Hits;

fn t(ms: i64) -> DateTime<Utc> {
    DateTime::from_timestamp(1_800_000_000, 0).unwrap() + TimeDelta::milliseconds(ms)
}

fn sitting(step: usize) -> Sitting {
    let who = (Some(LearnerId(1)), Mode::Kiosk);
    Sitting::open(example_lesson(), Lang::Zh, step, who, false, t(0)).0
}

#[test]
fn the_amount_is_typed_on_the_phones_number_pad() {
    let mut p = Player::at_step(example_lesson(), Lang::Zh, 1);
    assert_eq!(p.touch_keys(), TouchKeys::Digits);
    for key in [
        Target::Key('2'),
        Target::Key('9'),
        Target::Erase,
        Target::Key('5'),
    ] {
        assert!(p.update(Msg::Press(key)).is_empty());
    }
    assert_eq!(p.typed, "25");
    let e = p.update(Msg::Press(Target::Submit));
    assert!(matches!(
        &e[..],
        [Effect::Record {
            outcome: Outcome::Done,
            ..
        }]
    ));
    assert_eq!(p.feedback, Feedback::Done);
    assert_eq!(
        p.touch_keys(),
        TouchKeys::None,
        "the pad goes once it is done"
    );
    p.update(Msg::Press(Target::Key('7')));
    assert_eq!(p.typed, "25", "a tap after the right answer types nothing");
}

#[test]
fn a_word_is_filled_in_from_the_suggestion_bar() {
    let lesson = Library::load(&[])
        .get("hospital-booking")
        .unwrap()
        .lesson
        .clone();
    let n = lesson
        .steps
        .iter()
        .position(|s| matches!(&s.task, Task::Type { expect, .. } if expect == "李建国"))
        .unwrap();
    let mut p = Player::at_step(lesson, Lang::Zh, n);
    let TouchKeys::Words(words) = p.touch_keys() else {
        panic!("{:?}", p.touch_keys())
    };
    assert!(words.len() >= 3, "the right word among others: {words:?}");
    let right = words.iter().position(|w| w == "李建国").unwrap();
    let wrong = (right + 1) % words.len();
    p.update(Msg::Press(Target::Word(wrong)));
    p.update(Msg::Press(Target::Submit));
    assert_eq!(p.feedback, Feedback::Hint);
    p.update(Msg::Press(Target::Word(right)));
    assert_eq!(p.typed, "李建国", "a word replaces what was there");
    p.update(Msg::Press(Target::Submit));
    assert_eq!(p.feedback, Feedback::Done);
}

#[test]
fn every_bundled_type_step_can_be_done_by_touch() {
    for loaded in Library::load(&[]).lessons {
        let lesson = loaded.lesson;
        for (n, step) in lesson.steps.iter().enumerate() {
            let Task::Type { expect, .. } = &step.task else {
                continue;
            };
            let mut p = Player::at_step(lesson.clone(), Lang::Zh, n);
            match p.touch_keys() {
                TouchKeys::Digits => {
                    for c in expect.chars() {
                        p.update(Msg::Press(Target::Key(c)));
                    }
                }
                TouchKeys::Words(words) => {
                    let i = words.iter().position(|w| w == expect).unwrap();
                    assert!(
                        words.len() > 1,
                        "{}/{}: only the answer",
                        lesson.id,
                        step.id
                    );
                    p.update(Msg::Press(Target::Word(i)));
                }
                TouchKeys::None => panic!("{}/{}: no touch keys", lesson.id, step.id),
            }
            p.update(Msg::Press(Target::Submit));
            assert_eq!(p.feedback, Feedback::Done, "{}/{}", lesson.id, step.id);
        }
    }
}

#[test]
fn enter_presses_nothing_until_the_learner_picks_something() {
    let mut p = Player::at_step(example_lesson(), Lang::Zh, 2);
    for _ in 0..5 {
        assert!(p.update(Msg::Activate).is_empty());
    }
    assert_eq!((p.feedback, p.progress[2].wrong_tries), (Feedback::None, 0));
    // The same in the check questions.
    let mut p = Player::at_step(example_lesson(), Lang::Zh, 3);
    p.update(Msg::NextStep);
    for _ in 0..5 {
        assert!(p.update(Msg::Activate).is_empty());
    }
    let Phase::Quiz(q) = &p.phase else { panic!() };
    assert_eq!(q.current_answer(), None, "five Enters answered nothing");
}

#[test]
fn a_held_enter_does_not_pass_the_step_after_a_finished_one() {
    let mut s = sitting(1);
    for (i, c) in "25".chars().enumerate() {
        s.update(Msg::Char(c), t(1000 + i as i64 * 200));
    }
    s.update(Msg::Activate, t(2000));
    assert!(s.player.progress[1].done);
    // Enter held down: the first press moves on, the repeats (every 50 ms) do nothing.
    s.update(Msg::Activate, t(3000));
    assert_eq!(s.player.step, 2);
    for k in 1..40 {
        assert!(s.update(Msg::Activate, t(3000 + k * 50)).is_empty());
        assert!(s.update(Msg::Pick(1), t(3000 + k * 50 + 10)).is_empty());
    }
    assert_eq!(s.player.step, 2);
    assert!(
        !s.player.progress[2].done,
        "the step was not answered unseen"
    );
    // Let go, look, then press: it works.
    s.update(Msg::Pick(1), t(3000 + 40 * 50 + 600));
    assert!(s.player.progress[2].done);
}

#[test]
fn a_trembling_double_tap_on_next_moves_one_step() {
    let mut s = sitting(0);
    s.update(Msg::NextStep, t(1000));
    s.update(Msg::NextStep, t(1150));
    assert_eq!(s.player.step, 1);
    s.update(Msg::NextStep, t(2000));
    assert_eq!(s.player.step, 2);
    // What does not answer or move on is never held back: help, reading, going back.
    s.update(Msg::ToggleHelp, t(2010));
    assert!(s.player.help_open);
    s.update(Msg::ToggleHelp, t(2020));
    let e = s.update(Msg::ReadAloud, t(2030));
    assert!(e.iter().any(|e| matches!(e, sitting::Effect::Speak(_))));
    s.update(Msg::PrevStep, t(2040));
    assert_eq!(s.player.step, 1);
}

#[test]
fn keys_typed_after_the_right_answer_go_nowhere() {
    let key = |c| KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE);
    let mut s = sitting(1);
    for (i, c) in "25 12".chars().enumerate() {
        let msg = player_key(&s.player, key(c), &Hits::new(), |m| m).unwrap();
        s.update(msg, t(1000 + i as i64 * 300));
        if i == 1 {
            s.update(Msg::Activate, t(1500));
            assert_eq!(s.player.feedback, Feedback::Done);
        }
    }
    assert_eq!(
        s.player.step, 1,
        "space and digits did not move on or answer"
    );
    assert_eq!(s.player.typed, "25");
    // F2 switches to the phone even while typing; P is a letter there.
    let f2 = KeyEvent::new(KeyCode::F(2), KeyModifiers::NONE);
    assert_eq!(
        player_key(&s.player, f2, &Hits::new(), |m| m),
        Some(Msg::TogglePhone)
    );
    assert_eq!(
        player_key(&s.player, key('p'), &Hits::new(), |m| m),
        Some(Msg::Char('p'))
    );
}

#[test]
fn the_summary_after_continuing_counts_the_whole_lesson() {
    // Done before: steps 1 and 2. This sitting: opened at step 3, which is done.
    let mut p = Player::at_step(example_lesson(), Lang::Zh, 2);
    p.done_before(&[true, true, false, false]);
    p.update(Msg::Pick(1));
    // Going back over a step done last time does not mark it skipped.
    p.update(Msg::PrevStep);
    let e = p.update(Msg::NextStep);
    assert!(e.is_empty(), "{e:?}");
    p.update(Msg::NextStep);
    p.update(Msg::NextStep);
    p.update(Msg::Pick(1));
    p.update(Msg::NextStep);
    assert_eq!(p.phase, Phase::Summary);
    assert_eq!(p.steps_done(), 4);
    assert!(p.review_list().is_empty(), "{:?}", p.review_list());

    // Only step 1 done before, step 2 skipped now: 3 of 4, and only step 2 to look at.
    let mut p = Player::at_step(example_lesson(), Lang::Zh, 1);
    p.done_before(&[true, false, false, false]);
    p.update(Msg::NextStep);
    p.update(Msg::Pick(1));
    p.update(Msg::NextStep);
    p.update(Msg::NextStep);
    p.update(Msg::Pick(1));
    p.update(Msg::NextStep);
    assert_eq!(p.steps_done(), 3);
    let review = p.review_list();
    assert_eq!(review.len(), 1, "{review:?}");
    assert!(review[0].contains("第 2 步"), "{review:?}");
}
