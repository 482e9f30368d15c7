//! End to end: the real binary in a real pseudo-terminal (tmux). Ctrl+C, Ctrl+Z, Ctrl+\,
//! Ctrl+D, q and Esc are sent as the raw bytes a keyboard sends; the kiosk keeps running
//! with its screen intact, and only the staff PIN ends it (status 0). A panic gives the
//! terminal back and exits non-zero. Skipped, with the reason printed, without tmux.

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Duration;

mod tty_common;

use tty_common::{Tmux, tmux_missing};

const PIN: &str = "97531864";

/// Sets the staff PIN through `zhulao kiosk set-pin` reading standard input.
fn set_pin(data: &Path) {
    tty_common::set_pin(data, PIN);
}

/// Starts the kiosk in a detached 80×24 tmux session (see `tty_common::start`).
fn start(dir: &Path, env: &[&str]) -> Tmux {
    tty_common::start(dir, "kiosk --no-read-aloud", env)
}

#[test]
fn exit_keys_do_not_stop_the_kiosk_in_a_real_terminal_and_the_pin_does() {
    if tmux_missing() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    set_pin(&dir.path().join("data"));
    let tmux = start(dir.path(), &[]);
    tmux.wait_for("the welcome screen", |t| {
        t.screen().contains("按回车键或点击这里开始")
    });
    let welcome = tmux.screen();
    // Ctrl+C, Ctrl+Z, Ctrl+\ and Ctrl+D as raw bytes, then q and Esc.
    for byte in ["03", "1a", "1c", "04"] {
        tmux.send(&["-H", byte]);
    }
    tmux.send(&["q"]);
    tmux.send(&["Escape"]);
    std::thread::sleep(Duration::from_millis(1500));
    assert_eq!(tmux.pane("#{pane_dead}"), "0", "the kiosk was stopped");
    assert_eq!(tmux.screen(), welcome, "the screen changed");
    // Still running and answering: Enter goes on to the choice.
    tmux.send(&["Enter"]);
    tmux.wait_for("the choice screen", |t| t.screen().contains("您想怎样练习"));
    tmux.send(&["Escape"]);
    tmux.wait_for("the welcome screen again", |t| t.screen() == welcome);
    // The staff PIN leaves, with status 0, and the terminal is given back.
    tmux.send(&["F12"]);
    tmux.wait_for("the PIN prompt", |t| t.screen().contains("工作人员退出"));
    tmux.send(&[PIN, "Enter"]);
    tmux.wait_for("the kiosk to end", |t| t.pane("#{pane_dead}") == "1");
    assert!(
        tmux.history().contains("exit status 0"),
        "{}",
        tmux.history()
    );
    assert_terminal_given_back(&tmux);
}

/// The kiosk left the alternate screen and turned mouse reporting off.
fn assert_terminal_given_back(tmux: &Tmux) {
    let modes = tmux.pane("#{alternate_on} #{mouse_any_flag} #{mouse_button_flag}");
    assert_eq!(modes, "0 0 0", "alternate screen, mouse");
    assert!(!tmux.history().contains("工作人员"), "{}", tmux.history());
}

#[test]
fn a_panic_gives_the_terminal_back_and_exits_non_zero() {
    if tmux_missing() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    set_pin(&dir.path().join("data"));
    let env = format!("{}=1", zhulao::kiosk::run::PANIC_FOR_TESTS);
    let tmux = start(dir.path(), &[&env, "RUST_BACKTRACE=0"]);
    tmux.wait_for("the kiosk to end", |t| t.pane("#{pane_dead}") == "1");
    let output = tmux.history();
    assert!(output.contains("exit status 101"), "{output}");
    assert!(output.contains("panicked"), "{output}");
    assert_terminal_given_back(&tmux);
}

#[test]
fn without_a_staff_pin_the_kiosk_does_not_start() {
    let dir = tempfile::tempdir().unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_zhulao"))
        .arg("--data-dir")
        .arg(dir.path())
        .arg("--config")
        .arg(dir.path().join("settings.toml"))
        .arg("kiosk")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("zhulao kiosk set-pin"), "{err}");
}

#[test]
fn set_pin_refuses_bad_pins_and_a_good_one_is_stored_only_as_a_hash() {
    use std::io::Write;
    let dir = tempfile::tempdir().unwrap();
    for (input, ok) in [
        ("12\n", false),
        ("12ab56\n", false),
        ("\n", false),
        ("246813\n", true),
    ] {
        let mut child = Command::new(env!("CARGO_BIN_EXE_zhulao"))
            .arg("--data-dir")
            .arg(dir.path())
            .args(["kiosk", "set-pin"])
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .spawn()
            .unwrap();
        child
            .stdin
            .take()
            .unwrap()
            .write_all(input.as_bytes())
            .unwrap();
        let out = child.wait_with_output().unwrap();
        assert_eq!(out.status.success(), ok, "{input:?}: {out:?}");
        let file = dir.path().join("kiosk-pin.phc");
        assert_eq!(file.exists(), ok, "{input:?}");
    }
    let stored = std::fs::read_to_string(dir.path().join("kiosk-pin.phc")).unwrap();
    assert!(stored.starts_with("$argon2id$") && !stored.contains("246813"));
}

#[test]
fn too_short_an_idle_timeout_is_refused() {
    let out = Command::new(env!("CARGO_BIN_EXE_zhulao"))
        .args(["kiosk", "--idle-timeout", "2"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2), "{out:?}");
}
