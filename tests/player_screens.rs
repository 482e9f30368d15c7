//! Snapshot tests of the player at 80×24 and at 40×15 (huge fonts): each task kind, a
//! wrong-try hint, the highlighted answer, a warning, a QR code, a check question, the
//! summary, the help overlay, and an English screen.

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
