//! Export speed: 100,000 learner-lesson rows (10,000 learners × 10 lessons, three columns
//! each) to CSV (target under 0.5 s) and XLSX (target under 3 s).
//! Run with `cargo bench --bench export`.

use std::hint::black_box;

use chrono::NaiveDate;
use criterion::{Criterion, criterion_group, criterion_main};
use zhulao::export::{Cell, Sheet, csv_out, xlsx_out};

fn sheet() -> Sheet {
    let mut header = vec!["学员号".to_string(), "姓名".to_string()];
    for l in 0..10 {
        header.extend([
            format!("第{l}课·状态"),
            format!("第{l}课·已完成步数"),
            format!("第{l}课·最近学习"),
        ]);
    }
    let date = NaiveDate::from_ymd_opt(2026, 11, 20).unwrap();
    let rows = (0..10_000)
        .map(|i| {
            let mut row = vec![
                Cell::Text(format!("{}", 100_000 + i)),
                Cell::Text(format!("学员{i}")),
            ];
            for l in 0..10 {
                row.extend([
                    Cell::Text("学习中".into()),
                    Cell::Number(f64::from((i + l) % 11)),
                    Cell::Date(date),
                ]);
            }
            row
        })
        .collect();
    Sheet {
        name: "学员进度".into(),
        header,
        rows,
    }
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
