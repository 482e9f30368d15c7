//! The real `zhulao lesson preview` in a pseudo-terminal (tmux): it shows the lesson file,
//! draws it again when the file is saved (in place, and as editors do, a new file renamed
//! over the old one) at the same step, shows a broken save's problems over the last good
//! view, and leaves on q.

mod tty_common;

use std::path::Path;

use tty_common::{start_sized, tmux_missing};

/// The example lesson's TOML from docs/lesson-format.md.
fn example_toml() -> String {
    let doc = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/lesson-format.md"),
    )
    .unwrap();
    let start = doc.find("```toml\nformat_version").unwrap() + "```toml\n".len();
    doc[start..start + doc[start..].find("```").unwrap()].to_string()
}

/// Saves `text` as an editor that writes a new file and renames it over the old one.
fn save_by_rename(path: &Path, text: &str) {
    let tmp = path.with_extension("toml.swp");
    std::fs::write(&tmp, text).unwrap();
    std::fs::rename(&tmp, path).unwrap();
}

#[test]
fn a_save_redraws_the_same_step_and_a_broken_save_keeps_the_last_good_view() {
    if tmux_missing() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let lesson = dir.path().join("我的课程.toml");
    let toml = example_toml();
    std::fs::write(&lesson, &toml).unwrap();
    let args = format!("lesson preview '{}' --step 2", lesson.display());
    let tmux = start_sized(dir.path(), &args, &[], (100, 30));
    tmux.wait_for("the second step", |t| {
        let s = t.screen();
        s.contains("输入金额") && s.contains("第 2 步 / 共 4 步")
    });

    // Saved in place: the new words, at the same step.
    std::fs::write(&lesson, toml.replace("输入金额", "输入要付的钱")).unwrap();
    tmux.wait_for("the saved change", |t| t.screen().contains("输入要付的钱"));
    assert!(
        tmux.screen().contains("第 2 步 / 共 4 步"),
        "{}",
        tmux.screen()
    );

    // Saved as editors do, by renaming a new file over it.
    save_by_rename(&lesson, &toml.replace("输入金额", "输入这次的钱数"));
    tmux.wait_for("the renamed save", |t| {
        t.screen().contains("输入这次的钱数")
    });

    // A broken save: its problem (file:line:col) over the last good view.
    let broken = toml
        .replace("输入金额", "不该出现")
        .replace("\nversion = 1 ", "\nversion = 一 ");
    std::fs::write(&lesson, broken).unwrap();
    tmux.wait_for("the problem", |t| t.screen().contains("课程文件有错"));
    let screen = tmux.screen();
    assert!(screen.contains("我的课程.toml:3:11"), "{screen}");
    assert!(
        screen.contains("输入这次的钱数"),
        "the last good view stays:\n{screen}"
    );
    assert!(!screen.contains("不该出现"), "{screen}");

    // Fixed again: the problem goes.
    std::fs::write(&lesson, &toml).unwrap();
    tmux.wait_for("the fixed save", |t| {
        let s = t.screen();
        s.contains("输入金额") && !s.contains("课程文件有错")
    });

    // M and S switch what is shown; q leaves.
    tmux.send(&["M"]);
    tmux.wait_for("the class view", |t| t.screen().contains("上课投影"));
    tmux.send(&["S"]);
    tmux.wait_for("the 40×15 box", |t| t.screen().contains("┌ 40×15"));
    tmux.send(&["q"]);
    tmux.wait_for("the exit", |t| t.screen().contains("exit status 0"));
}
