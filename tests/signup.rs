//! `zhulao learner import`: sign-up sheets as a site keeps them, in CSV and in XLSX made
//! here with rust_xlsxwriter, run through the built binary (standard input is not a
//! terminal there) and through the library with a typed answer.

use std::io::Cursor;
use std::path::{Path, PathBuf};

use assert_cmd::Command;
use chrono::Utc;
use predicates::prelude::*;
use rust_xlsxwriter::{Format, Workbook};
use zhulao::cli::ImportArgs;
use zhulao::commands::import::{Answer, run};
use zhulao::i18n::Lang;
use zhulao::progress::store::db_path;
use zhulao::progress::{Learner, Store};

fn zhulao(data: &Path) -> Command {
    let mut cmd = Command::cargo_bin("zhulao").unwrap();
    cmd.env("ZHULAO_DATA_DIR", data)
        .env("ZHULAO_CONFIG", data.join("settings.toml"))
        .env_remove("LANG");
    cmd
}

/// The learners in the store, by name.
fn learners(data: &Path) -> Vec<Learner> {
    Store::open_read_only(data).unwrap().learners().unwrap()
}

/// A sign-up sheet with a title row, a header, good rows, the same person twice, two
/// people of one name, and broken rows.
const SHEET: &str = "东城社区智慧助老培训报名表\n\
序号,姓 名,手机号码,所在社区,备注,身份证号\n\
1,王秀英,13800138000,东城,眼睛不好,110101195001011234\n\
2,李  英,13900139000,西城,,\n\
3,王秀英,138-0013-8000,东城,眼睛不好,\n\
4,王秀英,13700137000,南城,,\n\
5,,13600136000,,,\n\
6,13512345678,,,,\n\
7,张\u{200b}建\u{202e}国,12345,,,\n\
8,,,,,\n\
,填表人：赵老师,,,,\n";

/// `zhulao learner import FILE FLAG`, which must succeed; what it printed.
fn imported(data: &Path, file: &Path, flag: &str) -> String {
    let out = zhulao(data)
        .args(["learner", "import"])
        .arg(file)
        .arg(flag)
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    String::from_utf8(out).unwrap()
}

/// Every line is in what the command printed.
fn says(out: &str, lines: &[&str]) {
    for line in lines {
        assert!(out.contains(line), "{line:?} missing from:\n{out}");
    }
}

fn csv_file(dir: &Path, text: &str) -> PathBuf {
    let path = dir.join("报名表.csv");
    std::fs::write(&path, format!("\u{feff}{text}")).unwrap();
    path
}

#[test]
fn a_csv_sheet_is_previewed_checked_and_imported() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let sheet = csv_file(dir.path(), SHEET);
    let out = imported(&data, &sheet, "--yes");
    says(
        &out,
        &[
            "第 2 行是表头。",
            "B 列“姓 名” → 姓名",
            "C 列“手机号码” → 电话",
            "不导入：A 序号、F 身份证号",
            "要导入 4 人：",
            "第 4 行  李英（备注：社区：西城；电话尾号 9000）",
            "第 6 行也叫这个名字，电话不一样，会当成不同的人导入",
            "名字里有看不见的字符，已经去掉",
            "电话“12345”位数不对，照样导入",
            "不导入的 4 行：",
            "第 5 行：王秀英 和第 3 行是同一个人（姓名、电话都一样），只导入一次。",
            "第 7 行：没有填姓名。",
            "第 8 行：姓名“13512345678”里有数字，可能填错了列。",
            "第 11 行：“填表人：赵老师”不像姓名，像是表格下面的说明。",
            "已导入 4 人：",
        ],
    );
    assert!(
        !out.contains("第 10 行"),
        "a pre-numbered empty row is no learner:\n{out}"
    );
    assert!(
        !out.contains("110101"),
        "identity numbers are never imported:\n{out}"
    );
    let all = learners(&data);
    let names: Vec<&str> = all.iter().map(|l| l.display_name.as_str()).collect();
    assert_eq!(names.len(), 4, "{names:?}");
    for name in ["王秀英", "李英", "张建国"] {
        assert!(names.contains(&name), "{name} in {names:?}");
    }
    let wangs: Vec<&Learner> = all.iter().filter(|l| l.display_name == "王秀英").collect();
    let mut notes: Vec<&str> = wangs.iter().map(|l| l.notes.as_str()).collect();
    notes.sort();
    assert_eq!(
        notes,
        [
            "社区：东城；眼睛不好；电话尾号 8000",
            "社区：南城；电话尾号 7000"
        ]
    );
    assert!(
        !all.iter().any(|l| l.notes.contains("13800138000")),
        "only the last digits"
    );
    // Every code the store gave is in the message and on the cards hint.
    for l in &all {
        assert!(
            out.contains(&format!("学员号 {}  {}", l.code, l.display_name)),
            "{out}"
        );
        assert!(out.contains(&l.code));
    }

    // The same sheet again: everyone is recognised, nothing is added.
    zhulao(&data)
        .args(["learner", "import"])
        .arg(&sheet)
        .arg("--yes")
        .assert()
        .success()
        .stdout(predicate::str::contains("已经在学员名单里"))
        .stdout(predicate::str::contains("没有要导入的新学员"));
    assert_eq!(learners(&data).len(), 4);
}

#[test]
fn a_write_failing_midway_leaves_nothing_written() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    {
        let mut store = Store::open(&data, Utc::now()).unwrap();
        store.add_learner("赵老伯", None, Utc::now()).unwrap();
    }
    // The third person of the sheet cannot be written (as a full disk or a broken file
    // would refuse it), after the first two were.
    let db = rusqlite::Connection::open(db_path(&data)).unwrap();
    db.execute_batch(
        "CREATE TRIGGER fail_midway BEFORE INSERT ON learner WHEN NEW.display_name = '张桂兰'
         BEGIN SELECT RAISE(ABORT, 'disk I/O error'); END;",
    )
    .unwrap();
    drop(db);
    let sheet = csv_file(
        dir.path(),
        "姓名,电话\n王秀英,13800138000\n李建国,13900139000\n张桂兰,13700137000\n",
    );
    let out = zhulao(&data)
        .args(["learner", "import"])
        .arg(&sheet)
        .arg("--yes")
        .assert()
        .failure()
        .get_output()
        .stdout
        .clone();
    let out = String::from_utf8(out).unwrap();
    assert!(out.contains("要导入 3 人"), "{out}");
    assert!(
        out.contains("没有导入：第 4 行 张桂兰 写不进去"),
        "the row that failed is named:\n{out}"
    );
    assert!(out.contains("一个也没有写进去"), "{out}");
    assert!(!out.contains("已导入"), "{out}");
    let names: Vec<String> = learners(&data)
        .into_iter()
        .map(|l| l.display_name)
        .collect();
    assert_eq!(
        names,
        ["赵老伯"],
        "the two rows before it were not written either"
    );
}

#[test]
fn nothing_is_written_without_confirmation() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let sheet = csv_file(
        dir.path(),
        "姓名,电话\n王秀英,13800138000\n李华,13900139000\n",
    );
    zhulao(&data)
        .args(["learner", "import"])
        .arg(&sheet)
        .assert()
        .code(1)
        .stdout(predicate::str::contains("要导入 2 人"))
        .stdout(predicate::str::contains("还没有写入任何东西"));
    assert!(!data.exists(), "not even a data folder is made");

    // With a database already there, it is not changed either.
    Store::open(&data, Utc::now())
        .unwrap()
        .add_learner("赵大爷", None, Utc::now())
        .unwrap();
    let before = std::fs::read(db_path(&data)).unwrap();
    zhulao(&data)
        .args(["learner", "import"])
        .arg(&sheet)
        .assert()
        .code(1);
    assert_eq!(std::fs::read(db_path(&data)).unwrap(), before);

    // At a terminal: anything but yes leaves the list as it was; y imports.
    let args = ImportArgs {
        file: sheet.clone(),
        sheet: None,
        name_column: None,
        phone_column: None,
        notes_column: None,
        community_column: None,
        yes: false,
    };
    for reply in ["\n", "n\n", "不要\n", ""] {
        let mut out = Vec::new();
        let mut input = Cursor::new(reply.as_bytes().to_vec());
        let answer = Answer {
            can_ask: true,
            input: &mut input,
        };
        assert!(run(&args, &data, Lang::Zh, answer, &mut out).unwrap());
        let out = String::from_utf8(out).unwrap();
        assert!(out.contains("导入这 2 人吗？"), "{out}");
        assert!(out.contains("没有导入，学员名单没有改动。"), "{out}");
        assert_eq!(learners(&data).len(), 1, "{reply:?}");
    }
    let mut out = Vec::new();
    let mut input = Cursor::new(b"y\n".to_vec());
    let answer = Answer {
        can_ask: true,
        input: &mut input,
    };
    assert!(run(&args, &data, Lang::Zh, answer, &mut out).unwrap());
    assert_eq!(learners(&data).len(), 3);
}

/// The sheet as an XLSX workbook: a merged title, phone numbers typed as numbers, a
/// header not in column A.
fn xlsx_file(dir: &Path) -> PathBuf {
    let path = dir.join("报名表.xlsx");
    let mut book = Workbook::new();
    let sheet = book.add_worksheet();
    sheet.set_name("报名").unwrap();
    let bold = Format::new().set_bold();
    sheet
        .merge_range(0, 1, 0, 5, "湖塘镇图书馆 智能手机培训报名表", &bold)
        .unwrap();
    for (c, h) in ["序号", "名字", "手机", "社区", "备注"].iter().enumerate() {
        sheet.write_string(2, c as u16 + 1, *h).unwrap();
    }
    let rows: [(&str, Option<f64>, &str, &str); 6] = [
        ("王秀英", Some(13_800_138_000.0), "东城", "带老花镜"),
        ("Maria\u{a0} Lopez", Some(13_900_139_000.0), "", ""),
        ("王秀英", Some(13_800_138_000.0), "东城", "带老花镜"),
        ("", Some(13_600_136_000.0), "", ""),
        (&"长".repeat(41), None, "", ""),
        ("王\u{feff}桂兰", None, "西城", ""),
    ];
    for (i, (name, phone, community, notes)) in rows.iter().enumerate() {
        let r = 3 + i as u32;
        sheet.write_number(r, 1, (i + 1) as f64).unwrap();
        if !name.is_empty() {
            sheet.write_string(r, 2, *name).unwrap();
        }
        if let Some(p) = phone {
            sheet.write_number(r, 3, *p).unwrap();
        }
        if !community.is_empty() {
            sheet.write_string(r, 4, *community).unwrap();
        }
        if !notes.is_empty() {
            sheet.write_string(r, 5, *notes).unwrap();
        }
    }
    book.save(&path).unwrap();
    path
}

#[test]
fn an_xlsx_sheet_with_good_duplicate_and_broken_rows() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let file = xlsx_file(dir.path());
    let out = imported(&data, &file, "-y");
    says(
        &out,
        &[
            "（工作表“报名”）",
            "第 3 行是表头。",
            "C 列“名字” → 姓名",
            "D 列“手机” → 电话",
            "要导入 3 人：",
            "第 4 行  王秀英（备注：社区：东城；带老花镜；电话尾号 8000）",
            "第 5 行  Maria Lopez（备注：电话尾号 9000）",
            "第 9 行  王桂兰（备注：社区：西城）",
            "第 6 行：王秀英 和第 4 行是同一个人",
            "第 7 行：没有填姓名。",
            "第 8 行：姓名有 41 个字，最多只能 40 个字。",
        ],
    );
    let mut names: Vec<String> = learners(&data)
        .into_iter()
        .map(|l| l.display_name)
        .collect();
    names.sort();
    assert_eq!(names, ["Maria Lopez", "王桂兰", "王秀英"]);

    // A same-name person already in the list (other notes) is pointed out, and still added.
    let again = dir.path().join("第二期.csv");
    std::fs::write(&again, "姓名,电话\n王秀英,13700137000\n").unwrap();
    let out = imported(&data, &again, "--yes");
    assert!(out.contains("学员名单里已经有同名的人（学员号 "), "{out}");
    assert_eq!(learners(&data).len(), 4);
}

#[test]
fn columns_can_be_named_and_problems_are_said_plainly() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let sheet = csv_file(dir.path(), "编号,称呼,联系电话\n1,王秀英,13800138000\n");
    zhulao(&data)
        .args(["learner", "import"])
        .arg(&sheet)
        .assert()
        .code(1)
        .stdout(predicate::str::contains("没有找到写姓名的那一列"))
        .stdout(predicate::str::contains("--name-column"));
    for pick in ["B", "2", "称呼"] {
        zhulao(&data)
            .args(["learner", "import", "--name-column", pick])
            .arg(&sheet)
            .assert()
            .code(1)
            .stdout(predicate::str::contains("B 列“称呼” → 姓名"))
            .stdout(predicate::str::contains("C 列“联系电话” → 电话"));
    }
    zhulao(&data)
        .args(["learner", "import", "--name-column", "名"])
        .arg(&sheet)
        .assert()
        .code(1)
        .stdout(predicate::str::contains(
            "--name-column 说的表头“名”，在表格的前 10 行里没有找到。",
        ));
    zhulao(&data)
        .args(["learner", "import"])
        .arg(dir.path().join("没有这个文件.xlsx"))
        .assert()
        .code(1)
        .stdout(predicate::str::contains("打不开"));
    let junk = dir.path().join("坏的.xlsx");
    std::fs::write(&junk, "not a workbook").unwrap();
    zhulao(&data)
        .args(["learner", "import"])
        .arg(&junk)
        .assert()
        .code(1)
        .stdout(predicate::str::contains("不是能读的表格"));
    assert!(!data.exists());
}

#[test]
fn a_gbk_csv_from_chinese_excel_is_read() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let path = dir.path().join("gbk.csv");
    let (bytes, _, _) = encoding_rs::GB18030.encode("姓名,备注\n王秀英,腿脚不便\n");
    std::fs::write(&path, bytes).unwrap();
    zhulao(&data)
        .args(["learner", "import", "--yes"])
        .arg(&path)
        .assert()
        .success();
    let all = learners(&data);
    assert_eq!(all.len(), 1);
    assert_eq!(
        (all[0].display_name.as_str(), all[0].notes.as_str()),
        ("王秀英", "腿脚不便")
    );
}

#[test]
fn english_messages() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let sheet = csv_file(dir.path(), "name,phone\nMaria Lopez,13800138000\n,139\n");
    zhulao(&data)
        .args(["--lang", "en", "learner", "import"])
        .arg(&sheet)
        .assert()
        .code(1)
        .stdout(predicate::str::contains("People to import: 1"))
        .stdout(predicate::str::contains("row 3: no name."))
        .stdout(predicate::str::contains("run it again with --yes"));
}

#[test]
fn the_preview_as_a_trainer_reads_it() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    Store::open(&data, Utc::now())
        .unwrap()
        .add_learner("李英", Some("1001"), Utc::now())
        .unwrap();
    let sheet = csv_file(dir.path(), SHEET);
    let args = ImportArgs {
        file: sheet,
        sheet: None,
        name_column: None,
        phone_column: None,
        notes_column: None,
        community_column: None,
        yes: false,
    };
    let mut out = Vec::new();
    let mut input = Cursor::new(b"n\n".to_vec());
    let answer = Answer {
        can_ask: true,
        input: &mut input,
    };
    assert!(run(&args, &data, Lang::Zh, answer, &mut out).unwrap());
    // The terminal's width does not matter to it: the lines are printed as they are.
    let out = String::from_utf8(out)
        .unwrap()
        .replace(&dir.path().display().to_string(), "〔文件夹〕");
    insta::assert_snapshot!(out);
    assert_eq!(learners(&data).len(), 1);
}
