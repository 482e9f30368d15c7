//! Running the real binary in a real pseudo-terminal: a detached tmux session, its screen
//! read back as text, keys sent as a keyboard sends them.

#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

pub struct Tmux {
    pub socket: PathBuf,
    /// Every zhulao process seen in the pane, so one still running after the terminal was
    /// closed (when tmux can no longer name it) is still ended with the test.
    seen: std::cell::RefCell<Vec<String>>,
}

impl Tmux {
    pub fn run(&self, args: &[&str]) -> Output {
        Command::new("tmux")
            .arg("-S")
            .arg(&self.socket)
            .args(["-f", "/dev/null"])
            .args(args)
            .output()
            .expect("tmux runs")
    }

    pub fn screen(&self) -> String {
        String::from_utf8_lossy(&self.run(&["capture-pane", "-p", "-t", "k"]).stdout).into_owned()
    }

    /// The screen and the lines that scrolled off it.
    pub fn history(&self) -> String {
        let out = self.run(&["capture-pane", "-p", "-S", "-", "-t", "k"]);
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    pub fn pane(&self, format: &str) -> String {
        let out = self.run(&["display-message", "-p", "-t", "k", format]);
        String::from_utf8_lossy(&out.stdout).trim().to_string()
    }

    /// Waits until `ok` holds for the screen, or fails with what the screen shows.
    pub fn wait_for(&self, what: &str, ok: impl Fn(&Tmux) -> bool) {
        let start = Instant::now();
        while start.elapsed() < Duration::from_secs(20) {
            if ok(self) {
                return;
            }
            std::thread::sleep(Duration::from_millis(100));
        }
        panic!(
            "timed out waiting for {what}; the screen shows:\n{}",
            self.screen()
        );
    }

    /// A tap (left button down and up) at column `x`, row `y` (from 0), sent as the SGR
    /// mouse report a terminal sends for a touch.
    pub fn tap(&self, x: u16, y: u16) {
        let (c, r) = (x + 1, y + 1);
        self.send(&["-l", &format!("\x1b[<0;{c};{r}M\x1b[<0;{c};{r}m")]);
    }

    pub fn send(&self, args: &[&str]) {
        let mut all = vec!["send-keys", "-t", "k"];
        all.extend_from_slice(args);
        assert!(self.run(&all).status.success(), "send-keys {args:?}");
    }

    /// The zhulao processes in the pane now: the children of the pane's shell.
    pub fn program_pids(&self) -> Vec<String> {
        let shell = self.pane("#{pane_pid}");
        let children = std::fs::read_to_string(format!("/proc/{shell}/task/{shell}/children"))
            .unwrap_or_default();
        children
            .split_whitespace()
            .filter(|p| {
                std::fs::read_to_string(format!("/proc/{p}/comm"))
                    .is_ok_and(|c| c.trim() == "zhulao")
            })
            .map(str::to_string)
            .inspect(|pid| {
                let mut seen = self.seen.borrow_mut();
                if !seen.contains(pid) {
                    seen.push(pid.clone());
                }
            })
            .collect()
    }

    /// The zhulao process in the pane, once it has started.
    pub fn program_pid(&self) -> String {
        self.wait_for("zhulao to start", |t| !t.program_pids().is_empty());
        self.program_pids().remove(0)
    }

    /// Closes the terminal: the tmux server and every pane end, as when a window is closed.
    pub fn close(&self) {
        let _ = self.run(&["kill-server"]);
    }
}

/// True while process `pid` runs (a zombie is not running).
pub fn alive(pid: &str) -> bool {
    std::fs::read_to_string(format!("/proc/{pid}/stat")).is_ok_and(|stat| {
        stat.rsplit(')')
            .next()
            .is_some_and(|s| !s.trim_start().starts_with('Z'))
    })
}

/// Waits up to `limit` for process `pid` to end; true when it did.
pub fn ended_within(pid: &str, limit: Duration) -> bool {
    let start = Instant::now();
    while alive(pid) {
        if start.elapsed() > limit {
            return false;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    true
}

/// A test that ends (passing, failing or timing out) closes its terminal, and no program
/// it started outlives it: one still running a while after its terminal is gone is killed
/// (a failed hang-up test once left two spinning for half an hour, skewing every figure
/// measured meanwhile).
impl Drop for Tmux {
    fn drop(&mut self) {
        self.program_pids();
        self.close();
        for pid in self.seen.take() {
            let still_zhulao = || {
                std::fs::read_to_string(format!("/proc/{pid}/comm"))
                    .is_ok_and(|c| c.trim() == "zhulao")
            };
            if !ended_within(&pid, Duration::from_secs(10)) && still_zhulao() {
                let _ = Command::new("kill").args(["-s", "KILL", &pid]).status();
            }
        }
    }
}

pub fn tmux_missing() -> bool {
    let found = Command::new("tmux")
        .arg("-V")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success());
    if !found {
        // Written to stderr directly, past the test harness's capture, so it is always seen.
        use std::io::Write;
        let _ = writeln!(
            std::io::stderr(),
            "skipped: tmux is not installed (apt-get install tmux), so the program was not tried in a pseudo-terminal"
        );
    }
    !found
}

/// Starts `zhulao --data-dir DIR/data --config DIR/settings.toml ARGS` (ARGS as the shell
/// reads them) in a detached 80×24 tmux session whose pane stays after it exits (the pane
/// is kept from the start, so even an immediate exit can be read).
pub fn start(dir: &Path, args: &str, env: &[&str]) -> Tmux {
    start_sized(dir, args, env, (80, 24))
}

/// Like [`start`], in a window `width`×`height`.
pub fn start_sized(dir: &Path, args: &str, env: &[&str], (width, height): (u16, u16)) -> Tmux {
    let tmux = Tmux {
        socket: dir.join("tmux.sock"),
        seen: Default::default(),
    };
    let data = dir.join("data");
    // tmux may drop what a pane prints in its first and last moments, so the program starts
    // a little after the pane, and the pane prints the program's exit status and lives on a
    // little after it.
    let command = format!(
        "sleep 0.5; '{}' --data-dir '{}' --config '{}' {args}; echo \"exit status $?\"; sleep 1",
        env!("CARGO_BIN_EXE_zhulao"),
        data.display(),
        dir.join("settings.toml").display()
    );
    let (width, height) = (width.to_string(), height.to_string());
    let mut args = vec![
        "new-session",
        "-d",
        "-s",
        "k",
        "-x",
        &width,
        "-y",
        &height,
        "sleep 60",
    ];
    args.extend([";", "set-option", "-t", "k", "remain-on-exit", "on"]);
    args.extend([";", "respawn-pane", "-k", "-t", "k"]);
    for e in env {
        args.extend(["-e", e]);
    }
    args.push(command.as_str());
    let out = tmux.run(&args);
    assert!(out.status.success(), "tmux: {out:?}");
    tmux
}

/// Sets the staff PIN through `zhulao kiosk set-pin` reading standard input.
pub fn set_pin(data: &Path, pin: &str) {
    use std::io::Write;
    let mut child = Command::new(env!("CARGO_BIN_EXE_zhulao"))
        .arg("--data-dir")
        .arg(data)
        .args(["kiosk", "set-pin"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    writeln!(child.stdin.take().unwrap(), "{pin}").unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success(), "{out:?}");
    let stored = std::fs::read_to_string(data.join("kiosk-pin.phc")).unwrap();
    assert!(stored.starts_with("$argon2id$") && !stored.contains(pin));
}
