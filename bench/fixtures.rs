//! Makes the large start-up fixture for `bench/run`, through zhulao's own code: a data
//! folder whose `lessons/` holds LESSONS extra lesson files (about 6 KB each, like a real
//! lesson) and whose progress database, created and migrated by `Store::open`, holds
//! LEARNERS learners and EVENTS step events, with the derived state rebuilt by the store.
//! The first learner (code 100000) also finishes the first 21 lessons, every step done,
//! so there is a full certificate to make (`bench/run` times one).
//!
//! ```text
//! cargo run --release --example bench_fixtures -- DATA_DIR [LESSONS LEARNERS EVENTS]
//! ```
//! Defaults: 500 lessons, 10,000 learners, 1,000,000 events. Refuses a folder that already
//! holds a database.
//!
//! `ZHULAO_BENCH_KIOSK=SHARE` (a fraction, e.g. 0.8) makes that share of the EVENTS kiosk
//! practice instead of class marks: visits at the site `基准社区` with their steps and
//! answers, written as the kiosk writes them (bench/kiosk_practice.rs).

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use chrono::Utc;
use zhulao::lesson::{Lesson, Library};
use zhulao::progress::Store;
use zhulao::progress::store::db_path;

#[path = "lesson_text.rs"]
mod generated;
#[path = "kiosk_practice.rs"]
mod kiosk;

/// The environment variable with the kiosk practice's share of the events.
const KIOSK_ENV: &str = "ZHULAO_BENCH_KIOSK";
/// The site the kiosk visits are at (`bench/district` sets the machine up there).
const SITE: &str = "基准社区";

/// Extra lesson `n`, in one of six categories.
fn lesson_text(n: usize) -> String {
    let category = [
        "掌上金融",
        "智慧出行",
        "智慧医疗",
        "防诈骗",
        "社交通讯",
        "基础操作",
    ][n % 6];
    generated::lesson_text(&format!("extra-{n:04}"), n, category)
}

/// Learners and events, written the way the store writes: one `BEGIN IMMEDIATE`
/// transaction through `Store::write` (one transaction for the lot, or this takes hours),
/// then the derived per-lesson state rebuilt by `Store::rebuild_state`. `kiosk_events` of
/// the `events` are kiosk practice; returns what that wrote.
fn fill(
    store: &mut Store,
    lessons: &[Lesson],
    learners: i64,
    events: usize,
    kiosk_events: usize,
) -> kiosk::Practice {
    let practice = store
        .write(|tx| {
            let mut add = tx.prepare(
                "INSERT INTO learner (uuid, display_name, code, created) VALUES (?1, ?2, ?3, ?4)",
            )?;
            for i in 0..learners {
                add.execute(rusqlite::params![
                    uuid::Uuid::new_v4().as_bytes().as_slice(),
                    format!("学员{i}"),
                    format!("{}", 100_000 + i),
                    "2026-11-01T00:00:00.000Z"
                ])?;
            }
            let mut ev = tx.prepare(
                "INSERT INTO step_event (uuid, learner, lesson_id, lesson_version, step_id, outcome, mode, seconds, at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, 'class', 30, ?7)",
            )?;
            let mut rng = kiosk::Rng::new(0x9e37_79b9_7f4a_7c15);
            let events = if learners > 0 { events - kiosk_events } else { 0 };
            for n in 0..events {
                let x = rng.next();
                let learner = (x % learners as u64) as i64 + 1;
                let lesson = &lessons[(x >> 20) as usize % lessons.len()];
                let step = &lesson.steps[(x >> 32) as usize % lesson.steps.len()];
                let outcome =
                    ["done", "done", "wrong_try", "needs_help", "skipped"][(x >> 40) as usize % 5];
                let at = format!(
                    "2026-11-{:02}T09:{:02}:{:02}.000Z",
                    1 + n % 28,
                    n % 60,
                    (n / 60) % 60
                );
                ev.execute(rusqlite::params![
                    uuid::Uuid::new_v4().as_bytes().as_slice(),
                    learner,
                    lesson.id.as_str(),
                    lesson.version,
                    step.id.as_str(),
                    outcome,
                    at
                ])?;
            }
            if learners > 0 {
                // As many lessons as one certificate page holds.
                for (l, lesson) in lessons.iter().take(21).enumerate() {
                    for (s, step) in lesson.steps.iter().enumerate() {
                        let at = format!("2026-11-29T{:02}:{:02}:00.000Z", l % 24, s % 60);
                        ev.execute(rusqlite::params![
                            uuid::Uuid::new_v4().as_bytes().as_slice(),
                            1,
                            lesson.id.as_str(),
                            lesson.version,
                            step.id.as_str(),
                            "done",
                            at
                        ])?;
                    }
                }
            }
            kiosk::write(tx, lessons, learners, kiosk_events, SITE)
        })
        .expect("writing the events");
    store.rebuild_state(None).expect("rebuilding the state");
    practice
}

/// The kiosk share of `events` from [`KIOSK_ENV`] (none when unset).
fn kiosk_events(events: usize) -> Result<usize, String> {
    let Ok(text) = std::env::var(KIOSK_ENV) else {
        return Ok(0);
    };
    match text.trim().parse::<f64>() {
        Ok(share) if (0.0..=1.0).contains(&share) => Ok((events as f64 * share).round() as usize),
        _ => Err(format!(
            "{KIOSK_ENV} must be a share from 0 to 1, not {text:?}"
        )),
    }
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(data) = args.first().map(PathBuf::from) else {
        eprintln!("usage: bench_fixtures DATA_DIR [LESSONS LEARNERS EVENTS]");
        return ExitCode::from(2);
    };
    let number = |i: usize, default: usize| {
        args.get(i)
            .map_or(Ok(default), |s| s.replace('_', "").parse::<usize>())
            .unwrap_or_else(|_| panic!("argument {i} must be a number"))
    };
    let (lesson_count, learners, events) = (
        number(1, 500),
        number(2, 10_000) as i64,
        number(3, 1_000_000),
    );
    let kiosk_events = match kiosk_events(events) {
        Ok(n) => n,
        Err(message) => {
            eprintln!("{message}");
            return ExitCode::from(2);
        }
    };
    if db_path(&data).exists() {
        eprintln!("{} already holds a database", data.display());
        return ExitCode::FAILURE;
    }
    let lessons_dir = zhulao::data_dir::lessons_dir(&data);
    std::fs::create_dir_all(&lessons_dir).expect("creating the lessons folder");
    for n in 0..lesson_count {
        let path = lessons_dir.join(format!("extra-{n:04}.toml"));
        std::fs::write(path, lesson_text(n)).expect("writing a lesson");
    }
    let library = Library::load(&[lessons_dir]);
    assert!(
        library.broken.is_empty(),
        "generated lessons must load: {:?}",
        library.broken.first()
    );
    let lessons: Vec<Lesson> = library.lessons.into_iter().map(|l| l.lesson).collect();
    let mut store = Store::open(&data, Utc::now()).expect("creating the database");
    let practice = fill(&mut store, &lessons, learners, events, kiosk_events);
    drop(store);
    println!(
        "{}: {} lessons ({lesson_count} extra), {learners} learners, {events} events, database {} MB",
        data.display(),
        lessons.len(),
        size_mb(&db_path(&data))
    );
    if kiosk_events > 0 {
        println!(
            "  of them kiosk practice: {} visits, {} step events, {} answers",
            practice.visits, practice.steps, practice.answers
        );
    }
    ExitCode::SUCCESS
}

fn size_mb(path: &Path) -> u64 {
    std::fs::metadata(path).map_or(0, |m| m.len() / 1_000_000)
}
