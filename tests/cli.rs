//! The built binary's author commands: check, schema, new.

use assert_cmd::Command;
use predicates::prelude::*;

fn zhulao(data: &std::path::Path) -> Command {
    let mut cmd = Command::cargo_bin("zhulao").unwrap();
    cmd.env("ZHULAO_DATA_DIR", data)
        .env("ZHULAO_CONFIG", data.join("settings.toml"))
        .env_remove("LANG");
    cmd
}

fn manifest(path: &str) -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(path)
}

#[test]
fn check_passes_on_the_bundled_lessons_folder() {
    let data = tempfile::tempdir().unwrap();
    let out = zhulao(data.path())
        .args(["lesson", "check"])
        .arg(manifest("lessons"))
        .assert()
        .success();
    let text = String::from_utf8(out.get_output().stdout.clone()).unwrap();
    let files = std::fs::read_dir(manifest("lessons")).unwrap().count();
    assert_eq!(
        text.lines().filter(|l| l.starts_with("✓ ")).count(),
        files,
        "{text}"
    );
    assert!(
        text.contains(&format!(
            "共检查 {files} 个文件：{files} 个通过，0 个有错。"
        )),
        "{text}"
    );
}

#[test]
fn check_without_paths_checks_what_the_program_loads() {
    let data = tempfile::tempdir().unwrap();
    zhulao(data.path())
        .args(["lesson", "check"])
        .assert()
        .success()
        .stdout(predicate::str::contains("✓ 自带:"));
}

#[test]
fn check_fails_with_one_line_per_file_on_the_bad_fixtures() {
    let data = tempfile::tempdir().unwrap();
    let out = zhulao(data.path())
        .args(["lesson", "check"])
        .arg(manifest("tests/fixtures/bad-lessons"))
        .arg(manifest("tests/fixtures/ok-lessons/with-bom-crlf.toml"))
        .assert()
        .code(1);
    let text = String::from_utf8(out.get_output().stdout.clone()).unwrap();
    let bad = std::fs::read_dir(manifest("tests/fixtures/bad-lessons"))
        .unwrap()
        .count();
    assert_eq!(
        text.lines().filter(|l| l.starts_with("✗ ")).count(),
        bad,
        "{text}"
    );
    assert_eq!(
        text.lines().filter(|l| l.starts_with("✓ ")).count(),
        1,
        "{text}"
    );
    assert!(!text.contains('\u{1b}'), "raw escape reached the terminal");
    assert!(
        text.ends_with(&format!("：1 个通过，{bad} 个有错。\n")),
        "{text}"
    );
}

#[test]
fn check_speaks_english_with_lang_en() {
    let data = tempfile::tempdir().unwrap();
    zhulao(data.path())
        .args(["--lang", "en", "lesson", "check"])
        .arg(manifest("tests/fixtures/bad-lessons/unknown-key.toml"))
        .assert()
        .code(1)
        .stdout(predicate::str::contains(
            "unknown-key.toml:4:1: error: unknown key 'titel'. Did you mean 'title'?",
        ))
        .stdout(predicate::str::contains(
            "Checked 1 files: 0 ok, 1 with errors.",
        ));
}

#[test]
fn check_of_a_missing_file_says_so() {
    let data = tempfile::tempdir().unwrap();
    zhulao(data.path())
        .args(["lesson", "check", "no-such-lesson.toml"])
        .assert()
        .code(1)
        .stdout(predicate::str::contains(
            "no-such-lesson.toml: 错误：读不了这个文件",
        ));
}

#[test]
fn new_writes_a_template_that_passes_and_never_overwrites() {
    let data = tempfile::tempdir().unwrap();
    let dir = tempfile::tempdir().unwrap();
    zhulao(data.path())
        .current_dir(dir.path())
        .args(["lesson", "new", "wechat-video"])
        .assert()
        .success();
    let file = dir.path().join("wechat-video.toml");
    let text = std::fs::read_to_string(&file).unwrap();
    assert!(text.contains("id = \"wechat-video\""));
    zhulao(data.path())
        .args(["lesson", "check"])
        .arg(&file)
        .assert()
        .success();
    std::fs::write(&file, "我自己的内容").unwrap();
    zhulao(data.path())
        .current_dir(dir.path())
        .args(["lesson", "new", "wechat-video"])
        .assert()
        .code(1);
    assert_eq!(std::fs::read_to_string(&file).unwrap(), "我自己的内容");
}

#[test]
fn new_refuses_a_bad_id() {
    let data = tempfile::tempdir().unwrap();
    let dir = tempfile::tempdir().unwrap();
    zhulao(data.path())
        .current_dir(dir.path())
        .args(["lesson", "new", "Bad Id"])
        .assert()
        .code(1)
        .stdout(predicate::str::contains("课程编号“Bad Id”不合格"));
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
}

#[test]
fn user_lessons_in_the_data_dir_are_checked_too() {
    let data = tempfile::tempdir().unwrap();
    std::fs::create_dir(data.path().join("lessons")).unwrap();
    std::fs::write(data.path().join("lessons/mine.toml"), "id = 3").unwrap();
    zhulao(data.path())
        .args(["lesson", "check"])
        .assert()
        .code(1)
        .stdout(predicate::str::contains("mine.toml"));
}

#[test]
fn schema_is_json() {
    let data = tempfile::tempdir().unwrap();
    let out = zhulao(data.path())
        .args(["lesson", "schema"])
        .assert()
        .success();
    let schema: serde_json::Value = serde_json::from_slice(&out.get_output().stdout).unwrap();
    assert_eq!(schema["title"], "zhulao lesson");
}

#[test]
fn learners_can_be_added_listed_renamed_merged_and_shown() {
    let data = tempfile::tempdir().unwrap();
    let run = |args: &[&str]| zhulao(data.path()).args(args).assert();
    let added = run(&["learner", "add", "王秀英"]).success();
    let added = String::from_utf8(added.get_output().stdout.clone()).unwrap();
    assert!(added.starts_with("已添加学员：王秀英\n学员号："), "{added}");
    let code: String = added.chars().filter(char::is_ascii_digit).collect();
    assert_eq!(code.len(), 7, "{added}");
    // Grouped as on the card: three digits, a space, four.
    let shown = format!("学员号：{} {}\n", &code[..3], &code[3..]);
    assert!(added.ends_with(&shown), "{added}");
    run(&[
        "learner",
        "add",
        "王 秀英",
        "--code",
        "5678",
        "--notes",
        "眼睛不好，需要大字",
    ])
    .success();
    run(&["learner", "add", "别人", "--code", "5678"])
        .code(1)
        .stdout("")
        .stderr(predicate::str::contains("已经有人用了"));
    run(&["learner", "list"])
        .success()
        .stdout(predicate::str::contains("5678      王 秀英"));
    run(&["learner", "rename", "5678", "王秀英（二）"]).success();
    run(&["learner", "merge", &code, "5678"])
        .success()
        .stdout(predicate::str::contains(format!("并入了 {code}")));
    run(&["learner", "show", "5678"])
        .code(1)
        .stderr(predicate::str::contains("没有找到学员号“5678”"));
    run(&["learner", "show", &code])
        .success()
        .stdout(predicate::str::contains(format!("{code}  王秀英")));
}

#[test]
fn data_commands_report_where_and_check_and_back_up() {
    let data = tempfile::tempdir().unwrap();
    let run = |args: &[&str]| zhulao(data.path()).args(args).assert();
    run(&["data", "path"])
        .success()
        .stdout(predicate::str::contains("zhulao.db"));
    run(&["learner", "add", "李华"]).success();
    run(&["data", "check"])
        .success()
        .stdout(predicate::str::contains("1 位学员"));
    let dest = data.path().join("copy.db");
    run(&["data", "backup", "-o", dest.to_str().unwrap()]).success();
    assert!(dest.exists());
}

#[test]
fn a_garbage_database_is_reported_in_plain_words_and_kept() {
    let data = tempfile::tempdir().unwrap();
    std::fs::write(data.path().join("zhulao.db"), "not a database").unwrap();
    zhulao(data.path())
        .args(["learner", "list"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("不是学习记录文件"));
    assert_eq!(
        std::fs::read_to_string(data.path().join("zhulao.db")).unwrap(),
        "not a database"
    );
}

#[test]
fn settings_choose_the_language_and_a_bad_settings_file_is_named() {
    let data = tempfile::tempdir().unwrap();
    let file = manifest("tests/fixtures/ok-lessons/with-bom-crlf.toml");
    std::fs::write(data.path().join("settings.toml"), "lang = \"en\"\n").unwrap();
    zhulao(data.path())
        .args(["lesson", "check"])
        .arg(&file)
        .assert()
        .success()
        .stdout(predicate::str::contains("(1 steps, 1 questions)"));
    zhulao(data.path())
        .args(["--lang", "zh", "lesson", "check"])
        .arg(&file)
        .assert()
        .success()
        .stdout(predicate::str::contains("（1 步，1 道题）"));
    std::fs::write(
        data.path().join("settings.toml"),
        "lang = \"en\"\nthem = 1\n",
    )
    .unwrap();
    zhulao(data.path())
        .args(["lesson", "check"])
        .arg(&file)
        .assert()
        .success()
        .stderr(predicate::str::contains(
            "settings.toml:2:1: 错误：不认识的键“them”。你是不是想写“theme”？",
        ));
    assert_eq!(
        std::fs::read_to_string(data.path().join("settings.toml")).unwrap(),
        "lang = \"en\"\nthem = 1\n"
    );
}

#[test]
fn lesson_speak_shows_the_program_and_exactly_what_it_is_given() {
    let dir = tempfile::tempdir().unwrap();
    let settings = dir.path().join("settings.toml");
    std::fs::write(
        &settings,
        "format_version = 1\nspeech_command = [\"sh\", \"-c\", \"cat > /dev/null\", \"cmn-latn-pinyin\"]\nspeech_input = \"stdin\"\n",
    )
    .unwrap();
    zhulao(dir.path())
        .args(["--config"])
        .arg(&settings)
        .args(["lesson", "speak", "mobile-payment", "--step", "4", "--say"])
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "朗读程序：sh -c cat > /dev/null cmn-latn-pinyin（给它带声调数字的拼音）",
        ))
        .stdout(predicate::str::contains(
            "  老板说一共 18 元。请在金额框里输入 18。",
        ))
        .stdout(predicate::str::contains(
            "→ lao3 ban3 shuo1 yi2 gong4 shi2 ba1 yuan2.",
        ));
    zhulao(dir.path())
        .args(["--config"])
        .arg(&settings)
        .args(["lesson", "speak", "mobile-payment", "--step", "99"])
        .assert()
        .failure()
        .stdout(predicate::str::contains("这节课只有第 1 到第 12 步"));
}
