//! Exports read back with independent readers: calamine for XLSX, the csv crate for CSV.
//! Hostile learner names never become formulas; Chinese text and dates survive.

mod common;

use calamine::{Data, Reader, Xlsx, open_workbook};
use chrono::{TimeZone, Utc};
use zhulao::export::{Format, progress::progress_sheets, write};
use zhulao::i18n::Lang;
use zhulao::lesson::model::StepId;
use zhulao::progress::{Mode, Outcome, StepEvent, Store};

const HOSTILE: [&str; 7] = [
    "=HYPERLINK(\"http://evil.example\",\"点我\")",
    "+1+1",
    "@SUM(A1)",
    "\t=1+2",
    "  =1+2",
    "-3",
    "王\"秀\"英,\n第二行",
];

fn store_with_learners(dir: &std::path::Path) -> Store {
    let mut store = Store::open(dir, Utc::now()).unwrap();
    let lesson = common::example_lesson();
    let wang = store
        .add_learner("王秀英", Some("1001"), Utc::now())
        .unwrap();
    for name in HOSTILE {
        store.add_learner(name, None, Utc::now()).unwrap();
    }
    let at = Utc.with_ymd_and_hms(2026, 11, 20, 2, 0, 0).unwrap();
    for (n, step) in ["open-scan", "enter-amount"].into_iter().enumerate() {
        store
            .record_step(&StepEvent {
                learner: wang.id,
                lesson: lesson.id.clone(),
                lesson_version: 1,
                step: StepId::new_for_tests(step),
                outcome: Outcome::Done,
                mode: Mode::Class,
                session: None,
                seconds: 60,
                at: at + chrono::Duration::minutes(n as i64),
            })
            .unwrap();
    }
    store
}

#[test]
fn xlsx_reads_back_with_text_numbers_dates_and_no_formulas() {
    let dir = tempfile::tempdir().unwrap();
    let store = store_with_learners(dir.path());
    let lesson = common::example_lesson();
    let sheets = progress_sheets(&store, &[&lesson], Lang::Zh, true).unwrap();
    let path = dir.path().join("进度表.xlsx");
    write(&sheets, Format::Xlsx, &path).unwrap();

    let mut book: Xlsx<_> = open_workbook(&path).unwrap();
    assert_eq!(
        book.sheet_names(),
        vec![
            "学员进度".to_string(),
            "扫码付款".to_string(),
            "备注".to_string()
        ]
    );
    let range = book.worksheet_range("学员进度").unwrap();
    assert_eq!(
        range.get_value((0, 0)),
        Some(&Data::String("学员号".into()))
    );
    assert_eq!(
        range.get_value((0, 3)),
        Some(&Data::String("扫码付款·已完成步数（共 4 步）".into()))
    );
    // 王秀英 sorts after the hostile names? Find her row by code.
    let wang = (1..range.height() as u32)
        .find(|&r| range.get_value((r, 0)) == Some(&Data::String("1001".into())))
        .unwrap();
    assert_eq!(
        range.get_value((wang, 1)),
        Some(&Data::String("王秀英".into()))
    );
    assert_eq!(
        range.get_value((wang, 2)),
        Some(&Data::String("学习中".into()))
    );
    assert_eq!(
        range.get_value((wang, 3)),
        Some(&Data::Float(2.0)),
        "numbers stay numbers"
    );
    assert!(
        matches!(range.get_value((wang, 4)), Some(Data::DateTime(_))),
        "dates are date cells"
    );
    for name in HOSTILE {
        let clean = zhulao::lesson::sanitize_line(name).trim().to_string();
        let found = (1..range.height() as u32)
            .any(|r| range.get_value((r, 1)) == Some(&Data::String(clean.clone())));
        assert!(found, "{clean:?} is kept as text");
    }
    let formulas = book.worksheet_formula("学员进度").unwrap();
    assert!(
        formulas.used_cells().all(|(_, _, f)| f.is_empty()),
        "no cell is a formula"
    );
    let steps = book.worksheet_range("扫码付款").unwrap();
    assert_eq!(
        steps.get_value((wang, 2)),
        Some(&Data::String("已完成".into()))
    );
    assert_eq!(
        steps.get_value((wang, 4)),
        Some(&Data::String("未开始".into()))
    );
}

#[test]
fn csv_has_a_bom_and_neutralises_formulas() {
    let dir = tempfile::tempdir().unwrap();
    let store = store_with_learners(dir.path());
    let lesson = common::example_lesson();
    let sheets = progress_sheets(&store, &[&lesson], Lang::Zh, false).unwrap();
    let path = dir.path().join("progress.csv");
    write(&sheets, Format::Csv, &path).unwrap();
    let bytes = std::fs::read(&path).unwrap();
    assert_eq!(
        &bytes[..3],
        "\u{feff}".as_bytes(),
        "UTF-8 BOM for Excel and WPS"
    );
    let mut reader = csv::Reader::from_reader(&bytes[3..]);
    assert_eq!(&reader.headers().unwrap()[1], "姓名");
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), 1 + HOSTILE.len());
    for row in &rows {
        let name = &row[1];
        assert!(
            !zhulao::export::safe::is_risky(name),
            "{name:?} could run as a formula"
        );
    }
    let wang = rows.iter().find(|r| &r[0] == "1001").unwrap();
    assert_eq!(&wang[3], "2");
    assert_eq!(&wang[4], "2026-11-20");
    assert!(
        rows.iter()
            .any(|r| &r[1] == "'=HYPERLINK(\"http://evil.example\",\"点我\")")
    );
}

#[test]
fn a_failed_export_leaves_the_old_file_whole() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("old.csv");
    std::fs::write(&path, "老文件").unwrap();
    let bad_dir = dir.path().join("missing-folder/new.csv");
    assert!(zhulao::export::write_atomically(&bad_dir, b"x").is_err());
    zhulao::export::write_atomically(&path, "新文件".as_bytes()).unwrap();
    assert_eq!(std::fs::read_to_string(&path).unwrap(), "新文件");
    assert_eq!(
        std::fs::read_dir(dir.path()).unwrap().count(),
        1,
        "no temp file left behind"
    );
}
