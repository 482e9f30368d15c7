//! Export speed: 100,000 learner-lesson rows (10,000 learners × 10 lessons, three columns
//! each) to CSV (target under 0.5 s) and XLSX (target under 3 s).
//! Run with `cargo bench --bench export`.

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use zhulao::export::{Sheet, csv_out, xlsx_out};

fn sheet() -> Sheet {
    zhulao::export::sample_progress_sheet(10_000)
}

fn bench(c: &mut Criterion) {
    let sheet = sheet();
    let mut group = c.benchmark_group("export 100,000 learner-lesson rows");
    group.sample_size(10);
    group.bench_function("csv", |b| {
        b.iter(|| black_box(csv_out::to_bytes(&sheet).unwrap()))
    });
    group.bench_function("xlsx", |b| {
        b.iter(|| black_box(xlsx_out::to_bytes(std::slice::from_ref(&sheet)).unwrap()))
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
