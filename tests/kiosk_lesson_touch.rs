//! A senior at a touchscreen kiosk, by taps alone: signs in with the code on her learner
//! card and finishes the mobile-payment lesson — every step, the type step on the phone's
//! number pad, every check question — at 80×24, at 40×15 (huge fonts) and at 120×40.
//! Her record then says the lesson is finished.

mod kiosk_common;
mod touch_common;

use kiosk_common::{CODE, driver, t};
use touch_common::Finger;
use zhulao::progress::{LessonStatus, Store};

#[test]
fn a_learner_signs_in_and_finishes_mobile_payment_by_taps_alone() {
    for size in [(80, 24), (40, 15), (120, 40)] {
        let (d, dir) = driver();
        let mut finger = Finger::new(d, size, CODE, "mobile-payment", t(0));
        finger.finish(400);
        let taps = finger.taps;
        let k = &finger.d.program;
        assert!(k.player().is_none(), "{size:?}: the lesson was closed");
        // What the store says, read back from the file.
        drop(finger);
        let store = Store::open(dir.path(), t(3600)).unwrap();
        let learner = store.learner_by_code(CODE).unwrap();
        let library = zhulao::lesson::Library::load(&[]);
        let lesson = &library.get("mobile-payment").unwrap().lesson;
        let p = &store.progress(learner.id, &[lesson]).unwrap()[0];
        assert_eq!(p.status, LessonStatus::Completed, "{size:?}");
        assert_eq!(p.steps_done, lesson.steps.len(), "{size:?}");
        eprintln!("{size:?}: {taps} taps");
    }
}

#[test]
fn finish_practising_is_a_button_inside_a_lesson_too() {
    use zhulao::kiosk::{Msg, Screen};
    use zhulao::player::Msg as P;
    for size in [(80, 24), (40, 15), (120, 40)] {
        let (d, _dir) = driver();
        let mut finger = Finger::new(d, size, CODE, "mobile-payment", t(0));
        while finger.d.program.player().is_none() {
            finger.draw();
            let at = finger.next().expect("on the way into the lesson");
            finger.tap(at);
        }
        let screen = finger.draw();
        insta::assert_snapshot!(format!("lesson_{}x{}", size.0, size.1), screen);
        let (r, _) = *finger
            .d
            .hits
            .iter()
            .find(|(_, m)| *m == Msg::Player(P::EndVisit))
            .unwrap_or_else(|| panic!("{size:?}: no 结束练习 in the lesson"));
        // At 40×15 seven buttons take two lines of the bar, one row each (a row there is
        // nearly as tall as two at 80×24 on the same screen).
        assert!(r.height >= 2 || size.0 < 80, "{size:?}: {r:?}");
        finger.tap((r.x + r.width / 2, r.y));
        assert_eq!(finger.d.program.screen, Screen::Welcome, "{size:?}");
        assert!(finger.d.program.session.is_none());
    }
}
