//! Peak memory of an export: builds the 100,000 learner-lesson rows of the export bench
//! (10,000 learners × 10 lessons) and writes them as CSV or XLSX, once. Run under
//! `/usr/bin/time -v` to read "Maximum resident set size":
//!
//!     cargo build --release --example export_memory
//!     /usr/bin/time -v target/release/examples/export_memory csv /tmp/x.csv
//!     /usr/bin/time -v target/release/examples/export_memory xlsx /tmp/x.xlsx

use chrono::NaiveDate;
use zhulao::export::{Cell, Format, Sheet, write};

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let (format, path) = match args.get(1..3) {
        Some([f, p]) if f == "csv" => (Format::Csv, p.clone()),
        Some([f, p]) if f == "xlsx" => (Format::Xlsx, p.clone()),
        _ => {
            eprintln!("usage: export_memory csv|xlsx FILE");
            std::process::exit(2);
        }
    };
    let mut header = vec!["学员号".to_string(), "姓名".to_string()];
    for l in 0..10 {
        header.extend([
            format!("第{l}课·状态"),
            format!("第{l}课·已完成步数"),
            format!("第{l}课·最近学习"),
        ]);
    }
    let date = NaiveDate::from_ymd_opt(2026, 11, 20).unwrap_or_default();
    let rows = (0..10_000u32)
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
    let sheet = Sheet {
        name: "学员进度".into(),
        header,
        rows,
    };
    let start = std::time::Instant::now();
    if let Err(e) = write(&[sheet], format, std::path::Path::new(&path)) {
        eprintln!("{e}");
        std::process::exit(1);
    }
    println!(
        "wrote {path} in {:.0} ms",
        start.elapsed().as_secs_f64() * 1000.0
    );
}
