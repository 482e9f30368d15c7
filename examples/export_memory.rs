//! Peak memory of an export: builds the 100,000 learner-lesson rows of the export bench
//! (10,000 learners × 10 lessons) and writes them as CSV or XLSX, once. Run under
//! `/usr/bin/time -v` to read "Maximum resident set size":
//!
//!     cargo build --release --example export_memory
//!     /usr/bin/time -v target/release/examples/export_memory csv /tmp/x.csv
//!     /usr/bin/time -v target/release/examples/export_memory xlsx /tmp/x.xlsx

use zhulao::export::{Format, write};

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
    let sheet = zhulao::export::sample_progress_sheet(10_000);
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
