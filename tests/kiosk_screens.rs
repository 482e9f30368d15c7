//! Snapshot tests of every kiosk screen at 80×24, at 40×15 (huge fonts) and at 120×40:
//! welcome, the choice, the number pad (also with a kind "not found" and paused), a new
//! learner's card number, surnames (and their second page), 女士 or 先生, typed name and
//! check, the learner's lessons (also in English), the idle prompt and the staff PIN
//! prompt.

mod kiosk_common;

use kiosk_common::*;
use zhulao::kiosk::draft::Title;
use zhulao::kiosk::pad::PadKey;
use zhulao::kiosk::{Button, Driver, Kiosk, Msg, Reply};
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

/// A new learner with the card's number typed (not yet OK'd).
fn new_card() -> Kiosk {
    let mut msgs = vec![Msg::Enter, Msg::Down, Msg::Enter];
    msgs.extend(pad("5207"));
    msgs.pop();
    after(&msgs)
}

fn surnames() -> Kiosk {
    let mut k = new_card();
    k.update(Msg::Pad(PadKey::Ok));
    k
}

/// The surname screen's page holding 罗, the last surname (at 80×24 all fit on one).
fn surnames_last_page() -> Kiosk {
    let mut k = surnames();
    k.update(Msg::Press(Button::SurnamePage(19)));
    k
}

fn title() -> Kiosk {
    let mut k = surnames();
    k.update(Msg::Press(Button::Surname(0)));
    k
}

fn new_name() -> Kiosk {
    let mut k = surnames();
    k.update(Msg::Press(Button::TypeName));
    for c in NAME.chars() {
        k.update(Msg::Char(c));
    }
    k
}

fn confirmation() -> Kiosk {
    let mut k = new_name();
    k.update(Msg::Enter);
    k
}

fn salutation_confirmation() -> Kiosk {
    let mut k = title();
    k.update(Msg::Press(Button::Salutation(Title::Madam)));
    k
}

fn unnamed_confirmation() -> Kiosk {
    let mut k = surnames();
    k.update(Msg::Press(Button::SkipName));
    k
}

/// The surname screen in English.
fn english_surnames() -> Kiosk {
    let mut k = kiosk_in(zhulao::i18n::Lang::En);
    let mut msgs = vec![Msg::Enter, Msg::Press(Button::NewLearner)];
    msgs.extend(pad("5207"));
    for m in msgs {
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
            #[test]
            fn at_120x40() {
                insta::assert_snapshot!(draw(&$kiosk, 120, 40).0.backend());
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
    new_card: new_card();
    surnames: surnames();
    surnames_last_page: surnames_last_page();
    surnames_english: english_surnames();
    title: title();
    new_name: new_name();
    new_learner_confirmation: confirmation();
    salutation_confirmation: salutation_confirmation();
    unnamed_confirmation: unnamed_confirmation();
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
        new_card(),
        surnames(),
        surnames_last_page(),
        title(),
        new_name(),
        confirmation(),
        unnamed_confirmation(),
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
