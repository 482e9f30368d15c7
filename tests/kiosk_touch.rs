//! The kiosk by touch: a new learner registers by taps alone (found on the drawn screen by
//! their words, sent through the real event handling) at 80×24 and at 40×15; Back keeps
//! what was entered on every screen; every action on every screen has a big tap target of
//! its own, and the key line can be tapped where it names an action.

mod kiosk_common;

use kiosk_common::*;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use zhulao::kiosk::draft::{FOCUS_SKIP, FOCUS_TYPE, NewName, Title};
use zhulao::kiosk::pad::PadKey;
use zhulao::kiosk::{Button, Driver, Kiosk, Msg, Screen};

/// Where `label` is drawn on a cell that can be tapped, if it is.
fn find(d: &Driver, terminal: &Terminal<TestBackend>, label: &str) -> Option<(u16, u16)> {
    let buffer = terminal.backend().buffer();
    for y in 0..buffer.area.height {
        let (mut text, mut xs) = (String::new(), Vec::new());
        let mut x = 0;
        while x < buffer.area.width {
            let symbol = buffer[(x, y)].symbol();
            for _ in symbol.chars() {
                xs.push(x);
            }
            text.push_str(symbol);
            x += unicode_width::UnicodeWidthStr::width(symbol).max(1) as u16;
        }
        let mut from = 0;
        while let Some(at) = text[from..].find(label) {
            let chars = text[..from + at].chars().count();
            let x = xs[chars];
            if d.hits.at(x, y).is_some() {
                return Some((x, y));
            }
            from += at + label.len();
        }
    }
    None
}

/// Draws a frame, finds `label` on it and taps it, the way the terminal loop would.
fn tap(d: &mut Driver, terminal: &mut Terminal<TestBackend>, label: &str, now: i64) {
    d.draw_on(terminal).unwrap();
    let (x, y) = find(d, terminal, label).unwrap_or_else(|| {
        panic!(
            "no tappable {label:?} on\n{}",
            screen_text(&d.program, terminal.size().unwrap().width, 24)
        )
    });
    d.event(&tap_at(x, y), t(now));
}

/// Whether `label` is on the screen as something to tap.
fn shows(d: &mut Driver, terminal: &mut Terminal<TestBackend>, label: &str) -> bool {
    d.draw_on(terminal).unwrap();
    find(d, terminal, label).is_some()
}

fn register_by_taps(width: u16, height: u16) {
    let (mut d, dir) = driver();
    let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
    tap(&mut d, &mut terminal, "按回车键或点击这里开始", 1);
    tap(&mut d, &mut terminal, "我是新学员", 2);
    for (n, digit) in ["5", "2", "0", "7"].into_iter().enumerate() {
        tap(&mut d, &mut terminal, digit, 3 + n as i64);
    }
    tap(&mut d, &mut terminal, "确定", 8);
    // 罗 is the twentieth surname: at huge fonts it is on the next page.
    if !shows(&mut d, &mut terminal, "罗") {
        tap(&mut d, &mut terminal, "下一页", 9);
    }
    tap(&mut d, &mut terminal, "罗", 10);
    tap(&mut d, &mut terminal, "罗女士", 11);
    d.draw_on(&mut terminal).unwrap();
    let check = screen_text(&d.program, width, height);
    assert!(
        check.contains("罗女士") && check.contains("5 2 0 7"),
        "{check}"
    );
    tap(&mut d, &mut terminal, "对，开始学习", 12);
    assert_eq!(d.program.screen, Screen::Lessons, "{width}×{height}");
    let text = screen_text(&d.program, width, height);
    assert!(text.contains("罗女士，您好"), "{text}");
    let store = zhulao::progress::Store::open(dir.path(), t(0)).unwrap();
    assert_eq!(
        store.learner_by_code("5207").unwrap().display_name,
        "罗女士"
    );
    // 结束练习 is a button of its own too.
    tap(&mut d, &mut terminal, "结束练习", 13);
    assert_eq!(d.program.screen, Screen::Welcome);
}

#[test]
fn a_new_learner_registers_by_taps_alone_at_80x24() {
    register_by_taps(80, 24);
}

#[test]
fn a_new_learner_registers_by_taps_alone_at_40x15() {
    register_by_taps(40, 15);
}

#[test]
fn a_new_learner_can_leave_the_name_out_and_is_greeted_by_the_number() {
    for (w, h) in [(80, 24), (40, 15)] {
        let (mut d, dir) = driver();
        let mut terminal = Terminal::new(TestBackend::new(w, h)).unwrap();
        tap(&mut d, &mut terminal, "按回车键或点击这里开始", 1);
        tap(&mut d, &mut terminal, "我是新学员", 2);
        for digit in ["5", "2", "0", "7", "确定"] {
            tap(&mut d, &mut terminal, digit, 3);
        }
        tap(&mut d, &mut terminal, "不写姓名", 4);
        assert!(screen_text(&d.program, w, h).contains("名字：不写"));
        tap(&mut d, &mut terminal, "对，开始学习", 5);
        let text = screen_text(&d.program, w, h);
        assert!(text.contains("学员 5207，您好"), "{text}");
        let store = zhulao::progress::Store::open(dir.path(), t(0)).unwrap();
        let learner = store.learner_by_code("5207").unwrap();
        assert_eq!(learner.display_name, "学员 5207");
        // Signing in again greets them the same way.
        d.send(Msg::SignOut);
        d.send(Msg::Enter);
        d.send(Msg::Enter);
        d.send_all(pad("5207"));
        assert_eq!(d.program.session.as_ref().unwrap().masked, "学员 5207");
    }
}

#[test]
fn back_keeps_what_was_entered_on_every_screen_of_registering() {
    let mut k = new_learner();
    apply(&mut k, pad("5207"));
    assert!(matches!(k.screen, Screen::Surname { focus: None, .. }));
    // Surnames → the pad, with the number still there.
    k.update(Msg::Press(Button::Back));
    match &k.screen {
        Screen::NewCode { pad, .. } => assert_eq!(pad.digits, "5207"),
        other => panic!("{other:?}"),
    }
    k.update(Msg::Pad(PadKey::Ok));
    k.update(Msg::Press(Button::Surname(3)));
    assert!(matches!(k.screen, Screen::Title { surname: 3, .. }));
    // 女士/先生 → the surnames, on the one picked.
    k.update(Msg::Back);
    assert!(matches!(
        k.screen,
        Screen::Surname {
            focus: Some(3),
            shown: 3,
            ..
        }
    ));
    k.update(Msg::Enter);
    k.update(Msg::Down);
    k.update(Msg::Enter);
    match &k.screen {
        Screen::Confirm { draft, name, .. } => {
            assert_eq!(draft.code, "5207");
            assert_eq!(
                *name,
                NewName::Salutation {
                    surname: 3,
                    title: Title::Sir
                }
            );
        }
        other => panic!("{other:?}"),
    }
    assert!(screen_text(&k, 40, 15).contains("刘先生"));
    // The check → 女士/先生, on the one picked.
    k.update(Msg::Back);
    assert!(matches!(
        k.screen,
        Screen::Title {
            surname: 3,
            focus: Some(1),
            ..
        }
    ));
    k.update(Msg::Back);
    k.update(Msg::Press(Button::TypeName));
    apply(&mut k, "刘建华".chars().map(Msg::Char));
    // Typing → the surnames; typing again finds the name still there.
    k.update(Msg::Back);
    assert!(matches!(
        k.screen,
        Screen::Surname {
            focus: Some(FOCUS_TYPE),
            ..
        }
    ));
    k.update(Msg::Enter);
    match &k.screen {
        Screen::NewName(draft) => assert_eq!(draft.typed, "刘建华"),
        other => panic!("{other:?}"),
    }
    k.update(Msg::Enter);
    k.update(Msg::Back);
    assert!(matches!(k.screen, Screen::NewName(_)));
    // No name → the check → back on "不写姓名".
    k.update(Msg::Back);
    k.update(Msg::Press(Button::SkipName));
    assert!(matches!(
        k.screen,
        Screen::Confirm {
            name: NewName::Unnamed,
            ..
        }
    ));
    k.update(Msg::Back);
    assert!(matches!(
        k.screen,
        Screen::Surname {
            focus: Some(FOCUS_SKIP),
            ..
        }
    ));
    // "不对" goes back to the number, kept.
    k.update(Msg::Enter);
    k.update(Msg::Press(Button::ConfirmNo));
    match &k.screen {
        Screen::NewCode { pad, .. } => assert_eq!(pad.digits, "5207"),
        other => panic!("{other:?}"),
    }
    // And from the pad, Back leaves registering for the choice.
    k.update(Msg::Back);
    assert_eq!(k.screen, Screen::Choose { focus: 1 });
}

#[test]
fn the_next_page_of_surnames_is_one_tap_and_the_keys_page_by_themselves() {
    let mut k = new_learner();
    apply(&mut k, pad("5207"));
    let (_, hits) = draw(&k, 40, 15);
    let next = hits
        .iter()
        .find_map(|(_, m)| match m {
            Msg::Press(Button::SurnamePage(first)) => Some(*first),
            _ => None,
        })
        .expect("a next page at 40×15");
    k.update(Msg::Press(Button::SurnamePage(next)));
    let text = screen_text(&k, 40, 15);
    assert!(text.contains("罗") && text.contains("上一页"), "{text}");
    // ↓ from the start walks onto the next page too.
    let mut k = new_learner();
    apply(&mut k, pad("5207"));
    // Nothing is focused before a key; the first ↓ focuses 王.
    assert!(!screen_text(&k, 40, 15).contains('▶'));
    apply(&mut k, std::iter::repeat_n(Msg::Down, 20));
    assert!(screen_text(&k, 40, 15).contains("▶ 罗 ◀"));
    // At 80×24 all twenty fit: no paging.
    let (_, hits) = draw(&k, 80, 24);
    assert!(!hits.any(|m| matches!(m, Msg::Press(Button::SurnamePage(_)))));
    for i in 0..20 {
        assert!(hits.contains(&Msg::Press(Button::Surname(i))), "{i}");
    }
}

/// Every screen a visitor meets, as a kiosk.
fn every_screen() -> Vec<(&'static str, Kiosk)> {
    let new = [Msg::Enter, Msg::Press(Button::NewLearner)];
    let code: Vec<Msg> = new.iter().cloned().chain(pad("5207")).collect();
    let with = |extra: &[Msg]| -> Vec<Msg> { code.iter().chain(extra).cloned().collect() };
    let screens: Vec<(&str, Vec<Msg>)> = vec![
        ("choose", vec![Msg::Enter]),
        ("sign-in pad", sign_in_pad("40")),
        ("new card pad", new.to_vec()),
        ("surnames", with(&[])),
        ("title", with(&[Msg::Press(Button::Surname(0))])),
        ("typed name", with(&[Msg::Press(Button::TypeName)])),
        ("check", with(&[Msg::Press(Button::SkipName)])),
        ("guest lessons", vec![Msg::Enter, Msg::Press(Button::Guest)]),
        ("staff PIN", vec![Msg::Staff]),
    ];
    screens
        .into_iter()
        .map(|(name, msgs)| {
            let mut k = kiosk();
            apply(&mut k, msgs);
            (name, k)
        })
        .collect()
}

#[test]
fn every_action_on_every_screen_has_a_big_tap_target() {
    for (name, k) in every_screen() {
        for (w, h) in [(80, 24), (40, 15), (120, 40)] {
            let (_, hits) = draw(&k, w, h);
            let mut actions: Vec<&Msg> = hits.iter().map(|(_, m)| m).collect();
            actions.dedup();
            for msg in actions {
                // Enter in the key line presses the focused button, which is big; lessons
                // are rows of a list, as wide as the screen.
                if matches!(msg, Msg::Enter | Msg::Press(Button::Lesson(_))) {
                    continue;
                }
                let big = hits
                    .iter()
                    .any(|(r, m)| m == msg && r.height >= 2 && r.width >= 4);
                assert!(big, "{name} at {w}×{h}: {msg:?} has no big target");
            }
            if name != "guest lessons" {
                let back = Msg::Press(Button::Back);
                assert!(hits.contains(&back), "{name} at {w}×{h}: no way back");
            }
        }
    }
}

#[test]
fn the_key_line_can_be_tapped_where_it_names_an_action() {
    for (name, k) in every_screen() {
        let (terminal, hits) = draw(&k, 80, 24);
        let buffer = terminal.backend().buffer();
        let row = 23;
        let line: String = (0..80).map(|x| buffer[(x, row)].symbol()).collect();
        if line.contains("返回") || line.contains("Esc") {
            let back = (0..80).any(|x| matches!(hits.at(x, row), Some(Msg::Press(Button::Back))));
            assert!(back, "{name}: the key line's 返回 cannot be tapped: {line}");
        }
    }
    // 结束练习 in the lessons screen's key line.
    let mut k = kiosk();
    apply(&mut k, [Msg::Enter, Msg::Press(Button::Guest)]);
    let (_, hits) = draw(&k, 80, 24);
    assert!((0..80).any(|x| hits.at(x, 23) == Some(&Msg::Press(Button::SignOut))));
}
