//! `zhulao report activity` on the hand-computed fixture (tests/stats_common; the figures
//! by hand are in tests/activity.rs): the table it prints with its definitions, the XLSX
//! read back with calamine, the CSV's one-decimal figures, a bad date said plainly; and
//! `export learner`'s record and printable certificate.

mod stats_common;

use std::path::Path;

use calamine::{Data, Reader, Xlsx, open_workbook};
use stats_common::{A, B, fixture, samples, zhulao};

/// `zhulao report activity` for the fixture's week, written to `file`.
fn week_report(dir: &Path, file: &Path) -> std::process::Output {
    zhulao(dir)
        .args([
            "report",
            "activity",
            "--from",
            "2026-10-19",
            "--to",
            "2026-10-25",
            "-o",
        ])
        .arg(file)
        .output()
        .unwrap()
}

#[test]
fn the_report_command_prints_the_table_with_its_definitions_and_writes_xlsx() {
    let dir = tempfile::tempdir().unwrap();
    drop(fixture(dir.path()));
    let xlsx = dir.path().join("统计表.xlsx");
    let out = week_report(dir.path(), &xlsx);
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(out.status.success(), "{text}");
    assert!(
        text.contains("统计时段：2026年10月19日 至 2026年10月25日"),
        "{text}"
    );
    let total = text.lines().find(|l| l.starts_with("全区合计")).unwrap();
    let figures: Vec<&str> = total.split_whitespace().skip(1).collect();
    assert_eq!(
        figures,
        ["4", "5.2", "16", "9", "8", "5", "7.8", "75.9"],
        "{text}"
    );
    assert!(text.contains("老年人数：不重复的人数"), "{text}");
    assert!(text.contains("小计"));
    samples(&xlsx, "activity.xlsx");
    let mut book: Xlsx<_> = open_workbook(&xlsx).unwrap();
    let range = book.worksheet_range("活动情况统计表").unwrap();
    let text = |r: usize, c: usize| match range.get((r, c)) {
        Some(Data::String(s)) => s.clone(),
        _ => String::new(),
    };
    assert_eq!(text(0, 0), "活动情况统计表");
    assert!(text(1, 0).contains("地点：全部地点"));
    let h = (0..range.height()).find(|&r| text(r, 0) == "地点").unwrap();
    let header: Vec<String> = (0..11).map(|c| text(h, c)).collect();
    assert_eq!(
        header,
        [
            "地点",
            "形式",
            "领域",
            "场次",
            "课时(h)",
            "参与人次",
            "老年人数（不重复）",
            "其中新学员（不重复）",
            "志愿者数（不重复）",
            "志愿服务时长(h)",
            "课后题平均得分"
        ]
    );
    let row = |r: usize| -> Vec<Data> {
        (0..11)
            .map(|c| range.get((r, c)).cloned().unwrap_or(Data::Empty))
            .collect()
    };
    let s = |t: &str| Data::String(t.into());
    let n = Data::Float;
    assert_eq!(
        row(h + 1),
        [
            s(A),
            s("集中授课"),
            s("掌上金融"),
            n(2.0),
            n(2.5),
            n(6.0),
            n(5.0),
            n(5.0),
            n(4.0),
            n(6.5),
            n(76.2)
        ]
    );
    assert_eq!(row(h + 3)[..3], [s(A), s("小计"), Data::Empty]);
    assert_eq!(
        row(h + 8),
        [
            s(B),
            s("自助练习"),
            s("防诈骗"),
            n(0.0),
            n(0.8),
            n(2.0),
            n(2.0),
            n(2.0),
            n(0.0),
            n(0.0),
            n(75.0)
        ]
    );
    assert_eq!(
        row(h + 10),
        [
            s("全区合计"),
            Data::Empty,
            Data::Empty,
            n(4.0),
            n(5.2),
            n(16.0),
            n(9.0),
            n(8.0),
            n(5.0),
            n(7.8),
            n(75.9)
        ]
    );
    let last = range.height() - 1;
    assert!(text(last, 0).starts_with("填报人："));
    assert!((h + 11..last).any(|r| text(r, 0).starts_with("场次：")));
    let domains = book.worksheet_range("各领域参与人次").unwrap();
    let h = (0..domains.height())
        .find(|&r| domains.get((r, 0)) == Some(&s("地点")))
        .unwrap();
    let got: Vec<Data> = (0..5)
        .map(|c| domains.get((h + 4, c)).cloned().unwrap())
        .collect();
    assert_eq!(got, [s("全区合计"), n(7.0), n(4.0), n(5.0), n(16.0)]);
    // Two native charts on the second sheet.
    let file = std::fs::File::open(&xlsx).unwrap();
    let zip = zip::ZipArchive::new(file).unwrap();
    let charts = zip
        .file_names()
        .filter(|n| n.starts_with("xl/charts/chart"))
        .count();
    assert_eq!(charts, 2);
}

#[test]
fn a_bad_date_is_said_plainly() {
    let dir = tempfile::tempdir().unwrap();
    let out = zhulao(dir.path())
        .args(["report", "activity", "--from", "10/19"])
        .output()
        .unwrap();
    assert!(!out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("日期“10/19”看不懂"), "{text}");
}

/// Hours and average scores keep their one decimal in a CSV file, as on the terminal
/// (a score of exactly 75 was written "75" beside "75.9").
#[test]
fn the_csv_table_writes_scores_and_hours_with_one_decimal() {
    let dir = tempfile::tempdir().unwrap();
    drop(fixture(dir.path()));
    let path = dir.path().join("统计表.csv");
    let out = week_report(dir.path(), &path);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
    let bytes = std::fs::read(&path).unwrap();
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(&bytes[3..]);
    let all: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    let row = |labels: [&str; 3]| {
        all.iter()
            .find(|r| r.iter().take(3).eq(labels))
            .unwrap_or_else(|| panic!("no row {labels:?}: {all:?}"))
            .iter()
            .skip(3)
            .map(str::to_string)
            .collect::<Vec<_>>()
    };
    assert_eq!(
        row([B, "自助练习", "防诈骗"]),
        ["0", "0.8", "2", "2", "2", "0", "0.0", "75.0"]
    );
    assert_eq!(
        row(["全区合计", "", ""]),
        ["4", "5.2", "16", "9", "8", "5", "7.8", "75.9"]
    );
}

#[test]
fn a_learner_record_and_a_printable_certificate() {
    let dir = tempfile::tempdir().unwrap();
    let f = fixture(dir.path());
    let code = f.store.learners().unwrap()[0].code.clone();
    drop(f);
    let run = |args: &[&str]| zhulao(dir.path()).args(args).output().unwrap();
    let csv_path = dir.path().join("档案.csv");
    let out = run(&[
        "export",
        "learner",
        &code,
        "--format",
        "csv",
        "-o",
        csv_path.to_str().unwrap(),
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
    let bytes = std::fs::read(&csv_path).unwrap();
    assert!(bytes.starts_with(b"\xEF\xBB\xBF"), "BOM");
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(&bytes[3..]);
    let all: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(&all[0][0], "学员学习档案");
    let h = all.iter().position(|r| &r[0] == "课程").unwrap();
    let rows = &all[h + 1..];
    // Learner 1 finished mobile payment and only sat in on ride hailing (no step marked).
    assert_eq!(rows.len(), 1, "{rows:?}");
    assert_eq!(&rows[0][1], "已完成");
    assert_eq!((&rows[0][2], &rows[0][3]), ("12", "12"));
    let html_path = dir.path().join("证书.html");
    let out = run(&[
        "export",
        "learner",
        &code,
        "--certificate",
        "-o",
        html_path.to_str().unwrap(),
    ]);
    assert!(out.status.success());
    let page = std::fs::read_to_string(&html_path).unwrap();
    assert!(page.contains("结业证书") && page.contains("移动支付"));
    assert!(
        page.contains("<td class=\"d\">2026年10月19日</td>"),
        "{page}"
    );
}
