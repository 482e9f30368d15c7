//! A full disk in class (issue 22, item 3): marks that failed to save do not stay on the
//! grid as if saved, and the class sheet holds what the store holds. The full disk is
//! SQLite's page limit set to the file's size (a store that refuses to grow).

mod class_support;

use class_support::*;
use zhulao::class::{Msg, Stage};

/// Every cell of the grid against the store's record of the session.
fn disagreeing_cells(room: &Room) -> usize {
    let id = room.class.session.as_ref().unwrap().id;
    let record = room.store.session_record(id).unwrap();
    let mut saved = room.class.clone();
    saved.take_record(&record);
    let steps = room.class.current_lesson().unwrap().steps.len();
    (0..room.class.attendees.len())
        .flat_map(|r| (0..steps).map(move |s| (r, s)))
        .filter(|&(r, s)| room.class.mark(r, s) != saved.mark(r, s))
        .count()
}

#[test]
fn marks_that_failed_to_save_leave_the_grid() {
    let mut room = Room::started(12, 12);
    room.send(Msg::Confirm);
    room.send(Msg::Next);
    room.press('g');
    assert_eq!(room.class.stage, Stage::Grid);
    let pages: i64 = room.count("PRAGMA page_count");
    room.store
        .set_pragma_for_tests("max_page_count", pages + 2)
        .unwrap();
    // The disk fills up to its last pages, event rows as big as a mark's among them.
    let fill = |size: usize| {
        format!(
            "INSERT INTO step_event (uuid, learner, lesson_id, lesson_version, step_id,
             outcome, mode, at) VALUES (randomblob(16), 1, 'mobile-payment', 1,
             substr(hex(randomblob({size})), 1, {size}), 'wrong_try', 'practice',
             '2026-11-23T01:30:00.000Z')"
        )
    };
    for size in [400, 40, 8, 1] {
        while room.store.write(|tx| tx.execute(&fill(size), [])).is_ok() {}
    }
    let mut failed = 0;
    for round in 0..40 {
        room.class.status = None;
        room.press(if round % 2 == 0 { ' ' } else { 'h' });
        if room
            .class
            .status
            .as_deref()
            .is_some_and(|s| s.contains("磁盘满了"))
        {
            failed += 1;
        }
        if round % 12 == 11 {
            room.send(Msg::Next);
        }
    }
    assert!(failed > 5, "the full disk refused marks ({failed})");
    assert_eq!(
        disagreeing_cells(&room),
        0,
        "the grid shows only what is saved"
    );
    // Room again: marks are saved and shown.
    room.store
        .set_pragma_for_tests("max_page_count", 1 << 30)
        .unwrap();
    room.class.status = None;
    room.press(' ');
    assert_eq!(room.class.status, None);
    assert_eq!(disagreeing_cells(&room), 0);
    assert!(room.count("SELECT count(*) FROM step_event") > 0);
}

#[test]
fn the_class_sheet_is_written_from_the_store() {
    let mut room = Room::started(3, 3);
    room.send(Msg::Confirm);
    room.press('e');
    // The screen told a mark the store does not hold (as a failed save once left it).
    room.send(Msg::Next);
    room.press('g');
    room.class.update(Msg::Mark(zhulao::class::Mark::Done));
    assert_eq!(room.class.mark(0, 1), Some(zhulao::class::Mark::Done));
    room.class.stage = Stage::Summary;
    room.send(Msg::Export);
    let status = room.class.status.clone().unwrap();
    let path = status
        .split(['：', ' '])
        .find(|p| p.ends_with(".xlsx"))
        .unwrap_or_else(|| panic!("{status}"))
        .to_string();
    use calamine::{Reader, open_workbook_auto};
    let mut book = open_workbook_auto(&path).unwrap();
    let sheet = book.worksheet_range_at(0).unwrap().unwrap();
    let done = zhulao::i18n::Lang::Zh.text().ui.status_done;
    let marked: usize = sheet
        .rows()
        .skip(1)
        .map(|r| r.iter().filter(|c| *c == done).count())
        .sum();
    assert_eq!(marked, 3, "step 1 for all three, and not the unsaved mark");
}
