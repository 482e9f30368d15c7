//! Kiosk behaviour at the update level, with a fake clock sent as messages: exit keys do
//! nothing, only the staff PIN leaves (and guessing it is slowed down), sign-in and new
//! learners, and the idle timeout that saves and leaves nothing of the learner on screen.
//! The property test that no input at all leaves without the PIN is in `kiosk_props.rs`.

mod kiosk_common;

use crossterm::event::{Event, KeyCode, KeyModifiers, MouseButton, MouseEvent, MouseEventKind};
use kiosk_common::*;
use zhulao::kiosk::draft::Title;
use zhulao::kiosk::pad::PadKey;
use zhulao::kiosk::{Button, Driver, Effect, Kiosk, Msg, Note, Reply, Screen, to_msg};
use zhulao::player::Msg as PlayerMsg;

/// The keys that leave ordinary terminal programs.
fn exit_keys() -> Vec<Event> {
    let ctrl = KeyModifiers::CONTROL;
    vec![
        key(KeyCode::Char('c'), ctrl),
        key(KeyCode::Char('z'), ctrl),
        key(KeyCode::Char('\\'), ctrl),
        // crossterm reads the byte 0x1C (Ctrl+\) as Ctrl+4.
        key(KeyCode::Char('4'), ctrl),
        key(KeyCode::Char('d'), ctrl),
        key(KeyCode::Char('q'), KeyModifiers::NONE),
        key(KeyCode::Char('Q'), KeyModifiers::SHIFT),
        key(KeyCode::Esc, KeyModifiers::NONE),
    ]
}

/// Sends a terminal event the way the loop does: mapped against the last drawn screen.
fn press(d: &mut Driver, event: &Event) -> Option<Msg> {
    let (_, hits) = draw(&d.program, 80, 24);
    let msg = to_msg(&d.program, event, &hits)?;
    d.send(msg.clone());
    Some(msg)
}

fn lesson_index(k: &Kiosk, id: &str) -> usize {
    k.lessons()
        .iter()
        .position(|l| l.id.as_str() == id)
        .unwrap()
}

/// A driver on each kind of screen.
fn every_screen() -> Vec<(&'static str, Driver, tempfile::TempDir)> {
    let mut out = Vec::new();
    let steps: [(&str, &[Msg]); 7] = [
        ("welcome", &[]),
        ("choose", &[Msg::Enter]),
        (
            "sign-in pad",
            &[Msg::Enter, Msg::Enter, Msg::Pad(PadKey::Digit(4))],
        ),
        (
            "new card pad",
            &[
                Msg::Enter,
                Msg::Press(Button::NewLearner),
                Msg::Pad(PadKey::Digit(5)),
            ],
        ),
        ("guest lessons", &[Msg::Enter, Msg::Press(Button::Guest)]),
        ("staff PIN", &[Msg::Staff, Msg::Pad(PadKey::Digit(2))]),
        ("idle prompt", &[Msg::Enter, Msg::Tick(t(500))]),
    ];
    for (name, msgs) in steps {
        let (mut d, dir) = driver();
        for m in msgs {
            d.send(m.clone());
        }
        out.push((name, d, dir));
    }
    let (mut d, dir) = driver();
    sign_in(&mut d);
    let i = lesson_index(&d.program, "mobile-payment");
    d.send(Msg::Press(Button::Lesson(i)));
    out.push(("player", d, dir));
    // A new learner's screens after the card's number: surnames, 女士 or 先生, typing the
    // name, and the check.
    let after_code: [(&str, &[Msg]); 4] = [
        ("surnames", &[]),
        ("title", &[Msg::Press(Button::Surname(0))]),
        (
            "typed name",
            &[Msg::Press(Button::TypeName), Msg::Char('王')],
        ),
        (
            "confirm",
            &[
                Msg::Press(Button::Surname(0)),
                Msg::Press(Button::Salutation(Title::Madam)),
            ],
        ),
    ];
    for (name, msgs) in after_code {
        let (mut d, dir) = driver();
        d.send(Msg::Enter);
        d.send(Msg::Press(Button::NewLearner));
        d.send_all(pad("5207"));
        d.send_all(msgs.iter().cloned());
        out.push((name, d, dir));
    }
    out
}

#[test]
fn each_exit_key_is_ignored_on_every_screen() {
    for (name, mut d, _dir) in every_screen() {
        for event in exit_keys() {
            let before = screen_text(&d.program, 80, 24);
            let msg = press(&mut d, &event);
            assert!(!d.program.quit, "{name}: {event:?} left the kiosk");
            if let Event::Key(k) = &event
                && k.modifiers.contains(KeyModifiers::CONTROL)
            {
                assert_eq!(msg, None, "{name}: {event:?} must mean nothing");
                assert_eq!(screen_text(&d.program, 80, 24), before, "{name}: {event:?}");
            }
        }
    }
}

#[test]
fn on_the_welcome_screen_exit_keys_change_nothing_at_all() {
    let (mut d, _dir) = driver();
    let before = screen_text(&d.program, 40, 15);
    for event in exit_keys() {
        press(&mut d, &event);
        assert_eq!(d.program.screen, Screen::Welcome);
        assert!(d.program.staff.is_none() && !d.program.quit);
    }
    assert_eq!(screen_text(&d.program, 40, 15), before);
}

fn open_staff(k: &mut Kiosk) {
    k.update(Msg::Staff);
    assert!(k.staff.is_some());
}

fn enter_pin(k: &mut Kiosk, pin: &str) -> Vec<Effect> {
    pad(pin).into_iter().flat_map(|m| k.update(m)).collect()
}

#[test]
fn the_right_pin_exits() {
    let mut k = kiosk();
    open_staff(&mut k);
    let effects = enter_pin(&mut k, PIN);
    assert!(k.quit);
    assert!(effects.contains(&Effect::Quit));
}

#[test]
fn a_wrong_pin_does_not_exit_and_guessing_is_rate_limited() {
    let mut k = kiosk();
    open_staff(&mut k);
    for (n, guess) in ["1111", "2222", "3333"].into_iter().enumerate() {
        k.update(Msg::Tick(t(n as i64)));
        let effects = enter_pin(&mut k, guess);
        assert!(!k.quit && !effects.contains(&Effect::Quit), "{guess}");
        assert_eq!(k.note, Some(Note::PinWrong));
    }
    assert_eq!(k.pin_paused(), Some(60), "three wrong PINs pause the pad");
    let shown = screen_text(&k, 40, 15);
    assert!(shown.contains("60"), "the pause is shown: {shown}");
    // Even the right PIN is not taken during the pause.
    enter_pin(&mut k, PIN);
    assert!(!k.quit);
    k.update(Msg::Tick(t(30)));
    enter_pin(&mut k, PIN);
    assert!(!k.quit);
    // Esc closes the prompt; the pause stays.
    k.update(Msg::Back);
    assert!(k.staff.is_none() && !k.quit);
    open_staff(&mut k);
    k.update(Msg::Tick(t(62)));
    assert_eq!(k.pin_paused(), None);
    enter_pin(&mut k, PIN);
    assert!(k.quit);
}

#[test]
fn repeated_pauses_grow_longer() {
    let mut k = kiosk();
    for round in 0..2 {
        let start = round * 1000;
        k.update(Msg::Tick(t(start)));
        open_staff(&mut k);
        for n in 0..3 {
            k.update(Msg::Tick(t(start + n)));
            enter_pin(&mut k, "9999");
        }
        assert_eq!(k.pin_paused(), Some(60 << round));
    }
}

#[test]
fn the_staff_corner_opens_the_pin_prompt_and_a_tap_elsewhere_starts() {
    let k = kiosk();
    let (_, hits) = draw(&k, 40, 15);
    let tap = |x, y| {
        Event::Mouse(MouseEvent {
            kind: MouseEventKind::Down(MouseButton::Left),
            column: x,
            row: y,
            modifiers: KeyModifiers::NONE,
        })
    };
    assert_eq!(
        to_msg(&k, &tap(38, 14), &hits),
        Some(Msg::Press(Button::Staff))
    );
    assert_eq!(
        to_msg(&k, &tap(3, 3), &hits),
        Some(Msg::Press(Button::Start))
    );
    assert_eq!(
        to_msg(&k, &key(KeyCode::F(12), KeyModifiers::NONE), &hits),
        Some(Msg::Staff)
    );
}

#[test]
fn a_learner_signs_in_with_the_code_and_sees_the_masked_name() {
    let (mut d, _dir) = driver();
    sign_in(&mut d);
    assert_eq!(d.program.screen, Screen::Lessons);
    let text = screen_text(&d.program, 40, 15);
    assert!(text.contains("王*英"), "{text}");
    assert!(!text.contains("秀"), "the full name is never shown");
}

#[test]
fn wrong_codes_are_told_kindly_and_five_in_a_minute_pause_the_pad() {
    let (mut d, _dir) = driver();
    d.send(Msg::Enter);
    d.send(Msg::Enter);
    for n in 0..5 {
        d.send(Msg::Tick(t(n * 5)));
        for m in pad("1234") {
            d.send(m);
        }
        assert_eq!(d.program.note, Some(Note::CodeUnknown));
    }
    assert_eq!(d.program.code_paused(), Some(30));
    assert!(screen_text(&d.program, 40, 15).contains("30"));
    for m in pad(CODE) {
        d.send(m);
    }
    assert!(
        matches!(d.program.screen, Screen::SignIn(_)),
        "paused: not taken"
    );
    d.send(Msg::Tick(t(20 + 31)));
    for m in pad(CODE) {
        d.send(m);
    }
    assert_eq!(d.program.screen, Screen::Lessons);
}

#[test]
fn a_short_code_is_not_looked_up() {
    let mut k = kiosk();
    k.update(Msg::Enter);
    k.update(Msg::Enter);
    let effects: Vec<Effect> = pad("12").into_iter().flat_map(|m| k.update(m)).collect();
    assert!(effects.is_empty());
    assert_eq!(k.note, Some(Note::CodeShort));
    assert_eq!(k.code_paused(), None);
}

#[test]
fn a_new_learner_can_type_a_name_and_sees_it_masked_before_registering() {
    let (mut d, dir) = driver();
    d.send(Msg::Enter);
    d.send(Msg::Press(Button::NewLearner));
    d.send_all(pad("5207"));
    assert!(matches!(d.program.screen, Screen::Surname { .. }));
    d.send(Msg::Press(Button::TypeName));
    d.send(Msg::Enter);
    assert_eq!(d.program.note, Some(Note::NameEmpty));
    for c in "李建国".chars() {
        d.send(Msg::Char(c));
    }
    d.send(Msg::Enter);
    let text = screen_text(&d.program, 40, 15);
    assert!(text.contains("李*国") && text.contains("5 2 0 7"), "{text}");
    assert!(!text.contains("建"), "the full name is not shown: {text}");
    d.send(Msg::Enter);
    assert_eq!(d.program.screen, Screen::Lessons);
    let store = zhulao::progress::Store::open(dir.path(), t(0)).unwrap();
    assert_eq!(
        store.learner_by_code("5207").unwrap().display_name,
        "李建国"
    );
    assert!(screen_text(&d.program, 40, 15).contains("李*国"));
}

#[test]
fn typing_on_the_surname_screen_starts_typing_the_name() {
    let mut k = kiosk();
    k.update(Msg::Enter);
    k.update(Msg::Press(Button::NewLearner));
    pad("5207").into_iter().for_each(|m| drop(k.update(m)));
    let (_, hits) = draw(&k, 80, 24);
    for c in "张伟".chars() {
        let msg = to_msg(&k, &key(KeyCode::Char(c), KeyModifiers::NONE), &hits).unwrap();
        k.update(msg);
    }
    match &k.screen {
        Screen::NewName(draft) => assert_eq!(draft.typed, "张伟"),
        other => panic!("{other:?}"),
    }
}

#[test]
fn a_taken_code_says_so_keeps_the_name_and_counts_as_a_guess() {
    let (mut d, _dir) = driver();
    d.send(Msg::Enter);
    d.send(Msg::Press(Button::NewLearner));
    d.send_all(pad(CODE));
    d.send(Msg::Press(Button::Surname(0)));
    d.send(Msg::Press(Button::Salutation(Title::Madam)));
    d.send(Msg::Press(Button::ConfirmYes));
    assert_eq!(d.program.note, Some(Note::CodeTaken));
    assert!(matches!(d.program.screen, Screen::NewCode { .. }));
    for n in 0..4 {
        d.send(Msg::Tick(t(n)));
        d.send_all(pad(CODE));
        // The name was kept: the check comes straight back.
        assert!(matches!(d.program.screen, Screen::Confirm { .. }), "{n}");
        d.send(Msg::Press(Button::ConfirmYes));
    }
    assert!(
        d.program.code_paused().is_some(),
        "probing codes is slowed down too"
    );
    d.send(Msg::Tick(t(200)));
    d.send_all(pad("5207"));
    d.send(Msg::Press(Button::ConfirmYes));
    assert_eq!(d.program.screen, Screen::Lessons);
    assert_eq!(d.program.session.as_ref().unwrap().masked, "王女士");
}

/// The learner's events, read straight from the database file: (mode, outcome).
fn events(dir: &std::path::Path) -> Vec<(String, String)> {
    let conn = rusqlite::Connection::open(dir.join("zhulao.db")).unwrap();
    let mut stmt = conn
        .prepare("SELECT mode, outcome FROM step_event ORDER BY id")
        .unwrap();
    stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap()
        .map(Result::unwrap)
        .collect()
}

#[test]
fn the_idle_timeout_saves_and_returns_to_a_welcome_screen_with_no_trace_of_the_learner() {
    let (mut d, dir) = driver();
    sign_in(&mut d);
    d.send(Msg::Tick(t(10)));
    let i = lesson_index(&d.program, "mobile-payment");
    d.send(Msg::Press(Button::Lesson(i)));
    d.send(Msg::Tick(t(40)));
    d.send(Msg::Player(PlayerMsg::NextStep));
    d.send(Msg::Tick(t(41)));
    d.send(Msg::Player(PlayerMsg::NextStep));
    assert!(d.program.player().is_some());
    // Nothing happens for the timeout: the prompt comes up with its countdown.
    d.send(Msg::Tick(t(41 + 178)));
    assert!(d.program.idle.is_none());
    d.send(Msg::Tick(t(41 + 180)));
    assert_eq!(d.program.idle_left(), Some(60));
    assert!(screen_text(&d.program, 40, 15).contains("还在吗"));
    d.send(Msg::Tick(t(41 + 180 + 59)));
    assert!(d.program.player().is_some(), "not yet");
    d.send(Msg::Tick(t(41 + 180 + 60)));
    assert_eq!(d.program.screen, Screen::Welcome);
    assert!(d.program.session.is_none() && d.program.idle.is_none());
    for (w, h) in [(80, 24), (40, 15)] {
        let text = screen_text(&d.program, w, h);
        for c in NAME.chars().chain(CODE.chars()).chain("*".chars()) {
            assert!(
                !text.contains(c),
                "{c:?} is still on the {w}×{h} screen:\n{text}"
            );
        }
    }
    let saved = events(dir.path());
    assert_eq!(saved.len(), 2, "both steps were saved: {saved:?}");
    assert!(saved.iter().all(|(mode, _)| mode == "kiosk"));
    // The next person signing in again finds the progress.
    sign_in(&mut d);
    let home = &d.program.session.as_ref().unwrap().home;
    assert_eq!(home.resume.map(|(lesson, _)| lesson), Some(i));
}

#[test]
fn any_key_or_tap_answers_the_idle_prompt_and_keeps_the_session() {
    let (mut d, _dir) = driver();
    sign_in(&mut d);
    d.send(Msg::Tick(t(200)));
    assert!(d.program.idle.is_some());
    press(&mut d, &key(KeyCode::Char('x'), KeyModifiers::NONE));
    assert!(d.program.idle.is_none());
    assert_eq!(
        d.program.screen,
        Screen::Lessons,
        "the key did nothing else"
    );
    d.send(Msg::Tick(t(200 + 179)));
    assert!(
        d.program.idle.is_none(),
        "the timeout starts again from the answer"
    );
}

#[test]
fn a_clock_set_back_does_not_keep_a_session_open() {
    let (mut d, _dir) = driver();
    d.send(Msg::Tick(t(10_000)));
    sign_in(&mut d);
    d.send(Msg::Tick(t(0)));
    d.send(Msg::Tick(t(180)));
    assert!(d.program.idle.is_some());
    d.send(Msg::Tick(t(100)));
    assert_eq!(d.program.idle_left(), Some(60));
    d.send(Msg::Tick(t(160)));
    assert_eq!(d.program.screen, Screen::Welcome);
}

#[test]
fn finishing_ends_the_session_at_once() {
    let (mut d, _dir) = driver();
    sign_in(&mut d);
    press(&mut d, &key(KeyCode::F(10), KeyModifiers::NONE));
    assert_eq!(d.program.screen, Screen::Welcome);
    assert!(d.program.session.is_none());
}

#[test]
fn a_guest_practises_and_nothing_is_saved() {
    let (mut d, dir) = driver();
    d.send(Msg::Enter);
    d.send(Msg::Press(Button::Guest));
    d.send(Msg::Enter);
    assert!(d.program.player().is_some());
    for _ in 0..5 {
        d.send(Msg::Player(PlayerMsg::NextStep));
    }
    assert!(events(dir.path()).is_empty());
}

#[test]
fn read_aloud_is_on_by_default_in_the_kiosk() {
    let library = zhulao::lesson::Library::load(&[]);
    let mut k = Kiosk::new(
        &library,
        zhulao::i18n::Lang::Zh,
        zhulao::kiosk::pin::PinHash::cheap_for_tests(PIN),
        180,
        t(0),
    );
    assert!(k.read_aloud);
    k.update(Msg::Enter);
    k.update(Msg::Press(Button::Guest));
    let effects = k.update(Msg::Enter);
    assert!(
        matches!(effects.as_slice(), [Effect::Speak(_)]),
        "{effects:?}"
    );
}

#[test]
fn store_problems_are_told_calmly_and_practice_goes_on() {
    let mut d = Driver::new(kiosk(), zhulao::kiosk::KioskEdge::new(None, None));
    sign_in(&mut d);
    assert_eq!(d.program.note, Some(Note::StoreProblem));
    d.send(Msg::Back);
    d.send(Msg::Press(Button::Guest));
    assert_eq!(d.program.screen, Screen::Lessons);
}

#[test]
fn replies_for_nobody_are_harmless() {
    let mut k = kiosk();
    for r in [
        Reply::CodeUnknown,
        Reply::CodeTaken,
        Reply::StoreProblem,
        Reply::Progress(Default::default()),
    ] {
        k.update(Msg::Reply(r));
    }
    assert_eq!(k.screen, Screen::Welcome);
}
