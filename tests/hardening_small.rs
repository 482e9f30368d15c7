//! Smaller hardening (issue 22, item 7): site and trainer are stored without control or
//! invisible characters; a dumb terminal gets a plain message instead of a garbled screen.

mod tty_common;

use zhulao::progress::{NewSession, Store};

#[test]
fn site_and_trainer_are_stored_clean() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(dir.path(), chrono::Utc::now()).unwrap();
    let new = NewSession {
        date: chrono::NaiveDate::from_ymd_opt(2026, 11, 23).unwrap(),
        site: "社区\u{1b}]0;x\u{7}图书馆\u{200B}".into(),
        trainer: "\u{7}李老师\u{FEFF}".into(),
        lesson_id: "mobile-payment".into(),
    };
    let s = store.create_session(&new, chrono::Utc::now()).unwrap();
    let stored = store.session(s.id).unwrap().unwrap();
    for text in [&stored.site, &stored.trainer] {
        assert!(
            !text
                .chars()
                .any(|c| c.is_control() || c == '\u{200B}' || c == '\u{FEFF}'),
            "{text:?}"
        );
    }
    assert!(stored.site.starts_with("社区") && stored.site.ends_with("图书馆"));
    assert_eq!(stored.trainer, "李老师");
}

#[test]
fn a_dumb_terminal_is_told_plainly() {
    if tty_common::tmux_missing() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let tmux = tty_common::start(dir.path(), "", &["TERM=dumb"]);
    tmux.wait_for("the program to end", |t| t.pane("#{pane_dead}") == "1");
    let out = tmux.history();
    assert!(out.contains("没有可用的终端窗口"), "{out}");
    assert_eq!(tmux.pane("#{alternate_on}"), "0");
}
