//! The commands that only read open the database read-only: they work on a copy that
//! cannot be written, never create or migrate a database, and a data folder that does
//! not exist is an error naming it.

use assert_cmd::Command;
use chrono::Utc;
use predicates::prelude::*;
use zhulao::progress::Store;

fn zhulao(data: &std::path::Path) -> Command {
    let mut cmd = Command::cargo_bin("zhulao").unwrap();
    cmd.arg("--data-dir")
        .arg(data)
        .env("ZHULAO_CONFIG", data.with_file_name("settings.toml"))
        .env_remove("LANG");
    cmd
}

/// Every command that only reads, with `-o` into `out`.
fn read_commands(out: &std::path::Path) -> Vec<Vec<String>> {
    let o = |name: &str| out.join(name).display().to_string();
    [
        vec!["learner", "list"],
        vec!["learner", "show", "1001"],
        vec!["data", "check"],
        vec!["report", "activity"],
    ]
    .into_iter()
    .map(|v| v.into_iter().map(String::from).collect())
    .chain([
        vec!["data".into(), "backup".into(), "-o".into(), o("b.db")],
        vec!["export".into(), "progress".into(), "-o".into(), o("p.xlsx")],
        vec!["export".into(), "progress".into(), "-o".into(), o("p.csv")],
        vec![
            "export".into(),
            "learner".into(),
            "1001".into(),
            "-o".into(),
            o("l.xlsx"),
        ],
        vec!["report".into(), "activity".into(), "-o".into(), o("a.xlsx")],
    ])
    .collect()
}

#[test]
fn a_mistyped_data_folder_is_named_and_not_created() {
    let root = tempfile::tempdir().unwrap();
    let missing = root.path().join("zhulao-dataa");
    for args in read_commands(root.path()) {
        zhulao(&missing).args(&args).assert().code(1).stderr(
            predicate::str::contains("zhulao-dataa").and(predicate::str::contains("不存在")),
        );
        assert!(!missing.exists(), "{args:?} created the folder");
    }
}

#[test]
fn a_folder_without_a_database_is_said_and_none_is_made() {
    let root = tempfile::tempdir().unwrap();
    let empty = root.path().join("data");
    std::fs::create_dir(&empty).unwrap();
    for args in read_commands(root.path()) {
        zhulao(&empty).args(&args).assert().code(1).stderr(
            predicate::str::contains("zhulao.db").and(predicate::str::contains("没有学习记录")),
        );
        assert_eq!(
            std::fs::read_dir(&empty).unwrap().count(),
            0,
            "{args:?} wrote into the folder"
        );
    }
}

fn folder_with_a_learner(root: &std::path::Path) -> std::path::PathBuf {
    let data = root.join("data");
    let mut store = Store::open(&data, Utc::now()).unwrap();
    store
        .add_learner("王秀英", Some("1001"), Utc::now())
        .unwrap();
    data
}

#[cfg(unix)]
fn make_read_only(path: &std::path::Path, mode: u32) {
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).unwrap();
}

#[cfg(unix)]
#[test]
fn a_read_only_copy_can_be_listed_and_reported_on() {
    let root = tempfile::tempdir().unwrap();
    let data = folder_with_a_learner(root.path());
    let usb = root.path().join("usb");
    std::fs::create_dir(&usb).unwrap();
    std::fs::copy(data.join("zhulao.db"), usb.join("zhulao.db")).unwrap();
    let before = std::fs::read(usb.join("zhulao.db")).unwrap();
    make_read_only(&usb.join("zhulao.db"), 0o444);
    make_read_only(&usb, 0o555);
    let out = root.path().join("out");
    std::fs::create_dir(&out).unwrap();
    for args in read_commands(&out) {
        let result = zhulao(&usb).args(&args).assert().success();
        if args[1] == "list" {
            result.stdout(predicate::str::contains("1001      王秀英"));
        }
    }
    make_read_only(&usb, 0o755);
    assert_eq!(std::fs::read(usb.join("zhulao.db")).unwrap(), before);
}

#[test]
fn reading_leaves_the_database_as_it_was() {
    let root = tempfile::tempdir().unwrap();
    let data = folder_with_a_learner(root.path());
    let before = std::fs::read(data.join("zhulao.db")).unwrap();
    for args in read_commands(root.path()) {
        zhulao(&data).args(&args).assert().success();
    }
    assert_eq!(std::fs::read(data.join("zhulao.db")).unwrap(), before);
}

#[test]
fn a_database_from_an_older_zhulao_is_read_without_being_upgraded_on_disk() {
    let root = tempfile::tempdir().unwrap();
    let data = root.path().join("data");
    std::fs::create_dir(&data).unwrap();
    let conn = rusqlite::Connection::open(data.join("zhulao.db")).unwrap();
    conn.execute_batch(zhulao::progress::schema::MIGRATIONS[0])
        .unwrap();
    conn.pragma_update(None, "user_version", 1).unwrap();
    conn.pragma_update(
        None,
        "application_id",
        zhulao::progress::store::APPLICATION_ID,
    )
    .unwrap();
    conn.execute(
        "INSERT INTO learner (uuid, display_name, code, created) VALUES (x'01', '李华', '2001', '2026-10-01T00:00:00.000Z')",
        [],
    )
    .unwrap();
    drop(conn);
    zhulao(&data)
        .args(["learner", "list"])
        .assert()
        .success()
        .stdout(predicate::str::contains("2001      李华"));
    let out = root.path().join("p.xlsx");
    zhulao(&data)
        .args(["export", "progress", "-o"])
        .arg(&out)
        .assert()
        .success();
    let conn = rusqlite::Connection::open(data.join("zhulao.db")).unwrap();
    let version: i64 = conn
        .pragma_query_value(None, "user_version", |r| r.get(0))
        .unwrap();
    assert_eq!(version, 1, "the file keeps its version");
    assert!(!data.join("backups").exists(), "no migration backup");
}
