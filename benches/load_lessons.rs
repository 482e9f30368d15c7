//! Loading and checking 1,000 lesson files from disk (target: well under a second).
//!
//! Run with `cargo bench --bench load_lessons`. Each generated lesson has 10 steps with a
//! screen, a task and a hint, and 5 check questions (about 6 KB, like a real lesson).

use std::hint::black_box;
use std::path::Path;

use criterion::{Criterion, criterion_group, criterion_main};
use zhulao::lesson::{Library, check_paths};

#[path = "../bench/lesson_text.rs"]
mod generated;

const FILES: usize = 1000;

fn lesson_text(n: usize) -> String {
    generated::lesson_text(&format!("generated-{n}"), n, "掌上金融")
}

fn write_lessons(dir: &Path) {
    for n in 0..FILES {
        std::fs::write(dir.join(format!("lesson-{n:04}.toml")), lesson_text(n)).unwrap();
    }
}

fn bench(c: &mut Criterion) {
    let dir = tempfile::tempdir().unwrap();
    write_lessons(dir.path());
    let dirs = vec![dir.path().to_path_buf()];
    let checked = check_paths(&dirs);
    assert_eq!(checked.len(), FILES);
    assert!(
        checked.iter().all(|(_, r)| r.is_ok()),
        "generated lessons must be valid"
    );

    let mut group = c.benchmark_group("1000 lesson files");
    group.sample_size(20);
    group.bench_function("lesson check (read + parse + validate)", |b| {
        b.iter(|| black_box(check_paths(&dirs)))
    });
    group.bench_function("Library::load (bundled + folder)", |b| {
        b.iter(|| black_box(Library::load(&dirs)))
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
