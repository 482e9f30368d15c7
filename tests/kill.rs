//! Kill test: a child process records events in a loop and is killed with SIGKILL at
//! varied moments, 100 times (half of them once it has reported one to four committed
//! events). Every event it reported as committed must be there, and the database must
//! pass `PRAGMA integrity_check`.

mod common;

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};
use std::time::Duration;

use zhulao::lesson::model::StepId;
use zhulao::progress::{LearnerId, Mode, Outcome, StepEvent, Store};

const CHILD_ENV: &str = "ZHULAO_KILL_TEST_CHILD";

/// In the child: record events forever, printing each uuid once it is committed.
#[test]
fn child_writer() {
    let Some(dir) = std::env::var_os(CHILD_ENV) else {
        return;
    };
    let lesson = common::example_lesson();
    let mut store = Store::open(std::path::Path::new(&dir), chrono::Utc::now()).unwrap();
    let learner = match store.learners().unwrap().first() {
        Some(l) => l.id,
        None => {
            store
                .add_learner("王秀英", None, chrono::Utc::now())
                .unwrap()
                .id
        }
    };
    let mut n = 0u64;
    loop {
        n += 1;
        let e = StepEvent {
            learner: LearnerId(learner.0),
            lesson: lesson.id.clone(),
            lesson_version: lesson.version,
            step: StepId::new_for_tests("open-scan"),
            outcome: if n % 3 == 0 {
                Outcome::Done
            } else {
                Outcome::WrongTry
            },
            mode: Mode::Kiosk,
            session: None,
            seconds: 1,
            at: chrono::Utc::now(),
        };
        let uuid = store.record_step(&e).unwrap();
        println!("{}", uuid.simple());
    }
}

#[test]
fn no_committed_event_is_lost_on_sigkill() {
    if std::env::var_os(CHILD_ENV).is_some() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let exe = std::env::current_exe().unwrap();
    let mut reported: Vec<String> = Vec::new();
    let mut at_least = 0;
    let mut seed: u64 = 0x2545_f491_4f6c_dd1d;
    for round in 0..100 {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        let mut child = Command::new(&exe)
            .args(["--exact", "child_writer", "--nocapture", "--test-threads=1"])
            .env(CHILD_ENV, dir.path())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
        let is_uuid = |l: &String| l.len() == 32 && l.bytes().all(|b| b.is_ascii_hexdigit());
        // Every other round waits for one to four committed events (lines on the child's
        // stdout) before the kill, so it lands while writing goes on; however busy the
        // machine, nothing here waits for a guessed time. The other rounds are killed at
        // any moment, during start-up too, and need not have written anything.
        let mut seen = Vec::new();
        if round % 2 == 0 {
            let wanted = 1 + (seed % 4) as usize;
            seen.extend(
                lines
                    .by_ref()
                    .map_while(Result::ok)
                    .filter(is_uuid)
                    .take(wanted),
            );
            assert_eq!(
                seen.len(),
                wanted,
                "the child stopped before writing {wanted}"
            );
            at_least += wanted;
        } else {
            std::thread::sleep(Duration::from_millis(seed % 60));
        }
        child.kill().unwrap();
        child.wait().unwrap();
        // What it printed before it died: all of it committed.
        seen.extend(lines.map_while(Result::ok).filter(is_uuid));
        reported.extend(seen);
    }
    assert!(
        reported.len() >= at_least && at_least >= 50,
        "only {} events were reported, {at_least} were waited for",
        reported.len()
    );
    let conn = rusqlite::Connection::open(dir.path().join("zhulao.db")).unwrap();
    let check: String = conn
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .unwrap();
    assert_eq!(check, "ok");
    let mut stmt = conn
        .prepare("SELECT count(*) FROM step_event WHERE hex(uuid) = upper(?1)")
        .unwrap();
    for uuid in &reported {
        let n: i64 = stmt.query_row([uuid], |r| r.get(0)).unwrap();
        assert_eq!(n, 1, "event {uuid} was reported committed but is missing");
    }
}
