//! Snapshot tests of every kiosk screen at 80×24 and at 40×15 (huge fonts): welcome, the
//! choice, the number pad (also with a kind "not found" and paused), the new learner's
//! name and confirmation, the learner's lessons, the idle prompt and the staff PIN prompt.

mod kiosk_common;

use kiosk_common::*;
use zhulao::kiosk::{Driver, Kiosk, Msg, Reply};
use zhulao::player::Msg as PlayerMsg;

fn after(msgs: &[Msg]) -> Kiosk {
    let mut k = kiosk();
    for m in msgs {
        k.update(m.clone());
    }
    k
}

fn typed_pad() -> Kiosk {
    let mut msgs = vec![Msg::Enter, Msg::Enter];
    msgs.extend(pad("409"));
    msgs.pop();
    after(&msgs)
}

fn wrong_code() -> Kiosk {
    let mut k = typed_pad();
    k.update(Msg::Reply(Reply::CodeUnknown));
    k
}

fn paused_pad() -> Kiosk {
    let mut k = typed_pad();
    for s in 0..5 {
        k.update(Msg::Tick(t(s)));
        k.update(Msg::Reply(Reply::CodeUnknown));
    }
    k.update(Msg::Tick(t(8)));
    k
}

fn new_name() -> Kiosk {
    let mut k = after(&[Msg::Enter, Msg::Down, Msg::Enter]);
    for c in NAME.chars() {
        k.update(Msg::Char(c));
    }
    k
}

fn confirmation() -> Kiosk {
    let mut k = new_name();
    k.update(Msg::Enter);
    for m in pad("5207") {
        k.update(m);
    }
    k
}

/// A learner who did two steps of 扫码付款 and went back to the list.
fn learner_home() -> (Driver, tempfile::TempDir) {
    learner_home_in(zhulao::i18n::Lang::Zh)
}

fn learner_home_in(lang: zhulao::i18n::Lang) -> (Driver, tempfile::TempDir) {
    let (mut d, dir) = driver_in(lang);
    sign_in(&mut d);
    let index = d
        .program
        .lessons()
        .iter()
        .position(|l| l.id.as_str() == "mobile-payment")
        .unwrap();
    d.send(Msg::Press(zhulao::kiosk::Button::Lesson(index)));
    d.send(Msg::Tick(t(20)));
    d.send(Msg::Player(PlayerMsg::NextStep));
    d.send(Msg::Player(PlayerMsg::NextStep));
    d.send(Msg::Player(PlayerMsg::Back));
    (d, dir)
}

fn idle_prompt() -> Kiosk {
    let (mut d, _dir) = learner_home();
    d.send(Msg::Tick(t(20 + 180)));
    d.send(Msg::Tick(t(20 + 180 + 15)));
    d.program
}

fn pin_prompt() -> Kiosk {
    after(&[Msg::Staff, Msg::Pad(zhulao::kiosk::pad::PadKey::Digit(1))])
}

fn pin_wrong() -> Kiosk {
    let mut msgs = vec![Msg::Staff];
    msgs.extend(pad("1111"));
    after(&msgs)
}

macro_rules! screens {
    ($($name:ident: $kiosk:expr;)*) => {$(
        mod $name {
            use super::*;
            #[test]
            fn at_80x24() {
                insta::assert_snapshot!(draw(&$kiosk, 80, 24).0.backend());
            }
            #[test]
            fn at_40x15() {
                insta::assert_snapshot!(draw(&$kiosk, 40, 15).0.backend());
            }
        }
    )*};
}

screens! {
    welcome: kiosk();
    choose: after(&[Msg::Enter]);
    number_pad: typed_pad();
    wrong_code: wrong_code();
    paused_pad: paused_pad();
    new_name: new_name();
    new_learner_confirmation: confirmation();
    learner_home: learner_home().0.program;
    learner_home_english: learner_home_in(zhulao::i18n::Lang::En).0.program;
    guest_home: after(&[Msg::Enter, Msg::Down, Msg::Down, Msg::Enter]);
    idle_prompt: idle_prompt();
    pin_prompt: pin_prompt();
    pin_wrong: pin_wrong();
}

#[test]
fn too_small_a_window_asks_to_be_enlarged() {
    insta::assert_snapshot!(draw(&kiosk(), 18, 6).0.backend());
}

#[test]
fn every_screen_draws_at_any_size_without_panic() {
    let (d, _dir) = learner_home();
    let screens = [
        kiosk(),
        typed_pad(),
        paused_pad(),
        new_name(),
        confirmation(),
        d.program.clone(),
        idle_prompt(),
        pin_wrong(),
    ];
    for k in &screens {
        for (w, h) in [
            (0, 0),
            (1, 1),
            (20, 8),
            (21, 9),
            (25, 10),
            (33, 12),
            (300, 100),
        ] {
            draw(k, w, h);
        }
    }
}
