//! Taking the terminal and giving it back, for the program and the kiosk.
//!
//! Like ratatui's `init`/`restore` (raw mode, alternate screen, a panic hook that gives
//! the terminal back before the message is printed), with two differences: the mouse is
//! captured and released with the screen, and frames go through one large buffer, so a
//! whole frame reaches the terminal in a single write. Through the standard output's own
//! 1 KB buffer a full screen took five writes; a slow or old terminal could show the
//! half-drawn screen in between, and each write costs the first frame time.

use std::io::{self, BufWriter, Stdout, Write};

use crossterm::event::{DisableMouseCapture, EnableMouseCapture};
use crossterm::terminal::{
    EnterAlternateScreen, LeaveAlternateScreen, disable_raw_mode, enable_raw_mode,
};
use crossterm::{cursor, queue};
use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;

/// The terminal as the program draws on it.
pub type Term = Terminal<CrosstermBackend<BufWriter<Stdout>>>;

/// Room for a full frame at 300×100 with colours, so one frame is one write.
const FRAME_BUFFER: usize = 256 * 1024;

/// Enters raw mode and the alternate screen with the mouse captured, and installs the
/// panic hook. Nothing is written until the first frame is drawn with it.
pub fn init() -> io::Result<Term> {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        restore();
        previous(info);
    }));
    enable_raw_mode()?;
    let mut out = BufWriter::with_capacity(FRAME_BUFFER, io::stdout());
    queue!(out, EnterAlternateScreen, EnableMouseCapture)?;
    let terminal = Terminal::new(CrosstermBackend::new(out));
    if terminal.is_err() {
        restore();
    }
    terminal
}

/// Gives the terminal back: the mouse, the normal screen, the cursor, cooked mode. Safe to
/// call more than once and from the panic hook; errors are ignored, as there is nothing
/// left to tell them to.
pub fn restore() {
    let mut out = io::stdout();
    let _ = queue!(out, DisableMouseCapture, LeaveAlternateScreen, cursor::Show);
    let _ = out.flush();
    let _ = disable_raw_mode();
}
