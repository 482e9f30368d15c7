//! A file's tables as they are printed: what the file is (title, period, site, 填报单位,
//! the day it was made, by which zhulao), a header of one or two rows, the rows, and lines
//! under them; written row by row into CSV or XLSX, so a sheet of ten thousand learners
//! never has to sit in memory.

use std::io;

use chrono::NaiveDate;
use unicode_width::UnicodeWidthStr;

use super::dates::long_date;
use super::{Cell, Sheet};
use crate::i18n::{Lang, fill};

/// What every export needs besides its data: the language, the calendar, the day and who
/// reports.
#[derive(Debug, Clone)]
pub struct Context {
    /// The language of the file.
    pub lang: Lang,
    /// The time zone whose days count.
    pub zone: super::dates::Zone,
    /// The day the file is made.
    pub today: NaiveDate,
    /// Who reports or issues: 填报单位 / 发证单位 (may be empty: a blank to fill in).
    pub unit: String,
}

/// A heading over a run of columns in a two-row header.
#[derive(Debug, Clone, PartialEq)]
pub struct Group {
    /// The heading; empty for a column that has no group (its header spans both rows).
    pub title: String,
    /// How many columns it covers.
    pub span: usize,
}

/// How date cells read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dates {
    /// 2026年10月19日: for sheets of a few columns.
    Long,
    /// 2026/10/19: for wide grids.
    Short,
}

/// One table of a file, without its rows.
#[derive(Debug, Clone, PartialEq)]
pub struct Table {
    /// The sheet's tab name.
    pub name: String,
    /// The title first, then the lines that say what the table covers; may be empty.
    pub heading: Vec<String>,
    /// Headings over the header's columns (two header rows); empty for one header row.
    pub groups: Vec<Group>,
    /// The column headings.
    pub header: Vec<String>,
    /// Lines under the rows, such as where to sign.
    pub footer: Vec<String>,
    /// Column widths, in characters of a digit's width (a Chinese character is two).
    pub widths: Vec<f64>,
    /// How many leading columns stay in view when scrolling right (code, name).
    pub freeze: u16,
    /// How date cells read.
    pub dates: Dates,
}

impl Table {
    /// A table of `header` with widths to fit the header; no heading or groups.
    pub fn plain(name: &str, header: Vec<String>) -> Table {
        let widths = header.iter().map(|h| fit(h.width())).collect();
        Table {
            name: name.to_string(),
            heading: Vec::new(),
            groups: Vec::new(),
            header,
            footer: Vec::new(),
            widths,
            freeze: 0,
            dates: Dates::Long,
        }
    }

    /// Widens the columns to fit `rows` too (for tables whose rows are all known).
    pub fn fit_rows(mut self, rows: &[Vec<Cell>]) -> Table {
        for row in rows {
            for (c, cell) in row.iter().enumerate() {
                if c >= self.widths.len() {
                    self.widths.resize(c + 1, 6.0);
                }
                self.widths[c] = self.widths[c].max(fit(cell_width(cell, self.dates)));
            }
        }
        self
    }

    /// The header as one row: "group·heading" where a column has a group.
    pub fn flat_header(&self) -> Vec<String> {
        let mut out = Vec::with_capacity(self.header.len());
        let mut titles = self
            .groups
            .iter()
            .flat_map(|g| std::iter::repeat_n(g.title.as_str(), g.span));
        for h in &self.header {
            match titles.next() {
                Some(t) if !t.is_empty() => out.push(format!("{t}·{h}")),
                _ => out.push(h.clone()),
            }
        }
        out
    }
}

/// The width a column needs for `chars` display columns: a little air, at most 40.
pub fn fit(chars: usize) -> f64 {
    (chars as f64 + 2.0).clamp(6.0, 40.0)
}

/// Hours (and every [`Cell::OneDecimal`]) as every file writes them: one decimal (3.0).
pub fn hours_text(h: f64) -> String {
    format!("{h:.1}")
}

/// How wide a cell shows, in display columns.
pub fn cell_width(cell: &Cell, dates: Dates) -> usize {
    match cell {
        Cell::Text(t) => t.lines().map(UnicodeWidthStr::width).max().unwrap_or(0),
        Cell::Number(n) => format!("{n}").len(),
        Cell::OneDecimal(h) => hours_text(*h).len(),
        Cell::Date(_) if dates == Dates::Short => 10,
        Cell::Date(_) => 16,
        Cell::Empty => 0,
    }
}

/// Where rows go while a file is written.
pub trait Sink {
    /// Adds a row to table `table` (CSV keeps the first table only).
    fn row(&mut self, table: usize, cells: &[Cell]) -> io::Result<()>;
}

/// A plain sheet (no heading) as a table with widths fitted to its text.
pub fn table_of(sheet: &Sheet) -> Table {
    Table::plain(&sheet.name, sheet.header.clone()).fit_rows(&sheet.rows)
}

/// Which days and site a table covers, for its heading.
#[derive(Debug, Clone, Default)]
pub struct Covers {
    /// The first day; None from the first record.
    pub from: Option<NaiveDate>,
    /// The last day; None up to the day the file is made.
    pub to: Option<NaiveDate>,
    /// The only site; None for every site.
    pub site: Option<String>,
}

/// The heading of a file: `title`, then the period and site (when `covers` is given),
/// the `extra` lines, and who made it when with which zhulao.
pub fn heading(
    title: &str,
    covers: Option<&Covers>,
    extra: &[String],
    cx: &Context,
) -> Vec<String> {
    let w = &cx.lang.text().export;
    let clean = |t: &str| crate::lesson::sanitize::sanitize_line(t).trim().to_string();
    let mut lines = vec![clean(title)];
    if let Some(c) = covers {
        let from = c
            .from
            .map_or_else(|| w.period_start.to_string(), |d| long_date(d, cx.lang));
        let to = long_date(c.to.unwrap_or(cx.today), cx.lang);
        let site = c
            .site
            .as_deref()
            .map_or_else(|| w.all_sites.to_string(), clean);
        lines.push(fill(
            w.period_line,
            &[("from", &from), ("to", &to), ("site", &site)],
        ));
    }
    lines.extend(extra.iter().map(|l| clean(l)));
    let unit = clean(&cx.unit);
    let unit = if unit.is_empty() {
        w.unit_blank.to_string()
    } else {
        unit
    };
    lines.push(fill(
        w.made_line,
        &[
            ("unit", &unit),
            ("date", &long_date(cx.today, cx.lang)),
            ("version", &env!("CARGO_PKG_VERSION")),
        ],
    ));
    lines
}
