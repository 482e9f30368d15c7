//! The same learner as in `kiosk_lesson_touch`, on the real binary in a real pseudo-terminal
//! (tmux): every tap is sent as the SGR mouse report a touchscreen terminal sends. A
//! kiosk in the test process, fed the same taps, says where to tap next; after each tap
//! the real screen must show exactly what the test's kiosk draws. Skipped, with the
//! reason printed, without tmux.

mod kiosk_common;
mod touch_common;
mod tty_common;

use kiosk_common::{CODE, NAME, PIN, driver, t};
use touch_common::Finger;
use tty_common::{Tmux, tmux_missing};
use zhulao::progress::{LessonStatus, Store};

/// The screen as tmux shows it, trailing blanks trimmed.
fn shown(tmux: &Tmux) -> String {
    let text = tmux.screen();
    let lines: Vec<&str> = text.lines().map(str::trim_end).collect();
    lines.join("\n").trim_end().to_string()
}

fn finish_in_tmux(size: (u16, u16)) {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let mut store = Store::open(&data, t(0)).unwrap();
    store.add_learner(NAME, Some(CODE), t(0)).unwrap();
    drop(store);
    tty_common::set_pin(&data, PIN);
    let args = "kiosk --no-read-aloud --site 拱墅区图书馆 --idle-timeout 180";
    let tmux = tty_common::start_sized(dir.path(), args, &[], size);

    let (d, _shadow_dir) = driver();
    let mut finger = Finger::new(d, size, CODE, "mobile-payment", t(0));
    let mut expect = finger.draw().trim_end().to_string();
    tmux.wait_for("the welcome screen", |t| shown(t) == expect);
    while let Some((x, y)) = finger.next() {
        assert!(finger.taps < 400, "not finished after 400 taps");
        finger.tap((x, y));
        tmux.tap(x, y);
        expect = finger.draw().trim_end().to_string();
        tmux.wait_for(
            &format!("tap {} at {x},{y} to show:\n{expect}", finger.taps),
            |t| shown(t) == expect,
        );
        // A new step ignores taps for a moment (so a double tap moves one step only): the
        // next tap waits that long after the screen has shown what this one did.
        std::thread::sleep(zhulao::player::sitting::SETTLE.to_std().unwrap());
    }
    // "结束练习", then the staff PIN ends the kiosk; the record says the lesson is done.
    let (x, y) = finger.sign_out().expect("结束练习 is on the screen");
    tmux.tap(x, y);
    tmux.wait_for("the welcome screen", |t| t.screen().contains("开始"));
    tmux.send(&["F12"]);
    tmux.wait_for("the PIN prompt", |t| t.screen().contains("工作人员"));
    tmux.send(&[PIN, "Enter"]);
    tmux.wait_for("the kiosk to end", |t| t.pane("#{pane_dead}") == "1");
    let store = Store::open(&data, t(3600)).unwrap();
    let learner = store.learner_by_code(CODE).unwrap();
    let library = zhulao::lesson::Library::load(&[]);
    let lesson = &library.get("mobile-payment").unwrap().lesson;
    let p = &store.progress(learner.id, &[lesson]).unwrap()[0];
    assert_eq!(p.status, LessonStatus::Completed, "{size:?}");
}

#[test]
fn a_learner_finishes_mobile_payment_by_taps_in_a_real_terminal_at_80x24() {
    if !tmux_missing() {
        finish_in_tmux((80, 24));
    }
}

#[test]
fn a_learner_finishes_mobile_payment_by_taps_in_a_real_terminal_at_40x15() {
    if !tmux_missing() {
        finish_in_tmux((40, 15));
    }
}
