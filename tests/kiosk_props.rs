//! A property test: no sequence of keys (control keys included), taps, clicks, scrolls,
//! resizes and clock ticks leaves the kiosk without the staff PIN, and none panics.

mod kiosk_common;

use crossterm::event::{Event, KeyCode, KeyModifiers, MouseButton, MouseEvent, MouseEventKind};
use kiosk_common::*;
use proptest::prelude::*;
use zhulao::kiosk::{Msg, to_msg};
use zhulao::ui::Hits;

#[derive(Debug, Clone)]
enum Input {
    Key(KeyCode, KeyModifiers),
    /// A tap on the n-th clickable thing of the last frame.
    TapTarget(usize),
    Click(u16, u16),
    Scroll(bool),
    Resize(u16, u16),
    /// The clock moves on by this many seconds.
    Wait(i64),
}

fn input() -> impl Strategy<Value = Input> {
    let code = prop_oneof![
        Just(KeyCode::Enter),
        Just(KeyCode::Esc),
        Just(KeyCode::Up),
        Just(KeyCode::Down),
        Just(KeyCode::Left),
        Just(KeyCode::Right),
        Just(KeyCode::Tab),
        Just(KeyCode::Backspace),
        Just(KeyCode::Delete),
        Just(KeyCode::PageDown),
        Just(KeyCode::F(10)),
        Just(KeyCode::F(12)),
        Just(KeyCode::F(1)),
        Just(KeyCode::F(5)),
        (b'0'..=b'9').prop_map(|c| KeyCode::Char(c as char)),
        prop::sample::select(vec!['q', 'Q', 'c', 'z', 'd', '\\', '4', ' ', '王', 'x'])
            .prop_map(KeyCode::Char),
        any::<char>().prop_map(KeyCode::Char),
    ];
    let modifiers = prop_oneof![
        4 => Just(KeyModifiers::NONE),
        2 => Just(KeyModifiers::CONTROL),
        1 => Just(KeyModifiers::ALT),
        1 => Just(KeyModifiers::SHIFT),
    ];
    prop_oneof![
        8 => (code, modifiers).prop_map(|(c, m)| Input::Key(c, m)),
        5 => (0usize..64).prop_map(Input::TapTarget),
        2 => (0u16..200, 0u16..60).prop_map(|(x, y)| Input::Click(x, y)),
        1 => any::<bool>().prop_map(Input::Scroll),
        1 => (0u16..=200, 0u16..=60).prop_map(|(w, h)| Input::Resize(w, h)),
        3 => prop_oneof![0i64..5, 100i64..400].prop_map(Input::Wait),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    #[test]
    fn no_input_leaves_the_kiosk_without_the_pin(
        inputs in proptest::collection::vec(input(), 1..200),
    ) {
        let (mut d, _dir) = driver();
        let (mut w, mut h) = (80, 24);
        let mut now = 0;
        let mut hits = Hits::default();
        for input in inputs {
            let (terminal, new_hits) = draw(&d.program, w, h);
            drop(terminal);
            hits = if w >= 1 && h >= 1 { new_hits } else { hits };
            let mouse = |kind, x, y| Event::Mouse(MouseEvent {
                kind, column: x, row: y, modifiers: KeyModifiers::NONE,
            });
            let event = match input {
                Input::Key(code, m) => Some(key(code, m)),
                Input::TapTarget(n) => hits.iter().nth(n % hits.len().max(1)).map(|(r, _)| {
                    mouse(MouseEventKind::Down(MouseButton::Left), r.x, r.y)
                }),
                Input::Click(x, y) => Some(mouse(MouseEventKind::Down(MouseButton::Left), x, y)),
                Input::Scroll(up) => Some(mouse(
                    if up { MouseEventKind::ScrollUp } else { MouseEventKind::ScrollDown }, 1, 1,
                )),
                Input::Resize(nw, nh) => {
                    (w, h) = (nw, nh);
                    Some(Event::Resize(nw, nh))
                }
                Input::Wait(s) => {
                    now += s;
                    None
                }
            };
            d.send(Msg::Tick(t(now)));
            if let Some(msg) = event.and_then(|e| to_msg(&d.program, &e, &hits)) {
                d.send(msg);
            }
            prop_assert!(!d.program.quit, "left the kiosk without the PIN");
        }
    }
}
