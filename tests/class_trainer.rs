//! What a trainer needs in the room, through class mode's keys, taps and store: a wrong
//! mark taken back (and still taken back on reopening), an answer cleared with 0 (saved
//! too), "everyone else chose it", the roster hidden while a question is projected, the
//! key help, paging a step before moving on, the phone behind a switch on a narrow
//! window, and the bar of buttons.

mod class_support;

use class_support::*;
use crossterm::event::{Event, KeyCode, MouseButton, MouseEvent, MouseEventKind};
use zhulao::class::edge::{class_msg, step};
use zhulao::class::state::quiz::{score, tally};
use zhulao::class::state::{Pages, Pane, SETUP_ROWS};
use zhulao::class::{Class, Mark, Msg, Stage};
use zhulao::i18n::Lang;

/// Class mode opened again on the same store, and today's session reopened.
fn reopened(room: &mut Room) -> Class {
    let mut again = Class::new(
        Lang::Zh,
        lessons(),
        room.store.learners().unwrap(),
        today(),
        ("", ""),
        room.store.sessions_on(today()).unwrap(),
    );
    step(&mut again, Msg::Pick(SETUP_ROWS), &mut room.store, now());
    let id = |c: &Class| c.session.as_ref().map(|s| s.id);
    assert_eq!(id(&again), id(&room.class));
    again
}

/// A tap in the middle of the first place on screen that sends `msg`.
fn tap(room: &mut Room, msg: &Msg, size: (u16, u16)) {
    let (_, hits) = screen(&room.class, size.0, size.1);
    let (rect, _) = hits
        .iter()
        .find(|(_, m)| m == msg)
        .unwrap_or_else(|| panic!("{msg:?} is not on screen"));
    let click = Event::Mouse(MouseEvent {
        kind: MouseEventKind::Down(MouseButton::Left),
        column: rect.x + rect.width / 2,
        row: rect.y + rect.height / 2,
        modifiers: crossterm::event::KeyModifiers::NONE,
    });
    let sent = class_msg(&room.class, &click, &hits, |m| m).unwrap();
    assert_eq!(&sent, msg);
    room.send(sent);
}

fn in_quiz(n: usize) -> Room {
    let mut room = Room::started(n, n);
    room.send(Msg::Confirm);
    room.press('q');
    assert_eq!(room.class.stage, Stage::Quiz);
    room
}

#[test]
fn a_wrong_mark_is_cleared_and_stays_cleared_on_reopening() {
    let mut room = Room::started(4, 4);
    room.send(Msg::Confirm);
    room.press('g');
    room.press(' ');
    room.press('h');
    room.press(' ');
    assert_eq!(room.class.step_tally(0), (2, vec!["李建国".to_string()]));
    // The first mark was meant for someone else: back up and take it back with U.
    room.keys("1");
    room.press('u');
    assert_eq!(room.class.mark(0, 0), None);
    assert_eq!(room.class.row, 0, "the cursor stays to put it right");
    assert!(room.class.status.as_deref().unwrap().contains("王秀英"));
    // Backspace takes back the second learner's mark; then the first is marked again.
    room.send(Msg::Down);
    room.key_at(KeyCode::Backspace, (80, 24));
    assert_eq!(room.class.mark(1, 0), None);
    room.keys("1");
    room.press('h');
    // Nothing to take back is nothing saved.
    room.keys("4");
    room.press('u');
    assert_eq!(room.count("SELECT count(*) FROM mark_cleared"), 2);
    assert_eq!(
        room.count("SELECT count(*) FROM step_event"),
        4,
        "the log keeps all"
    );
    let again = reopened(&mut room);
    assert_eq!(
        again.mark(0, 0),
        Some(Mark::NeedsHelp),
        "marked again after"
    );
    assert_eq!(again.mark(1, 0), None, "still cleared");
    assert_eq!(again.mark(2, 0), Some(Mark::Done));
    assert_eq!(again.step_tally(0), (1, vec!["王秀英".to_string()]));
}

#[test]
fn an_answer_cleared_with_0_is_saved_and_does_not_count_on_reopening() {
    let mut room = in_quiz(3);
    let quiz = &room.class.current_lesson().unwrap().quiz;
    let (right, total) = (quiz[0].answer, quiz.len());
    let key = char::from(b'1' + right as u8);
    room.press(key);
    room.press(key);
    assert_eq!(score(&room.class, 0), (1, total));
    room.send(Msg::Up);
    room.press('0');
    assert_eq!(score(&room.class, 1), (0, total));
    assert_eq!(tally(&room.class, 0).1, 2, "two without an answer");
    assert_eq!(
        room.count("SELECT count(*) FROM quiz_answer WHERE chosen = -1 AND correct = 0"),
        1
    );
    // 0 on someone without an answer saves nothing.
    room.press('0');
    assert_eq!(room.count("SELECT count(*) FROM quiz_answer"), 3);
    let again = reopened(&mut room);
    assert_eq!(score(&again, 0), (1, total));
    assert_eq!(
        score(&again, 1),
        (0, total),
        "the old answer does not come back"
    );
    let summary = zhulao::class::view::summary_text(&again);
    assert!(summary.contains(&format!("李建国 0/{total}")), "{summary}");
}

#[test]
fn everyone_else_chose_what_was_just_recorded_with_one_key() {
    let mut room = in_quiz(5);
    room.press('a');
    assert_eq!(
        tally(&room.class, 0).1,
        5,
        "nothing recorded yet: A does nothing"
    );
    room.press('2');
    room.press('3');
    let (buf, _) = screen(&room.class, 80, 24);
    let shown = screen_text(&buf);
    assert!(shown.contains("没答的都选 3"), "{shown}");
    room.press('a');
    let (counts, none) = tally(&room.class, 0);
    assert_eq!((counts[1], counts[2], none), (1, 4, 0));
    assert_eq!(room.count("SELECT count(*) FROM quiz_answer"), 5);
    assert!(room.class.status.as_deref().unwrap().contains("3 人"));
    // A tap on the button does the same on the next question.
    room.send(Msg::Next);
    room.press('1');
    tap(&mut room, &Msg::AnswerAll(0), (80, 24));
    assert_eq!(tally(&room.class, 1).0[0], 5);
}

#[test]
fn the_roster_can_be_hidden_while_a_question_is_projected() {
    let mut room = in_quiz(6);
    room.press('2');
    let (buf, _) = screen(&room.class, 80, 24);
    assert!(screen_text(&buf).contains("张桂兰"));
    room.press('h');
    assert!(room.class.roster_hidden);
    for size in [(80, 24), (120, 40), (40, 15)] {
        let (buf, _) = screen(&room.class, size.0, size.1);
        let shown = screen_text(&buf);
        assert!(
            !shown.contains("王秀英"),
            "who answered what is hidden: {shown}"
        );
        assert!(!shown.contains("张桂兰 "), "{shown}");
    }
    // The trainer still records, and sees whose answer is next.
    room.press('1');
    assert_eq!(tally(&room.class, 0).1, 4);
    room.press('h');
    let (buf, _) = screen(&room.class, 80, 24);
    assert!(screen_text(&buf).contains("王秀英"));
}

#[test]
fn the_help_shows_the_keys_of_the_screen_and_nothing_under_it() {
    let mut room = Room::started(3, 3);
    room.send(Msg::Confirm);
    room.press('?');
    assert!(room.class.help_open);
    let (buf, hits) = screen(&room.class, 80, 24);
    let shown = screen_text(&buf);
    assert!(
        shown.contains("按键说明") && shown.contains("PgDn"),
        "{shown}"
    );
    assert!(
        !shown.contains("两种付钱的办法"),
        "the step is not drawn: {shown}"
    );
    assert!(!shown.contains("名单打勾"), "nor its buttons");
    // A column either side of the box is cleared.
    for y in 1..24 {
        for x in [3, 76] {
            assert_eq!(buf[(x, y)].symbol(), " ", "({x}, {y})");
        }
    }
    // Keys wait while it is open; Enter (or a tap anywhere) closes it.
    room.press('g');
    assert_eq!(room.class.stage, Stage::Present);
    assert!(hits.contains(&Msg::ToggleHelp));
    room.key_at(KeyCode::Enter, (80, 24));
    assert!(!room.class.help_open);
    // Each screen has its own keys; on a form, ? is text and F1 opens the help.
    room.press('g');
    room.press('?');
    let (buf, _) = screen(&room.class, 80, 24);
    assert!(screen_text(&buf).contains("U 或 Backspace"));
    room.key_at(KeyCode::Esc, (80, 24));
    assert_eq!(room.class.stage, Stage::Grid, "Esc closes the help only");
    let mut form = Room::new(1);
    form.send(Msg::Up);
    form.press('?');
    assert!(!form.class.help_open);
    assert!(form.class.setup.trainer.ends_with('?'));
    form.key_at(KeyCode::F(1), (40, 15));
    assert!(form.class.help_open);
    // A help taller than its box pages like any text.
    room.key_at(KeyCode::Esc, (40, 15));
    room.press('?');
    let (_, hits) = screen(&room.class, 40, 15);
    assert!(hits.contains(&Msg::PageDown(Pane::Text)));
    room.key_at(KeyCode::PageDown, (40, 15));
    assert_eq!(room.class.help_page, 1);
    assert!(room.class.help_open);
}

#[test]
fn page_down_pages_a_step_before_moving_on_and_a_new_step_starts_at_the_top() {
    let mut room = Room::started(3, 3);
    room.send(Msg::Confirm);
    let size = (40, 15);
    let mut turns = 0;
    while room.class.step == 0 {
        room.key_at(KeyCode::PageDown, size);
        turns += 1;
        assert!(turns < 30);
    }
    assert!(turns > 2, "step 1 takes pages at 40×15");
    assert_eq!(
        room.class.pages,
        Pages::default(),
        "the next step starts at the top"
    );
    // A tap on the ▼ line pages too, and PageUp pages back before going back a step.
    tap(&mut room, &Msg::PageDown(Pane::Text), size);
    assert_eq!(room.class.pages.text, 1);
    room.key_at(KeyCode::PageUp, size);
    assert_eq!((room.class.step, room.class.pages.text), (1, 0));
    room.key_at(KeyCode::PageUp, size);
    assert_eq!(room.class.step, 0);
    // → always moves on; the wheel only pages.
    room.key_at(KeyCode::Right, size);
    assert_eq!(room.class.step, 1);
    let (_, hits) = screen(&room.class, 40, 15);
    let wheel = Event::Mouse(MouseEvent {
        kind: MouseEventKind::ScrollDown,
        column: 5,
        row: 5,
        modifiers: crossterm::event::KeyModifiers::NONE,
    });
    assert_eq!(
        class_msg(&room.class, &wheel, &hits, |m| m),
        Some(Msg::PageDown(Pane::Text))
    );
}

#[test]
fn on_a_narrow_window_the_phone_is_behind_a_key_and_a_button() {
    let mut room = Room::started(3, 3);
    room.send(Msg::Confirm);
    room.send(Msg::Next);
    room.send(Msg::Next);
    let (buf, _) = screen(&room.class, 40, 15);
    assert!(!screen_text(&buf).contains("付款应用"));
    room.press('p');
    let (buf, _) = screen(&room.class, 40, 15);
    let shown = screen_text(&buf);
    assert!(
        shown.contains("付款应用") && shown.contains("看说明"),
        "{shown}"
    );
    tap(&mut room, &Msg::TogglePhone, (40, 15));
    assert!(!room.class.phone_open);
    // On a wide window the phone is beside the text anyway.
    let (buf, hits) = screen(&room.class, 80, 24);
    assert!(screen_text(&buf).contains("付款应用"));
    assert!(!hits.contains(&Msg::TogglePhone));
}

#[test]
fn the_footers_are_buttons_that_do_what_their_keys_do() {
    let mut room = Room::started(3, 3);
    let size = (80, 24);
    tap(&mut room, &Msg::Pick(usize::MAX), size);
    assert_eq!(room.class.stage, Stage::Present);
    tap(&mut room, &Msg::Next, size);
    assert_eq!(room.class.step, 1);
    tap(&mut room, &Msg::MarkEveryone, size);
    assert_eq!(room.class.step_tally(1).0, 3);
    tap(&mut room, &Msg::ToggleNotes, size);
    assert!(!room.class.notes_open);
    tap(&mut room, &Msg::ToggleGrid, size);
    assert_eq!(room.class.stage, Stage::Grid);
    tap(&mut room, &Msg::ClearMark, size);
    assert_eq!(room.class.mark(0, 1), None);
    tap(&mut room, &Msg::Mark(Mark::NeedsHelp), size);
    assert_eq!(room.class.mark(0, 1), Some(Mark::NeedsHelp));
    tap(&mut room, &Msg::Switch, size);
    tap(&mut room, &Msg::OpenQuiz, size);
    assert_eq!(room.class.stage, Stage::Quiz);
    tap(&mut room, &Msg::ToggleRoster, size);
    assert!(room.class.roster_hidden);
    tap(&mut room, &Msg::Reveal, size);
    assert!(room.class.revealed);
    // An option of the question, tapped, is the chosen learner's answer.
    tap(&mut room, &Msg::Answer(1), size);
    assert_eq!(tally(&room.class, 0).0[1], 1);
    let questions = room.class.current_lesson().unwrap().quiz.len();
    for _ in 0..questions {
        tap(&mut room, &Msg::Next, size);
    }
    assert_eq!(room.class.stage, Stage::Summary);
    tap(&mut room, &Msg::Confirm, size);
    assert!(room.class.finished);
}

#[test]
fn a_long_question_and_the_summary_page_too() {
    let mut room = in_quiz(12);
    let size = (40, 15);
    let (_, hits) = screen(&room.class, size.0, size.1);
    assert!(
        hits.contains(&Msg::PageDown(Pane::Text)),
        "the options go on below"
    );
    room.key_at(KeyCode::PageDown, size);
    assert_eq!((room.class.question, room.class.pages.text), (0, 1));
    room.key_at(KeyCode::Right, size);
    assert_eq!((room.class.question, room.class.pages.text), (1, 0));
    let questions = room.class.current_lesson().unwrap().quiz.len();
    for _ in 0..questions {
        room.send(Msg::Next);
    }
    assert_eq!(room.class.stage, Stage::Summary);
    assert_eq!(room.class.pages, Pages::default());
    room.key_at(KeyCode::PageDown, size);
    assert_eq!(room.class.pages.text, 1);
    let (buf, _) = screen(&room.class, size.0, size.1);
    assert!(screen_text(&buf).contains("上面还有"));
}
