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
