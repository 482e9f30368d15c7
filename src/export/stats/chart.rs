//! Native XLSX charts over a sheet's own rows (Excel, WPS and LibreOffice draw them from
//! the cells, so they stay true when a figure is corrected), and the writer of reports
//! that have them. A CSV file has no charts: it gets the first table only.

use std::io::{self, Write};

use rust_xlsxwriter::{Chart, ChartLegendPosition, ChartType};

use super::super::book::{Sink, Table};
use super::super::xlsx_out::XlsxSink;
use super::super::{Cell, Format, Target, write_sheets};
use crate::fsio::{Access, write_atomically_with};
use crate::i18n::Lang;

/// How a chart draws its series.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Upright columns.
    Column,
    /// Bars lying down, for long category names.
    Bar,
}

/// A block of cells of a table: rows counted from its first data row (0; the header row
/// just above is -1) and columns, first and last of each.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Area {
    /// The first and last row.
    pub rows: (i64, i64),
    /// The first and last column.
    pub cols: (u16, u16),
}

impl Area {
    /// Rows `a..=b` of column `col`.
    pub fn column(col: u16, a: i64, b: i64) -> Area {
        Area {
            rows: (a, b),
            cols: (col, col),
        }
    }

    /// Columns `a..=b` of row `row`.
    pub fn row(row: i64, a: u16, b: u16) -> Area {
        Area {
            rows: (row, row),
            cols: (a, b),
        }
    }

    fn on(self, sheet: &str, first: u32) -> (&str, u32, u16, u32, u16) {
        let at = |r: i64| u32::try_from(i64::from(first) + r).unwrap_or(0);
        (
            sheet,
            at(self.rows.0),
            self.cols.0,
            at(self.rows.1),
            self.cols.1,
        )
    }
}

/// A chart over cells of one table: the category names, and one area per series.
#[derive(Debug, Clone, PartialEq)]
pub struct ChartSpec {
    /// The table (sheet) whose cells it draws, and on which it is placed.
    pub table: usize,
    /// Columns or bars.
    pub kind: Kind,
    /// Its title.
    pub title: String,
    /// The category names.
    pub categories: Area,
    /// Each series' name and its values.
    pub series: Vec<(String, Area)>,
    /// The table (sheet) it is placed on: `table`, or a sheet of charts.
    pub on: usize,
    /// Where it goes on that sheet: the data row (from 0) at its top and the column of
    /// its left edge.
    pub at: (u32, u16),
    /// Printed on a new page (a page break over its top row).
    pub new_page: bool,
}

fn chart(spec: &ChartSpec, sheet: &str, first: u32) -> Chart {
    let mut chart = Chart::new(match spec.kind {
        Kind::Column => ChartType::Column,
        Kind::Bar => ChartType::Bar,
    });
    for (name, values) in &spec.series {
        chart
            .add_series()
            .set_name(name.as_str())
            .set_categories(spec.categories.on(sheet, first))
            .set_values(values.on(sheet, first));
    }
    chart.title().set_name(&spec.title);
    if spec.series.len() < 2 {
        chart.legend().set_hidden();
    } else {
        chart.legend().set_position(ChartLegendPosition::Bottom);
    }
    // A bar chart lists its first category at the bottom unless the axis is reversed.
    if spec.kind == Kind::Bar {
        chart.y_axis().set_reverse();
    }
    // Bars get room for their names (up to 520 px); columns are 320 px high, 16 rows.
    let a = spec.categories;
    let count = (a.rows.1 - a.rows.0 + 1).max(i64::from(a.cols.1 - a.cols.0) + 1);
    let height = match spec.kind {
        Kind::Column => 320,
        Kind::Bar => u32::try_from(24 * count).unwrap_or(520).clamp(320, 520),
    };
    chart.set_width(560).set_height(height);
    chart
}

/// Writes `tables` as `format` to `target`, with `charts` over their rows in XLSX.
pub fn write_with_charts(
    tables: &[(Table, Vec<Vec<Cell>>)],
    charts: &[ChartSpec],
    format: Format,
    target: &Target,
    stdout: &mut dyn Write,
    lang: Lang,
) -> io::Result<()> {
    if format == Format::Csv {
        return write_sheets(tables, format, target, stdout, lang);
    }
    let only: Vec<Table> = tables.iter().map(|(t, _)| t.clone()).collect();
    let mut sink = XlsxSink::new(&only, lang)?;
    let mut starts = Vec::with_capacity(tables.len());
    for (i, (_, rows)) in tables.iter().enumerate() {
        starts.push(
            sink.position(i)
                .map(|(name, row)| (name.to_string(), row))
                .unwrap_or_default(),
        );
        for row in rows {
            sink.row(i, row)?;
        }
    }
    let mut breaks: Vec<Vec<u32>> = vec![Vec::new(); tables.len()];
    for spec in charts {
        let (Some((name, first)), Some((_, top))) = (starts.get(spec.table), starts.get(spec.on))
        else {
            continue;
        };
        let drawn = chart(spec, name, *first);
        let row = top + spec.at.0;
        sink.insert_chart(spec.on, (row, spec.at.1), &drawn)?;
        if spec.new_page {
            breaks[spec.on].push(row);
        }
    }
    for (i, rows) in breaks.iter().enumerate() {
        sink.page_breaks_over(i, rows)?;
    }
    match target {
        Target::File(path) => write_atomically_with(path, Access::Usual, |f| sink.save(f)),
        Target::Stdout => {
            let bytes = sink.into_bytes()?;
            stdout.write_all(&bytes)?;
            stdout.flush()
        }
    }
}
