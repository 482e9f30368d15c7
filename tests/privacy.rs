//! Personal data (issue 22, items 4 and 5): the data folder, the database, backups and
//! exports are their owner's only; `learner delete` erases a learner's name from the file
//! (the file's bytes are searched), `learner merge` leaves the name merged away unreadable;
//! `data backup` writes a whole file under its final name and nothing else.

use assert_cmd::Command;
use predicates::prelude::*;

fn zhulao(data: &std::path::Path) -> Command {
    let mut cmd = Command::cargo_bin("zhulao").unwrap();
    cmd.arg("--data-dir")
        .arg(data)
        .arg("--config")
        .arg(data.with_extension("toml"));
    cmd
}

/// The code `learner add` printed.
fn add(data: &std::path::Path, name: &str) -> String {
    let out = zhulao(data)
        .args(["learner", "add", name])
        .assert()
        .success();
    let text = String::from_utf8(out.get_output().stdout.clone()).unwrap();
    text.chars().filter(char::is_ascii_digit).collect()
}

/// True when `needle` is anywhere in the database file or its WAL.
fn in_files(data: &std::path::Path, needle: &str) -> bool {
    ["zhulao.db", "zhulao.db-wal"].iter().any(|f| {
        std::fs::read(data.join(f))
            .is_ok_and(|bytes| bytes.windows(needle.len()).any(|w| w == needle.as_bytes()))
    })
}

#[test]
fn a_deleted_learner_is_gone_from_the_file_and_backups_are_named() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let keep = add(&data, "李建国");
    let gone = add(&data, "欧阳糖尿病");
    zhulao(&data)
        .args(["learner", "rename", &gone, "欧阳秀英糖尿病"])
        .assert()
        .success();
    assert!(in_files(&data, "欧阳秀英糖尿病"));
    zhulao(&data)
        .args(["learner", "delete", &gone])
        .assert()
        .success()
        .stdout(
            predicate::str::contains("已从数据文件中抹去").and(predicate::str::contains("备份")),
        );
    assert!(
        !in_files(&data, "欧阳秀英糖尿病"),
        "the name is still in the file"
    );
    assert!(
        !in_files(&data, "欧阳糖尿病"),
        "the old name is still in the file"
    );
    assert!(in_files(&data, "李建国"));
    zhulao(&data)
        .args(["learner", "show", &gone])
        .assert()
        .code(1);
    zhulao(&data)
        .args(["learner", "show", &keep])
        .assert()
        .success();
}

#[test]
fn after_a_merge_the_name_merged_away_is_not_in_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let keep = add(&data, "王秀英");
    let other = add(&data, "王秀英重复记录");
    zhulao(&data)
        .args(["learner", "merge", &keep, &other])
        .assert()
        .success();
    assert!(!in_files(&data, "王秀英重复记录"));
}

#[cfg(unix)]
#[test]
fn the_folder_the_database_backups_and_exports_are_the_owners_only() {
    use std::os::unix::fs::PermissionsExt;
    let mode = |p: &std::path::Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    add(&data, "王秀英");
    assert_eq!(mode(&data), 0o700);
    assert_eq!(mode(&data.join("zhulao.db")), 0o600);
    let wal = data.join("zhulao.db-wal");
    if wal.exists() {
        assert_eq!(mode(&wal), 0o600);
    }
    let backup = dir.path().join("copies").join("b.db");
    zhulao(&data)
        .args(["data", "backup", "-o"])
        .arg(&backup)
        .assert()
        .success();
    assert_eq!(mode(&backup), 0o600);
    assert_eq!(mode(backup.parent().unwrap()), 0o700);
    // Only the whole copy is there, under its own name.
    let names: Vec<_> = std::fs::read_dir(backup.parent().unwrap())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(names, ["b.db"]);
    let conn = rusqlite::Connection::open(&backup).unwrap();
    let n: i64 = conn
        .query_row("SELECT count(*) FROM learner", [], |r| r.get(0))
        .unwrap();
    assert_eq!(n, 1);
    let csv = dir.path().join("out.csv");
    zhulao(&data)
        .args(["export", "progress", "-o"])
        .arg(&csv)
        .assert()
        .success();
    assert_eq!(mode(&csv), 0o600);
}
