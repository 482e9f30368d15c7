//! Waiting for the terminal's next event, without being caught by a terminal that is gone.
//!
//! crossterm reads the terminal until a read would block. A terminal whose other end has
//! closed (its window closed, tmux killed, an ssh link dropped) reads as end-of-file at
//! once and forever, so crossterm's `poll` and `read` would loop on it at full speed and
//! never return: the loop could not see SIGTERM or SIGHUP either, and the program would
//! outlive its terminal, spinning. (Found as kiosks left behind by tests, at ~14% CPU each.)
//!
//! So on Unix the loop first asks the terminal itself (poll(2) on the standard input):
//! a terminal that has hung up ends the loop as SIGHUP does, and crossterm is asked only
//! while the terminal is there. A watcher thread covers the moment between that look and
//! crossterm's read: when the terminal is gone and the loop has not ended within
//! [`GRACE`], the process ends itself. Nothing is lost by that: every mark, answer and
//! visit is written to the store when it is made, not at exit.

use std::io;
use std::time::{Duration, Instant};

use crossterm::event::{self, Event};

/// The longest wait for an event before the loop looks whether it was asked to end.
const SIGNAL_CHECK: Duration = Duration::from_millis(200);

/// How long the loop has to end by itself once the terminal is gone, before the watcher
/// ends the process.
#[cfg(unix)]
const GRACE: Duration = Duration::from_secs(5);

/// What waiting for an event brought.
pub enum Waited {
    /// A terminal event.
    Event(Event),
    /// SIGTERM or SIGHUP came, or the terminal is gone: the loop ends.
    Ending,
    /// Nothing within the wait: time for a tick.
    Nothing,
}

/// Waits up to `wait` (None: as long as it takes) for a terminal event, looking every
/// [`SIGNAL_CHECK`] whether a signal asked the program to end or the terminal went away.
pub fn next(wait: Option<Duration>) -> io::Result<Waited> {
    watch_for_hangup();
    let start = Instant::now();
    loop {
        if super::signals::ending().is_some() {
            return Ok(Waited::Ending);
        }
        let left = wait
            .map_or(SIGNAL_CHECK, |w| w.saturating_sub(start.elapsed()))
            .min(SIGNAL_CHECK);
        match look(Duration::ZERO) {
            Look::Gone => return Ok(hung_up()),
            // crossterm may hold events it has read already (a tap is a press and a
            // release in one read), so it is asked before waiting on the terminal.
            Look::Ready | Look::Quiet | Look::Unknown if event::poll(Duration::ZERO)? => {
                return Ok(Waited::Event(event::read()?));
            }
            Look::Unknown => {
                if event::poll(left)? {
                    return Ok(Waited::Event(event::read()?));
                }
            }
            Look::Ready | Look::Quiet => {
                // Wakes at input, at a hang-up, and at a signal (a resize among them:
                // crossterm's own SIGWINCH pipe is read at the next turn).
                if let Look::Gone = look(left) {
                    return Ok(hung_up());
                }
            }
        }
        if wait.is_some_and(|w| start.elapsed() >= w) {
            return Ok(Waited::Nothing);
        }
    }
}

/// Ends the loop for a terminal that is gone, as SIGHUP would.
fn hung_up() -> Waited {
    super::signals::end_for_hangup();
    Waited::Ending
}

/// What the terminal itself said.
enum Look {
    /// Input is waiting.
    Ready,
    /// Nothing within the time.
    Quiet,
    /// The other end has closed: nothing will ever come.
    Gone,
    /// The standard input is not a terminal (crossterm then reads `/dev/tty`) or this is
    /// not Unix: only crossterm can tell.
    Unknown,
}

/// Polls the standard input for up to `timeout`, when it is a terminal.
#[cfg(unix)]
fn look(timeout: Duration) -> Look {
    use rustix::event::{PollFd, PollFlags, Timespec, poll};
    if !stdin_is_terminal() {
        return Look::Unknown;
    }
    let stdin = io::stdin();
    let mut fds = [PollFd::new(&stdin, PollFlags::IN)];
    let timeout = Timespec::try_from(timeout).ok();
    match poll(&mut fds, timeout.as_ref()) {
        Ok(0) => Look::Quiet,
        Ok(_) if gone(fds[0].revents()) => Look::Gone,
        Ok(_) => Look::Ready,
        // A signal (a resize, SIGTERM) woke the wait: the next turn sees what it was.
        Err(_) => Look::Quiet,
    }
}

#[cfg(not(unix))]
fn look(_timeout: Duration) -> Look {
    Look::Unknown
}

/// True for what poll(2) says of a terminal that has hung up or been closed.
#[cfg(unix)]
fn gone(revents: rustix::event::PollFlags) -> bool {
    use rustix::event::PollFlags;
    revents.intersects(PollFlags::HUP | PollFlags::ERR | PollFlags::NVAL)
}

/// Whether the standard input was a terminal when first asked (by [`watch_for_hangup`],
/// before the terminal is taken). Asked once, because a terminal that has hung up no
/// longer answers as one (isatty(3) fails with EIO): asked again after the hang-up, the
/// loop took it for a pipe, left the look at it to crossterm, and crossterm spun on its
/// end-of-file for good (caught by `signals_tty`'s hang-up test, about 1 run in 60, when
/// the terminal closed before the loop's first wait).
#[cfg(unix)]
fn stdin_is_terminal() -> bool {
    use std::io::IsTerminal;
    use std::sync::OnceLock;
    static TERMINAL: OnceLock<bool> = OnceLock::new();
    *TERMINAL.get_or_init(|| io::stdin().is_terminal())
}

/// Starts, once, the thread that ends the process when the terminal has gone and the loop
/// has not ended by itself within [`GRACE`] (it was inside crossterm's read at the moment
/// of the hang-up). It sleeps in poll(2) asking for no input, so it wakes only for a
/// hang-up; a standard input that is not a terminal is not watched. Called before the
/// terminal is taken, so it covers the first frames too, and again at every wait.
pub fn watch_for_hangup() {
    #[cfg(unix)]
    {
        use std::sync::OnceLock;
        static WATCHING: OnceLock<()> = OnceLock::new();
        if !stdin_is_terminal() {
            return;
        }
        WATCHING.get_or_init(|| {
            let _ = std::thread::Builder::new()
                .name("hangup-watch".into())
                .spawn(watch);
        });
    }
}

#[cfg(unix)]
fn watch() {
    use rustix::event::{PollFd, PollFlags, poll};
    let stdin = io::stdin();
    loop {
        let mut fds = [PollFd::new(&stdin, PollFlags::empty())];
        match poll(&mut fds, None) {
            Ok(_) if gone(fds[0].revents()) => break,
            // Nothing asked for comes back; still, never spin.
            Ok(_) => std::thread::sleep(Duration::from_millis(100)),
            // Interrupted by a signal: wait again.
            Err(_) => {}
        }
    }
    super::signals::end_for_hangup();
    std::thread::sleep(GRACE);
    // Still here: the loop is caught in a read that cannot return. Nothing is unsaved (see
    // the module), and there is no terminal left to give back.
    std::process::exit(129);
}
