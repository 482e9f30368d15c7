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

/// A database with learners whose pages after the first few are overwritten: SQLite's
/// check finds it damaged.
fn corrupt_database(data: &std::path::Path) {
    let mut store = Store::open(data, chrono::Utc::now()).unwrap();
    for n in 0..400 {
        let l = store
            .add_learner(&format!("学员{n}"), None, chrono::Utc::now())
            .unwrap();
        store
            .set_notes(&l.code, &"眼睛不好，需要大字。".repeat(8))
            .unwrap();
    }
    drop(store);
    let path = data.join("zhulao.db");
    let mut bytes = std::fs::read(&path).unwrap();
    assert!(bytes.len() > 20 * 4096, "{}", bytes.len());
    for (i, b) in bytes[6 * 4096..].iter_mut().enumerate() {
        if i % 4096 < 200 {
            *b = 0xA5;
        }
    }
    std::fs::write(&path, &bytes).unwrap();
}

/// The corrupt-database message is followed literally (issue 22, item 7): it names no
/// command that would then refuse; copying the folder as it says keeps the damaged file;
/// pressing F, as it says, starts afresh with the damaged file kept aside, unchanged.
#[test]
fn the_corrupt_database_message_can_be_followed_as_written() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    corrupt_database(&data);
    let damaged = std::fs::read(data.join("zhulao.db")).unwrap();
    let run = |args: &[&str]| {
        let out = assert_cmd::Command::cargo_bin("zhulao")
            .unwrap()
            .arg("--data-dir")
            .arg(&data)
            .args(["--lang", "zh"])
            .args(args)
            .output()
            .unwrap();
        (
            out.status.success(),
            String::from_utf8_lossy(&out.stderr).into_owned(),
        )
    };
    let (ok, said) = run(&["learner", "add", "新学员"]);
    assert!(!ok);
    assert!(said.contains("损坏了"), "{said}");
    // Every command the message (and any command's refusal) names would be run as told:
    // there is none to run, only the folder to copy and F to press.
    for args in [
        &["learner", "add", "新学员"][..],
        &["data", "check"],
        &["data", "backup"],
    ] {
        let (ok, said) = run(args);
        if !ok {
            assert!(
                !said.contains("zhulao "),
                "{args:?} names a command: {said}"
            );
            assert!(!said.contains("data backup"), "{args:?}: {said}");
        }
    }
    assert!(said.contains("复制一份") && said.contains("按 F"), "{said}");
    assert_eq!(std::fs::read(data.join("zhulao.db")).unwrap(), damaged);

    // "请先把整个数据文件夹复制一份留着": the copy holds the damaged file as it was.
    let copy = dir.path().join("copy");
    std::fs::create_dir(&copy).unwrap();
    for entry in std::fs::read_dir(&data).unwrap() {
        let entry = entry.unwrap();
        if entry.file_type().unwrap().is_file() {
            std::fs::copy(entry.path(), copy.join(entry.file_name())).unwrap();
        }
    }
    assert_eq!(std::fs::read(copy.join("zhulao.db")).unwrap(), damaged);

    // "也可以在主页按 F": the home screen offers it, and F keeps the damaged file aside.
    let library = zhulao::lesson::Library::load(&[]);
    let home = zhulao::app::Home::new(&library, zhulao::i18n::Lang::Zh);
    let opened = Store::open(&data, chrono::Utc::now());
    assert!(matches!(
        opened,
        Err(zhulao::progress::StoreError::Corrupt { .. })
    ));
    let mut app = zhulao::app::start::with_store(home, opened);
    app.edge.data_dir = Some(data.clone());
    assert!(app.program.home.offer_fresh_start);
    let f = crossterm::event::KeyEvent::new(
        crossterm::event::KeyCode::Char('f'),
        crossterm::event::KeyModifiers::NONE,
    );
    app.event(&crossterm::event::Event::Key(f), chrono::Utc::now());
    assert!(app.edge.store.is_some(), "a fresh store");
    let kept: Vec<std::path::PathBuf> = std::fs::read_dir(&data)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.to_string_lossy().contains("zhulao.db.corrupt-"))
        .collect();
    assert_eq!(kept.len(), 1, "{kept:?}");
    assert_eq!(std::fs::read(&kept[0]).unwrap(), damaged);
    let (ok, said) = run(&["learner", "add", "新学员"]);
    assert!(ok, "{said}");
}
