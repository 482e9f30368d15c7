//! CSV: UTF-8 with a byte-order mark so Excel and WPS show Chinese correctly.

use super::safe::csv_text;
use super::{Cell, Sheet};

/// The sheet as CSV bytes, BOM first.
pub fn to_bytes(sheet: &Sheet) -> std::io::Result<Vec<u8>> {
    let mut out = "\u{feff}".as_bytes().to_vec();
    {
        let mut w = csv::WriterBuilder::new().from_writer(&mut out);
        w.write_record(sheet.header.iter().map(|h| csv_text(h)))?;
        for row in &sheet.rows {
            let record: Vec<String> = row
                .iter()
                .map(|c| match c {
                    Cell::Text(t) => csv_text(t),
                    Cell::Number(n) => format_number(*n),
                    Cell::Date(d) => d.format("%Y-%m-%d").to_string(),
                    Cell::Empty => String::new(),
                })
                .collect();
            w.write_record(&record)?;
        }
        w.flush()?;
    }
    Ok(out)
}

fn format_number(n: f64) -> String {
    if n.fract() == 0.0 && n.abs() < 1e15 {
        format!("{}", n as i64)
    } else {
        format!("{n}")
    }
}
