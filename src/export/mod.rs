//! Exports for coordinators: progress sheets as CSV (UTF-8 with BOM, so Excel and WPS read
//! Chinese) and XLSX. Every text cell is protected against formula injection, and a file
//! is replaced atomically so a failed export never leaves half a file.

pub mod activity;
pub mod book;
pub mod cards;
pub mod certificate;
pub mod csv_out;
pub mod dates;
pub mod handout;
pub mod html_page;
pub mod learner;
pub mod progress;
pub mod safe;
pub mod stats;
mod xlsx_formats;
pub mod xlsx_out;
pub mod xlsx_print;

use std::io::{self, Write};
use std::path::Path;

use chrono::NaiveDate;

use crate::fsio::{Access, write_atomically_with};
use crate::i18n::Lang;
use book::{Sink, Table};

/// One cell of an exported table.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    /// Text; one a spreadsheet could take as a formula is written so it stays text.
    Text(String),
    /// A figure the spreadsheet can calculate with.
    Number(f64),
    /// A figure to one decimal, shown with it always (3.0, not 3) in every file and on
    /// the terminal: hours to 0.1 h, a mean score.
    OneDecimal(f64),
    /// A date, written as year-month-day.
    Date(NaiveDate),
    /// A cell left blank.
    Empty,
}

/// One sheet: a header row and data rows.
#[derive(Debug, Clone, PartialEq)]
pub struct Sheet {
    /// The sheet's name (the tab in a workbook).
    pub name: String,
    /// The column headings.
    pub header: Vec<String>,
    /// The rows, each a cell per column.
    pub rows: Vec<Vec<Cell>>,
}

/// The export formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// 逗号分隔的文本，只有第一张表 / Comma-separated text (UTF-8 with BOM), first sheet only.
    Csv,
    /// Excel 表格，Excel、WPS 都能打开 / An Excel workbook, which Excel and WPS open.
    Xlsx,
}

impl Format {
    /// The format a file name asks for: `.csv` is CSV, `.xlsx` is XLSX; None for others.
    pub fn of_path(path: &Path) -> Option<Format> {
        let ext = path.extension()?.to_str()?;
        if ext.eq_ignore_ascii_case("csv") {
            Some(Format::Csv)
        } else if ext.eq_ignore_ascii_case("xlsx") {
            Some(Format::Xlsx)
        } else {
            None
        }
    }

    /// The name as `--format` takes it.
    pub fn name(self) -> &'static str {
        match self {
            Format::Csv => "csv",
            Format::Xlsx => "xlsx",
        }
    }
}

/// Where an export goes: a file, or standard output (`-o -`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    /// Standard output, for `-o -`.
    Stdout,
    /// A file, replaced whole.
    File(std::path::PathBuf),
}

impl Target {
    /// The target `-o` names: `-` is standard output.
    pub fn new(path: &Path) -> Target {
        if path.as_os_str() == "-" {
            Target::Stdout
        } else {
            Target::File(path.to_path_buf())
        }
    }

    /// The format to write: the one asked for, else the file name's, else XLSX for a file
    /// and CSV (text) for standard output. `Err` with the name's format when they differ.
    pub fn format(&self, asked: Option<Format>) -> Result<Format, Format> {
        let named = match self {
            Target::File(path) => Format::of_path(path),
            Target::Stdout => None,
        };
        match (asked, named) {
            (Some(a), Some(n)) if a != n => Err(n),
            (Some(a), _) => Ok(a),
            (None, Some(n)) => Ok(n),
            (None, None) if *self == Target::Stdout => Ok(Format::Csv),
            (None, None) => Ok(Format::Xlsx),
        }
    }

    /// Writes `bytes` there: a file atomically, standard output as they are.
    pub fn write_bytes(
        &self,
        bytes: &[u8],
        stdout: &mut dyn std::io::Write,
    ) -> std::io::Result<()> {
        match self {
            Target::File(path) => write_atomically(path, bytes),
            Target::Stdout => stdout.write_all(bytes).and_then(|()| stdout.flush()),
        }
    }
}

/// Writes `bytes` to `path` atomically (the same as every file the program writes).
pub use crate::fsio::write_atomically;

/// The sheets as the bytes of a file in `format` (CSV holds the first sheet only).
pub fn to_bytes(sheets: &[Sheet], format: Format) -> std::io::Result<Vec<u8>> {
    match format {
        Format::Csv => csv_out::to_bytes(
            sheets
                .first()
                .ok_or_else(|| std::io::Error::other("no sheet"))?,
        ),
        Format::Xlsx => xlsx_out::to_bytes(sheets).map_err(std::io::Error::other),
    }
}

/// Writes the sheets in `format` to `path` (CSV holds the first sheet only).
pub fn write(sheets: &[Sheet], format: Format, path: &Path) -> std::io::Result<()> {
    write_atomically(path, &to_bytes(sheets, format)?)
}

/// Writes `tables` as `format` to `target`, with the rows `fill` gives the sink; returns
/// what `fill` returns. A file is replaced whole only when everything succeeded.
pub fn write_tables<T>(
    tables: &[Table],
    format: Format,
    target: &Target,
    stdout: &mut dyn Write,
    lang: Lang,
    fill: impl FnOnce(&mut dyn Sink) -> io::Result<T>,
) -> io::Result<T> {
    let first = tables.first().ok_or_else(|| io::Error::other("no table"))?;
    match format {
        Format::Csv => {
            let mut fill = Some(fill);
            let mut value = None;
            let mut write = |w: &mut dyn Write| -> io::Result<()> {
                let mut sink = csv_out::CsvSink::new(w, first)?;
                if let Some(f) = fill.take() {
                    value = Some(f(&mut sink)?);
                }
                sink.finish()
            };
            match target {
                Target::File(path) => write_atomically_with(path, Access::Owner, |f| write(f))?,
                Target::Stdout => write(stdout)?,
            }
            value.ok_or_else(|| io::Error::other("nothing written"))
        }
        Format::Xlsx => {
            let mut sink = xlsx_out::XlsxSink::new(tables, lang)?;
            let value = fill(&mut sink)?;
            match target {
                Target::File(path) => write_atomically_with(path, Access::Owner, |f| sink.save(f))?,
                Target::Stdout => {
                    let bytes = sink.into_bytes()?;
                    stdout.write_all(&bytes)?;
                    stdout.flush()?;
                }
            }
            Ok(value)
        }
    }
}

/// Writes sheets whose rows are all in memory.
pub fn write_sheets(
    tables: &[(Table, Vec<Vec<Cell>>)],
    format: Format,
    target: &Target,
    stdout: &mut dyn Write,
    lang: Lang,
) -> io::Result<()> {
    let only: Vec<Table> = tables.iter().map(|(t, _)| t.clone()).collect();
    write_tables(&only, format, target, stdout, lang, |sink| {
        for (i, (_, rows)) in tables.iter().enumerate() {
            for row in rows {
                sink.row(i, row)?;
            }
        }
        Ok(())
    })
}

/// Where exports started from the screens go: `exports/` in the data folder, with a
/// dated name that does not overwrite an earlier export of the same day.
pub fn screen_export_path(
    data_dir: &Path,
    stem: &str,
    now: chrono::NaiveDateTime,
) -> std::path::PathBuf {
    let dir = data_dir.join("exports");
    let stem: String = stem
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || c == '-' {
                c
            } else {
                '_'
            }
        })
        .collect();
    dir.join(format!("{stem}-{}.xlsx", now.format("%Y%m%d-%H%M%S")))
}

/// Writes sheets as XLSX to `path`, creating its folder.
pub fn write_xlsx_creating(sheets: &[Sheet], path: &Path) -> std::io::Result<()> {
    if let Some(dir) = path.parent() {
        crate::data_dir::create_private_dir(dir)?;
    }
    write(sheets, Format::Xlsx, path)
}

/// A progress sheet of `learners` × 10 lessons (three columns each) with made-up values,
/// for the export bench and the peak-memory example.
#[doc(hidden)]
pub fn sample_progress_sheet(learners: u32) -> Sheet {
    let mut header = vec!["学员号".to_string(), "姓名".to_string()];
    for l in 0..10 {
        header.extend([
            format!("第{l}课·状态"),
            format!("第{l}课·已完成步数"),
            format!("第{l}课·最近学习"),
        ]);
    }
    let date = NaiveDate::from_ymd_opt(2026, 11, 20).unwrap_or_default();
    let rows = (0..learners)
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
