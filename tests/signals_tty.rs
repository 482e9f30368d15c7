//! Signals in a real pseudo-terminal (tmux), issue 22 item 2: Ctrl+C and Ctrl+\ (and the
//! signals themselves) before the kiosk's raw mode do not stop it; SIGTERM and SIGHUP give
//! the terminal back (normal screen, mouse reporting off) in the kiosk and in the app.
//! Skipped, with the reason printed, without tmux.

use std::path::Path;
use std::process::Command;

mod tty_common;

use tty_common::{Tmux, tmux_missing};

/// The zhulao process in the pane: the child of the pane's shell.
fn program_pid(tmux: &Tmux) -> String {
    let shell = tmux.pane("#{pane_pid}");
    let find = || {
        let children = std::fs::read_to_string(format!("/proc/{shell}/task/{shell}/children"))
            .unwrap_or_default();
        children
            .split_whitespace()
            .find(|p| {
                std::fs::read_to_string(format!("/proc/{p}/comm"))
                    .is_ok_and(|c| c.trim() == "zhulao")
            })
            .map(str::to_string)
    };
    tmux.wait_for("zhulao to start", |_| find().is_some());
    find().expect("zhulao runs in the pane")
}

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
    let pid = program_pid(&tmux);
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
        signal(&program_pid(&tmux), name);
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
        signal(&program_pid(&tmux), name);
        assert_given_back(&tmux);
    }
}
