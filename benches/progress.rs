//! Progress store figures: one event recorded in its own durable transaction, and the
//! progress table of 10,000 learners × 10 lessons derived from 1,000,000 events (target
//! under 300 ms). Run with `cargo bench --bench progress`.

use std::fmt::Write as _;
use std::hint::black_box;

use chrono::Utc;
use criterion::{Criterion, criterion_group, criterion_main};
use zhulao::lesson::model::StepId;
use zhulao::lesson::{Lesson, parse_lesson};
use zhulao::progress::{Mode, Outcome, StepEvent, Store};

const LEARNERS: i64 = 10_000;
const LESSONS: usize = 10;
const STEPS: usize = 10;
const EVENTS: usize = 1_000_000;

fn lesson(n: usize) -> Lesson {
    let mut t = format!(
        "format_version = 1\nid = \"bench-{n}\"\nversion = 1\ntitle = \"第 {n} 课\"\nsummary = \"测试\"\n\
         category = \"掌上金融\"\nlevel = \"入门\"\nestimated_minutes = 10\n"
    );
    for s in 0..STEPS {
        let _ = write!(
            t,
            "\n[[steps]]\nid = \"s{s}\"\ntitle = \"第 {s} 步\"\ninstruction = \"看一看。\"\n"
        );
    }
    parse_lesson("bench", t.as_bytes()).unwrap()
}

fn fill(store: &mut Store, lessons: &[Lesson]) {
    let now = Utc::now();
    store
        .write(|tx| {
            let mut add = tx.prepare("INSERT INTO learner (uuid, display_name, code, created) VALUES (?1, ?2, ?3, ?4)")?;
            for i in 0..LEARNERS {
                add.execute(rusqlite::params![uuid::Uuid::new_v4().as_bytes().as_slice(), format!("学员{i}"), format!("{}", 100_000 + i), "2026-11-01T00:00:00.000Z"])?;
            }
            let mut ev = tx.prepare(
                "INSERT INTO step_event (uuid, learner, lesson_id, lesson_version, step_id, outcome, mode, seconds, at)
                 VALUES (?1, ?2, ?3, 1, ?4, ?5, 'class', 30, ?6)",
            )?;
            let mut x: u64 = 0x9e37_79b9_7f4a_7c15;
            for n in 0..EVENTS {
                x ^= x << 13;
                x ^= x >> 7;
                x ^= x << 17;
                let learner = (x % LEARNERS as u64) as i64 + 1;
                let lesson = &lessons[(x >> 20) as usize % LESSONS];
                let step = format!("s{}", (x >> 32) as usize % STEPS);
                let outcome = ["done", "done", "wrong_try", "needs_help", "skipped"][(x >> 40) as usize % 5];
                let at = format!("2026-11-{:02}T09:{:02}:{:02}.000Z", 1 + n % 28, n % 60, (n / 60) % 60);
                ev.execute(rusqlite::params![uuid::Uuid::new_v4().as_bytes().as_slice(), learner, lesson.id.as_str(), step, outcome, at])?;
            }
            Ok(())
        })
        .unwrap();
    let _ = now;
    store.rebuild_state(None).unwrap();
}

fn bench(c: &mut Criterion) {
    let dir = tempfile::tempdir().unwrap();
    let lessons: Vec<Lesson> = (0..LESSONS).map(lesson).collect();
    let mut store = Store::open(dir.path(), Utc::now()).unwrap();
    let learner = store.add_learner("王秀英", None, Utc::now()).unwrap();

    let mut group = c.benchmark_group("progress store");
    group.sample_size(50);
    group.bench_function("record one event (durable transaction)", |b| {
        b.iter(|| {
            let e = StepEvent {
                learner: learner.id,
                lesson: lessons[0].id.clone(),
                lesson_version: 1,
                step: StepId::new_for_tests("s1"),
                outcome: Outcome::Done,
                mode: Mode::Kiosk,
                session: None,
                seconds: 5,
                at: Utc::now(),
            };
            black_box(store.record_step(&e).unwrap())
        })
    });
    group.finish();

    fill(&mut store, &lessons);
    let mut group = c.benchmark_group("progress table");
    group.sample_size(10);
    group.bench_function("10,000 learners x 10 lessons from 1,000,000 events", |b| {
        b.iter(|| {
            let lessons: Vec<&Lesson> = lessons.iter().collect();
            let table = store.progress_table(&lessons).unwrap();
            let completed: usize = table
                .values()
                .flatten()
                .filter(|p| p.steps_done == STEPS)
                .count();
            black_box((table.len(), completed))
        })
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
