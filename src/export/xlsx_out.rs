//! XLSX, written row by row in rust_xlsxwriter's constant-memory mode (rows go to a
//! temporary file as they are written, strings inline), so a sheet of ten thousand
//! learners takes the memory of one row. Each sheet says what it is in merged lines over
//! the table, has a bold header of one or two rows repeated on every printed page, thin
//! borders, frozen header and leading columns, real number and date cells, and prints on
//! A4 (see `xlsx_print`) with page numbers. Risky texts are
//! written with the quote-prefix format, so they stay text.

use std::collections::HashSet;
use std::io;

use chrono::Datelike;
use rust_xlsxwriter::{DocProperties, ExcelDateTime, Workbook, Worksheet, XlsxError};

use super::book::{Sink, Table, table_of};
use super::safe::{clean, is_risky};
use super::xlsx_formats::Formats;
use super::{Cell, Sheet};
use crate::i18n::Lang;

/// Excel's limit on a sheet name's length.
const NAME_CHARS: usize = 31;
/// A sheet name Excel accepts: at most 31 characters, none of []:*?/\, not starting or
/// ending with an apostrophe, not "History", and not used yet (in any letter case).
fn sheet_name(name: &str, used: &mut HashSet<String>) -> String {
    let cleaned: String = clean(name)
        .chars()
        .filter(|c| !"[]:*?/\\".contains(*c))
        .collect();
    let trimmed = cleaned.trim().trim_matches('\'').trim();
    let cut: String = trimmed.chars().take(NAME_CHARS).collect();
    let mut base = cut.trim_end_matches('\'').to_string();
    if base.trim().is_empty() || base.eq_ignore_ascii_case("history") {
        base = "Sheet".into();
    }
    let mut candidate = base.clone();
    let mut n = 2;
    while !used.insert(candidate.to_lowercase()) {
        let suffix = format!(" ({n})");
        let keep = NAME_CHARS - suffix.chars().count();
        let stem: String = base.chars().take(keep).collect();
        candidate = format!("{}{suffix}", stem.trim_end_matches('\''));
        n += 1;
    }
    candidate
}

struct SheetOut {
    sheet: Worksheet,
    formats: Formats,
    next_row: u32,
    columns: u16,
    widths: Vec<f64>,
    footer: Vec<String>,
    name: String,
}

/// Writes tables into a workbook row by row; [`XlsxSink::save`] finishes it.
pub struct XlsxSink {
    book: Workbook,
    sheets: Vec<SheetOut>,
}

fn io_error(e: XlsxError) -> io::Error {
    match e {
        XlsxError::IoError(e) => e,
        e => io::Error::other(e),
    }
}

/// How many lines `text` takes in a column `width` digits wide.
fn lines_in(text: &str, width: f64) -> usize {
    use unicode_width::UnicodeWidthStr;
    let room = (width - 1.0).max(1.0);
    text.lines()
        .map(|l| ((l.width() as f64) / room).ceil().max(1.0) as usize)
        .sum::<usize>()
        .max(1)
}

impl SheetOut {
    fn new(
        book: &mut Workbook,
        table: &Table,
        name: String,
        lang: Lang,
    ) -> Result<SheetOut, XlsxError> {
        let mut sheet = book.new_worksheet_with_constant_memory();
        sheet.set_name(&name)?;
        let formats = Formats::new(table.dates, lang);
        let columns = table.header.len().max(1) as u16;
        // The lines over the table are centred over its columns. A grid printed on
        // several pages repeats its first columns on every page (code, name), and a line
        // running on beyond them showed there cut off: there each line is merged over
        // those columns only and wraps inside them, so every page shows it whole.
        let paged = super::xlsx_print::page_breaks(table).is_some();
        let (last, room) = if paged {
            let kept = table.freeze.clamp(1, columns);
            (
                kept - 1,
                table.widths.iter().take(kept as usize).sum::<f64>(),
            )
        } else {
            (columns - 1, 0.0)
        };
        for (c, w) in table.widths.iter().enumerate().take(columns as usize) {
            sheet.set_column_width(c as u16, *w)?;
        }
        let mut out = SheetOut {
            sheet,
            formats,
            next_row: 0,
            columns,
            widths: table.widths.clone(),
            footer: table.footer.clone(),
            name,
        };
        for (i, line) in table.heading.iter().enumerate() {
            // A 16-point title takes half as much room again as the columns' 11-point
            // digits; a 10-point line a little less.
            let (format, height) = match (i, paged) {
                (0, true) => (
                    &out.formats.title_left,
                    24.0 * lines_in(line, room / 1.5) as f64 + 6.0,
                ),
                (0, false) => (&out.formats.title, 30.0),
                (_, true) => (
                    &out.formats.line_wrapped,
                    14.0 * lines_in(line, room * 1.05) as f64 + 4.0,
                ),
                (_, false) => (&out.formats.line, 18.0),
            };
            let r = out.next_row;
            out.sheet.set_row_height(r, height)?;
            if last == 0 {
                out.sheet
                    .write_string_with_format(r, 0, clean(line), format)?;
            } else {
                out.sheet.merge_range(r, 0, r, last, &clean(line), format)?;
            }
            out.next_row += 1;
        }
        let header_top = out.next_row;
        let width = |c: usize| table.widths.get(c).copied().unwrap_or(10.0);
        if table.groups.is_empty() {
            let lines = table
                .header
                .iter()
                .enumerate()
                .map(|(c, h)| lines_in(h, width(c)))
                .max()
                .unwrap_or(1);
            out.sheet
                .set_row_height(header_top, 15.0 * lines as f64 + 3.0)?;
            for (c, h) in table.header.iter().enumerate() {
                out.sheet.write_string_with_format(
                    header_top,
                    c as u16,
                    clean(h),
                    &out.formats.head,
                )?;
            }
            out.next_row += 1;
        } else {
            let (top, bottom) = (header_top, header_top + 1);
            let mut c = 0usize;
            let mut top_lines = 1;
            let mut bottom_lines = 1;
            for g in &table.groups {
                let span = g.span.max(1);
                let room: f64 = (c..c + span).map(width).sum();
                if g.title.is_empty() {
                    for k in c..c + span {
                        let h = table.header.get(k).map_or("", String::as_str);
                        out.sheet.merge_range(
                            top,
                            k as u16,
                            bottom,
                            k as u16,
                            &clean(h),
                            &out.formats.head,
                        )?;
                    }
                } else {
                    top_lines = top_lines.max(lines_in(&g.title, room));
                    let (first, end) = (c as u16, (c + span - 1) as u16);
                    if span == 1 {
                        out.sheet.write_string_with_format(
                            top,
                            first,
                            clean(&g.title),
                            &out.formats.head,
                        )?;
                    } else {
                        out.sheet.merge_range(
                            top,
                            first,
                            top,
                            end,
                            &clean(&g.title),
                            &out.formats.head,
                        )?;
                    }
                    for k in c..c + span {
                        let h = table.header.get(k).map_or("", String::as_str);
                        bottom_lines = bottom_lines.max(lines_in(h, width(k)));
                    }
                }
                c += span;
            }
            out.sheet
                .set_row_height(top, 15.0 * top_lines.min(4) as f64 + 3.0)?;
            out.sheet
                .set_row_height(bottom, 15.0 * bottom_lines.min(4) as f64 + 3.0)?;
            // The second row's cells are written as the row comes (constant memory keeps
            // only the current row), except under columns merged over both rows.
            let mut c = 0usize;
            for g in &table.groups {
                let span = g.span.max(1);
                if !g.title.is_empty() {
                    for k in c..c + span {
                        let h = table.header.get(k).map_or("", String::as_str);
                        out.sheet.write_string_with_format(
                            bottom,
                            k as u16,
                            clean(h),
                            &out.formats.head,
                        )?;
                    }
                }
                c += span;
            }
            out.next_row += 2;
        }
        let header_bottom = out.next_row - 1;
        out.sheet.set_repeat_rows(header_top, header_bottom)?;
        out.sheet.set_freeze_panes(out.next_row, table.freeze)?;
        super::xlsx_print::set_up(&mut out.sheet, table, lang)?;
        Ok(out)
    }

    fn row(&mut self, cells: &[Cell]) -> Result<(), XlsxError> {
        let r = self.next_row;
        // Spreadsheets do not all grow a row for wrapped text on opening (LibreOffice
        // does not): a row whose text wraps is given its height.
        let lines = cells
            .iter()
            .enumerate()
            .filter_map(|(c, cell)| match cell {
                Cell::Text(t) => Some(lines_in(t, self.widths.get(c).copied().unwrap_or(10.0))),
                _ => None,
            })
            .max()
            .unwrap_or(1);
        if lines > 1 {
            self.sheet
                .set_row_height(r, 15.0 * lines.min(8) as f64 + 1.0)?;
        }
        let f = &self.formats;
        for (c, cell) in cells.iter().enumerate().take(self.columns as usize) {
            let col = c as u16;
            match cell {
                Cell::Text(t) => {
                    let t = clean(t);
                    let format = if is_risky(&t) { &f.quoted } else { &f.text };
                    self.sheet.write_string_with_format(r, col, t, format)?;
                }
                Cell::Number(x) => {
                    self.sheet.write_number_with_format(r, col, *x, &f.number)?;
                }
                Cell::OneDecimal(x) => {
                    self.sheet
                        .write_number_with_format(r, col, *x, &f.one_decimal)?;
                }
                Cell::Date(d) => {
                    let dt =
                        ExcelDateTime::from_ymd(d.year() as u16, d.month() as u8, d.day() as u8)?;
                    self.sheet
                        .write_datetime_with_format(r, col, &dt, &f.date)?;
                }
                Cell::Empty => {
                    self.sheet.write_blank(r, col, &f.blank)?;
                }
            }
        }
        for c in cells.len()..self.columns as usize {
            self.sheet.write_blank(r, c as u16, &f.blank)?;
        }
        self.next_row += 1;
        Ok(())
    }

    fn finish(&mut self) -> Result<(), XlsxError> {
        if self.footer.is_empty() {
            return Ok(());
        }
        self.next_row += 1;
        let last = self.columns - 1;
        // The lines span the table and wrap in it (a long definition would run past it).
        let room: f64 = self.widths.iter().take(self.columns as usize).sum();
        for line in std::mem::take(&mut self.footer) {
            let r = self.next_row;
            let line = clean(&line);
            // 10-point type: about 0.9 of a digit width per display column.
            let lines = lines_in(&line, room / 0.9);
            self.sheet.set_row_height(r, 14.0 * lines as f64 + 8.0)?;
            if last == 0 {
                self.sheet
                    .write_string_with_format(r, 0, line, &self.formats.note)?;
            } else {
                self.sheet
                    .merge_range(r, 0, r, last, &line, &self.formats.note)?;
            }
            self.next_row += 1;
        }
        Ok(())
    }
}

impl XlsxSink {
    /// Starts a workbook of `tables`: each sheet's heading and header are written now.
    pub fn new(tables: &[Table], lang: Lang) -> io::Result<XlsxSink> {
        let mut book = Workbook::new();
        let mut used = HashSet::new();
        let mut sheets = Vec::with_capacity(tables.len());
        for table in tables {
            let name = sheet_name(&table.name, &mut used);
            sheets.push(SheetOut::new(&mut book, table, name, lang).map_err(io_error)?);
        }
        if let Some(title) = tables.first().and_then(|t| t.heading.first()) {
            let props = DocProperties::new()
                .set_title(clean(title))
                .set_author(format!("zhulao {}", env!("CARGO_PKG_VERSION")));
            book.set_properties(&props);
        }
        Ok(XlsxSink { book, sheets })
    }

    /// The sheet name of table `table` as written (for charts over its cells), and the
    /// row its next row goes to (from 0).
    pub fn position(&self, table: usize) -> Option<(&str, u32)> {
        self.sheets
            .get(table)
            .map(|out| (out.name.as_str(), out.next_row))
    }

    /// Places `chart` on table `table`'s sheet, its top left corner at (`row`, `col`).
    pub fn insert_chart(
        &mut self,
        table: usize,
        (row, col): (u32, u16),
        chart: &rust_xlsxwriter::Chart,
    ) -> io::Result<()> {
        match self.sheets.get_mut(table) {
            Some(out) => out
                .sheet
                .insert_chart(row, col, chart)
                .map(drop)
                .map_err(io_error),
            None => Ok(()),
        }
    }

    /// Page breaks over `rows` of the sheet of `table` (none: nothing).
    pub fn page_breaks_over(&mut self, table: usize, rows: &[u32]) -> io::Result<()> {
        match self.sheets.get_mut(table) {
            Some(out) if !rows.is_empty() => {
                out.sheet.set_page_breaks(rows).map(drop).map_err(io_error)
            }
            _ => Ok(()),
        }
    }

    fn close(&mut self) -> Result<(), XlsxError> {
        for mut out in std::mem::take(&mut self.sheets) {
            out.finish()?;
            self.book.push_worksheet(out.sheet);
        }
        Ok(())
    }

    /// Finishes the workbook into `file`.
    pub fn save(&mut self, file: &mut std::fs::File) -> io::Result<()> {
        self.close().map_err(io_error)?;
        self.book.save_to_writer(file).map_err(io_error)
    }

    /// Finishes the workbook into bytes (for standard output, which cannot seek).
    pub fn into_bytes(mut self) -> io::Result<Vec<u8>> {
        self.close().map_err(io_error)?;
        self.book.save_to_buffer().map_err(io_error)
    }
}

impl Sink for XlsxSink {
    fn row(&mut self, table: usize, cells: &[Cell]) -> io::Result<()> {
        match self.sheets.get_mut(table) {
            Some(out) => out.row(cells).map_err(io_error),
            None => Ok(()),
        }
    }
}

/// The workbook of plain sheets (no heading) as bytes.
pub fn to_bytes(sheets: &[Sheet]) -> Result<Vec<u8>, XlsxError> {
    let tables: Vec<Table> = sheets.iter().map(table_of).collect();
    let to_xlsx = |e: io::Error| XlsxError::IoError(e);
    let mut sink = XlsxSink::new(&tables, Lang::Zh).map_err(to_xlsx)?;
    for (i, sheet) in sheets.iter().enumerate() {
        for row in &sheet.rows {
            sink.row(i, row).map_err(to_xlsx)?;
        }
    }
    sink.into_bytes().map_err(to_xlsx)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sheet_names_excel_accepts() {
        let mut used = HashSet::new();
        assert_eq!(sheet_name("'引号课'", &mut used), "引号课");
        assert_eq!(sheet_name("引号课", &mut used), "引号课 (2)");
        assert_eq!(sheet_name("' '", &mut used), "Sheet");
        assert_eq!(sheet_name("history", &mut used), "Sheet (2)");
        assert_eq!(sheet_name("a/b:c[d]", &mut used), "abcd");
        assert_eq!(
            sheet_name("ABCD", &mut used),
            "ABCD (2)",
            "Excel ignores case"
        );
        let long = "长".repeat(40);
        let first = sheet_name(&long, &mut used);
        assert_eq!(first.chars().count(), 31);
        let second = sheet_name(&long, &mut used);
        assert_eq!(second.chars().count(), 31);
        assert!(second.ends_with(" (2)"));
        let quote_at_cut = format!("{}'{}", "a".repeat(26), "b".repeat(10));
        sheet_name(&quote_at_cut, &mut used);
        let again = sheet_name(&quote_at_cut, &mut used);
        assert!(!again.contains("' ("), "{again}");
    }
}
