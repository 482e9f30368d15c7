//! Hostile lesson files (issue 22, item 6): a symbolic link and a FIFO are refused with a
//! message that shows nothing of what they hold, and `lesson check` on a FIFO ends.

#![cfg(unix)]

use assert_cmd::Command;
use std::time::Duration;

fn check(path: &std::path::Path) -> (bool, String) {
    let out = Command::cargo_bin("zhulao")
        .unwrap()
        .args(["--lang", "en", "lesson", "check"])
        .arg(path)
        .timeout(Duration::from_secs(60))
        .output()
        .unwrap();
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    (out.status.success(), text)
}

#[test]
fn a_symlinked_lesson_is_refused_without_showing_what_it_points_at() {
    let dir = tempfile::tempdir().unwrap();
    let secret = dir.path().join("shadow");
    std::fs::write(&secret, "root:SECRET-HASH-LINE:19000:0:99999:7:::\n").unwrap();
    let link = dir.path().join("lesson.toml");
    std::os::unix::fs::symlink(&secret, &link).unwrap();
    let (ok, text) = check(&link);
    assert!(!ok, "{text}");
    assert!(text.contains("symbolic link"), "{text}");
    assert!(!text.contains("SECRET"), "{text}");
    // In a folder too.
    let (ok, text) = check(dir.path());
    assert!(!ok);
    assert!(!text.contains("SECRET"), "{text}");
}

#[test]
fn a_fifo_is_refused_and_the_check_ends() {
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("lesson.toml");
    let made = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .unwrap();
    assert!(made.success());
    let (ok, text) = check(&fifo);
    assert!(!ok, "{text}");
    assert!(text.contains("not a plain file"), "{text}");
}
