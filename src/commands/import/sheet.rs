//! Reading a sign-up sheet into rows of text: XLSX, XLS and ODS through calamine, CSV
//! through the csv crate (UTF-8 with or without BOM, or GB18030 as Chinese Excel and WPS
//! save it). Every row keeps the number the spreadsheet program shows for it.

use std::path::{Path, PathBuf};

use calamine::{Data, Reader, open_workbook_auto};

/// One row of the sheet: the number a spreadsheet program shows for it (from 1) and its
/// cells as text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    /// The row number as the spreadsheet shows it.
    pub number: usize,
    /// The cells, as text, from column A.
    pub cells: Vec<String>,
}

impl Row {
    /// The cell in column `col` (from 0), or "" when the row is shorter.
    pub fn cell(&self, col: usize) -> &str {
        self.cells.get(col).map_or("", String::as_str)
    }

    /// True when every cell is blank.
    pub fn is_blank(&self) -> bool {
        self.cells.iter().all(|c| c.trim().is_empty())
    }
}

/// A sheet read from a file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Grid {
    /// The sheet's name in a workbook; None for CSV.
    pub sheet: Option<String>,
    /// Its rows, blank ones included.
    pub rows: Vec<Row>,
}

/// Why a sheet could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReadProblem {
    /// The file is not there or cannot be opened.
    Open(PathBuf, String),
    /// Not a spreadsheet this program reads.
    NotASheet(PathBuf, String),
    /// The workbook has no sheet of this name; the names it has.
    NoSuchSheet(String, Vec<String>),
    /// The sheet holds nothing.
    Empty,
}

/// The text a workbook cell shows: whole numbers without ".0" (phone numbers are often
/// typed as numbers), everything else as calamine writes it.
fn cell_text(d: &Data) -> String {
    match d {
        Data::Float(f) if f.fract() == 0.0 && f.abs() < 1e15 => format!("{}", *f as i64),
        Data::Empty | Data::Error(_) => String::new(),
        other => other.to_string(),
    }
}

/// True when `path` names a CSV (or plain text) file.
fn is_csv(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| e.eq_ignore_ascii_case("csv") || e.eq_ignore_ascii_case("txt"))
}

/// Reads the sheet named `sheet` (or the first one holding anything) of the file.
pub fn read(path: &Path, sheet: Option<&str>) -> Result<Grid, ReadProblem> {
    let grid = if is_csv(path) {
        read_csv(path)?
    } else {
        read_workbook(path, sheet)?
    };
    if grid.rows.iter().all(Row::is_blank) {
        return Err(ReadProblem::Empty);
    }
    Ok(grid)
}

fn read_workbook(path: &Path, sheet: Option<&str>) -> Result<Grid, ReadProblem> {
    if let Err(e) = std::fs::metadata(path) {
        return Err(ReadProblem::Open(path.to_path_buf(), e.to_string()));
    }
    let mut book = open_workbook_auto(path)
        .map_err(|e| ReadProblem::NotASheet(path.to_path_buf(), e.to_string()))?;
    let names = book.sheet_names();
    let chosen: Vec<String> = match sheet {
        Some(want) => match names.iter().find(|n| n.trim() == want.trim()) {
            Some(n) => vec![n.clone()],
            None => return Err(ReadProblem::NoSuchSheet(want.to_string(), names)),
        },
        None => names.clone(),
    };
    for name in chosen {
        let range = book
            .worksheet_range(&name)
            .map_err(|e| ReadProblem::NotASheet(path.to_path_buf(), e.to_string()))?;
        let Some((top, left)) = range.start() else {
            continue;
        };
        let rows: Vec<Row> = range
            .rows()
            .enumerate()
            .map(|(i, cells)| {
                let mut text = vec![String::new(); left as usize];
                text.extend(cells.iter().map(cell_text));
                Row {
                    number: top as usize + i + 1,
                    cells: text,
                }
            })
            .collect();
        if !rows.iter().all(Row::is_blank) {
            return Ok(Grid {
                sheet: Some(name),
                rows,
            });
        }
    }
    Err(ReadProblem::Empty)
}

/// The text of a CSV file's bytes: UTF-8 (a BOM dropped), else GB18030.
fn decode(bytes: &[u8]) -> String {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    match std::str::from_utf8(bytes) {
        Ok(text) => text.to_string(),
        Err(_) => encoding_rs::GB18030.decode(bytes).0.into_owned(),
    }
}

fn read_csv(path: &Path) -> Result<Grid, ReadProblem> {
    let bytes =
        std::fs::read(path).map_err(|e| ReadProblem::Open(path.to_path_buf(), e.to_string()))?;
    Ok(Grid {
        sheet: None,
        rows: csv_rows(&decode(&bytes))
            .map_err(|e| ReadProblem::NotASheet(path.to_path_buf(), e))?,
    })
}

/// The rows of CSV text, numbered by the line each starts on. A semicolon or TAB
/// separates the cells when the first line has more of them than commas.
pub fn csv_rows(text: &str) -> Result<Vec<Row>, String> {
    let first = text.lines().next().unwrap_or("");
    let delimiter = [b',', b';', b'\t']
        .into_iter()
        .max_by_key(|d| (first.bytes().filter(|b| b == d).count(), *d == b','))
        .unwrap_or(b',');
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(delimiter)
        .from_reader(text.as_bytes());
    let mut rows = Vec::new();
    for record in reader.records() {
        let record = record.map_err(|e| e.to_string())?;
        let number = record
            .position()
            .map_or(rows.len() + 1, |p| p.line() as usize);
        rows.push(Row {
            number,
            cells: record.iter().map(str::to_string).collect(),
        });
    }
    Ok(rows)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_rows_keep_their_line_numbers() {
        let rows = csv_rows("姓名,电话\n王秀英,138\n\"李\n桂兰\",139\n张华,137\n").unwrap();
        let numbers: Vec<usize> = rows.iter().map(|r| r.number).collect();
        assert_eq!(numbers, [1, 2, 3, 5]);
        assert_eq!(rows[2].cell(0), "李\n桂兰");
        assert_eq!(rows[3].cell(5), "");
    }

    #[test]
    fn semicolons_and_tabs_are_found() {
        let rows = csv_rows("姓名;电话\n王秀英;138\n").unwrap();
        assert_eq!(rows[1].cells, ["王秀英", "138"]);
        let rows = csv_rows("姓名\t电话\n王秀英\t138\n").unwrap();
        assert_eq!(rows[1].cells, ["王秀英", "138"]);
    }

    #[test]
    fn gbk_and_bom_are_read() {
        let (gbk, _, _) = encoding_rs::GB18030.encode("姓名,电话\n王秀英,138\n");
        assert_eq!(decode(&gbk), "姓名,电话\n王秀英,138\n");
        assert_eq!(decode("\u{feff}姓名".as_bytes()), "姓名");
    }

    #[test]
    fn whole_numbers_lose_their_point() {
        assert_eq!(cell_text(&Data::Float(13_800_138_000.0)), "13800138000");
        assert_eq!(cell_text(&Data::Float(1.5)), "1.5");
        assert_eq!(cell_text(&Data::Int(7)), "7");
        assert_eq!(cell_text(&Data::Empty), "");
    }
}
