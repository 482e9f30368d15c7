//! ptytime: runs a program several times, each time inside a fresh pseudo terminal, and
//! prints its wall time from start to exit and its peak resident memory.
//!
//! ```text
//! ptytime [--runs N] [--warmup N] [--size COLSxROWS] [--expect TEXT] [--no-pty] -- PROGRAM [ARGS...]
//! ```
//!
//! With `--no-pty` the program runs as a plain command instead (standard input empty, its
//! output read through pipes and kept): for the commands that write files and exit.
//!
//! The program sees a real terminal (it is the session leader and the pty is its
//! controlling terminal, as under a terminal emulator); everything it writes is read and
//! kept, so it never blocks on a full pty buffer. A run counts only when the program exits
//! with status 0 and its output moved the cursor to the last row (`ESC [ ROWS ; 1 H`: the
//! frame was drawn down to the bottom; not asked with `--no-pty`) and, with `--expect`,
//! contains TEXT. Peak memory is `ru_maxrss` from `wait4`, the figure `/usr/bin/time -v` prints.
//!
//! Output, one line: `runs=.. median_ms=.. mean_ms=.. min_ms=.. max_ms=.. stddev_ms=..
//! max_rss_kb=..`.

use std::io::Read;
use std::os::fd::{FromRawFd, OwnedFd};
use std::os::unix::process::CommandExt;
use std::process::{Command, ExitCode, Stdio};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

/// After the program exits, its output counts as all read once none arrives for this long.
const QUIET: Duration = Duration::from_millis(50);

struct Options {
    runs: usize,
    warmup: usize,
    cols: u16,
    rows: u16,
    expect: Option<String>,
    pty: bool,
    program: Vec<String>,
}

fn usage() -> ExitCode {
    eprintln!(
        "usage: ptytime [--runs N] [--warmup N] [--size COLSxROWS] [--expect TEXT] [--no-pty] -- PROGRAM [ARGS...]"
    );
    ExitCode::from(2)
}

fn parse_args() -> Option<Options> {
    let mut o = Options {
        runs: 20,
        warmup: 3,
        cols: 80,
        rows: 24,
        expect: None,
        pty: true,
        program: Vec::new(),
    };
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--runs" => o.runs = args.next()?.parse().ok()?,
            "--warmup" => o.warmup = args.next()?.parse().ok()?,
            "--size" => {
                let v = args.next()?;
                let (c, r) = v.split_once('x')?;
                o.cols = c.parse().ok()?;
                o.rows = r.parse().ok()?;
            }
            "--expect" => o.expect = Some(args.next()?),
            "--no-pty" => o.pty = false,
            "--" => {
                o.program = args.collect();
                break;
            }
            _ => return None,
        }
    }
    (!o.program.is_empty() && o.runs > 0).then_some(o)
}

/// One run: wall time, peak RSS in KiB, exit status and everything the program wrote.
struct Run {
    elapsed: Duration,
    max_rss_kb: i64,
    status: i32,
    output: Vec<u8>,
}

fn open_pty(cols: u16, rows: u16) -> std::io::Result<(OwnedFd, OwnedFd)> {
    let mut master = -1;
    let mut slave = -1;
    let size = libc::winsize {
        ws_row: rows,
        ws_col: cols,
        ws_xpixel: 0,
        ws_ypixel: 0,
    };
    // SAFETY: openpty writes two new descriptors into `master` and `slave`; the name and
    // termios pointers may be null, and `size` outlives the call.
    let rc = unsafe {
        libc::openpty(
            &mut master,
            &mut slave,
            std::ptr::null_mut(),
            std::ptr::null(),
            &size,
        )
    };
    if rc != 0 {
        return Err(std::io::Error::last_os_error());
    }
    // SAFETY: both descriptors were just opened and are owned by nobody else.
    let (master, slave) = unsafe { (OwnedFd::from_raw_fd(master), OwnedFd::from_raw_fd(slave)) };
    for fd in [&master, &slave] {
        use std::os::fd::AsRawFd;
        // SAFETY: setting FD_CLOEXEC on a descriptor we own.
        unsafe { libc::fcntl(fd.as_raw_fd(), libc::F_SETFD, libc::FD_CLOEXEC) };
    }
    Ok((master, slave))
}

fn run_once(o: &Options) -> std::io::Result<Run> {
    let (master, slave) = open_pty(o.cols, o.rows)?;
    let received = Arc::new(AtomicUsize::new(0));
    let reader = {
        let mut master = std::fs::File::from(master);
        let received = Arc::clone(&received);
        std::thread::spawn(move || {
            let mut out = Vec::new();
            let mut buf = [0u8; 16 * 1024];
            // Ends with EIO once every copy of the slave side is closed.
            while let Ok(n) = master.read(&mut buf) {
                if n == 0 {
                    break;
                }
                out.extend_from_slice(&buf[..n]);
                received.fetch_add(n, Ordering::Relaxed);
            }
            out
        })
    };
    let mut cmd = Command::new(&o.program[0]);
    cmd.args(&o.program[1..])
        .stdin(Stdio::from(slave.try_clone()?))
        .stdout(Stdio::from(slave.try_clone()?))
        .stderr(Stdio::from(slave.try_clone()?));
    // SAFETY: only async-signal-safe calls between fork and exec.
    unsafe {
        cmd.pre_exec(|| {
            if libc::setsid() < 0 || libc::ioctl(0, libc::TIOCSCTTY as _, 0) < 0 {
                return Err(std::io::Error::last_os_error());
            }
            Ok(())
        });
    }
    let start = Instant::now();
    let child = cmd.spawn()?;
    drop(cmd);
    let (elapsed, status, max_rss_kb) = wait(child, start)?;
    // Our copy of the slave side stays open until everything the program wrote has been
    // read: hanging the pty up first can drop the last of its output (seen under load).
    let mut seen = received.load(Ordering::Relaxed);
    loop {
        std::thread::sleep(QUIET);
        let now = received.load(Ordering::Relaxed);
        if now == seen {
            break;
        }
        seen = now;
    }
    drop(slave);
    let output = reader.join().unwrap_or_default();
    Ok(Run {
        elapsed,
        max_rss_kb,
        status,
        output,
    })
}

/// Waits for `child` (started at `start`): its wall time, exit status and peak memory in
/// KiB, from `wait4`.
fn wait(child: std::process::Child, start: Instant) -> std::io::Result<(Duration, i32, i64)> {
    let pid = child.id() as libc::pid_t;
    drop(child);
    let mut status = 0;
    // SAFETY: rusage is plain data; wait4 fills it in for our own child.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    let rc = unsafe { libc::wait4(pid, &mut status, 0, &mut usage) };
    let elapsed = start.elapsed();
    if rc < 0 {
        return Err(std::io::Error::last_os_error());
    }
    let status = if libc::WIFEXITED(status) {
        libc::WEXITSTATUS(status)
    } else {
        128 + libc::WTERMSIG(status)
    };
    // Linux and the BSDs count ru_maxrss in KiB, macOS in bytes; c_long is i32 on 32-bit.
    #[allow(clippy::useless_conversion)]
    let max_rss_kb = if cfg!(target_os = "macos") {
        i64::from(usage.ru_maxrss) / 1024
    } else {
        i64::from(usage.ru_maxrss)
    };
    Ok((elapsed, status, max_rss_kb))
}

/// One run as a plain command: standard input empty, the output read through pipes.
fn run_plain(o: &Options) -> std::io::Result<Run> {
    let mut cmd = Command::new(&o.program[0]);
    cmd.args(&o.program[1..])
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let start = Instant::now();
    let mut child = cmd.spawn()?;
    let drain = |pipe: Option<Box<dyn Read + Send>>| {
        std::thread::spawn(move || {
            let mut out = Vec::new();
            if let Some(mut p) = pipe {
                let _ = p.read_to_end(&mut out);
            }
            out
        })
    };
    let stdout = drain(child.stdout.take().map(|p| Box::new(p) as Box<dyn Read + Send>));
    let stderr = drain(child.stderr.take().map(|p| Box::new(p) as Box<dyn Read + Send>));
    let (elapsed, status, max_rss_kb) = wait(child, start)?;
    let mut output = stdout.join().unwrap_or_default();
    output.extend(stderr.join().unwrap_or_default());
    Ok(Run {
        elapsed,
        max_rss_kb,
        status,
        output,
    })
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    needle.is_empty() || haystack.windows(needle.len()).any(|w| w == needle)
}

fn main() -> ExitCode {
    let Some(o) = parse_args() else {
        return usage();
    };
    let mut times = Vec::with_capacity(o.runs);
    let mut max_rss_kb = 0;
    for i in 0..o.warmup + o.runs {
        let run = match if o.pty { run_once(&o) } else { run_plain(&o) } {
            Ok(r) => r,
            Err(e) => {
                eprintln!("ptytime: cannot run {}: {e}", o.program[0]);
                return ExitCode::FAILURE;
            }
        };
        let text = String::from_utf8_lossy(&run.output);
        if run.status != 0 {
            eprintln!(
                "ptytime: {} exited with status {}; its output:\n{}",
                o.program[0],
                run.status,
                text.escape_debug()
            );
            return ExitCode::FAILURE;
        }
        let last_row = o.pty.then(|| format!("\x1b[{};1H", o.rows));
        for expect in [last_row.as_ref(), o.expect.as_ref()].into_iter().flatten() {
            if !contains(&run.output, expect.as_bytes()) {
                eprintln!(
                    "ptytime: {} did not draw {:?}; its output:\n{}",
                    o.program[0],
                    expect.escape_debug().to_string(),
                    text.escape_debug()
                );
                return ExitCode::FAILURE;
            }
        }
        if i >= o.warmup {
            times.push(run.elapsed.as_secs_f64() * 1000.0);
            max_rss_kb = max_rss_kb.max(run.max_rss_kb);
        }
    }
    times.sort_by(f64::total_cmp);
    let n = times.len() as f64;
    let mean = times.iter().sum::<f64>() / n;
    let var = times.iter().map(|t| (t - mean).powi(2)).sum::<f64>() / n;
    let median = if times.len() % 2 == 1 {
        times[times.len() / 2]
    } else {
        (times[times.len() / 2 - 1] + times[times.len() / 2]) / 2.0
    };
    println!(
        "runs={} median_ms={median:.2} mean_ms={mean:.2} min_ms={:.2} max_ms={:.2} stddev_ms={:.2} max_rss_kb={max_rss_kb}",
        times.len(),
        times[0],
        times[times.len() - 1],
        var.sqrt(),
    );
    ExitCode::SUCCESS
}
