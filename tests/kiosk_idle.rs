//! The end of a visit and the pause before it: F10 ends the visit from inside a lesson with
//! everything done saved; the "还在吗？" prompt keeps a digit or character typed as it came
//! up, and any other key or a tap only answers it (Enter never also presses OK).

mod kiosk_common;

use crossterm::event::{KeyCode, KeyModifiers};
use kiosk_common::*;
use zhulao::kiosk::pad::PadKey;
use zhulao::kiosk::{Button, Effect, Kiosk, Msg, Screen, to_msg};
use zhulao::player::Msg as PlayerMsg;

#[test]
fn f10_ends_the_visit_from_inside_a_lesson_and_what_was_done_is_saved() {
    let (mut d, dir) = driver();
    sign_in(&mut d);
    let i = d
        .program
        .lessons()
        .iter()
        .position(|l| l.id.as_str() == "mobile-payment")
        .unwrap();
    d.send(Msg::Press(Button::Lesson(i)));
    d.send(Msg::Tick(t(30)));
    d.send(Msg::Player(PlayerMsg::NextStep));
    // A second later: a tap at once after a new step is ignored (see `sitting::SETTLE`).
    d.send(Msg::Tick(t(31)));
    d.send(Msg::Player(PlayerMsg::NextStep));
    assert!(d.program.player().is_some());
    let (_, hits) = draw(&d.program, 80, 24);
    let f10 = key(KeyCode::F(10), KeyModifiers::NONE);
    let msg = to_msg(&d.program, &f10, &hits).unwrap();
    assert_eq!(msg, Msg::SignOut);
    let mut k = d.program.clone();
    assert_eq!(
        k.update(msg.clone()),
        vec![Effect::StopSpeech],
        "speech stops"
    );
    d.send(msg);
    assert_eq!(d.program.screen, Screen::Welcome);
    assert!(d.program.session.is_none());
    let conn = rusqlite::Connection::open(dir.path().join("zhulao.db")).unwrap();
    let saved: i64 = conn
        .query_row("SELECT count(*) FROM step_event", [], |r| r.get(0))
        .unwrap();
    assert_eq!(saved, 2, "both steps done were saved");
    // A guest's lesson ends the same way.
    d.send(Msg::Enter);
    d.send(Msg::Press(Button::Guest));
    d.send(Msg::Enter);
    assert!(d.program.player().is_some());
    d.send(Msg::SignOut);
    assert_eq!(d.program.screen, Screen::Welcome);
}

/// A kiosk on `screen` with the idle prompt up.
fn idle_on(msgs: impl IntoIterator<Item = Msg>) -> Kiosk {
    let mut k = kiosk();
    apply(&mut k, msgs);
    k.update(Msg::Tick(t(500)));
    assert!(k.idle.is_some());
    k
}

#[test]
fn a_digit_typed_as_the_idle_prompt_comes_up_answers_it_and_counts() {
    let mut k = idle_on(sign_in_pad("777"));
    let effects = k.update(Msg::Pad(PadKey::Digit(7)));
    assert!(k.idle.is_none());
    assert_eq!(effects, vec![Effect::StopSpeech]);
    assert_eq!(k.screen, Screen::SignIn(pad_of("7777")));
    // Through the real key handling too, with the prompt drawn over the pad.
    let mut k = idle_on(sign_in_pad("777"));
    let (_, hits) = draw(&k, 40, 15);
    let seven = key(KeyCode::Char('7'), KeyModifiers::NONE);
    let msg = to_msg(&k, &seven, &hits).unwrap();
    k.update(msg);
    assert_eq!(k.screen, Screen::SignIn(pad_of("7777")));
}

fn pad_of(digits: &str) -> zhulao::kiosk::pad::Pad {
    zhulao::kiosk::pad::Pad {
        digits: digits.into(),
        hidden: false,
    }
}

#[test]
fn other_keys_and_taps_only_answer_the_idle_prompt() {
    let (w, h) = (80, 24);
    let keys = [
        KeyCode::Enter,
        KeyCode::Esc,
        KeyCode::Up,
        KeyCode::Down,
        KeyCode::Left,
        KeyCode::Backspace,
        KeyCode::F(10),
    ];
    for code in keys {
        let mut k = idle_on(sign_in_pad("777"));
        let (_, hits) = draw(&k, w, h);
        let msg = to_msg(&k, &key(code, KeyModifiers::NONE), &hits).unwrap();
        let effects = k.update(msg);
        assert!(k.idle.is_none(), "{code:?}");
        assert_eq!(effects, vec![Effect::StopSpeech], "{code:?}: no look-up");
        assert_eq!(k.screen, Screen::SignIn(pad_of("777")), "{code:?}");
    }
    // A tap anywhere, even where the pad's OK key is under the prompt.
    let k = idle_on(sign_in_pad("777"));
    let (_, hits) = draw(&k, w, h);
    assert!(!hits.contains(&Msg::Pad(PadKey::Ok)));
    for (x, y) in [(0, 0), (40, 12), (79, 23)] {
        let mut k = k.clone();
        let msg = to_msg(&k, &tap_at(x, y), &hits).unwrap();
        assert_eq!(msg, Msg::Press(Button::StillHere));
        assert_eq!(k.update(msg), vec![Effect::StopSpeech]);
        assert_eq!(k.screen, Screen::SignIn(pad_of("777")));
    }
    // Enter on the check screen does not register anybody.
    let mut k = new_learner();
    apply(&mut k, pad("5207"));
    k.update(Msg::Press(Button::SkipName));
    k.update(Msg::Tick(t(500)));
    assert_eq!(k.update(Msg::Enter), vec![Effect::StopSpeech]);
    assert!(matches!(k.screen, Screen::Confirm { .. }));
}

#[test]
fn a_character_typed_into_a_name_as_the_prompt_comes_up_counts() {
    let mut msgs = vec![Msg::Enter, Msg::Press(Button::NewLearner)];
    msgs.extend(pad("5207"));
    msgs.push(Msg::Press(Button::TypeName));
    msgs.extend("王秀".chars().map(Msg::Char));
    let mut k = idle_on(msgs);
    k.update(Msg::Char('英'));
    assert!(k.idle.is_none());
    match &k.screen {
        Screen::NewName(draft) => assert_eq!(draft.typed, "王秀英"),
        other => panic!("{other:?}"),
    }
    // Backspace only answers the prompt.
    k.update(Msg::Tick(t(1000)));
    k.update(Msg::Backspace);
    match &k.screen {
        Screen::NewName(draft) => assert_eq!(draft.typed, "王秀英"),
        other => panic!("{other:?}"),
    }
}
