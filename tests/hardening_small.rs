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

/// `learner add` prints the new code grouped as the learner card shows it, for reading
/// aloud and copying; the store keeps it whole, and the grouped form finds the learner.
#[test]
fn a_new_code_is_printed_grouped_as_on_the_card() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let zhulao = || {
        let mut cmd = assert_cmd::Command::cargo_bin("zhulao").unwrap();
        cmd.arg("--data-dir").arg(&data).args(["--lang", "zh"]);
        cmd
    };
    let mut printed = Vec::new();
    for (name, code) in [
        ("王秀英", None),
        ("李建国", Some("482915")),
        ("张桂兰", Some("1001")),
        ("赵德明", Some("123456789012")),
    ] {
        let mut cmd = zhulao();
        cmd.args(["learner", "add", name]);
        if let Some(code) = code {
            cmd.args(["--code", code]);
        }
        let out = cmd.assert().success().get_output().stdout.clone();
        let out = String::from_utf8(out).unwrap();
        let shown = out
            .lines()
            .find_map(|l| l.strip_prefix("学员号："))
            .unwrap_or_else(|| panic!("{out}"))
            .to_string();
        printed.push(shown);
    }
    assert_eq!(printed[1], "482 915");
    assert_eq!(printed[2], "1001");
    assert_eq!(printed[3], "1234 5678 9012");
    let new = &printed[0];
    assert_eq!(new.len(), 8, "{new}");
    assert_eq!(&new[3..4], " ", "{new}");

    // Stored whole: the list shows the plain code, and the grouped one finds the learner.
    let list = zhulao().args(["learner", "list"]).assert().success();
    let list = String::from_utf8(list.get_output().stdout.clone()).unwrap();
    let whole = new.replace(' ', "");
    assert!(list.contains(&format!("{whole:<9} 王秀英")), "{list}");
    zhulao()
        .args(["learner", "show", new])
        .assert()
        .success()
        .stdout(predicates::str::contains("王秀英"));

    // The cards group each code the same way, one <span> a group.
    let cards = dir.path().join("cards.html");
    zhulao()
        .args(["export", "cards", "-o"])
        .arg(&cards)
        .assert()
        .success();
    let html = std::fs::read_to_string(&cards).unwrap();
    for shown in &printed {
        let spans: String = shown
            .split(' ')
            .map(|g| format!("<span>{g}</span>"))
            .collect();
        assert!(html.contains(&spans), "{shown}: no {spans}");
    }
}
