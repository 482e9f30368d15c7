//! End to end: the interactive program in a real pseudo-terminal (tmux). Lesson files the
//! index knows are listed from it for the first frame and looked at right after; a file
//! changed behind the index shows as it is now before the first key is read. Skipped,
//! with the reason printed, without tmux.

use zhulao::lesson::{Catalog, template};

mod common;
mod tty_common;

use common::write_old;
use tty_common::{start, tmux_missing};

#[test]
fn a_lesson_changed_behind_the_index_shows_as_it_is_now() {
    if tmux_missing() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let lessons = zhulao::data_dir::lessons_dir(&data);
    std::fs::create_dir_all(&lessons).unwrap();
    let file = lessons.join("a-changed.toml");
    let index = zhulao::data_dir::lesson_index(&data);
    // The index as a start before the change left it (the id sorts first on the list).
    write_old(
        &file,
        &template("a-changed").replace("课程标题", "旧的标题"),
    );
    let mut before = Catalog::load_indexed(std::slice::from_ref(&lessons), &index);
    before.take_index_update().unwrap().save().unwrap();
    write_old(
        &file,
        &template("a-changed").replace("课程标题", "新的标题"),
    );

    let tmux = start(dir.path(), "--lang zh", &[]);
    tmux.wait_for("the home screen with the new title", |t| {
        t.screen().contains("新的标题")
    });
    assert!(!tmux.screen().contains("旧的标题"), "{}", tmux.screen());
    tmux.send(&["q"]);
    tmux.wait_for("the program to end", |t| t.pane("#{pane_dead}") == "1");
    assert!(
        tmux.history().contains("exit status 0"),
        "{}",
        tmux.history()
    );
    // The index was written again with the file as it is now.
    let text = std::fs::read_to_string(&index).unwrap();
    assert!(
        text.contains("新的标题") && !text.contains("旧的标题"),
        "{text}"
    );
}

#[test]
fn the_screen_follows_the_terminal_when_it_is_resized() {
    if tmux_missing() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let tmux = start(dir.path(), "--lang zh", &[]);
    // The title bar: the program's name on the left, its motto at the right edge.
    let title_width = |t: &tty_common::Tmux| {
        let screen = t.screen();
        let first = screen
            .lines()
            .next()
            .unwrap_or_default()
            .trim_end()
            .to_string();
        first
            .contains("不着急")
            .then(|| unicode_width::UnicodeWidthStr::width(first.as_str()))
    };
    tmux.wait_for("the home screen", |t| title_width(t).is_some());
    assert!(title_width(&tmux).unwrap() > 70, "{}", tmux.screen());
    let resized = tmux.run(&["resize-window", "-t", "k", "-x", "60", "-y", "20"]);
    assert!(resized.status.success(), "{resized:?}");
    tmux.wait_for("the title bar drawn 60 columns wide", |t| {
        title_width(t).is_some_and(|w| (55..=60).contains(&w))
    });
    tmux.send(&["q"]);
    tmux.wait_for("the program to end", |t| t.pane("#{pane_dead}") == "1");
}
