//! Trainer mode end to end through the pure update and the store: a class of twelve from
//! set-up to summary, then the database rows; reopening a session mid-class; and the
//! screens as snapshots at 80×24, 120×40 and 40×15.

mod class_support;

use calamine::Reader;
use class_support::*;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use zhulao::class::edge::step;
use zhulao::class::state::Found;
use zhulao::class::state::{Pane, ROW_SITE, ROW_START, SETUP_ROWS};
use zhulao::class::{Class, Msg, Stage};
use zhulao::i18n::Lang;
use zhulao::ui::theme::Theme;

#[test]
fn a_whole_class_of_twelve_from_set_up_to_summary() {
    let mut room = Room::new(12);
    // Set-up: the site and trainer are remembered, the date is today, start.
    assert_eq!(room.class.setup.date, "2026-11-23");
    room.send(Msg::Pick(ROW_START));
    assert!(room.class.session.is_some());
    // Attendance: find people by initials, by characters, by code; add a newcomer.
    room.keys("wxy");
    assert!(matches!(&room.class.found()[0], Found::Learner(l) if l.display_name == "王秀英"));
    room.send(Msg::Confirm);
    room.keys("建国");
    room.send(Msg::Confirm);
    for name in &NAMES[2..12] {
        room.keys(name);
        room.send(Msg::Confirm);
    }
    room.keys("新来的");
    assert!(matches!(room.class.found().last(), Some(Found::New(n)) if n == "新来的"));
    let last = room.class.found().len() - 1;
    room.send(Msg::Pick(last));
    assert_eq!(room.class.attendees.len(), 13);
    assert_eq!(room.count("SELECT count(*) FROM attendance"), 13);
    // Present: begin, everyone done on step 1 with one key.
    room.send(Msg::Confirm);
    assert_eq!(room.class.stage, Stage::Present);
    room.press('e');
    assert_eq!(room.class.step_tally(0).0, 13);
    // Step 2 on the grid: row by row, two need help, one stepped out; a note.
    room.send(Msg::Next);
    room.press('g');
    assert_eq!(room.class.stage, Stage::Grid);
    room.press(' ');
    room.press('h');
    room.press('x');
    room.keys("12");
    assert_eq!(room.class.row, 11);
    room.press('h');
    room.press('n');
    room.keys("眼睛不好，需要大字");
    room.send(Msg::Confirm);
    room.press('e');
    let (done, help) = room.class.step_tally(1);
    assert_eq!((done, help.len()), (10, 2));
    // Forward to the questions; record every learner's answer to question 1.
    room.send(Msg::Switch);
    room.press('q');
    assert_eq!(room.class.stage, Stage::Quiz);
    let answer = room.class.current_lesson().unwrap().quiz[0].answer;
    for row in 0..13 {
        let chosen = if row < 10 { answer } else { (answer + 1) % 3 };
        room.press(char::from(b'1' + chosen as u8));
    }
    let (counts, none) = zhulao::class::state::quiz::tally(&room.class, 0);
    assert_eq!((counts[answer], none), (10, 0));
    room.press('r');
    assert!(room.class.revealed);
    let questions = room.class.current_lesson().unwrap().quiz.len();
    for _ in 0..questions {
        room.send(Msg::Next);
    }
    assert_eq!(room.class.stage, Stage::Summary);
    let summary = zhulao::class::view::summary_text(&room.class);
    assert!(summary.contains("出勤：13 人"), "{summary}");
    assert!(summary.contains("眼睛不好，需要大字"), "{summary}");
    room.press('x');
    let status = room.class.status.clone().unwrap();
    assert!(status.contains("已导出"), "{status}");
    let exports = room.store.path().parent().unwrap().join("exports");
    let file = std::fs::read_dir(&exports)
        .unwrap()
        .next()
        .unwrap()
        .unwrap()
        .path();
    let mut book: calamine::Xlsx<_> = calamine::open_workbook(&file).unwrap();
    let grid = book.worksheet_range("学员名单").unwrap();
    assert_eq!(
        grid.get((1, 1)),
        Some(&calamine::Data::String("王秀英".into()))
    );
    assert_eq!(
        grid.get((1, 2)),
        Some(&calamine::Data::String("已完成".into()))
    );
    room.send(Msg::Confirm);
    assert!(room.class.finished);

    // The database holds exactly what was marked, as class events of this session.
    let session = room.class.session.as_ref().unwrap().id.0;
    assert_eq!(
        room.count(
            "SELECT count(*) FROM class_session WHERE site = '社区学院二楼' AND trainer = '李老师'"
        ),
        1
    );
    assert_eq!(
        room.count(&format!(
            "SELECT count(*) FROM step_event WHERE mode = 'class' AND session = {session}"
        )),
        13 + 13
    );
    assert_eq!(
        room.count("SELECT count(*) FROM step_event WHERE outcome = 'needs_help'"),
        2
    );
    assert_eq!(
        room.count("SELECT count(*) FROM step_event WHERE outcome = 'skipped'"),
        1
    );
    assert_eq!(
        room.count(&format!(
            "SELECT count(*) FROM quiz_answer WHERE mode = 'class' AND session = {session} AND correct = 1"
        )),
        10
    );
    assert_eq!(
        room.count("SELECT count(*) FROM learner WHERE notes = '眼睛不好，需要大字'"),
        1
    );
    assert_eq!(room.count("SELECT count(*) FROM learner"), 13);
    // Class marks are progress like any other: the first step is done for everyone.
    let facts = room.store.facts(None).unwrap();
    assert_eq!(facts.len(), 13);
}

#[test]
fn a_reopened_session_continues_where_the_class_was() {
    let mut room = Room::started(6, 6);
    room.send(Msg::Confirm);
    room.send(Msg::Next);
    room.send(Msg::Next);
    room.press('g');
    room.press('h');
    let session = room.class.session.clone().unwrap();
    // The laptop lid closes; later the trainer opens class mode again.
    let mut again = Class::new(
        Lang::Zh,
        lessons(),
        room.store.learners().unwrap(),
        today(),
        ("", ""),
        room.store.sessions_on(today()).unwrap(),
    );
    assert_eq!(again.setup.today.len(), 1);
    let Room { store, _dir, .. } = room;
    let mut store = store;
    step(&mut again, Msg::Pick(SETUP_ROWS), &mut store, now());
    assert_eq!(again.session.as_ref().unwrap().id, session.id);
    assert_eq!(again.stage, Stage::Present);
    assert_eq!(again.step, 2);
    assert_eq!(again.attendees.len(), 6);
    assert_eq!(again.step_tally(2).1, vec!["王秀英"]);
}

#[test]
fn the_set_up_says_what_is_missing() {
    let mut room = Room::new(0);
    room.class.setup.site.clear();
    room.send(Msg::Pick(ROW_START));
    assert_eq!(room.class.stage, Stage::Setup);
    assert_eq!(room.class.setup.row, ROW_SITE);
    assert!(room.class.status.as_deref().unwrap().contains("地点"));
    room.class.setup.date = "11/23".into();
    room.send(Msg::Pick(ROW_START));
    assert!(room.class.status.as_deref().unwrap().contains("年-月-日"));
    assert!(room.class.session.is_none());
}

#[test]
fn nobody_can_begin_a_class_without_attendance_and_a_wrong_sign_in_is_undone() {
    let mut room = Room::started(3, 0);
    room.send(Msg::Confirm);
    assert_eq!(room.class.stage, Stage::Attendance);
    room.keys("zgl");
    room.send(Msg::Confirm);
    room.send(Msg::Switch);
    room.send(Msg::Remove);
    assert!(room.class.attendees.is_empty());
    assert_eq!(room.count("SELECT count(*) FROM attendance"), 0);
}

#[test]
fn stray_keys_never_panic_on_any_screen() {
    let mut room = Room::started(5, 5);
    let msgs = [
        Msg::Up,
        Msg::Down,
        Msg::Prev,
        Msg::Next,
        Msg::Confirm,
        Msg::Switch,
        Msg::Remove,
        Msg::Erase,
        Msg::EditNote,
        Msg::Jump(9),
        Msg::Type('\u{1b}'),
        Msg::Pick(99),
        Msg::Cell(99, 99),
        Msg::PageDown(Pane::Text),
        Msg::PageDown(Pane::Phone),
        Msg::PageUp(Pane::Notes),
        Msg::TogglePhone,
        Msg::ToggleHelp,
        Msg::ClearMark,
        Msg::AnswerAll(1),
        Msg::ClearAnswer,
        Msg::ToggleRoster,
        Msg::Back,
    ];
    let mut backend = Terminal::new(TestBackend::new(40, 15)).unwrap();
    for round in 0..400usize {
        let msg = msgs[(round * 7 + round / 3) % msgs.len()].clone();
        room.send(msg);
        if room.class.finished {
            break;
        }
        backend
            .draw(|f| {
                zhulao::class::view::render(
                    f,
                    &room.class,
                    &Theme::high_contrast(),
                    &mut zhulao::ui::Hits::new(),
                );
            })
            .unwrap();
    }
}

macro_rules! screens {
    ($($name:ident: $room:expr;)*) => {$(
        mod $name {
            use super::*;
            #[test]
            fn at_80x24() {
                let room = $room;
                insta::assert_snapshot!(draw(&room.class, 80, 24).backend());
            }
            #[test]
            fn at_120x40() {
                let room = $room;
                insta::assert_snapshot!(draw(&room.class, 120, 40).backend());
            }
            #[test]
            fn at_40x15() {
                let room = $room;
                insta::assert_snapshot!(draw(&room.class, 40, 15).backend());
            }
        }
    )*};
}

/// Twelve signed in, presenting step `n` (from 0).
fn at_step(n: usize) -> Room {
    let mut room = Room::started(12, 12);
    room.send(Msg::Confirm);
    for _ in 0..n {
        room.send(Msg::Next);
    }
    room
}

fn presenting(notes: bool) -> Room {
    let mut room = Room::started(12, 12);
    room.send(Msg::Confirm);
    room.send(Msg::Next);
    room.send(Msg::Next);
    room.send(Msg::Next);
    room.press('g');
    for mark in "  h x h".chars() {
        room.press(mark);
    }
    room.send(Msg::Switch);
    if !notes {
        room.press('n');
    }
    room
}

fn gridded(n: usize) -> Room {
    let mut room = Room::started(n, n);
    room.send(Msg::Confirm);
    room.press('e');
    room.send(Msg::Next);
    room.press('g');
    for mark in " h x".chars().cycle().take(n.min(30)) {
        room.press(mark);
    }
    room.keys("3");
    room.press('n');
    room.keys("眼睛不好，需要大字");
    room.send(Msg::Confirm);
    room
}

screens! {
    set_up: Room::new(3);
    attendance: {
        let mut room = Room::started(12, 4);
        room.keys("z");
        room
    };
    present_with_notes: presenting(true);
    present_without_notes: presenting(false);
    roster_5: gridded(5);
    roster_40: gridded(40);
    class_quiz: {
        let mut room = presenting(true);
        room.press('q');
        for c in "2213 2".chars() {
            room.press(c);
        }
        room.press('r');
        room
    };
    present_qr_code: at_step(2);
    present_choose_step: at_step(4);
    present_second_page: {
        let mut room = at_step(0);
        room.send(Msg::PageDown(Pane::Text));
        room
    };
    present_phone_switched: {
        let mut room = at_step(3);
        room.press('p');
        room
    };
    present_help: {
        let mut room = presenting(true);
        room.press('?');
        room
    };
    roster_mark_cleared: {
        let mut room = gridded(5);
        room.keys("1");
        room.press('u');
        room
    };
    quiz_roster_hidden: {
        let mut room = presenting(true);
        room.press('q');
        for c in "2213".chars() {
            room.press(c);
        }
        room.press('h');
        room
    };
    quiz_everyone_else_chose: {
        let mut room = presenting(true);
        room.press('q');
        room.press('2');
        room.press('a');
        room.press('r');
        room
    };
    summary: {
        let mut room = gridded(8);
        room.send(Msg::Switch);
        room.press('q');
        for c in "22132222".chars() {
            room.press(c);
        }
        let questions = room.class.current_lesson().unwrap().quiz.len();
        for _ in 0..questions {
            room.send(Msg::Next);
        }
        // The session's span as a trainer would see it, whatever the clock's zone.
        let day = room.class.session.as_ref().unwrap().date;
        let at = |h, m| day.and_hms_opt(h, m, 0).unwrap();
        room.class.times.span = Some((at(9, 30), at(10, 15)));
        room
    };
}

#[test]
fn a_number_typed_after_a_mark_starts_a_new_number() {
    let mut room = Room::started(12, 12);
    room.send(Msg::Confirm);
    room.press('g');
    room.keys("1");
    assert_eq!(room.class.row, 0);
    room.press(' ');
    room.keys("2");
    assert_eq!(room.class.row, 1, "learner 2, not 12");
    room.keys("1");
    assert_eq!(
        room.class.row, 0,
        "\"21\" is more than 12 learners, so it starts again at 1"
    );
}
