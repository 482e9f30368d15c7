//! How exported workbooks print: A4, fitted to the page width (landscape when wide), the
//! header rows repeated on every page, header and leading columns frozen, thin borders.
//! Read from the workbook's own XML, which calamine does not expose.

mod common;

use std::io::Read;

use chrono::{NaiveDate, Utc};
use zhulao::export::book::{Context, Covers};
use zhulao::export::dates::Zone;
use zhulao::export::progress::{self, Query};
use zhulao::export::{Format, Target, write_tables};
use zhulao::i18n::Lang;
use zhulao::lesson::Library;
use zhulao::progress::Store;

fn part(path: &std::path::Path, name: &str) -> String {
    let mut zip = zip::ZipArchive::new(std::fs::File::open(path).unwrap()).unwrap();
    let mut text = String::new();
    zip.by_name(name)
        .unwrap()
        .read_to_string(&mut text)
        .unwrap();
    text
}

#[test]
fn the_progress_workbook_prints_fitted_with_repeated_headers() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(dir.path(), Utc::now()).unwrap();
    for i in 0..16 {
        store
            .add_learner(&format!("学员{i}"), None, Utc::now())
            .unwrap();
    }
    let library = Library::load(&[]);
    let lessons: Vec<_> = library.lessons.iter().map(|l| &l.lesson).collect();
    assert!(lessons.len() >= 10, "the bundled lessons make a wide sheet");
    let q = Query {
        lessons: &lessons,
        covers: Covers::default(),
        step_sheets: true,
    };
    let cx = Context {
        lang: Lang::Zh,
        zone: Zone::beijing(),
        today: NaiveDate::from_ymd_opt(2026, 10, 26).unwrap(),
        unit: String::new(),
    };
    let path = dir.path().join("p.xlsx");
    let target = Target::File(path.clone());
    progress::export(&store, &q, &cx, |tables, rows| {
        write_tables(
            tables,
            Format::Xlsx,
            &target,
            &mut std::io::sink(),
            Lang::Zh,
            |s| rows(s),
        )
    })
    .unwrap();
    let sheet = part(&path, "xl/worksheets/sheet1.xml");
    // A page break after every third lesson (each lesson is three columns after the
    // code and name).
    let breaks = format!("<colBreaks count=\"{}\"", lessons.len().div_ceil(3) - 1);
    for needle in [
        "paperSize=\"9\"",
        "orientation=\"landscape\"",
        // Fitted to one page width, 21 lessons would print too small to read: three
        // lessons a page, the code and name on every page.
        breaks.as_str(),
        "<brk id=\"11\"",
        // Three heading lines and two header rows frozen, and the code and name columns.
        "xSplit=\"2\" ySplit=\"5\"",
        "<mergeCell ref=\"C4:E4\"/>",
        "<mergeCell ref=\"A4:A5\"/>",
        // The heading lines each merged over the code and name columns, which every
        // page repeats, so every page shows them whole.
        "<mergeCell ref=\"A1:B1\"/>",
        "<mergeCell ref=\"A2:B2\"/>",
        "<mergeCell ref=\"A3:B3\"/>",
        "&amp;P",
    ] {
        assert!(sheet.contains(needle), "sheet1 lacks {needle}");
    }
    let widths: Vec<f64> = sheet
        .split("width=\"")
        .skip(1)
        .filter_map(|w| w.split('"').next()?.parse().ok())
        .collect();
    assert!(
        widths.iter().all(|w| *w <= 25.0),
        "no column is wider than 25: {widths:?}"
    );
    let book = part(&path, "xl/workbook.xml");
    assert!(book.contains("_xlnm.Print_Titles"), "{book}");
    assert!(book.contains("学员进度!$4:$5"), "{book}");
    assert!(book.contains("学员进度!$A:$B"), "{book}");
    assert!(!sheet.contains("fitToPage"), "not fitted to the width");
    // A step sheet is fitted to the page width.
    let steps = part(&path, "xl/worksheets/sheet2.xml");
    assert!(steps.contains("fitToPage=\"1\"") && steps.contains("fitToHeight=\"0\""));
    let styles = part(&path, "xl/styles.xml");
    assert!(styles.contains("<left style=\"thin\">"), "thin borders");
    // The notes sheet is narrow: portrait.
    let notes = part(
        &path,
        &format!("xl/worksheets/sheet{}.xml", lessons.len() + 2),
    );
    assert!(!notes.contains("landscape"), "{notes}");
    assert!(notes.contains("fitToPage=\"1\""));
}
