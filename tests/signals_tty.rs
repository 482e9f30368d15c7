//! Signals in a real pseudo-terminal (tmux), issue 22 item 2: Ctrl+C and Ctrl+\ (and the
//! signals themselves) before the kiosk's raw mode do not stop it; SIGTERM and SIGHUP give
//! the terminal back (normal screen, mouse reporting off) in the kiosk and in the app; and
//! a program whose terminal is gone (the window closed) ends by itself, cleanly.
//! Skipped, with the reason printed, without tmux.

use std::path::Path;
use std::process::Command;

mod tty_common;

use std::time::Duration;

use tty_common::{Tmux, ended_within, tmux_missing};

fn signal(pid: &str, name: &str) {
    let status = Command::new("kill")
        .args(["-s", name, pid])
        .status()
        .unwrap();
    assert!(status.success(), "kill -s {name} {pid}");
}

/// The program left the alternate screen and turned mouse reporting off, and ended.
fn assert_given_back(tmux: &Tmux) {
    tmux.wait_for("the program to end", |t| t.pane("#{pane_dead}") == "1");
    let modes = tmux.pane("#{alternate_on} #{mouse_any_flag} #{mouse_button_flag}");
    assert_eq!(
        modes,
        "0 0 0",
        "alternate screen, mouse: {}",
        tmux.history()
    );
}

fn kiosk_dir() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    tty_common::set_pin(&dir.path().join("data"), "97531864");
    dir
}

fn hold(dir: &Path) -> String {
    format!(
        "{}={}",
        zhulao::kiosk::run::HOLD_START_FOR_TESTS,
        dir.join("go").display()
    )
}

#[test]
fn interrupt_keys_and_signals_before_raw_mode_do_not_stop_the_kiosk() {
    if tmux_missing() {
        return;
    }
    let dir = kiosk_dir();
    let tmux = tty_common::start(dir.path(), "kiosk --no-read-aloud", &[&hold(dir.path())]);
    // The kiosk has loaded and waits just before raw mode: the terminal is still cooked,
    // so these keys are the terminal's signal keys.
    tmux.wait_for("the kiosk to hold", |_| dir.path().join("go.held").exists());
    let pid = tmux.program_pid();
    tmux.send(&["-H", "03"]);
    tmux.send(&["-H", "1c"]);
    signal(&pid, "INT");
    signal(&pid, "QUIT");
    std::fs::write(dir.path().join("go"), b"").unwrap();
    tmux.wait_for("the welcome screen", |t| {
        t.screen().contains("按回车键或点击这里开始")
    });
    assert_eq!(tmux.pane("#{pane_dead}"), "0", "the kiosk was stopped");
    assert!(
        std::fs::metadata(format!("/proc/{pid}")).is_ok(),
        "the same kiosk runs on"
    );
}

#[test]
fn sigterm_and_sighup_give_the_terminal_back_in_the_kiosk() {
    if tmux_missing() {
        return;
    }
    for name in ["TERM", "HUP"] {
        let dir = kiosk_dir();
        let tmux = tty_common::start(dir.path(), "kiosk --no-read-aloud", &[]);
        tmux.wait_for("the welcome screen", |t| {
            t.screen().contains("按回车键或点击这里开始")
        });
        assert_eq!(tmux.pane("#{alternate_on} #{mouse_any_flag}"), "1 1");
        signal(&tmux.program_pid(), name);
        assert_given_back(&tmux);
    }
}

#[test]
fn sigterm_and_sighup_give_the_terminal_back_in_the_app() {
    if tmux_missing() {
        return;
    }
    for name in ["TERM", "HUP"] {
        let dir = tempfile::tempdir().unwrap();
        let tmux = tty_common::start(dir.path(), "", &[]);
        tmux.wait_for("the home screen", |t| {
            t.pane("#{alternate_on} #{mouse_any_flag}") == "1 1" && t.screen().contains("扫码")
        });
        signal(&tmux.program_pid(), name);
        assert_given_back(&tmux);
    }
}

/// The terminal closed under the program (tmux killed, as a window closed): it must not
/// spin on a terminal that reads as end-of-file forever (it did, at ~14% CPU, for hours,
/// ignoring SIGTERM), and it ends by its own loop, not the last-resort watcher: the store
/// was closed properly, so SQLite folded its write-ahead log back and removed it.
fn ends_when_its_terminal_is_gone(tmux: &Tmux, data: &Path) {
    let pid = tmux.program_pid();
    assert!(data.join("zhulao.db-wal").exists(), "the store is open");
    tmux.close();
    assert!(
        ended_within(&pid, Duration::from_secs(30)),
        "zhulao {pid} still runs after its terminal closed"
    );
    assert!(
        !data.join("zhulao.db-wal").exists(),
        "zhulao was ended without closing its store"
    );
}

#[test]
fn the_kiosk_ends_when_its_terminal_is_gone() {
    if tmux_missing() {
        return;
    }
    let dir = kiosk_dir();
    let tmux = tty_common::start(dir.path(), "kiosk --no-read-aloud", &[]);
    tmux.wait_for("the welcome screen", |t| {
        t.screen().contains("按回车键或点击这里开始")
    });
    ends_when_its_terminal_is_gone(&tmux, &dir.path().join("data"));
}

#[test]
fn the_app_ends_when_its_terminal_is_gone() {
    if tmux_missing() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let tmux = tty_common::start(dir.path(), "", &[]);
    tmux.wait_for("the home screen", |t| t.screen().contains("扫码"));
    // The store opens after the first frame.
    let wal = dir.path().join("data/zhulao.db-wal");
    tmux.wait_for("the store to open", |_| wal.exists());
    ends_when_its_terminal_is_gone(&tmux, &dir.path().join("data"));
}
