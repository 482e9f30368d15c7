//! `data backup` under load (issue 22, item 5): while another process writes as fast as
//! it can, the backup finishes, holds what was committed before it began, and only the
//! whole copy ever lies under the final name.

mod common;

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};

use zhulao::lesson::model::StepId;
use zhulao::progress::{LearnerId, Mode, Outcome, StepEvent, Store};

fn writer(dir: std::path::PathBuf, stop: Arc<AtomicBool>, written: Arc<AtomicUsize>) {
    let lesson = common::example_lesson();
    let mut store = Store::open(&dir, chrono::Utc::now()).unwrap();
    let learner = store.learners().unwrap()[0].id;
    while !stop.load(Ordering::SeqCst) {
        store
            .record_step(&StepEvent {
                learner: LearnerId(learner.0),
                lesson: lesson.id.clone(),
                lesson_version: lesson.version,
                step: StepId::new_for_tests("open-scan"),
                outcome: Outcome::WrongTry,
                mode: Mode::Kiosk,
                session: None,
                seconds: 1,
                at: chrono::Utc::now(),
            })
            .unwrap();
        written.fetch_add(1, Ordering::SeqCst);
    }
}

#[test]
fn a_backup_finishes_while_writes_go_on_and_is_whole() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    Store::open(&data, chrono::Utc::now())
        .unwrap()
        .add_learner("王秀英", None, chrono::Utc::now())
        .unwrap();
    let stop = Arc::new(AtomicBool::new(false));
    let written = Arc::new(AtomicUsize::new(0));
    let writers: Vec<_> = (0..2)
        .map(|_| {
            let (d, s, w) = (data.clone(), stop.clone(), written.clone());
            std::thread::spawn(move || writer(d, s, w))
        })
        .collect();
    // Writing is under way before the first backup.
    while written.load(Ordering::SeqCst) < 50 {
        std::thread::yield_now();
    }
    let out = dir.path().join("copies");
    for round in 0..5 {
        let before = written.load(Ordering::SeqCst);
        let dest = out.join(format!("b{round}.db"));
        let status = std::process::Command::new(env!("CARGO_BIN_EXE_zhulao"))
            .arg("--data-dir")
            .arg(&data)
            .args(["data", "backup", "-o"])
            .arg(&dest)
            .status()
            .unwrap();
        assert!(status.success());
        let conn = rusqlite::Connection::open(&dest).unwrap();
        let n: i64 = conn
            .query_row("SELECT count(*) FROM step_event", [], |r| r.get(0))
            .unwrap();
        assert!(
            n as usize >= before,
            "the copy holds {n} of {before} committed before it"
        );
        let check: String = conn
            .query_row("PRAGMA integrity_check", [], |r| r.get(0))
            .unwrap();
        assert_eq!(check, "ok");
    }
    stop.store(true, Ordering::SeqCst);
    for w in writers {
        w.join().unwrap();
    }
    let mut names: Vec<String> = std::fs::read_dir(&out)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(names, ["b0.db", "b1.db", "b2.db", "b3.db", "b4.db"]);
}
