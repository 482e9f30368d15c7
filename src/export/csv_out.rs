//! CSV: UTF-8 with a byte-order mark so Excel and WPS show Chinese correctly; the heading
//! lines first, then one header row, the rows and the lines under them. Text is cleaned of
//! control characters, and text a spreadsheet would change (a formula, a code such as
//! 0012, a count such as 4/6) is written so it stays the text it is.

use std::io::{self, Write};

use super::book::{Sink, Table, hours_text, table_of};
use super::safe::csv_text;
use super::{Cell, Sheet};

/// A blank line: two empty cells (one alone would be written as `""`).
const BLANK: [&str; 2] = ["", ""];

/// Writes one table's rows as CSV as they come.
pub struct CsvSink<'a> {
    out: csv::Writer<&'a mut dyn Write>,
    footer: Vec<String>,
}

fn io_error(e: csv::Error) -> io::Error {
    match e.into_kind() {
        csv::ErrorKind::Io(e) => e,
        other => io::Error::other(format!("{other:?}")),
    }
}

impl<'a> CsvSink<'a> {
    /// Starts the file: the BOM, the heading lines (a blank row after them) and the header.
    pub fn new(out: &'a mut dyn Write, table: &Table) -> io::Result<CsvSink<'a>> {
        out.write_all("\u{feff}".as_bytes())?;
        let mut out = csv::WriterBuilder::new().flexible(true).from_writer(out);
        for line in &table.heading {
            out.write_record([csv_text(line)]).map_err(io_error)?;
        }
        if !table.heading.is_empty() {
            out.write_record(BLANK).map_err(io_error)?;
        }
        out.write_record(table.flat_header().iter().map(|h| csv_text(h)))
            .map_err(io_error)?;
        Ok(CsvSink {
            out,
            footer: table.footer.clone(),
        })
    }

    /// Ends the file with the lines under the rows.
    pub fn finish(mut self) -> io::Result<()> {
        if !self.footer.is_empty() {
            self.out.write_record(BLANK).map_err(io_error)?;
        }
        for line in &self.footer {
            self.out.write_record([csv_text(line)]).map_err(io_error)?;
        }
        self.out.flush()
    }
}

impl Sink for CsvSink<'_> {
    fn row(&mut self, table: usize, cells: &[Cell]) -> io::Result<()> {
        if table != 0 {
            return Ok(());
        }
        let record = cells.iter().map(|c| match c {
            Cell::Text(t) => csv_text(t),
            Cell::Number(n) => format_number(*n),
            Cell::OneDecimal(h) => hours_text(*h),
            Cell::Date(d) => d.format("%Y-%m-%d").to_string(),
            Cell::Empty => String::new(),
        });
        self.out.write_record(record).map_err(io_error)
    }
}

/// The sheet as CSV bytes, BOM first (no heading: a plain sheet).
pub fn to_bytes(sheet: &Sheet) -> io::Result<Vec<u8>> {
    let mut bytes = Vec::new();
    let table = table_of(sheet);
    let mut sink = CsvSink::new(&mut bytes, &table)?;
    for row in &sheet.rows {
        sink.row(0, row)?;
    }
    sink.finish()?;
    Ok(bytes)
}

fn format_number(n: f64) -> String {
    if n.fract() == 0.0 && n.abs() < 1e15 {
        format!("{}", n as i64)
    } else {
        format!("{n}")
    }
}
