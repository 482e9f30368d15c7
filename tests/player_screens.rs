//! Snapshot tests of the player at 80×24, at 40×15 (huge fonts) and at 120×40 (the
//! projector): each task kind, a wrong-try hint, the highlighted answer, a warning, a QR
//! code, a check question, the summary, the help overlay, an English screen, and the touch
//! controls: the bar of buttons, the number pad and the suggestion bar, the paged phone.

mod common;

use common::{draw, example_lesson};
use zhulao::i18n::Lang;
use zhulao::player::{Msg, Player, Target};

fn at(step: usize, msgs: &[Msg]) -> Player {
    let mut p = Player::at_step(example_lesson(), Lang::Zh, step);
    for m in msgs {
        p.update(*m);
    }
    p
}

/// A bundled lesson at its type step that expects `expect`, after `msgs`.
fn bundled(id: &str, expect: &str, msgs: &[Msg]) -> Player {
    let lesson = zhulao::lesson::Library::load(&[])
        .get(id)
        .unwrap()
        .lesson
        .clone();
    let n = lesson
        .steps
        .iter()
        .position(
            |s| matches!(&s.task, zhulao::lesson::Task::Type { expect: e, .. } if e == expect),
        )
        .unwrap();
    let mut p = Player::at_step(lesson, Lang::Zh, n);
    for m in msgs {
        p.update(*m);
    }
    p
}

/// One snapshot per size for a player state.
macro_rules! screens {
    ($($name:ident: $player:expr;)*) => {$(
        mod $name {
            use super::*;
            #[test]
            fn at_80x24() {
                insta::assert_snapshot!(draw(&$player, 80, 24).backend());
            }
            #[test]
            fn at_40x15() {
                insta::assert_snapshot!(draw(&$player, 40, 15).backend());
            }
            #[test]
            fn at_120x40() {
                insta::assert_snapshot!(draw(&$player, 120, 40).backend());
            }
        }
    )*};
}

screens! {
    tap_step: at(0, &[]);
    wrong_try_hint: at(0, &[Msg::Press(Target::Element(1))]);
    revealed_answer: at(0, &[Msg::Press(Target::Element(1)), Msg::Activate, Msg::Activate]);
    type_step_with_warning: at(1, &[Msg::Char('2')]);
    type_step_done: at(1, &[Msg::Char('2'), Msg::Char('5'), Msg::Activate]);
    choose_step: at(2, &[Msg::FocusNext]);
    observe_step_with_qr: at(3, &[]);
    quiz_question: at(3, &[Msg::Activate]);
    quiz_answered: at(3, &[Msg::Activate, Msg::Pick(0)]);
    summary: at(3, &[Msg::Activate, Msg::Pick(1), Msg::Activate]);
    help_overlay: at(0, &[Msg::ToggleHelp]);
    phone_behind_a_key: at(0, &[Msg::TogglePhone]);
    number_pad_on_the_phone: at(1, &[Msg::TogglePhone, Msg::Press(Target::Key('2'))]);
    suggestion_bar: bundled("hospital-booking", "李建国", &[Msg::TogglePhone, Msg::Press(Target::Word(0))]);
    qr_paged_on_the_phone: at(3, &[Msg::TogglePhone, Msg::PhoneDown]);
    summary_after_continuing: {
        let mut p = at(2, &[]);
        p.done_before(&[true, false, false, false]);
        p.update(Msg::Pick(1));
        p.update(Msg::NextStep);
        p.update(Msg::NextStep);
        p.update(Msg::Pick(1));
        p.update(Msg::NextStep);
        p
    };
    english: {
        let mut p = Player::new(example_lesson(), Lang::En);
        p.update(Msg::Press(Target::Element(1)));
        p
    };
}

#[test]
fn too_small_a_window_asks_to_be_enlarged() {
    insta::assert_snapshot!(draw(&at(0, &[]), 18, 6).backend());
}

/// The help box over a step whose text is Chinese to the edge: no wide character of the
/// step is left just outside the box, where a terminal would draw it over the box's left
/// border (and skip the border), and nothing of the step shows inside it.
#[test]
fn the_help_box_is_whole_over_chinese_text() {
    let lesson = zhulao::lesson::Library::load(&[])
        .get("ride-hailing")
        .unwrap()
        .lesson
        .clone();
    for (w, h) in [(80, 24), (120, 40), (40, 15)] {
        for step in 0..lesson.steps.len() {
            let mut p = Player::at_step(lesson.clone(), Lang::Zh, step);
            p.update(Msg::ToggleHelp);
            let t = draw(&p, w, h);
            let buf = t.backend().buffer();
            let row = |y: u16| {
                (0..w)
                    .map(|x| buf[(x, y)].symbol().to_string())
                    .collect::<Vec<_>>()
            };
            let top = row(1);
            let left = top.iter().position(|c| c == "┌").expect("the box's corner");
            let right = top.iter().position(|c| c == "┐").expect("the box's corner");
            let bottom = (2..h)
                .find(|&y| row(y)[left] == "└")
                .expect("the box's bottom");
            for y in 2..bottom {
                let cells = row(y);
                assert_eq!(
                    cells[left], "│",
                    "{w}×{h} step {step}: left border at row {y}"
                );
                assert_eq!(
                    cells[right], "│",
                    "{w}×{h} step {step}: right border at row {y}"
                );
                if left > 0 {
                    let outside = unicode_width::UnicodeWidthStr::width(cells[left - 1].as_str());
                    assert!(
                        outside <= 1,
                        "{w}×{h} step {step}: a wide character covers the border at row {y}"
                    );
                }
            }
        }
    }
}
