//! XLSX: bold frozen header row, column widths that fit Chinese text, dates as real date
//! cells, and risky texts written with the quote-prefix format so they stay text.

use rust_xlsxwriter::{ExcelDateTime, Format, Workbook, XlsxError};
use unicode_width::UnicodeWidthStr;

use super::safe::is_risky;
use super::{Cell, Sheet};

/// Excel sheet names: at most 31 characters, none of []:*?/\ .
fn sheet_name(name: &str) -> String {
    let cleaned: String = name
        .chars()
        .filter(|c| !"[]:*?/\\".contains(*c))
        .take(31)
        .collect();
    if cleaned.trim().is_empty() {
        "Sheet".into()
    } else {
        cleaned
    }
}

/// The workbook as bytes.
pub fn to_bytes(sheets: &[Sheet]) -> Result<Vec<u8>, XlsxError> {
    let mut book = Workbook::new();
    let bold = Format::new().set_bold();
    let quoted = Format::new().set_quote_prefix();
    let date = Format::new().set_num_format("yyyy-mm-dd");
    let mut used = std::collections::HashSet::new();
    for sheet in sheets {
        let ws = book.add_worksheet();
        let mut name = sheet_name(&sheet.name);
        let mut n = 2;
        while !used.insert(name.clone()) {
            name = format!(
                "{}{n}",
                sheet_name(&sheet.name).chars().take(28).collect::<String>()
            );
            n += 1;
        }
        ws.set_name(&name)?;
        let mut widths: Vec<usize> = sheet.header.iter().map(|h| h.width()).collect();
        for (c, h) in sheet.header.iter().enumerate() {
            ws.write_string_with_format(0, c as u16, h, &bold)?;
        }
        for (r, row) in sheet.rows.iter().enumerate() {
            let r = r as u32 + 1;
            for (c, cell) in row.iter().enumerate() {
                let col = c as u16;
                let w = match cell {
                    Cell::Text(t) if is_risky(t) => {
                        ws.write_string_with_format(r, col, t, &quoted)?;
                        t.width()
                    }
                    Cell::Text(t) => {
                        ws.write_string(r, col, t)?;
                        t.width()
                    }
                    Cell::Number(x) => {
                        ws.write_number(r, col, *x)?;
                        8
                    }
                    Cell::Date(d) => {
                        use chrono::Datelike;
                        let dt = ExcelDateTime::from_ymd(
                            d.year() as u16,
                            d.month() as u8,
                            d.day() as u8,
                        )?;
                        ws.write_datetime_with_format(r, col, &dt, &date)?;
                        10
                    }
                    Cell::Empty => 0,
                };
                if widths.len() <= c {
                    widths.resize(c + 1, 0);
                }
                widths[c] = widths[c].max(w);
            }
        }
        for (c, w) in widths.iter().enumerate() {
            ws.set_column_width(c as u16, (*w as f64 + 2.0).clamp(6.0, 60.0))?;
        }
        ws.set_freeze_panes(1, 0)?;
    }
    book.save_to_buffer()
}
