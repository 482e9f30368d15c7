//! Signals at the terminal's edge. SIGTERM and SIGHUP (a supervisor stopping the program,
//! the terminal closed) end the terminal loop as a finished program does, so the terminal
//! is given back: the normal screen, mouse reporting off, cooked mode. The kiosk also
//! takes Ctrl+C, Ctrl+\ and Ctrl+Z from the start: before raw mode turns the terminal's
//! signal keys off (while lessons, the PIN and the database load), they would stop it.
//! On Windows the console sends Ctrl+C and Ctrl+Break as events until raw mode turns
//! processed input off; the kiosk answers them itself (see [`ignore_interrupts`]).

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, OnceLock};

/// The signal that asked the program to end, once one came (0 before).
static ENDING: OnceLock<Arc<AtomicUsize>> = OnceLock::new();

/// From now on SIGINT, SIGQUIT and SIGTSTP (on Windows the console's Ctrl+C and
/// Ctrl+Break) do nothing: for the kiosk, whose visitors must not stop it with a key
/// before its terminal is in raw mode. Best effort: a signal that cannot be caught is left
/// as it was.
pub fn ignore_interrupts() {
    #[cfg(unix)]
    {
        use signal_hook::consts::{SIGINT, SIGQUIT, SIGTSTP};
        let ignored = Arc::new(std::sync::atomic::AtomicBool::new(false));
        for signal in [SIGINT, SIGQUIT, SIGTSTP] {
            let _ = signal_hook::flag::register(signal, Arc::clone(&ignored));
        }
    }
    #[cfg(windows)]
    console::swallow_ctrl_c();
}

/// The Windows console's Ctrl+C and Ctrl+Break events.
#[cfg(windows)]
mod console {
    const CTRL_C_EVENT: u32 = 0;
    const CTRL_BREAK_EVENT: u32 = 1;

    type Handler = unsafe extern "system" fn(event: u32) -> i32;

    #[link(name = "kernel32")]
    unsafe extern "system" {
        fn SetConsoleCtrlHandler(handler: Option<Handler>, add: i32) -> i32;
    }

    /// Says "handled" to Ctrl+C and Ctrl+Break, so the default handler (which ends the
    /// process) is not called; closing the window or logging off still end it.
    unsafe extern "system" fn handled(event: u32) -> i32 {
        i32::from(event == CTRL_C_EVENT || event == CTRL_BREAK_EVENT)
    }

    /// Best effort: a console that refuses the handler is left as it was.
    pub fn swallow_ctrl_c() {
        // SAFETY: `handled` is a plain function with the signature the console expects,
        // touching no state; it stays valid for the life of the process.
        unsafe {
            SetConsoleCtrlHandler(Some(handled), 1);
        }
    }
}

/// Starts watching for SIGTERM and SIGHUP (once; later calls change nothing). After one
/// comes, [`ending`] names it and the terminal loop stops at its next turn.
pub fn watch_endings() {
    let flag = ENDING.get_or_init(|| Arc::new(AtomicUsize::new(0)));
    #[cfg(unix)]
    {
        static WATCHING: OnceLock<()> = OnceLock::new();
        WATCHING.get_or_init(|| {
            use signal_hook::consts::{SIGHUP, SIGTERM};
            for signal in [SIGTERM, SIGHUP] {
                let _ =
                    signal_hook::flag::register_usize(signal, Arc::clone(flag), signal as usize);
            }
        });
    }
    #[cfg(not(unix))]
    let _ = flag;
}

/// The terminal is gone (see [`super::input`]): the loop ends as if SIGHUP had come.
pub fn end_for_hangup() {
    #[cfg(unix)]
    let hangup = signal_hook::consts::SIGHUP as usize;
    #[cfg(not(unix))]
    let hangup = 1;
    let flag = ENDING.get_or_init(|| Arc::new(AtomicUsize::new(0)));
    let _ = flag.compare_exchange(0, hangup, Ordering::SeqCst, Ordering::SeqCst);
}

/// The signal that asked the program to end, if one came since [`watch_endings`].
pub fn ending() -> Option<i32> {
    let n = ENDING.get()?.load(Ordering::SeqCst);
    (n != 0).then_some(n as i32)
}
