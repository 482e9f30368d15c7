//! `zhulao lesson handout` and `zhulao lesson preview` from the command line: a handout by
//! lesson id or by file, to a file or to standard output; a lesson that is not there or a
//! file with problems is said plainly; the preview refuses to start without a terminal
//! and refuses a size it cannot draw.

use assert_cmd::Command;

fn zhulao(data: &std::path::Path) -> Command {
    let mut cmd = Command::cargo_bin("zhulao").unwrap();
    cmd.arg("--data-dir")
        .arg(data)
        .arg("--config")
        .arg(data.join("settings.toml"))
        .env_remove("LANG");
    cmd
}

fn stdout(out: &assert_cmd::assert::Assert) -> String {
    String::from_utf8(out.get_output().stdout.clone()).unwrap()
}

#[test]
fn a_handout_by_id_is_written_to_the_file_named() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("讲义.html");
    let out = zhulao(dir.path())
        .args(["lesson", "handout", "fraud-calls", "-o"])
        .arg(&file)
        .assert()
        .success();
    let text = stdout(&out);
    assert!(
        text.contains("讲义已写到") && text.contains("（12 步）"),
        "{text}"
    );
    let page = std::fs::read_to_string(&file).unwrap();
    assert!(page.starts_with("<!DOCTYPE html>") && page.contains("96110"));
}

#[test]
fn a_handout_by_file_goes_to_standard_output_with_a_dash() {
    let dir = tempfile::tempdir().unwrap();
    let lesson = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("lessons/elder-mode.toml");
    let out = zhulao(dir.path())
        .args(["lesson", "handout"])
        .arg(&lesson)
        .args(["-o", "-"])
        .assert()
        .success();
    let page = stdout(&out);
    assert!(page.starts_with("<!DOCTYPE html>") && page.ends_with("</html>\n"));
}

#[test]
fn a_missing_lesson_or_a_broken_file_is_said_plainly() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("x.html");
    let out = zhulao(dir.path())
        .args(["lesson", "handout", "no-such-lesson", "-o"])
        .arg(&target)
        .assert()
        .code(1);
    assert!(
        stdout(&out).contains("没有找到课程“no-such-lesson”"),
        "{}",
        stdout(&out)
    );
    let broken = dir.path().join("坏.toml");
    std::fs::write(&broken, "format_version = 1\nid = \n").unwrap();
    let out = zhulao(dir.path())
        .args(["lesson", "handout"])
        .arg(&broken)
        .arg("-o")
        .arg(&target)
        .assert()
        .code(1);
    assert!(stdout(&out).contains("坏.toml:2:"), "{}", stdout(&out));
    assert!(!target.exists(), "nothing is written");
}

#[test]
fn the_preview_needs_a_terminal_and_a_size_it_can_draw() {
    let dir = tempfile::tempdir().unwrap();
    let lesson = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("lessons/elder-mode.toml");
    let out = zhulao(dir.path())
        .args(["lesson", "preview"])
        .arg(&lesson)
        .assert()
        .failure();
    let err = String::from_utf8(out.get_output().stderr.clone()).unwrap();
    assert!(err.contains("终端"), "{err}");
    zhulao(dir.path())
        .args(["lesson", "preview", "x.toml", "--size", "10x5"])
        .assert()
        .code(2);
}
