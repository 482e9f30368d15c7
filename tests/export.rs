//! Exports read back with independent readers: calamine for XLSX, the csv crate for CSV.
//! Hostile learner names never become formulas; Chinese text, codes and dates survive;
//! a period or site filters the cells, not only the rows; days are local days.

mod common;

use calamine::{Data, Range, Reader, Xlsx, open_workbook};
use chrono::{DateTime, NaiveDate, TimeZone, Utc};
use zhulao::export::book::{Context, Covers};
use zhulao::export::dates::Zone;
use zhulao::export::progress::{self, Query, progress_sheets};
use zhulao::export::{Format, Target, write, write_tables};
use zhulao::i18n::Lang;
use zhulao::lesson::Lesson;
use zhulao::lesson::model::StepId;
use zhulao::progress::{LearnerId, Mode, NewSession, Outcome, StepEvent, Store};

const HOSTILE: [&str; 7] = [
    "=HYPERLINK(\"http://evil.example\",\"点我\")",
    "+1+1",
    "@SUM(A1)",
    "\t=1+2",
    "  =1+2",
    "-3",
    "王\"秀\"英,\n第二行",
];

fn at(day: u32, hour: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 10, day, hour, 0, 0).unwrap()
}

fn step(store: &mut Store, who: LearnerId, lesson: &Lesson, id: &str, when: DateTime<Utc>) {
    step_in(store, who, lesson, id, when, None);
}

fn step_in(
    store: &mut Store,
    who: LearnerId,
    lesson: &Lesson,
    id: &str,
    when: DateTime<Utc>,
    session: Option<i64>,
) {
    store
        .record_step(&StepEvent {
            learner: who,
            lesson: lesson.id.clone(),
            lesson_version: 1,
            step: StepId::new_for_tests(id),
            outcome: Outcome::Done,
            mode: Mode::Class,
            session,
            seconds: 60,
            at: when,
        })
        .unwrap();
}

fn store_with_learners(dir: &std::path::Path) -> Store {
    let mut store = Store::open(dir, Utc::now()).unwrap();
    let lesson = common::example_lesson();
    let wang = store
        .add_learner("王秀英", Some("1001"), Utc::now())
        .unwrap();
    for name in HOSTILE {
        store.add_learner(name, None, Utc::now()).unwrap();
    }
    for (n, id) in ["open-scan", "enter-amount"].into_iter().enumerate() {
        let when = at(20, 2) + chrono::Duration::minutes(n as i64);
        step(&mut store, wang.id, &lesson, id, when);
    }
    store
}

fn cx() -> Context {
    Context {
        lang: Lang::Zh,
        zone: Zone::beijing(),
        today: NaiveDate::from_ymd_opt(2026, 10, 26).unwrap(),
        unit: "东城社区教育中心".into(),
    }
}

/// Writes the progress export of `lessons` to `path` as a coordinator's command does.
fn export(
    store: &Store,
    lessons: &[&Lesson],
    covers: Covers,
    format: Format,
    path: &std::path::Path,
) -> usize {
    let q = Query {
        lessons,
        covers,
        step_sheets: format == Format::Xlsx,
    };
    let target = Target::File(path.to_path_buf());
    progress::export(store, &q, &cx(), |tables, rows| {
        write_tables(
            tables,
            format,
            &target,
            &mut std::io::sink(),
            Lang::Zh,
            |s| rows(s),
        )
    })
    .unwrap()
}

/// The row of the header's first line (学员号).
fn header_row(range: &Range<Data>) -> u32 {
    (0..range.height() as u32)
        .find(|&r| range.get_value((r, 0)) == Some(&Data::String("学员号".into())))
        .expect("a header row")
}

fn row_of(range: &Range<Data>, code: &str) -> u32 {
    (0..range.height() as u32)
        .find(|&r| range.get_value((r, 0)) == Some(&Data::String(code.into())))
        .unwrap_or_else(|| panic!("no row for {code}"))
}

fn date(range: &Range<Data>, cell: (u32, u32)) -> Option<NaiveDate> {
    match range.get_value(cell)? {
        // Excel's serial day: days since 30 December 1899.
        Data::DateTime(d) => NaiveDate::from_ymd_opt(1899, 12, 30)
            .map(|epoch| epoch + chrono::Duration::days(d.as_f64().floor() as i64)),
        _ => None,
    }
}

#[test]
fn xlsx_reads_back_with_heading_two_row_header_text_numbers_dates_and_no_formulas() {
    let dir = tempfile::tempdir().unwrap();
    let store = store_with_learners(dir.path());
    let lesson = common::example_lesson();
    let path = dir.path().join("进度表.xlsx");
    export(&store, &[&lesson], Covers::default(), Format::Xlsx, &path);

    let mut book: Xlsx<_> = open_workbook(&path).unwrap();
    assert_eq!(book.sheet_names(), ["学员进度", "扫码付款", "备注"]);
    let range = book.worksheet_range("学员进度").unwrap();
    let text = |r: u32, c: u32| match range.get_value((r, c)) {
        Some(Data::String(s)) => s.clone(),
        other => format!("{other:?}"),
    };
    assert_eq!(text(0, 0), "学员学习进度表");
    assert!(
        text(1, 0).contains("统计时段：最早的记录 至 2026年10月26日"),
        "{}",
        text(1, 0)
    );
    assert!(text(1, 0).contains("地点：全部地点"));
    assert!(
        text(2, 0).contains("填报单位：东城社区教育中心"),
        "{}",
        text(2, 0)
    );
    assert!(text(2, 0).contains("制表日期：2026年10月26日"));
    assert!(text(2, 0).contains(&format!("zhulao {}", env!("CARGO_PKG_VERSION"))));
    let h = header_row(&range);
    assert_eq!(
        text(h, 2),
        "扫码付款（共 4 步）",
        "the lesson over its columns"
    );
    assert_eq!(
        [text(h + 1, 2), text(h + 1, 3), text(h + 1, 4)],
        ["状态", "步数", "最近学习"]
    );
    let wang = row_of(&range, "1001");
    assert_eq!(text(wang, 1), "王秀英");
    assert_eq!(text(wang, 2), "学习中");
    assert_eq!(
        range.get_value((wang, 3)),
        Some(&Data::Float(2.0)),
        "numbers stay numbers"
    );
    assert_eq!(
        date(&range, (wang, 4)),
        NaiveDate::from_ymd_opt(2026, 10, 20),
        "a date cell"
    );
    for name in HOSTILE {
        let clean = zhulao::lesson::sanitize_line(name).trim().to_string();
        let found = (h..range.height() as u32).any(|r| text(r, 1) == clean);
        assert!(found, "{clean:?} is kept as text");
    }
    let formulas = book.worksheet_formula("学员进度").unwrap();
    assert!(
        formulas.used_cells().all(|(_, _, f)| f.is_empty()),
        "no cell is a formula"
    );
    let steps = book.worksheet_range("扫码付款").unwrap();
    let h = header_row(&steps);
    let wang = row_of(&steps, "1001");
    assert!(wang > h);
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
fn the_home_screen_sheets_still_have_one_header_row() {
    let dir = tempfile::tempdir().unwrap();
    let store = store_with_learners(dir.path());
    let lesson = common::example_lesson();
    let sheets = progress_sheets(&store, &[&lesson], Lang::Zh, true).unwrap();
    assert_eq!(sheets[0].header[3], "扫码付款（共 4 步）·步数");
    let path = dir.path().join("home.xlsx");
    write(&sheets, Format::Xlsx, &path).unwrap();
    let mut book: Xlsx<_> = open_workbook(&path).unwrap();
    let range = book.worksheet_range("学员进度").unwrap();
    assert_eq!(
        range.get_value((0, 0)),
        Some(&Data::String("学员号".into()))
    );
}

#[test]
fn csv_has_a_bom_a_heading_and_neutralises_formulas() {
    let dir = tempfile::tempdir().unwrap();
    let store = store_with_learners(dir.path());
    let lesson = common::example_lesson();
    let path = dir.path().join("progress.csv");
    export(&store, &[&lesson], Covers::default(), Format::Csv, &path);
    let bytes = std::fs::read(&path).unwrap();
    assert_eq!(
        &bytes[..3],
        "\u{feff}".as_bytes(),
        "UTF-8 BOM for Excel and WPS"
    );
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(&bytes[3..]);
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(&rows[0][0], "学员学习进度表");
    assert!(rows[1][0].starts_with("统计时段："));
    let h = rows.iter().position(|r| &r[0] == "学员号").unwrap();
    assert_eq!(&rows[h][3], "扫码付款（共 4 步）·步数");
    let data = &rows[h + 1..];
    assert_eq!(data.len(), 1 + HOSTILE.len());
    for row in data {
        let name = &row[1];
        assert!(
            !zhulao::export::safe::is_risky(name),
            "{name:?} could run as a formula"
        );
        assert!(!name.chars().any(char::is_control), "{name:?}");
    }
    let wang = data
        .iter()
        .find(|r| &r[0] == "=\"1001\"")
        .expect("the code kept as text");
    assert_eq!(&wang[3], "2");
    assert_eq!(&wang[4], "2026-10-20");
    assert!(
        data.iter()
            .any(|r| &r[1] == "'=HYPERLINK(\"http://evil.example\",\"点我\")")
    );
}

#[test]
fn rows_are_sorted_by_learner_code() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(dir.path(), Utc::now()).unwrap();
    for (name, code) in [
        ("阿", "1001"),
        ("吧", "0012"),
        ("从", "999"),
        ("的", "012"),
        ("饿", "20001"),
    ] {
        store.add_learner(name, Some(code), Utc::now()).unwrap();
    }
    let path = dir.path().join("p.xlsx");
    export(&store, &[], Covers::default(), Format::Xlsx, &path);
    let mut book: Xlsx<_> = open_workbook(&path).unwrap();
    let range = book.worksheet_range("学员进度").unwrap();
    let h = header_row(&range) + 1;
    let codes: Vec<String> = (h..range.height() as u32)
        .filter_map(|r| match range.get_value((r, 0)) {
            Some(Data::String(s)) if !s.is_empty() => Some(s.clone()),
            _ => None,
        })
        .collect();
    assert_eq!(codes, ["012", "0012", "999", "1001", "20001"]);
}

/// 王秀英 did step 1 on 19 October, steps 2–3 on the 21st and step 4 on the 22nd, the
/// last two at 东城 in a class; all at 07:30 Beijing time (23:30 UTC the day before).
fn a_week(dir: &std::path::Path) -> (Store, Lesson) {
    let mut store = Store::open(dir, Utc::now()).unwrap();
    let lesson = common::example_lesson();
    let wang = store
        .add_learner("王秀英", Some("1001"), Utc::now())
        .unwrap();
    let session = store
        .create_session(
            &NewSession {
                date: NaiveDate::from_ymd_opt(2026, 10, 21).unwrap(),
                site: "东城社区学院".into(),
                trainer: "李老师".into(),
                lesson_id: lesson.id.to_string(),
            },
            at(20, 23),
        )
        .unwrap();
    store.attend(session.id, wang.id, at(20, 23)).unwrap();
    let early = |d: u32| at(d - 1, 23) + chrono::Duration::minutes(30);
    step(&mut store, wang.id, &lesson, "open-scan", early(19));
    step_in(
        &mut store,
        wang.id,
        &lesson,
        "enter-amount",
        early(21),
        Some(session.id.0),
    );
    step_in(
        &mut store,
        wang.id,
        &lesson,
        "is-it-fraud",
        early(21),
        Some(session.id.0),
    );
    step(&mut store, wang.id, &lesson, "done", early(22));
    (store, lesson)
}

fn day(d: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(2026, 10, d)
}

/// Steps done and the last day of 1001's row.
fn cells(store: &Store, lesson: &Lesson, covers: Covers) -> (f64, Option<NaiveDate>, String) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("p.xlsx");
    export(store, &[lesson], covers, Format::Xlsx, &path);
    let mut book: Xlsx<_> = open_workbook(&path).unwrap();
    let range = book.worksheet_range("学员进度").unwrap();
    let r = row_of(&range, "1001");
    let Some(Data::Float(done)) = range.get_value((r, 3)) else {
        panic!("no count");
    };
    let Some(Data::String(status)) = range.get_value((r, 2)) else {
        panic!("no status");
    };
    (*done, date(&range, (r, 4)), status.clone())
}

#[test]
fn a_morning_class_counts_on_its_local_day() {
    let dir = tempfile::tempdir().unwrap();
    let (store, lesson) = a_week(dir.path());
    let (done, last, status) = cells(&store, &lesson, Covers::default());
    assert_eq!(
        (done, last),
        (4.0, day(22)),
        "07:30 on the 22nd is the 22nd, not the 21st"
    );
    assert_eq!(status, "已完成");
    let only_19 = Covers {
        from: day(19),
        to: day(19),
        site: None,
    };
    assert_eq!(
        cells(&store, &lesson, only_19).0,
        1.0,
        "the 19th's step, by local day"
    );
}

#[test]
fn the_period_and_site_filter_the_cells() {
    let dir = tempfile::tempdir().unwrap();
    let (store, lesson) = a_week(dir.path());
    let to_21 = Covers {
        to: day(21),
        ..Covers::default()
    };
    let (done, last, status) = cells(&store, &lesson, to_21);
    assert_eq!((done, last), (3.0, day(21)), "nothing after --to");
    assert_eq!(status, "学习中");
    let from_21 = Covers {
        from: day(21),
        ..Covers::default()
    };
    assert_eq!(
        cells(&store, &lesson, from_21).0,
        3.0,
        "nothing before --from"
    );
    let at_site = Covers {
        site: Some("东城社区学院".into()),
        ..Covers::default()
    };
    let (done, last, _) = cells(&store, &lesson, at_site);
    assert_eq!((done, last), (2.0, day(21)), "only the class at the site");
}

#[test]
fn a_lesson_title_with_apostrophes_exports() {
    let dir = tempfile::tempdir().unwrap();
    let store = store_with_learners(dir.path());
    let mut lesson = common::example_lesson();
    lesson.title = "'引号课'".into();
    let path = dir.path().join("p.xlsx");
    export(&store, &[&lesson], Covers::default(), Format::Xlsx, &path);
    let book: Xlsx<_> = open_workbook(&path).unwrap();
    assert_eq!(book.sheet_names(), ["学员进度", "引号课", "备注"]);
}

#[test]
fn control_characters_already_in_the_database_never_reach_a_file() {
    let dir = tempfile::tempdir().unwrap();
    let store = store_with_learners(dir.path());
    drop(store);
    let conn = rusqlite::Connection::open(dir.path().join("zhulao.db")).unwrap();
    conn.execute(
        "UPDATE learner SET display_name = ?1, notes = ?2 WHERE code = '1001'",
        ["A\u{1b}[2J\u{7}B\u{202e}C", "x\u{0}y"],
    )
    .unwrap();
    drop(conn);
    let store = Store::open_read_only(dir.path()).unwrap();
    let lesson = common::example_lesson();
    for (name, format) in [("p.csv", Format::Csv), ("p.xlsx", Format::Xlsx)] {
        let path = dir.path().join(name);
        export(&store, &[&lesson], Covers::default(), format, &path);
        if format == Format::Csv {
            let text = std::fs::read_to_string(&path).unwrap();
            assert!(text.contains("A[2JBC"), "{text}");
            assert!(
                !text
                    .chars()
                    .any(|c| c.is_control() && c != '\n' && c != '\r')
            );
            assert!(!text.contains('\u{202e}'));
        } else {
            let mut book: Xlsx<_> = open_workbook(&path).unwrap();
            let range = book.worksheet_range("学员进度").unwrap();
            let r = row_of(&range, "1001");
            assert_eq!(
                range.get_value((r, 1)),
                Some(&Data::String("A[2JBC".into()))
            );
        }
    }
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
