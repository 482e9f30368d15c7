//! How an XLSX sheet prints: A4, landscape when wide, fitted to the page width — or, for
//! a grid too wide to read fitted to one page, its column groups over several landscape
//! pages at full size with the leading columns (code, name) on every page — centred, with
//! page numbers.

use rust_xlsxwriter::{Worksheet, XlsxError};

use super::book::Table;
use crate::i18n::{Lang, fill};

/// Wider than this (in digit widths) and a sheet prints landscape.
const PORTRAIT_WIDTH: f64 = 90.0;
/// A4 in Excel's paper sizes.
const A4: u8 = 9;
/// The printable width of a landscape A4 page inside the margins below, in millimetres,
/// less a little for fonts that run wider.
const LANDSCAPE_MM: f64 = 297.0 - 2.0 * 10.16 - 12.0;
/// Fitted to the page width below this scale, the type is too small to read on paper: a
/// wide grid prints its column groups over several pages instead.
const SMALLEST_SCALE: f64 = 0.7;

/// How wide a column of `width` digit widths prints at full size, in millimetres: Excel
/// draws 7 pixels per digit width and 5 of padding, at 96 pixels an inch; LibreOffice,
/// whose stand-in fonts run wider, about 1.35 times that (measured on its PDF). The wider
/// is taken, so a page's columns fit both.
fn column_mm(width: f64) -> f64 {
    (7.0 * width + 5.0) * 25.4 / 96.0 * 1.35
}

/// Where a wide grid with column groups starts a new printed page (the first column of
/// each page after the first), when fitting it to one page width would make its type too
/// small; the frozen leading columns are printed on every page. None: fit to the width.
pub fn page_breaks(table: &Table) -> Option<Vec<u16>> {
    let freeze = usize::from(table.freeze);
    if table.groups.is_empty() || freeze == 0 {
        return None;
    }
    let mm = |from: usize, to: usize| -> f64 {
        (from..to)
            .map(|c| column_mm(table.widths.get(c).copied().unwrap_or(10.0)))
            .sum()
    };
    let columns = table.header.len();
    if LANDSCAPE_MM / mm(0, columns) >= SMALLEST_SCALE {
        return None;
    }
    let frozen = mm(0, freeze);
    let (mut breaks, mut used, mut c) = (Vec::new(), frozen, 0usize);
    for g in &table.groups {
        let span = g.span.max(1);
        if c >= freeze {
            let width = mm(c, c + span);
            if used + width > LANDSCAPE_MM && used > frozen {
                breaks.push(c as u16);
                used = frozen;
            }
            used += width;
        }
        c += span;
    }
    (!breaks.is_empty()).then_some(breaks)
}

/// Sets up how `sheet`, holding `table`, prints.
pub fn set_up(sheet: &mut Worksheet, table: &Table, lang: Lang) -> Result<(), XlsxError> {
    let columns = table.header.len().max(1);
    let total: f64 = table.widths.iter().take(columns).sum();
    sheet.set_paper_size(A4);
    if total > PORTRAIT_WIDTH {
        sheet.set_landscape();
    }
    match page_breaks(table) {
        Some(breaks) => {
            sheet.set_repeat_columns(0, table.freeze - 1)?;
            let breaks: Vec<u32> = breaks.iter().map(|b| u32::from(*b)).collect();
            sheet.set_vertical_page_breaks(&breaks)?;
        }
        None => {
            sheet.set_print_fit_to_pages(1, 0);
        }
    }
    sheet.set_print_center_horizontally(true);
    sheet.set_margins(0.4, 0.4, 0.5, 0.6, 0.3, 0.3);
    let footer = fill(
        lang.text().export.page_footer,
        &[("page", &"&P"), ("pages", &"&N")],
    );
    sheet.set_footer(format!("&C{footer}"));
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::book::{Dates, Group};

    fn grid(lessons: usize) -> Table {
        let mut groups = vec![
            Group {
                title: String::new(),
                span: 1
            };
            2
        ];
        let mut widths = vec![13.0, 10.0];
        for _ in 0..lessons {
            groups.push(Group {
                title: "课".into(),
                span: 3,
            });
            widths.extend([7.0, 6.0, 11.0]);
        }
        Table {
            name: "学员进度".into(),
            heading: Vec::new(),
            groups,
            header: vec![String::new(); widths.len()],
            footer: Vec::new(),
            widths,
            freeze: 2,
            dates: Dates::Short,
        }
    }

    #[test]
    fn a_grid_that_fits_readably_is_fitted_to_the_width() {
        assert_eq!(page_breaks(&grid(3)), None);
        let mut plain = grid(16);
        plain.groups.clear();
        assert_eq!(
            page_breaks(&plain),
            None,
            "a table without groups is fitted"
        );
    }

    #[test]
    fn a_wide_grid_prints_whole_lesson_groups_on_each_page() {
        // Code and name (61 mm) and three lessons of 65 mm fit the landscape page.
        let breaks = page_breaks(&grid(16)).unwrap();
        assert_eq!(breaks, vec![11, 20, 29, 38, 47]);
        assert!(
            breaks.iter().all(|b| (b - 2) % 3 == 0),
            "at a group's start"
        );
    }
}
